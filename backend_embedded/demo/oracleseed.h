#pragma once
// Demo stage: simulated exchanges for BTC/USD, ETH/USD and ICP/USD, 30 days of 1-minute rounds
// ending at the demo clock, then a few live hours with a flash crash (jump), an inconsistent round,
// a feed outage (stale) — each tripping its breaker — alerts, a manual price and admin resets.

#include "demoscript.h"
#include "prng.h"

namespace nexus {

// 30 days of 1-minute rounds up to the script's clock (further back when `coverFromNs` is earlier,
// so older ledger transactions have a price at their time), then about five live hours of
// incidents: `kOracleLiveSpanNs` after the clock it finds.
Status seedOracle(DemoScript &s, const DemoCast &cast, Prng &rng, qint64 coverFromNs = 0);
inline constexpr qint64 kOracleLiveSpanNs = 310LL * 60 * 1000000000;

} // namespace nexus
