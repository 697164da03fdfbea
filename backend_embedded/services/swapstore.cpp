#include "swapstore.h"

#include "jsontext.h"
#include "ledgerrules.h"

namespace nexus {

using ledger::fromBlob16;
using ledger::toBlob16;

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, state, initiator, participant, hashlock, secret, a_asset, a_amount, a_subaccount, a_timelock_ns, a_state, "
    "b_asset, b_amount, b_subaccount, b_timelock_ns, b_state, value_usd, value_note, approvals_required, disputed_from, "
    "created_ns, updated_ns FROM swaps ");

Principal principalOf(const QByteArray &bytes)
{
    auto p = Principal::fromBytes(bytes);
    return p ? *p : Principal();
}

QVariant optInt(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optBlob(const QByteArray &b) { return b.isEmpty() ? QVariant() : QVariant(b); }

Result<SwapRow> fromRow(const Rows &q)
{
    SwapRow r;
    SwapContract &c = r.contract;
    const auto damaged = [&](const QString &what) {
        return Error::make(ErrorCode::Storage, QStringLiteral("Swap %1 is damaged: %2.").arg(q.int64(0)).arg(what));
    };
    c.id = q.int64(0);
    const auto state = swapStateFromName(q.text(1));
    const auto initiator = Principal::fromBytes(q.blob(2));
    const auto participant = Principal::fromBytes(q.blob(3));
    const auto aState = legStateFromName(q.text(10));
    const auto bState = legStateFromName(q.text(15));
    if (!state || !initiator || !participant || !aState || !bState)
        return damaged(QStringLiteral("a state or party cannot be read"));
    c.state = *state;
    c.initiator = *initiator;
    c.participant = *participant;
    c.hashlock = q.blob(4);
    c.secret = q.blob(5);
    c.a.asset = q.text(6);
    c.a.amount = fromBlob16(q.blob(7));
    c.a.subaccount = q.blob(8);
    c.a.timelockNs = q.int64(9);
    c.a.state = *aState;
    c.b.asset = q.text(11);
    c.b.amount = fromBlob16(q.blob(12));
    c.b.subaccount = q.blob(13);
    if (!q.isNull(14))
        c.b.timelockNs = q.int64(14);
    c.b.state = *bState;
    r.valueUsd = q.text(16);
    r.valueNote = q.text(17);
    c.approvalsRequired = int(q.int64(18));
    if (!q.isNull(19)) {
        c.disputedFrom = swapStateFromName(q.text(19));
        if (!c.disputedFrom)
            return damaged(QStringLiteral("the disputed state cannot be read"));
    }
    c.createdNs = q.int64(20);
    c.updatedNs = q.int64(21);
    return r;
}

} // namespace

Result<SwapRow> SwapStore::load(qint64 id)
{
    auto q = Database::exec(m_db, kColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no swap %1.").arg(id),
                           QStringLiteral("swaps.list shows your swaps and their ids."));
    return fromRow(*q);
}

Result<qint64> SwapStore::insert(const SwapRow &row)
{
    const SwapContract &c = row.contract;
    auto q = Database::exec(m_db, QStringLiteral(
        "INSERT INTO swaps (state, initiator, participant, hashlock, a_asset, a_amount, a_subaccount, a_timelock_ns, a_state, "
        "b_asset, b_amount, b_state, value_usd, value_note, approvals_required, due_ns, created_ns, updated_ns) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {swapStateName(c.state), c.initiator.bytes(), c.participant.bytes(), c.hashlock, c.a.asset, toBlob16(c.a.amount),
         c.a.subaccount, optInt(c.a.timelockNs), legStateName(c.a.state), c.b.asset, toBlob16(c.b.amount), legStateName(c.b.state),
         row.valueUsd.isEmpty() ? QVariant() : QVariant(row.valueUsd), row.valueNote, c.approvalsRequired, optInt(swapDueNs(c)),
         c.createdNs, c.updatedNs});
    if (!q)
        return q.error();
    return q->insertedRowId();
}

