#pragma once
// The ICRC-1/2 rules of the ledger: transfer, burn, mint, approve and transfer_from, each checked
// and then recorded as one ICRC-3 block inside the caller's transaction.
//
// Fees are burned (there is no fee collector), so for every asset at every moment:
//     sum of all balances == minted - burned - fees_burned   (the total supply)
// Mints add to `minted` and one balance; burns take from one balance and add to `burned`; every
// other block moves `amount` between balances and moves `fee` from the payer into `fees_burned`.

#include "ledgerstore.h"

#include <QList>

namespace nexus {

// One operation as the caller asked for it, with the accounts already parsed.
struct TxRequest {
    BlockType type = BlockType::Transfer; // Transfer (to the minting account: a burn), Mint, Burn, Approve, TransferFrom
    Account caller;                       // the paying account (Transfer, Burn, Approve) or the spender (TransferFrom)
    std::optional<Account> from;          // TransferFrom: the owner's account
    std::optional<Account> to;            // Transfer, Mint, TransferFrom
    std::optional<Account> spender;       // Approve
    Nat128 amount = 0;
    std::optional<Nat128> fee;            // as the caller named it
    std::optional<QByteArray> memo;
    std::optional<quint64> createdAtTime;
    std::optional<Nat128> expectedAllowance;
    std::optional<quint64> expiresAt;
};

struct TxOutcome {
    AssetRow asset;         // after the block
    qint64 index = 0;       // block index in the asset's chain
    qint64 seq = 0;         // global block order
    LedgerBlock block;
    QList<Account> touched; // accounts the block names
};

class LedgerOps
{
public:
    LedgerOps(QSqlDatabase &db, qint64 nowNs) : m_store(db), m_now(nowNs) {}

    // Applies `r` to asset `a` (as just read). Refusals are Errors carrying LedgerError details
    // (BadFee, InsufficientFunds, ...); the caller's transaction is then rolled back.
    Result<TxOutcome> execute(AssetRow a, const TxRequest &r);

private:
    struct Party {
        Account account;
        qint64 id = 0;
        Nat128 balance = 0;
    };
    Result<Party> party(const Account &a, const QString &asset);

    LedgerStore m_store;
    qint64 m_now;
};

} // namespace nexus
