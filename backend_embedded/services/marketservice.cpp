#include "marketservice.h"

#include "amount.h"
#include "argschema.h"
#include "gateway/gateway.h"
#include "ledgerargs.h"
#include "ledgererror.h"
#include "ledgerrules.h"
#include "ledgerstore.h"
#include "marketpay.h"
#include "marketqueries.h"
#include "methodtable.h"
#include "nftops.h"
#include "nftrules.h"
#include "servicesupport.h"

#include <QHash>
#include <QJsonArray>

#include <functional>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMarket, "nexus.market", QtWarningMsg)

namespace nexus {

namespace {

namespace la = ledgerargs;
using market::ListingStatus;
using svc::callTime;

const QString kListing = QStringLiteral("listing_id");

Result<Nat128> priceArg(const QJsonObject &args, const AssetRow &a)
{
    NX_TRY(price, la::amount(args, QStringLiteral("price"), a));
    if (*price == 0)
        return svc::invalid(QStringLiteral("price: a listing needs a price above 0."));
    return price;
}

void listingChanged(ExecContext &ctx, const ListingRow &l)
{
    ctx.changed(QStringLiteral("market"), {QString::number(l.id)});
    ctx.changed(QStringLiteral("nft"), {l.collectionSlug, QString::number(l.tokenId)});
}

// The seller's own active listing (other callers and closed listings are refused).
Result<ListingRow> ownActiveListing(ExecContext &ctx, MarketStore &store, const QJsonObject &args, const QString &action)
{
    NX_TRY(l, store.listing(args.value(kListing).toInteger()));
    if (!(l->seller.owner() == ctx.call.caller))
        return svc::denied(QStringLiteral("Only the seller can %1 listing %2.").arg(action).arg(l->id),
                           QStringLiteral("Act as the seller (%1).").arg(l->seller.owner().toText()));
    if (l->status != ListingStatus::Active)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Listing %1 is %2; only active listings change.").arg(l->id).arg(market::listingStatusName(l->status)));
    return l;
}

// Charges the listing fee owed at `price` beyond what the listing already paid; `asset` is the
// listing's asset as read in this call, before any ledger change to it.
Result<Nat128> chargeListingFee(ExecContext &ctx, MarketStore &store, ListingRow &l, const FeeConfig &fees, const AssetRow &asset)
{
    NX_TRY(q, marketpay::quote(store, fees, l.seller.owner(), l.asset, l.price, callTime(ctx)));
    if (q->listingFee <= l.listingFeePaid)
        return Nat128(0);
    const Nat128 due = q->listingFee - l.listingFeePaid;
    NX_TRY(paid, marketpay::run(ctx, asset, marketpay::payment(l.seller, fees.treasury(), due, false, QStringLiteral("listing fee"))));
    l.listingFeePaid = q->listingFee;
    l.feeVersion = fees.version;
    return due;
}

// Settles a new listing's fee: sets what it paid and returns that amount, or refuses.
using FeeCharger = std::function<Result<Nat128>(ListingRow &, const AssetRow &)>;

// Lists one token as `args` asks: checks, then the listing fee, the listing row and the lock.
// Refusals other than Storage / Internal happen before anything is written.
Result<ListingRow> listToken(ExecContext &ctx, NftStore &nfts, MarketStore &store, const FeeConfig &fees, const QJsonObject &args,
                             const FeeCharger &chargeFee, Nat128 *charged)
{
    NX_TRY(c, nfts.collection(args.value(QStringLiteral("collection")).toString()));
    const qint64 tokenId = args.value(QStringLiteral("token_id")).toInteger();
    NX_TRY(seller, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    NX_TRY(t, nfts.token(c->id, tokenId));
    if (!*t)
        return svc::notFound(QStringLiteral("There is no token %1 in \"%2\".").arg(tokenId).arg(c->slug));
    if (!((*t)->owner == *seller))
        return svc::denied(QStringLiteral("You can only list tokens you hold; token %1 of \"%2\" is held by %3.")
                               .arg(tokenId).arg(c->slug, (*t)->owner.toText()),
                           QStringLiteral("Use from_subaccount if it sits in one of your subaccounts."));
    if ((*t)->lockedBy)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Token %1 of \"%2\" is already listed (listing %3).").arg(tokenId).arg(c->slug).arg(*(*t)->lockedBy),
                           QStringLiteral("Change that listing's price, or cancel it first."));
    NX_TRY(asset, LedgerStore(ctx.db).asset(args.value(QStringLiteral("asset")).toString()));
    NX_TRY(price, priceArg(args, *asset));
    QStringList rawTags;
    for (const QJsonValue &v : args.value(QStringLiteral("tags")).toArray())
        rawTags << v.toString();
    NX_TRY(tags, market::normaliseTags(rawTags));

