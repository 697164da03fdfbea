#include "database.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "nexus.storage")

namespace nexus {

Error Database::storageError(const QString &what, const QString &driverText)
{
    QString hint = QStringLiteral("Check that the disk is not full and the profile folder is writable.");
    if (driverText.contains(QLatin1String("not a database")) || driverText.contains(QLatin1String("malformed")))
        hint = QStringLiteral("The profile database is damaged or is not a Nexus Studio database. "
                              "Restore it from a backup, or start with another profile (--profile DIR).");
    if (driverText.contains(QLatin1String("locked")) || driverText.contains(QLatin1String("busy")))
        hint = QStringLiteral("Another program holds the database; close other Nexus Studio windows and try again.");
    return Error::make(ErrorCode::Storage, QStringLiteral("%1: %2").arg(what, driverText), hint);
}

Result<QSqlDatabase> Database::open(const QString &path, const QString &connectionName, bool create)
{
    if (!create && !QFileInfo::exists(path))
        return Error::make(ErrorCode::NotFound, QStringLiteral("No database at %1.").arg(path),
                           QStringLiteral("Create a profile with `nexusctl init`, or use --demo."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return storageError(QStringLiteral("Cannot open %1").arg(path), db.lastError().text());
    // busy_timeout first: the journal_mode switch itself may wait for another connection.
    static const char *const pragmas[] = {
        "PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000",
    };
    for (const char *p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(p))) {
            const Error e = storageError(QStringLiteral("Cannot use %1").arg(path), q.lastError().text());
            q.finish();
            db.close();
            return e;
        }
    }
    // A file that is not SQLite only fails on the first real read.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const Error e = storageError(QStringLiteral("Cannot read %1").arg(path), probe.lastError().text());
        probe.finish();
        db.close();
        return e;
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Result<QSqlQuery> Database::exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(QStringLiteral("Query failed"), q.lastError().text());
    for (const QVariant &p : params) {
        // A null QString binds as SQL NULL; our text columns mean "empty" by it.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(p);
    }
    if (!q.exec())
        return storageError(QStringLiteral("Query failed"), q.lastError().text());
    return q;
}

QStringList Database::splitStatements(const QString &script)
{
    // Statements end with ';' at the end of a line; trigger bodies (BEGIN ... END;) stay whole.
    QStringList out;
    QString current;
    bool inBody = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += raw + QLatin1Char('\n');
        const QString upper = line.toUpper();
        if (upper.endsWith(QLatin1String("BEGIN")))
            inBody = true;
        if (inBody && upper == QLatin1String("END;"))
            inBody = false;
        if (!inBody && line.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Status Database::execScript(QSqlDatabase &db, const QString &script)
{
    for (const QString &stmt : splitStatements(script)) {
        QSqlQuery q(db);
        if (!q.exec(stmt))
            return storageError(QStringLiteral("Statement failed (%1)").arg(stmt.left(60)), q.lastError().text());
    }
    return {};
}

Transaction::Transaction(QSqlDatabase &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::storageError(QStringLiteral("Cannot start a transaction"), q.lastError().text());
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = Database::storageError(QStringLiteral("Cannot commit"), q.lastError().text());
        rollback();
        return e;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
    m_open = false;
}

} // namespace nexus
