#pragma once
// The worlds tables (0009_worlds.sql, 0013_blueprints_by_content.sql): stored worlds with their
// versions; blueprints kept once per content.

#include "principal.h"
#include "result.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace nexus {

struct WorldRow {
    qint64 id = 0;
    Principal owner;
    QString prompt;
    QString title;
    QString worldType;
    QString seed;
    int version = 1;
    int instances = 0;
    QByteArray blueprint; // canonical JSON
    QByteArray blueprintHash; // SHA-256 of it (computed on insert when empty)
    qint64 createdNs = 0;
    qint64 updatedNs = 0;

    // The list item (no blueprint); with `blueprint`, the parsed blueprint too.
    QJsonObject toJson(bool withBlueprint) const;
};

class WorldStore
{
public:
    explicit WorldStore(QSqlDatabase &db) : m_db(db) {}

    Result<qint64> insert(const WorldRow &w); // also stores version 1
    Result<WorldRow> world(qint64 id);        // NotFound with a hint
    // The blueprint of an earlier version (NotFound with a hint when there is no such version).
    Result<QByteArray> versionBlueprint(qint64 id, int version);
    // Stores `w`'s blueprint as version w.version (the next one) and makes it the world's current.
    Status saveVersion(const WorldRow &w, const Principal &savedBy, const QString &note);
    // Every version, newest first: version, saved_ns, saved_by, note.
    Result<QJsonArray> versions(qint64 id);
    // Newest first; a principal's or everyone's; keyset paged by id (before: 0 = from the newest).
    Result<QList<WorldRow>> list(const std::optional<Principal> &owner, qint64 beforeId, int limit);
    Result<qint64> count(const std::optional<Principal> &owner);

private:
    QSqlDatabase &m_db;
};

} // namespace nexus
