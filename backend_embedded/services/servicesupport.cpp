#include "servicesupport.h"

#include "jsontext.h"

#include <QJsonArray>

namespace nexus::svc {

Principal principalArg(const ExecContext &ctx, const QJsonObject &args, const QString &key)
{
    if (!args.contains(key))
        return ctx.call.caller;
    return Principal::fromText(args.value(key).toString()).value(); // schema already checked the format
}

QJsonObject UserRow::toJson(const QStringList &permissions) const
{
    return QJsonObject{
        {QStringLiteral("principal"), principal.toText()},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("bio"), bio},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("kyc_status"), kyc},
        {QStringLiteral("kyc_note"), kycNote},
        {QStringLiteral("disabled"), disabled},
        {QStringLiteral("created_ns"), QString::number(createdNs)},
        {QStringLiteral("updated_ns"), QString::number(updatedNs)},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
    };
}

Error notFound(const QString &what, const QString &hint) { return Error::make(ErrorCode::NotFound, what, hint); }
Error invalid(const QString &what, const QString &hint) { return Error::make(ErrorCode::InvalidArgument, what, hint); }
Error denied(const QString &what, const QString &hint) { return Error::make(ErrorCode::PermissionDenied, what, hint); }

Result<UserRow> loadUser(QSqlDatabase &db, const Principal &p)
{
    auto q = Database::exec(db, QStringLiteral("SELECT name, email, bio, role, kyc_status, kyc_note, disabled, created_ns, "
                                               "updated_ns FROM users WHERE principal = ?"),
                            {p.bytes()});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No user %1.").arg(p.toText()),
                        QStringLiteral("Check the principal, or register the user first."));
    UserRow u;
    u.principal = p;
    u.name = q->value(0).toString();
    u.email = q->value(1).toString();
    u.bio = q->value(2).toString();
    u.role = roleFromName(q->value(3).toString()).value();
    u.kyc = q->value(4).toString();
    u.kycNote = q->value(5).toString();
    u.disabled = q->value(6).toBool();
    u.createdNs = q->value(7).toLongLong();
    u.updatedNs = q->value(8).toLongLong();
    return u;
}

Result<QStringList> explicitPermissions(QSqlDatabase &db, const Principal &p)
{
    auto q = Database::exec(db, QStringLiteral("SELECT permission FROM permissions WHERE principal = ? ORDER BY permission"),
                            {p.bytes()});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QJsonValue> configValue(QSqlDatabase &db, const QString &key)
{
    auto q = Database::exec(db, QStringLiteral("SELECT value FROM config WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No configuration value \"%1\".").arg(key));
    return jsonFromText(q->value(0).toString());
}

Result<qint64> setConfigValue(ExecContext &ctx, const QString &key, const QJsonValue &value, const QString &reason)
{
    const QString text = jsonToText(value);
    auto cur = Database::exec(ctx.db, QStringLiteral("SELECT value, version FROM config WHERE key = ?"), {key});
    if (!cur)
        return cur.error();
    qint64 version = 1;
    if (cur->next()) {
        if (cur->value(0).toString() == text)
            return Error::make(ErrorCode::Conflict, QStringLiteral("\"%1\" already has this value.").arg(key),
                               QStringLiteral("Nothing to change."));
        version = cur->value(1).toLongLong() + 1;
    }
    const qint64 ts = ctx.call.timeNs ? ctx.call.timeNs : nowNs();
    if (auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO config (key, value, version) VALUES (?, ?, ?) "
                                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = excluded.version"),
                                {key, text, version});
        !r)
        return r.error();
    if (auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO config_history (key, version, value, changed_by, changed_ns, reason) "
                                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                                {key, version, text, ctx.call.caller.bytes(), ts, reason});
        !r)
        return r.error();
    ctx.changed(QStringLiteral("config"), {key});
    return version;
}

QString principalText(const QByteArray &bytes)
{
    auto p = Principal::fromBytes(bytes);
    return p ? p->toText() : QString();
}

} // namespace nexus::svc
