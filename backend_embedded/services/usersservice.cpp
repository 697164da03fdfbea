#include "usersservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "servicesupport.h"

#include <QJsonArray>

namespace nexus {

using namespace svc;

namespace {

const QString kPrincipal = QStringLiteral("principal");

QJsonObject profileProps()
{
    return {{QStringLiteral("name"), schema::string(1, 80)},
            {QStringLiteral("email"), schema::string(0, 120)},
            {QStringLiteral("bio"), schema::string(0, 1000)}};
}

Status checkEmail(const QJsonObject &args)
{
    const QString email = args.value(QStringLiteral("email")).toString();
    if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@')) || email.endsWith(QLatin1Char('@'))))
        return invalid(QStringLiteral("\"%1\" is not an e-mail address.").arg(email), QStringLiteral("Use name@example.org, or leave it empty."));
    if (args.contains(QStringLiteral("name")) && args.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return invalid(QStringLiteral("The name cannot be blank."));
    return {};
}

// The caller acts on someone else: they need manage_users and must outrank the target.
Status checkManages(const ExecContext &ctx, const UserRow &target)
{
    if (!ctx.caller.holds(Permission::ManageUsers))
        return denied(QStringLiteral("Changing another user needs the permission manage_users."));
    if (ctx.caller.role <= target.role)
        return denied(QStringLiteral("You can only manage users you outrank (you are %1, %2 is %3).")
                          .arg(roleName(ctx.caller.role), target.name, roleName(target.role)));
    return {};
}

Result<QJsonValue> userJson(QSqlDatabase &db, const Principal &p)
{
    auto u = loadUser(db, p);
    if (!u)
        return u.error();
    auto perms = explicitPermissions(db, p);
    if (!perms)
        return perms.error();
    QStringList effective;
    for (Permission perm : impliedPermissions(u->role))
        effective << permissionName(perm);
    effective << *perms;
    effective.removeDuplicates();
    effective.sort();
    QJsonObject o = u->toJson(effective);
    o.insert(QStringLiteral("granted_permissions"), QJsonArray::fromStringList(*perms));
    return o;
}

Status insertUser(ExecContext &ctx, const Principal &p, const QJsonObject &args, Role role)
{
    auto exists = Database::exec(ctx.db, QStringLiteral("SELECT 1 FROM users WHERE principal = ?"), {p.bytes()});
    if (!exists)
        return exists.error();
    if (exists->next())
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("%1 is already registered.").arg(p.toText()));
    const qint64 ts = ctx.call.timeNs ? ctx.call.timeNs : nowNs();
    auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO users (principal, name, email, bio, role, created_ns, updated_ns) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {p.bytes(), args.value(QStringLiteral("name")).toString().trimmed(),
                             args.value(QStringLiteral("email")).toString(), args.value(QStringLiteral("bio")).toString(),
                             roleName(role), ts, ts});
    if (!r)
        return r.error();
    ctx.changed(QStringLiteral("users"), {p.toText()});
    return {};
}

Result<QJsonValue> registerSelf(ExecContext &ctx, const QJsonObject &args)
{
    if (auto st = checkEmail(args); !st)
        return st.error();
    if (ctx.call.caller.isAnonymous())
        return denied(QStringLiteral("The anonymous principal cannot register."), QStringLiteral("Act as an identity (--as)."));
    if (auto st = insertUser(ctx, ctx.call.caller, args, Role::User); !st)
        return st.error();
    ctx.summary = QStringLiteral("registered as \"%1\"").arg(args.value(QStringLiteral("name")).toString());
    return userJson(ctx.db, ctx.call.caller);
}

Result<QJsonValue> createUser(ExecContext &ctx, const QJsonObject &args)
{
    if (auto st = checkEmail(args); !st)
        return st.error();
    const Principal p = principalArg(ctx, args);
    const Role role = roleFromName(args.value(QStringLiteral("role")).toString(QStringLiteral("user"))).value();
    if (role != Role::User)
        if (auto st = checkRoleChange(ctx.caller.role, false, Role::User, role); !st)
            return st.error();
    if (auto st = insertUser(ctx, p, args, role); !st)
        return st.error();
    ctx.summary = QStringLiteral("created %1 \"%2\" as %3").arg(p.toText(), args.value(QStringLiteral("name")).toString(), roleName(role));
    return userJson(ctx.db, p);
}

Result<QJsonValue> updateProfile(ExecContext &ctx, const QJsonObject &args)
{
    if (auto st = checkEmail(args); !st)
        return st.error();
    const Principal p = principalArg(ctx, args);
    auto target = loadUser(ctx.db, p);
    if (!target)
        return target.error();
    if (!(p == ctx.call.caller))
        if (auto st = checkManages(ctx, *target); !st)
            return st.error();
    QStringList changedFields;
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("bio")}) {
        if (!args.contains(field))
            continue;
        const QString value = field == QLatin1String("name") ? args.value(field).toString().trimmed() : args.value(field).toString();
        if (auto r = Database::exec(ctx.db, QStringLiteral("UPDATE users SET %1 = ?, updated_ns = ? WHERE principal = ?").arg(field),
                                    {value, ctx.call.timeNs ? ctx.call.timeNs : nowNs(), p.bytes()});
            !r)
            return r.error();
        changedFields << field;
    }
    if (changedFields.isEmpty())
        return invalid(QStringLiteral("Nothing to update."), QStringLiteral("Pass at least one of name, email, bio."));
    ctx.summary = QStringLiteral("updated %1 of %2").arg(changedFields.join(QStringLiteral(", ")), target->name);
    ctx.changed(QStringLiteral("users"), {p.toText()});
    return userJson(ctx.db, p);
}

