#pragma once
// A throwaway profile with a controller, for benchmarks.

#include "backend.h"

#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace nexus::bench {

struct Profile {
    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    Principal controller;
};

inline std::unique_ptr<Profile> makeProfile()
{
    auto p = std::make_unique<Profile>();
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

inline void figure(const char *name, double value, const char *unit, const char *target = nullptr)
{
    std::printf("%-58s %14.1f %-10s%s%s\n", name, value, unit, target ? "  target " : "", target ? target : "");
    std::fflush(stdout);
}

} // namespace nexus::bench
