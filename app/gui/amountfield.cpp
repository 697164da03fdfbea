#include "amountfield.h"

#include "amount.h"

#include <QCoreApplication>

namespace nexus::amountfield {

QVariantMap refuse(const QString &message)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}};
}

QVariantMap accept(Nat128 units, int decimals, const QString &message)
{
    return {{QStringLiteral("ok"), true}, {QStringLiteral("units"), nat128ToString(units)},
            {QStringLiteral("text"), formatAmount(units, decimals)}, {QStringLiteral("message"), message}};
}

Parsed parse(const QString &text, int decimals, const QString &zeroMessage)
{
    if (decimals < 0)
        return {std::nullopt, refuse(QCoreApplication::translate("AmountField", "Choose an asset."))};
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt, refuse(QString())}; // nothing typed yet: no complaint
    auto n = parseAmount(trimmed, decimals);
    if (!n)
        return {std::nullopt, refuse(n.error().message)};
    if (*n == 0)
        return {std::nullopt, refuse(zeroMessage)};
    return {*n, {}};
}

} // namespace nexus::amountfield
