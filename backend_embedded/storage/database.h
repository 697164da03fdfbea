#pragma once
// SQLite connections through Qt SQL: one per thread, WAL, foreign keys, busy timeout, typed errors.

#include "result.h"

#include <QSqlDatabase>

#include <optional>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

struct sqlite3; // SQLite's connection handle (sqlite3.h)

namespace nexus {

struct StatementSlot;

// A handle to a cached, executed statement. Read its rows before the same SQL runs again.
// Dropping the handle resets the statement: an unfinished SELECT would otherwise keep its read
// snapshot open, hiding later commits from this connection and blocking its next write.
// Values come back as Qt SQL's SQLite driver gives them: INTEGER → qlonglong, REAL → double,
// TEXT → QString, BLOB → QByteArray, NULL → an invalid QVariant.
class Rows
{
public:
    explicit Rows(StatementSlot *s) : m_s(s) {}
    Rows(Rows &&o) noexcept : m_s(std::exchange(o.m_s, nullptr)) {}
    Rows &operator=(Rows &&o) noexcept
    {
        if (this != &o) {
            finish();
            m_s = std::exchange(o.m_s, nullptr);
        }
        return *this;
    }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows() { finish(); }

    bool next();
    QVariant value(int i) const;
    qint64 int64(int i) const;       // without the QVariant round trip, for hot paths
    QByteArray blob(int i) const;
    QString text(int i) const;
    bool isNull(int i) const;
    int numRowsAffected() const;
    // The rowid the statement's INSERT gave its row (SQLite's last_insert_rowid right after it):
    // cheaper than RETURNING, which collects its rows in a scratch table first.
    qint64 insertedRowId() const;
    void finish();

private:
    StatementSlot *m_s;
};

class Database
{
public:
    // Opens (creating when `create`) the file and applies the connection pragmas.
    // The connection belongs to the calling thread. A database whose user_version is above
    // `maxSchemaVersion` (when >= 0) is refused before anything in the file is changed.
    static Result<QSqlDatabase> open(const QString &path, const QString &connectionName, bool create,
                                     int maxSchemaVersion = -1);
    static Error schemaTooNew(int found, int known);
    static void close(const QString &connectionName);

    // Runs one statement with bound parameters. Statements are prepared once per connection and
    // reused, so consume a result before running the same SQL again on that connection.
    // It drives SQLite's own API on the Qt SQL connection's handle: Qt's per-bind bookkeeping
    // cost more than the statement itself on the gateway's hot path.
    static Result<Rows> exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params = {});
    // The same with a parameter list built at run time (queries assembled from optional filters).
    static Result<Rows> execList(QSqlDatabase &db, const QString &sql, const QVariantList &params);
    // Drops this thread's prepared statements for the connection (before closing it).
    static void clearStatementCache(const QString &connectionName);
    // The pager's data version: it changes with every commit to the file, this connection's own
    // included. Read without running a statement; nullopt when the handle is not SQLite.
    static std::optional<quint32> dataVersion(const QSqlDatabase &db);
    // SQLite's own handle under the Qt connection (for hooks); nullptr when it is not SQLite.
    static sqlite3 *handle(const QSqlDatabase &db);
    static Status execScript(QSqlDatabase &db, const QString &script);
    static QStringList splitStatements(const QString &script);
    static Error storageError(const QString &what, const QString &driverText);

private:
    static Result<Rows> execParams(QSqlDatabase &db, const QString &sql, const QVariant *params, qsizetype count);
};

// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace nexus
