#include "access.h"

#include <array>
#include <utility>

namespace nexus {

namespace {
constexpr std::array<std::pair<Role, const char *>, 6> kRoles{{
    {Role::Guest, "guest"}, {Role::User, "user"}, {Role::Creator, "creator"},
    {Role::Admin, "admin"}, {Role::SuperAdmin, "super_admin"}, {Role::Controller, "controller"},
}};
constexpr std::array<std::pair<Permission, const char *>, 9> kPerms{{
    {Permission::ManageUsers, "manage_users"}, {Permission::VerifyKyc, "verify_kyc"},
    {Permission::ManageFees, "manage_fees"}, {Permission::ManageOracle, "manage_oracle"},
    {Permission::ModerateListings, "moderate_listings"}, {Permission::ManageSystem, "manage_system"},
    {Permission::EmergencyStop, "emergency_stop"}, {Permission::ViewAudit, "view_audit"},
    {Permission::ManageSwaps, "manage_swaps"},
}};
constexpr std::array<std::pair<KycStatus, const char *>, 4> kKyc{{
    {KycStatus::Unverified, "unverified"}, {KycStatus::Pending, "pending"},
    {KycStatus::Verified, "verified"}, {KycStatus::Rejected, "rejected"},
}};

template<typename Table, typename E>
QString nameOf(const Table &t, E e)
{
    for (const auto &[v, n] : t)
        if (v == e)
            return QString::fromLatin1(n);
    return {};
}

template<typename E, typename Table>
Result<E> parse(const Table &t, const QString &name, const QString &what)
{
    QStringList names;
    for (const auto &[v, n] : t) {
        if (name == QLatin1String(n))
            return v;
        names << QString::fromLatin1(n);
    }
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Unknown %1 \"%2\".").arg(what, name),
                       QStringLiteral("Use one of: %1.").arg(names.join(QStringLiteral(", "))));
}

Error denied(const QString &msg)
{
    return Error::make(ErrorCode::PermissionDenied, msg);
}
} // namespace

QString roleName(Role r) { return nameOf(kRoles, r); }
Result<Role> roleFromName(const QString &name) { return parse<Role>(kRoles, name, QStringLiteral("role")); }
QString permissionName(Permission p) { return nameOf(kPerms, p); }
Result<Permission> permissionFromName(const QString &name)
{
    return parse<Permission>(kPerms, name, QStringLiteral("permission"));
}
QString kycName(KycStatus k) { return nameOf(kKyc, k); }
Result<KycStatus> kycFromName(const QString &name) { return parse<KycStatus>(kKyc, name, QStringLiteral("KYC status")); }

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (const auto &[p, n] : kPerms)
        out << p;
    return out;
}

QStringList allRoleNames()
{
    QStringList out;
    for (const auto &[r, n] : kRoles)
        if (r != Role::Guest)
            out << QString::fromLatin1(n);
    return out;
}

QSet<Permission> impliedPermissions(Role r)
{
    switch (r) {
    case Role::Controller:
    case Role::SuperAdmin: {
        const QList<Permission> all = allPermissions();
        return QSet<Permission>(all.begin(), all.end());
    }
    case Role::Admin:
        return {Permission::ManageUsers, Permission::VerifyKyc, Permission::ModerateListings, Permission::ViewAudit};
    case Role::Creator:
    case Role::User:
    case Role::Guest:
        return {};
    }
    return {};
}

Status checkRoleChange(Role caller, bool callerIsTarget, Role targetCurrent, Role newRole)
{
    if (callerIsTarget)
        return denied(QStringLiteral("You cannot change your own role; ask someone above you."));
    if (targetCurrent == Role::Controller)
        return denied(QStringLiteral("The controller's role cannot be changed or removed."));
    if (newRole == Role::Controller)
        return denied(QStringLiteral("There is exactly one controller; the role cannot be given."));
    if (newRole == Role::Guest)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("\"guest\" is not an assignable role."));
    const bool touchesAdmins = targetCurrent >= Role::Admin || newRole >= Role::Admin;
    if (touchesAdmins && caller < Role::SuperAdmin)
        return denied(QStringLiteral("Only super admins manage admins."));
    if (caller <= targetCurrent)
        return denied(QStringLiteral("You can only change the role of someone you outrank (you are %1, they are %2).")
                          .arg(roleName(caller), roleName(targetCurrent)));
    if (caller <= newRole && caller != Role::Controller)
        return denied(QStringLiteral("You cannot grant a role as high as your own (%1).").arg(roleName(caller)));
    return {};
}

Status checkPermissionChange(Role caller, const QSet<Permission> &callerPerms, Role target, Permission perm)
{
    if (!callerPerms.contains(perm))
        return denied(QStringLiteral("You cannot grant or revoke \"%1\" because you do not hold it.").arg(permissionName(perm)));
    if (caller <= target)
        return denied(QStringLiteral("You can only change the permissions of someone you outrank."));
    return {};
}

} // namespace nexus
