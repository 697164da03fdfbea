#include "account.h"

namespace nexus {

namespace {
Error bad(const QString &msg)
{
    return Error::make(ErrorCode::InvalidArgument, msg,
                       QStringLiteral("Paste the account exactly as the wallet shows it: a principal, or "
                                      "principal-checksum.subaccount."));
}

QString checksum(const Principal &owner, const QByteArray &sub)
{
    const quint32 crc = crc32(owner.bytes() + sub);
    const char be[4] = {char(crc >> 24), char(crc >> 16), char(crc >> 8), char(crc)};
    return base32Encode(QByteArrayView(be, 4));
}
} // namespace

Account::Account(Principal owner, QByteArray subaccount) : m_owner(std::move(owner)), m_subaccount(std::move(subaccount)) {}

QByteArray Account::subaccount() const
{
    return m_subaccount.size() == 32 ? m_subaccount : QByteArray(32, '\0');
}

bool Account::isDefaultSubaccount() const
{
    return subaccount() == QByteArray(32, '\0');
}

QString Account::toText() const
{
    if (isDefaultSubaccount())
        return m_owner.toText();
    const QByteArray sub = subaccount();
    QString hex = QString::fromLatin1(sub.toHex());
    while (hex.startsWith(QLatin1Char('0')))
        hex.remove(0, 1);
    return QStringLiteral("%1-%2.%3").arg(m_owner.toText(), checksum(m_owner, sub), hex);
}

Result<Account> Account::fromText(const QString &input)
{
    const QString text = input.trimmed();
    const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
    if (dot < 0) {
        auto owner = Principal::fromText(text);
        if (!owner)
            return bad(owner.error().message);
        return Account(*owner);
    }
    const QString head = text.left(dot);
    const QString hex = text.mid(dot + 1);
    const qsizetype dash = head.lastIndexOf(QLatin1Char('-'));
    if (dash < 0)
        return bad(QStringLiteral("The checksum is missing before \".%1\".").arg(hex));
    const QString check = head.mid(dash + 1);
    auto owner = Principal::fromText(head.left(dash));
    if (!owner)
        return bad(QStringLiteral("The owner is not a principal: %1").arg(owner.error().message));
    if (hex.isEmpty() || hex.size() > 64)
        return bad(QStringLiteral("The subaccount must be 1 to 64 hex digits."));
    if (hex.startsWith(QLatin1Char('0')))
        return bad(QStringLiteral("The subaccount has leading zeros; the canonical form drops them."));
    for (QChar c : hex)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return bad(QStringLiteral("The subaccount must be lower-case hex digits."));
    const QByteArray sub = QByteArray::fromHex(hex.rightJustified(64, QLatin1Char('0')).toLatin1());
    if (sub == QByteArray(32, '\0'))
        return bad(QStringLiteral("The default subaccount is written as the plain principal."));
    if (check != checksum(*owner, sub))
        return bad(QStringLiteral("The checksum \"%1\" does not match; the account was mistyped.").arg(check));
    return Account(*owner, sub);
}

} // namespace nexus
