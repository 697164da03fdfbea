#include "database.h"
#include "pagecachelimits.h"
#include "walwritecombiner.h"

#include <QFileInfo>
#include <QHash>

#include <memory>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

#include <limits>
#include <sqlite3.h>

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
    // SQLite's allocation statistics take a process-wide mutex on every malloc; nothing here reads
    // them. Only possible before SQLite initialises (the first open), so done once, up front.
    static const bool noMemStatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(noMemStatus);
    pagecache::install(); // no whole-cache scan at every commit (pagecachelimits.h); also before init
    walwrites::install(); // a commit's log frames in one write (walwritecombiner.h)
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
        "PRAGMA page_size = 1024", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000",
        // Reads straight from the page cache instead of a pread per page (bulk audit scans).
        "PRAGMA mmap_size = 1073741824",
        // SQLite's default, on purpose: a hot page (the audit head, an index leaf) gets a new WAL
        // frame per commit, and finding its newest frame walks all of them, so a longer WAL costs
        // more CPU per statement than the extra checkpoints. The backend's writer hands its
        // checkpoints to a thread of its own instead (walcheckpointer.h).
        "PRAGMA wal_autocheckpoint = 1000",
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

struct StatementSlot {
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int firstStep = SQLITE_DONE; // the step exec() ran; next() hands out that row first
    bool rowPending = false;
    int changes = 0;
    qint64 insertedRowId = 0;
    ~StatementSlot()
    {
        if (stmt)
            sqlite3_finalize(stmt);
    }
};