    ListingRow l;
    l.collection = c->id;
    l.collectionSlug = c->slug;
    l.tokenId = tokenId;
    l.seller = *seller;
    l.creator = c->creator;
    l.asset = asset->symbol;
    l.decimals = asset->decimals;
    l.price = *price;
    const Value *name = (*t)->metadata.field(QStringLiteral("name"));
    const QString fallback = name && name->kind() == Value::Kind::Text ? name->asText() : QStringLiteral("%1 #%2").arg(c->name).arg(tokenId);
    l.title = args.value(QStringLiteral("title")).toString(fallback).trimmed().left(market::kMaxTitle);
    if (l.title.isEmpty())
        return svc::invalid(QStringLiteral("title: a listing needs a title."));
    l.description = args.value(QStringLiteral("description")).toString();
    l.tags = *tags;
    l.collectionText = c->name + QLatin1Char(' ') + c->slug;
    l.createdNs = l.updatedNs = callTime(ctx);
    NX_TRY(fee, chargeFee(l, *asset));
    *charged = *fee;
    l.feeVersion = fees.version;
    NX_TRY(id, store.insertListing(l));
    l.id = *id;
    if (auto st = nfts.setLock(c->id, tokenId, l.id); !st)
        return st.error();
    listingChanged(ctx, l);
    return l;
}

Result<QJsonValue> createListing(ExecContext &ctx, const QJsonObject &args)
{
    NftStore nfts(ctx.db);
    MarketStore store(ctx.db);
    NX_TRY(fees, store.fees());
    Nat128 charged = 0;
    const FeeCharger payNow = [&](ListingRow &l, const AssetRow &asset) { return chargeListingFee(ctx, store, l, *fees, asset); };
    NX_TRY(l, listToken(ctx, nfts, store, *fees, args, payNow, &charged));
    ctx.summary = QStringLiteral("listing %1: %2 #%3 for %4 %5 (listing fee %6)")
                      .arg(l->id).arg(l->collectionSlug).arg(l->tokenId).arg(formatAmount(l->price, l->decimals), l->asset, formatAmount(charged, l->decimals));
    QJsonObject out = l->toJson();
    out.insert(QStringLiteral("listing_fee_charged"), nat128ToString(charged));
    return out;
}

// A batch's listing fees, gathered per seller account and asset and paid in one transfer each
// at the end (one ledger fee instead of one per listing). Each listing is checked against what the
// account holds beyond the fees already gathered, so a batch the account cannot pay in full lists
// what it can and refuses the rest, as separate payments would.
class BatchFees
{
public:
    BatchFees(ExecContext &ctx, MarketStore &store, const FeeConfig &fees) : m_ctx(ctx), m_store(store), m_fees(fees) {}

