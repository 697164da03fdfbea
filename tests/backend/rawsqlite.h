#pragma once
// A plain SQLite connection for the storage tests that drive SQLite directly (below Qt SQL),
// opened the way the app opens its own: WAL, 1 KiB pages, synchronous NORMAL, plus `extra` pragmas.

#include <QString>
#include <QtGlobal>

#include <initializer_list>
#include <sqlite3.h>

struct RawSqlite {
    sqlite3 *db = nullptr;
    explicit RawSqlite(const QString &path, std::initializer_list<const char *> extra = {})
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            qFatal("cannot open %s", qPrintable(path));
        for (const char *p : {"PRAGMA page_size = 1024", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"})
            exec(p);
        for (const char *p : extra)
            exec(p);
    }
    ~RawSqlite() { sqlite3_close(db); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    int exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
    qint64 scalar(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        qint64 v = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return v;
    }
    QString text(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        QString v;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        return v;
    }
    // Runs `rows` inserts of `insertSql` (one `?`, bound to `key(i)`) in one transaction, then
    // COMMIT (or ROLLBACK when `keep` is false). Returns the first error code, or SQLITE_OK.
    template<typename Key>
    int insertMany(const char *insertSql, int rows, Key key, bool keep = true)
    {
        if (exec("BEGIN IMMEDIATE") != SQLITE_OK)
            return sqlite3_errcode(db);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, insertSql, -1, &s, nullptr);
        for (int i = 0; i < rows; ++i) {
            sqlite3_bind_int64(s, 1, key(i));
            if (sqlite3_step(s) != SQLITE_DONE) {
                const int rc = sqlite3_errcode(db);
                sqlite3_finalize(s);
                exec("ROLLBACK");
                return rc;
            }
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
        const int rc = exec(keep ? "COMMIT" : "ROLLBACK");
        if (rc != SQLITE_OK && !sqlite3_get_autocommit(db))
            exec("ROLLBACK");
        return rc;
    }
};
