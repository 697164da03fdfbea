// The swap service's reads: audit_contract (every parameter, the time left, the history),
// extract_secret (the preimage, once the initiator's redeem revealed it), list and due.

#include "swaphandlers.h"
#include "swapview.h"

#include "services/servicesupport.h"

#include <QJsonArray>

#include <limits>

namespace nexus::swaps {

Result<QJsonValue> auditContract(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    auto row = loadSwap(engine, args);
    if (!row)
        return row.error();
    auto json = contractJson(ctx.db, *row, engine.now(), {true});
    if (!json)
        return json.error();
    return *json;
}

Result<QJsonValue> extractSecret(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    auto row = loadSwap(engine, args);
    if (!row)
        return row.error();
    const SwapContract &c = row->contract;
    if (!c.isParty(ctx.call.caller) && !ctx.caller.holds(Permission::ManageSwaps))
        return svc::denied(QStringLiteral("Only the parties of swap %1 (or a holder of manage_swaps) can read its secret.").arg(c.id));
    if (c.secret.isEmpty())
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("Swap %1's secret has not been revealed: the initiator has not redeemed yet (the swap is %2).")
                               .arg(c.id).arg(swapStateName(c.state)),
                           QStringLiteral("Wait for the initiator's redeem; after the participant's timelock passes, refund instead."));
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("secret"), QString::fromLatin1(c.secret.toHex())},
                       {QStringLiteral("hashlock"), QString::fromLatin1(c.hashlock.toHex())},
                       {QStringLiteral("state"), swapStateName(c.state)}};
}

Result<QJsonValue> list(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    SwapListFilter f;
    if (args.contains(QStringLiteral("party")))
        f.party = svc::principalArg(ctx, args, QStringLiteral("party"));
    else if (args.value(QStringLiteral("mine")).toBool())
        f.party = ctx.call.caller;
    if (args.contains(QStringLiteral("state")))
        f.state = swapStateFromName(args.value(QStringLiteral("state")).toString());
    if (args.contains(QStringLiteral("final")))
        f.final = args.value(QStringLiteral("final")).toBool();
    f.limit = args.value(QStringLiteral("limit")).toInt(50);
    f.offset = args.value(QStringLiteral("offset")).toInteger(0);
    qint64 total = 0;
    auto rows = engine.store().list(f, &total);
    if (!rows)
        return rows.error();
    QJsonArray items;
    for (const SwapRow &r : std::as_const(*rows)) {
        auto json = contractJson(ctx.db, r, engine.now());
        if (!json)
            return json.error();
        items.append(*json);
    }
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), double(total)}};
}

namespace {

// Whether the next step of a swap is the viewer's to take: participate, redeem or refund, offered
// now to the viewer's role. The Swaps panel's "Needs action" filter shows the same swaps.
bool needsAction(const SwapContract &c, const Principal &viewer, qint64 nowNs)
{
    const QString role = c.initiator == viewer ? QStringLiteral("initiator") : c.participant == viewer ? QStringLiteral("participant") : QString();
    if (role.isEmpty())
        return false;
    static const QStringList steps{QStringLiteral("swaps.participate"), QStringLiteral("swaps.redeem"), QStringLiteral("swaps.refund")};
    for (const QJsonValue &v : availableSwapActions(c, nowNs)) {
        const QJsonObject a = v.toObject();
        const QString by = a.value(QStringLiteral("by")).toString();
        if (steps.contains(a.value(QStringLiteral("method")).toString()) && (by == role || by == QLatin1String("initiator or participant")))
            return true;
    }
    return false;
}

} // namespace

Result<QJsonValue> counts(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    std::optional<Principal> party;
    if (args.contains(QStringLiteral("party")))
        party = svc::principalArg(ctx, args, QStringLiteral("party"));
    else if (args.value(QStringLiteral("mine")).toBool())
        party = ctx.call.caller;
    auto byState = engine.store().stateCounts(party);
    if (!byState)
        return byState.error();
    qint64 all = 0, finished = 0;
    QJsonObject states;
    for (SwapState s : allSwapStates()) {
        const qint64 n = byState->value(s, 0);
        states.insert(swapStateName(s), double(n));
        all += n;
        finished += isFinal(s) ? n : 0;
    }
    // The caller's own open swaps decide "needs action", whatever the scope asked for.
    SwapListFilter open;
    open.party = ctx.call.caller;
    open.final = false;
    open.limit = std::numeric_limits<int>::max();
    qint64 openTotal = 0;
    auto mine = engine.store().list(open, &openTotal);
    if (!mine)
        return mine.error();
    qint64 action = 0;
    for (const SwapRow &r : std::as_const(*mine))
        action += needsAction(r.contract, ctx.call.caller, engine.now()) ? 1 : 0;
    return QJsonObject{{QStringLiteral("all"), double(all)},
                       {QStringLiteral("active"), double(all - finished)},
                       {QStringLiteral("finished"), double(finished)},
                       {QStringLiteral("by_state"), states},
                       {QStringLiteral("needs_action"), double(action)}};
}

Result<QJsonValue> due(ExecContext &ctx, const QJsonObject &)
{
    SwapEngine engine(ctx);
    auto n = engine.store().dueCount(engine.now());
    if (!n)
        return n.error();
    auto next = Database::exec(ctx.db, QStringLiteral("SELECT min(due_ns) FROM swaps WHERE due_ns IS NOT NULL AND due_ns > ?"), {engine.now()});
    if (!next)
        return next.error();
    QJsonObject o{{QStringLiteral("due"), double(*n)}, {QStringLiteral("now_ns"), QString::number(engine.now())}};
    if (next->next() && !next->isNull(0))
        o.insert(QStringLiteral("next_due_ns"), QString::number(next->int64(0)));
    return o;
}

} // namespace nexus::swaps
