#pragma once
// The tickets service (tickets.*), after the Virtual Nexus tickets canister: mint a ticket for an
// event, token ids VRN-%08X, list by owner, transfer by the holder only, totals.

namespace nexus {

class Gateway;

void registerTicketMethods(Gateway &gw);

} // namespace nexus
