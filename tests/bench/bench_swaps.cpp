// Swap benchmarks: complete HTLC swaps through the gateway — initiate, participate, the initiator's
// redeem and the participant's redeem, each an audited call in one transaction with its ledger
// blocks — one caller waiting for each answer, then four pairs at once; and the expiry job
// refunding a backlog of expired swaps.
#include "benchprofile.h"

#include "swapsecret.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace nexus;

namespace {

using bench::call;
using bench::die;
using bench::percentile;
Principal benchPrincipal(int n) { return bench::principal(n, '\x6b'); }




QJsonObject terms(const Principal &participant, const SwapSecret &sec)
{
    return {{QStringLiteral("participant"), participant.toText()}, {QStringLiteral("asset"), QStringLiteral("ICP")},
            {QStringLiteral("amount"), QStringLiteral("100000000")}, {QStringLiteral("participant_asset"), QStringLiteral("ckBTC")},
            {QStringLiteral("participant_amount"), QStringLiteral("10000")}, {QStringLiteral("hashlock"), sec.hashlockHex()}};
}

// One complete swap between `a` (initiator) and `b`; false and a message on stderr on failure.
bool completeSwap(Gateway &gw, const Principal &a, const Principal &b, int k)
{
    const SwapSecret sec = SwapSecret::fromSecret(QByteArray(24, '\x33') + QByteArray::number(k).rightJustified(8, '0'));
    auto r = call(gw, a, QStringLiteral("swaps.initiate"), terms(b, sec));
    if (!r) {
        std::fprintf(stderr, "initiate: %s\n", qPrintable(r.error().message));
        return false;
    }
    const QJsonObject id{{QStringLiteral("id"), r->toObject().value(QStringLiteral("id")).toInteger()}};
    QJsonObject redeem = id;
    redeem.insert(QStringLiteral("secret"), sec.secretHex());
    for (const auto &[who, method, args] : {std::tuple{b, QStringLiteral("swaps.participate"), id}, std::tuple{a, QStringLiteral("swaps.redeem"), redeem},
                                            std::tuple{b, QStringLiteral("swaps.redeem"), redeem}})
        if (auto s = call(gw, who, method, args); !s) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(method), qPrintable(s.error().message));
            return false;
        }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 2000;
    auto p = bench::makeProfile();
    Gateway &gw = p->backend->gateway();
    bench::raiseRateLimits(gw, p->controller);
    for (const auto &[pair, rate] : {std::pair{"ICP/USD", "10"}, std::pair{"BTC/USD", "60000"}})
        if (auto r = call(gw, p->controller, QStringLiteral("oracle.set_manual_price"),
                          {{QStringLiteral("pair"), QLatin1String(pair)}, {QStringLiteral("rate"), QLatin1String(rate)}, {QStringLiteral("reason"), QStringLiteral("bench")}});
            !r)
            die(QStringLiteral("setup prices"), r.error());
    std::printf("Nexus Studio swap benchmark (%d complete swaps per run, %d cores)\n", n, QThread::idealThreadCount());

    // Four pairs of traders, funded in both assets.
    QList<Principal> traders;
    for (int i = 0; i < 8; ++i) {
        traders << benchPrincipal(i + 1);
        if (auto r = call(gw, p->controller, QStringLiteral("users.create"),
                          {{QStringLiteral("principal"), traders.last().toText()}, {QStringLiteral("name"), QStringLiteral("trader %1").arg(i)}});
            !r)
            die(QStringLiteral("setup"), r.error());
        for (const auto &[asset, amount] : {std::pair{"ICP", "100000000000000"}, std::pair{"ckBTC", "100000000000"}})
            if (auto m = call(gw, p->controller, QStringLiteral("ledger.mint"),
                              {{QStringLiteral("asset"), QLatin1String(asset)}, {QStringLiteral("to"), traders.last().toText()}, {QStringLiteral("amount"), QLatin1String(amount)}});
                !m)
                die(QStringLiteral("setup mint"), m.error());
    }

    // 1. One pair, each call waiting for the previous answer.
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        if (!completeSwap(gw, traders[0], traders[1], i))
            return 1;
    const double sequential = n / (t.nsecsElapsed() / 1e9);
    bench::figure("complete swaps/s (4 audited calls each), sequential", sequential, "swaps/s");
    bench::figure("  = audited swap calls/s", sequential * 4, "calls/s");

    // 2. Four pairs at once (the writer thread serialises their calls).
    std::atomic<int> failures{0};
    t.restart();
    std::vector<std::thread> pool;
    for (int pair = 0; pair < 4; ++pair)
        pool.emplace_back([&, pair] {
            for (int i = 0; i < n / 4; ++i)
                if (!completeSwap(gw, traders[2 * pair], traders[2 * pair + 1], 100000 * (pair + 1) + i))
                    ++failures;
        });
    for (auto &th : pool)
        th.join();
    if (failures > 0)
        die(QStringLiteral("concurrent swaps"), Error::make(ErrorCode::Internal, QStringLiteral("%1 failed").arg(failures.load())));
    bench::figure("complete swaps/s, 4 pairs concurrently", (n / 4 * 4) / (t.nsecsElapsed() / 1e9), "swaps/s");

    // 3. The expiry job on a backlog: swaps initiated and participated, then 49 hours later refunded.
    const int backlog = n / 2;
    const qint64 start = nowNs();
    for (int i = 0; i < backlog; ++i) {
        const SwapSecret sec = SwapSecret::fromSecret(QByteArray(24, '\x44') + QByteArray::number(i).rightJustified(8, '0'));
        auto r = call(gw, traders[2], QStringLiteral("swaps.initiate"), terms(traders[3], sec), start);
        if (!r)
            die(QStringLiteral("backlog"), r.error());
        if (auto s = call(gw, traders[3], QStringLiteral("swaps.participate"), {{QStringLiteral("id"), r->toObject().value(QStringLiteral("id")).toInteger()}}, start); !s)
            die(QStringLiteral("backlog"), s.error());
    }
    t.restart();
    int refunded = 0;
    for (;;) {
        auto r = call(gw, traders[0], QStringLiteral("swaps.process_expired"), {{QStringLiteral("limit"), 200}}, start + 49 * 3600 * 1000000000LL);
        if (!r)
            die(QStringLiteral("process_expired"), r.error());
        refunded += r->toObject().value(QStringLiteral("refunded_legs")).toInt();
        if (r->toObject().value(QStringLiteral("remaining")).toInt() == 0)
            break;
    }
    bench::figure("expiry job: legs refunded/s (batches of 200 swaps)", refunded / (t.nsecsElapsed() / 1e9), "legs/s");
    return refunded == 2 * backlog ? 0 : 1;
}
