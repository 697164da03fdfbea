#include "nftqueries.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "jsontext.h"
#include "ledgerargs.h"
#include "ledgerchain.h"
#include "methodtable.h"
#include "nftargs.h"
#include "nftrules.h"
#include "valuejson.h"

#include <QHash>
#include <QJsonArray>

namespace nexus::nftq {

namespace {

namespace na = nftargs;
namespace la = ledgerargs;
using svc::callTime;

const QString kCollection = QStringLiteral("collection");

int takeArg(const QJsonObject &args)
{
    return int(args.value(QStringLiteral("take")).toInteger(nft::kDefaultTake));
}
qint64 prevArg(const QJsonObject &args) { return args.value(QStringLiteral("prev")).toInteger(-1); }

Result<QJsonValue> collections(ExecContext &ctx, const QJsonObject &args)
{
    std::optional<Principal> creator;
    if (args.contains(QStringLiteral("creator")))
        creator = Principal::fromText(args.value(QStringLiteral("creator")).toString()).value();
    NX_TRY(rows, NftStore(ctx.db).collections(creator, args.value(QStringLiteral("after")).toInteger(0),
                                              int(args.value(QStringLiteral("limit")).toInteger(100))));
    QJsonArray items;
    for (const CollectionRow &c : std::as_const(*rows)) {
        QJsonObject o = c.toJson();
        o.insert(QStringLiteral("id"), c.id);
        items.append(o);
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonValue> collectionMetadata(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    QJsonObject o = c->toJson();
    o.insert(QStringLiteral("icrc7_metadata"), c->icrc7Metadata().toJson());
    return o;
}

Result<QJsonValue> tokenMetadata(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    NX_TRY(ids, na::tokenIds(args));
    QJsonArray items;
    for (qint64 id : *ids) {
        NX_TRY(t, store.token(c->id, id));
        items.append(*t ? (*t)->metadata.toJson() : QJsonValue());
    }
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> ownerOf(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    NX_TRY(ids, na::tokenIds(args));
    QJsonArray items;
    for (qint64 id : *ids) {
        NX_TRY(t, store.token(c->id, id));
        items.append(*t ? QJsonValue((*t)->owner.toText()) : QJsonValue());
    }
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> balanceOf(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    const QJsonArray accounts = args.value(QStringLiteral("accounts")).toArray();
    QJsonArray items;
    for (const QJsonValue &v : accounts) {
        NX_TRY(a, la::account(QJsonObject{{QStringLiteral("accounts"), v}}, QStringLiteral("accounts")));
        NX_TRY(n, store.balanceOf(c->id, *a));
        items.append(*n);
    }
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> tokens(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    NX_TRY(ids, store.tokens(c->id, prevArg(args), takeArg(args)));
    QJsonArray items;
    for (qint64 id : *ids)
        items.append(id);
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> tokensOf(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    NX_TRY(owner, la::accountOrCaller(ctx, args, QStringLiteral("account")));
    NX_TRY(ids, store.tokensOf(c->id, *owner, prevArg(args), takeArg(args)));
    QJsonArray items;
    for (qint64 id : *ids)
        items.append(id);
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("account"), owner->toText()}, {QStringLiteral("items"), items}};
}

// ICRC-37 is_approved: may `spender` move token_id out of (its holder's principal, from_subaccount)?
Result<QJsonValue> isApproved(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    QJsonArray items;
    for (const QJsonValue &v : args.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        NX_TRY(id, na::tokenId(item));
        NX_TRY(spender, la::account(item, QStringLiteral("spender")));
        NX_TRY(t, ops.store().token(c->id, *id));
        bool approved = false;
        if (*t) {
            const QString subHex = item.value(QStringLiteral("from_subaccount")).toString();
            const QByteArray sub = subHex.isEmpty() ? QByteArray(32, '\0') : QByteArray::fromHex(subHex.rightJustified(64, QLatin1Char('0')).toLatin1());
            if ((*t)->owner.subaccount() == sub) {
                NX_TRY(ok, ops.isApproved(c->id, **t, *spender));
                approved = *ok;
            }
        }
        items.append(approved);
    }
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> tokenApprovals(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    NX_TRY(id, na::tokenId(args));
    NX_TRY(rows, store.tokenApprovals(c->id, *id, callTime(ctx)));
    QJsonArray items;
    for (const ApprovalRow &a : std::as_const(*rows))
        items.append(a.toJson());
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("token_id"), *id}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> collectionApprovals(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    NX_TRY(owner, la::accountOrCaller(ctx, args, QStringLiteral("account")));
    NX_TRY(rows, store.collectionApprovals(c->id, *owner, callTime(ctx)));
    QJsonArray items;
    for (const ApprovalRow &a : std::as_const(*rows))
        items.append(a.toJson());
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("account"), owner->toText()}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> getBlocks(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    NX_TRY(c, na::collection(store, args));
    NX_TRY(rows, store.blocks(c->id, args.value(QStringLiteral("start")).toInteger(), args.value(QStringLiteral("length")).toInteger()));
    QJsonArray blocks;
    for (const StoredNftBlock &b : std::as_const(*rows))
        blocks.append(QJsonObject{{QStringLiteral("id"), b.index}, {QStringLiteral("block"), jsonFromText(b.valueJson).value()}});
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("log_length"), c->blocks}, {QStringLiteral("blocks"), blocks}};
}

// Checks one collection's chain (phash links, recorded hashes) and replays the owners it records
// against the token table.
Result<QJsonObject> verifyCollection(NftStore &store, const CollectionRow &c)
{
    ChainVerifier chain;
    QHash<qint64, Account> owners;
    QString damage;
    qint64 damagedAt = -1;
    auto st = store.forEachBlock(c.id, [&](const StoredNftBlock &b) {
        auto json = jsonFromText(b.valueJson);
        auto value = json ? valueFromJson(*json) : Result<Value>(json.error());
        auto summary = value ? summariseNftBlock(*value) : Result<NftBlockSummary>(value.error());
        if (!summary) {
            damage = QStringLiteral("block %1: %2").arg(b.index).arg(summary.error().message);
            damagedAt = b.index;
            return false;
        }
        if (!chain.addHashed(b.index, summary->phash, value->hash(), b.hash))
            return false;
        if (summary->to && summary->tokenId)
            owners.insert(qint64(*summary->tokenId), *summary->to);
        return true;
    });
    if (!st)
        return st.error();
    ChainReport r = chain.report();
    if (!damage.isEmpty()) {
        r.ok = false;
        r.firstBad = damagedAt;
        r.reason = damage;
    }
    if (r.ok && (chain.report().checked != c.blocks || r.tipHash != c.tipHash)) {
        r.ok = false;
        r.reason = QStringLiteral("the collection records %1 blocks and another tip than its chain holds").arg(c.blocks);
    }
    if (r.ok) {
        // Every token the chain created is where the chain says, and nothing else exists.
        qint64 prev = -1, seen = 0;
        for (;;) {
            NX_TRY(ids, store.tokens(c.id, prev, 1000));
            for (qint64 id : *ids) {
                NX_TRY(t, store.token(c.id, id));
                if (!owners.contains(id) || !(owners.value(id) == (*t)->owner)) {
                    r.ok = false;
                    r.reason = QStringLiteral("token %1's holder is not the one its blocks record").arg(id);
                    break;
                }
                ++seen;
                prev = id;
            }
            if (!r.ok || ids->size() < 1000)
                break;
        }
        if (r.ok && seen != owners.size()) {
            r.ok = false;
            r.reason = QStringLiteral("the chain mints %1 tokens but %2 exist").arg(owners.size()).arg(seen);
        }
    }
    QJsonObject o{{kCollection, c.slug}, {QStringLiteral("ok"), r.ok}, {QStringLiteral("checked"), r.checked},
                  {QStringLiteral("log_length"), c.blocks}, {QStringLiteral("tip_hash"), QString::fromLatin1(c.tipHash.toHex())}};
    if (!r.ok) {
        o.insert(QStringLiteral("first_bad_block"), r.firstBad);
        o.insert(QStringLiteral("reason"), r.reason);
    }
    return o;
}

Result<QJsonValue> verifyChain(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    QList<CollectionRow> targets;
    if (args.contains(kCollection)) {
        NX_TRY(c, na::collection(store, args));
        targets << *c;
    } else {
        qint64 after = 0;
        for (;;) {
            NX_TRY(page, store.collections(std::nullopt, after, 500));
            targets << *page;
            if (page->size() < 500)
                break;
            after = page->last().id;
        }
    }
    QJsonArray items;
    bool ok = true;
    for (const CollectionRow &c : std::as_const(targets)) {
        NX_TRY(o, verifyCollection(store, c));
        ok = ok && o->value(QStringLiteral("ok")).toBool();
        items.append(*o);
    }
    return QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("items"), items}};
}

} // namespace

void registerReads(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject coll = string(2, 32);
    const QJsonObject acct = string(1, 200);
    const QJsonObject tid = integer(0, nft::kMaxTokenId);
    const QJsonObject ids = arrayOf(tid, nft::kMaxQueryBatch);
    const QJsonObject prev = integer(0, nft::kMaxTokenId);
    const QJsonObject take = integer(1, nft::kMaxTake);
    const QString C = kCollection;
    auto read = [&](const char *name, const char *summary, QJsonObject schema, MethodHandler h) {
        gw.registerMethod(makeMethod(QString::fromLatin1(name), QString::fromUtf8(summary), std::move(schema), std::move(h), false, Role::Guest));
    };
    read("nft.collections", "NFT collections, oldest first (optionally one creator's), keyset paged by id",
         object({{QStringLiteral("creator"), principal()}, {QStringLiteral("after"), integer(0, 1LL << 53)}, {QStringLiteral("limit"), integer(1, 500)}}),
         collections);
    read("nft.collection_metadata", "ICRC-7 collection metadata: symbol, name, supply, cap, limits and extra Values",
         object({{C, coll}}, {C}), collectionMetadata);
    read("nft.token_metadata", "ICRC-7 token metadata (a Value Map) per token id; null for unknown ids",
         object({{C, coll}, {QStringLiteral("token_ids"), ids}}, {C, QStringLiteral("token_ids")}), tokenMetadata);
    read("nft.owner_of", "ICRC-7 owner_of: the holding account per token id; null for unknown ids",
         object({{C, coll}, {QStringLiteral("token_ids"), ids}}, {C, QStringLiteral("token_ids")}), ownerOf);
    read("nft.balance_of", "ICRC-7 balance_of: how many tokens each account holds",
         object({{C, coll}, {QStringLiteral("accounts"), arrayOf(acct, nft::kMaxQueryBatch)}}, {C, QStringLiteral("accounts")}), balanceOf);
    read("nft.tokens", "ICRC-7 tokens: token ids after prev, ascending, at most take",
         object({{C, coll}, {QStringLiteral("prev"), prev}, {QStringLiteral("take"), take}}, {C}), tokens);
    read("nft.tokens_of", "ICRC-7 tokens_of: an account's token ids after prev (default: your account)",
         object({{C, coll}, {QStringLiteral("account"), acct}, {QStringLiteral("subaccount"), string(1, 64)}, {QStringLiteral("prev"), prev},
                 {QStringLiteral("take"), take}}, {C}),
         tokensOf);
    read("nft.is_approved", "ICRC-37 is_approved: may each spender move the token out of its holder's from_subaccount?",
         object({{C, coll},
                 {QStringLiteral("items"), arrayOf(object({{QStringLiteral("spender"), acct}, {QStringLiteral("from_subaccount"), string(1, 64)},
                                                           {QStringLiteral("token_id"), tid}},
                                                          {QStringLiteral("spender"), QStringLiteral("token_id")}),
                                                   nft::kMaxQueryBatch)}},
                {C, QStringLiteral("items")}),
         isApproved);
    read("nft.get_token_approvals", "ICRC-37: live (unexpired) approvals on a token",
         object({{C, coll}, {QStringLiteral("token_id"), tid}}, {C, QStringLiteral("token_id")}), tokenApprovals);
    read("nft.get_collection_approvals", "ICRC-37: live collection approvals an account gave (default: yours)",
         object({{C, coll}, {QStringLiteral("account"), acct}, {QStringLiteral("subaccount"), string(1, 64)}}, {C}), collectionApprovals);
    read("nft.get_blocks", "ICRC-3 blocks [start, start + length) of a collection's chain",
         object({{C, coll}, {QStringLiteral("start"), integer(0, 1LL << 53)}, {QStringLiteral("length"), integer(0, 1000)}},
                {C, QStringLiteral("start"), QStringLiteral("length")}),
         getBlocks);
    gw.registerMethod(makeMethod(QStringLiteral("nft.verify_chain"),
                                 QStringLiteral("Check each collection's block chain and replay its owners against the tokens"),
                                 object({{C, coll}}), verifyChain, false, Role::User));
}

} // namespace nexus::nftq
