#pragma once
// The demo's tickets and Cosmic Loop events, through the gateway: plain tickets minted and given
// away, events in every state (one full), registrations that mint tickets, attendance passes
// signed with the organisers' demo keys, check-ins, and a second check-in that is refused.

#include "demoscript.h"
#include "prng.h"

namespace nexus {

constexpr int kEventSeedSteps = 2; // progress steps seedEvents reports

Status seedEvents(DemoScript &s, const DemoCast &cast, Prng &rng);

} // namespace nexus
