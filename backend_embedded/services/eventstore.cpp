#include "eventstore.h"

#include "ticketid.h"

namespace nexus {

namespace {

Principal principalOf(const QByteArray &bytes)
{
    auto p = Principal::fromBytes(bytes);
    return p ? *p : Principal();
}

const QString kColumns = QStringLiteral("SELECT id, name, description, organiser, capacity, registered, starts_ns, ends_ns, status, created_ns, "
                                        "updated_ns FROM events ");

EventRow fromRow(const Rows &q)
{
    EventRow e;
    e.id = q.int64(0);
    e.name = q.text(1);
    e.description = q.text(2);
    e.organiser = principalOf(q.blob(3));
    e.capacity = q.int64(4);
    e.registered = q.int64(5);
    e.startsNs = q.int64(6);
    e.endsNs = q.int64(7);
    e.status = events::statusFromName(q.text(8)).value_or(events::EventStatus::Cancelled);
    e.createdNs = q.int64(9);
    e.updatedNs = q.int64(10);
    return e;
}

} // namespace

QJsonObject EventRow::toJson() const
{
    return {{QStringLiteral("event_id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("organiser"), organiser.toText()},
            {QStringLiteral("capacity"), capacity},
            {QStringLiteral("registered"), registered},
            {QStringLiteral("places_left"), capacity - registered},
            {QStringLiteral("starts_at"), QString::number(startsNs)},
            {QStringLiteral("ends_at"), QString::number(endsNs)},
            {QStringLiteral("status"), events::statusName(status)},
            {QStringLiteral("created_ns"), QString::number(createdNs)},
            {QStringLiteral("updated_ns"), QString::number(updatedNs)}};
}

QJsonObject CheckInRow::toJson() const
{
    return {{QStringLiteral("event_id"), eventId},
            {QStringLiteral("ticket_id"), ticketId},
            {QStringLiteral("token_id"), tickets::tokenId(quint64(ticketId))},
            {QStringLiteral("holder"), holder.toText()},
            {QStringLiteral("checked_by"), checkedBy.toText()},
            {QStringLiteral("checked_at"), QString::number(checkedNs)}};
}

Result<EventRow> EventStore::event(qint64 id)
{
    static const QString sql = kColumns + QStringLiteral("WHERE id = ?");
    auto q = Database::exec(m_db, sql, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no event %1.").arg(id), QStringLiteral("events.list shows the events."));
    return fromRow(*q);
}

Result<qint64> EventStore::insert(const EventRow &e)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO events (name, description, organiser, capacity, starts_ns, ends_ns, status, created_ns, "
                                                 "updated_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            {e.name, e.description, e.organiser.bytes(), e.capacity, e.startsNs, e.endsNs, events::statusName(e.status), e.createdNs,
                             e.updatedNs});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new event."));
    return q->int64(0);
}

Status EventStore::setStatus(qint64 id, events::EventStatus s, qint64 nowNs)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE events SET status = ?, updated_ns = ? WHERE id = ?"), {events::statusName(s), nowNs, id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<EventRow>> EventStore::list(const std::optional<events::EventStatus> &status, const std::optional<Principal> &organiser, qint64 afterId,
                                         int limit)
{
    static const QString sql = kColumns + QStringLiteral("WHERE id > ? AND (? IS NULL OR status = ?) AND (? IS NULL OR organiser = ?) ORDER BY id LIMIT ?");
    const QVariant s = status ? QVariant(events::statusName(*status)) : QVariant();
    const QVariant o = organiser ? QVariant(organiser->bytes()) : QVariant();
    auto q = Database::exec(m_db, sql, {afterId, s, s, o, o, limit});
    if (!q)
        return q.error();
    QList<EventRow> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<std::optional<qint64>> EventStore::registration(qint64 eventId, const Principal &who)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT ticket_id FROM event_registrations WHERE event_id = ? AND principal = ?"), {eventId, who.bytes()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->int64(0));
}

Result<bool> EventStore::addRegistration(qint64 eventId, const Principal &who, qint64 ticketId, qint64 nowNs)
{
    // The capacity check and the count are one statement: no read-then-write gap.
    auto seat = Database::exec(m_db, QStringLiteral("UPDATE events SET registered = registered + 1 WHERE id = ? AND registered < capacity"), {eventId});
    if (!seat)
        return seat.error();
    if (seat->numRowsAffected() != 1)
        return false;
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO event_registrations (event_id, principal, ticket_id, registered_ns) VALUES (?, ?, ?, ?)"),
                            {eventId, who.bytes(), ticketId, nowNs});
    if (!q)
        return q.error();
    return true;
}

Result<QJsonArray> EventStore::participants(qint64 eventId)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT r.principal, r.ticket_id, r.registered_ns, t.owner, c.checked_ns FROM event_registrations r "
                                                 "JOIN tickets t ON t.id = r.ticket_id LEFT JOIN event_checkins c ON c.event_id = r.event_id "
                                                 "AND c.ticket_id = r.ticket_id WHERE r.event_id = ? ORDER BY r.ticket_id"),
                            {eventId});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next())
        out.append(QJsonObject{{QStringLiteral("registrant"), principalOf(q->blob(0)).toText()},
                               {QStringLiteral("ticket_id"), q->int64(1)},
                               {QStringLiteral("token_id"), tickets::tokenId(quint64(q->int64(1)))},
                               {QStringLiteral("registered_at"), QString::number(q->int64(2))},
                               {QStringLiteral("holder"), principalOf(q->blob(3)).toText()},
                               {QStringLiteral("checked_in_at"), q->isNull(4) ? QJsonValue() : QJsonValue(QString::number(q->int64(4)))}});
    return out;
}

Result<std::optional<CheckInRow>> EventStore::checkIn(qint64 eventId, qint64 ticketId)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT holder, checked_by, checked_ns FROM event_checkins WHERE event_id = ? AND ticket_id = ?"),
                            {eventId, ticketId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CheckInRow>();
    return std::optional<CheckInRow>(CheckInRow{eventId, ticketId, principalOf(q->blob(0)), principalOf(q->blob(1)), q->int64(2)});
}

Status EventStore::addCheckIn(const CheckInRow &c)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO event_checkins (event_id, ticket_id, holder, checked_by, checked_ns) VALUES (?, ?, ?, ?, ?)"),
                            {c.eventId, c.ticketId, c.holder.bytes(), c.checkedBy.bytes(), c.checkedNs});
    if (!q)
        return q.error();
    return {};
}

} // namespace nexus