    // Checks that `l` can pay its fee on top of the group's; records nothing (see add).
    Result<Nat128> check(ListingRow &l)
    {
        NX_TRY(g, group(l));
        const Nat128 fee = market::feeFor(l.price, m_fees.schedule.listingBps, (*g)->discountBps);
        if (fee == 0)
            return Nat128(0);
        Nat128 need = 0;
        if (ledger::addOverflows((*g)->due, fee, &need) || ledger::addOverflows(need, (*g)->ledgerFee, &need) || (*g)->balance < need)
            return LedgerError::insufficientFunds((*g)->balance - (*g)->due).toError(l.asset, l.decimals); // what is left for it
        l.listingFeePaid = fee;
        return fee;
    }
    void add(const ListingRow &l, Nat128 fee)
    {
        if (fee == 0)
            return;
        Group &g = m_groups[key(l)];
        g.due += fee;
        ++g.listings;
    }
    // One transfer per group; a refusal here (nothing should refuse) fails the whole call.
    Result<QJsonArray> pay()
    {
        QJsonArray out;
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
            const Group &g = it.value();
            if (g.due == 0)
                continue;
            NX_TRY(done, marketpay::run(m_ctx, g.asset, marketpay::payment(g.seller, m_fees.treasury(), g.due, false,
                                                                            QStringLiteral("listing fees x%1").arg(g.listings))));
            out.append(QJsonObject{{QStringLiteral("asset"), g.asset},
                                   {QStringLiteral("account"), g.seller.toText()},
                                   {QStringLiteral("amount"), nat128ToString(g.due)},
                                   {QStringLiteral("listings"), g.listings},
                                   {QStringLiteral("block_index"), done->index}});
        }
        return out;
    }

private:
    struct Group {
        Account seller;
        QString asset;
        int discountBps = 0;
        Nat128 ledgerFee = 0; // the one transfer's own fee
        Nat128 balance = 0;   // before this batch
        Nat128 due = 0;
        int listings = 0;
    };
    static QString key(const ListingRow &l) { return l.seller.toText() + QLatin1Char('/') + l.asset; }

    Result<Group *> group(const ListingRow &l)
    {
        const QString k = key(l);
        if (auto it = m_groups.find(k); it != m_groups.end())
            return &it.value();
        Group g{l.seller, l.asset};
        NX_TRY(q, marketpay::quote(m_store, m_fees, l.seller.owner(), l.asset, l.price, callTime(m_ctx)));
        g.discountBps = q->discountBps;
        LedgerStore ledger(m_ctx.db);
        NX_TRY(a, ledger.asset(l.asset));
        g.ledgerFee = a->fee;
        NX_TRY(party, ledger.party(l.seller, l.asset, false));
        g.balance = party->balance;
        return &m_groups.insert(k, g).value();
    }

    ExecContext &m_ctx;
    MarketStore &m_store;
    const FeeConfig &m_fees;
    QHash<QString, Group> m_groups;
};

// Up to 100 listings in one call, each on its own: a refused item is rolled back to its savepoint
// and reported, the others land (one audit entry, one FTS segment and one fee transfer per seller
// account and asset for the whole batch).
Result<QJsonValue> createListings(ExecContext &ctx, const QJsonObject &args)
{
    NftStore nfts(ctx.db);
    MarketStore store(ctx.db);
    const QJsonArray items = args.value(QStringLiteral("listings")).toArray();
    if (items.isEmpty())
        return svc::invalid(QStringLiteral("listings: give 1 to 100 listings."));
    NX_TRY(fees, store.fees());
    BatchFees batchFees(ctx, store, *fees);
    const FeeCharger gather = [&](ListingRow &l, const AssetRow &) { return batchFees.check(l); };
    QJsonArray results;
    int ok = 0;
    QStringList errors;
    for (const QJsonValue &v : items) {
        NX_TRY(savepoint, Database::exec(ctx.db, QStringLiteral("SAVEPOINT market_item")));
        Nat128 charged = 0;
        auto l = listToken(ctx, nfts, store, *fees, v.toObject(), gather, &charged);
        if (!l) {
            if (l.error().code == ErrorCode::Storage || l.error().code == ErrorCode::Internal)
                return l.error();
            NX_TRY(undo, Database::exec(ctx.db, QStringLiteral("ROLLBACK TO market_item")));
            QJsonObject e = l.error().toJson();
            results.append(QJsonObject{{QStringLiteral("error"), e}});
            if (!errors.contains(l.error().codeName()))
                errors << l.error().codeName();
        } else {
            batchFees.add(*l, charged);
            results.append(QJsonObject{{QStringLiteral("listing_id"), l->id}, {QStringLiteral("listing_fee_charged"), nat128ToString(charged)}});
            ++ok;
        }
        NX_TRY(release, Database::exec(ctx.db, QStringLiteral("RELEASE market_item")));
    }
    NX_TRY(payments, batchFees.pay());
    const int refused = int(results.size()) - ok;
    ctx.summary = QStringLiteral("%1 listing(s) created").arg(ok) + (refused ? QStringLiteral(", %1 refused (%2)").arg(refused).arg(errors.join(QStringLiteral(", "))) : QString())
                  + (payments->isEmpty() ? QString() : QStringLiteral(", listing fees in %1 transfer(s)").arg(payments->size()));
    return QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("ok"), ok}, {QStringLiteral("refused"), refused},
                       {QStringLiteral("fee_payments"), *payments}};
}

