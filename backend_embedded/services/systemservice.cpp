#include "systemservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "jsontext.h"
#include "servicesupport.h"
#include "swappolicy.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nexus {

using namespace svc;

namespace {

const QString kKey = QStringLiteral("key");

QJsonObject bucket(double capacity, double perSecond)
{
    return {{QStringLiteral("capacity"), capacity}, {QStringLiteral("per_second"), perSecond}};
}

Status validateConfigValue(const QString &key, const QJsonValue &value, bool viaDedicatedMethod)
{
    static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$"));
    if (!keyRe.match(key).hasMatch() || key.size() > 64)
        return invalid(QStringLiteral("\"%1\" is not a valid configuration key.").arg(key),
                       QStringLiteral("Keys are lower-case words joined by dots, e.g. fees.listing_bps."));
    if (key.startsWith(QLatin1String("system.")) && !viaDedicatedMethod)
        return invalid(QStringLiteral("\"%1\" is managed by its own method.").arg(key),
                       QStringLiteral("Use system.set_maintenance, system.emergency_stop or system.resume."));
    if (key.startsWith(QLatin1String("ledger.")) && !viaDedicatedMethod)
        return invalid(QStringLiteral("\"%1\" is managed by the ledger.").arg(key),
                       QStringLiteral("Change fees with ledger.set_fee (needs manage_fees)."));
    if (key.startsWith(QLatin1String("swaps.")))
        if (auto st = SwapPolicy::validate(key, value); !st)
            return st;
    if (key.startsWith(QLatin1String("market.")) && !viaDedicatedMethod)
        return invalid(QStringLiteral("\"%1\" is managed by the marketplace.").arg(key),
                       QStringLiteral("Change marketplace fees with market.set_fees (needs manage_fees)."));
    if (key.startsWith(QLatin1String("feature.")) && !value.isBool())
        return invalid(QStringLiteral("Feature flag \"%1\" must be true or false.").arg(key));
    if (key.startsWith(QLatin1String("ratelimit."))) {
        const QJsonObject o = value.toObject();
        const double cap = o.value(QStringLiteral("capacity")).toDouble(-1);
        const double rate = o.value(QStringLiteral("per_second")).toDouble(-1);
        if (!value.isObject() || o.size() != 2 || cap < 1 || cap > 1e6 || rate < 0.01 || rate > 1e6)
            return invalid(QStringLiteral("Rate limit \"%1\" must be {\"capacity\": 1…1000000, \"per_second\": 0.01…1000000}.").arg(key));
    }
    if (jsonToText(value).size() > 16384)
        return invalid(QStringLiteral("The value is larger than 16 KiB."));
    return {};
}

void reloadAfterCommit(ExecContext &ctx)
{
    QSqlDatabase *db = &ctx.db;
    Gateway *gw = &ctx.gateway;
    ctx.afterCommit.append([db, gw] { (void)gw->reloadFromConfig(*db); });
}

Result<QJsonValue> configGet(ExecContext &ctx, const QJsonObject &args)
{
    QString sql = QStringLiteral("SELECT c.key, c.value, c.version, h.changed_by, h.changed_ns FROM config c "
                                 "JOIN config_history h ON h.key = c.key AND h.version = c.version");
    QVariantList params;
    if (args.contains(kKey)) {
        sql += QStringLiteral(" WHERE c.key = ?");
        params << args.value(kKey).toString();
    } else if (args.contains(QStringLiteral("prefix"))) {
        sql += QStringLiteral(" WHERE substr(c.key, 1, ?) = ?");
        const QString prefix = args.value(QStringLiteral("prefix")).toString();
        params << prefix.size() << prefix;
    }
    sql += QStringLiteral(" ORDER BY c.key");
    QSqlQuery q(ctx.db);
    q.prepare(sql);
    for (const QVariant &v : params)
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(QStringLiteral("Cannot read configuration"), QString());
    QJsonArray items;
    while (q.next()) {
        const auto by = Principal::fromBytes(q.value(3).toByteArray());
        items.append(QJsonObject{{kKey, q.value(0).toString()},
                                 {QStringLiteral("value"), jsonFromText(q.value(1).toString()).value()},
                                 {QStringLiteral("version"), q.value(2).toLongLong()},
                                 {QStringLiteral("changed_by"), by ? by->toText() : QString()},
                                 {QStringLiteral("changed_ns"), QString::number(q.value(4).toLongLong())}});
    }
    if (args.contains(kKey) && items.isEmpty())
        return notFound(QStringLiteral("No configuration value \"%1\".").arg(args.value(kKey).toString()),
                        QStringLiteral("`nexusctl config get` lists every key."));
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonValue> configSet(ExecContext &ctx, const QJsonObject &args)
{
    const QString key = args.value(kKey).toString();
    const QJsonValue value = args.value(QStringLiteral("value"));
    if (auto st = validateConfigValue(key, value, false); !st)
        return st.error();
    auto version = setConfigValue(ctx, key, value, args.value(QStringLiteral("reason")).toString());
    if (!version)
        return version.error();
    ctx.summary = QStringLiteral("%1 = %2 (v%3)").arg(key, jsonToText(value).left(120)).arg(*version);
    if (key.startsWith(QLatin1String("ratelimit.")))
        reloadAfterCommit(ctx);
    return QJsonObject{{kKey, key}, {QStringLiteral("version"), *version}, {QStringLiteral("value"), value}};
}

Result<QJsonValue> configHistory(ExecContext &ctx, const QJsonObject &args)
{
    // Newest first, a page at a time: a busy key can have many thousands of versions.
    const QString key = args.value(kKey).toString();
    auto total = Database::exec(ctx.db, QStringLiteral("SELECT count(*) FROM config_history WHERE key = ?"), {key});
    if (!total || !total->next())
        return Database::storageError(QStringLiteral("Cannot read the configuration history"), QString());
    const qint64 count = total->value(0).toLongLong();
    total->finish();
    if (count == 0)
        return notFound(QStringLiteral("No configuration value \"%1\".").arg(key));
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT version, value, changed_by, changed_ns, reason FROM config_history "
                                                   "WHERE key = ? ORDER BY version DESC LIMIT ? OFFSET ?"),
                            {key, args.value(QStringLiteral("limit")).toInt(100), args.value(QStringLiteral("offset")).toInteger(0)});
    if (!q)
        return q.error();
    QJsonArray items;
    while (q->next()) {
        const auto by = Principal::fromBytes(q->value(2).toByteArray());
        items.append(QJsonObject{{QStringLiteral("version"), q->value(0).toLongLong()},
                                 {QStringLiteral("value"), jsonFromText(q->value(1).toString()).value()},
                                 {QStringLiteral("changed_by"), by ? by->toText() : QString()},
                                 {QStringLiteral("changed_ns"), QString::number(q->value(3).toLongLong())},
                                 {QStringLiteral("reason"), q->value(4).toString()}});
    }
    return QJsonObject{{kKey, key}, {QStringLiteral("total"), count}, {QStringLiteral("versions"), items}};
}

