#pragma once
// ICRC-3 blocks of the ledger: one Value map per transaction (btype 1xfer, 1mint, 1burn, 2approve,
// 2xfer) linked by phash, and the dedup hash of a transaction. Chains are checked by ledgerchain.h.

#include "account.h"
#include "result.h"
#include "value.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nexus {

enum class BlockType { Transfer, Mint, Burn, Approve, TransferFrom };

QString blockTypeName(BlockType t);                              // "1xfer", "1mint", "1burn", "2approve", "2xfer"
std::optional<BlockType> blockTypeFromName(const QString &name);

// One block as the ledger records it. Block layout (ICRC-3 standard block schemas):
//   { btype: Text, ts: Nat (ledger time, ns), phash: Blob (absent for block 0),
//     fee: Nat (the fee charged, when the caller did not name it in tx.fee),
//     tx: { amt: Nat, from / to / spender: Array[Blob owner, Blob subaccount (absent when default)],
//           memo: Blob, ts: Nat (created_at_time), fee: Nat, expected_allowance: Nat, expires_at: Nat } }
// Optional tx fields are absent, not null, when unset.
struct LedgerBlock {
    BlockType type = BlockType::Transfer;
    qint64 tsNs = 0;
    std::optional<Account> from;     // Transfer, Burn, Approve (owner), TransferFrom
    std::optional<Account> to;       // Transfer, Mint, TransferFrom
    std::optional<Account> spender;  // Approve, TransferFrom (and a Burn made by a spender)
    Nat128 amount = 0;
    std::optional<Nat128> fee;       // the fee charged; none for mints and burns
    bool feeInTx = false;            // the caller named the fee: recorded as tx.fee, no top-level fee
    std::optional<QByteArray> memo;
    std::optional<quint64> createdAtTime;
    std::optional<Nat128> expectedAllowance;
    std::optional<quint64> expiresAt;
    QByteArray phash;                // hash of the previous block; empty for block 0

    Value txValue() const;
    Value toValue() const;
    QByteArray hash() const; // == toValue().hash(), computed without building the Value
    // Deduplication key: hash of {btype, tx}. tx holds everything the caller sent (caller-derived
    // accounts, amount, fee if named, memo, created_at_time), so equal requests give equal keys.
    QByteArray txHash() const;

    static Result<LedgerBlock> fromValue(const Value &v);
};

Value accountValue(const Account &a);
Result<Account> accountFromValue(const Value &v);

} // namespace nexus
