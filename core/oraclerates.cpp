#include "oraclerates.h"

#include <limits>

namespace nexus::oracle {

namespace {

constexpr Nat128 kMaxRate = Nat128(std::numeric_limits<qint64>::max());

Error bad(const QString &msg, const QString &hint = QStringLiteral("Write the rate as a decimal, e.g. 67123.45."))
{
    return Error::make(ErrorCode::InvalidArgument, msg, hint);
}

} // namespace

Nat128 pow10(int n)
{
    Nat128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

Result<RateE9> parseRate(QStringView input)
{
    // Allocation-free: feeds parse a million of these when history is imported.
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return bad(QStringLiteral("The rate is empty."));
    if (text.front() == u'-')
        return bad(QStringLiteral("The rate \"%1\" is negative.").arg(text), QStringLiteral("Rates are positive prices."));
    constexpr int kMaxDigits = 40;
    char digits[kMaxDigits]; // significant mantissa digits, leading zeros dropped
    int nd = 0;
    qint64 fraction = 0;      // mantissa digits after the point (including dropped leading zeros)
    bool point = false, any = false;
    qsizetype i = text.front() == u'+' ? 1 : 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            any = true;
            if (point)
                ++fraction;
            if (nd == 0 && c == u'0')
                continue;
            if (nd == kMaxDigits)
                return bad(QStringLiteral("The rate \"%1\" has too many digits.").arg(text));
            digits[nd++] = char(c - u'0');
        } else if (c == u'.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any)
        return bad(QStringLiteral("\"%1\" is not a number.").arg(text));
    qint64 exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negative = false;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
            negative = text[i++] == u'-';
        const qsizetype start = i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9' && i - start < 6)
            exponent = exponent * 10 + (text[i++].unicode() - u'0');
        if (i == start)
            return bad(QStringLiteral("\"%1\" has an empty exponent.").arg(text));
        if (negative)
            exponent = -exponent;
    }
    if (i != text.size())
        return bad(QStringLiteral("\"%1\" is not a number.").arg(text));
    const auto tooLarge = [&] {
        return bad(QStringLiteral("The rate \"%1\" is too large.").arg(text), QStringLiteral("Rates must be below 9,223,372,036.85."));
    };
    const auto zero = [&] {
        return bad(QStringLiteral("The rate \"%1\" is zero at 9 decimals.").arg(text), QStringLiteral("Rates must be positive."));
    };
    if (nd == 0)
        return zero();
    // value = digits * 10^scale in units of 10^-9.
    const qint64 scale = exponent - fraction + kRateDecimals;
    Nat128 value = 0;
    if (scale >= 0) {
        if (nd + scale > 19)
            return tooLarge();
        for (int k = 0; k < nd; ++k)
            value = value * 10 + Nat128(digits[k]);
        value *= pow10(int(scale));
    } else {
        const qint64 keep = nd + scale; // digits before the rounding position
        if (keep < 0)
            return zero();
        if (keep > 19)
            return tooLarge();
        for (int k = 0; k < keep; ++k)
            value = value * 10 + Nat128(digits[k]);
        // Half to even, decided on the dropped digits exactly.
        const int first = keep < nd ? digits[keep] : 0;
        bool rest = false;
        for (qint64 k = keep + 1; k < nd; ++k)
            rest = rest || digits[k] != 0;
        if (first > 5 || (first == 5 && (rest || (value & 1))))
            ++value;
    }
    if (value > kMaxRate)
        return tooLarge();
    if (value == 0)
        return zero();
    return RateE9(value);
}

QString formatRate(RateE9 rate)
{
    // "-"? whole "." up to 9 decimals without trailing zeros; built in one buffer.
    char buf[32];
    int n = 0;
    quint64 v = rate < 0 ? quint64(0) - quint64(rate) : quint64(rate);
    quint64 whole = v / quint64(kRateOne), frac = v % quint64(kRateOne);
    char tmp[24];
    int t = 0;
    do {
        tmp[t++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole);
    if (rate < 0)
        buf[n++] = '-';
    while (t)
        buf[n++] = tmp[--t];
    if (frac) {
        buf[n++] = '.';
        int digits = kRateDecimals;
        while (frac % 10 == 0) {
            frac /= 10;
            --digits;
        }
        for (int k = digits - 1; k >= 0; --k) {
            buf[n + k] = char('0' + frac % 10);
            frac /= 10;
        }
        n += digits;
    }
    return QString::fromLatin1(buf, n);
}

Nat128 divRoundHalfEven(Nat128 num, Nat128 den)
{
    const Nat128 q = num / den;
    const Nat128 r = num % den;
    const Nat128 twice = r * 2; // r < den < 2^127 for every use here
    if (twice > den || (twice == den && (q & 1)))
        return q + 1;
    return q;
}

RateE9 medianOfSorted(const RateE9 *sorted, qsizetype n)
{
    if (n % 2 == 1)
        return sorted[n / 2];
    const Nat128 sum = Nat128(sorted[n / 2 - 1]) + Nat128(sorted[n / 2]);
    return RateE9(divRoundHalfEven(sum, 2));
}

Result<RateE9> crossRate(RateE9 baseInX, RateE9 quoteInX)
{
    if (baseInX <= 0 || quoteInX <= 0)
        return bad(QStringLiteral("A cross rate needs two positive rates."), {});
    const Nat128 r = divRoundHalfEven(Nat128(baseInX) * Nat128(kRateOne), Nat128(quoteInX));
    if (r == 0)
        return bad(QStringLiteral("The cross rate is below 10^-9 and rounds to zero."), {});
    if (r > kMaxRate)
        return bad(QStringLiteral("The cross rate is above the int64 limit."), {});
    return RateE9(r);
}

Result<RateE9> inverseRate(RateE9 rate)
{
    return crossRate(kRateOne, rate);
}

std::optional<Nat128> mulDivFloor(Nat128 a, Nat128 b, Nat128 c)
{
    if (c == 0)
        return std::nullopt;
    constexpr Nat128 mask = ~quint64(0);
    const Nat128 a0 = a & mask, a1 = a >> 64, b0 = b & mask, b1 = b >> 64;
    const Nat128 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    // (hi, lo) = a * b
    const Nat128 mid = (p00 >> 64) + (p01 & mask) + (p10 & mask); // < 3 * 2^64, no overflow
    const Nat128 lo = (p00 & mask) | (mid << 64);
    const Nat128 hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    if (hi >= c)
        return std::nullopt; // the quotient would need more than 128 bits
    // Long division of hi:lo by c, one bit at a time; the remainder stays below c.
    Nat128 rem = hi, q = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = (rem >> 127) != 0;
        rem = (rem << 1) | ((lo >> bit) & 1);
        if (carry || rem >= c) {
            rem -= c;
            q |= Nat128(1) << bit;
        }
    }
    return q;
}

Result<Nat128> conversionAmount(Nat128 amount, int fromDecimals, int toDecimals, RateE9 rate)
{
    if (rate <= 0)
        return bad(QStringLiteral("The conversion rate must be positive."), {});
    if (fromDecimals < 0 || fromDecimals > 24 || toDecimals < 0 || toDecimals > 24)
        return bad(QStringLiteral("Asset decimals must be between 0 and 24."), {});
    // rate * 10^to may not fit 128 bits; cancel the common powers of ten first (exact).
    Nat128 num = Nat128(rate);
    Nat128 den = pow10(fromDecimals + kRateDecimals);
    const int common = std::min(toDecimals, fromDecimals + kRateDecimals);
    den /= pow10(common);
    num *= pow10(toDecimals - common); // < 2^63 * 10^15 < 2^113
    const auto out = mulDivFloor(amount, num, den);
    if (!out)
        return bad(QStringLiteral("The converted amount does not fit in 128 bits."), {});
    return *out;
}

qint64 deviationBps(RateE9 from, RateE9 to)
{
    const Int128 diff = Int128(to) - Int128(from);
    return qint64(diff * 10000 / Int128(from));
}

} // namespace nexus::oracle
