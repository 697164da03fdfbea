// What the parties do: initiate, participate, redeem, refund, cancel and open a dispute.

#include "swaphandlers.h"
#include "swapview.h"

#include "amount.h"
#include "ledgerargs.h"
#include "ledgerrules.h"
#include "oraclepricing.h"
#include "services/servicesupport.h"
#include "swapsecret.h"

#include <QJsonArray>

namespace nexus::swaps {

namespace {

namespace la = ledgerargs;

#define NX_TRY(var, expr)        \
    auto var = (expr);           \
    if (!var)                    \
        return var.error();

const QString kId = QStringLiteral("id");

// A "timelock_ns" argument, or now + the default.
Result<qint64> timelockArg(const QJsonObject &args, qint64 fallback)
{
    auto t = la::optionalTime(args, QStringLiteral("timelock_ns"), true);
    if (!t)
        return t.error();
    return *t ? qint64(**t) : fallback;
}

// The value of `amount` of `asset` in US cents at the oracle's current price (rounded down).
Result<Nat128> usdCents(ExecContext &ctx, qint64 now, const QString &asset, Nat128 amount)
{
    return oracle::convertAmount(ctx.db, asset, QStringLiteral("USD"), amount, now);
}

Status checkAffordable(QSqlDatabase &db, const Account &from, const AssetRow &a, Nat128 amount)
{
    auto party = LedgerStore(db).party(from, a.symbol, false);
    if (!party)
        return party.error();
    Nat128 need = 0;
    if (!ledger::addOverflows(amount, a.fee, &need) && party->balance >= need)
        return {};
    return Error::make(ErrorCode::Conflict,
                       QStringLiteral("%1 holds %2 %3; locking %4 %3 needs %5 %3 (the amount plus the %6 %3 fee).")
                           .arg(la::shortText(from.toText()), formatAmount(party->balance, a.decimals), a.symbol,
                                formatAmount(amount, a.decimals), formatAmount(amount + a.fee, a.decimals), formatAmount(a.fee, a.decimals)),
                       QStringLiteral("Lock less, or fund the account first."));
}

Result<QJsonValue> answer(ExecContext &ctx, SwapEngine &engine, qint64 id, const QList<SwapMove> &moves)
{
    NX_TRY(row, engine.store().load(id));
    NX_TRY(json, contractJson(ctx.db, *row, engine.now(), {false, true}));
    QJsonObject o = *json;
    o.insert(QStringLiteral("moves"), movesJson(moves));
    engine.announce(row->contract, moves);
    return o;
}

} // namespace

Result<QJsonValue> initiate(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    const qint64 now = engine.now();
    LedgerStore ledger(ctx.db);
    NX_TRY(assetA, ledger.asset(args.value(QStringLiteral("asset")).toString()));
    NX_TRY(assetB, ledger.asset(args.value(QStringLiteral("participant_asset")).toString()));
    if (assetA->symbol == assetB->symbol)
        return svc::invalid(QStringLiteral("participant_asset: both sides are %1; a swap exchanges two different assets.").arg(assetA->symbol),
                            QStringLiteral("Use ledger.transfer to send %1.").arg(assetA->symbol));
    NX_TRY(amountA, la::amount(args, QStringLiteral("amount"), *assetA));
    NX_TRY(amountB, la::amount(args, QStringLiteral("participant_amount"), *assetB));
    for (const auto &[key, a, amount] : {std::tuple{QStringLiteral("amount"), &*assetA, *amountA},
                                         std::tuple{QStringLiteral("participant_amount"), &*assetB, *amountB}})
        if (amount <= a->fee)
            return svc::invalid(QStringLiteral("%1: %2 %3 does not cover the %4 %3 fee of paying it out of escrow.")
                                    .arg(key, formatAmount(amount, a->decimals), a->symbol, formatAmount(a->fee, a->decimals)),
                                QStringLiteral("Swap more than the fee; the recipient receives the amount minus the fee."));
    const Principal participant = svc::principalArg(ctx, args, QStringLiteral("participant"));
    if (participant == ctx.call.caller)
        return svc::invalid(QStringLiteral("participant: you cannot swap with yourself."));
    NX_TRY(user, svc::loadUser(ctx.db, participant));
    if (user->disabled)
        return Error::make(ErrorCode::Conflict, QStringLiteral("The participant %1 is disabled.").arg(participant.toText()),
                           QStringLiteral("Pick another participant, or ask an admin."));
    NX_TRY(hashlock, parseSwapHash(args.value(QStringLiteral("hashlock")).toString(), QStringLiteral("hashlock")));
    NX_TRY(used, engine.store().hashlockUsed(*hashlock));
    if (*used)
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("hashlock: another swap already uses this hashlock."),
                           QStringLiteral("Make a new secret for every swap; a revealed secret would unlock the other swap too."));
    NX_TRY(policy, engine.store().policy());
    NX_TRY(t1, timelockArg(args, now + policy->initiatorTimelockS * SwapPolicy::kSecondNs));
    if (auto st = policy->checkInitiatorTimelock(*t1, now); !st)
        return st.error();
    NX_TRY(from, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    if (auto st = checkAffordable(ctx.db, *from, *assetA, *amountA); !st)
        return st.error();

    // The value decides whether admins approve before anything is locked. A swap the oracle cannot
    // price needs approval too: a tripped breaker must not let a large swap through.
    SwapRow row;
    Nat128 value = 0;
    QStringList unpriced;
    for (const auto &[a, amount] : {std::pair{&*assetA, *amountA}, std::pair{&*assetB, *amountB}}) {
        auto cents = usdCents(ctx, now, a->symbol, amount);
        if (cents)
            value = std::max(value, *cents);
        else
            unpriced << QStringLiteral("%1: %2").arg(a->symbol, cents.error().message);
    }
    if (unpriced.isEmpty()) {
        row.valueUsd = formatAmount(value, 2, 2);
        row.valueNote = QStringLiteral("oracle USD value of the larger leg at initiation");
    } else {
        row.valueNote = QStringLiteral("not priced (%1)").arg(unpriced.join(QStringLiteral("; "))).left(500);
    }
    const bool needsApproval = unpriced.isEmpty() ? policy->needsApproval(value) : policy->approvalsRequired > 0;

    SwapContract &c = row.contract;
    c.state = SwapState::PendingApproval;
    c.initiator = ctx.call.caller;
    c.participant = participant;
    c.hashlock = *hashlock;
    c.a = SwapLeg{assetA->symbol, *amountA, from->subaccount(), *t1, LegState::None};
    c.b = SwapLeg{assetB->symbol, *amountB, {}, std::nullopt, LegState::None};
    c.approvalsRequired = needsApproval ? policy->approvalsRequired : 0;
    c.createdNs = c.updatedNs = now;
    NX_TRY(id, engine.store().insert(row));
    c.id = *id;
    const QString terms = QStringLiteral("%1 for %2 with %3").arg(swapAmountText(ctx.db, c.a.asset, c.a.amount),
                                                                 swapAmountText(ctx.db, c.b.asset, c.b.amount), la::shortText(participant.toText()));
    if (auto st = engine.store().addEvent(c.id, {now, ctx.call.caller, QStringLiteral("initiate"), terms, {}, std::nullopt}); !st)
        return st.error();
    QList<SwapMove> moves;
    if (!needsApproval)
        if (auto st = engine.apply(c, SwapAction::Lock, ctx.call.caller, QStringLiteral("locked at initiation"), &moves); !st)
            return st.error();
    ctx.summary = QStringLiteral("swap %1 %2: %3, hashlock %4, T1 %5%6")
                      .arg(c.id)
                      .arg(needsApproval ? QStringLiteral("awaits %1 approvals").arg(c.approvalsRequired) : QStringLiteral("initiated"), terms,
                           hashText(c.hashlock), swapTimeText(*t1),
                           moves.isEmpty() ? QString() : QStringLiteral(", ") + movesText(ctx.db, moves));
    return answer(ctx, engine, c.id, moves);
}

Result<QJsonValue> participate(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (ctx.call.caller != c.participant)
        return svc::denied(QStringLiteral("Only the participant the initiator named (%1) can participate in swap %2.")
                               .arg(la::shortText(c.participant.toText()))
                               .arg(c.id));
    if (auto next = swapTransition(c.state, SwapAction::Participate); !next)
        return next.error();
    NX_TRY(policy, engine.store().policy());
    NX_TRY(t2, timelockArg(args, engine.now() + policy->participantTimelockS * SwapPolicy::kSecondNs));
    if (auto st = policy->checkParticipantTimelock(*t2, *c.a.timelockNs, engine.now()); !st)
        return st.error();
    NX_TRY(from, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    c.b.subaccount = from->subaccount();
    c.b.timelockNs = *t2;
    QList<SwapMove> moves;
    if (auto st = engine.apply(c, SwapAction::Participate, ctx.call.caller, QStringLiteral("T2 %1").arg(swapTimeText(*t2)), &moves); !st)
        return st.error();
    ctx.summary = QStringLiteral("swap %1 participated: T2 %2, %3").arg(c.id).arg(swapTimeText(*t2), movesText(ctx.db, moves));
    return answer(ctx, engine, c.id, moves);
}

Result<QJsonValue> redeem(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (auto st = requireParty(c, ctx.call.caller, QStringLiteral("redeem it")); !st)
        return st.error();
    // The initiator redeems the participant's contract; the participant the initiator's.
    const bool byInitiator = ctx.call.caller == c.initiator;
    const SwapAction action = byInitiator ? SwapAction::RedeemParticipantLeg : SwapAction::RedeemInitiatorLeg;
    if (auto next = swapTransition(c.state, action); !next)
        return next.error();
    // Never repeat the given text in an error: it may be a secret with a typo.
    NX_TRY(secret, parseSwapHash(args.value(QStringLiteral("secret")).toString(), QStringLiteral("secret")));
    if (!swapSecretMatches(*secret, c.hashlock))
        return svc::invalid(QStringLiteral("secret: it does not hash to swap %1's hashlock %2.").arg(c.id).arg(hashText(c.hashlock)),
                            byInitiator ? QStringLiteral("Use the secret your app made for this swap.")
                                        : QStringLiteral("Read it with swaps.extract_secret."));
    if (byInitiator && engine.now() >= *c.b.timelockNs)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("The participant's timelock passed at %1; their contract can only be refunded now.")
                               .arg(swapTimeText(*c.b.timelockNs)),
                           QStringLiteral("swaps.refund returns both sides once their timelocks have passed."));
    c.secret = *secret;
    QList<SwapMove> moves;
    const QString who = byInitiator ? QStringLiteral("initiator") : QStringLiteral("participant");
    if (auto st = engine.apply(c, action, ctx.call.caller, QStringLiteral("by the %1; secret sha256 %2").arg(who, QString::fromLatin1(c.hashlock.toHex())),
                               &moves);
        !st)
        return st.error();
    ctx.summary = QStringLiteral("swap %1 redeemed by the %2 (%3); %4, secret sha256 %5")
                      .arg(c.id)
                      .arg(who, movesText(ctx.db, moves),
                           byInitiator ? QStringLiteral("secret revealed") : QStringLiteral("swap completed"), hashText(c.hashlock));
    return answer(ctx, engine, c.id, moves);
}

Result<QJsonValue> refund(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (auto st = requireParty(c, ctx.call.caller, QStringLiteral("ask for its refund")); !st)
        return st.error();
    const QList<SwapAction> due = refundActions(c, engine.now());
    if (due.isEmpty()) {
        // Say why: the state forbids it, or a timelock has not passed yet.
        if (c.state == SwapState::Participated || c.state == SwapState::Initiated || c.state == SwapState::ParticipantRefunded) {
            const qint64 at = c.state == SwapState::Participated ? *c.b.timelockNs : *c.a.timelockNs;
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("Swap %1 cannot be refunded before %2 (in %3).").arg(c.id).arg(swapTimeText(at), swapDurationText(at - engine.now())),
                               QStringLiteral("Until then the counterparty can still redeem with the secret."));
        }
        const SwapAction probe = c.state == SwapState::Redeemed ? SwapAction::RefundInitiatorLeg : SwapAction::RefundParticipantLeg;
        return swapTransition(c.state, probe).error();
    }
    QList<SwapMove> moves;
    for (SwapAction a : due)
        if (auto st = engine.apply(c, a, ctx.call.caller, QStringLiteral("timelock passed"), &moves); !st)
            return st.error();
    ctx.summary = QStringLiteral("swap %1 refunded (%2): %3").arg(c.id).arg(swapStateName(c.state), movesText(ctx.db, moves));
    return answer(ctx, engine, c.id, moves);
}