Result<QJsonValue> configRollback(ExecContext &ctx, const QJsonObject &args)
{
    const QString key = args.value(kKey).toString();
    const qint64 version = args.value(QStringLiteral("version")).toInteger();
    if (key.startsWith(QLatin1String("system.")) || key.startsWith(QLatin1String("ledger.")) || key.startsWith(QLatin1String("market.")))
        return invalid(QStringLiteral("\"%1\" cannot be rolled back; use its own method.").arg(key),
                       key.startsWith(QLatin1String("ledger.")) ? QStringLiteral("Set the fee again with ledger.set_fee.") : QString());
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT value FROM config_history WHERE key = ? AND version = ?"), {key, version});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("\"%1\" has no version %2.").arg(key).arg(version),
                        QStringLiteral("`nexusctl config history %1` lists its versions.").arg(key));
    const QJsonValue old = jsonFromText(q->value(0).toString()).value();
    const QString reason = args.value(QStringLiteral("reason")).toString(QStringLiteral("rollback to v%1").arg(version));
    auto newVersion = setConfigValue(ctx, key, old, reason);
    if (!newVersion)
        return newVersion.error();
    ctx.summary = QStringLiteral("%1 rolled back to v%2 as v%3").arg(key).arg(version).arg(*newVersion);
    if (key.startsWith(QLatin1String("ratelimit.")))
        reloadAfterCommit(ctx);
    return QJsonObject{{kKey, key}, {QStringLiteral("version"), *newVersion}, {QStringLiteral("value"), old}};
}

