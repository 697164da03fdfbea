#include "gateway.h"

#include "argschema.h"
#include "digest.h"
#include "jsontext.h"
#include "storage/database.h"
#include "storage/dbthread.h"

#include <QCoroFuture>
#include <QtConcurrent>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QScopeGuard>

#include <algorithm>

Q_LOGGING_CATEGORY(lcGateway, "nexus.gateway", QtWarningMsg)

namespace nexus {

struct Gateway::ReadOutcome {
    Result<QJsonValue> result = QJsonValue();
    std::optional<AuditEntry> denial; // denied reads are audited on the writer
};

Error unknownMethodError(const QString &name)
{
    return Error::make(ErrorCode::UnknownMethod, QStringLiteral("There is no method \"%1\".").arg(name),
                       QStringLiteral("Run `nexusctl methods` for the list; names look like service.method."));
}

Gateway::Gateway(DbThread *writer, DbThread *reader, QObject *parent)
    : QObject(parent), m_writer(writer), m_reader(reader)
{
}

void Gateway::registerMethod(MethodDescriptor m)
{
    Q_ASSERT(!m_methods.contains(m.name));
    m.argCheck = ArgSchema(m.schema);
    m_methods.insert(m.name, std::move(m));
}

const MethodDescriptor *Gateway::method(const QString &name) const
{
    auto it = m_methods.constFind(name);
    return it == m_methods.constEnd() ? nullptr : &*it;
}

QList<const MethodDescriptor *> Gateway::methods() const
{
    QList<const MethodDescriptor *> out;
    for (const MethodDescriptor &m : m_methods)
        out << &m;
    std::sort(out.begin(), out.end(), [](auto *a, auto *b) { return a->name < b->name; });
    return out;
}

SystemState Gateway::systemState() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_state;
}

QJsonObject Gateway::redact(const QJsonObject &args, const QStringList &secretArgs)
{
    QJsonObject out = args;
    for (const QString &key : secretArgs)
        if (out.contains(key))
            out.insert(key, QStringLiteral("[redacted]"));
    return out;
}

Result<CallerInfo> Gateway::resolveCaller(QSqlDatabase &db, const Principal &p)
{
    CallerInfo info;
    info.principal = p;
    // One statement: role, disabled flag and explicit grants (comma-joined).
    auto q = Database::exec(db, QStringLiteral("SELECT role, disabled, (SELECT group_concat(permission) FROM permissions "
                                               "WHERE principal = ?) FROM users WHERE principal = ?"),
                            {p.bytes(), p.bytes()});
    if (!q)
        return q.error();
    if (!q->next())
        return info;
    info.registered = true;
    info.role = roleFromName(q->value(0).toString()).value();
    info.disabled = q->value(1).toBool();
    info.permissions = impliedPermissions(info.role);
    const QString granted = q->value(2).toString();
    q->finish();
    if (!granted.isEmpty())
        for (const QString &name : granted.split(QLatin1Char(',')))
            if (auto perm = permissionFromName(name))
                info.permissions.insert(*perm);
    return info;
}

Status Gateway::checkSystemState(const MethodDescriptor &m) const
{
    if (!m.mutates)
        return {};
    const SystemState s = systemState();
    if (s.emergency && !m.allowedInEmergency)
        return Error::make(ErrorCode::EmergencyStop,
                           QStringLiteral("Emergency stop is active (%1): all changes are refused; reads still work.")
                               .arg(s.emergencyReason.isEmpty() ? QStringLiteral("no reason given") : s.emergencyReason),
                           QStringLiteral("A holder of the emergency_stop permission can resume in Admin → System."));
    if (s.maintenance && !m.allowedInMaintenance)
        return Error::make(ErrorCode::Maintenance,
                           QStringLiteral("Maintenance mode is on%1: changes are paused; reads still work.")
                               .arg(s.maintenanceMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.maintenanceMessage)),
                           QStringLiteral("Try again when maintenance ends, or ask an admin with manage_system to end it."));
    return {};
}

