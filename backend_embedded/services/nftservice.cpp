#include "nftservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "ledgerargs.h"
#include "methodtable.h"
#include "nftargs.h"
#include "nftqueries.h"
#include "nftrules.h"
#include "servicesupport.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNft, "nexus.nft", QtWarningMsg)

namespace nexus {

namespace {

namespace na = nftargs;
namespace la = ledgerargs;
using svc::callTime;

const QString kCollection = QStringLiteral("collection");
const QString kTokenId = QStringLiteral("token_id");

// One answer for a batch: per-item results in order, counts, a summary and change events.
class Batch
{
public:
    Batch(ExecContext &ctx, const CollectionRow &c, QString what) : m_ctx(ctx), m_slug(c.slug), m_what(std::move(what)) {}
    void add(const ItemOutcome &o, std::optional<qint64> tokenId = std::nullopt)
    {
        QJsonObject r;
        if (tokenId)
            r.insert(kTokenId, *tokenId);
        if (o.block) {
            r.insert(QStringLiteral("block_index"), *o.block);
            ++m_ok;
            if (tokenId)
                m_tokens << QString::number(*tokenId);
        } else {
            r.insert(QStringLiteral("error"), o.error->toJson());
            ++m_refused;
            if (!m_errors.contains(o.error->name()))
                m_errors << o.error->name();
        }
        m_results.append(r);
    }
    Result<QJsonValue> finish(const NftOps &ops)
    {
        if (ops.failure())
            return *ops.failure();
        m_ctx.summary = QStringLiteral("%1: %2 %3 ok").arg(m_slug).arg(m_ok).arg(m_what);
        if (m_refused > 0)
            m_ctx.summary += QStringLiteral(", %1 refused (%2)").arg(m_refused).arg(m_errors.join(QStringLiteral(", ")));
        if (m_ok > 0)
            m_ctx.changed(QStringLiteral("nft"), QStringList{m_slug} + m_tokens);
        return QJsonObject{{kCollection, m_slug}, {QStringLiteral("results"), m_results},
                           {QStringLiteral("ok"), m_ok}, {QStringLiteral("refused"), m_refused}};
    }

private:
    ExecContext &m_ctx;
    QString m_slug;
    QString m_what;
    QJsonArray m_results;
    QStringList m_tokens;
    QStringList m_errors;
    int m_ok = 0;
    int m_refused = 0;
};

Result<QJsonValue> createCollection(ExecContext &ctx, const QJsonObject &args)
{
    NftStore store(ctx.db);
    CollectionRow c;
    c.slug = args.value(kCollection).toString();
    if (auto st = nft::checkSlug(c.slug); !st)
        return st.error();
    c.name = args.value(QStringLiteral("name")).toString().trimmed();
    c.symbol = args.value(QStringLiteral("symbol")).toString().trimmed();
    if (c.name.isEmpty() || c.symbol.isEmpty())
        return svc::invalid(QStringLiteral("A collection needs a name and a symbol."));
    c.description = args.value(QStringLiteral("description")).toString();
    c.logo = args.value(QStringLiteral("logo")).toString();
    c.creator = ctx.call.caller;
    if (args.contains(QStringLiteral("supply_cap")))
        c.supplyCap = args.value(QStringLiteral("supply_cap")).toInteger();
    NX_TRY(meta, na::metadata(args));
    c.metadata = *meta;
    c.createdNs = callTime(ctx);
    if (auto existing = store.collection(c.slug))
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("There is already a collection \"%1\".").arg(c.slug),
                           QStringLiteral("Pick another handle."));
    NX_TRY(id, store.insertCollection(c));
    c.id = *id;
    ctx.summary = QStringLiteral("collection %1 \"%2\" (%3)%4").arg(c.slug, c.name, c.symbol,
                                                                    c.supplyCap ? QStringLiteral(", cap %1").arg(*c.supplyCap) : QString());
    ctx.changed(QStringLiteral("nft"), {c.slug});
    return c.toJson();
}

Result<QJsonValue> mint(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    if (!(c->creator == ctx.call.caller))
        return svc::denied(QStringLiteral("Only the creator of \"%1\" (%2) mints its tokens.").arg(c->slug, c->creator.toText()),
                           QStringLiteral("Act as the collection's creator, or create your own collection."));
    NX_TRY(items, na::items(args, QStringLiteral("tokens")));
    NX_TRY(common, na::common(args));
    QJsonArray minted;
    QStringList ids{c->slug};
    for (const QJsonObject &item : *items) {
        NX_TRY(to, la::accountOrCaller(ctx, item, QStringLiteral("to")));
        std::optional<qint64> wanted;
        if (item.contains(kTokenId)) {
            NX_TRY(id, na::tokenId(item));
            wanted = *id;
        }
        NX_TRY(meta, na::metadata(item));
        NX_TRY(t, ops.mint(*c, Account(ctx.call.caller), *to, wanted, *meta, *common));
        minted.append(QJsonObject{{kTokenId, t->tokenId}, {QStringLiteral("owner"), t->owner.toText()},
                                  {QStringLiteral("block_index"), c->blocks - 1}});
        ids << QString::number(t->tokenId);
    }
    ctx.summary = QStringLiteral("%1: minted %2 token(s), supply %3").arg(c->slug).arg(minted.size()).arg(c->totalSupply);
    ctx.changed(QStringLiteral("nft"), ids);
    return QJsonObject{{kCollection, c->slug}, {QStringLiteral("minted"), minted}, {QStringLiteral("total_supply"), c->totalSupply}};
}

Result<QJsonValue> transfer(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    NX_TRY(items, na::items(args, QStringLiteral("transfers")));
    Batch batch(ctx, *c, QStringLiteral("transfer(s)"));
    for (const QJsonObject &item : *items) {
        NX_TRY(id, na::tokenId(item));
        NX_TRY(from, la::callerAccount(ctx, item, QStringLiteral("from_subaccount")));
        NX_TRY(to, la::account(item, QStringLiteral("to")));
        NX_TRY(common, na::common(item));
        batch.add(ops.transfer(*c, *from, *to, *id, *common), *id);
    }
    return batch.finish(ops);
}

Result<QJsonValue> transferFrom(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    NX_TRY(items, na::items(args, QStringLiteral("transfers")));
    Batch batch(ctx, *c, QStringLiteral("transfer_from(s)"));
    for (const QJsonObject &item : *items) {
        NX_TRY(id, na::tokenId(item));
        NX_TRY(spender, la::callerAccount(ctx, item, QStringLiteral("spender_subaccount")));
        NX_TRY(from, la::account(item, QStringLiteral("from")));
        NX_TRY(to, la::account(item, QStringLiteral("to")));
        NX_TRY(common, na::common(item));
        batch.add(ops.transferFrom(*c, *spender, *from, *to, *id, *common), *id);
    }
    return batch.finish(ops);
}

Result<QJsonValue> approveTokens(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    NX_TRY(items, na::items(args, QStringLiteral("approvals")));
    Batch batch(ctx, *c, QStringLiteral("token approval(s)"));
    for (const QJsonObject &item : *items) {
        NX_TRY(id, na::tokenId(item));
        NX_TRY(owner, la::callerAccount(ctx, item, QStringLiteral("from_subaccount")));
        NX_TRY(spender, la::account(item, QStringLiteral("spender")));
        NX_TRY(expires, na::expiresAt(item));
        NX_TRY(common, na::common(item));
        batch.add(ops.approveToken(*c, *owner, *id, *spender, *expires, *common), *id);
    }
    return batch.finish(ops);
}

Result<QJsonValue> approveCollection(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    NX_TRY(owner, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    NX_TRY(spender, la::account(args, QStringLiteral("spender")));
    NX_TRY(expires, na::expiresAt(args));
    NX_TRY(common, na::common(args));
    Batch batch(ctx, *c, QStringLiteral("collection approval"));
    batch.add(ops.approveCollection(*c, *owner, *spender, *expires, *common));
    return batch.finish(ops);
}

Result<QJsonValue> revokeTokenApprovals(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    NX_TRY(items, na::items(args, QStringLiteral("revokes")));
    Batch batch(ctx, *c, QStringLiteral("token revoke(s)"));
    for (const QJsonObject &item : *items) {
        NX_TRY(id, na::tokenId(item));
        NX_TRY(owner, la::callerAccount(ctx, item, QStringLiteral("from_subaccount")));
        NX_TRY(spender, na::optionalAccount(item, QStringLiteral("spender")));
        NX_TRY(common, na::common(item));
        batch.add(ops.revokeToken(*c, *owner, *id, *spender, *common), *id);
    }
    return batch.finish(ops);
}

Result<QJsonValue> revokeCollectionApprovals(ExecContext &ctx, const QJsonObject &args)
{
    NftOps ops(ctx.db, callTime(ctx));
    NX_TRY(c, na::collection(ops.store(), args));
    NX_TRY(owner, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    NX_TRY(spender, na::optionalAccount(args, QStringLiteral("spender")));
    NX_TRY(common, na::common(args));
    Batch batch(ctx, *c, QStringLiteral("collection revoke"));
    batch.add(ops.revokeCollection(*c, *owner, *spender, *common));
    return batch.finish(ops);
}

} // namespace

void registerNftMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject coll = string(2, 32);
    const QJsonObject acct = string(1, 200);
    const QJsonObject sub = string(1, 64);
    const QJsonObject time = string(1, 20);
    const QJsonObject tid = integer(0, nft::kMaxTokenId);
    const QJsonObject meta{{QStringLiteral("type"), QStringLiteral("object")}};
    const QJsonObject common{{QStringLiteral("memo"), string(2, 64)}, {QStringLiteral("memo_text"), string(1, 32)},
                             {QStringLiteral("created_at_time"), time}};
    auto with = [&](QJsonObject props) {
        for (auto it = common.begin(); it != common.end(); ++it)
            props.insert(it.key(), it.value());
        return props;
    };
    const QString C = kCollection;
    const QString T = kTokenId;
    const int maxB = nft::kMaxUpdateBatch;

    gw.registerMethod(makeMethod(QStringLiteral("nft.create_collection"),
                                 QStringLiteral("Create an ICRC-7 collection you own: handle, name, symbol, supply cap, metadata"),
                                 object({{C, coll}, {QStringLiteral("name"), string(1, 100)}, {QStringLiteral("symbol"), string(1, 16)},
                                         {QStringLiteral("description"), string(0, 2000)}, {QStringLiteral("logo"), string(0, 2000)},
                                         {QStringLiteral("supply_cap"), integer(1, nft::kMaxTokenId)}, {QStringLiteral("metadata"), meta}},
                                        {C, QStringLiteral("name"), QStringLiteral("symbol")}),
                                 createCollection, true, Role::Creator));
    gw.registerMethod(makeMethod(QStringLiteral("nft.mint"),
                                 QStringLiteral("Mint tokens with Value metadata into your collection (7mint blocks; all or nothing)"),
                                 object({{C, coll},
                                         {QStringLiteral("tokens"), arrayOf(object({{QStringLiteral("to"), acct}, {T, tid}, {QStringLiteral("metadata"), meta}}), maxB)},
                                         {QStringLiteral("memo"), string(2, 64)}, {QStringLiteral("memo_text"), string(1, 32)}},
                                        {C, QStringLiteral("tokens")}),
                                 mint, true, Role::Creator));
    gw.registerMethod(makeMethod(QStringLiteral("nft.transfer"),
                                 QStringLiteral("ICRC-7 batch transfer of your tokens; one result per item (dedup by created_at_time)"),
                                 object({{C, coll},
                                         {QStringLiteral("transfers"),
                                          arrayOf(object(with({{T, tid}, {QStringLiteral("to"), acct}, {QStringLiteral("from_subaccount"), sub}}),
                                                         {T, QStringLiteral("to")}), maxB)}},
                                        {C, QStringLiteral("transfers")}),
                                 transfer, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("nft.transfer_from"),
                                 QStringLiteral("ICRC-37 transfer_from: move tokens you were approved for; one result per item"),
                                 object({{C, coll},
                                         {QStringLiteral("transfers"),
                                          arrayOf(object(with({{T, tid}, {QStringLiteral("from"), acct}, {QStringLiteral("to"), acct},
                                                               {QStringLiteral("spender_subaccount"), sub}}),
                                                         {T, QStringLiteral("from"), QStringLiteral("to")}), maxB)}},
                                        {C, QStringLiteral("transfers")}),
                                 transferFrom, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("nft.approve_tokens"),
                                 QStringLiteral("ICRC-37: let a spender move given tokens of yours, optionally until expires_at"),
                                 object({{C, coll},
                                         {QStringLiteral("approvals"),
                                          arrayOf(object(with({{T, tid}, {QStringLiteral("spender"), acct}, {QStringLiteral("from_subaccount"), sub},
                                                               {QStringLiteral("expires_at"), time}}),
                                                         {T, QStringLiteral("spender")}), maxB)}},
                                        {C, QStringLiteral("approvals")}),
                                 approveTokens, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("nft.approve_collection"),
                                 QStringLiteral("ICRC-37: let a spender move any of your tokens in the collection, optionally until expires_at"),
                                 object(with({{C, coll}, {QStringLiteral("spender"), acct}, {QStringLiteral("from_subaccount"), sub},
                                              {QStringLiteral("expires_at"), time}}),
                                        {C, QStringLiteral("spender")}),
                                 approveCollection, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("nft.revoke_token_approvals"),
                                 QStringLiteral("ICRC-37: revoke a spender's (or every) approval on tokens of yours"),
                                 object({{C, coll},
                                         {QStringLiteral("revokes"),
                                          arrayOf(object(with({{T, tid}, {QStringLiteral("spender"), acct}, {QStringLiteral("from_subaccount"), sub}}), {T}),
                                                  nft::kMaxRevokes)}},
                                        {C, QStringLiteral("revokes")}),
                                 revokeTokenApprovals, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("nft.revoke_collection_approvals"),
                                 QStringLiteral("ICRC-37: revoke a spender's (or every) collection approval you gave"),
                                 object(with({{C, coll}, {QStringLiteral("spender"), acct}, {QStringLiteral("from_subaccount"), sub}}), {C}),
                                 revokeCollectionApprovals, true, Role::User));
    nftq::registerReads(gw);
}

} // namespace nexus
