#pragma once
// events.issue_pass, events.verify_pass and events.check_in (eventpasses.cpp).

namespace nexus {
class Gateway;
void registerPassMethods(Gateway &gw);
} // namespace nexus
