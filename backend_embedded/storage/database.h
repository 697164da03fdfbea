#pragma once
// SQLite connections through Qt SQL: one per thread, WAL, foreign keys, busy timeout, typed errors.

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace nexus {

// A handle to a cached, executed statement. Read its rows before the same SQL runs again.
// Dropping the handle resets the statement: an unfinished SELECT would otherwise keep its read
// snapshot open, hiding later commits from this connection and blocking its next write.
class Rows
{
public:
    explicit Rows(QSqlQuery *q) : m_q(q) {}
    Rows(Rows &&o) noexcept : m_q(std::exchange(o.m_q, nullptr)) {}
    Rows &operator=(Rows &&o) noexcept
    {
        if (this != &o) {
            finish();
            m_q = std::exchange(o.m_q, nullptr);
        }
        return *this;
    }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows() { finish(); }

    bool next() { return m_q->next(); }
    QVariant value(int i) const { return m_q->value(i); }
    int numRowsAffected() const { return m_q->numRowsAffected(); }
    void finish()
    {
        if (m_q)
            m_q->finish();
    }

private:
    QSqlQuery *m_q;
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
    static Result<Rows> exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params = {});
    // Drops this thread's prepared statements for the connection (before closing it).
    static void clearStatementCache(const QString &connectionName);
    static Status execScript(QSqlDatabase &db, const QString &script);
    static QStringList splitStatements(const QString &script);
    static Error storageError(const QString &what, const QString &driverText);
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
