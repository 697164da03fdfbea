#include "auditscan.h"

#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>

namespace nexus {

namespace {

struct Offsets {
    qint64 seq, ts;
    int pos[8]; // caller, role, method, args, summary, outcome, phash, hash: start in the arena
    int len[8];
};

} // namespace

Status scanAuditRows(QSqlDatabase &db, qint64 fromSeq, qint64 toSeq, int chunkSize,
                     const std::function<bool(AuditChunk &)> &onChunk)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::make(ErrorCode::Internal, QStringLiteral("The audit scan needs the SQLite driver."));
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT seq, ts_ns, caller, role, method, args_digest, summary, outcome, phash, hash "
                      "FROM audit_log WHERE seq BETWEEN ? AND ? ORDER BY seq";
    if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot read the audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))));
    sqlite3_bind_int64(stmt, 1, fromSeq);
    sqlite3_bind_int64(stmt, 2, toSeq);

    // About 250 bytes a row: reserving once per chunk avoids growing (and copying) the arena.
    const qsizetype arenaReserve = qsizetype(chunkSize) * 320;
    QByteArray arena;
    arena.reserve(arenaReserve);
    std::vector<Offsets> rows;
    rows.reserve(size_t(chunkSize));
    auto flush = [&] {
        AuditChunk chunk;
        chunk.arena = std::move(arena); // the heap buffer moves with it, so the views stay valid
        chunk.views.resize(rows.size());
        const char *base = chunk.arena.constData();
        for (size_t i = 0; i < rows.size(); ++i) {
            const Offsets &o = rows[i];
            auto v = [&](int k) { return QByteArrayView(base + o.pos[k], o.len[k]); };
            chunk.views[i] = {o.seq, o.ts, v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7)};
        }
        rows.clear();
        arena = QByteArray();
        arena.reserve(arenaReserve);
        return onChunk(chunk);
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        Offsets o{};
        o.seq = sqlite3_column_int64(stmt, 0);
        o.ts = sqlite3_column_int64(stmt, 1);
        for (int k = 0; k < 8; ++k) {
            const int col = k + 2;
            // The database is UTF-8, so a text column's blob is its stored UTF-8 (no conversion);
            // NULL phash comes back as empty.
            const void *p = sqlite3_column_blob(stmt, col);
            const int n = sqlite3_column_bytes(stmt, col);
            const qsizetype at = arena.size();
            o.pos[k] = int(at);
            o.len[k] = n;
            if (n > 0) {
                // resize + memcpy: QByteArray::append goes through insert(), which cost more than the copy
                arena.resize(at + n);
                std::memcpy(arena.data() + at, p, size_t(n));
            }
        }
        rows.push_back(o);
        if (int(rows.size()) == chunkSize && !flush()) {
            sqlite3_finalize(stmt);
            return {};
        }
    }
    const QString err = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    if (!err.isEmpty())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot read the audit log: %1").arg(err),
                           QStringLiteral("The profile database may be damaged; restore a backup."));
    if (!rows.empty())
        flush();
    return {};
}

} // namespace nexus
