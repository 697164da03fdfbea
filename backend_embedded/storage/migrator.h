#pragma once
// Applies numbered .sql migrations (NNNN_name.sql) in order, one transaction each, tracked by
// PRAGMA user_version. Refuses a database newer than the newest migration it knows.

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace nexus {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
    bool destructive = false; // first line "-- destructive": back up with VACUUM INTO before applying
};

class Migrator
{
public:
    // `dir` holds the .sql files, e.g. ":/migrations" (the built-in set) or a test folder.
    explicit Migrator(QString dir = QStringLiteral(":/migrations"));

    Result<QList<Migration>> load() const;
    static Result<int> currentVersion(QSqlDatabase &db);
    // Applies every migration above the current version, up to `upTo` (all when -1).
    // `backupDir` receives "<db>-before-vNNNN.sqlite" before a destructive step.
    Result<int> migrate(QSqlDatabase &db, const QString &backupDir, int upTo = -1) const;
    Result<int> latestVersion() const;

private:
    QString m_dir;
};

} // namespace nexus
