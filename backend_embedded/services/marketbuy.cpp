// market.buy: one gateway transaction that pays the seller (price − sale fee) and the treasury
// (sale fee) from the buyer — by ICRC-2 transfer_from through the marketplace's spender account,
// or by direct ICRC-1 transfers — moves the token to the buyer (37xfer) and closes the listing.
// Any refusal returns an Error and the gateway rolls back every write of the call. Purchases run
// one at a time on the writer thread, so of two buyers racing for a listing the second finds it
// sold and gets a Conflict naming the sale.
#include "marketqueries.h"

#include "amount.h"
#include "ledgerargs.h"
#include "ledgerstore.h"
#include "marketpay.h"
#include "methodtable.h"
#include "nftops.h"
#include "servicesupport.h"

namespace nexus::marketq {

namespace {

namespace la = ledgerargs;
using market::ListingStatus;

Error notForSale(const ListingRow &l)
{
    if (l.status == ListingStatus::Sold)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("Listing %1 is no longer for sale: it was sold%2.").arg(l.id)
                               .arg(l.buyer ? QStringLiteral(" to %1").arg(l.buyer->toText()) : QString()),
                           QStringLiteral("Nothing was charged. Search for other listings of this collection."));
    return Error::make(ErrorCode::Conflict, QStringLiteral("Listing %1 is no longer for sale: the seller cancelled it.").arg(l.id),
                       QStringLiteral("Nothing was charged."));
}

} // namespace

Result<QJsonValue> buy(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 now = svc::callTime(ctx);
    MarketStore store(ctx.db);
    NX_TRY(l, store.listing(args.value(QStringLiteral("listing_id")).toInteger()));
    const bool moderator = ctx.caller.holds(Permission::ModerateListings);
    if (l->hidden && !moderator && !(l->seller.owner() == ctx.call.caller))
        return svc::notFound(QStringLiteral("There is no listing %1.").arg(l->id));
    if (l->status != ListingStatus::Active)
        return notForSale(*l);
    if (l->hidden)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Listing %1 is hidden by a moderator and cannot be bought.").arg(l->id));
    if (l->seller.owner() == ctx.call.caller)
        return svc::invalid(QStringLiteral("You are the seller of listing %1.").arg(l->id), QStringLiteral("Cancel it instead (market.cancel_listing)."));
    NX_TRY(asset, LedgerStore(ctx.db).asset(l->asset));
    if (args.contains(QStringLiteral("expected_price"))) {
        NX_TRY(expected, la::amount(args, QStringLiteral("expected_price"), *asset));
        if (*expected != l->price) {
            Error e = Error::make(ErrorCode::Conflict,
                                  QStringLiteral("Listing %1 now asks %2 %3, not the %4 %3 you expected.")
                                      .arg(l->id).arg(formatAmount(l->price, l->decimals), l->asset, formatAmount(*expected, l->decimals)),
                                  QStringLiteral("Nothing was charged. Check the new price and buy again."));
            e.details = QJsonObject{{QStringLiteral("current_price"), nat128ToString(l->price)}};
            return e;
        }
    }
    NX_TRY(buyerPays, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    NX_TRY(buyerGets, la::callerAccount(ctx, args, QStringLiteral("to_subaccount")));
    const bool viaAllowance = args.value(QStringLiteral("payment")).toString(QStringLiteral("allowance")) == QLatin1String("allowance");

    // The token must still sit with the seller under this listing's lock.
    NftOps nft(ctx.db, now);
    NX_TRY(c, nft.store().collectionById(l->collection));
    NX_TRY(t, nft.store().token(l->collection, l->tokenId));
    if (!*t || !((*t)->owner == l->seller) || (*t)->lockedBy != l->id)
        return Error::make(ErrorCode::Internal, QStringLiteral("Listing %1 does not hold its token any more.").arg(l->id),
                           QStringLiteral("Run nft.verify_chain; an admin should hide this listing."));

    // Fees at today's schedule and the seller's volume before this sale.
    NX_TRY(fees, store.fees());
    NX_TRY(q, marketpay::quote(store, *fees, l->seller.owner(), l->asset, l->price, now));
    const QString memo = QStringLiteral("sale of listing %1").arg(l->id);
    NX_TRY(paid, marketpay::run(ctx, l->asset, marketpay::payment(*buyerPays, l->seller, l->price - q->saleFee, viaAllowance, memo)));
    qint64 feeBlock = -1;
    if (q->saleFee > 0) { // on the asset as the payment left it
        NX_TRY(fee, marketpay::run(ctx, paid->asset, marketpay::payment(*buyerPays, fees->treasury(), q->saleFee, viaAllowance, QStringLiteral("sale fee"))));
        feeBlock = fee->index;
    }
    NX_TRY(moved, nft.settleListed(*c, **t, market::spenderAccount(), *buyerGets, memo.toUtf8().left(32)));

    l->status = ListingStatus::Sold;
    l->buyer = ctx.call.caller;
    l->updatedNs = now;
    l->closedNs = now;
    if (auto st = store.updateListing(*l); !st)
        return st.error();
    SaleRow s;
    s.listing = l->id;
    s.seller = l->seller.owner();
    s.buyer = ctx.call.caller;
    s.asset = l->asset;
    s.price = l->price;
    s.fee = q->saleFee;
    s.feeBps = fees->schedule.saleBps;
    s.discountBps = q->discountBps;
    s.feeVersion = fees->version;
    s.paymentBlock = paid->index;
    s.feeBlock = feeBlock;
    s.nftBlock = *moved;
    s.tsNs = now;
    NX_TRY(saleId, store.insertSale(s));
    s.id = *saleId;

    ctx.summary = QStringLiteral("listing %1 sold: %2 #%3 for %4 %5 (fee %6, %7) to %8")
                      .arg(l->id).arg(l->collectionSlug).arg(l->tokenId)
                      .arg(formatAmount(l->price, l->decimals), l->asset, formatAmount(q->saleFee, l->decimals),
                           viaAllowance ? QStringLiteral("allowance") : QStringLiteral("direct"), la::shortText(ctx.call.caller.toText()));
    ctx.changed(QStringLiteral("market"), {QString::number(l->id)});
    ctx.changed(QStringLiteral("nft"), {l->collectionSlug, QString::number(l->tokenId)});
    QJsonObject out = s.toJson(l->decimals);
    out.insert(QStringLiteral("collection"), l->collectionSlug);
    out.insert(QStringLiteral("token_id"), l->tokenId);
    out.insert(QStringLiteral("payment"), viaAllowance ? QStringLiteral("allowance") : QStringLiteral("direct"));
    out.insert(QStringLiteral("treasury"), fees->treasury().toText());
    out.insert(QStringLiteral("owner"), buyerGets->toText());
    return out;
}

} // namespace nexus::marketq
