#pragma once
// One aggregation round over the quotes of several sources, as the IC exchange rate canister does:
// median, outlier cut at 20 % of the median, at least half of the queried sources must survive,
// and at least half of the survivors must agree within 10 %. Integer rates only; the standard
// deviation is a reported statistic.

#include "oraclerates.h"

#include <QList>
#include <QString>

#include <optional>

namespace nexus::oracle {

struct SourceQuote {
    QString source;
    std::optional<RateE9> rate; // nullopt: the source did not answer
};

enum class QuoteReason { Included, NoAnswer, Invalid, Outlier };
QString quoteReasonName(QuoteReason r); // "included", "no_answer", "invalid", "outlier"

struct QuoteOutcome {
    QString source;
    std::optional<RateE9> rate;
    QuoteReason reason = QuoteReason::Included;
    bool included() const { return reason == QuoteReason::Included; }
};

enum class RoundStatus {
    Ok,           // consistent: the rate may be published
    NoRates,      // no source gave a usable rate
    TooFewRates,  // fewer than half of the queried sources survived the outlier cut
    Inconsistent, // no ceil(n/2) survivors lie within 10 % of each other
};
QString roundStatusName(RoundStatus s); // "ok", "no_rates", "too_few_rates", "inconsistent"
std::optional<RoundStatus> roundStatusFromName(const QString &name);

inline constexpr int kOutlierPercent = 20;   // |rate - median| > median * 20 / 100 is an outlier
inline constexpr int kAgreementPercent = 10; // max / min <= 1.10 within the agreeing half

struct RoundResult {
    RoundStatus status = RoundStatus::NoRates;
    qint64 tsNs = 0;   // the round's minute (floor of the given time)
    RateE9 rate = 0;   // median of the survivors (0 when nobody answered)
    int queried = 0;   // quotes in the round
    int received = 0;  // positive answers
    int used = 0;      // survivors of the outlier cut
    RateE9 stddev = 0; // population standard deviation of the survivors, e9 units (rounded)
    RateE9 bandLo = 0, bandHi = 0; // lowest and highest survivor of the outlier cut (0 when none)
    QList<QuoteOutcome> quotes;    // one per input, in input order

    bool consistent() const { return status == RoundStatus::Ok; }
};

qint64 minuteFloor(qint64 ns);

// Rules, in order:
//  1. received = answers with a positive rate; non-positive answers are "invalid", none "no_answer".
//  2. m = median of the received rates (even counts: mean of the middle two, half to even).
//  3. A rate with |rate - m| * 100 > m * 20 is an outlier (exactly 20 % stays in).
//  4. used * 2 >= queried must hold, else TooFewRates.
//  5. Consistent when some ceil(used / 2) consecutive sorted survivors have max * 100 <= min * 110,
//     else Inconsistent.
//  6. rate = median of the survivors (same rounding as 2).
RoundResult aggregateRound(const QList<SourceQuote> &quotes, qint64 tsNs);

} // namespace nexus::oracle
