#pragma once
// The demo swaps: a dozen HTLC swaps among the demo identities through the real gateway, one in
// every state — completed, refunded and settled by the expiry job, approved and pending high-value
// swaps, a rejection, a cancellation, disputes open and resolved, and live swaps waiting for each
// party — plus the refusals people run into (late timelock, wrong secret, double approval).

#include "demoscript.h"
#include "prng.h"

namespace nexus {

constexpr int kSwapSeedSteps = 2; // progress steps seedSwaps reports
// Demo time the swap stage spans (its timelocks have to pass: about 11 h, plus an hour of calls). On the
// real clock the stages before it start this much earlier, so the swaps end before "now".
inline constexpr qint64 kSwapSeedSpanNs = 14LL * 3600 * 1000000000;

// `liveUntilNs`: the demo's "today"; swaps meant to be open in the app keep their timelocks past it.
Status seedSwaps(DemoScript &s, const DemoCast &cast, Prng &rng, qint64 liveUntilNs);

} // namespace nexus