Status Gateway::admit(const CallerInfo &caller, const CallContext &call, const MethodDescriptor &m) const
{
    if (auto st = checkSystemState(m); !st)
        return st;
    if (caller.disabled)
        return Error::make(ErrorCode::PermissionDenied, QStringLiteral("Your account is disabled."),
                           QStringLiteral("Ask an admin to enable it again."));
    if (caller.role < m.minRole) {
        if (!caller.registered)
            return Error::make(ErrorCode::PermissionDenied,
                               QStringLiteral("%1 needs a registered user; %2 is not registered.")
                                   .arg(m.name, call.caller.toText()),
                               QStringLiteral("Register first (users.register) or act as another identity (--as)."));
        return Error::make(ErrorCode::PermissionDenied,
                           QStringLiteral("%1 needs the role %2 or higher; you are %3.")
                               .arg(m.name, roleName(m.minRole), roleName(caller.role)),
                           QStringLiteral("Ask a super admin for the role, or act as another identity."));
    }
    if (m.permission && !caller.holds(*m.permission))
        return Error::make(ErrorCode::PermissionDenied,
                           QStringLiteral("%1 needs the permission %2, which you do not hold.")
                               .arg(m.name, permissionName(*m.permission)),
                           QStringLiteral("Ask someone who holds %1 to grant it to you.").arg(permissionName(*m.permission)));
    return {};
}

AuditEntry Gateway::makeEntry(const CallContext &call, const CallerInfo &caller, const MethodDescriptor &m,
                              const QJsonObject &args, const QString &summary, const QString &outcome) const
{
    const QByteArray canonical = QJsonDocument(redact(args, m.secretArgs)).toJson(QJsonDocument::Compact);
    AuditEntry e;
    e.timeNs = call.timeNs ? call.timeNs : nowNs();
    e.caller = call.caller.bytes();
    e.role = roleName(caller.role);
    e.method = m.name;
    e.argsDigest = sha256(canonical);
    e.summary = summary.isEmpty() ? QString::fromUtf8(canonical).left(240) : summary.left(240);
    e.outcome = outcome;
    return e;
}

void Gateway::noticeOtherWriters(QSqlDatabase &db)
{
    // Inside the write transaction, so the version is that of the snapshot this call works on.
    const std::optional<quint32> now = Database::dataVersion(db);
    if (now && m_ownVersion && *now == *m_ownVersion)
        return;
    m_callers.clear();
    m_audit.forgetHead();
}

Status Gateway::appendFailure(QSqlDatabase &db, const AuditEntry &entry)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    noticeOtherWriters(db);
    auto appended = m_audit.append(db, entry);
    if (!appended)
        return appended.error();
    if (auto st = tx.commit(); !st) {
        m_audit.forgetHead();
        return st;
    }
    m_ownVersion = Database::dataVersion(db);
    Q_EMIT changed(QStringLiteral("audit"), {QString::number(appended->seq)});
    return {};
}

Gateway::Prepared Gateway::prepare(CallContext &call, const MethodDescriptor &m, const QJsonObject &args)
{
    Prepared p;
    if (!m.prepare)
        return p;
    if (!call.timeNs)
        call.timeNs = nowNs(); // the prepare step and the handler see one clock
    if (!m.argCheck.validate(args))
        return p; // the writer refuses (and audits) the arguments
    auto product = m.prepare(call, args);
    if (product)
        p.product = *product;
    else
        p.error = product.error();
    return p;
}

