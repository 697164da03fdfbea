#pragma once
// The ICRC-7 / ICRC-37 rules of a collection: mint, transfer, approve (token and collection),
// revoke, transfer_from, each checked and recorded as one block inside the caller's transaction.
// Batch items are independent (icrc7:atomic_batch_transfers = false): each one is checked before
// anything is written, so a refused item leaves nothing behind and the others still land.

#include "nfterror.h"
#include "nftstore.h"

#include <optional>

namespace nexus {

// What one batch item did: the block it added, or why it was refused.
struct ItemOutcome {
    std::optional<qint64> block;
    std::optional<NftItemError> error;
    static ItemOutcome ok(qint64 index) { return {index, std::nullopt}; }
    static ItemOutcome refused(NftItemError e) { return {std::nullopt, std::move(e)}; }
};

// The fields an ICRC-7 / ICRC-37 update item may carry besides its token and accounts.
struct ItemCommon {
    std::optional<QByteArray> memo;
    std::optional<quint64> createdAtTime;
};

class NftOps
{
public:
    NftOps(QSqlDatabase &db, qint64 nowNs) : m_store(db), m_now(nowNs) {}
    NftStore &store() { return m_store; }
    qint64 now() const { return m_now; }

    // Mints `tokenId` (next free id when absent) to `to`; refusals are Errors (mint is all or nothing).
    Result<TokenRow> mint(CollectionRow &c, const Account &minter, const Account &to, std::optional<qint64> tokenId,
                          const Value &meta, const ItemCommon &common);
    ItemOutcome transfer(CollectionRow &c, const Account &from, const Account &to, qint64 tokenId, const ItemCommon &common);
    ItemOutcome transferFrom(CollectionRow &c, const Account &spender, const Account &from, const Account &to, qint64 tokenId,
                             const ItemCommon &common);
    ItemOutcome approveToken(CollectionRow &c, const Account &owner, qint64 tokenId, const Account &spender,
                             std::optional<qint64> expiresAt, const ItemCommon &common);
    ItemOutcome approveCollection(CollectionRow &c, const Account &owner, const Account &spender, std::optional<qint64> expiresAt,
                                  const ItemCommon &common);
    ItemOutcome revokeToken(CollectionRow &c, const Account &owner, qint64 tokenId, const std::optional<Account> &spender,
                            const ItemCommon &common);
    ItemOutcome revokeCollection(CollectionRow &c, const Account &owner, const std::optional<Account> &spender, const ItemCommon &common);

    // The marketplace's own move of a listed (locked) token to its buyer: a 37xfer block with the
    // marketplace as spender; the listing is the seller's authorisation. Releases the lock.
    Result<qint64> settleListed(CollectionRow &c, const TokenRow &t, const Account &spender, const Account &to,
                                const std::optional<QByteArray> &memo);

    // Is `spender` allowed to move the token out of `owner` (a live token or collection approval)?
    Result<bool> isApproved(qint64 collection, const TokenRow &t, const Account &spender);

    // Storage failures inside an item abort the whole call; the gateway then rolls everything back.
    const std::optional<Error> &failure() const { return m_failure; }

private:
    // Records a block built by an item (phash, dedup row, collection totals). Storage errors land
    // in m_failure and the item reports GenericError.
    ItemOutcome commit(CollectionRow &c, NftBlock &b);
    // Time window and duplicate check of an item with created_at_time.
    std::optional<NftItemError> checkDedup(const CollectionRow &c, const NftBlock &b);
    ItemOutcome fail(const Error &e);
    ItemOutcome moveToken(CollectionRow &c, NftBlock &b, const TokenRow &t);

    NftStore m_store;
    qint64 m_now;
    std::optional<Error> m_failure;
};

} // namespace nexus
