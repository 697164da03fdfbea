#pragma once
// Fills a fresh profile with a deterministic demo dataset (fixed PRNG seed), entirely through
// the gateway, so every record is valid and audited. Later services add their own steps.

#include "result.h"

#include <QString>

#include <functional>

namespace nexus {

class Backend;

struct DemoOptions {
    quint64 seed = 20261122;
    qint64 anchorNs = 0;      // simulated clock start; 0: today (UTC midnight) minus 60 days
    int generatedUsers = 400; // besides the named identities
};

class DemoSeeder
{
public:
    // The passphrase that seals the demo identities' keys (shown in the UI and README).
    static QString passphrase() { return QStringLiteral("nexus-demo"); }
    static QString controllerName() { return QStringLiteral("ada"); }

    DemoSeeder(Backend &backend, DemoOptions options = {});

    // Blocking; call from a worker thread. `progress(done, total, stage)` is called from that thread.
    // Cancel by returning false from progress. Stops at the first unexpected error.
    Status run(const std::function<bool(int, int, const QString &)> &progress = {});

private:
    Backend &m_backend;
    DemoOptions m_options;
};

} // namespace nexus