Result<QJsonValue> Gateway::executeMutation(QSqlDatabase &db, const CallContext &call, const MethodDescriptor &m,
                                            const QJsonObject &args, const Prepared &prepared)
{
    // The write transaction starts first: the caller lookup, the change and the audit entry then
    // share one snapshot and one set of WAL locks.
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    noticeOtherWriters(db);
    // The audit head memo holds only what committed: any way out but the commit below drops it.
    bool committed = false;
    const auto dropHeadUnlessCommitted = qScopeGuard([&] {
        if (!committed)
            m_audit.forgetHead();
    });
    auto callerResult = m_callers.resolve(db, call.caller, &Gateway::resolveCaller);
    if (!callerResult)
        return callerResult.error();
    const CallerInfo caller = *callerResult;
    auto fail = [&](const Error &e) -> Result<QJsonValue> {
        tx.rollback();
        QString summary = e.message.left(160);
        if (auto st = appendFailure(db, makeEntry(call, caller, m, args, summary, e.codeName())); !st)
            qCWarning(lcGateway) << "could not audit a failed call to" << m.name << ":" << st.error().message;
        return e;
    };
    if (auto st = admit(caller, call, m); !st)
        return fail(st.error());
    if (call.rateLimited()) {
        const qint64 retry = m_limiter.tryAcquire(call.caller.bytes(), m.rateClass, nowNs() / 1000000);
        if (retry > 0) {
            Error e = Error::make(ErrorCode::RateLimited,
                                  QStringLiteral("Too many %1 calls; retry in %2 ms.").arg(m.rateClass).arg(retry),
                                  QStringLiteral("Slow down, or ask an admin to raise ratelimit.%1.").arg(m.rateClass));
            e.retryAfterMs = retry;
            return e; // not audited: a flood must not flood the log (the transaction rolls back)
        }
    }
    if (auto st = m.argCheck.validate(args); !st)
        return fail(st.error());
    if (prepared.error)
        return fail(*prepared.error);

    ExecContext ctx{db, call, caller, *this, {}, {}, {}, prepared.product};
    Result<QJsonValue> result = m.handler(ctx, args);
    if (!result)
        return fail(result.error());
    auto entry = m_audit.append(db, makeEntry(call, caller, m, args, ctx.summary, QStringLiteral("ok")));
    if (!entry)
        return entry.error(); // the transaction rolls back
    if (auto st = tx.commit(); !st)
        return st.error();
    committed = true;
    m_ownVersion = Database::dataVersion(db);
    for (const auto &f : std::as_const(ctx.afterCommit))
        f();
    for (const ChangeEvent &ev : std::as_const(ctx.events))
        Q_EMIT changed(ev.topic, ev.ids);
    Q_EMIT changed(QStringLiteral("audit"), {QString::number(entry->seq)});
    return result;
}

Gateway::ReadOutcome Gateway::executeRead(QSqlDatabase &db, const CallContext &call, const MethodDescriptor &m,
                                          const QJsonObject &args)
{
    ReadOutcome out;
    auto callerResult = resolveCaller(db, call.caller);
    if (!callerResult) {
        out.result = callerResult.error();
        return out;
    }
    const CallerInfo &caller = *callerResult;
    if (auto st = admit(caller, call, m); !st) {
        out.result = st.error();
        out.denial = makeEntry(call, caller, m, args, st.error().message.left(160), st.error().codeName());
        return out;
    }
    if (call.rateLimited()) {
        const qint64 retry = m_limiter.tryAcquire(call.caller.bytes(), m.rateClass, nowNs() / 1000000);
        if (retry > 0) {
            Error e = Error::make(ErrorCode::RateLimited, QStringLiteral("Too many read calls; retry in %1 ms.").arg(retry),
                                  QStringLiteral("Slow down, or ask an admin to raise ratelimit.%1.").arg(m.rateClass));
            e.retryAfterMs = retry;
            out.result = e;
            return out;
        }
    }
    if (auto st = m.argCheck.validate(args); !st) {
        out.result = st.error();
        return out;
    }
    ExecContext ctx{db, call, caller, *this, {}, {}, {}, {}};
    out.result = m.handler(ctx, args);
    return out;
}

