#include "swapview.h"

#include "amount.h"
#include "ledgerstore.h"
#include "services/servicesupport.h"

#include <QJsonArray>

namespace nexus::swaps {

namespace {

QJsonObject legJson(QSqlDatabase &db, const SwapContract &c, SwapLegId id, qint64 now)
{
    const SwapLeg &l = c.leg(id);
    auto asset = LedgerStore(db).asset(l.asset);
    const int decimals = asset ? asset->decimals : 0;
    const Nat128 fee = asset ? asset->fee : 0;
    QJsonObject o{{QStringLiteral("asset"), l.asset},
                  {QStringLiteral("amount"), nat128ToString(l.amount)},
                  {QStringLiteral("amount_text"), formatAmount(l.amount, decimals)},
                  {QStringLiteral("payout"), nat128ToString(l.amount > fee ? l.amount - fee : 0)},
                  {QStringLiteral("fee"), nat128ToString(fee)},
                  {QStringLiteral("owner"), c.owner(id).toText()},
                  {QStringLiteral("owner_account"), c.ownerAccount(id).toText()},
                  {QStringLiteral("recipient_account"), c.recipientAccount(id).toText()},
                  {QStringLiteral("escrow_account"), swapEscrowAccount(c.id, id).toText()},
                  {QStringLiteral("state"), legStateName(l.state)}};
    if (l.timelockNs) {
        const qint64 left = *l.timelockNs - now;
        o.insert(QStringLiteral("timelock_ns"), QString::number(*l.timelockNs));
        o.insert(QStringLiteral("timelock"), swapTimeText(*l.timelockNs));
        o.insert(QStringLiteral("seconds_left"), double(left > 0 ? left / SwapPolicy::kSecondNs : 0));
        o.insert(QStringLiteral("expired"), left <= 0);
        o.insert(QStringLiteral("timelock_text"), left > 0 ? QStringLiteral("Timelock reached in %1").arg(swapDurationText(left))
                                                          : QStringLiteral("Timelock expired %1 ago").arg(swapDurationText(-left)));
    }
    return o;
}

// The short form of a leg: enough to follow the swap; audit_contract has the rest.
QJsonObject legBrief(const SwapContract &c, SwapLegId id)
{
    const SwapLeg &l = c.leg(id);
    QJsonObject o{{QStringLiteral("asset"), l.asset}, {QStringLiteral("amount"), nat128ToString(l.amount)}, {QStringLiteral("state"), legStateName(l.state)}};
    if (l.timelockNs)
        o.insert(QStringLiteral("timelock_ns"), QString::number(*l.timelockNs));
    return o;
}

} // namespace

QString hashText(const QByteArray &hashlock) { return QString::fromLatin1(hashlock.toHex().left(16)) + QStringLiteral("…"); }

Result<QJsonObject> contractJson(QSqlDatabase &db, const SwapRow &row, qint64 now, ViewOptions opt)
{
    const SwapContract &c = row.contract;
    SwapStore store(db);
    if (opt.brief) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("state"), swapStateName(c.state)},
                      {QStringLiteral("hashlock"), QString::fromLatin1(c.hashlock.toHex())},
                      {QStringLiteral("secret_revealed"), !c.secret.isEmpty()},
                      {QStringLiteral("initiator_leg"), legBrief(c, SwapLegId::A)},
                      {QStringLiteral("participant_leg"), legBrief(c, SwapLegId::B)},
                      {QStringLiteral("approvals_required"), c.approvalsRequired},
                      {QStringLiteral("final"), isFinal(c.state)},
                      {QStringLiteral("actions"), availableSwapActions(c, now)}};
        if (c.disputedFrom)
            o.insert(QStringLiteral("disputed_from"), swapStateName(*c.disputedFrom));
        if (c.approvalsRequired > 0) {
            auto approvals = store.approvals(c.id);
            if (!approvals)
                return approvals.error();
            o.insert(QStringLiteral("approvals"), int(approvals->size()));
        }
        return o;
    }
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("state"), swapStateName(c.state)},
                  {QStringLiteral("initiator"), c.initiator.toText()},
                  {QStringLiteral("participant"), c.participant.toText()},
                  {QStringLiteral("hashlock"), QString::fromLatin1(c.hashlock.toHex())},
                  {QStringLiteral("secret_revealed"), !c.secret.isEmpty()},
                  {QStringLiteral("initiator_leg"), legJson(db, c, SwapLegId::A, now)},
                  {QStringLiteral("participant_leg"), legJson(db, c, SwapLegId::B, now)},
                  {QStringLiteral("value_usd"), row.valueUsd.isEmpty() ? QJsonValue() : QJsonValue(row.valueUsd)},
                  {QStringLiteral("value_note"), row.valueNote},
                  {QStringLiteral("approvals_required"), c.approvalsRequired},
                  {QStringLiteral("created_ns"), QString::number(c.createdNs)},
                  {QStringLiteral("updated_ns"), QString::number(c.updatedNs)},
                  {QStringLiteral("now_ns"), QString::number(now)},
                  {QStringLiteral("final"), isFinal(c.state)},
                  {QStringLiteral("actions"), availableSwapActions(c, now)}};
    if (c.disputedFrom)
        o.insert(QStringLiteral("disputed_from"), swapStateName(*c.disputedFrom));
    if (const auto due = swapDueNs(c))
        o.insert(QStringLiteral("due_ns"), QString::number(*due));
    auto approvals = store.approvals(c.id);
    if (!approvals)
        return approvals.error();
    o.insert(QStringLiteral("approvals"), int(approvals->size()));
    if (!opt.history)
        return o;
    QJsonArray approvers;
    for (const SwapApprovalRow &a : std::as_const(*approvals))
        approvers.append(QJsonObject{{QStringLiteral("approver"), a.approver.toText()},
                                     {QStringLiteral("approved_ns"), QString::number(a.approvedNs)},
                                     {QStringLiteral("note"), a.note}});
    o.insert(QStringLiteral("approved_by"), approvers);
    auto dispute = store.dispute(c.id);
    if (!dispute)
        return dispute.error();
    if (*dispute) {
        const SwapDisputeRow &d = **dispute;
        QJsonObject dj{{QStringLiteral("opened_by"), d.openedBy.toText()},
                       {QStringLiteral("opened_ns"), QString::number(d.openedNs)},
                       {QStringLiteral("reason"), d.reason}};
        if (d.resolvedBy) {
            dj.insert(QStringLiteral("resolved_by"), d.resolvedBy->toText());
            dj.insert(QStringLiteral("resolved_ns"), QString::number(d.resolvedNs));
            dj.insert(QStringLiteral("resolution"), d.resolution);
            dj.insert(QStringLiteral("resolution_reason"), d.resolutionReason);
        }
        o.insert(QStringLiteral("dispute"), dj);
    }
    auto events = store.events(c.id);
    if (!events)
        return events.error();
    QJsonArray ev;
    for (const SwapEventRow &e : std::as_const(*events)) {
        QJsonObject ej{{QStringLiteral("ts_ns"), QString::number(e.tsNs)},
                       {QStringLiteral("actor"), e.actor.toText()},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("detail"), e.detail}};
        if (e.blockIndex) {
            ej.insert(QStringLiteral("asset"), e.asset);
            ej.insert(QStringLiteral("block_index"), *e.blockIndex);
        }
        ev.append(ej);
    }
    o.insert(QStringLiteral("events"), ev);
    return o;
}