Status SwapStore::save(const SwapContract &c)
{
    auto q = Database::exec(m_db, QStringLiteral(
        "UPDATE swaps SET state = ?, secret = ?, a_state = ?, b_subaccount = ?, b_timelock_ns = ?, b_state = ?, disputed_from = ?, "
        "due_ns = ?, updated_ns = ? WHERE id = ?"),
        {swapStateName(c.state), optBlob(c.secret), legStateName(c.a.state), optBlob(c.b.subaccount), optInt(c.b.timelockNs),
         legStateName(c.b.state), c.disputedFrom ? QVariant(swapStateName(*c.disputedFrom)) : QVariant(), optInt(swapDueNs(c)),
         c.updatedNs, c.id});
    if (!q)
        return q.error();
    return {};
}

Result<bool> SwapStore::hashlockUsed(const QByteArray &hashlock)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT 1 FROM swaps WHERE hashlock = ?"), {hashlock});
    if (!q)
        return q.error();
    return q->next();
}

Status SwapStore::addEvent(qint64 id, const SwapEventRow &e)
{
    auto q = Database::exec(m_db, QStringLiteral(
        "INSERT INTO swap_events (swap_id, n, ts_ns, actor, action, detail, asset, block_index) "
        "VALUES (?, (SELECT ifnull(max(n), 0) + 1 FROM swap_events WHERE swap_id = ?), ?, ?, ?, ?, ?, ?)"),
        {id, id, e.tsNs, e.actor.bytes(), e.action, e.detail, e.asset.isEmpty() ? QVariant() : QVariant(e.asset), optInt(e.blockIndex)});
    if (!q)
        return q.error();
    return {};
}

Result<QList<SwapEventRow>> SwapStore::events(qint64 id)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT ts_ns, actor, action, detail, asset, block_index FROM swap_events "
                                                 "WHERE swap_id = ? ORDER BY n"),
                            {id});
    if (!q)
        return q.error();
    QList<SwapEventRow> out;
    while (q->next()) {
        SwapEventRow e;
        e.tsNs = q->int64(0);
        e.actor = principalOf(q->blob(1));
        e.action = q->text(2);
        e.detail = q->text(3);
        e.asset = q->text(4);
        if (!q->isNull(5))
            e.blockIndex = q->int64(5);
        out << e;
    }
    return out;
}

Result<int> SwapStore::addApproval(qint64 id, const SwapApprovalRow &a)
{
    auto exists = Database::exec(m_db, QStringLiteral("SELECT approved_ns FROM swap_approvals WHERE swap_id = ? AND approver = ?"),
                                 {id, a.approver.bytes()});
    if (!exists)
        return exists.error();
    if (exists->next())
        return Error::make(ErrorCode::Conflict, QStringLiteral("You already approved swap %1 (at %2).").arg(id).arg(swapTimeText(exists->int64(0))),
                           QStringLiteral("Each approver counts once; another approver must add the next approval."));
    exists->finish();
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO swap_approvals (swap_id, approver, approved_ns, note) VALUES (?, ?, ?, ?)"),
                            {id, a.approver.bytes(), a.approvedNs, a.note});
    if (!q)
        return q.error();
    q->finish();
    auto n = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM swap_approvals WHERE swap_id = ?"), {id});
    if (!n)
        return n.error();
    return n->next() ? int(n->int64(0)) : 0;
}

Result<QList<SwapApprovalRow>> SwapStore::approvals(qint64 id)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT approver, approved_ns, note FROM swap_approvals WHERE swap_id = ? ORDER BY approved_ns, approver"),
                            {id});
    if (!q)
        return q.error();
    QList<SwapApprovalRow> out;
    while (q->next())
        out << SwapApprovalRow{principalOf(q->blob(0)), q->int64(1), q->text(2)};
    return out;
}

Status SwapStore::openDispute(qint64 id, const SwapDisputeRow &d)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO swap_disputes (swap_id, opened_by, opened_ns, reason) VALUES (?, ?, ?, ?)"),
                            {id, d.openedBy.bytes(), d.openedNs, d.reason});
    if (!q)
        return q.error();
    return {};
}

