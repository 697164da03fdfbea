#pragma once
// The nft.* read methods (ICRC-7 queries, ICRC-37 approval queries, blocks, chain verification).

namespace nexus {
class Gateway;
namespace nftq {
void registerReads(Gateway &gw);
} // namespace nftq
} // namespace nexus
