#pragma once
// The demo ledger: ICP, ckBTC and ckETH minted to the cast and the members, a few thousand
// transfers (memos, subaccounts), approvals and transfer_from, a fee change, burns, and the
// refusals a real ledger sees (InsufficientFunds, BadFee, Duplicate, InsufficientAllowance, ...).

#include "demoscript.h"
#include "prng.h"

namespace nexus {

constexpr int kLedgerSeedSteps = 5; // progress steps seedLedger reports

Status seedLedger(DemoScript &s, const DemoCast &cast, Prng &rng);

} // namespace nexus
