#include "swappresenter.h"

#include "format.h"

#include <QJsonArray>

namespace nexus {

namespace {

QString method(const QString &key)
{
    static const QHash<QString, QString> methods{{QStringLiteral("participate"), QStringLiteral("swaps.participate")},
                                                 {QStringLiteral("redeem"), QStringLiteral("swaps.redeem")},
                                                 {QStringLiteral("extract"), QStringLiteral("swaps.extract_secret")},
                                                 {QStringLiteral("refund"), QStringLiteral("swaps.refund")},
                                                 {QStringLiteral("cancel"), QStringLiteral("swaps.cancel")},
                                                 {QStringLiteral("dispute"), QStringLiteral("swaps.open_dispute")},
                                                 {QStringLiteral("approve"), QStringLiteral("swaps.approve")},
                                                 {QStringLiteral("reject"), QStringLiteral("swaps.reject")},
                                                 {QStringLiteral("resolve"), QStringLiteral("swaps.resolve_dispute")}};
    return methods.value(key);
}

QJsonObject offered(const QJsonObject &swap, const QString &methodName)
{
    for (const QJsonValue &v : swap.value(QStringLiteral("actions")).toArray())
        if (v.toObject().value(QStringLiteral("method")).toString() == methodName)
            return v.toObject();
    return {};
}

bool approvedBy(const QJsonObject &swap, const QString &principal)
{
    for (const QJsonValue &v : swap.value(QStringLiteral("approved_by")).toArray())
        if (v.toObject().value(QStringLiteral("approver")).toString() == principal)
            return true;
    return false;
}

// What an enabled action does, for its tooltip.
QString purpose(const QString &key, const QJsonObject &swap)
{
    const QJsonObject b = swap.value(QStringLiteral("participant_leg")).toObject();
    const QString lockB = b.value(QStringLiteral("amount_text")).toString() + QLatin1Char(' ') + b.value(QStringLiteral("asset")).toString();
    if (key == QLatin1String("participate"))
        return SwapPresenter::tr("Lock %1 against the same hashlock.").arg(lockB);
    if (key == QLatin1String("redeem"))
        return SwapPresenter::tr("Take the locked asset with the secret.");
    if (key == QLatin1String("refund"))
        return SwapPresenter::tr("Return every leg whose timelock has passed to its owner.");
    if (key == QLatin1String("cancel"))
        return SwapPresenter::tr("Withdraw the swap before anything is locked.");
    if (key == QLatin1String("dispute"))
        return SwapPresenter::tr("Freeze the swap until an admin resolves it.");
    if (key == QLatin1String("approve"))
        return SwapPresenter::tr("Add your approval; the last one needed locks the initiator's funds.");
    if (key == QLatin1String("reject"))
        return SwapPresenter::tr("Refuse the swap; nothing was locked.");
    if (key == QLatin1String("resolve"))
        return SwapPresenter::tr("Refund or release what is locked.");
    return {};
}

QVariantMap decision(bool shown, bool enabled, const QString &reason)
{
    return {{QStringLiteral("shown"), shown}, {QStringLiteral("enabled"), shown && enabled}, {QStringLiteral("reason"), reason}};
}

qint64 nsOf(const QJsonValue &v) { return v.toString().toLongLong(); }

// A leg's timelock on this machine's clock; one that has passed is at 1 ms after the epoch (long
// gone, and never "just passed", which would ask for a reload).
double deadlineMs(const QJsonObject &leg, double loadedMs)
{
    if (leg.value(QStringLiteral("expired")).toBool())
        return 1;
    return loadedMs + leg.value(QStringLiteral("seconds_left")).toDouble() * 1000;
}

QString lastEventTime(const QJsonObject &swap, const QStringList &actions)
{
    const QJsonArray events = swap.value(QStringLiteral("events")).toArray();
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QJsonObject e = events[i].toObject();
        if (actions.contains(e.value(QStringLiteral("action")).toString()))
            return fmt::timeFromNs(nsOf(e.value(QStringLiteral("ts_ns"))));
    }
    return {};
}

} // namespace

