#include "migrator.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace nexus {

Migrator::Migrator(QString dir) : m_dir(std::move(dir)) {}

Result<QList<Migration>> Migrator::load() const
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QStringList files = QDir(m_dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = re.match(f);
        if (!m.hasMatch())
            return Error::make(ErrorCode::Internal, QStringLiteral("Migration file %1 is not named NNNN_name.sql.").arg(f));
        QFile file(m_dir + QLatin1Char('/') + f);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Internal, QStringLiteral("Cannot read migration %1.").arg(f));
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.sql = QString::fromUtf8(file.readAll());
        mig.destructive = mig.sql.startsWith(QLatin1String("-- destructive"));
        if (mig.version != out.size() + 1)
            return Error::make(ErrorCode::Internal, QStringLiteral("Migration %1 is out of sequence (expected %2).")
                                                         .arg(f).arg(out.size() + 1));
        out << mig;
    }
    return out;
}

Result<int> Migrator::latestVersion() const
{
    const auto all = load();
    if (!all)
        return all.error();
    return int(all->size());
}

Result<int> Migrator::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Database::storageError(QStringLiteral("Cannot read the schema version"), q.lastError().text());
    return q.value(0).toInt();
}

Result<int> Migrator::migrate(QSqlDatabase &db, const QString &backupDir, int upTo) const
{
    const auto all = load();
    if (!all)
        return all.error();
    const auto current = currentVersion(db);
    if (!current)
        return current.error();
    const int latest = int(all->size());
    if (*current > latest)
        return Database::schemaTooNew(*current, latest);
    const int target = upTo < 0 ? latest : std::min(upTo, latest);
    for (int v = *current + 1; v <= target; ++v) {
        const Migration &m = all->at(v - 1);
        if (m.destructive && *current > 0) {
            QDir().mkpath(backupDir);
            const QString backup = QDir(backupDir).filePath(
                QStringLiteral("%1-before-v%2.sqlite").arg(QFileInfo(db.databaseName()).completeBaseName())
                    .arg(v, 4, 10, QLatin1Char('0')));
            QFile::remove(backup);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(backup);
            if (!q.exec())
                return Database::storageError(QStringLiteral("Backup before migration %1 failed").arg(v), q.lastError().text());
            qCInfo(lcStorage) << "backed up before destructive migration" << v << "to" << backup;
        }
        Transaction tx(db);
        if (auto st = tx.begin(); !st)
            return st.error();
        if (auto st = Database::execScript(db, m.sql); !st)
            return Error::make(ErrorCode::Storage, QStringLiteral("Migration %1 (%2) failed: %3").arg(v).arg(m.name, st.error().message),
                               QStringLiteral("The database was left at version %1; nothing of this step was applied.").arg(v - 1));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)))
            return Database::storageError(QStringLiteral("Cannot record schema version %1").arg(v), q.lastError().text());
        if (auto st = tx.commit(); !st)
            return st.error();
        qCInfo(lcStorage) << "applied migration" << v << m.name;
    }
    return target;
}

} // namespace nexus
