// The expiry job's method, swaps.process_expired: for every swap whose time has come (due_ns <=
// now) it lapses unapproved swaps, refunds expired legs to their owners, and pays the initiator's
// leg to the participant when the secret is public and T1 has passed. One gateway transaction per
// run, so a crash loses the run and nothing else; a second run finds nothing left to do.

#include "swaphandlers.h"
#include "swapview.h"

#include "storage/database.h"

#include <QJsonArray>

namespace nexus::swaps {

namespace {

Status exec(QSqlDatabase &db, const QString &sql)
{
    auto q = Database::exec(db, sql);
    return q ? Status() : Status(q.error());
}

} // namespace

Result<QJsonValue> processExpired(ExecContext &ctx, const QJsonObject &args)
{
    SwapEngine engine(ctx);
    const qint64 now = engine.now();
    const int limit = args.value(QStringLiteral("limit")).toInt(200);
    auto ids = engine.store().dueIds(now, limit);
    if (!ids)
        return ids.error();
    int refunded = 0, completed = 0, cancelled = 0;
    QJsonArray processed, stuck;
    QStringList touched;
    for (qint64 id : std::as_const(*ids)) {
        auto row = engine.store().load(id);
        if (!row)
            return row.error();
        SwapContract c = row->contract;
        const QList<SwapAction> actions = keeperActions(c, now);
        if (actions.isEmpty())
            continue;
        // One swap that cannot be settled (e.g. the fee now exceeds its escrow) must not hold up the rest.
        if (auto st = exec(ctx.db, QStringLiteral("SAVEPOINT swap_expiry")); !st)
            return st.error();
        QList<SwapMove> moves;
        Status st;
        QJsonArray names;
        for (SwapAction a : actions) {
            const QString detail = a == SwapAction::Cancel ? QStringLiteral("approval window closed at T1")
                                   : a == SwapAction::RedeemInitiatorLeg ? QStringLiteral("T1 passed with the secret public: paid to the participant")
                                                                         : QStringLiteral("timelock passed");
            st = engine.apply(c, a, ctx.call.caller, QStringLiteral("expiry job: ") + detail, &moves);
            if (!st)
                break;
            names.append(swapActionName(a));
        }
        if (!st) {
            if (auto r = exec(ctx.db, QStringLiteral("ROLLBACK TO swap_expiry")); !r)
                return r.error();
            if (auto r = exec(ctx.db, QStringLiteral("RELEASE swap_expiry")); !r)
                return r.error();
            stuck.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("message"), st.error().message}});
            continue;
        }
        if (auto r = exec(ctx.db, QStringLiteral("RELEASE swap_expiry")); !r)
            return r.error();
        for (SwapAction a : actions) {
            refunded += a == SwapAction::RefundInitiatorLeg || a == SwapAction::RefundParticipantLeg;
            completed += a == SwapAction::RedeemInitiatorLeg;
            cancelled += a == SwapAction::Cancel;
        }
        engine.announce(c, moves);
        touched << QString::number(id);
        processed.append(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("actions"), names},
                                     {QStringLiteral("state"), swapStateName(c.state)},
                                     {QStringLiteral("moves"), movesJson(moves)}});
    }
    auto remaining = engine.store().dueCount(now);
    if (!remaining)
        return remaining.error();
    ctx.summary = QStringLiteral("expiry job: %1 legs refunded, %2 swaps completed, %3 cancelled%4%5")
                      .arg(refunded).arg(completed).arg(cancelled)
                      .arg(touched.isEmpty() ? QString() : QStringLiteral(" (swaps %1)").arg(touched.join(QStringLiteral(", "))),
                           stuck.isEmpty() ? QString() : QStringLiteral("; %1 stuck").arg(stuck.size()));
    return QJsonObject{{QStringLiteral("now_ns"), QString::number(now)},
                       {QStringLiteral("processed"), processed},
                       {QStringLiteral("refunded_legs"), refunded},
                       {QStringLiteral("completed"), completed},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("stuck"), stuck},
                       {QStringLiteral("remaining"), double(*remaining)}};
}

} // namespace nexus::swaps
