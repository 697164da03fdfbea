#pragma once
// The demo's worlds, through the gateway: creators generate worlds from prompts and publish them
// as experiences (public, unlisted, private), visitors register avatars and meet in VR sessions,
// and clients report telemetry hour by hour: over `kWorldSeedSpanNs` here, then in the background
// while the later stages run, so the experience browser and its telemetry view have a day of
// real activity to show, up to the end of seeding.

#include "demoscript.h"
#include "prng.h"

namespace nexus {

constexpr int kWorldSeedSteps = 2; // progress steps seedWorlds reports
// The simulated time the stage spans (its telemetry is reported hour by hour).
inline constexpr qint64 kWorldSeedSpanNs = 20LL * 3600 * 1000000000;

// `rng` must outlive `s` (the background telemetry draws on it).
Status seedWorlds(DemoScript &s, const DemoCast &cast, Prng &rng);

} // namespace nexus
