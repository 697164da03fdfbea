#include "nftops.h"

#include "ledgerrules.h"
#include "nftrules.h"

#include <algorithm>

namespace nexus {

using K = NftItemError::Kind;

namespace {

NftItemError unauthorized(const QString &msg) { return NftItemError::make(K::Unauthorized, msg); }
NftItemError noToken(qint64 id) { return NftItemError::make(K::NonExistingTokenId, QStringLiteral("There is no token %1 in this collection.").arg(id)); }

} // namespace

ItemOutcome NftOps::fail(const Error &e)
{
    if (!m_failure)
        m_failure = e;
    return ItemOutcome::refused(NftItemError::generic(0, e.message));
}

std::optional<NftItemError> NftOps::checkDedup(const CollectionRow &c, const NftBlock &b)
{
    if (!b.createdAtTime)
        return std::nullopt;
    if (auto e = ledger::checkCreatedAtTime(*b.createdAtTime, m_now))
        return NftItemError::fromTimeCheck(*e);
    auto dup = m_store.duplicateOf(c.id, *b.createdAtTime, b.txHash());
    if (!dup) {
        fail(dup.error());
        return NftItemError::generic(0, dup.error().message);
    }
    if (*dup)
        return NftItemError::make(K::Duplicate, QStringLiteral("The same transaction was already recorded as block %1.").arg(**dup),
                                  quint64(**dup));
    return std::nullopt;
}

ItemOutcome NftOps::commit(CollectionRow &c, NftBlock &b)
{
    b.tsNs = m_now;
    auto index = m_store.appendBlock(c, b);
    if (!index)
        return fail(index.error());
    if (b.createdAtTime) {
        // The hash of {btype, tx}: phash and ts are not part of it, so it can be taken now.
        if (auto st = m_store.recordTransaction(c.id, *b.createdAtTime, b.txHash(), *index); !st)
            return fail(st.error());
        if (*index % 256 == 0)
            if (auto st = m_store.forgetTransactionsBefore(m_now - ledger::kTxWindowNs - ledger::kPermittedDriftNs); !st)
                return fail(st.error());
    }
    if (auto st = m_store.saveCollection(c); !st)
        return fail(st.error());
    return ItemOutcome::ok(*index);
}

Result<TokenRow> NftOps::mint(CollectionRow &c, const Account &minter, const Account &to, std::optional<qint64> tokenId,
                              const Value &meta, const ItemCommon &common)
{
    if (c.supplyCap && c.totalSupply >= *c.supplyCap)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Collection \"%1\" has reached its supply cap of %2 tokens.").arg(c.slug).arg(*c.supplyCap),
                           QStringLiteral("No more tokens can be minted in this collection."));
    const qint64 id = tokenId.value_or(c.nextTokenId);
    if (id < 0 || id > nft::kMaxTokenId)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("token_id %1 is out of range (0 to 2^53).").arg(id));
    auto existing = m_store.token(c.id, id);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("Token %1 already exists in \"%2\".").arg(id).arg(c.slug),
                           QStringLiteral("Leave token_id out to take the next free id (%1).").arg(c.nextTokenId));
    TokenRow t;
    t.collection = c.id;
    t.tokenId = id;
    t.owner = to;
    t.metadata = meta;
    t.mintedNs = m_now;
    if (auto st = m_store.insertToken(t); !st)
        return st.error();
    c.totalSupply += 1;
    c.nextTokenId = std::max(c.nextTokenId, id + 1);
    NftBlock b;
    b.type = NftBlockType::Mint;
    b.tokenId = quint64(id);
    b.from = minter;
    b.to = to;
    b.meta = meta;
    b.memo = common.memo;
    b.createdAtTime = common.createdAtTime;
    if (auto out = commit(c, b); !out.block)
        return m_failure.value_or(Error::make(ErrorCode::Internal, out.error->message));
    return t;
}

ItemOutcome NftOps::moveToken(CollectionRow &c, NftBlock &b, const TokenRow &t)
{
    if (auto st = m_store.setOwner(c.id, t.tokenId, *b.to); !st)
        return fail(st.error());
    // ICRC-37: token approvals are given by an owner and end when the token leaves them.
    if (auto n = m_store.deleteTokenApprovals(c.id, t.tokenId, std::nullopt); !n)
        return fail(n.error());
    return commit(c, b);
}

