#include "ticketstore.h"

#include "jsontext.h"
#include "ticketid.h"

namespace nexus {

namespace {

TicketRow fromRow(const Rows &q)
{
    TicketRow t;
    t.id = q.int64(0);
    t.eventName = q.text(1);
    if (!q.isNull(2))
        t.eventId = q.int64(2);
    auto owner = Principal::fromBytes(q.blob(3));
    t.owner = owner ? *owner : Principal();
    auto meta = jsonFromText(q.text(4));
    t.metadata = meta ? meta->toObject() : QJsonObject();
    t.mintedNs = q.int64(5);
    return t;
}

} // namespace

QJsonObject TicketRow::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("token_id"), tickets::tokenId(quint64(id))},
                  {QStringLiteral("event_name"), eventName},
                  {QStringLiteral("owner"), owner.toText()},
                  {QStringLiteral("minted_at"), QString::number(mintedNs)},
                  {QStringLiteral("metadata"), metadata}};
    o.insert(QStringLiteral("event_id"), eventId ? QJsonValue(*eventId) : QJsonValue());
    return o;
}

Result<TicketRow> TicketStore::ticket(qint64 id)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT id, event_name, event_id, owner, metadata, minted_ns FROM tickets WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no ticket %1 (%2).").arg(id).arg(tickets::tokenId(quint64(std::max<qint64>(id, 0)))),
                           QStringLiteral("tickets.list shows the tickets you hold."));
    return fromRow(*q);
}

Result<qint64> TicketStore::insert(const TicketRow &t)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO tickets (event_name, event_id, owner, metadata, minted_ns) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                            {t.eventName, t.eventId ? QVariant(*t.eventId) : QVariant(), t.owner.bytes(), jsonToText(t.metadata), t.mintedNs});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new ticket."));
    return q->int64(0);
}

Status TicketStore::setOwner(qint64 id, const Principal &owner)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE tickets SET owner = ? WHERE id = ?"), {owner.bytes(), id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<TicketRow>> TicketStore::byOwner(const Principal &owner, qint64 afterId, int limit)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT id, event_name, event_id, owner, metadata, minted_ns FROM tickets WHERE owner = ? AND id > ? "
                                                 "ORDER BY id LIMIT ?"),
                            {owner.bytes(), afterId, limit});
    if (!q)
        return q.error();
    QList<TicketRow> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<qint64> TicketStore::total()
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM tickets"));
    if (!q)
        return q.error();
    return q->next() ? q->int64(0) : 0;
}

} // namespace nexus