Result<QJsonValue> flagSet(ExecContext &ctx, const QJsonObject &args)
{
    const QString key = QStringLiteral("feature.") + args.value(QStringLiteral("name")).toString();
    const bool enabled = args.value(QStringLiteral("enabled")).toBool();
    if (auto st = validateConfigValue(key, enabled, false); !st)
        return st.error();
    auto version = setConfigValue(ctx, key, enabled, args.value(QStringLiteral("reason")).toString());
    if (!version)
        return version.error();
    ctx.summary = QStringLiteral("%1 %2").arg(enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"), key);
    return QJsonObject{{kKey, key}, {QStringLiteral("enabled"), enabled}, {QStringLiteral("version"), *version}};
}

Result<QJsonValue> setMaintenance(ExecContext &ctx, const QJsonObject &args)
{
    const bool enabled = args.value(QStringLiteral("enabled")).toBool();
    const QJsonObject value{{QStringLiteral("enabled"), enabled}, {QStringLiteral("message"), args.value(QStringLiteral("message")).toString()}};
    auto version = setConfigValue(ctx, QStringLiteral("system.maintenance"), value, args.value(QStringLiteral("message")).toString());
    if (!version)
        return version.error();
    ctx.summary = enabled ? QStringLiteral("maintenance on: %1").arg(args.value(QStringLiteral("message")).toString()) : QStringLiteral("maintenance off");
    ctx.changed(QStringLiteral("system"));
    reloadAfterCommit(ctx);
    return value;
}

Result<QJsonValue> emergencyStop(ExecContext &ctx, const QJsonObject &args)
{
    if (ctx.gateway.systemState().emergency)
        return Error::make(ErrorCode::Conflict, QStringLiteral("The emergency stop is already active."));
    const QString reason = args.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty())
        return invalid(QStringLiteral("An emergency stop needs a reason."), QStringLiteral("Say what happened, for the audit log and the other admins."));
    const QJsonObject value{{QStringLiteral("active"), true}, {QStringLiteral("reason"), reason},
                            {QStringLiteral("since_ns"), QString::number(ctx.call.timeNs ? ctx.call.timeNs : nowNs())},
                            {QStringLiteral("by"), ctx.call.caller.toText()}};
    if (auto v = setConfigValue(ctx, QStringLiteral("system.emergency"), value, reason); !v)
        return v.error();
    ctx.summary = QStringLiteral("EMERGENCY STOP: %1").arg(reason);
    ctx.changed(QStringLiteral("system"));
    reloadAfterCommit(ctx);
    return value;
}

Result<QJsonValue> resume(ExecContext &ctx, const QJsonObject &args)
{
    if (!ctx.gateway.systemState().emergency)
        return Error::make(ErrorCode::Conflict, QStringLiteral("There is no emergency stop to resume from."));
    const QJsonObject value{{QStringLiteral("active"), false}, {QStringLiteral("reason"), QString()}};
    if (auto v = setConfigValue(ctx, QStringLiteral("system.emergency"), value, args.value(QStringLiteral("note")).toString()); !v)
        return v.error();
    ctx.summary = QStringLiteral("resumed after emergency stop");
    ctx.changed(QStringLiteral("system"));
    reloadAfterCommit(ctx);
    return value;
}