ItemOutcome NftOps::transfer(CollectionRow &c, const Account &from, const Account &to, qint64 tokenId, const ItemCommon &common)
{
    NftBlock b;
    b.type = NftBlockType::Transfer;
    b.tokenId = quint64(tokenId);
    b.from = from;
    b.to = to;
    b.memo = common.memo;
    b.createdAtTime = common.createdAtTime;
    if (auto e = checkDedup(c, b))
        return ItemOutcome::refused(*e);
    auto t = m_store.token(c.id, tokenId);
    if (!t)
        return fail(t.error());
    if (!*t)
        return ItemOutcome::refused(noToken(tokenId));
    if (!((*t)->owner == from))
        return ItemOutcome::refused(unauthorized(QStringLiteral("Token %1 is not held by %2.").arg(tokenId).arg(from.toText())));
    if (to == from)
        return ItemOutcome::refused(NftItemError::make(K::InvalidRecipient, QStringLiteral("The token already belongs to %1.").arg(to.toText())));
    if ((*t)->lockedBy)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::Locked,
                                                          QStringLiteral("Token %1 is listed for sale (listing %2); cancel the listing first.")
                                                              .arg(tokenId).arg(*(*t)->lockedBy)));
    return moveToken(c, b, **t);
}

Result<qint64> NftOps::settleListed(CollectionRow &c, const TokenRow &t, const Account &spender, const Account &to,
                                    const std::optional<QByteArray> &memo)
{
    NftBlock b;
    b.type = NftBlockType::TransferFrom;
    b.tokenId = quint64(t.tokenId);
    b.spender = spender;
    b.from = t.owner;
    b.to = to;
    b.memo = memo;
    if (auto st = m_store.setLock(c.id, t.tokenId, std::nullopt); !st)
        return st.error();
    const ItemOutcome out = moveToken(c, b, t);
    if (!out.block)
        return m_failure.value_or(Error::make(ErrorCode::Internal, out.error->message));
    return *out.block;
}

Result<bool> NftOps::isApproved(qint64 collection, const TokenRow &t, const Account &spender)
{
    auto token = m_store.tokenApprovals(collection, t.tokenId, m_now, spender);
    if (!token)
        return token.error();
    if (!token->isEmpty())
        return true;
    auto coll = m_store.collectionApprovals(collection, t.owner, m_now, spender);
    if (!coll)
        return coll.error();
    return !coll->isEmpty();
}

ItemOutcome NftOps::transferFrom(CollectionRow &c, const Account &spender, const Account &from, const Account &to, qint64 tokenId,
                                 const ItemCommon &common)
{
    NftBlock b;
    b.type = NftBlockType::TransferFrom;
    b.tokenId = quint64(tokenId);
    b.spender = spender;
    b.from = from;
    b.to = to;
    b.memo = common.memo;
    b.createdAtTime = common.createdAtTime;
    if (auto e = checkDedup(c, b))
        return ItemOutcome::refused(*e);
    auto t = m_store.token(c.id, tokenId);
    if (!t)
        return fail(t.error());
    if (!*t)
        return ItemOutcome::refused(noToken(tokenId));
    if (!((*t)->owner == from))
        return ItemOutcome::refused(unauthorized(QStringLiteral("Token %1 is not held by %2.").arg(tokenId).arg(from.toText())));
    if (to == from)
        return ItemOutcome::refused(NftItemError::make(K::InvalidRecipient, QStringLiteral("The token already belongs to %1.").arg(to.toText())));
    auto approved = isApproved(c.id, **t, spender);
    if (!approved)
        return fail(approved.error());
    if (!*approved)
        return ItemOutcome::refused(unauthorized(QStringLiteral("%1 holds no live approval for token %2 (token or collection approval, "
                                                                "not expired).").arg(spender.toText()).arg(tokenId)));
    if ((*t)->lockedBy)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::Locked,
                                                          QStringLiteral("Token %1 is listed for sale (listing %2); it moves only through the listing.")
                                                              .arg(tokenId).arg(*(*t)->lockedBy)));
    return moveToken(c, b, **t);
}

ItemOutcome NftOps::approveToken(CollectionRow &c, const Account &owner, qint64 tokenId, const Account &spender,
                                 std::optional<qint64> expiresAt, const ItemCommon &common)
{
    NftBlock b;
    b.type = NftBlockType::Approve;
    b.tokenId = quint64(tokenId);
    b.from = owner;
    b.spender = spender;
    if (expiresAt)
        b.expiresAt = quint64(*expiresAt);
    b.memo = common.memo;
    b.createdAtTime = common.createdAtTime;
    if (auto e = checkDedup(c, b))
        return ItemOutcome::refused(*e);
    auto t = m_store.token(c.id, tokenId);
    if (!t)
        return fail(t.error());
    if (!*t)
        return ItemOutcome::refused(noToken(tokenId));
    if (!((*t)->owner == owner))
        return ItemOutcome::refused(unauthorized(QStringLiteral("Only the holder of token %1 can approve a spender for it.").arg(tokenId)));
    if (spender == owner)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::SelfApproval, QStringLiteral("An account cannot approve itself.")));
    if (expiresAt && *expiresAt < m_now)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::ExpiryInPast, QStringLiteral("expires_at lies in the past.")));
    auto live = m_store.tokenApprovals(c.id, tokenId, m_now);
    if (!live)
        return fail(live.error());
    const bool replaces = std::any_of(live->cbegin(), live->cend(), [&](const ApprovalRow &a) { return a.spender == spender; });
    if (!replaces && live->size() >= nft::kMaxApprovals)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::TooManyApprovals,
                                                          QStringLiteral("Token %1 already has %2 approvals; revoke one first.").arg(tokenId).arg(nft::kMaxApprovals)));
    ApprovalRow a;
    a.tokenId = tokenId;
    a.owner = owner;
    a.spender = spender;
    a.expiresAt = expiresAt;
    a.createdNs = m_now;
    if (auto st = m_store.putTokenApproval(c.id, a); !st)
        return fail(st.error());
    return commit(c, b);
}

