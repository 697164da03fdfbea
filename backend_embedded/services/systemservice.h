#pragma once
// System manager: versioned configuration, feature flags, maintenance mode, emergency stop,
// and the one-time bootstrap that makes the first identity the controller (system.* methods).

#include <QJsonObject>

namespace nexus {
class Gateway;
void registerSystemMethods(Gateway &gateway);
// Configuration every new profile starts with.
QJsonObject defaultConfig();
} // namespace nexus