namespace {

// Prepared statements per connection; connections are thread-bound, so the cache is too.
struct ConnectionStatements {
    sqlite3 *db = nullptr;
    QHash<QString, std::shared_ptr<StatementSlot>> bySql;
};
thread_local QHash<QString, ConnectionStatements> t_statements;

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

int bind(sqlite3_stmt *stmt, int index, const QVariant &p)
{
    if (!p.isValid() || p.isNull())
        return p.typeId() == QMetaType::QString ? sqlite3_bind_text(stmt, index, "", 0, SQLITE_STATIC)
                                                : sqlite3_bind_null(stmt, index);
    switch (p.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(stmt, index, p.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong: {
        const qulonglong v = p.toULongLong();
        if (v > qulonglong(std::numeric_limits<qint64>::max())) // beyond INTEGER: keep it exact as text
            return sqlite3_bind_text64(stmt, index, QByteArray::number(v).constData(), -1, SQLITE_TRANSIENT, SQLITE_UTF8);
        return sqlite3_bind_int64(stmt, index, qint64(v));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, p.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = p.toByteArray();
        if (b.isNull())
            return sqlite3_bind_null(stmt, index);
        return sqlite3_bind_blob64(stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray utf8 = p.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

bool Rows::next()
{
    if (!m_s || !m_s->stmt)
        return false;
    if (m_s->rowPending) {
        m_s->rowPending = false;
        return true;
    }
    if (m_s->firstStep != SQLITE_ROW)
        return false;
    const int rc = sqlite3_step(m_s->stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        qCWarning(lcStorage) << "reading rows failed:" << sqliteMessage(m_s->db);
    m_s->firstStep = SQLITE_DONE;
    return false;
}

QVariant Rows::value(int i) const
{
    sqlite3_stmt *st = m_s->stmt;
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(st, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(st, i));
    case SQLITE_TEXT:
        return QVariant(text(i));
    case SQLITE_BLOB:
        return QVariant(blob(i));
    default:
        return QVariant();
    }
}

qint64 Rows::int64(int i) const { return sqlite3_column_int64(m_s->stmt, i); }

QByteArray Rows::blob(int i) const
{
    const void *data = sqlite3_column_blob(m_s->stmt, i);
    const int n = sqlite3_column_bytes(m_s->stmt, i);
    return data ? QByteArray(static_cast<const char *>(data), n) : QByteArray();
}

QString Rows::text(int i) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_s->stmt, i));
    const int n = sqlite3_column_bytes(m_s->stmt, i);
    return data ? QString::fromUtf8(data, n) : QString();
}

bool Rows::isNull(int i) const { return sqlite3_column_type(m_s->stmt, i) == SQLITE_NULL; }

int Rows::numRowsAffected() const { return m_s ? m_s->changes : 0; }

qint64 Rows::insertedRowId() const { return m_s ? m_s->insertedRowId : 0; }

void Rows::finish()
{
    if (m_s && m_s->stmt) {
        sqlite3_reset(m_s->stmt);
        m_s->rowPending = false;
        m_s->firstStep = SQLITE_DONE;
    }
}

void Database::clearStatementCache(const QString &connectionName)
{
    t_statements.remove(connectionName); // finalizes every statement (StatementSlot's destructor)
}

Result<Rows> Database::exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> params)
{
    return execParams(db, sql, params.begin(), qsizetype(params.size()));
}

Result<Rows> Database::execList(QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    return execParams(db, sql, params.constData(), params.size());
}

Result<Rows> Database::execParams(QSqlDatabase &db, const QString &sql, const QVariant *params, qsizetype count)
{
    ConnectionStatements &conn = t_statements[db.connectionName()];
    sqlite3 *handle = sqliteHandle(db);
    if (!handle || !db.isOpen())
        return storageError(QStringLiteral("Query failed"), QStringLiteral("the database connection is not open"));
    if (conn.db != handle) { // reopened under the same name: the old statements belong to a closed handle
        conn.bySql.clear();
        conn.db = handle;
    }
    std::shared_ptr<StatementSlot> &slot = conn.bySql[sql];
    if (!slot) {
        auto prepared = std::make_shared<StatementSlot>();
        prepared->db = handle;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &prepared->stmt, nullptr)
            != SQLITE_OK) {
            const Error e = storageError(QStringLiteral("Query failed"), sqliteMessage(handle));
            conn.bySql.remove(sql);
            return e;
        }
        slot = prepared;
    }
    StatementSlot &s = *slot;
    sqlite3_reset(s.stmt);
    sqlite3_clear_bindings(s.stmt);
    const int expected = sqlite3_bind_parameter_count(s.stmt);
    if (int(count) != expected)
        return storageError(QStringLiteral("Query failed"),
                            QStringLiteral("%1 parameters given, the statement has %2").arg(count).arg(expected));
    for (qsizetype i = 0; i < count; ++i)
        if (bind(s.stmt, int(i) + 1, params[i]) != SQLITE_OK)
            return storageError(QStringLiteral("Query failed"), sqliteMessage(handle));
    s.firstStep = sqlite3_step(s.stmt);
    if (s.firstStep != SQLITE_ROW && s.firstStep != SQLITE_DONE) {
        const Error e = storageError(QStringLiteral("Query failed"), sqliteMessage(handle));
        sqlite3_reset(s.stmt);
        s.firstStep = SQLITE_DONE;
        return e;
    }
    s.rowPending = s.firstStep == SQLITE_ROW;
    s.changes = sqlite3_changes(handle);
    s.insertedRowId = sqlite3_last_insert_rowid(handle);
    return Rows(&s);
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

sqlite3 *Database::handle(const QSqlDatabase &db)
{
    return sqliteHandle(db);
}

std::optional<quint32> Database::dataVersion(const QSqlDatabase &db)
{
    sqlite3 *h = sqliteHandle(db);
    unsigned int v = 0;
    if (!h || sqlite3_file_control(h, "main", SQLITE_FCNTL_DATA_VERSION, &v) != SQLITE_OK)
        return std::nullopt;
    return quint32(v);
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
    if (!m_open)
        return;
    if (auto q = Database::exec(m_db, QStringLiteral("ROLLBACK")); !q)
        qCWarning(lcStorage) << "rollback failed:" << q.error().message;
    m_open = false;
}

} // namespace nexus
