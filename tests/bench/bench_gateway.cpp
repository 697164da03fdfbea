// Audited gateway mutations per second: each call is caller lookup, system state, authorisation,
// rate limit, schema validation, one SQLite transaction with the change and its hash-chained audit entry.
#include "benchprofile.h"

#include "storage/dbthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <algorithm>
#include <thread>
#include <vector>

using namespace nexus;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;
    auto p = bench::makeProfile();
    Gateway &gw = p->backend->gateway();
    CallContext ctx;
    ctx.caller = p->controller;
    ctx.origin = Origin::Cli; // rate limits apply (raised so they do not stop the run)
    bench::raiseRateLimits(gw, p->controller);
    std::printf("Nexus Studio gateway benchmark (%d calls per run, %d cores)\n", n, QThread::idealThreadCount());

    // 1. One caller, one call after the other (the latency-bound case).
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        auto r = gw.callBlocking(ctx, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("bio %1").arg(i)}});
        if (!r) {
            std::fprintf(stderr, "call %d failed: %s\n", i, qPrintable(r.error().message));
            return 1;
        }
    }
    const double seq = n / (t.nsecsElapsed() / 1e9);
    bench::figure("audited mutations/s, sequential (users.update_profile)", seq, "calls/s", ">= 5000");

    // 2. Four callers at once: the writer thread serialises them, as with GUI + CLI + HTTP clients.
    const int threads = 4;
    t.restart();
    std::vector<std::thread> pool;
    std::atomic<int> failures{0};
    for (int th = 0; th < threads; ++th)
        pool.emplace_back([&, th] {
            for (int i = 0; i < n / threads; ++i) {
                auto r = gw.callBlocking(ctx, QStringLiteral("system.config_set"),
                                         {{QStringLiteral("key"), QStringLiteral("bench.k%1").arg(th)}, {QStringLiteral("value"), i}});
                if (!r)
                    ++failures;
            }
        });
    for (auto &th : pool)
        th.join();
    const double par = (n / threads * threads) / (t.nsecsElapsed() / 1e9);
    bench::figure("audited mutations/s, 4 concurrent callers (config_set)", par, "calls/s", ">= 5000");

    // 3. Reads through the same pipeline, for scale.
    t.restart();
    for (int i = 0; i < n; ++i)
        (void)gw.callBlocking(ctx, QStringLiteral("users.whoami"), {});
    bench::figure("gateway reads/s, sequential (users.whoami)", n / (t.nsecsElapsed() / 1e9), "calls/s");

    auto status = gw.callBlocking(ctx, QStringLiteral("system.status"), {});
    if (!status) {
        std::fprintf(stderr, "status failed: %s\n", qPrintable(status.error().message));
        return 1;
    }
    const qint64 entries = status->toObject().value(QStringLiteral("audit_entries")).toInteger();
    bench::figure("audit entries written", double(entries), "entries");
    if (failures > 0) {
        std::fprintf(stderr, "%d concurrent calls failed\n", failures.load());
        return 1;
    }
    return 0;
}
