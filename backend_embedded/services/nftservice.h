#pragma once
// The NFT collections service (nft.*): ICRC-7 collections and tokens with Value metadata, batch
// transfers with dedup and per-item results, ICRC-37 approvals with expiry and transfer_from, and
// one ICRC-3 block chain per collection.

namespace nexus {

class Gateway;

void registerNftMethods(Gateway &gw);

} // namespace nexus