Result<QJsonValue> status(ExecContext &ctx, const QJsonObject &)
{
    const SystemState s = ctx.gateway.systemState();
    auto counts = Database::exec(ctx.db, QStringLiteral("SELECT (SELECT count(*) FROM users), (SELECT ifnull(max(seq), 0) FROM audit_log), "
                                                        "(SELECT principal FROM users WHERE role = 'controller'), "
                                                        "(SELECT user_version FROM pragma_user_version)"));
    if (!counts || !counts->next())
        return Database::storageError(QStringLiteral("Cannot read the system status"), QString());
    const auto controller = Principal::fromBytes(counts->value(2).toByteArray());
    return QJsonObject{{QStringLiteral("maintenance"), s.maintenance},
                       {QStringLiteral("maintenance_message"), s.maintenanceMessage},
                       {QStringLiteral("emergency"), s.emergency},
                       {QStringLiteral("emergency_reason"), s.emergencyReason},
                       {QStringLiteral("emergency_since_ns"), QString::number(s.emergencySinceNs)},
                       {QStringLiteral("users"), counts->value(0).toLongLong()},
                       {QStringLiteral("audit_entries"), counts->value(1).toLongLong()},
                       {QStringLiteral("controller"), counts->value(2).isNull() ? QString() : controller->toText()},
                       {QStringLiteral("schema_version"), counts->value(3).toInt()}};
}

Result<QJsonValue> bootstrap(ExecContext &ctx, const QJsonObject &args)
{
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'controller'"));
    if (!q || !q->next())
        return Database::storageError(QStringLiteral("Cannot read users"), QString());
    if (q->value(0).toInt() > 0)
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("This profile already has a controller."),
                           QStringLiteral("Bootstrap runs once per profile; act as the controller instead."));
    if (ctx.call.caller.isAnonymous() || ctx.call.caller.bytes().isEmpty())
        return invalid(QStringLiteral("The controller must be a real identity."));
    const qint64 ts = ctx.call.timeNs ? ctx.call.timeNs : nowNs();
    if (auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO users (principal, name, role, kyc_status, created_ns, updated_ns) "
                                                       "VALUES (?, ?, 'controller', 'verified', ?, ?)"),
                                {ctx.call.caller.bytes(), args.value(QStringLiteral("name")).toString(), ts, ts});
        !r)
        return r.error();
    const QJsonObject defaults = defaultConfig();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (auto v = setConfigValue(ctx, it.key(), it.value(), QStringLiteral("initial value")); !v)
            return v.error();
    ctx.summary = QStringLiteral("profile created; controller \"%1\"").arg(args.value(QStringLiteral("name")).toString());
    ctx.changed(QStringLiteral("users"), {ctx.call.caller.toText()});
    reloadAfterCommit(ctx);
    return QJsonObject{{QStringLiteral("controller"), ctx.call.caller.toText()}};
}

MethodDescriptor make(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h, bool mutates,
                      std::optional<Permission> perm, Role minRole)
{
    MethodDescriptor m;
    m.name = name;
    m.summary = summary;
    m.schema = std::move(argSchema);
    m.mutates = mutates;
    m.permission = perm;
    m.minRole = minRole;
    m.rateClass = mutates ? QStringLiteral("admin") : QStringLiteral("read");
    m.handler = std::move(h);
    return m;
}

} // namespace

QJsonObject defaultConfig()
{
    return {
        {QStringLiteral("ratelimit.read"), bucket(300, 150)},
        {QStringLiteral("ratelimit.write"), bucket(60, 20)},
        {QStringLiteral("ratelimit.admin"), bucket(30, 10)},
        {QStringLiteral("ratelimit.sensitive"), bucket(5, 0.2)},
        {QStringLiteral("system.maintenance"), QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("message"), QString()}}},
        {QStringLiteral("system.emergency"), QJsonObject{{QStringLiteral("active"), false}, {QStringLiteral("reason"), QString()}}},
        {QStringLiteral("feature.marketplace"), true},
        {QStringLiteral("feature.swaps"), true},
        {QStringLiteral("feature.world_generator"), true},
        {QStringLiteral("feature.http_api"), false},
        {QStringLiteral("feature.sync"), false},
        {QStringLiteral("ui.fiat_currency"), QStringLiteral("USD")},
        {QStringLiteral("users.kyc_required_for_trading"), false},
    };
}

