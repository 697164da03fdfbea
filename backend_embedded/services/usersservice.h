#pragma once
// Users and access: profiles, KYC, roles and specialised permissions (users.* methods).

namespace nexus {
class Gateway;
void registerUserMethods(Gateway &gateway);
} // namespace nexus
