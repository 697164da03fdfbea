#include "marketpay.h"

#include "ledgerstore.h"
#include "methodtable.h"

namespace nexus::marketpay {

Result<TxOutcome> run(ExecContext &ctx, const QString &asset, const TxRequest &r)
{
    NX_TRY(a, LedgerStore(ctx.db).asset(asset));
    return run(ctx, *a, r);
}

Result<TxOutcome> run(ExecContext &ctx, const AssetRow &asset, const TxRequest &r)
{
    NX_TRY(done, LedgerOps(ctx.db, svc::callTime(ctx)).execute(asset, r));
    QStringList ids{asset.symbol};
    for (const Account &acct : std::as_const(done->touched))
        ids << acct.toText();
    ctx.changed(QStringLiteral("ledger"), ids);
    return done;
}

TxRequest payment(const Account &from, const Account &to, Nat128 amount, bool viaAllowance, const QString &memo)
{
    TxRequest r;
    r.amount = amount;
    r.to = to;
    if (!memo.isEmpty())
        r.memo = memo.toUtf8().left(32);
    if (viaAllowance) {
        r.type = BlockType::TransferFrom;
        r.caller = market::spenderAccount();
        r.from = from;
    } else {
        r.type = BlockType::Transfer;
        r.caller = from;
    }
    return r;
}

QJsonObject Quote::toJson(const FeeConfig &fees) const
{
    return {{QStringLiteral("listing_bps"), fees.schedule.listingBps},
            {QStringLiteral("sale_bps"), fees.schedule.saleBps},
            {QStringLiteral("discount_bps"), discountBps},
            {QStringLiteral("seller_volume_30d"), nat128ToString(volume)},
            {QStringLiteral("listing_fee"), nat128ToString(listingFee)},
            {QStringLiteral("sale_fee"), nat128ToString(saleFee)},
            {QStringLiteral("fee_version"), fees.version},
            {QStringLiteral("treasury"), fees.treasury().toText()},
            {QStringLiteral("rounding"), QStringLiteral("down")}};
}

Result<Quote> quote(MarketStore &store, const FeeConfig &fees, const Principal &seller, const QString &asset, Nat128 price, qint64 nowNs)
{
    Quote q;
    NX_TRY(volume, store.sellerVolume(seller, asset, nowNs - market::kVolumeWindowNs));
    q.volume = *volume;
    q.discountBps = market::discountFor(fees.schedule, asset, q.volume);
    q.listingFee = market::feeFor(price, fees.schedule.listingBps, q.discountBps);
    q.saleFee = market::feeFor(price, fees.schedule.saleBps, q.discountBps);
    return q;
}

} // namespace nexus::marketpay
