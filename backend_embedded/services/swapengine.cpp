#include "swapengine.h"

#include "amount.h"
#include "ledgerargs.h"
#include "ledgerops.h"

namespace nexus {

namespace {

QString memoFor(const SwapContract &c, const char *what, SwapLegId leg)
{
    return QStringLiteral("swap %1 %2 %3").arg(c.id).arg(QLatin1String(what), swapLegName(leg));
}

} // namespace

QString swapAmountText(QSqlDatabase &db, const QString &asset, Nat128 amount)
{
    auto a = LedgerStore(db).asset(asset);
    return QStringLiteral("%1 %2").arg(a ? formatAmount(amount, a->decimals) : nat128ToString(amount), asset);
}

SwapEngine::SwapEngine(ExecContext &ctx) : m_ctx(ctx), m_store(ctx.db), m_now(ledgerargs::now(ctx)) {}

Result<SwapMove> SwapEngine::lock(const SwapContract &c, SwapLegId leg)
{
    const SwapLeg &l = c.leg(leg);
    auto asset = LedgerStore(m_ctx.db).asset(l.asset);
    if (!asset)
        return asset.error();
    TxRequest r;
    r.type = BlockType::Transfer;
    r.caller = c.ownerAccount(leg);
    r.to = swapEscrowAccount(c.id, leg);
    r.amount = l.amount;
    r.memo = memoFor(c, "lock", leg).toUtf8();
    auto done = LedgerOps(m_ctx.db, m_now).execute(*asset, r);
    if (!done)
        return done.error();
    return SwapMove{leg, l.asset, l.amount, done->block.fee.value_or(0), done->index, r.to->toText()};
}

Result<SwapMove> SwapEngine::payout(const SwapContract &c, SwapLegId leg, const Account &to)
{
    const SwapLeg &l = c.leg(leg);
    auto asset = LedgerStore(m_ctx.db).asset(l.asset);
    if (!asset)
        return asset.error();
    if (l.amount <= asset->fee)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("Swap %1: the %2 fee is now %3, which leaves nothing of the %4 held in escrow to pay out.")
                               .arg(c.id).arg(l.asset, formatAmount(asset->fee, asset->decimals), formatAmount(l.amount, asset->decimals)),
                           QStringLiteral("An admin with manage_fees can lower the %1 fee; the escrow stays locked until then.").arg(l.asset));
    TxRequest r;
    r.type = BlockType::Transfer;
    r.caller = swapEscrowAccount(c.id, leg);
    r.to = to;
    r.amount = l.amount - asset->fee;
    const bool back = to == c.ownerAccount(leg);
    r.memo = memoFor(c, back ? "refund" : "redeem", leg).toUtf8();
    auto done = LedgerOps(m_ctx.db, m_now).execute(*asset, r);
    if (!done) // the escrow holds exactly the locked amount; anything else is damage
        return Error::make(ErrorCode::Internal, QStringLiteral("Swap %1: paying out leg %2 failed: %3").arg(c.id).arg(swapLegName(leg), done.error().message),
                           QStringLiteral("Run ledger.verify_chain; the swap was left unchanged."));
    return SwapMove{leg, l.asset, r.amount, asset->fee, done->index, to.toText()};
}

Status SwapEngine::apply(SwapContract &c, SwapAction action, const Principal &actor, const QString &detail, QList<SwapMove> *moves)
{
    auto next = swapTransition(c.state, action);
    if (!next)
        return next.error();
    QList<SwapMove> done;
    const auto pay = [&](SwapLegId leg, const Account &to, LegState after) -> Status {
        auto m = payout(c, leg, to);
        if (!m)
            return m.error();
        c.leg(leg).state = after;
        done << *m;
        return {};
    };
    Status st;
    switch (action) {
    case SwapAction::Lock:
    case SwapAction::Participate: {
        const SwapLegId leg = action == SwapAction::Lock ? SwapLegId::A : SwapLegId::B;
        auto m = lock(c, leg);
        if (!m)
            return m.error();
        c.leg(leg).state = LegState::Locked;
        done << *m;
        break;
    }
    case SwapAction::RedeemParticipantLeg:
        st = pay(SwapLegId::B, c.recipientAccount(SwapLegId::B), LegState::Redeemed);
        break;
    case SwapAction::RedeemInitiatorLeg:
        st = pay(SwapLegId::A, c.recipientAccount(SwapLegId::A), LegState::Redeemed);
        break;
    case SwapAction::RefundParticipantLeg:
        st = pay(SwapLegId::B, c.ownerAccount(SwapLegId::B), LegState::Refunded);
        break;
    case SwapAction::RefundInitiatorLeg:
        st = pay(SwapLegId::A, c.ownerAccount(SwapLegId::A), LegState::Refunded);
        break;
    case SwapAction::ResolveRefund:
    case SwapAction::ResolveRelease:
        for (SwapLegId leg : {SwapLegId::B, SwapLegId::A}) {
            if (c.leg(leg).state != LegState::Locked)
                continue;
            const bool refund = action == SwapAction::ResolveRefund;
            st = pay(leg, refund ? c.ownerAccount(leg) : c.recipientAccount(leg), refund ? LegState::Refunded : LegState::Redeemed);
            if (!st)
                break;
        }
        break;
    case SwapAction::OpenDispute:
        c.disputedFrom = c.state;
        break;
    case SwapAction::Approve:
    case SwapAction::Cancel:
    case SwapAction::Reject:
        break;
    }
    if (!st)
        return st;
    c.state = *next;
    c.updatedNs = m_now;
    if (auto s = m_store.save(c); !s)
        return s;
    SwapEventRow e{m_now, actor, swapActionName(action), detail, {}, std::nullopt};
    if (done.isEmpty())
        return m_store.addEvent(c.id, e);
    for (const SwapMove &m : std::as_const(done)) { // one event per block moved
        e.asset = m.asset;
        e.blockIndex = m.blockIndex;
        if (auto s = m_store.addEvent(c.id, e); !s)
            return s;
    }
    if (moves)
        *moves << done;
    return {};
}

void SwapEngine::announce(const SwapContract &c, const QList<SwapMove> &moves)
{
    for (const SwapMove &m : moves) {
        const Account escrow = swapEscrowAccount(c.id, m.leg);
        m_ctx.changed(QStringLiteral("ledger"), {m.asset, escrow.toText(), c.ownerAccount(m.leg).toText(), m.to});
    }
    m_ctx.changed(QStringLiteral("swaps"), {QString::number(c.id)});
}

} // namespace nexus
