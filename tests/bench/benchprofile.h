#pragma once
// A throwaway profile with a controller, for benchmarks.

#include "backend.h"

#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace nexus::bench {

struct Profile {
    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    Principal controller;
};

inline std::unique_ptr<Profile> makeProfile()
{
    auto p = std::make_unique<Profile>();
    if (qEnvironmentVariableIsSet("NEXUS_BENCH_KEEP")) { // keep the profile to inspect or re-measure
        p->dir.setAutoRemove(false);
        std::fprintf(stderr, "profile kept in %s\n", qPrintable(p->dir.path()));
    }
    auto b = Backend::open(p->dir.path(), true);
    if (!b) {
        std::fprintf(stderr, "cannot open profile: %s\n", qPrintable(b.error().message));
        std::exit(1);
    }
    p->backend = std::move(b).value();
    auto c = p->backend->initProfile(QStringLiteral("bench"), QStringLiteral("bench-passphrase"));
    if (!c) {
        std::fprintf(stderr, "cannot init profile: %s\n", qPrintable(c.error().message));
        std::exit(1);
    }
    p->controller = *c;
    return p;
}

inline void die(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    std::exit(1);
}

// A principal for small n, shaped like a real user's (29 bytes, self-authenticating class byte);
// `fill` keeps different benchmarks' principals apart.
inline Principal principal(int n, char fill)
{
    QByteArray raw(28, fill);
    raw[0] = char(n & 0xff);
    raw[1] = char((n >> 8) & 0xff);
    raw[2] = char((n >> 16) & 0xff);
    raw.append('\x02');
    return Principal::fromBytes(raw).value();
}

inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// A call rate limited like a real client's (benchmarks raise the limits first).
inline Result<QJsonValue> call(Gateway &gw, const Principal &as, const QString &method, const QJsonObject &args, qint64 timeNs = 0)
{
    CallContext ctx;
    ctx.caller = as;
    ctx.origin = Origin::Cli;
    ctx.timeNs = timeNs;
    return gw.callBlocking(ctx, method, args);
}

// Lifts every rate-limit class far above what a benchmark sends, so limits never stop a run.
inline void raiseRateLimits(Gateway &gw, const Principal &controller)
{
    for (const char *cls : {"write", "admin", "read"})
        if (auto r = call(gw, controller, QStringLiteral("system.config_set"),
                          {{QStringLiteral("key"), QStringLiteral("ratelimit.%1").arg(QLatin1String(cls))},
                           {QStringLiteral("value"), QJsonObject{{QStringLiteral("capacity"), 1e6}, {QStringLiteral("per_second"), 1e6}}}});
            !r)
            die(QStringLiteral("setup"), r.error());
}

inline void figure(const char *name, double value, const char *unit, const char *target = nullptr)
{
    std::printf("%-58s %14.1f %-10s%s%s\n", name, value, unit, target ? "  target " : "", target ? target : "");
    std::fflush(stdout);
}

} // namespace nexus::bench