QStringList SwapPresenter::actionKeys()
{
    return {QStringLiteral("participate"), QStringLiteral("redeem"), QStringLiteral("extract"), QStringLiteral("refund"), QStringLiteral("cancel"),
            QStringLiteral("dispute"), QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("resolve")};
}

QString SwapPresenter::roleOf(const QJsonObject &swap, const QString &principal)
{
    if (principal.isEmpty())
        return {};
    if (swap.value(QStringLiteral("initiator")).toString() == principal)
        return QStringLiteral("initiator");
    if (swap.value(QStringLiteral("participant")).toString() == principal)
        return QStringLiteral("participant");
    return {};
}

QVariantMap SwapPresenter::actions(const QJsonObject &swap, const SwapViewer &viewer)
{
    const QString role = roleOf(swap, viewer.principal);
    QVariantMap out;
    for (const QString &key : actionKeys()) {
        const QJsonObject a = offered(swap, method(key));
        if (a.isEmpty()) {
            out.insert(key, decision(false, false, tr("Not possible while the swap is %1.").arg(stateLabel(swap.value(QStringLiteral("state")).toString()))));
            continue;
        }
        const QString by = a.value(QStringLiteral("by")).toString();
        if (by == QLatin1String("approver")) {
            if (!viewer.manager)
                out.insert(key, decision(true, false, tr("Needs the manage_swaps permission.")));
            else if (!role.isEmpty())
                out.insert(key, decision(true, false, tr("You are a party to this swap; another approver must decide.")));
            else if (key == QLatin1String("approve") && approvedBy(swap, viewer.principal))
                out.insert(key, decision(true, false, tr("You have approved this swap already.")));
            else
                out.insert(key, decision(true, true, purpose(key, swap)));
            continue;
        }
        const bool mayAct = by == QLatin1String("initiator or participant") ? !role.isEmpty() : role == by;
        if (mayAct)
            out.insert(key, decision(true, true, purpose(key, swap)));
        else if (by == QLatin1String("initiator"))
            out.insert(key, decision(true, false, tr("Only the initiator can do this now.")));
        else if (by == QLatin1String("participant"))
            out.insert(key, decision(true, false, tr("Only the participant can do this now.")));
        else
            out.insert(key, decision(true, false, tr("Only the initiator or the participant can do this.")));
    }
    return out;
}

bool SwapPresenter::needsViewer(const QVariantMap &actions)
{
    for (const char *key : {"participate", "redeem", "refund"})
        if (actions.value(QLatin1String(key)).toMap().value(QStringLiteral("enabled")).toBool())
            return true;
    return false;
}