Result<QJsonValue> cancel(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (ctx.call.caller != c.initiator)
        return svc::denied(QStringLiteral("Only the initiator can cancel swap %1.").arg(c.id));
    const QString reason = args.value(QStringLiteral("reason")).toString();
    if (auto st = engine.apply(c, SwapAction::Cancel, ctx.call.caller, reason.isEmpty() ? QStringLiteral("cancelled by the initiator") : reason); !st)
        return st.error();
    ctx.summary = QStringLiteral("swap %1 cancelled by the initiator%2").arg(c.id).arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    return answer(ctx, engine, c.id, {});
}

Result<QJsonValue> openDispute(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    NX_TRY(row, loadSwap(engine, args));
    SwapContract &c = row->contract;
    if (auto st = requireParty(c, ctx.call.caller, QStringLiteral("open a dispute")); !st)
        return st.error();
    if (auto next = swapTransition(c.state, SwapAction::OpenDispute); !next)
        return next.error();
    const QString reason = args.value(QStringLiteral("reason")).toString();
    if (auto st = engine.store().openDispute(c.id, {ctx.call.caller, engine.now(), reason, std::nullopt, 0, {}, {}}); !st)
        return st.error();
    const QString who = ctx.call.caller == c.initiator ? QStringLiteral("initiator") : QStringLiteral("participant");
    if (auto st = engine.apply(c, SwapAction::OpenDispute, ctx.call.caller, QStringLiteral("by the %1: %2").arg(who, reason)); !st)
        return st.error();
    ctx.summary = QStringLiteral("swap %1 disputed by the %2 (was %3): %4").arg(c.id).arg(who, swapStateName(*c.disputedFrom), reason);
    return answer(ctx, engine, c.id, {});
}

#undef NX_TRY

} // namespace nexus::swaps
