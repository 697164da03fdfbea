#pragma once
// SQL of the ledger tables (resources/migrations/0003_ledger.sql), used inside the gateway's
// transaction for mutations and on a reader connection for queries. No rules here: see ledgerops.h.

#include "ledgerblock.h"
#include "result.h"
#include "storage/database.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace nexus {

struct AssetRow {
    QString symbol;
    QString name;
    int decimals = 0;
    Nat128 fee = 0;
    Nat128 minted = 0;
    Nat128 burned = 0;
    Nat128 feesBurned = 0;
    qint64 blocks = 0;   // chain length = next block index
    QByteArray tipHash;  // hash of the last block, empty before the first
    qint64 nextSeq = 1;  // global order of the next block (not stored: 1 + all assets' blocks)
    Nat128 totalSupply() const { return minted - burned - feesBurned; }
    QJsonObject toJson() const;
};

struct AllowanceRow {
    Nat128 amount = 0;
    std::optional<qint64> expiresAt;
    // What transfer_from may use at `nowNs`: an expired allowance counts as 0.
    Nat128 effective(qint64 nowNs) const { return expiresAt && *expiresAt < nowNs ? 0 : amount; }
};

// An account's number (none if the ledger has not seen it) and its balance in one asset.
struct PartyRow {
    std::optional<qint64> id;
    Nat128 balance = 0;
};

// A block ready to append, with the account numbers of its parties.
struct BlockWrite {
    LedgerBlock block;
    std::optional<qint64> fromId, toId, spenderId;
};

// A block as read back, with where it sits and the hash recorded for it.
struct StoredBlock {
    qint64 seq = 0;
    qint64 index = 0;
    LedgerBlock block;
    QByteArray hash;
    QString damage; // set when the row cannot even be read as a block (verification names it)
};

class LedgerStore
{
public:
    explicit LedgerStore(QSqlDatabase &db) : m_db(db) {}

    Result<AssetRow> asset(const QString &symbol);   // NotFound naming the known assets
    Result<QList<AssetRow>> assets();
    Status saveAssetTotals(const AssetRow &a);        // minted, burned, fees_burned, blocks, tip_hash
    Status setFee(const QString &symbol, Nat128 fee);

    // The account's number; with `create` a new account is numbered, otherwise nullopt if unknown.
    Result<std::optional<qint64>> accountId(const Account &a, bool create);
    // Number and balance in one statement (the hot path of every transaction).
    Result<PartyRow> party(const Account &a, const QString &asset, bool create);

    // (account, balance) pairs, 1 to 3 of them, in one statement.
    Status setBalances(const QString &asset, const QList<std::pair<qint64, Nat128>> &rows);

    Result<AllowanceRow> allowance(qint64 ownerId, const QString &asset, qint64 spenderId);
    // Stores the allowance; an amount of 0 removes the row.
    Status setAllowance(qint64 ownerId, const QString &asset, qint64 spenderId, const AllowanceRow &a, qint64 seq);

    // Records the dedup hash for block `index`; if an earlier transaction has it, nothing is
    // recorded and that block's index is returned.
    Result<std::optional<qint64>> claimTransaction(const QString &asset, quint64 createdAtNs, const QByteArray &txHash, qint64 index);
    Status forgetTransactionsBefore(qint64 createdAtNs);

    // Links the block to the asset's tip (phash), appends it, and advances a.blocks, a.tipHash and
    // a.nextSeq. Returns the block's seq. The caller saves the totals (saveAssetTotals) afterwards.
    Result<qint64> appendBlock(AssetRow &a, BlockWrite &w);
    // (account, balance after) pairs, 1 to 3 of them, in one statement.
    Status addEntries(qint64 seq, qint64 index, const AssetRow &a, BlockType type, qint64 tsNs,
                      const QList<std::pair<qint64, Nat128>> &rows);

    // Blocks [start, start + length) of an asset's chain, in index order.
    Result<QList<StoredBlock>> blocks(const QString &asset, qint64 start, qint64 length);
    // Every block of the asset in index order, in chunks; stops early when `fn` returns false.
    Status forEachBlock(const QString &asset, const std::function<bool(const StoredBlock &)> &fn);

private:
    QSqlDatabase &m_db;
};

} // namespace nexus
