#pragma once
// The demo marketplace, all through the gateway: a fee schedule with volume tiers (chen holds
// manage_fees), five collections by the creators with a few hundred NFTs, a few hundred listings in
// ICP, ckBTC and ckETH, purchases by allowance and directly, price changes, cancels, views,
// moderation with reasons; then tickets and Cosmic Loop events in every state with registrations,
// signed attendance passes and check-ins (and the refusals a real marketplace sees).

#include "demoscript.h"
#include "prng.h"

namespace nexus {

constexpr int kMarketSeedSteps = 5; // progress steps seedMarket reports

Status seedMarket(DemoScript &s, const DemoCast &cast, Prng &rng);

} // namespace nexus
