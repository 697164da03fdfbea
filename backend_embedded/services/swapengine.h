#pragma once
// Applies swap actions inside the caller's gateway transaction: checks the transition (core/
// swapstate.h), moves funds through the ledger's own rules (LedgerOps: every lock and payout is a
// block that pays the asset's fee), updates the legs and the contract row, and records an event.
//
// Fees (the ledger's rules): locking a leg is a transfer from the owner's account into the escrow
// account, so the owner pays `amount + fee`; paying a leg out (redeem, refund, dispute resolution)
// is a transfer from the escrow of `amount - fee` (the fee in force then), so the escrow ends at 0
// and the recipient gets `amount - fee`.

#include "gateway/methoddescriptor.h"
#include "swapstore.h"

namespace nexus {

// What one action did on the ledger, for summaries and answers.
struct SwapMove {
    SwapLegId leg = SwapLegId::A;
    QString asset;
    Nat128 amount = 0;    // what arrived (lock: into escrow; payout: at the recipient)
    Nat128 fee = 0;
    qint64 blockIndex = 0;
    QString to;           // account text
};

class SwapEngine
{
public:
    explicit SwapEngine(ExecContext &ctx);

    qint64 now() const { return m_now; }
    SwapStore &store() { return m_store; }

    // Applies `action` to `c` on behalf of `actor` (the caller has checked that the actor may),
    // saves the contract and appends an event with `detail`. Moves: the ledger blocks written.
    Status apply(SwapContract &c, SwapAction action, const Principal &actor, const QString &detail, QList<SwapMove> *moves = nullptr);

    // Ledger change events for the moves (topic "ledger") and the swap (topic "swaps").
    void announce(const SwapContract &c, const QList<SwapMove> &moves);

private:
    Result<SwapMove> lock(const SwapContract &c, SwapLegId leg);
    Result<SwapMove> payout(const SwapContract &c, SwapLegId leg, const Account &to);

    ExecContext &m_ctx;
    SwapStore m_store;
    qint64 m_now;
};

// "1.5 ICP" for amounts in summaries and errors.
QString swapAmountText(QSqlDatabase &db, const QString &asset, Nat128 amount);

} // namespace nexus