Result<QJsonValue> setRole(ExecContext &ctx, const QJsonObject &args)
{
    const Principal p = principalArg(ctx, args);
    auto target = loadUser(ctx.db, p);
    if (!target)
        return target.error();
    const Role newRole = roleFromName(args.value(QStringLiteral("role")).toString()).value();
    if (auto st = checkRoleChange(ctx.caller.role, p == ctx.call.caller, target->role, newRole); !st)
        return st.error();
    if (newRole == target->role)
        return Error::make(ErrorCode::Conflict, QStringLiteral("%1 already has the role %2.").arg(target->name, roleName(newRole)));
    if (auto r = Database::exec(ctx.db, QStringLiteral("UPDATE users SET role = ?, updated_ns = ? WHERE principal = ?"),
                                {roleName(newRole), ctx.call.timeNs ? ctx.call.timeNs : nowNs(), p.bytes()});
        !r)
        return r.error();
    ctx.summary = QStringLiteral("%1: %2 → %3").arg(target->name, roleName(target->role), roleName(newRole));
    ctx.changed(QStringLiteral("users"), {p.toText()});
    return userJson(ctx.db, p);
}

Result<QJsonValue> setKyc(ExecContext &ctx, const QJsonObject &args)
{
    const Principal p = principalArg(ctx, args);
    if (p == ctx.call.caller)
        return denied(QStringLiteral("You cannot set your own KYC status."), QStringLiteral("Ask another holder of verify_kyc."));
    auto target = loadUser(ctx.db, p);
    if (!target)
        return target.error();
    const QString status = args.value(QStringLiteral("status")).toString();
    const QString note = args.value(QStringLiteral("note")).toString();
    if (status == QLatin1String("rejected") && note.trimmed().isEmpty())
        return invalid(QStringLiteral("A rejection needs a note saying why."), QStringLiteral("Add a note the user can act on."));
    if (auto r = Database::exec(ctx.db, QStringLiteral("UPDATE users SET kyc_status = ?, kyc_note = ?, updated_ns = ? WHERE principal = ?"),
                                {status, note, ctx.call.timeNs ? ctx.call.timeNs : nowNs(), p.bytes()});
        !r)
        return r.error();
    ctx.summary = QStringLiteral("KYC of %1: %2 → %3").arg(target->name, target->kyc, status);
    ctx.changed(QStringLiteral("users"), {p.toText()});
    return userJson(ctx.db, p);
}

