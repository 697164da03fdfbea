#pragma once
// Experiences and telemetry, after ImmersiVerse's /publish and /telemetry routes:
// experiences.publish (a stored world with title, description, tags, visibility and a PNG
// thumbnail), get, and list / search (public ones, or your own); telemetry.ingest and
// ingest_batch (event_type, session, world, data; the user is the caller), and
// telemetry.summary (events per type per hour or day).

namespace nexus {

class Gateway;

void registerExperienceMethods(Gateway &gw);

} // namespace nexus
