#pragma once
// The checks every amount field of the panels starts with (send, swap, price): an asset is chosen,
// something is typed, and it is a decimal the asset can hold, above zero. The answer is the map the
// QML fields bind to: {ok, message} when it stops, {ok: true, units, text} when it passes, so each
// controller adds only its own rule (a balance, a fee) on top.

#include "value.h" // Nat128

#include <QString>
#include <QVariantMap>

#include <optional>

namespace nexus::amountfield {

struct Parsed {
    std::optional<Nat128> units; // set when the text passed
    QVariantMap refusal;         // what to show otherwise
};

// `decimals` < 0: no asset chosen. `zeroMessage` is the refusal of a zero amount.
Parsed parse(const QString &text, int decimals, const QString &zeroMessage);
QVariantMap refuse(const QString &message);
QVariantMap accept(Nat128 units, int decimals, const QString &message = {});

} // namespace nexus::amountfield
