#pragma once
// The HTLC atomic-swap service (swaps.*): hashlocked, timelocked contracts whose funds sit in
// ledger escrow accounts; redeem with the secret, refund after the timelock, an expiry job,
// M-of-N approvals above a value threshold, and disputes resolved by an admin (manage_swaps).

namespace nexus {

class Gateway;

void registerSwapMethods(Gateway &gw);

} // namespace nexus
