#pragma once
// SQL of the NFT tables (resources/migrations/0007_marketplace.sql): collections, tokens, ICRC-37
// approvals, the per-collection block chains and the dedup index. No rules here: see nftops.h.

#include "account.h"
#include "nftblock.h"
#include "result.h"
#include "storage/database.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace nexus {

struct CollectionRow {
    qint64 id = 0;
    QString slug;
    QString symbol;
    QString name;
    QString description;
    QString logo;
    Principal creator;
    std::optional<qint64> supplyCap;
    qint64 totalSupply = 0;
    qint64 nextTokenId = 1;
    Value metadata = Value::map({}); // extra collection metadata (a Map)
    qint64 blocks = 0;               // chain length = next block index
    QByteArray tipHash;
    qint64 createdNs = 0;

    // ICRC-7 collection metadata: icrc7:symbol, icrc7:name, ..., the limits, then `metadata`.
    Value icrc7Metadata() const;
    QJsonObject toJson() const;
};

struct TokenRow {
    qint64 collection = 0;
    qint64 tokenId = 0;
    Account owner;
    Value metadata = Value::map({});
    qint64 mintedNs = 0;
    std::optional<qint64> lockedBy; // the active listing holding the token
};

struct ApprovalRow {
    Account owner;                  // collection approvals: whose tokens
    qint64 tokenId = -1;            // token approvals: which token (-1 for collection approvals)
    Account spender;
    std::optional<qint64> expiresAt;
    qint64 createdNs = 0;
    QJsonObject toJson() const;
};

struct StoredNftBlock {
    qint64 index = 0;
    QString valueJson;   // the block Value as tagged JSON
    QByteArray hash;     // the hash recorded when it was appended
};

class NftStore
{
public:
    explicit NftStore(QSqlDatabase &db) : m_db(db) {}

    Result<CollectionRow> collection(const QString &slug); // NotFound with a hint
    Result<CollectionRow> collectionById(qint64 id);
    Result<QList<CollectionRow>> collections(const std::optional<Principal> &creator, qint64 afterId, int limit);
    Result<qint64> insertCollection(const CollectionRow &c);
    // total_supply, next_token_id, blocks and tip_hash.
    Status saveCollection(const CollectionRow &c);

    Result<std::optional<TokenRow>> token(qint64 collection, qint64 tokenId);
    Status insertToken(const TokenRow &t);
    Status setOwner(qint64 collection, qint64 tokenId, const Account &owner);
    Status setLock(qint64 collection, qint64 tokenId, std::optional<qint64> listingId);
    // Token ids after `prev` in order, of the whole collection or of one account.
    Result<QList<qint64>> tokens(qint64 collection, qint64 prev, int take);
    Result<QList<qint64>> tokensOf(qint64 collection, const Account &owner, qint64 prev, int take);
    Result<qint64> balanceOf(qint64 collection, const Account &owner);

    // Approvals that have not expired at `nowNs`.
    Result<QList<ApprovalRow>> tokenApprovals(qint64 collection, qint64 tokenId, qint64 nowNs,
                                              const std::optional<Account> &spender = std::nullopt);
    Result<QList<ApprovalRow>> collectionApprovals(qint64 collection, const Account &owner, qint64 nowNs,
                                                   const std::optional<Account> &spender = std::nullopt);
    Status putTokenApproval(qint64 collection, const ApprovalRow &a);
    Status putCollectionApproval(qint64 collection, const ApprovalRow &a);
    // Removes one spender's approval, or all when `spender` is empty; returns how many went.
    Result<int> deleteTokenApprovals(qint64 collection, qint64 tokenId, const std::optional<Account> &spender);
    Result<int> deleteCollectionApprovals(qint64 collection, const Account &owner, const std::optional<Account> &spender);

    // ICRC-7 deduplication (same window as the ledger's).
    Result<std::optional<qint64>> duplicateOf(qint64 collection, quint64 createdAtNs, const QByteArray &txHash);
    Status recordTransaction(qint64 collection, quint64 createdAtNs, const QByteArray &txHash, qint64 index);
    Status forgetTransactionsBefore(qint64 createdAtNs);

    // Links the block to the collection's tip (phash), appends it and advances c.blocks and
    // c.tipHash. Returns the block's index. The caller saves the collection afterwards.
    Result<qint64> appendBlock(CollectionRow &c, NftBlock &b);
    Result<QList<StoredNftBlock>> blocks(qint64 collection, qint64 start, qint64 length);
    Status forEachBlock(qint64 collection, const std::function<bool(const StoredNftBlock &)> &fn);

private:
    QSqlDatabase &m_db;
};

} // namespace nexus
