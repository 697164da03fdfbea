// What swap approvers (manage_swaps) do: approve or reject swaps above the value threshold, and
// resolve disputes. Nobody acts on a swap they are a party to.

#include "swaphandlers.h"
#include "swapview.h"

#include "ledgerargs.h"
#include "services/servicesupport.h"

namespace nexus::swaps {

namespace {

#define NX_TRY(var, expr)        \
    auto var = (expr);           \
    if (!var)                    \
        return var.error();

Status notAParty(const SwapContract &c, const Principal &who, const QString &what)
{
    if (who == c.initiator)
        return svc::denied(QStringLiteral("You initiated swap %1; you cannot %2 it yourself.").arg(c.id).arg(what),
                           QStringLiteral("Another holder of manage_swaps must do it."));
    if (who == c.participant)
        return svc::denied(QStringLiteral("You are the participant of swap %1; you cannot %2 it yourself.").arg(c.id).arg(what),
                           QStringLiteral("Another holder of manage_swaps must do it."));
    return {};
}

Result<QJsonValue> answer(ExecContext &ctx, SwapEngine &engine, qint64 id, const QList<SwapMove> &moves)
{
    NX_TRY(row, engine.store().load(id));
    NX_TRY(json, contractJson(ctx.db, *row, engine.now(), {true}));
    QJsonObject o = *json;
    o.insert(QStringLiteral("moves"), movesJson(moves));
    engine.announce(row->contract, moves);
    return o;
}

} // namespace

Result<QJsonValue> approve(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (auto st = notAParty(c, ctx.call.caller, QStringLiteral("approve")); !st)
        return st.error();
    if (auto next = swapTransition(c.state, SwapAction::Approve); !next)
        return next.error();
    const qint64 now = engine.now();
    if (now >= *c.a.timelockNs)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Swap %1's timelock passed at %2; it can no longer be approved.")
                                                    .arg(c.id).arg(swapTimeText(*c.a.timelockNs)),
                           QStringLiteral("The expiry job cancels it; the initiator can start a new swap."));
    NX_TRY(count, engine.store().addApproval(c.id, {ctx.call.caller, now, args.value(QStringLiteral("note")).toString()}));
    const QString progress = QStringLiteral("%1 of %2").arg(*count).arg(c.approvalsRequired);
    QList<SwapMove> moves;
    if (*count < c.approvalsRequired) {
        if (auto st = engine.apply(c, SwapAction::Approve, ctx.call.caller, QStringLiteral("approval %1").arg(progress)); !st)
            return st.error();
        ctx.summary = QStringLiteral("swap %1 approved (%2)").arg(c.id).arg(progress);
        return answer(ctx, engine, c.id, moves);
    }
    // The last approval locks the initiator's funds; the participant still needs time to lock theirs.
    NX_TRY(policy, engine.store().policy());
    const qint64 latest = *c.a.timelockNs - policy->safetyMarginS * SwapPolicy::kSecondNs;
    if (now >= latest)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("Swap %1's timelock %2 is too close: the participant could not lock their side before %3.")
                               .arg(c.id).arg(swapTimeText(*c.a.timelockNs), swapTimeText(latest)),
                           QStringLiteral("Reject it; the initiator can start again with a later timelock."));
    if (auto st = engine.apply(c, SwapAction::Lock, ctx.call.caller, QStringLiteral("approval %1; locked").arg(progress), &moves); !st)
        return st.error();
    ctx.summary = QStringLiteral("swap %1 approved (%2) and initiated: %3").arg(c.id).arg(progress, movesText(ctx.db, moves));
    return answer(ctx, engine, c.id, moves);
}

Result<QJsonValue> reject(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (auto st = notAParty(c, ctx.call.caller, QStringLiteral("reject")); !st)
        return st.error();
    const QString reason = args.value(QStringLiteral("reason")).toString();
    if (auto st = engine.apply(c, SwapAction::Reject, ctx.call.caller, reason); !st)
        return st.error();
    ctx.summary = QStringLiteral("swap %1 rejected: %2").arg(c.id).arg(reason);
    return answer(ctx, engine, c.id, {});
}

Result<QJsonValue> resolveDispute(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (auto st = notAParty(c, ctx.call.caller, QStringLiteral("resolve a dispute about")); !st)
        return st.error();
    const QString resolution = args.value(QStringLiteral("resolution")).toString();
    const QString reason = args.value(QStringLiteral("reason")).toString();
    const SwapAction action = resolution == QLatin1String("release") ? SwapAction::ResolveRelease : SwapAction::ResolveRefund;
    const QString was = c.disputedFrom ? swapStateName(*c.disputedFrom) : QString();
    QList<SwapMove> moves;
    if (auto st = engine.apply(c, action, ctx.call.caller, QStringLiteral("%1: %2").arg(resolution, reason), &moves); !st)
        return st.error();
    if (auto st = engine.store().resolveDispute(c.id, ctx.call.caller, engine.now(), resolution, reason); !st)
        return st.error();
    ctx.summary = QStringLiteral("swap %1 dispute resolved (%2, was %3): %4%5")
                      .arg(c.id)
                      .arg(resolution, was, reason, moves.isEmpty() ? QString() : QStringLiteral("; ") + movesText(ctx.db, moves));
    return answer(ctx, engine, c.id, moves);
}

#undef NX_TRY

} // namespace nexus::swaps
