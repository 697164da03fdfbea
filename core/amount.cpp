#include "amount.h"

namespace nexus {

namespace {
Error bad(const QString &msg, const QString &hint = QStringLiteral("Write the amount like 12.5 or 0.0001."))
{
    return Error::make(ErrorCode::InvalidArgument, msg, hint);
}
} // namespace

Result<Nat128> parseAmount(const QString &input, int decimals)
{
    const QString text = input.trimmed();
    if (decimals < 0 || decimals > 38)
        return bad(QStringLiteral("An asset cannot have %1 decimals.").arg(decimals), {});
    if (text.isEmpty())
        return bad(QStringLiteral("The amount is empty."));
    if (text.startsWith(QLatin1Char('-')))
        return bad(QStringLiteral("The amount cannot be negative."), QStringLiteral("Enter a positive amount."));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot != text.lastIndexOf(QLatin1Char('.')))
        return bad(QStringLiteral("\"%1\" has more than one decimal point.").arg(text));
    QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    whole.remove(QLatin1Char('_')).remove(QLatin1Char(','));
    if (whole.isEmpty() && fraction.isEmpty())
        return bad(QStringLiteral("\"%1\" is not an amount.").arg(text));
    if (fraction.size() > decimals)
        return bad(QStringLiteral("\"%1\" has %2 decimals; this asset has %3.").arg(text).arg(fraction.size()).arg(decimals),
                   decimals == 0 ? QStringLiteral("Use a whole number.") : QStringLiteral("Round to %1 decimals.").arg(decimals));
    const QString digits = (whole.isEmpty() ? QStringLiteral("0") : whole) + fraction.leftJustified(decimals, QLatin1Char('0'));
    for (QChar c : digits)
        if (c < u'0' || c > u'9')
            return bad(QStringLiteral("\"%1\" is not an amount.").arg(text));
    QString trimmed = digits;
    while (trimmed.size() > 1 && trimmed.startsWith(QLatin1Char('0')))
        trimmed.remove(0, 1);
    Nat128 value = 0;
    if (!nat128FromString(trimmed, &value))
        return bad(QStringLiteral("\"%1\" is too large.").arg(text), QStringLiteral("Amounts must be below 2^128 base units."));
    return value;
}

QString formatAmount(Nat128 baseUnits, int decimals, int minFraction)
{
    QString digits = nat128ToString(baseUnits);
    if (decimals <= 0)
        return digits;
    if (digits.size() <= decimals)
        digits = QString(decimals - digits.size() + 1, QLatin1Char('0')) + digits;
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.right(decimals);
    while (fraction.size() > minFraction && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

} // namespace nexus
