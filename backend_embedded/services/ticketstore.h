#pragma once
// SQL of the tickets table (resources/migrations/0007_marketplace.sql).

#include "principal.h"
#include "result.h"
#include "storage/database.h"

#include <QJsonObject>

#include <optional>

namespace nexus {

struct TicketRow {
    qint64 id = 0;
    QString eventName;
    std::optional<qint64> eventId;
    Principal owner;
    QJsonObject metadata;
    qint64 mintedNs = 0;
    QJsonObject toJson() const; // with token_id "VRN-%08X"
};

class TicketStore
{
public:
    explicit TicketStore(QSqlDatabase &db) : m_db(db) {}
    Result<TicketRow> ticket(qint64 id); // NotFound with a hint
    Result<qint64> insert(const TicketRow &t);
    Status setOwner(qint64 id, const Principal &owner);
    Result<QList<TicketRow>> byOwner(const Principal &owner, qint64 afterId, int limit);
    Result<qint64> total();

private:
    QSqlDatabase &m_db;
};

} // namespace nexus
