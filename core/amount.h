#pragma once
// Token amounts: exact unsigned 128-bit integers in base units (e8s, wei), parsed from and shown
// as decimals for people. No floating point anywhere on the money path.

#include "result.h"
#include "value.h"

#include <QString>

namespace nexus {

// "12.5" with 8 decimals -> 1250000000. Accepts digits, one '.', optional '_' or ',' group
// separators in the whole part. Errors: empty, negative, more decimals than the asset has,
// anything else, or a value above 2^128 - 1.
Result<Nat128> parseAmount(const QString &text, int decimals);

// 1250000000 with 8 decimals -> "12.5"; trailing zeros dropped, at least `minFraction` digits
// after the point (0: none when the amount is whole).
QString formatAmount(Nat128 baseUnits, int decimals, int minFraction = 0);

} // namespace nexus