Result<QJsonValue> updatePrice(ExecContext &ctx, const QJsonObject &args)
{
    MarketStore store(ctx.db);
    NX_TRY(l, ownActiveListing(ctx, store, args, QStringLiteral("reprice")));
    NX_TRY(asset, LedgerStore(ctx.db).asset(l->asset));
    NX_TRY(price, priceArg(args, *asset));
    if (*price == l->price)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Listing %1 already asks %2 %3.").arg(l->id).arg(formatAmount(l->price, l->decimals), l->asset),
                           QStringLiteral("Nothing to change."));
    const Nat128 old = l->price;
    l->price = *price;
    l->updatedNs = callTime(ctx);
    NX_TRY(fees, store.fees());
    // A higher price owes the listing fee on the difference; a lower one refunds nothing.
    NX_TRY(charged, chargeListingFee(ctx, store, *l, *fees, *asset));
    if (auto st = store.updateListing(*l); !st)
        return st.error();
    ctx.summary = QStringLiteral("listing %1: price %2 → %3 %4 (listing fee %5)")
                      .arg(l->id).arg(formatAmount(old, l->decimals), formatAmount(l->price, l->decimals), l->asset, formatAmount(*charged, l->decimals));
    listingChanged(ctx, *l);
    QJsonObject out = l->toJson();
    out.insert(QStringLiteral("listing_fee_charged"), nat128ToString(*charged));
    return out;
}

Result<QJsonValue> cancelListing(ExecContext &ctx, const QJsonObject &args)
{
    MarketStore store(ctx.db);
    NX_TRY(l, ownActiveListing(ctx, store, args, QStringLiteral("cancel")));
    l->status = ListingStatus::Cancelled;
    l->updatedNs = callTime(ctx);
    l->closedNs = l->updatedNs;
    if (auto st = store.updateListing(*l); !st)
        return st.error();
    if (auto st = NftStore(ctx.db).setLock(l->collection, l->tokenId, std::nullopt); !st)
        return st.error();
    ctx.summary = QStringLiteral("listing %1 cancelled; %2 #%3 is free to move").arg(l->id).arg(l->collectionSlug).arg(l->tokenId);
    listingChanged(ctx, *l);
    return l->toJson();
}

Result<QJsonValue> moderate(ExecContext &ctx, const QJsonObject &args, bool hide)
{
    MarketStore store(ctx.db);
    NX_TRY(l, store.listing(args.value(kListing).toInteger()));
    const QString reason = args.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty())
        return svc::invalid(QStringLiteral("reason: say why, for the seller and the audit log."));
    if (l->hidden == hide)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Listing %1 is already %2.").arg(l->id).arg(hide ? QStringLiteral("hidden") : QStringLiteral("visible")));
    l->hidden = hide;
    l->updatedNs = callTime(ctx);
    if (auto st = store.updateListing(*l); !st)
        return st.error();
    if (auto st = store.addModeration(l->id, hide ? QStringLiteral("hide") : QStringLiteral("unhide"), reason, ctx.call.caller, l->updatedNs); !st)
        return st.error();
    ctx.summary = QStringLiteral("listing %1 %2: %3").arg(l->id).arg(hide ? QStringLiteral("hidden") : QStringLiteral("shown again"), reason.left(160));
    listingChanged(ctx, *l);
    QJsonObject out = l->toJson();
    NX_TRY(history, store.moderation(l->id));
    out.insert(QStringLiteral("moderation"), *history);
    return out;
}