ItemOutcome NftOps::approveCollection(CollectionRow &c, const Account &owner, const Account &spender, std::optional<qint64> expiresAt,
                                      const ItemCommon &common)
{
    NftBlock b;
    b.type = NftBlockType::ApproveCollection;
    b.from = owner;
    b.spender = spender;
    if (expiresAt)
        b.expiresAt = quint64(*expiresAt);
    b.memo = common.memo;
    b.createdAtTime = common.createdAtTime;
    if (auto e = checkDedup(c, b))
        return ItemOutcome::refused(*e);
    if (spender == owner)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::SelfApproval, QStringLiteral("An account cannot approve itself.")));
    if (expiresAt && *expiresAt < m_now)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::ExpiryInPast, QStringLiteral("expires_at lies in the past.")));
    auto live = m_store.collectionApprovals(c.id, owner, m_now);
    if (!live)
        return fail(live.error());
    const bool replaces = std::any_of(live->cbegin(), live->cend(), [&](const ApprovalRow &a) { return a.spender == spender; });
    if (!replaces && live->size() >= nft::kMaxApprovals)
        return ItemOutcome::refused(NftItemError::generic(NftItemError::TooManyApprovals,
                                                          QStringLiteral("You already have %1 collection approvals here; revoke one first.").arg(nft::kMaxApprovals)));
    ApprovalRow a;
    a.owner = owner;
    a.spender = spender;
    a.expiresAt = expiresAt;
    a.createdNs = m_now;
    if (auto st = m_store.putCollectionApproval(c.id, a); !st)
        return fail(st.error());
    return commit(c, b);
}

ItemOutcome NftOps::revokeToken(CollectionRow &c, const Account &owner, qint64 tokenId, const std::optional<Account> &spender,
                                const ItemCommon &common)
{
    NftBlock b;
    b.type = NftBlockType::Revoke;
    b.tokenId = quint64(tokenId);
    b.from = owner;
    b.spender = spender;
    b.memo = common.memo;
    b.createdAtTime = common.createdAtTime;
    if (auto e = checkDedup(c, b))
        return ItemOutcome::refused(*e);
    auto t = m_store.token(c.id, tokenId);
    if (!t)
        return fail(t.error());
    if (!*t)
        return ItemOutcome::refused(noToken(tokenId));
    if (!((*t)->owner == owner))
        return ItemOutcome::refused(unauthorized(QStringLiteral("Only the holder of token %1 can revoke its approvals.").arg(tokenId)));
    auto n = m_store.deleteTokenApprovals(c.id, tokenId, spender);
    if (!n)
        return fail(n.error());
    if (*n == 0)
        return ItemOutcome::refused(NftItemError::make(K::ApprovalDoesNotExist, spender ? QStringLiteral("%1 holds no approval for token %2.").arg(spender->toText()).arg(tokenId)
                                                                                        : QStringLiteral("Token %1 has no approvals.").arg(tokenId)));
    return commit(c, b);
}

ItemOutcome NftOps::revokeCollection(CollectionRow &c, const Account &owner, const std::optional<Account> &spender, const ItemCommon &common)
{
    NftBlock b;
    b.type = NftBlockType::RevokeCollection;
    b.from = owner;
    b.spender = spender;
    b.memo = common.memo;
    b.createdAtTime = common.createdAtTime;
    if (auto e = checkDedup(c, b))
        return ItemOutcome::refused(*e);
    auto n = m_store.deleteCollectionApprovals(c.id, owner, spender);
    if (!n)
        return fail(n.error());
    if (*n == 0)
        return ItemOutcome::refused(NftItemError::make(K::ApprovalDoesNotExist, spender ? QStringLiteral("%1 holds no collection approval from you.").arg(spender->toText())
                                                                                        : QStringLiteral("You have no collection approvals here.")));
    return commit(c, b);
}

} // namespace nexus
