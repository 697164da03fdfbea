#pragma once
// Wallet labels: the caller's own names for transactions and accounts, with BIP-329 style
// JSON Lines import and export (labels.* methods).

namespace nexus {
class Gateway;
void registerLabelMethods(Gateway &gateway);
} // namespace nexus