Status SwapStore::resolveDispute(qint64 id, const Principal &by, qint64 ns, const QString &resolution, const QString &reason)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE swap_disputes SET resolved_by = ?, resolved_ns = ?, resolution = ?, "
                                                 "resolution_reason = ? WHERE swap_id = ?"),
                            {by.bytes(), ns, resolution, reason, id});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<SwapDisputeRow>> SwapStore::dispute(qint64 id)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT opened_by, opened_ns, reason, resolved_by, resolved_ns, resolution, resolution_reason "
                                                 "FROM swap_disputes WHERE swap_id = ?"),
                            {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SwapDisputeRow>();
    SwapDisputeRow d;
    d.openedBy = principalOf(q->blob(0));
    d.openedNs = q->int64(1);
    d.reason = q->text(2);
    if (!q->isNull(3)) {
        d.resolvedBy = principalOf(q->blob(3));
        d.resolvedNs = q->int64(4);
        d.resolution = q->text(5);
        d.resolutionReason = q->text(6);
    }
    return std::optional<SwapDisputeRow>(d);
}

Result<QList<qint64>> SwapStore::dueIds(qint64 nowNs, int limit)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT id FROM swaps WHERE due_ns IS NOT NULL AND due_ns <= ? ORDER BY due_ns, id LIMIT ?"),
                            {nowNs, limit});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->int64(0);
    return out;
}

Result<qint64> SwapStore::dueCount(qint64 nowNs)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM swaps WHERE due_ns IS NOT NULL AND due_ns <= ?"), {nowNs});
    if (!q)
        return q.error();
    return q->next() ? q->int64(0) : 0;
}

Result<QList<SwapRow>> SwapStore::list(const SwapListFilter &f, qint64 *total)
{
    const QVariant party = f.party ? QVariant(f.party->bytes()) : QVariant();
    const QVariant state = f.state ? QVariant(swapStateName(*f.state)) : QVariant();
    const QVariant final = f.final ? QVariant(int(*f.final)) : QVariant();
    // The final states' names come from the state machine, not from the caller.
    QStringList finalNames;
    for (SwapState s : allSwapStates())
        if (isFinal(s))
            finalNames << QLatin1Char('\'') + swapStateName(s) + QLatin1Char('\'');
    const QString where = QStringLiteral("WHERE (?1 IS NULL OR initiator = ?1 OR participant = ?1) AND (?2 IS NULL OR state = ?2) "
                                         "AND (?3 IS NULL OR (state IN (%1)) = ?3) ").arg(finalNames.join(QLatin1Char(',')));
    auto n = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM swaps ") + where, {party, state, final});
    if (!n)
        return n.error();
    *total = n->next() ? n->int64(0) : 0;
    n->finish();
    auto q = Database::exec(m_db, kColumns + where + QStringLiteral("ORDER BY id DESC LIMIT ?4 OFFSET ?5"), {party, state, final, f.limit, f.offset});
    if (!q)
        return q.error();
    QList<SwapRow> out;
    while (q->next()) {
        auto r = fromRow(*q);
        if (!r)
            return r.error();
        out << *r;
    }
    return out;
}

Result<QMap<SwapState, qint64>> SwapStore::stateCounts(const std::optional<Principal> &party)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT state, count(*) FROM swaps WHERE (?1 IS NULL OR initiator = ?1 OR participant = ?1) GROUP BY state"),
                            {party ? QVariant(party->bytes()) : QVariant()});
    if (!q)
        return q.error();
    QMap<SwapState, qint64> out;
    while (q->next()) {
        const auto state = swapStateFromName(q->text(0));
        if (!state)
            return Error::make(ErrorCode::Internal, QStringLiteral("A swap has the unknown state '%1'.").arg(q->text(0)));
        out.insert(*state, q->int64(1));
    }
    return out;
}

Result<SwapPolicy> SwapStore::policy()
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT key, value FROM config WHERE key LIKE 'swaps.%'"));
    if (!q)
        return q.error();
    QHash<QString, QJsonValue> values;
    while (q->next()) {
        auto v = jsonFromText(q->text(1));
        if (v && SwapPolicy::keys().contains(q->text(0)))
            values.insert(q->text(0), *v);
    }
    return SwapPolicy::fromConfig(values);
}

} // namespace nexus