QVariantMap SwapPresenter::present(const QJsonObject &swap, const SwapViewer &viewer, double loadedMs, bool detail,
                                   const std::function<QString(const QString &)> &nameOf)
{
    QVariantMap m = swap.toVariantMap();
    const QString state = swap.value(QStringLiteral("state")).toString();
    const QString role = roleOf(swap, viewer.principal);
    const QJsonObject a = swap.value(QStringLiteral("initiator_leg")).toObject();
    const QJsonObject b = swap.value(QStringLiteral("participant_leg")).toObject();
    const QString initiator = swap.value(QStringLiteral("initiator")).toString();
    const QString participant = swap.value(QStringLiteral("participant")).toString();
    const QVariantMap can = actions(swap, viewer);
    m.insert(QStringLiteral("stateLabel"), stateLabel(state));
    m.insert(QStringLiteral("tone"), stateTone(state));
    m.insert(QStringLiteral("role"), role);
    m.insert(QStringLiteral("roleLabel"), role == QLatin1String("initiator") ? tr("you initiated")
                                          : role == QLatin1String("participant") ? tr("you participate") : QString());
    m.insert(QStringLiteral("initiatorName"), nameOf(initiator));
    m.insert(QStringLiteral("participantName"), nameOf(participant));
    m.insert(QStringLiteral("counterparty"), role == QLatin1String("initiator") ? nameOf(participant)
                                             : role == QLatin1String("participant") ? nameOf(initiator)
                                             : tr("%1 → %2").arg(nameOf(initiator), nameOf(participant)));
    m.insert(QStringLiteral("giveText"), a.value(QStringLiteral("amount_text")).toString() + QLatin1Char(' ') + a.value(QStringLiteral("asset")).toString());
    m.insert(QStringLiteral("getText"), b.value(QStringLiteral("amount_text")).toString() + QLatin1Char(' ') + b.value(QStringLiteral("asset")).toString());
    m.insert(QStringLiteral("can"), can);
    m.insert(QStringLiteral("needsMe"), needsViewer(can));
    // Each leg's timelock as a wall-clock deadline of this machine, for the countdowns.
    for (const char *legKey : {"initiator_leg", "participant_leg"}) {
        QVariantMap leg = m.value(QLatin1String(legKey)).toMap();
        if (leg.contains(QStringLiteral("seconds_left")))
            leg.insert(QStringLiteral("deadlineMs"), deadlineMs(QJsonObject::fromVariantMap(leg), loadedMs));
        leg.insert(QStringLiteral("stateLabel"), leg.value(QStringLiteral("state")).toString() == QLatin1String("none") ? tr("not locked")
                                                : leg.value(QStringLiteral("state")).toString() == QLatin1String("locked") ? tr("locked")
                                                : leg.value(QStringLiteral("state")).toString() == QLatin1String("redeemed") ? tr("redeemed")
                                                                                                                            : tr("refunded"));
        m.insert(QLatin1String(legKey), leg);
    }
    // The timelock that decides what happens next, and what it means.
    QJsonObject next;
    QString label, passed;
    if (state == QLatin1String("pending_approval")) {
        next = a, label = tr("Approval window closes in %1"), passed = tr("Approval window closed");
    } else if (state == QLatin1String("initiated")) {
        next = a, label = tr("Participation closes in %1"), passed = tr("T1 passed: refund available");
    } else if (state == QLatin1String("participated")) {
        next = b, label = tr("Initiator redeems within %1"), passed = tr("T2 passed: refund available");
    } else if (state == QLatin1String("participant_refunded")) {
        next = a, label = tr("Initiator's refund opens in %1"), passed = tr("T1 passed: refund available");
    }
    const bool hasDeadline = next.contains(QStringLiteral("seconds_left"));
    m.insert(QStringLiteral("hasDeadline"), hasDeadline);
    m.insert(QStringLiteral("deadlineMs"), hasDeadline ? deadlineMs(next, loadedMs) : 0.0);
    m.insert(QStringLiteral("deadlineLabel"), label);
    m.insert(QStringLiteral("deadlinePassedLabel"), passed);
    m.insert(QStringLiteral("approvalText"), swap.value(QStringLiteral("approvals_required")).toInt() > 0
                                                 ? tr("%1 of %2 approvals").arg(swap.value(QStringLiteral("approvals")).toInt())
                                                       .arg(swap.value(QStringLiteral("approvals_required")).toInt())
                                                 : tr("no approval needed"));
    if (!detail)
        return m;
    m.insert(QStringLiteral("timeline"), timeline(swap));
    QVariantList history;
    for (const QJsonValue &v : swap.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        QString detailText = e.value(QStringLiteral("detail")).toString();
        if (e.contains(QStringLiteral("block_index")))
            detailText += (detailText.isEmpty() ? QString() : QStringLiteral(" · "))
                          + tr("block %1:%2").arg(e.value(QStringLiteral("asset")).toString()).arg(e.value(QStringLiteral("block_index")).toInteger());
        history << QVariantMap{{QStringLiteral("time"), fmt::timeFromNs(nsOf(e.value(QStringLiteral("ts_ns"))))},
                               {QStringLiteral("actor"), nameOf(e.value(QStringLiteral("actor")).toString())},
                               {QStringLiteral("label"), eventLabel(e.value(QStringLiteral("action")).toString())},
                               {QStringLiteral("detail"), detailText}};
    }
    m.insert(QStringLiteral("history"), history);
    QStringList approvers;
    for (const QJsonValue &v : swap.value(QStringLiteral("approved_by")).toArray())
        approvers << nameOf(v.toObject().value(QStringLiteral("approver")).toString());
    m.insert(QStringLiteral("approversText"), approvers.join(QStringLiteral(", ")));
    const QJsonObject dispute = swap.value(QStringLiteral("dispute")).toObject();
    if (!dispute.isEmpty()) {
        QString text = tr("Opened by %1 on %2: “%3”")
                           .arg(nameOf(dispute.value(QStringLiteral("opened_by")).toString()),
                                fmt::timeFromNs(nsOf(dispute.value(QStringLiteral("opened_ns")))), dispute.value(QStringLiteral("reason")).toString());
        if (dispute.contains(QStringLiteral("resolved_by")))
            text += QLatin1Char('\n') + tr("Resolved (%1) by %2: “%3”")
                                            .arg(dispute.value(QStringLiteral("resolution")).toString(),
                                                 nameOf(dispute.value(QStringLiteral("resolved_by")).toString()),
                                                 dispute.value(QStringLiteral("resolution_reason")).toString());
        m.insert(QStringLiteral("disputeText"), text);
    }
    return m;
}

