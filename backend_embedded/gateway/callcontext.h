#pragma once
// Who is calling, from where, and when. Every gateway call carries one.

#include "principal.h"

#include <QString>

namespace nexus {

enum class Origin { Gui, Cli, Http, Sync, Seed, Test };

struct CallContext {
    Principal caller;
    Origin origin = Origin::Gui;
    qint64 timeNs = 0;        // 0: the gateway stamps the current time
    QString idempotencyKey;   // created_at_time + memo style key, used by later services

    // Seeding runs a scripted batch locally; it is audited like any call but not rate limited.
    bool rateLimited() const { return origin != Origin::Seed; }
};

qint64 nowNs();

} // namespace nexus
