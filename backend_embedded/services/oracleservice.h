#pragma once
// Price oracle (oracle.* methods): feeds with sources, 1-minute aggregation rounds, publication by
// deviation or heartbeat, a circuit breaker per feed, cross rates, conversions and history.

namespace nexus {
class Gateway;
void registerOracleMethods(Gateway &gateway);
} // namespace nexus
