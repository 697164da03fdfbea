#include "ledgerrules.h"

#include "amount.h"
#include "digest.h"

namespace nexus::ledger {

std::optional<LedgerError> checkCreatedAtTime(quint64 createdAtNs, qint64 nowNs)
{
    // Compared in 128-bit signed arithmetic: created_at_time is a nat64 and may exceed qint64.
    const Int128 created = Int128(createdAtNs);
    const Int128 now = nowNs;
    if (created < now - kTxWindowNs - kPermittedDriftNs)
        return LedgerError::tooOld();
    if (created > now + kPermittedDriftNs)
        return LedgerError::createdInFuture(quint64(nowNs));
    return std::nullopt;
}

Account mintingAccount(const QString &symbol)
{
    QByteArray bytes = sha256(QByteArray("nexus-ledger-minting-account:") + symbol.toUtf8()).left(9);
    bytes.append('\x01');
    return Account(Principal::fromBytes(bytes).value());
}

QByteArray toBlob16(Nat128 n)
{
    QByteArray out(16, Qt::Uninitialized);
    for (int i = 15; i >= 0; --i) {
        out[i] = char(n & 0xff);
        n >>= 8;
    }
    return out;
}

Nat128 fromBlob16(QByteArrayView bytes)
{
    Nat128 n = 0;
    for (qsizetype i = 0; i < bytes.size() && i < 16; ++i)
        n = (n << 8) | Nat128(quint8(bytes[i]));
    return n;
}

Result<Nat128> parseBaseUnits(const QString &text, const QString &what, int decimals, const QString &symbol)
{
    const auto bad = [&](const QString &msg, const QString &hint) {
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(what, msg), hint);
    };
    const QString unitsHint = QStringLiteral("Amounts on the wire are whole numbers of base units as a string, e.g. \"150000000\" for 1.5 ICP.");
    if (text.isEmpty())
        return bad(QStringLiteral("the amount is empty."), unitsHint);
    if (text.startsWith(QLatin1Char('-')))
        return bad(QStringLiteral("\"%1\" is negative; amounts cannot be.").arg(text), unitsHint);
    if (text.contains(QLatin1Char('.'))) {
        QString hint = unitsHint;
        if (decimals >= 0) {
            if (auto units = parseAmount(text, decimals))
                hint = QStringLiteral("%1 %2 is \"%3\" in base units.").arg(text, symbol, nat128ToString(*units));
            else
                hint = units.error().message + QLatin1Char(' ') + unitsHint;
        }
        return bad(QStringLiteral("\"%1\" has a decimal point; base units are whole numbers.").arg(text), hint);
    }
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return bad(QStringLiteral("\"%1\" is not a whole number of base units.").arg(text), unitsHint);
    if (text.size() > 1 && text.startsWith(QLatin1Char('0')))
        return bad(QStringLiteral("\"%1\" has leading zeros.").arg(text), QStringLiteral("Write the number without leading zeros."));
    Nat128 value = 0;
    if (!nat128FromString(text, &value))
        return bad(QStringLiteral("\"%1\" is above 2^128 - 1 base units.").arg(text), QStringLiteral("Use a smaller amount."));
    return value;
}

} // namespace nexus::ledger
