#pragma once
// The multi-asset ICRC ledger service (ledger.*): ICRC-1 transfers and balances, ICRC-2 approvals,
// ICRC-3 blocks, mint and burn through each asset's minting account, fees (manage_fees).

namespace nexus {

class Gateway;

void registerLedgerMethods(Gateway &gw);

} // namespace nexus