QJsonArray movesJson(const QList<SwapMove> &moves)
{
    QJsonArray out;
    for (const SwapMove &m : moves)
        out.append(QJsonObject{{QStringLiteral("leg"), m.leg == SwapLegId::A ? QStringLiteral("initiator") : QStringLiteral("participant")},
                               {QStringLiteral("asset"), m.asset},
                               {QStringLiteral("amount"), nat128ToString(m.amount)},
                               {QStringLiteral("fee"), nat128ToString(m.fee)},
                               {QStringLiteral("block_index"), m.blockIndex},
                               {QStringLiteral("to"), m.to}});
    return out;
}

QString movesText(QSqlDatabase &db, const QList<SwapMove> &moves)
{
    QStringList parts;
    for (const SwapMove &m : moves)
        parts << QStringLiteral("%1 block %2: %3").arg(m.asset).arg(m.blockIndex).arg(swapAmountText(db, m.asset, m.amount));
    return parts.join(QStringLiteral("; "));
}

Result<SwapRow> loadSwap(SwapEngine &engine, const QJsonObject &args)
{
    return engine.store().load(args.value(QStringLiteral("id")).toInteger());
}

Status requireParty(const SwapContract &c, const Principal &who, const QString &what)
{
    if (c.isParty(who))
        return {};
    return svc::denied(QStringLiteral("Only the initiator or the participant of swap %1 can %2.").arg(c.id).arg(what),
                       QStringLiteral("Act as one of the parties (--as), or ask them."));
}

} // namespace nexus::swaps
