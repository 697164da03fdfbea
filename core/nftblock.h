#pragma once
// ICRC-3 blocks of an NFT collection (ICRC-7 and ICRC-37 block schemas), one chain per collection
// linked by phash like the ledger's: 7mint, 7xfer, 37approve, 37approve_coll, 37revoke,
// 37revoke_coll, 37xfer.

#include "account.h"
#include "value.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nexus {

enum class NftBlockType { Mint, Transfer, Approve, ApproveCollection, Revoke, RevokeCollection, TransferFrom };

QString nftBlockTypeName(NftBlockType t); // "7mint", "7xfer", "37approve", ...
std::optional<NftBlockType> nftBlockTypeFromName(const QString &name);

// Block layout: { btype: Text, ts: Nat (ns), phash: Blob (absent for block 0),
//   tx: { tid: Nat, from / to / spender: Array[Blob owner, Blob subaccount (absent when default)],
//         meta: Value (7mint: the token's metadata), exp: Nat (approval expiry, ns),
//         memo: Blob, ts: Nat (created_at_time) } }
// Fields that do not apply or were not given are absent.
struct NftBlock {
    NftBlockType type = NftBlockType::Transfer;
    qint64 tsNs = 0;
    std::optional<quint64> tokenId;
    std::optional<Account> from;
    std::optional<Account> to;
    std::optional<Account> spender;
    std::optional<Value> meta;
    std::optional<quint64> expiresAt;
    std::optional<QByteArray> memo;
    std::optional<quint64> createdAtTime;
    QByteArray phash;

    Value txValue() const;
    Value toValue() const;
    QByteArray hash() const { return toValue().hash(); }
    // Deduplication key: hash of {btype, tx} (everything the caller sent, created_at_time included).
    QByteArray txHash() const;
};

// The parts of a stored block Value that ownership depends on (chain verification replays them).
struct NftBlockSummary {
    NftBlockType type = NftBlockType::Transfer;
    std::optional<quint64> tokenId;
    std::optional<Account> to;
    QByteArray phash;
};
Result<NftBlockSummary> summariseNftBlock(const Value &block);

} // namespace nexus