QString SwapPresenter::stateLabel(const QString &state)
{
    if (state == QLatin1String("pending_approval"))
        return tr("Awaiting approval");
    if (state == QLatin1String("initiated"))
        return tr("Initiated");
    if (state == QLatin1String("participated"))
        return tr("Participated");
    if (state == QLatin1String("redeemed"))
        return tr("Redeemed");
    if (state == QLatin1String("participant_refunded"))
        return tr("Participant refunded");
    if (state == QLatin1String("disputed"))
        return tr("Disputed");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("refunded"))
        return tr("Refunded");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("resolved"))
        return tr("Resolved");
    return state;
}

QString SwapPresenter::stateTone(const QString &state)
{
    if (state == QLatin1String("pending_approval"))
        return QStringLiteral("info");
    if (state == QLatin1String("initiated") || state == QLatin1String("participated") || state == QLatin1String("redeemed"))
        return QStringLiteral("accent");
    if (state == QLatin1String("participant_refunded") || state == QLatin1String("refunded"))
        return QStringLiteral("warning");
    if (state == QLatin1String("disputed"))
        return QStringLiteral("danger");
    if (state == QLatin1String("completed") || state == QLatin1String("resolved"))
        return QStringLiteral("success");
    return QStringLiteral("neutral");
}

QString SwapPresenter::eventLabel(const QString &action)
{
    if (action == QLatin1String("initiate"))
        return tr("Initiated");
    if (action == QLatin1String("approve"))
        return tr("Approved");
    if (action == QLatin1String("lock"))
        return tr("Locked (initiator's asset)");
    if (action == QLatin1String("cancel"))
        return tr("Cancelled");
    if (action == QLatin1String("reject"))
        return tr("Rejected");
    if (action == QLatin1String("participate"))
        return tr("Participated");
    if (action == QLatin1String("redeem_participant_leg"))
        return tr("Initiator redeemed (secret revealed)");
    if (action == QLatin1String("redeem_initiator_leg"))
        return tr("Participant redeemed");
    if (action == QLatin1String("refund_participant_leg"))
        return tr("Refunded to the participant");
    if (action == QLatin1String("refund_initiator_leg"))
        return tr("Refunded to the initiator");
    if (action == QLatin1String("open_dispute"))
        return tr("Dispute opened");
    if (action == QLatin1String("resolve_refund"))
        return tr("Resolved: refunded");
    if (action == QLatin1String("resolve_release"))
        return tr("Resolved: released");
    return action;
}

