#pragma once
// The worlds service (worlds.*, prefabs.*), after ImmersiVerse's prompt2world and prefab catalog:
// generate a world from a prompt (stored, audited), read and list stored worlds, see how a prompt
// is understood, and browse / search the prefab catalog.

namespace nexus {

class Gateway;

void registerWorldMethods(Gateway &gw);

} // namespace nexus
