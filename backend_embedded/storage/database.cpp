#include "database.h"

#include <QFileInfo>
#include <QHash>

#include <memory>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "nexus.storage", QtWarningMsg)

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

Error Database::schemaTooNew(int found, int known)
{
    return Error::make(ErrorCode::SchemaTooNew,
                       QStringLiteral("This profile's database has schema version %1, but this Nexus Studio knows "
                                      "only up to version %2.").arg(found).arg(known),
                       QStringLiteral("Open it with a newer Nexus Studio, or choose another profile with --profile DIR. "
                                      "Nothing was changed."));
}

Result<QSqlDatabase> Database::open(const QString &path, const QString &connectionName, bool create, int maxSchemaVersion)
{
    if (!create && !QFileInfo::exists(path))
        return Error::make(ErrorCode::NotFound, QStringLiteral("No database at %1.").arg(path),
                           QStringLiteral("Create a profile with `nexusctl init`, or use --demo."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return storageError(QStringLiteral("Cannot open %1").arg(path), db.lastError().text());
    auto fail = [&](QSqlQuery &q, const QString &what) {
        const Error e = storageError(QStringLiteral("%1 %2").arg(what, path), q.lastError().text());
        q.finish();
        db.close();
        return e;
    };
    // Read-only checks first: a file that is not SQLite, or a schema newer than this app, is
    // refused before any pragma (journal_mode = WAL writes to the file) touches it.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("PRAGMA busy_timeout = 5000")) || !probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(probe, QStringLiteral("Cannot read"));
        if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next())
            return fail(probe, QStringLiteral("Cannot read"));
        const int version = probe.value(0).toInt();
        probe.finish();
        if (maxSchemaVersion >= 0 && version > maxSchemaVersion) {
            db.close();
            return schemaTooNew(version, maxSchemaVersion);
        }
    }
    static const char *const pragmas[] = {
        "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000",
        // Reads straight from the page cache instead of a pread per page (bulk audit scans).
        "PRAGMA mmap_size = 1073741824",
    };
    for (const char *p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(p)))
            return fail(q, QStringLiteral("Cannot use"));
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    clearStatementCache(connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

namespace {
// Prepared statements per connection; connections are thread-bound, so the cache is too.
// shared_ptr keeps each QSqlQuery at a stable address for the Rows handles.
thread_local QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> t_statements;
} // namespace

void Database::clearStatementCache(const QString &connectionName)
{
    t_statements.remove(connectionName);
}

Result<Rows> Database::exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params)
{
    auto &cache = t_statements[db.connectionName()];
    std::shared_ptr<QSqlQuery> &slot = cache[sql];
    if (!slot) {
        auto prepared = std::make_shared<QSqlQuery>(db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            const Error e = storageError(QStringLiteral("Query failed"), prepared->lastError().text());
            cache.remove(sql);
            return e;
        }
        slot = prepared;
    }
    QSqlQuery &q = *slot;
    q.finish();
    int index = 0;
    for (const QVariant &p : params) {
        // A null QString binds as SQL NULL; our text columns mean "empty" by it.
        if (p.typeId() == QMetaType::QString && p.toString().isNull())
            q.bindValue(index++, QStringLiteral(""));
        else
            q.bindValue(index++, p);
    }
    if (!q.exec())
        return storageError(QStringLiteral("Query failed"), q.lastError().text());
    return Rows(&q);
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
    auto q = Database::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!q)
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot start a transaction: %1").arg(q.error().message), q.error().hint);
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    auto q = Database::exec(m_db, QStringLiteral("COMMIT"));
    if (!q) {
        rollback();
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot commit: %1").arg(q.error().message), q.error().hint);
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (auto q = Database::exec(m_db, QStringLiteral("ROLLBACK")); !q)
        qCWarning(lcStorage) << "rollback failed:" << q.error().message;
    m_open = false;
}

} // namespace nexus
