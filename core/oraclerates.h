#pragma once
// Fixed-point exchange rates with 9 decimals (as the IC exchange rate canister reports them) and the
// exact integer arithmetic around them: decimal text, medians, cross and inverse rates, and token
// conversions between assets with different decimals. No floating point anywhere here.

#include "result.h"
#include "value.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace nexus::oracle {

using RateE9 = qint64; // price of one base unit in quote units, times 10^9
inline constexpr int kRateDecimals = 9;
inline constexpr RateE9 kRateOne = 1'000'000'000;

// Exact decimal text to a rate: "67123.45", "0.000012", "6.7e4", "1E-3". More than 9 decimals are
// rounded half to even on the digits themselves. Errors: empty, not a number, negative, zero after
// rounding, or above 9,223,372,036.854775807 (the int64 limit).
Result<RateE9> parseRate(QStringView text);
// 67123450000000 -> "67123.45" (no trailing zeros; whole numbers without a point).
QString formatRate(RateE9 rate);

// round(num / den), ties to the even quotient; den > 0.
Nat128 divRoundHalfEven(Nat128 num, Nat128 den);
// Median of ascending values (n > 0). Even counts: the mean of the two middle values, rounded half
// to even (so {1, 2} -> 2 and {3, 4} -> 4 in e9 units, never biased one way).
RateE9 medianOfSorted(const RateE9 *sorted, qsizetype n);

// base/quote from base/X and quote/X (X is usually USD): baseInX * 10^9 / quoteInX, rounded half to
// even. Errors when an input is not positive or the result is zero or above the int64 limit.
Result<RateE9> crossRate(RateE9 baseInX, RateE9 quoteInX);
// quote/base from base/quote: 10^18 / rate, rounded half to even.
Result<RateE9> inverseRate(RateE9 rate);

// Converts `amount` base units of an asset with `fromDecimals` at `rate` (to-asset per from-asset,
// 9 decimals) into base units of an asset with `toDecimals`:
//     floor(amount * rate * 10^toDecimals / (10^fromDecimals * 10^9))
// Rounded down (toward zero, in favour of the system): nobody receives a fraction of a base unit
// that the rate does not cover. Decimals 0..24; errors on a non-positive rate or a result >= 2^128.
Result<Nat128> conversionAmount(Nat128 amount, int fromDecimals, int toDecimals, RateE9 rate);

// floor(a * b / c) through a 256-bit product; nullopt when c == 0 or the quotient needs > 128 bits.
std::optional<Nat128> mulDivFloor(Nat128 a, Nat128 b, Nat128 c);
Nat128 pow10(int n); // 0 <= n <= 38

// Signed move from `from` to `to` in basis points, truncated toward zero (from > 0).
qint64 deviationBps(RateE9 from, RateE9 to);

} // namespace nexus::oracle
