// OracleController against a real profile with 30 days of 1-minute BTC/USD rounds (one price jump
// that tripped the breaker and was reset) and an ICP/USD feed whose breaker is tripped now:
// feeds, downsampled history and the chart's series, the sources table, the converter's exact
// result and its refusal, breaker actions gated by manage_oracle, alerts, and live refresh.

#include "appfixture.h"
#include "oraclecontroller.h"
#include "oraclerates.h"

#include <QDateTime>
#include <QtCharts/QLineSeries>

#include <cmath>

using namespace nexus;
using namespace nexus::test;

namespace {
constexpr qint64 kMinuteNs = 60LL * 1000000000;
constexpr qint64 kDayNs = 1440 * kMinuteNs;
const QString kBtc = QStringLiteral("BTC/USD");
const QString kIcp = QStringLiteral("ICP/USD");

// A smooth, deterministic market: a slow wave around `base`.
double fair(double base, qint64 i)
{
    return base * (1.0 + 0.05 * std::sin(double(i) / 700.0) + 0.01 * std::sin(double(i) / 37.0));
}

QString cents(double v)
{
    return QString::number(v, 'f', 2);
}
} // namespace

class TestOracleController : public QObject
{
    Q_OBJECT

private:
    // Rounds [first, last) minutes of `pair`, a day per call; `factor` scales every quote of the
    // minute at index `jumpAt` (a flash crash), and source C quotes 50 % high in the last minute.
    void feed(const QString &pair, double base, qint64 startNs, qint64 first, qint64 last, qint64 jumpAt = -1)
    {
        for (qint64 day = first; day < last; day += 1440) {
            QString csv;
            for (qint64 i = day; i < std::min(last, day + 1440); ++i) {
                double p = fair(base, i);
                if (i == jumpAt)
                    p *= 0.8;
                const bool outlier = i == last - 1;
                csv += QStringLiteral("%1,%2,%3,%4\n").arg(startNs + i * kMinuteNs).arg(cents(p), cents(p * 1.001), cents(outlier ? p * 1.5 : p * 0.999));
            }
            auto r = f.call(f.controller, QStringLiteral("oracle.update_price"),
                            {{QStringLiteral("pair"), pair}, {QStringLiteral("sources"), QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}},
                             {QStringLiteral("csv"), csv}});
            QVERIFY2(r, describe(r));
        }
    }

    bool waitHistory()
    {
        return QTest::qWaitFor([this] { return oracle->history()->loaded() && !oracle->history()->loading(); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        for (const QString &pair : {kBtc, kIcp})
            for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
                auto r = f.call(f.controller, QStringLiteral("oracle.add_source"),
                                {{QStringLiteral("pair"), pair}, {QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("sim")}});
                QVERIFY2(r, describe(r));
            }
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000 / kMinuteNs * kMinuteNs;
        m_now = now;
        // BTC/USD: 30 days up to the last minute, a crash at day 15 that trips the breaker, reset.
        const qint64 btcStart = now - 30 * kDayNs;
        feed(kBtc, 60000, btcStart, 0, 15 * 1440 + 1, 15 * 1440);
        auto reset = f.call(f.controller, QStringLiteral("oracle.breaker_reset"), {{QStringLiteral("pair"), kBtc}, {QStringLiteral("note"), QStringLiteral("test")}});
        QVERIFY2(reset, describe(reset));
        feed(kBtc, 60000, btcStart, 15 * 1440 + 1, 30 * 1440);
        // ICP/USD: two hours, the last minute a crash: its breaker is tripped now.
        feed(kIcp, 8, now - 120 * kMinuteNs, 0, 120, 119);

        QVERIFY(f.startSession());
        oracle = std::make_unique<OracleController>(*f.session);
        QSignalSpy pairs(oracle.get(), &OracleController::pairsChanged);
        oracle->setChartWidth(600);
        oracle->setActive(true);
        QVERIFY(pairs.wait(10000));
        QVERIFY(waitHistory());
    }

    void feedsAndSelection()
    {
        QCOMPARE(oracle->pairs().size(), 3);
        QCOMPARE(oracle->selectedPair(), kBtc);
        const QVariantMap btc = oracle->selected();
        QCOMPARE(btc.value(QStringLiteral("breaker")).toString(), QStringLiteral("ok"));
        QVERIFY(btc.value(QStringLiteral("hasRate")).toBool());
        QVERIFY(!btc.value(QStringLiteral("stale")).toBool());
        QVERIFY2(btc.value(QStringLiteral("rate")).toString().contains(QLatin1Char(',')), qPrintable(btc.value(QStringLiteral("rate")).toString()));
        QCOMPARE(btc.value(QStringLiteral("sources")).toInt(), 3);
        QVariantMap icp;
        for (const QVariant &v : oracle->pairs())
            if (v.toMap().value(QStringLiteral("pair")) == kIcp)
                icp = v.toMap();
        QCOMPARE(icp.value(QStringLiteral("breaker")).toString(), QStringLiteral("tripped"));
        QCOMPARE(icp.value(QStringLiteral("breakerTone")).toString(), QStringLiteral("danger"));
        QVERIFY(icp.value(QStringLiteral("breakerLabel")).toString().contains(QLatin1String("jump")));
        QVERIFY(!oracle->assets().isEmpty());
    }

    void thirtyDaysDownsampledToTheChartWidth()
    {
        OracleHistory *h = oracle->history();
        QCOMPARE(oracle->range(), QStringLiteral("30d"));
        QCOMPARE(h->pair(), kBtc);
        QCOMPARE(h->rounds(), 30 * 1440); // the window ends with the newest round
        QVERIFY2(h->bucketCount() <= 600 && h->bucketCount() >= 590, qPrintable(QString::number(h->bucketCount())));
        QCOMPARE(h->bucketNs(), 72 * kMinuteNs); // ceil(30 days / 600)
        QCOMPARE(h->tripCount(), 1);
        QVERIFY(!h->showPublications());

        const QList<QPointF> high = h->points(QStringLiteral("bandHigh")), low = h->points(QStringLiteral("bandLow"));
        QCOMPARE(high.size(), h->bucketCount());
        QCOMPARE(low.size(), high.size());
        for (qsizetype i = 0; i < high.size(); ++i) {
            QVERIFY(low[i].y() <= high[i].y());
            QVERIFY(low[i].y() >= h->yMin() && high[i].y() <= h->yMax());
            QVERIFY(i == 0 || high[i].x() > high[i - 1].x());
        }
        // Steps: every publication adds a vertical and a horizontal segment.
        const QList<QPointF> published = h->points(QStringLiteral("published"));
        QVERIFY(published.size() >= h->publicationCount());
        QCOMPARE(h->points(QStringLiteral("trips")).size(), 1);
        QVERIFY(h->from().msecsTo(h->to()) == 30LL * 86400 * 1000);

        // The crash bucket reads as such, and its marker sits inside the plot.
        const QPointF trip = h->points(QStringLiteral("trips")).first();
        QVERIFY(trip.y() > h->yMin() && trip.y() < h->yMax());
        const QVariantMap at = h->at(trip.x());
        QVERIFY(!at.isEmpty());
        QCOMPARE(at.value(QStringLiteral("alerts")).toStringList().size(), 1);

        QLineSeries series;
        h->fill(&series, QStringLiteral("median"));
        QCOMPARE(series.count(), int(h->points(QStringLiteral("median")).size()));
        QVERIFY(series.count() > 500);
    }

    void shortRangesKeepEveryRound()
    {
        QSignalSpy changed(oracle->history(), &OracleHistory::changed);
        oracle->setRange(QStringLiteral("1h"));
        QVERIFY(changed.wait(10000));
        QVERIFY(waitHistory());
        QCOMPARE(oracle->history()->bucketCount(), 60);
        QCOMPARE(oracle->history()->rounds(), 60);
        QCOMPARE(oracle->history()->bucketNs(), kMinuteNs);
        QVERIFY(oracle->history()->showPublications());
        // A wider chart asks for more points, never more than the rounds there are.
        oracle->setRange(QStringLiteral("7d"));
        QVERIFY(changed.wait(10000));
        QVERIFY(waitHistory());
        QVERIFY(oracle->history()->bucketCount() <= 600);
        QCOMPARE(oracle->history()->bucketNs(), 7 * kDayNs / 600); // 16.8 minutes
        oracle->setRange(QStringLiteral("bogus"));
        QCOMPARE(oracle->range(), QStringLiteral("7d"));
        oracle->setRange(QStringLiteral("30d"));
        QVERIFY(changed.wait(10000));
    }

    void sourcesTable()
    {
        OracleSourcesModel *m = oracle->sources();
        QTRY_VERIFY_WITH_TIMEOUT(m->ready() && m->pair() == kBtc, 10000);
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->count(), 3);
        QCOMPARE(m->includedCount(), 2);
        QVariantMap a, c;
        for (int i = 0; i < m->rowCount(); ++i) {
            const QVariantMap row = m->get(i);
            if (row.value(QStringLiteral("name")) == QLatin1String("A"))
                a = row;
            if (row.value(QStringLiteral("name")) == QLatin1String("C"))
                c = row;
        }
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("included"));
        QCOMPARE(a.value(QStringLiteral("statusTone")).toString(), QStringLiteral("success"));
        QVERIFY(!a.value(QStringLiteral("rate")).toString().isEmpty());
        QVERIFY(!a.value(QStringLiteral("age")).toString().isEmpty());
        QVERIFY(!a.value(QStringLiteral("deviation")).toString().isEmpty());
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("excluded"));
        QVERIFY2(c.value(QStringLiteral("reason")).toString().contains(QLatin1String("Outlier")), qPrintable(c.value(QStringLiteral("reason")).toString()));
        QCOMPARE(c.value(QStringLiteral("deviationTone")).toString(), QStringLiteral("danger"));
        QVERIFY(c.value(QStringLiteral("deviationBps")).toDouble() > 4000);
    }

    void convertsExactly()
    {
        QSignalSpy done(oracle.get(), &OracleController::conversionChanged);
        oracle->convert(QStringLiteral("1.5"), QStringLiteral("BTC"), QStringLiteral("USD"));
        QTRY_VERIFY_WITH_TIMEOUT(!oracle->converting(), 10000);
        QVERIFY2(!oracle->converterError()->active(), qPrintable(oracle->converterError()->cause()));
        const QVariantMap c = oracle->conversion();
        // 1.5 BTC = 150,000,000 base units; USD has 2 decimals; rounded down.
        auto rate = oracle::parseRate(oracle->selected().value(QStringLiteral("rateText")).toString());
        QVERIFY(rate);
        const Nat128 expected = Nat128(150000000) * Nat128(*rate) * 100 / (Nat128(100000000) * 1000000000);
        QCOMPARE(c.value(QStringLiteral("baseUnits")).toString(), nat128ToString(expected));
        QCOMPARE(c.value(QStringLiteral("outputSymbol")).toString(), QStringLiteral("USD"));
        QVERIFY(c.value(QStringLiteral("rate")).toString().startsWith(QLatin1String("1 BTC = ")));
        QVERIFY(c.value(QStringLiteral("rounding")).toString().contains(nat128ToString(expected)));

        oracle->convert(QStringLiteral("1"), QStringLiteral("BTC"), QStringLiteral("ETH"));
        QTRY_VERIFY_WITH_TIMEOUT(!oracle->converting(), 10000);
        // ETH/USD has no rounds in this profile: a clear refusal, no result.
        QVERIFY(oracle->converterError()->active());
        QVERIFY(oracle->conversion().isEmpty());
    }

    void converterRefusesWhileTheBreakerIsTripped()
    {
        oracle->convert(QStringLiteral("2"), QStringLiteral("ICP"), QStringLiteral("USD"));
        QTRY_VERIFY_WITH_TIMEOUT(!oracle->converting(), 10000);
        QVERIFY(oracle->conversion().isEmpty());
        ErrorInfo *e = oracle->converterError();
        QVERIFY(e->active());
        QCOMPARE(e->code(), QStringLiteral("conflict"));
        QVERIFY2(e->cause().contains(QLatin1String("circuit breaker tripped")), qPrintable(e->cause()));
        QVERIFY(!e->hint().isEmpty());
    }

    void converterValidatesBeforeCalling()
    {
        QVERIFY(oracle->amountProblem(QStringLiteral("1.5"), QStringLiteral("BTC")).isEmpty());
        QVERIFY(!oracle->amountProblem(QString(), QStringLiteral("BTC")).isEmpty());
        QVERIFY(!oracle->amountProblem(QStringLiteral("-1"), QStringLiteral("BTC")).isEmpty());
        QVERIFY(oracle->amountProblem(QStringLiteral("0.123456789"), QStringLiteral("BTC")).contains(QLatin1String("8 decimals")));
        QVERIFY(!oracle->amountProblem(QStringLiteral("1.5.2"), QStringLiteral("BTC")).isEmpty());
        QVERIFY(!oracle->amountProblem(QStringLiteral("1"), QStringLiteral("DOGE")).isEmpty());
        oracle->convert(QStringLiteral("0.001"), QStringLiteral("USD"), QStringLiteral("BTC"));
        QVERIFY(!oracle->converting()); // refused here, nothing sent
        QVERIFY(oracle->converterError()->cause().contains(QLatin1String("2 decimals")));
        QVERIFY(oracle->rateProblem(QStringLiteral("67250.5")).isEmpty());
        QVERIFY(!oracle->rateProblem(QStringLiteral("0")).isEmpty());
        QVERIFY(!oracle->rateProblem(QStringLiteral("abc")).isEmpty());
    }

    void breakerActionsNeedManageOracle()
    {
        oracle->setSelectedPair(kIcp);
        QVERIFY(waitHistory());
        QVERIFY(oracle->canManage());

        f.createIdentity(QStringLiteral("gus"), QStringLiteral("user"));
        QSignalSpy canManage(oracle.get(), &OracleController::canManageChanged);
        QVERIFY(f.actAs(QStringLiteral("gus")));
        QCOMPARE(canManage.size(), 1);
        QVERIFY(!oracle->canManage());
        QSignalSpy failed(oracle.get(), &OracleController::failed);
        oracle->resetBreaker(QStringLiteral("please"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(oracle->actionError()->code(), QStringLiteral("permission_denied"));
        QVERIFY(!oracle->busy());

        QVERIFY(f.actAs(QStringLiteral("ada")));
        QVERIFY(oracle->canManage());
        QVERIFY(!oracle->actionError()->active()); // a new identity starts clean

        // A reset needs a note: the backend's refusal shows in the card.
        oracle->resetBreaker(QStringLiteral("   "));
        QVERIFY(failed.wait(10000));
        QCOMPARE(oracle->actionError()->code(), QStringLiteral("invalid_argument"));

        // A bad manual price is refused before any call.
        oracle->setManualPrice(QStringLiteral("-3"), QStringLiteral("desk price"));
        QCOMPARE(failed.size(), 3);
        QVERIFY(!oracle->busy());

        QSignalSpy succeeded(oracle.get(), &OracleController::succeeded);
        oracle->setManualPrice(QStringLiteral("7.95"), QStringLiteral("desk price"));
        QVERIFY(succeeded.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(oracle->selected().value(QStringLiteral("breaker")).toString(), QStringLiteral("manual"), 10000);
        QCOMPARE(oracle->selected().value(QStringLiteral("served")).toString(), QStringLiteral("7.95"));
        oracle->convert(QStringLiteral("2"), QStringLiteral("ICP"), QStringLiteral("USD"));
        QTRY_VERIFY_WITH_TIMEOUT(!oracle->converting(), 10000);
        QCOMPARE(oracle->conversion().value(QStringLiteral("baseUnits")).toString(), QStringLiteral("1590"));

        oracle->resetBreaker(QStringLiteral("sources checked"));
        QVERIFY(succeeded.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(oracle->selected().value(QStringLiteral("breaker")).toString(), QStringLiteral("ok"), 10000);
        QVERIFY(oracle->selected().value(QStringLiteral("rebasePending")).toBool());
    }

    void alertsAndAcknowledge()
    {
        OracleAlertsModel *alerts = oracle->alerts();
        QTRY_VERIFY_WITH_TIMEOUT(alerts->ready() && !alerts->loading(), 10000);
        // BTC trip + reset, ICP trip + manual price + reset.
        QCOMPARE(alerts->total(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(alerts->openCount(), 5, 10000);
        const QVariantMap newest = alerts->get(0);
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("reset"));
        QCOMPARE(newest.value(QStringLiteral("pair")).toString(), kIcp);
        int trip = -1;
        for (int i = 0; i < alerts->rowCount(); ++i)
            if (alerts->get(i).value(QStringLiteral("kind")) == QLatin1String("trip_jump") && alerts->get(i).value(QStringLiteral("pair")) == kIcp)
                trip = i;
        QVERIFY(trip >= 0);
        QVERIFY(alerts->get(trip).value(QStringLiteral("critical")).toBool());

        QSignalSpy succeeded(oracle.get(), &OracleController::succeeded);
        oracle->acknowledge(alerts->get(trip).value(QStringLiteral("alertId")).toDouble(), QStringLiteral("seen"));
        QVERIFY(succeeded.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(alerts->openCount(), 4, 10000);
        alerts->setOpenOnly(true);
        QTRY_VERIFY_WITH_TIMEOUT(alerts->ready() && !alerts->loading() && alerts->total() == 4, 10000);
        alerts->setOpenOnly(false);
        alerts->setPair(kBtc);
        QTRY_VERIFY_WITH_TIMEOUT(!alerts->loading() && alerts->total() == 2, 10000);
        alerts->setPair(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!alerts->loading() && alerts->total() == 5, 10000);
        for (int i = 0; i < alerts->rowCount(); ++i)
            if (alerts->get(i).value(QStringLiteral("acknowledged")).toBool()) {
                QCOMPARE(alerts->get(i).value(QStringLiteral("ackedBy")).toString(), QStringLiteral("ada"));
                QCOMPARE(alerts->get(i).value(QStringLiteral("ackNote")).toString(), QStringLiteral("seen"));
            }
    }

    void followsChangeEventsWhileActive()
    {
        oracle->setSelectedPair(kBtc);
        QVERIFY(waitHistory());
        const qint64 next = QDateTime::currentMSecsSinceEpoch() * 1000000 / kMinuteNs * kMinuteNs;
        // Hidden: nothing is reloaded; shown again: the change is picked up.
        oracle->setActive(false);
        QSignalSpy changed(oracle->history(), &OracleHistory::changed);
        auto r = f.call(f.controller, QStringLiteral("oracle.update_price"),
                        {{QStringLiteral("pair"), kBtc}, {QStringLiteral("ts_ns"), QString::number(next)},
                         {QStringLiteral("quotes"), QJsonObject{{QStringLiteral("A"), QStringLiteral("61000")}, {QStringLiteral("B"), QStringLiteral("61010")},
                                                                 {QStringLiteral("C"), QStringLiteral("60990")}}}});
        QVERIFY2(r, describe(r));
        QVERIFY(!changed.wait(2500));
        oracle->setActive(true);
        QVERIFY(changed.wait(10000));
        QVERIFY(waitHistory());
        // The window slid to the new round: it is in, the oldest ones are out.
        QCOMPARE(oracle->history()->rounds(), 30 * 1440 - (next - m_now) / kMinuteNs);
        QCOMPARE(oracle->history()->to().toMSecsSinceEpoch(), next / 1000000 + 60000);
    }

private:
    AppFixture f;
    std::unique_ptr<OracleController> oracle;
    qint64 m_now = 0; // the minute the BTC history ends at
};

QTEST_MAIN(TestOracleController)
#include "tst_oraclecontroller.moc"
