#pragma once
// SQL of the event tables (resources/migrations/0007_marketplace.sql): events, registrations and
// check-ins.

#include "eventstatus.h"
#include "principal.h"
#include "result.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace nexus {

struct EventRow {
    qint64 id = 0;
    QString name;
    QString description;
    Principal organiser;
    qint64 capacity = 0;
    qint64 registered = 0;
    qint64 startsNs = 0;
    qint64 endsNs = 0;
    events::EventStatus status = events::EventStatus::Draft;
    qint64 createdNs = 0;
    qint64 updatedNs = 0;
    QJsonObject toJson() const;
};

struct CheckInRow {
    qint64 eventId = 0;
    qint64 ticketId = 0;
    Principal holder;
    Principal checkedBy;
    qint64 checkedNs = 0;
    QJsonObject toJson() const;
};

class EventStore
{
public:
    explicit EventStore(QSqlDatabase &db) : m_db(db) {}
    Result<EventRow> event(qint64 id); // NotFound with a hint
    Result<qint64> insert(const EventRow &e);
    Status setStatus(qint64 id, events::EventStatus s, qint64 nowNs);
    Result<QList<EventRow>> list(const std::optional<events::EventStatus> &status, const std::optional<Principal> &organiser, qint64 afterId,
                                 int limit);

    // The ticket minted when `who` registered, if they did.
    Result<std::optional<qint64>> registration(qint64 eventId, const Principal &who);
    // Counts the registration against the capacity; false when the event is full.
    Result<bool> addRegistration(qint64 eventId, const Principal &who, qint64 ticketId, qint64 nowNs);
    // Registrations with the current holder of each ticket and its check-in time (0: not yet).
    Result<QJsonArray> participants(qint64 eventId);

    Result<std::optional<CheckInRow>> checkIn(qint64 eventId, qint64 ticketId);
    Status addCheckIn(const CheckInRow &c);

private:
    QSqlDatabase &m_db;
};

} // namespace nexus