Result<QJsonValue> changePermission(ExecContext &ctx, const QJsonObject &args, bool grant)
{
    const Principal p = principalArg(ctx, args);
    auto target = loadUser(ctx.db, p);
    if (!target)
        return target.error();
    const Permission perm = permissionFromName(args.value(QStringLiteral("permission")).toString()).value();
    if (p == ctx.call.caller)
        return denied(QStringLiteral("You cannot change your own permissions."));
    if (auto st = checkPermissionChange(ctx.caller.role, ctx.caller.permissions, target->role, perm); !st)
        return st.error();
    const QString permText = permissionName(perm);
    if (grant) {
        if (impliedPermissions(target->role).contains(perm))
            return Error::make(ErrorCode::Conflict, QStringLiteral("%1's role %2 already includes %3.").arg(target->name, roleName(target->role), permText));
        auto r = Database::exec(ctx.db, QStringLiteral("INSERT OR IGNORE INTO permissions (principal, permission, granted_by, granted_ns) VALUES (?, ?, ?, ?)"),
                                {p.bytes(), permText, ctx.call.caller.bytes(), ctx.call.timeNs ? ctx.call.timeNs : nowNs()});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Error::make(ErrorCode::Conflict, QStringLiteral("%1 already holds %2.").arg(target->name, permText));
    } else {
        auto r = Database::exec(ctx.db, QStringLiteral("DELETE FROM permissions WHERE principal = ? AND permission = ?"), {p.bytes(), permText});
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("%1 has no explicit grant of %2 to revoke.").arg(target->name, permText),
                               impliedPermissions(target->role).contains(perm) ? QStringLiteral("It comes with the role; change the role instead.") : QString());
    }
    ctx.summary = QStringLiteral("%1 %2 %3 %4").arg(grant ? QStringLiteral("granted") : QStringLiteral("revoked"), permText,
                                                      grant ? QStringLiteral("to") : QStringLiteral("from"), target->name);
    ctx.changed(QStringLiteral("users"), {p.toText()});
    return userJson(ctx.db, p);
}

Result<QJsonValue> setDisabled(ExecContext &ctx, const QJsonObject &args)
{
    const Principal p = principalArg(ctx, args);
    auto target = loadUser(ctx.db, p);
    if (!target)
        return target.error();
    if (target->role == Role::Controller)
        return denied(QStringLiteral("The controller cannot be disabled."));
    if (p == ctx.call.caller)
        return denied(QStringLiteral("You cannot disable yourself."));
    if (auto st = checkManages(ctx, *target); !st)
        return st.error();
    const bool disabled = args.value(QStringLiteral("disabled")).toBool();
    if (auto r = Database::exec(ctx.db, QStringLiteral("UPDATE users SET disabled = ?, updated_ns = ? WHERE principal = ?"),
                                {disabled ? 1 : 0, ctx.call.timeNs ? ctx.call.timeNs : nowNs(), p.bytes()});
        !r)
        return r.error();
    ctx.summary = QStringLiteral("%1 %2").arg(disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"), target->name);
    ctx.changed(QStringLiteral("users"), {p.toText()});
    return userJson(ctx.db, p);
}

Result<QJsonValue> removeUser(ExecContext &ctx, const QJsonObject &args)
{
    const Principal p = principalArg(ctx, args);
    auto target = loadUser(ctx.db, p);
    if (!target)
        return target.error();
    if (target->role == Role::Controller)
        return denied(QStringLiteral("The controller cannot be removed."));
    if (p == ctx.call.caller)
        return denied(QStringLiteral("You cannot remove yourself."));
    if (auto st = checkManages(ctx, *target); !st)
        return st.error();
    if (target->role >= Role::Admin && ctx.caller.role < Role::SuperAdmin)
        return denied(QStringLiteral("Only super admins manage admins."));
    if (auto r = Database::exec(ctx.db, QStringLiteral("DELETE FROM users WHERE principal = ?"), {p.bytes()}); !r)
        return r.error();
    ctx.summary = QStringLiteral("removed %1 (%2)").arg(target->name, roleName(target->role));
    ctx.changed(QStringLiteral("users"), {p.toText()});
    return QJsonObject{{QStringLiteral("removed"), p.toText()}};
}

Result<QJsonValue> getUser(ExecContext &ctx, const QJsonObject &args)
{
    const Principal p = principalArg(ctx, args);
    if (!(p == ctx.call.caller) && ctx.caller.role < Role::Admin)
        return denied(QStringLiteral("Only admins can look at other users."));
    return userJson(ctx.db, p);
}

// Every explicit grant (permissions on top of a role), newest first, with who granted it: one
// query over the permissions table, however many users there are.
Result<QJsonValue> listGrants(ExecContext &ctx, const QJsonObject &args)
{
    const QString permission = args.value(QStringLiteral("permission")).toString();
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT p.principal, u.name, u.role, p.permission, p.granted_by, g.name, p.granted_ns "
                                                   "FROM permissions p JOIN users u ON u.principal = p.principal "
                                                   "LEFT JOIN users g ON g.principal = p.granted_by "
                                                   "WHERE (? = '' OR p.permission = ?) ORDER BY p.granted_ns DESC, u.name, p.permission"),
                            {permission, permission});
    if (!q)
        return q.error();
    QJsonArray items;
    while (q->next()) {
        const auto who = Principal::fromBytes(q->value(0).toByteArray());
        const auto by = Principal::fromBytes(q->value(4).toByteArray());
        if (!who || !by)
            return Error::make(ErrorCode::Storage, QStringLiteral("A stored grant names a malformed principal."),
                               QStringLiteral("Run `nexusctl audit verify` and restore a backup if the profile is damaged."));
        items.append(QJsonObject{{QStringLiteral("principal"), who->toText()},
                                 {QStringLiteral("name"), q->value(1).toString()},
                                 {QStringLiteral("role"), q->value(2).toString()},
                                 {QStringLiteral("permission"), q->value(3).toString()},
                                 {QStringLiteral("granted_by"), by->toText()},
                                 {QStringLiteral("granted_by_name"), q->value(5).toString()},
                                 {QStringLiteral("granted_ns"), QString::number(q->value(6).toLongLong())}});
    }
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}};
}