QVariantList SwapPresenter::timeline(const QJsonObject &swap)
{
    const QString state = swap.value(QStringLiteral("state")).toString();
    const QString origin = state == QLatin1String("disputed") || state == QLatin1String("resolved")
                               ? swap.value(QStringLiteral("disputed_from")).toString() : state;
    const QString legB = swap.value(QStringLiteral("participant_leg")).toObject().value(QStringLiteral("state")).toString();
    // How far along the happy path the swap got: 0 approval, 1 initiated, 2 participated, 3 redeemed, 4 completed.
    int reached = 0;
    if (origin == QLatin1String("initiated") || origin == QLatin1String("refunded"))
        reached = 1;
    if (origin == QLatin1String("participated") || origin == QLatin1String("participant_refunded") || legB != QLatin1String("none"))
        reached = 2;
    if (origin == QLatin1String("redeemed") || legB == QLatin1String("redeemed"))
        reached = 3;
    if (origin == QLatin1String("completed"))
        reached = 4;
    if (origin == QLatin1String("refunded") && legB == QLatin1String("none")) {
        // Refunded right after initiation; or cancelled via the approval window lapsing.
        const bool locked = swap.value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("state")).toString() != QLatin1String("none");
        reached = locked ? 1 : 0;
    }

    QVariantList steps;
    const auto step = [&](const QString &label, const QString &status, const QString &tone, const QString &time) {
        steps << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("status"), status}, {QStringLiteral("tone"), tone},
                             {QStringLiteral("time"), time}};
    };
    const bool approvals = swap.value(QStringLiteral("approvals_required")).toInt() > 0;
    const bool ended = swap.value(QStringLiteral("final")).toBool() || state == QLatin1String("disputed")
                       || state == QLatin1String("participant_refunded");
    if (approvals)
        step(tr("Approved"), state == QLatin1String("pending_approval") ? QStringLiteral("current") : reached >= 1 ? QStringLiteral("done") : QStringLiteral("todo"),
             QStringLiteral("info"), lastEventTime(swap, {QStringLiteral("lock")}));
    const QList<std::pair<QString, QStringList>> path{{tr("Initiated"), {QStringLiteral("lock"), QStringLiteral("initiate")}},
                                                      {tr("Participated"), {QStringLiteral("participate")}},
                                                      {tr("Redeemed"), {QStringLiteral("redeem_participant_leg")}},
                                                      {tr("Completed"), {QStringLiteral("redeem_initiator_leg")}}};
    for (int i = 0; i < path.size(); ++i) {
        const int level = i + 1;
        if (ended && level > reached)
            break; // the swap left the happy path here
        const QString status = level <= reached ? QStringLiteral("done") : level == reached + 1 && state != QLatin1String("pending_approval")
                                                                                ? QStringLiteral("current") : QStringLiteral("todo");
        step(path[i].first, status, QStringLiteral("accent"), level <= reached ? lastEventTime(swap, path[i].second) : QString());
    }
    if (state == QLatin1String("participant_refunded")) {
        step(tr("Participant refunded"), QStringLiteral("done"), QStringLiteral("warning"), lastEventTime(swap, {QStringLiteral("refund_participant_leg")}));
        step(tr("Refunded"), QStringLiteral("current"), QStringLiteral("warning"), {});
    } else if (state == QLatin1String("refunded")) {
        step(tr("Refunded"), QStringLiteral("done"), QStringLiteral("warning"),
             lastEventTime(swap, {QStringLiteral("refund_initiator_leg"), QStringLiteral("refund_participant_leg")}));
    } else if (state == QLatin1String("cancelled")) {
        step(tr("Cancelled"), QStringLiteral("done"), QStringLiteral("neutral"), lastEventTime(swap, {QStringLiteral("cancel"), QStringLiteral("reject")}));
    } else if (state == QLatin1String("disputed")) {
        step(tr("Disputed"), QStringLiteral("current"), QStringLiteral("danger"), lastEventTime(swap, {QStringLiteral("open_dispute")}));
    } else if (state == QLatin1String("resolved")) {
        step(tr("Disputed"), QStringLiteral("done"), QStringLiteral("danger"), lastEventTime(swap, {QStringLiteral("open_dispute")}));
        step(tr("Resolved"), QStringLiteral("done"), QStringLiteral("success"),
             lastEventTime(swap, {QStringLiteral("resolve_refund"), QStringLiteral("resolve_release")}));
    }
    return steps;
}

QString SwapPresenter::countdownText(double ms)
{
    if (ms <= 0)
        return tr("passed");
    qint64 s = qint64(ms / 1000);
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
    s %= 60;
    if (d > 0)
        return tr("%1 d %2 h %3 min").arg(d).arg(h).arg(m);
    if (h > 0)
        return tr("%1 h %2 min %3 s").arg(h).arg(m).arg(s, 2, 10, QLatin1Char('0'));
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(s);
}

} // namespace nexus