Result<QJsonValue> hideListing(ExecContext &ctx, const QJsonObject &args) { return moderate(ctx, args, true); }
Result<QJsonValue> unhideListing(ExecContext &ctx, const QJsonObject &args) { return moderate(ctx, args, false); }

Result<QJsonValue> viewListing(ExecContext &ctx, const QJsonObject &args)
{
    MarketStore store(ctx.db);
    NX_TRY(l, store.listing(args.value(kListing).toInteger()));
    if (l->hidden && !(l->seller.owner() == ctx.call.caller) && !ctx.caller.holds(Permission::ModerateListings))
        return svc::notFound(QStringLiteral("There is no listing %1.").arg(l->id)); // hidden listings do not exist for others
    if (auto st = store.addView(l->id); !st)
        return st.error();
    ctx.summary = QStringLiteral("listing %1 viewed").arg(l->id);
    // Its own topic: a view changes no listing, so views must not make open lists reload.
    ctx.changed(QStringLiteral("market_views"), {QString::number(l->id)});
    return QJsonObject{{kListing, l->id}, {QStringLiteral("views"), l->views + 1}};
}

// A new version of the fee schedule (config key market.fees): given fields replace the current ones.
Result<QJsonValue> setFees(ExecContext &ctx, const QJsonObject &args)
{
    MarketStore store(ctx.db);
    NX_TRY(current, store.fees());
    QJsonObject merged = current->schedule.toJson();
    for (const QString &key : {QStringLiteral("listing_bps"), QStringLiteral("sale_bps"), QStringLiteral("tiers"), QStringLiteral("treasury")})
        if (args.contains(key))
            merged.insert(key, args.value(key));
    NX_TRY(schedule, market::FeeSchedule::fromJson(merged));
    if (schedule->toJson() == current->schedule.toJson())
        return Error::make(ErrorCode::Conflict, QStringLiteral("This fee schedule is already in force (version %1).").arg(current->version),
                           QStringLiteral("Nothing to change."));
    for (const market::FeeTier &t : std::as_const(schedule->tiers))
        for (auto it = t.minVolume.begin(); it != t.minVolume.end(); ++it)
            if (auto a = LedgerStore(ctx.db).asset(it.key()); !a)
                return a.error();
    const QString reason = args.value(QStringLiteral("reason")).toString();
    if (current->version == 0) // the first change also records the defaults it replaces
        if (auto v = svc::setConfigValue(ctx, QStringLiteral("market.fees"), current->schedule.toJson(), QStringLiteral("defaults")); !v)
            return v.error();
    NX_TRY(version, svc::setConfigValue(ctx, QStringLiteral("market.fees"), schedule->toJson(), reason));
    ctx.summary = QStringLiteral("market fees v%1: listing %2 bps, sale %3 bps, %4 tier(s)%5")
                      .arg(*version).arg(schedule->listingBps).arg(schedule->saleBps).arg(schedule->tiers.size())
                      .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason));
    ctx.changed(QStringLiteral("market"), {QStringLiteral("fees")});
    QJsonObject out = schedule->toJson();
    out.insert(QStringLiteral("version"), *version);
    out.insert(QStringLiteral("config_key"), QStringLiteral("market.fees"));
    return out;
}

} // namespace

void registerMarketMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject id = integer(1, 1LL << 53);
    const QJsonObject amount = string(1, 40);
    const QJsonObject bps = integer(0, market::kMaxBps);
    const QJsonObject tier = object({{QStringLiteral("discount_bps"), bps}, {QStringLiteral("min_volume"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}},
                                    {QStringLiteral("discount_bps"), QStringLiteral("min_volume")});
    const QString L = kListing;

    const QJsonObject listing = object({{QStringLiteral("collection"), string(2, 32)}, {QStringLiteral("token_id"), integer(0, nft::kMaxTokenId)},
                                        {QStringLiteral("asset"), string(1, 16)}, {QStringLiteral("price"), amount},
                                        {QStringLiteral("title"), string(1, market::kMaxTitle)}, {QStringLiteral("description"), string(0, market::kMaxDescription)},
                                        {QStringLiteral("tags"), arrayOf(string(1, market::kMaxTag), market::kMaxTags)},
                                        {QStringLiteral("from_subaccount"), string(1, 64)}},
                                       {QStringLiteral("collection"), QStringLiteral("token_id"), QStringLiteral("asset"), QStringLiteral("price")});
    gw.registerMethod(makeMethod(QStringLiteral("market.create_listing"),
                                 QStringLiteral("List a token you hold for a price in any ledger asset (pays the listing fee; locks the token)"),
                                 listing, createListing, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("market.create_listings"),
                                 QStringLiteral("Up to 100 listings in one call; one result per item (a refused item changes nothing)"),
                                 object({{QStringLiteral("listings"), arrayOf(listing, 100)}}, {QStringLiteral("listings")}), createListings, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("market.update_price"),
                                 QStringLiteral("Change your active listing's price (a rise pays the listing fee on the difference)"),
                                 object({{L, id}, {QStringLiteral("price"), amount}}, {L, QStringLiteral("price")}), updatePrice, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("market.cancel_listing"), QStringLiteral("Cancel your active listing; the token is free to move again"),
                                 object({{L, id}}, {L}), cancelListing, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("market.buy"),
                                 QStringLiteral("Buy a listing in one transaction: pay (ICRC-2 allowance or direct), fee to treasury, token to you"),
                                 object({{L, id}, {QStringLiteral("payment"), enumOf({QStringLiteral("allowance"), QStringLiteral("direct")})},
                                         {QStringLiteral("expected_price"), amount}, {QStringLiteral("from_subaccount"), string(1, 64)},
                                         {QStringLiteral("to_subaccount"), string(1, 64)}},
                                        {L}),
                                 marketq::buy, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("market.view_listing"), QStringLiteral("Count a view of a listing (the most-viewed sort)"),
                                 object({{L, id}}, {L}), viewListing, true, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("market.hide_listing"), QStringLiteral("Hide a listing from search and sale, with a reason the seller sees"),
                                 object({{L, id}, {QStringLiteral("reason"), string(1, 300)}}, {L, QStringLiteral("reason")}),
                                 hideListing, true, Role::Admin, Permission::ModerateListings));
    gw.registerMethod(makeMethod(QStringLiteral("market.unhide_listing"), QStringLiteral("Show a hidden listing again, with a reason"),
                                 object({{L, id}, {QStringLiteral("reason"), string(1, 300)}}, {L, QStringLiteral("reason")}),
                                 unhideListing, true, Role::Admin, Permission::ModerateListings));
    gw.registerMethod(makeMethod(QStringLiteral("market.set_fees"),
                                 QStringLiteral("New version of the fee schedule: listing / sale basis points, volume tiers, treasury"),
                                 object({{QStringLiteral("listing_bps"), bps}, {QStringLiteral("sale_bps"), bps},
                                         {QStringLiteral("tiers"), arrayOf(tier, market::kMaxTiers)}, {QStringLiteral("treasury"), string(1, 200)},
                                         {QStringLiteral("reason"), string(0, 300)}}),
                                 setFees, true, Role::Admin, Permission::ManageFees));
    marketq::registerReads(gw);
}

} // namespace nexus
