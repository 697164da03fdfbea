// The marketplace's fee arithmetic and schedule: exact floor rounding for every 128-bit price
// (checked against a 256-bit reference), discounts from volume tiers, strict schedule parsing,
// and the fixed rules (accounts, tags, facets).
#include "marketfees.h"
#include "marketrules.h"
#include "prng.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nexus;
using namespace nexus::market;

namespace {

// price × k / 10^8 with a 256-bit intermediate (two 128-bit halves), the slow and obvious way.
Nat128 referenceFee(Nat128 price, int bps, int discount)
{
    const Nat128 k = Nat128(quint64(bps)) * Nat128(quint64(10000 - discount));
    // Long multiplication of price (128 bits) by k (< 2^27) into hi:lo, then long division by 10^8.
    const Nat128 mask = (Nat128(1) << 64) - 1;
    const Nat128 lo64 = price & mask, hi64 = price >> 64;
    const Nat128 a = lo64 * k;             // < 2^91
    const Nat128 b = hi64 * k + (a >> 64); // < 2^92
    // value = b·2^64 + (a & mask); divide by 10^8 digit-wise in base 2^64.
    const Nat128 d = 100000000;
    const Nat128 qHi = b / d, rHi = b % d;
    const Nat128 qLo = ((rHi << 64) | (a & mask)) / d;
    return (qHi << 64) + qLo;
}

} // namespace

class TestMarketFees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactFloor()
    {
        QCOMPARE(feeFor(0, 250, 0), Nat128(0));
        QCOMPARE(feeFor(10000000000ULL, 250, 0), Nat128(250000000));          // 2.5 % of 100 ICP
        QCOMPARE(feeFor(999999, 250, 0), Nat128(24999));                       // 24,999.975 rounds down
        QCOMPARE(feeFor(999999, 250, 2000), Nat128(19999));                    // 19,999.98 rounds down
        QCOMPARE(feeFor(39, 250, 0), Nat128(0));                               // 0.975: below one unit, no fee
        QCOMPARE(feeFor(40, 250, 0), Nat128(1));
        QCOMPARE(feeFor(12345, 10000, 0), Nat128(12345));                      // 100 %
        QCOMPARE(feeFor(12345, 10000, 10000), Nat128(0));                      // fully discounted
        const Nat128 max = ~Nat128(0);
        QCOMPARE(feeFor(max, 10000, 0), max);                                  // no overflow at the top
        QCOMPARE(feeFor(max, 250, 0), referenceFee(max, 250, 0));
        Prng rng(7);
        for (int i = 0; i < 20000; ++i) {
            const int shift = int(rng.below(128));
            const Nat128 price = ((Nat128(rng.next()) << 64) | rng.next()) >> shift;
            const int bps = int(rng.below(10001)), discount = int(rng.below(10001));
            const Nat128 fee = feeFor(price, bps, discount);
            QCOMPARE(fee, referenceFee(price, bps, discount));
            QVERIFY(fee <= price);
        }
    }

    void discounts()
    {
        FeeSchedule s;
        s.tiers = {FeeTier{2000, {{QStringLiteral("ICP"), 100}}}, FeeTier{5000, {{QStringLiteral("ICP"), 1000}, {QStringLiteral("ckBTC"), 10}}}};
        QCOMPARE(discountFor(s, QStringLiteral("ICP"), 99), 0);
        QCOMPARE(discountFor(s, QStringLiteral("ICP"), 100), 2000);
        QCOMPARE(discountFor(s, QStringLiteral("ICP"), 1000), 5000);
        QCOMPARE(discountFor(s, QStringLiteral("ckBTC"), 999), 5000);
        QCOMPARE(discountFor(s, QStringLiteral("ckETH"), ~Nat128(0)), 0); // no tier names it
        QCOMPARE(discountFor(FeeSchedule::defaults(), QStringLiteral("ICP"), Nat128(1000) * 100000000), 2000);
    }

    void scheduleParsing()
    {
        const FeeSchedule d = FeeSchedule::defaults();
        auto back = FeeSchedule::fromJson(d.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), d.toJson());
        QCOMPARE(d.listingBps, 50);
        QCOMPARE(d.saleBps, 250);
        for (const QJsonObject &bad : {QJsonObject{{QStringLiteral("sale_bps"), 10001}}, QJsonObject{{QStringLiteral("sale_bps"), -1}},
                                       QJsonObject{{QStringLiteral("sale_bps"), 2.5}}, QJsonObject{{QStringLiteral("listing_bps"), QStringLiteral("50")}},
                                       QJsonObject{{QStringLiteral("surprise"), 1}}, QJsonObject{{QStringLiteral("treasury"), QStringLiteral("x")}},
                                       QJsonObject{{QStringLiteral("tiers"), QJsonArray{QJsonObject{{QStringLiteral("discount_bps"), 1}}}}},
                                       QJsonObject{{QStringLiteral("tiers"), QJsonArray{QJsonObject{{QStringLiteral("discount_bps"), 1},
                                                                                                    {QStringLiteral("min_volume"), QJsonObject{{QStringLiteral("ICP"), QStringLiteral("-5")}}}}}}}})
            QVERIFY2(!FeeSchedule::fromJson(bad), qPrintable(QString::fromUtf8(QJsonDocument(bad).toJson(QJsonDocument::Compact))));
        auto t = FeeSchedule::fromJson({{QStringLiteral("treasury"), defaultTreasury().toText()}});
        QVERIFY(t);
        QCOMPARE(*t->treasury, defaultTreasury());
    }

    void rules()
    {
        QVERIFY(!(spenderAccount() == defaultTreasury()));
        QCOMPARE(spenderAccount().owner(), marketplacePrincipal());
        QCOMPARE(marketplacePrincipal().bytes().size(), 10);
        QCOMPARE(normaliseTags({QStringLiteral(" Sky "), QStringLiteral("sky"), QStringLiteral("floating-city")}).value(),
                 (QStringList{QStringLiteral("sky"), QStringLiteral("floating-city")}));
        QVERIFY(!normaliseTags({QStringLiteral("two words")}));
        QVERIFY(!normaliseTags({QStringLiteral("-lead")}));
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven << QStringLiteral("t%1").arg(i);
        QVERIFY(!normaliseTags(eleven));
        QCOMPARE(listingFacets(7, spenderAccount().owner(), marketplacePrincipal()).split(QLatin1Char(' ')).first(), QStringLiteral("c7"));
        QCOMPARE(listingStatusFromName(QStringLiteral("sold")), std::optional<ListingStatus>(ListingStatus::Sold));
        QVERIFY(!listingStatusFromName(QStringLiteral("gone")));
    }
};

QTEST_GUILESS_MAIN(TestMarketFees)
#include "tst_marketfees.moc"
