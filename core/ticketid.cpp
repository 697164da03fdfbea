#include "ticketid.h"

#include <QRegularExpression>

namespace nexus::tickets {

QString tokenId(quint64 ticketId)
{
    // %08X: at least eight upper-case hex digits, more for numbers above 0xFFFFFFFF.
    return QStringLiteral("VRN-") + QString::number(ticketId, 16).toUpper().rightJustified(8, QLatin1Char('0'));
}

std::optional<quint64> ticketIdFromTokenId(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^VRN-([0-9A-F]{8,16})$"));
    const auto m = re.match(token);
    if (!m.hasMatch())
        return std::nullopt;
    const QString digits = m.captured(1);
    if (digits.size() > 8 && digits.startsWith(QLatin1Char('0')))
        return std::nullopt; // %08X never pads beyond eight digits
    bool ok = false;
    const quint64 id = digits.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return id;
}

Result<QString> checkEventName(const QString &name)
{
    const QString n = name.trimmed();
    const qsizetype bytes = n.toUtf8().size();
    if (n.isEmpty() || bytes > kMaxEventNameBytes)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("An event name has 1 to %1 bytes; \"%2\" has %3.").arg(kMaxEventNameBytes).arg(n.left(80)).arg(bytes),
                           QStringLiteral("Shorten the name (accented letters and emoji take 2–4 bytes each)."));
    for (QChar c : n)
        if (c.category() == QChar::Other_Control)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("An event name cannot hold control characters."));
    return n;
}

} // namespace nexus::tickets
