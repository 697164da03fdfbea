#include "oracleaggregate.h"

#include <algorithm>
#include <cmath>

namespace nexus::oracle {

namespace {
constexpr qint64 kMinuteNs = 60LL * 1000000000;
constexpr int kMaxSources = 64;
} // namespace

QString quoteReasonName(QuoteReason r)
{
    switch (r) {
    case QuoteReason::Included: return QStringLiteral("included");
    case QuoteReason::NoAnswer: return QStringLiteral("no_answer");
    case QuoteReason::Invalid: return QStringLiteral("invalid");
    case QuoteReason::Outlier: return QStringLiteral("outlier");
    }
    return {};
}

QString roundStatusName(RoundStatus s)
{
    switch (s) {
    case RoundStatus::Ok: return QStringLiteral("ok");
    case RoundStatus::NoRates: return QStringLiteral("no_rates");
    case RoundStatus::TooFewRates: return QStringLiteral("too_few_rates");
    case RoundStatus::Inconsistent: return QStringLiteral("inconsistent");
    }
    return {};
}

std::optional<RoundStatus> roundStatusFromName(const QString &name)
{
    for (RoundStatus s : {RoundStatus::Ok, RoundStatus::NoRates, RoundStatus::TooFewRates, RoundStatus::Inconsistent})
        if (roundStatusName(s) == name)
            return s;
    return std::nullopt;
}

qint64 minuteFloor(qint64 ns)
{
    const qint64 r = ns % kMinuteNs;
    return r < 0 ? ns - r - kMinuteNs : ns - r;
}

RoundResult aggregateRound(const QList<SourceQuote> &quotes, qint64 tsNs)
{
    RoundResult out;
    out.tsNs = minuteFloor(tsNs);
    out.queried = int(quotes.size());
    out.quotes.reserve(quotes.size());

    // Fixed-size scratch: a round never has more than a few dozen sources.
    RateE9 received[kMaxSources];
    int n = 0;
    for (const SourceQuote &q : quotes) {
        QuoteOutcome o{q.source, q.rate, QuoteReason::Included};
        if (!q.rate)
            o.reason = QuoteReason::NoAnswer;
        else if (*q.rate <= 0)
            o.reason = QuoteReason::Invalid;
        else if (n < kMaxSources)
            received[n++] = *q.rate;
        else
            o.reason = QuoteReason::Invalid; // beyond the supported source count
        out.quotes.append(std::move(o));
    }
    out.received = n;
    if (n == 0)
        return out;
    std::sort(received, received + n);

    // Outlier cut around the median of everything received.
    const RateE9 m = medianOfSorted(received, n);
    const auto outlier = [m](RateE9 r) {
        const Int128 diff = r > m ? Int128(r) - m : Int128(m) - r;
        return diff * 100 > Int128(m) * kOutlierPercent;
    };
    RateE9 used[kMaxSources];
    int u = 0;
    for (int i = 0; i < n; ++i)
        if (!outlier(received[i]))
            used[u++] = received[i]; // stays sorted
    for (QuoteOutcome &o : out.quotes)
        if (o.reason == QuoteReason::Included && outlier(*o.rate))
            o.reason = QuoteReason::Outlier;
    out.used = u;
    out.rate = u > 0 ? medianOfSorted(used, u) : m;
    // The band charts draw: the quotes the median came from (all received when none survived).
    out.bandLo = u > 0 ? used[0] : received[0];
    out.bandHi = u > 0 ? used[u - 1] : received[n - 1];

    if (u > 0) {
        // Population standard deviation, as a statistic; the published rate never touches doubles.
        double mean = 0;
        for (int i = 0; i < u; ++i)
            mean += double(used[i]);
        mean /= u;
        double var = 0;
        for (int i = 0; i < u; ++i)
            var += (double(used[i]) - mean) * (double(used[i]) - mean);
        out.stddev = RateE9(std::llround(std::sqrt(var / u)));
    }

    if (u * 2 < out.queried) {
        out.status = RoundStatus::TooFewRates;
        return out;
    }
    const int half = (u + 1) / 2;
    bool agrees = false;
    for (int i = 0; i + half <= u && !agrees; ++i)
        agrees = Int128(used[i + half - 1]) * 100 <= Int128(used[i]) * (100 + kAgreementPercent);
    out.status = agrees ? RoundStatus::Ok : RoundStatus::Inconsistent;
    return out;
}

} // namespace nexus::oracle
