#pragma once
// The marketplace's payments: ledger transactions (ICRC-1 transfer or ICRC-2 transfer_from through
// the marketplace's spender account) run inside the calling method's transaction, so a refused
// payment rolls back everything the call did. The fee quote for a seller lives here too.

#include "gateway/methoddescriptor.h"
#include "ledgerops.h"
#include "marketstore.h"

namespace nexus::marketpay {

// Runs one ledger transaction on `asset` and reports the ledger change.
Result<TxOutcome> run(ExecContext &ctx, const QString &asset, const TxRequest &r);
// The same with the asset's row already read in this transaction, and no ledger change to that
// asset since (the row carries the chain's tip): saves reading it again.
Result<TxOutcome> run(ExecContext &ctx, const AssetRow &asset, const TxRequest &r);

// A transfer from `from` (the caller's account) or, with `viaAllowance`, a transfer_from of the
// buyer's funds by the marketplace spender.
TxRequest payment(const Account &from, const Account &to, Nat128 amount, bool viaAllowance, const QString &memo);

struct Quote {
    Nat128 volume = 0;      // the seller's sales in the asset over the last 30 days
    int discountBps = 0;
    Nat128 listingFee = 0;
    Nat128 saleFee = 0;
    QJsonObject toJson(const FeeConfig &fees) const;
};
Result<Quote> quote(MarketStore &store, const FeeConfig &fees, const Principal &seller, const QString &asset, Nat128 price, qint64 nowNs);

} // namespace nexus::marketpay