QCoro::Task<Result<QJsonValue>> Gateway::call(CallContext ctx, QString name, QJsonObject args)
{
    // Futures are made into named locals before awaiting, and results are returned from locals:
    // GCC 12 miscompiles `co_return co_await f(lambda capturing a coroutine parameter)` (a double
    // release of the captured QJsonObject).
    const MethodDescriptor *m = method(name);
    if (!m)
        co_return unknownMethodError(name);
    if (m->mutates) {
        Prepared prepared;
        if (m->prepare) {
            QFuture<Prepared> work = QtConcurrent::run([&ctx, m, &args] { return prepare(ctx, *m, args); });
            prepared = co_await work;
        }
        QFuture<Result<QJsonValue>> mutation = m_writer->submit<Result<QJsonValue>>(
            [this, ctx, m, args, prepared](QSqlDatabase &db) { return executeMutation(db, ctx, *m, args, prepared); });
        Result<QJsonValue> result = co_await mutation;
        co_return result;
    }
    QFuture<ReadOutcome> read = m_reader->submit<ReadOutcome>(
        [this, ctx, m, args](QSqlDatabase &db) { return executeRead(db, ctx, *m, args); });
    ReadOutcome out = co_await read;
    if (out.denial) {
        const AuditEntry denial = *out.denial;
        QFuture<bool> audited = m_writer->submit<bool>([this, denial](QSqlDatabase &db) { return bool(appendFailure(db, denial)); });
        co_await audited;
    }
    Result<QJsonValue> result = out.result;
    co_return result;
}

Result<QJsonValue> Gateway::callBlocking(const CallContext &ctx, const QString &name, const QJsonObject &args)
{
    const MethodDescriptor *m = method(name);
    if (!m)
        return unknownMethodError(name);
    if (m->mutates) {
        CallContext call = ctx;
        const Prepared prepared = prepare(call, *m, args);
        return m_writer->runBlocking<Result<QJsonValue>>(
            [&](QSqlDatabase &db) { return executeMutation(db, call, *m, args, prepared); });
    }
    ReadOutcome out = m_reader->runBlocking<ReadOutcome>([&](QSqlDatabase &db) { return executeRead(db, ctx, *m, args); });
    if (out.denial)
        m_writer->runBlocking<bool>([&](QSqlDatabase &db) { return bool(appendFailure(db, *out.denial)); });
    return out.result;
}

Status Gateway::reloadFromConfig(QSqlDatabase &db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT key, value FROM config WHERE key LIKE 'system.%' OR key LIKE 'ratelimit.%'"));
    if (!q)
        return q.error();
    SystemState s;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QJsonObject v = jsonFromText(q->value(1).toString()).value().toObject();
        if (key == QLatin1String("system.maintenance")) {
            s.maintenance = v.value(QStringLiteral("enabled")).toBool();
            s.maintenanceMessage = v.value(QStringLiteral("message")).toString();
        } else if (key == QLatin1String("system.emergency")) {
            s.emergency = v.value(QStringLiteral("active")).toBool();
            s.emergencyReason = v.value(QStringLiteral("reason")).toString();
            s.emergencySinceNs = v.value(QStringLiteral("since_ns")).toString().toLongLong();
        } else if (key.startsWith(QLatin1String("ratelimit."))) {
            m_limiter.setConfig(key.mid(10), BucketConfig{v.value(QStringLiteral("capacity")).toDouble(60),
                                                          v.value(QStringLiteral("per_second")).toDouble(20)});
        }
    }
    bool changedState = false;
    {
        QMutexLocker lock(&m_stateMutex);
        changedState = s.maintenance != m_state.maintenance || s.emergency != m_state.emergency
                       || s.maintenanceMessage != m_state.maintenanceMessage || s.emergencyReason != m_state.emergencyReason;
        m_state = s;
    }
    if (changedState)
        Q_EMIT systemStateChanged();
    return {};
}

} // namespace nexus
