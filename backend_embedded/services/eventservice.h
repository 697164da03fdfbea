#pragma once
// The events service (events.*), after Cosmic Loop: events with capacity, dates and status
// (draft / active / completed / cancelled), registration that mints a ticket, signed attendance
// passes and one check-in per ticket.

namespace nexus {

class Gateway;

void registerEventMethods(Gateway &gw);

} // namespace nexus
