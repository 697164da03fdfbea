// Price oracle rules: aggregation edge cases, fixed-point text, cross rates and conversions with
// their rounding, publication triggers, staleness, the circuit breaker and the market simulator.
#include "oracleaggregate.h"
#include "oraclebreaker.h"
#include "oraclerates.h"
#include "oraclesim.h"

#include <QTest>

using namespace nexus;
using namespace nexus::oracle;

namespace {

constexpr qint64 kMin = 60LL * 1000000000;
constexpr qint64 kT0 = 1'759'999'980LL * 1000000000; // minute-aligned

RateE9 e9(const char *text) { return parseRate(QString::fromLatin1(text)).value(); }

QList<SourceQuote> quotes(std::initializer_list<const char *> rates)
{
    QList<SourceQuote> out;
    int i = 0;
    for (const char *r : rates)
        out << SourceQuote{QStringLiteral("s%1").arg(i++), r ? std::optional<RateE9>(e9(r)) : std::nullopt};
    return out;
}

RoundResult ok(RateE9 rate, qint64 ts = kT0)
{
    RoundResult r;
    r.status = RoundStatus::Ok;
    r.rate = rate;
    r.tsNs = ts;
    r.queried = r.received = r.used = 5;
    return r;
}

} // namespace

class TestOracleAggregate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseAndFormatRates()
    {
        QCOMPARE(e9("67123.45"), RateE9(67123450000000));
        QCOMPARE(e9("6.7E4"), RateE9(67000) * kRateOne);
        QCOMPARE(e9("1e-9"), RateE9(1));
        QCOMPARE(e9(" 0.1 "), RateE9(100000000));
        QCOMPARE(e9("0.0000000015"), RateE9(2));            // 1.5 -> 2
        QCOMPARE(e9("0.0000000025"), RateE9(2));            // 2.5 -> 2 (half to even)
        QCOMPARE(e9("0.00000000250000001"), RateE9(3));     // above half
        QCOMPARE(e9("1.2345678904999999"), RateE9(1234567890));
        QCOMPARE(e9("9223372036.854775807"), std::numeric_limits<qint64>::max());
        for (const char *bad : {"", "-1", "abc", "1.2.3", "1e", "0", "0.0000000005", "9223372036.854775808", "12abc", "0x10"})
            QVERIFY2(!parseRate(QString::fromLatin1(bad)), bad);
        QCOMPARE(formatRate(67123450000000), QStringLiteral("67123.45"));
        QCOMPARE(formatRate(1), QStringLiteral("0.000000001"));
        QCOMPARE(formatRate(5 * kRateOne), QStringLiteral("5"));
    }

    void medianRoundsHalfToEven()
    {
        const RateE9 a[] = {1, 2}, b[] = {3, 4}, c[] = {5, 8}, d[] = {1, 2, 9};
        QCOMPARE(medianOfSorted(a, 2), RateE9(2)); // 1.5 -> 2
        QCOMPARE(medianOfSorted(b, 2), RateE9(4)); // 3.5 -> 4
        QCOMPARE(medianOfSorted(c, 2), RateE9(6)); // 6.5 -> 6
        QCOMPARE(medianOfSorted(d, 3), RateE9(2));
    }

    void evenCount()
    {
        const RoundResult r = aggregateRound(quotes({"100", "101", "102", "103"}), kT0 + 17 * 1000000000LL);
        QCOMPARE(r.status, RoundStatus::Ok);
        QCOMPARE(r.rate, e9("101.5"));
        QCOMPARE(r.tsNs, kT0); // floored to the minute
        QCOMPARE(r.queried, 4);
        QCOMPARE(r.received, 4);
        QCOMPARE(r.used, 4);
        QCOMPARE(r.bandLo, e9("100"));
        QCOMPARE(r.bandHi, e9("103"));
        QCOMPARE(r.stddev, RateE9(1118033989)); // sqrt(1.25)
    }

    void outliersAreDroppedAroundTheMedian()
    {
        // The median of everything received is 100; 120 is exactly 20 % away and stays in.
        RoundResult r = aggregateRound(quotes({"100", "100", "100", "120", "80", "200", nullptr}), kT0);
        QCOMPARE(r.status, RoundStatus::Ok);
        QCOMPARE(r.received, 6);
        QCOMPARE(r.used, 5);
        QCOMPARE(r.quotes[5].reason, QuoteReason::Outlier);
        QCOMPARE(r.quotes[6].reason, QuoteReason::NoAnswer);
        QCOMPARE(r.quotes[3].reason, QuoteReason::Included);
        QCOMPARE(r.quotes[4].reason, QuoteReason::Included);
        QCOMPARE(r.bandLo, e9("80")); // the band is what survived: 80..120, not the 200 outlier
        QCOMPARE(r.bandHi, e9("120"));
        // Just beyond 20 % is out.
        r = aggregateRound(quotes({"100", "100", "100", "120.000000001"}), kT0);
        QCOMPARE(r.used, 3);
        QCOMPARE(r.quotes[3].reason, QuoteReason::Outlier);
    }

    void allOutliers()
    {
        const RoundResult r = aggregateRound(quotes({"100", "200"}), kT0);
        QCOMPARE(r.status, RoundStatus::TooFewRates);
        QCOMPARE(r.used, 0);
        QCOMPARE(r.quotes[0].reason, QuoteReason::Outlier);
        QCOMPARE(r.quotes[1].reason, QuoteReason::Outlier);
    }

    void noAnswersAndInvalid()
    {
        QList<SourceQuote> q = quotes({nullptr, nullptr});
        q << SourceQuote{QStringLiteral("zero"), RateE9(0)};
        const RoundResult r = aggregateRound(q, kT0);
        QCOMPARE(r.status, RoundStatus::NoRates);
        QCOMPARE(r.received, 0);
        QCOMPARE(r.quotes[2].reason, QuoteReason::Invalid);
        QCOMPARE(aggregateRound({}, kT0).status, RoundStatus::NoRates);
    }

    void oneSource()
    {
        const RoundResult r = aggregateRound(quotes({"9.5"}), kT0);
        QCOMPARE(r.status, RoundStatus::Ok);
        QCOMPARE(r.rate, e9("9.5"));
        QCOMPARE(r.stddev, RateE9(0));
    }

    void exactlyHalfMustSurvive()
    {
        QCOMPARE(aggregateRound(quotes({"100", "101", nullptr, nullptr}), kT0).status, RoundStatus::Ok);          // 2 of 4
        QCOMPARE(aggregateRound(quotes({"100", "101", nullptr, nullptr, nullptr}), kT0).status, RoundStatus::TooFewRates); // 2 of 5
        QCOMPARE(aggregateRound(quotes({"100", "101", "150", nullptr}), kT0).status, RoundStatus::Ok);            // 150 cut, 2 of 4 left
        QCOMPARE(aggregateRound(quotes({"100", "101", "102", "150", nullptr}), kT0).status, RoundStatus::Ok);     // 3 of 5
        QCOMPARE(aggregateRound(quotes({"100", "101", "150", "151", nullptr}), kT0).status, RoundStatus::TooFewRates); // 2 of 5
    }

    void inconsistentWhenNoHalfAgrees()
    {
        const RoundResult r = aggregateRound(quotes({"90", "94", "98", "102", "106", "110", "114"}), kT0);
        QCOMPARE(r.used, 7); // all within 20 % of 102
        QCOMPARE(r.status, RoundStatus::Inconsistent);
        QCOMPARE(r.rate, e9("102"));
        // Exactly 10 % apart agrees; a hair more does not.
        QCOMPARE(aggregateRound(quotes({"100", "110", "121"}), kT0).status, RoundStatus::Ok);
        QCOMPARE(aggregateRound(quotes({"100", "110.000000001", "121.1"}), kT0).status, RoundStatus::Inconsistent);
    }

    void crossAndInverseRates()
    {
        QCOMPARE(crossRate(e9("67000"), e9("9.5")).value(), RateE9(7052631578947)); // 7052.631578947368 rounds down
        QCOMPARE(crossRate(3, 2 * kRateOne).value(), RateE9(2)); // 1.5 -> 2
        QCOMPARE(crossRate(5, 2 * kRateOne).value(), RateE9(2)); // 2.5 -> 2
        QVERIFY(!crossRate(1, 2 * kRateOne));                    // 0.5 -> 0: below 10^-9
        QVERIFY(!crossRate(0, kRateOne));
        QVERIFY(!crossRate(std::numeric_limits<qint64>::max(), 1));
        QCOMPARE(inverseRate(3 * kRateOne).value(), RateE9(333333333));
        QCOMPARE(inverseRate(e9("9.5")).value(), RateE9(105263158)); // 0.1052631578947...
    }

    void conversionRoundsDown()
    {
        const RateE9 ethIcp = crossRate(e9("3400"), e9("9.5")).value();
        QCOMPARE(ethIcp, RateE9(357894736842));
        // 1 ckETH (18 decimals) -> ICP (8): 357.89473684 2 -> rounded down to e8s.
        QCOMPARE(conversionAmount(Nat128(1000000000000000000ULL), 18, 8, ethIcp).value(), Nat128(35789473684ULL));
        // 8 -> 18 decimals: 1 e8s and 1.23456789 ICP to wei at 0.002794118 ETH per ICP.
        const RateE9 icpEth = crossRate(e9("9.5"), e9("3400")).value();
        QCOMPARE(icpEth, RateE9(2794118));
        QCOMPARE(conversionAmount(1, 8, 18, icpEth).value(), Nat128(27941180));
        QCOMPARE(conversionAmount(123456789, 8, 18, icpEth).value(), Nat128(3449528363671020ULL));
        // To cents: 1 ICP is 950; 0.99999999 ICP is 9.4999999905 USD -> 949 cents.
        QCOMPARE(conversionAmount(100000000, 8, 2, e9("9.5")).value(), Nat128(950));
        QCOMPARE(conversionAmount(99999999, 8, 2, e9("9.5")).value(), Nat128(949));
        QCOMPARE(conversionAmount(0, 8, 2, e9("9.5")).value(), Nat128(0));
        // Results beyond 128 bits are refused, not wrapped.
        QVERIFY(!conversionAmount(~Nat128(0), 8, 18, kRateOne));
        QVERIFY(!conversionAmount(1, 8, 8, 0));
        QVERIFY(!conversionAmount(1, 25, 8, kRateOne));
        // The 256-bit intermediate: (2^128 - 1) * (2^64) / 2^64.
        const Nat128 max = ~Nat128(0);
        QCOMPARE(mulDivFloor(max, Nat128(1) << 64, Nat128(1) << 64).value(), max);
        QCOMPARE(mulDivFloor(max, 3, 4).value(), max / 4 * 3 + (max % 4) * 3 / 4);
        QVERIFY(!mulDivFloor(max, 2, 1));
        QVERIFY(!mulDivFloor(1, 1, 0));
    }

    void triggers()
    {
        const PairConfig c; // 50 bps, 3600 s
        const Published last{e9("100"), kT0};
        QCOMPARE(publishTrigger(std::nullopt, e9("100"), kT0, c), Trigger::First);
        QCOMPARE(publishTrigger(last, e9("100.49"), kT0 + kMin, c), Trigger::None);
        QCOMPARE(publishTrigger(last, e9("100.5"), kT0 + kMin, c), Trigger::Deviation);  // exactly 50 bps
        QCOMPARE(publishTrigger(last, e9("99.5"), kT0 + kMin, c), Trigger::Deviation);
        QCOMPARE(publishTrigger(last, e9("100"), kT0 + 59 * kMin, c), Trigger::None);
        QCOMPARE(publishTrigger(last, e9("100"), kT0 + 60 * kMin, c), Trigger::Heartbeat); // exactly one heartbeat
        QCOMPARE(deviationBps(e9("100"), e9("99.5")), qint64(-50));
    }

    void staleness()
    {
        const PairConfig c;
        QVERIFY(!isStale(kT0, kT0 + 7200LL * 1000000000, c)); // exactly 2 x heartbeat is still fresh
        QVERIFY(isStale(kT0, kT0 + 7200LL * 1000000000 + 1, c));
    }

    void breakerTripsOnJumpAndResets()
    {
        const PairConfig c; // jump limit 1000 bps
        CircuitBreaker b;
        std::optional<Published> last = Published{e9("100"), kT0};
        RoundDecision d = b.onRound(ok(e9("110"), kT0 + kMin), last, c); // exactly 10 %: allowed
        QVERIFY(d.publish);
        QCOMPARE(d.trigger, Trigger::Deviation);
        last = Published{e9("110"), kT0 + kMin};
        d = b.onRound(ok(e9("98.9"), kT0 + 2 * kMin), last, c); // -10.09 %
        QCOMPARE(d.trip, TripReason::Jump);
        QVERIFY(!d.publish);
        QCOMPARE(b.state, BreakerState::Tripped);
        QCOMPARE(b.sinceNs, kT0 + 2 * kMin);
        QVERIFY2(d.message.contains(QLatin1String("-10.09 %")), qPrintable(d.message));
        // While tripped nothing is published and nothing trips again.
        d = b.onRound(ok(e9("99"), kT0 + 3 * kMin), last, c);
        QVERIFY(!d.publish);
        QCOMPARE(d.trip, TripReason::None);
        // Reset: the next consistent round is published as is (no jump check), even far away.
        QVERIFY(b.reset(kT0 + 4 * kMin));
        QCOMPARE(b.state, BreakerState::Ok);
        QVERIFY(b.rebase);
        d = b.onRound(aggregateRound(quotes({"1", "2"}), kT0 + 5 * kMin), last, c); // no rates survive: nothing yet
        QVERIFY(!d.publish);
        QVERIFY(b.rebase);
        d = b.onRound(ok(e9("80"), kT0 + 6 * kMin), last, c);
        QVERIFY(d.publish);
        QCOMPARE(d.trigger, Trigger::Rebase);
        QVERIFY(!b.rebase);
        // Resetting a breaker that is not tripped is refused.
        const Status again = b.reset(kT0 + 7 * kMin);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }

    void breakerTripsOnInconsistentAndStale()
    {
        const PairConfig c;
        CircuitBreaker b;
        const std::optional<Published> last = Published{e9("100"), kT0};
        RoundDecision d = b.onRound(aggregateRound(quotes({"90", "94", "98", "102", "106", "110", "114"}), kT0 + kMin), last, c);
        QCOMPARE(d.trip, TripReason::Inconsistent);
        QCOMPARE(b.reason, TripReason::Inconsistent);
        QVERIFY(b.reset(kT0 + 2 * kMin));
        // An inconsistent round trips even with a rebase pending.
        d = b.onRound(aggregateRound(quotes({"90", "94", "98", "102", "106", "110", "114"}), kT0 + 3 * kMin), last, c);
        QCOMPARE(d.trip, TripReason::Inconsistent);

        CircuitBreaker s;
        // A failed round within the heartbeat window neither publishes nor trips.
        d = s.onRound(aggregateRound(quotes({nullptr}), kT0 + 60 * kMin), last, c);
        QVERIFY(!d.publish);
        QCOMPARE(d.trip, TripReason::None);
        // The first round after more than 2 x heartbeat trips, good or not.
        d = s.onRound(ok(e9("100"), kT0 + 121 * kMin), last, c);
        QCOMPARE(d.trip, TripReason::Stale);
        QVERIFY(!d.publish);
        QVERIFY2(d.message.contains(QLatin1String("2 h 1 min")), qPrintable(d.message));
    }

    void manualPrice()
    {
        CircuitBreaker b;
        const PairConfig c;
        QVERIFY(!b.setManual(0, kT0));
        QVERIFY(b.setManual(e9("3400"), kT0));
        QCOMPARE(b.state, BreakerState::Manual);
        QCOMPARE(b.manualRate, e9("3400"));
        // Rounds are recorded only while a manual price is served.
        const RoundDecision d = b.onRound(ok(e9("3401"), kT0 + kMin), std::nullopt, c);
        QVERIFY(!d.publish);
        QVERIFY(b.reset(kT0 + 2 * kMin));
        QCOMPARE(b.state, BreakerState::Ok);
        QCOMPARE(b.manualRate, RateE9(0));
        QVERIFY(b.rebase);
        QCOMPARE(breakerStateFromName(QStringLiteral("manual")), std::optional<BreakerState>(BreakerState::Manual));
        QCOMPARE(tripReasonFromName(QStringLiteral("jump")), std::optional<TripReason>(TripReason::Jump));
    }

    void simulatorIsDeterministic()
    {
        const MarketSim a(42), b(42), c(43);
        QCOMPARE(a.pairs().size(), 3);
        QCOMPARE(a.indexOf(QStringLiteral("ICP/USD")), 2);
        QCOMPARE(a.indexOf(QStringLiteral("DOGE/USD")), -1);
        int outliers = 0, missing = 0, differs = 0;
        RateE9 previous = a.fairRate(0, kT0);
        for (int m = 0; m < 1440; ++m) {
            const qint64 t = kT0 + m * kMin;
            const QList<SourceQuote> qa = a.quotes(0, t + 13 * 1000000000LL); // any time inside the minute
            const QList<SourceQuote> qb = b.quotes(0, t);
            QCOMPARE(qa.size(), 9);
            for (int i = 0; i < qa.size(); ++i) {
                QCOMPARE(qa[i].source, qb[i].source);
                QCOMPARE(qa[i].rate, qb[i].rate);
            }
            differs += c.fairRate(0, t) != a.fairRate(0, t);
            const RateE9 fair = a.fairRate(0, t);
            QVERIFY2(qAbs(deviationBps(previous, fair)) < 100, "a minute's move stays below 1 %");
            previous = fair;
            const RoundResult r = aggregateRound(qa, t);
            QVERIFY(r.status != RoundStatus::Inconsistent);
            for (const QuoteOutcome &q : r.quotes) {
                outliers += q.reason == QuoteReason::Outlier;
                missing += q.reason == QuoteReason::NoAnswer;
            }
        }
        QVERIFY(differs > 1400);
        QVERIFY2(outliers > 0 && missing > 0, "a day has some outliers and outages");
        QVERIFY(outliers < 150 && missing < 1000);
        // Same quotes no matter which order minutes are asked in.
        const MarketSim d(42);
        QCOMPARE(d.quotes(1, kT0 + 999 * kMin)[3].rate, a.quotes(1, kT0 + 999 * kMin)[3].rate);
    }
};

QTEST_GUILESS_MAIN(TestOracleAggregate)
#include "tst_oracleaggregate.moc"
