#pragma once
// Demo stage: simulated exchanges for BTC/USD, ETH/USD and ICP/USD, 30 days of 1-minute rounds
// ending at the demo clock, then a few live hours with a flash crash (jump), an inconsistent round,
// a feed outage (stale) — each tripping its breaker — alerts, a manual price and admin resets.

#include "demoscript.h"
#include "prng.h"

namespace nexus {

Status seedOracle(DemoScript &s, const DemoCast &cast, Prng &rng);

} // namespace nexus