Result<QJsonValue> listUsers(ExecContext &ctx, const QJsonObject &args)
{
    QString where = QStringLiteral("WHERE 1");
    QVariantList params;
    const QString query = args.value(QStringLiteral("query")).toString().trimmed();
    if (!query.isEmpty()) {
        where += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR hex(principal) = ?)");
        QString like = query;
        like.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        const auto asPrincipal = Principal::fromText(query);
        params << like << like << (asPrincipal ? QString::fromLatin1(asPrincipal->bytes().toHex().toUpper()) : QString());
    }
    for (const QString &key : {QStringLiteral("role"), QStringLiteral("kyc_status")})
        if (args.contains(key)) {
            where += QStringLiteral(" AND %1 = ?").arg(key);
            params << args.value(key).toString();
        }
    const int limit = args.value(QStringLiteral("limit")).toInt(100);
    const int offset = args.value(QStringLiteral("offset")).toInt(0);
    QSqlQuery count(ctx.db);
    count.prepare(QStringLiteral("SELECT count(*) FROM users ") + where);
    for (const QVariant &v : params)
        count.addBindValue(v);
    if (!count.exec() || !count.next())
        return Database::storageError(QStringLiteral("Cannot count users"), QString());
    QSqlQuery q(ctx.db);
    q.prepare(QStringLiteral("SELECT principal FROM users ") + where
              + QStringLiteral(" ORDER BY CASE role WHEN 'controller' THEN 0 WHEN 'super_admin' THEN 1 WHEN 'admin' THEN 2 "
                               "WHEN 'creator' THEN 3 ELSE 4 END, name COLLATE NOCASE LIMIT ? OFFSET ?"));
    for (const QVariant &v : params)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Database::storageError(QStringLiteral("Cannot list users"), QString());
    QJsonArray items;
    while (q.next()) {
        auto u = userJson(ctx.db, Principal::fromBytes(q.value(0).toByteArray()).value());
        if (!u)
            return u.error();
        items.append(*u);
    }
    return QJsonObject{{QStringLiteral("total"), count.value(0).toInt()}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> whoami(ExecContext &ctx, const QJsonObject &)
{
    QStringList perms;
    for (Permission p : ctx.caller.permissions)
        perms << permissionName(p);
    perms.sort();
    return QJsonObject{{QStringLiteral("principal"), ctx.call.caller.toText()},
                       {QStringLiteral("registered"), ctx.caller.registered},
                       {QStringLiteral("role"), roleName(ctx.caller.role)},
                       {QStringLiteral("disabled"), ctx.caller.disabled},
                       {QStringLiteral("permissions"), QJsonArray::fromStringList(perms)}};
}

MethodDescriptor mutation(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h,
                          std::optional<Permission> perm = std::nullopt, Role minRole = Role::User)
{
    MethodDescriptor m;
    m.name = name;
    m.summary = summary;
    m.schema = std::move(argSchema);
    m.mutates = true;
    m.permission = perm;
    m.minRole = minRole;
    m.rateClass = perm ? QStringLiteral("admin") : QStringLiteral("write");
    m.handler = std::move(h);
    return m;
}

} // namespace

