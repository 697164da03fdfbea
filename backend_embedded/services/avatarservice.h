#pragma once
// Avatars (avatars.*, after the Virtual Nexus avatar canister: register with a name of at most
// 32 characters, metadata, one per owner; its errors map to ours: Unauthorized is the gateway's
// PermissionDenied for unregistered callers, and AlreadyExists, InvalidName (InvalidArgument)
// and NotFound name the canister's variant in their messages) and VR sessions in stored worlds (sessions.*: create, join,
// leave, end, participants, state).

namespace nexus {

class Gateway;

void registerAvatarMethods(Gateway &gw);

} // namespace nexus
