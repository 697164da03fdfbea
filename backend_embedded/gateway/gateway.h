#pragma once
// The one path for every call (GUI, nexusctl, HTTP, sync, seeding): caller, system state,
// authorisation, rate limit, one transaction holding the change and its audit entry, change events.

#include "auditwriter.h"
#include "callercache.h"
#include "methoddescriptor.h"
#include "ratelimiter.h"

#include <QCoroTask>
#include <QHash>
#include <QMutex>
#include <QObject>

namespace nexus {

class DbThread;

struct SystemState {
    bool maintenance = false;
    QString maintenanceMessage;
    bool emergency = false;
    QString emergencyReason;
    qint64 emergencySinceNs = 0;
};

class Gateway : public QObject
{
    Q_OBJECT
public:
    Gateway(DbThread *writer, DbThread *reader, QObject *parent = nullptr);

    void registerMethod(MethodDescriptor m);
    const MethodDescriptor *method(const QString &name) const;
    QList<const MethodDescriptor *> methods() const; // sorted by name

    QCoro::Task<Result<QJsonValue>> call(CallContext ctx, QString method, QJsonObject args);
    // Same pipeline, waiting on the calling thread (for nexusctl, tests and benchmarks).
    Result<QJsonValue> callBlocking(const CallContext &ctx, const QString &method, const QJsonObject &args);

    SystemState systemState() const;
    RateLimiter &rateLimiter() { return m_limiter; }
    DbThread *writer() const { return m_writer; }
    DbThread *reader() const { return m_reader; }

    // Writer thread: re-read system state and rate limits from the config table.
    Status reloadFromConfig(QSqlDatabase &db);

    // Redacted canonical JSON of the arguments and its SHA-256 (what the audit log keeps).
    static QJsonObject redact(const QJsonObject &args, const QStringList &secretArgs);

Q_SIGNALS:
    // Emitted after commit, from the writer thread (connect with the default AutoConnection).
    void changed(const QString &topic, const QStringList &ids);
    void systemStateChanged();

private:
    struct ReadOutcome;
    struct Prepared {
        std::shared_ptr<const void> product;
        std::optional<Error> error;
    };
    // Runs a mutation's prepare step (stamping the call's time first) on the calling thread.
    static Prepared prepare(CallContext &call, const MethodDescriptor &m, const QJsonObject &args);
    Result<QJsonValue> executeMutation(QSqlDatabase &db, const CallContext &call, const MethodDescriptor &m,
                                       const QJsonObject &args, const Prepared &prepared = {});
    ReadOutcome executeRead(QSqlDatabase &db, const CallContext &call, const MethodDescriptor &m, const QJsonObject &args);
    Status admit(const CallerInfo &caller, const CallContext &call, const MethodDescriptor &m) const;
    Status checkSystemState(const MethodDescriptor &m) const;
    Status appendFailure(QSqlDatabase &db, const AuditEntry &entry);
    AuditEntry makeEntry(const CallContext &call, const CallerInfo &caller, const MethodDescriptor &m,
                         const QJsonObject &args, const QString &summary, const QString &outcome) const;
    static Result<CallerInfo> resolveCaller(QSqlDatabase &db, const Principal &p);

    DbThread *m_writer;
    DbThread *m_reader;
    QHash<QString, MethodDescriptor> m_methods;
    RateLimiter m_limiter;
    // Clears the writer-thread memos when a commit not made by this gateway (another process, or
    // other code on the writer connection) landed since our last one.
    void noticeOtherWriters(QSqlDatabase &db);

    AuditWriter m_audit; // writer thread only
    std::optional<quint32> m_ownVersion; // the data version right after our last commit
    CallerCache m_callers; // writer thread only
    mutable QMutex m_stateMutex;
    SystemState m_state;
};

Error unknownMethodError(const QString &name);

} // namespace nexus
