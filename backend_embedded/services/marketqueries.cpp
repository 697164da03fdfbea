#include "marketqueries.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "ledgerargs.h"
#include "ledgerstore.h"
#include "marketpay.h"
#include "methodtable.h"
#include "servicesupport.h"

namespace nexus::marketq {

namespace {

// A listing's details; hidden listings exist only for their seller and moderators, who also see
// the moderation history with its reasons.
Result<QJsonValue> getListing(ExecContext &ctx, const QJsonObject &args)
{
    MarketStore store(ctx.db);
    NX_TRY(l, store.listing(args.value(QStringLiteral("listing_id")).toInteger()));
    const bool seller = l->seller.owner() == ctx.call.caller;
    const bool moderator = ctx.caller.holds(Permission::ModerateListings);
    if (l->hidden && !seller && !moderator)
        return svc::notFound(QStringLiteral("There is no listing %1.").arg(l->id));
    QJsonObject out = l->toJson();
    NX_TRY(earlier, store.tokenHistory(*l, 20));
    out.insert(QStringLiteral("token_history"), *earlier);
    if (seller || moderator) {
        NX_TRY(history, store.moderation(l->id));
        out.insert(QStringLiteral("moderation"), *history);
    }
    return out;
}

Result<QJsonValue> sales(ExecContext &ctx, const QJsonObject &args)
{
    auto principal = [&](const QString &key) -> std::optional<Principal> {
        if (!args.contains(key))
            return std::nullopt;
        return Principal::fromText(args.value(key).toString()).value();
    };
    MarketStore store(ctx.db);
    NX_TRY(rows, store.sales(principal(QStringLiteral("seller")), principal(QStringLiteral("buyer")),
                             args.value(QStringLiteral("before")).toInteger(1LL << 53), int(args.value(QStringLiteral("limit")).toInteger(50))));
    LedgerStore ledger(ctx.db);
    QHash<QString, int> decimals;
    QJsonArray items;
    for (const SaleRow &s : std::as_const(*rows)) {
        if (!decimals.contains(s.asset)) {
            NX_TRY(a, ledger.asset(s.asset));
            decimals.insert(s.asset, a->decimals);
        }
        items.append(s.toJson(decimals.value(s.asset)));
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonValue> fees(ExecContext &ctx, const QJsonObject &)
{
    NX_TRY(f, MarketStore(ctx.db).fees());
    QJsonObject out = f->schedule.toJson();
    out.insert(QStringLiteral("version"), f->version);
    out.insert(QStringLiteral("treasury"), f->treasury().toText());
    out.insert(QStringLiteral("spender"), market::spenderAccount().toText());
    out.insert(QStringLiteral("rounding"), QStringLiteral("down: fee = floor(price × bps × (10000 − discount_bps) / 10^8)"));
    return out;
}

Result<QJsonValue> feeQuote(ExecContext &ctx, const QJsonObject &args)
{
    MarketStore store(ctx.db);
    NX_TRY(a, LedgerStore(ctx.db).asset(args.value(QStringLiteral("asset")).toString()));
    NX_TRY(price, ledgerargs::amount(args, QStringLiteral("price"), *a));
    const Principal seller = svc::principalArg(ctx, args, QStringLiteral("seller"));
    NX_TRY(f, store.fees());
    NX_TRY(q, marketpay::quote(store, *f, seller, a->symbol, *price, svc::callTime(ctx)));
    QJsonObject out = q->toJson(*f);
    out.insert(QStringLiteral("asset"), a->symbol);
    out.insert(QStringLiteral("price"), nat128ToString(*price));
    out.insert(QStringLiteral("seller"), seller.toText());
    out.insert(QStringLiteral("seller_receives"), nat128ToString(*price - q->saleFee));
    return out;
}

} // namespace

void registerReads(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject id = integer(1, 1LL << 53);
    gw.registerMethod(makeMethod(QStringLiteral("market.get_listing"),
                                 QStringLiteral("A listing; its seller and moderators also see hidden listings and the moderation history"),
                                 object({{QStringLiteral("listing_id"), id}}, {QStringLiteral("listing_id")}), getListing, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("market.search"),
                                 QStringLiteral("Full-text search of listings with filters, sorts and keyset paging (next_cursor)"),
                                 object({{QStringLiteral("q"), string(0, 200)}, {QStringLiteral("collection"), string(2, 32)}, {QStringLiteral("asset"), string(1, 16)},
                                         {QStringLiteral("price_min"), string(1, 40)}, {QStringLiteral("price_max"), string(1, 40)},
                                         {QStringLiteral("status"), enumOf({QStringLiteral("active"), QStringLiteral("sold"), QStringLiteral("cancelled"), QStringLiteral("any")})},
                                         {QStringLiteral("seller"), principal()}, {QStringLiteral("creator"), principal()},
                                         {QStringLiteral("sort"), enumOf({QStringLiteral("newest"), QStringLiteral("price_asc"), QStringLiteral("price_desc"), QStringLiteral("most_viewed")})},
                                         {QStringLiteral("limit"), integer(1, 100)}, {QStringLiteral("cursor"), string(1, 80)},
                                         {QStringLiteral("include_hidden"), boolean()}}),
                                 search, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("market.sales"), QStringLiteral("Completed sales, newest first, by seller or buyer, keyset paged by sale id"),
                                 object({{QStringLiteral("seller"), principal()}, {QStringLiteral("buyer"), principal()},
                                         {QStringLiteral("before"), id}, {QStringLiteral("limit"), integer(1, 200)}}),
                                 sales, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("market.fees"), QStringLiteral("The fee schedule in force, its version, the treasury and spender accounts"),
                                 object({}), fees, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("market.fee_quote"),
                                 QStringLiteral("Listing and sale fee for a price, with the seller's 30-day volume discount (default seller: you)"),
                                 object({{QStringLiteral("asset"), string(1, 16)}, {QStringLiteral("price"), string(1, 40)}, {QStringLiteral("seller"), principal()}},
                                        {QStringLiteral("asset"), QStringLiteral("price")}),
                                 feeQuote, false, Role::Guest));
}

} // namespace nexus::marketq
