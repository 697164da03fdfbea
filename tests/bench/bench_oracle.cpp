// Price oracle figures: one 9-source aggregation round (median, outlier cut, agreement check,
// standard deviation), history ingest through the gateway, and the Oracle panel's 30-day history
// query (43,200 one-minute rounds) downsampled to 1,000 points through the gateway.
#include "benchprofile.h"

#include "oracleaggregate.h"
#include "oraclesim.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace nexus;
using namespace nexus::oracle;

namespace {

constexpr qint64 kMinuteNs = 60LL * 1000000000;
constexpr qint64 kT0 = 1'759'999'980LL * 1000000000; // minute-aligned

using bench::percentile;

bool fail(const char *what, const Result<QJsonValue> &r)
{
    std::fprintf(stderr, "%s failed: %s\n", what, r ? "?" : qPrintable(r.error().message));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(10000, QString::fromLocal8Bit(argv[1]).toInt()) : 200000;
    std::printf("Nexus Studio oracle benchmark (%d aggregation rounds, %d cores)\n", rounds, QThread::idealThreadCount());

    // 1. One aggregation round over 9 simulated exchanges (with their outliers and outages).
    const MarketSim sim(7);
    std::vector<QList<SourceQuote>> inputs;
    for (int m = 0; m < 2000; ++m)
        inputs.push_back(sim.quotes(0, kT0 + m * kMinuteNs));
    std::vector<double> us;
    us.reserve(size_t(rounds));
    qint64 checksum = 0;
    QElapsedTimer t;
    for (int i = 0; i < rounds; ++i) {
        const QList<SourceQuote> &in = inputs[size_t(i) % inputs.size()];
        t.start();
        const RoundResult r = aggregateRound(in, kT0);
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
        checksum += r.rate + r.used;
    }
    double sum = 0;
    for (double v : us)
        sum += v;
    bench::figure("9-source aggregation round, mean", sum / double(us.size()), "us", "<= 20");
    bench::figure("9-source aggregation round, p99", percentile(us, 0.99), "us", "<= 20");

    // 2. 30 days of BTC/USD rounds through the gateway, a pair-day per call.
    auto p = bench::makeProfile();
    Gateway &gw = p->backend->gateway();
    CallContext ctx;
    ctx.caller = p->controller;
    ctx.origin = Origin::Seed;
    const QStringList sources = sim.pairs()[0].exchanges;
    for (const QString &s : sources) {
        ctx.timeNs = kT0;
        auto r = gw.callBlocking(ctx, QStringLiteral("oracle.add_source"),
                                 {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}, {QStringLiteral("name"), s}, {QStringLiteral("kind"), QStringLiteral("sim")}});
        if (!r)
            return fail("add_source", r) ? 0 : 1;
    }
    const int days = 30;
    qint64 ingestNs = 0;
    for (int d = 0; d < days; ++d) {
        QString csv;
        for (int m = 0; m < 1440; ++m) {
            const qint64 ts = kT0 + (qint64(d) * 1440 + m) * kMinuteNs;
            csv += QString::number(ts);
            for (const SourceQuote &q : sim.quotes(0, ts)) {
                csv += u',';
                if (q.rate)
                    csv += formatRate(*q.rate);
            }
            csv += u'\n';
        }
        ctx.timeNs = kT0 + qint64(d + 1) * 1440 * kMinuteNs;
        t.start();
        auto r = gw.callBlocking(ctx, QStringLiteral("oracle.update_price"),
                                 {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}, {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                                  {QStringLiteral("csv"), csv}});
        ingestNs += t.nsecsElapsed();
        if (!r)
            return fail("update_price", r) ? 0 : 1;
    }
    bench::figure("history ingest through the gateway (9 quotes per round)", days * 1440 / (double(ingestNs) / 1e9), "rounds/s");

    // 3. The 30-day chart: 43,200 rounds downsampled to 1,000 buckets, min/max/last + band + markers.
    const QJsonObject args{{QStringLiteral("pair"), QStringLiteral("BTC/USD")},
                           {QStringLiteral("from_ns"), QString::number(kT0)},
                           {QStringLiteral("to_ns"), QString::number(kT0 + qint64(days) * 1440 * kMinuteNs)},
                           {QStringLiteral("max_points"), 1000}};
    std::vector<double> ms;
    int points = 0, covered = 0;
    for (int i = 0; i < 30; ++i) {
        t.start();
        auto r = gw.callBlocking(ctx, QStringLiteral("oracle.history"), args);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!r)
            return fail("history", r) ? 0 : 1;
        points = int(r->toObject().value(QStringLiteral("points")).toArray().size());
        covered = r->toObject().value(QStringLiteral("rounds")).toInt();
    }
    double total = 0;
    for (double v : ms)
        total += v;
    std::printf("history: %d rounds -> %d points\n", covered, points);
    bench::figure("30-day history (43,200 rounds) to 1,000 points, mean", total / double(ms.size()), "ms");
    bench::figure("30-day history (43,200 rounds) to 1,000 points, p99", percentile(ms, 0.99), "ms");

    // 4. A price read and a conversion, for scale.
    std::vector<double> priceUs;
    ctx.timeNs = kT0 + qint64(days) * 1440 * kMinuteNs;
    for (int i = 0; i < 2000; ++i) {
        t.start();
        auto r = gw.callBlocking(ctx, QStringLiteral("oracle.get_conversion_amount"),
                                 {{QStringLiteral("amount"), QStringLiteral("150000000")}, {QStringLiteral("from"), QStringLiteral("ckBTC")},
                                  {QStringLiteral("to"), QStringLiteral("USD")}});
        priceUs.push_back(double(t.nsecsElapsed()) / 1000.0);
        if (!r)
            return fail("get_conversion_amount", r) ? 0 : 1;
    }
    bench::figure("get_conversion_amount through the gateway, p99", percentile(priceUs, 0.99), "us");
    return checksum == 42 ? 2 : 0; // keeps the aggregation loop from being optimised away
}
