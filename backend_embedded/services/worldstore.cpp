#include "worldstore.h"

#include "digest.h"

#include <QJsonDocument>

namespace nexus {

namespace {

const QString kColumns = QStringLiteral("SELECT w.id, w.owner, w.prompt, w.title, w.world_type, w.seed, w.version, w.instances, %1, w.created_ns, w.updated_ns FROM worlds w ");
const QString kBlueprint = QStringLiteral("COALESCE((SELECT json FROM blueprints WHERE hash = w.blueprint_hash), w.blueprint)");

WorldRow fromRow(const Rows &q, bool withBlueprint)
{
    WorldRow w;
    w.id = q.int64(0);
    auto owner = Principal::fromBytes(q.blob(1));
    w.owner = owner ? *owner : Principal();
    w.prompt = q.text(2);
    w.title = q.text(3);
    w.worldType = q.text(4);
    w.seed = q.text(5);
    w.version = int(q.int64(6));
    w.instances = int(q.int64(7));
    if (withBlueprint)
        w.blueprint = q.text(8).toUtf8();
    w.createdNs = q.int64(9);
    w.updatedNs = q.int64(10);
    return w;
}

} // namespace

QJsonObject WorldRow::toJson(bool withBlueprint) const
{
    QJsonObject o{{QStringLiteral("world_id"), id},
                  {QStringLiteral("owner"), owner.toText()},
                  {QStringLiteral("prompt"), prompt},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("world_type"), worldType},
                  {QStringLiteral("seed"), seed},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("instances"), instances},
                  {QStringLiteral("created_ns"), QString::number(createdNs)},
                  {QStringLiteral("updated_ns"), QString::number(updatedNs)}};
    if (withBlueprint)
        o.insert(QStringLiteral("blueprint"), QJsonDocument::fromJson(blueprint).object());
    return o;
}

namespace {

// The blueprint's row in the content table: stored unless those bytes are there already.
Result<QByteArray> storeBlueprint(QSqlDatabase &db, const QByteArray &json, const QByteArray &knownHash)
{
    const QByteArray hash = knownHash.isEmpty() ? sha256(json) : knownHash;
    auto known = Database::exec(db, QStringLiteral("SELECT 1 FROM blueprints WHERE hash = ?"), {hash});
    if (!known)
        return known.error();
    const bool stored = known->next();
    known->finish();
    if (!stored)
        if (auto b = Database::exec(db, QStringLiteral("INSERT INTO blueprints (hash, json) VALUES (?, ?)"), {hash, QString::fromUtf8(json)}); !b)
            return b.error();
    return hash;
}

} // namespace

Result<qint64> WorldStore::insert(const WorldRow &w)
{
    auto hash = storeBlueprint(m_db, w.blueprint, w.blueprintHash);
    if (!hash)
        return hash.error();
    auto q = Database::exec(m_db,
                            QStringLiteral("INSERT INTO worlds (owner, prompt, title, world_type, seed, version, instances, blueprint, blueprint_hash, created_ns, updated_ns) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?) RETURNING id"),
                            {w.owner.bytes(), w.prompt, w.title, w.worldType, w.seed, w.version, w.instances, *hash, w.createdNs, w.updatedNs});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new world."));
    const qint64 id = q->int64(0);
    q->finish();
    auto v = Database::exec(m_db, QStringLiteral("INSERT INTO world_versions (world_id, version, blueprint, blueprint_hash, saved_ns, saved_by) VALUES (?, ?, '', ?, ?, ?)"),
                            {id, w.version, *hash, w.createdNs, w.owner.bytes()});
    if (!v)
        return v.error();
    return id;
}

Status WorldStore::saveVersion(const WorldRow &w, const Principal &savedBy, const QString &note)
{
    auto hash = storeBlueprint(m_db, w.blueprint, w.blueprintHash);
    if (!hash)
        return hash.error();
    auto u = Database::exec(m_db, QStringLiteral("UPDATE worlds SET version = ?, instances = ?, title = ?, blueprint = '', blueprint_hash = ?, updated_ns = ? WHERE id = ?"),
                            {w.version, w.instances, w.title, *hash, w.updatedNs, w.id});
    if (!u)
        return u.error();
    auto v = Database::exec(m_db, QStringLiteral("INSERT INTO world_versions (world_id, version, blueprint, blueprint_hash, saved_ns, saved_by, note) VALUES (?, ?, '', ?, ?, ?, ?)"),
                            {w.id, w.version, *hash, w.updatedNs, savedBy.bytes(), note});
    if (!v)
        return v.error();
    return {};
}

Result<QByteArray> WorldStore::versionBlueprint(qint64 id, int version)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT COALESCE((SELECT json FROM blueprints WHERE hash = v.blueprint_hash), v.blueprint) "
                                                 "FROM world_versions v WHERE v.world_id = ? AND v.version = ?"),
                            {id, version});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("World %1 has no version %2.").arg(id).arg(version),
                           QStringLiteral("worlds.versions lists the versions."));
    return q->text(0).toUtf8();
}

Result<QJsonArray> WorldStore::versions(qint64 id)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT version, saved_ns, saved_by, note FROM world_versions WHERE world_id = ? ORDER BY version DESC"), {id});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next()) {
        auto by = Principal::fromBytes(q->blob(2));
        out.append(QJsonObject{{QStringLiteral("version"), q->int64(0)},
                               {QStringLiteral("saved_ns"), QString::number(q->int64(1))},
                               {QStringLiteral("saved_by"), by ? by->toText() : QString()},
                               {QStringLiteral("note"), q->text(3)}});
    }
    return out;
}

Result<WorldRow> WorldStore::world(qint64 id)
{
    auto q = Database::exec(m_db, kColumns.arg(kBlueprint) + QStringLiteral("WHERE w.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no world %1.").arg(id), QStringLiteral("worlds.list shows the stored worlds and their numbers."));
    return fromRow(*q, true);
}

Result<QList<WorldRow>> WorldStore::list(const std::optional<Principal> &owner, qint64 beforeId, int limit)
{
    auto q = Database::exec(m_db, kColumns.arg(QStringLiteral("''")) + QStringLiteral("WHERE (?1 IS NULL OR w.owner = ?1) AND (?2 = 0 OR w.id < ?2) ORDER BY w.id DESC LIMIT ?3"),
                            {owner ? QVariant(owner->bytes()) : QVariant(), beforeId, limit});
    if (!q)
        return q.error();
    QList<WorldRow> out;
    while (q->next())
        out << fromRow(*q, false);
    return out;
}

Result<qint64> WorldStore::count(const std::optional<Principal> &owner)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM worlds WHERE (?1 IS NULL OR owner = ?1)"), {owner ? QVariant(owner->bytes()) : QVariant()});
    if (!q)
        return q.error();
    return q->next() ? q->int64(0) : 0;
}

} // namespace nexus