void registerUserMethods(Gateway &gw)
{
    const QJsonObject principalProp{{kPrincipal, schema::principal()}};
    QJsonObject createProps = profileProps();
    createProps.insert(kPrincipal, schema::principal());
    createProps.insert(QStringLiteral("role"), schema::enumOf(allRoleNames()));
    QJsonObject updateProps = profileProps();
    updateProps.insert(kPrincipal, schema::principal());

    gw.registerMethod(mutation(QStringLiteral("users.register"), QStringLiteral("Register the calling identity as a user"),
                               schema::object(profileProps(), {QStringLiteral("name")}), registerSelf, std::nullopt, Role::Guest));
    gw.registerMethod(mutation(QStringLiteral("users.create"), QStringLiteral("Register another principal as a user"),
                               schema::object(createProps, {kPrincipal, QStringLiteral("name")}), createUser, Permission::ManageUsers));
    gw.registerMethod(mutation(QStringLiteral("users.update_profile"), QStringLiteral("Change name, e-mail or bio (yours, or others' with manage_users)"),
                               schema::object(updateProps), updateProfile));
    gw.registerMethod(mutation(QStringLiteral("users.set_role"), QStringLiteral("Change a user's role"),
                               schema::object({{kPrincipal, schema::principal()}, {QStringLiteral("role"), schema::enumOf(allRoleNames())}},
                                              {kPrincipal, QStringLiteral("role")}),
                               setRole, Permission::ManageUsers));
    gw.registerMethod(mutation(QStringLiteral("users.set_kyc"), QStringLiteral("Set a user's KYC status"),
                               schema::object({{kPrincipal, schema::principal()},
                                               {QStringLiteral("status"), schema::enumOf({QStringLiteral("unverified"), QStringLiteral("pending"),
                                                                                          QStringLiteral("verified"), QStringLiteral("rejected")})},
                                               {QStringLiteral("note"), schema::string(0, 500)}},
                                              {kPrincipal, QStringLiteral("status")}),
                               setKyc, Permission::VerifyKyc));
    QStringList permNames;
    for (Permission p : allPermissions())
        permNames << permissionName(p);
    const QJsonObject permSchema = schema::object({{kPrincipal, schema::principal()}, {QStringLiteral("permission"), schema::enumOf(permNames)}},
                                                  {kPrincipal, QStringLiteral("permission")});
    gw.registerMethod(mutation(QStringLiteral("users.grant_permission"), QStringLiteral("Grant a specialised permission you hold"),
                               permSchema, [](ExecContext &c, const QJsonObject &a) { return changePermission(c, a, true); },
                               Permission::ManageUsers));
    gw.registerMethod(mutation(QStringLiteral("users.revoke_permission"), QStringLiteral("Revoke an explicitly granted permission"),
                               permSchema, [](ExecContext &c, const QJsonObject &a) { return changePermission(c, a, false); },
                               Permission::ManageUsers));
    gw.registerMethod(mutation(QStringLiteral("users.set_disabled"), QStringLiteral("Disable or enable a user"),
                               schema::object({{kPrincipal, schema::principal()}, {QStringLiteral("disabled"), schema::boolean()}},
                                              {kPrincipal, QStringLiteral("disabled")}),
                               setDisabled, Permission::ManageUsers));
    gw.registerMethod(mutation(QStringLiteral("users.remove"), QStringLiteral("Remove a user (never the controller)"),
                               schema::object(principalProp, {kPrincipal}), removeUser, Permission::ManageUsers));

    MethodDescriptor get;
    get.name = QStringLiteral("users.get");
    get.summary = QStringLiteral("A user's profile, role and permissions (yours, or anyone's for admins)");
    get.schema = schema::object(principalProp);
    get.minRole = Role::User;
    get.handler = getUser;
    gw.registerMethod(get);

    MethodDescriptor list;
    list.name = QStringLiteral("users.list");
    list.summary = QStringLiteral("Search users by name, e-mail or principal; filter by role and KYC status");
    list.schema = schema::object({{QStringLiteral("query"), schema::string(0, 200)},
                                  {QStringLiteral("role"), schema::enumOf(allRoleNames())},
                                  {QStringLiteral("kyc_status"), schema::enumOf({QStringLiteral("unverified"), QStringLiteral("pending"),
                                                                                 QStringLiteral("verified"), QStringLiteral("rejected")})},
                                  {QStringLiteral("limit"), schema::integer(1, 500)},
                                  {QStringLiteral("offset"), schema::integer(0, 100000000)}});
    list.minRole = Role::Admin;
    list.handler = listUsers;
    gw.registerMethod(list);

    MethodDescriptor grants;
    grants.name = QStringLiteral("users.list_grants");
    grants.summary = QStringLiteral("Every explicit permission grant with its holder and who granted it; optionally one permission");
    grants.schema = schema::object({{QStringLiteral("permission"), schema::enumOf(permNames)}});
    grants.minRole = Role::Admin;
    grants.handler = listGrants;
    gw.registerMethod(grants);

    MethodDescriptor who;
    who.name = QStringLiteral("users.whoami");
    who.summary = QStringLiteral("The calling principal, its role and effective permissions");
    who.schema = schema::object({});
    who.handler = whoami;
    gw.registerMethod(who);
}

} // namespace nexus