void registerSystemMethods(Gateway &gw)
{
    gw.registerMethod(make(QStringLiteral("system.config_get"), QStringLiteral("Configuration values (all, by key, or by prefix)"),
                           schema::object({{kKey, schema::string(1, 64)}, {QStringLiteral("prefix"), schema::string(1, 64)}}),
                           configGet, false, std::nullopt, Role::User));
    gw.registerMethod(make(QStringLiteral("system.config_set"), QStringLiteral("Set a configuration value (a new version)"),
                           schema::object({{kKey, schema::string(1, 64)}, {QStringLiteral("value"), schema::any()},
                                           {QStringLiteral("reason"), schema::string(0, 300)}},
                                          {kKey, QStringLiteral("value")}),
                           configSet, true, Permission::ManageSystem, Role::Admin));
    gw.registerMethod(make(QStringLiteral("system.config_history"), QStringLiteral("Versions of a configuration value, newest first, paged"),
                           schema::object({{kKey, schema::string(1, 64)}, {QStringLiteral("limit"), schema::integer(1, 1000)},
                                           {QStringLiteral("offset"), schema::integer(0, 1000000000)}},
                                          {kKey}),
                           configHistory, false, std::nullopt, Role::Admin));
    gw.registerMethod(make(QStringLiteral("system.config_rollback"), QStringLiteral("Restore an earlier version (as a new version)"),
                           schema::object({{kKey, schema::string(1, 64)}, {QStringLiteral("version"), schema::integer(1, 1000000000)},
                                           {QStringLiteral("reason"), schema::string(0, 300)}},
                                          {kKey, QStringLiteral("version")}),
                           configRollback, true, Permission::ManageSystem, Role::Admin));
    gw.registerMethod(make(QStringLiteral("system.flag_set"), QStringLiteral("Turn a feature flag on or off"),
                           schema::object({{QStringLiteral("name"), schema::string(1, 48)}, {QStringLiteral("enabled"), schema::boolean()},
                                           {QStringLiteral("reason"), schema::string(0, 300)}},
                                          {QStringLiteral("name"), QStringLiteral("enabled")}),
                           flagSet, true, Permission::ManageSystem, Role::Admin));
    MethodDescriptor maint = make(QStringLiteral("system.set_maintenance"), QStringLiteral("Start or end maintenance mode (mutations refused)"),
                                  schema::object({{QStringLiteral("enabled"), schema::boolean()}, {QStringLiteral("message"), schema::string(0, 300)}},
                                                 {QStringLiteral("enabled")}),
                                  setMaintenance, true, Permission::ManageSystem, Role::Admin);
    maint.allowedInMaintenance = true;
    gw.registerMethod(maint);
    MethodDescriptor stop = make(QStringLiteral("system.emergency_stop"), QStringLiteral("Refuse every change until resumed"),
                                 schema::object({{QStringLiteral("reason"), schema::string(1, 300)}}, {QStringLiteral("reason")}),
                                 emergencyStop, true, Permission::EmergencyStop, Role::Admin);
    stop.allowedInMaintenance = true;
    gw.registerMethod(stop);
    MethodDescriptor res = make(QStringLiteral("system.resume"), QStringLiteral("End the emergency stop"),
                                schema::object({{QStringLiteral("note"), schema::string(0, 300)}}), resume, true,
                                Permission::EmergencyStop, Role::Admin);
    res.allowedInEmergency = true;
    res.allowedInMaintenance = true;
    gw.registerMethod(res);
    gw.registerMethod(make(QStringLiteral("system.status"), QStringLiteral("Maintenance / emergency state and counts"),
                           schema::object({}), status, false, std::nullopt, Role::Guest));
    MethodDescriptor boot = make(QStringLiteral("system.bootstrap"), QStringLiteral("Make the caller the controller of a new profile (once)"),
                                 schema::object({{QStringLiteral("name"), schema::string(1, 80)}}, {QStringLiteral("name")}),
                                 bootstrap, true, std::nullopt, Role::Guest);
    boot.rateClass = QStringLiteral("sensitive");
    gw.registerMethod(boot);
}

} // namespace nexus
