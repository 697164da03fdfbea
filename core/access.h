#pragma once
// Roles, specialised permissions and the rules for who may hand out what.

#include "result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace nexus {

// Ordered by rank: a higher value outranks a lower one.
enum class Role { Guest = 0, User = 1, Creator = 2, Admin = 3, SuperAdmin = 4, Controller = 5 };

enum class Permission {
    ManageUsers,
    VerifyKyc,
    ManageFees,
    ManageOracle,
    ModerateListings,
    ManageSystem,
    EmergencyStop,
    ViewAudit,
    ManageSwaps,
};

QString roleName(Role r);               // "user", "creator", "admin", "super_admin", "controller", "guest"
Result<Role> roleFromName(const QString &name);
QString permissionName(Permission p);   // "manage_users", ...
Result<Permission> permissionFromName(const QString &name);
QList<Permission> allPermissions();
QStringList allRoleNames();             // assignable roles, lowest first (no guest)

// Permissions a role carries without explicit grants.
QSet<Permission> impliedPermissions(Role r);

enum class KycStatus { Unverified, Pending, Verified, Rejected };
QString kycName(KycStatus k);
Result<KycStatus> kycFromName(const QString &name);

// May `caller` change `target`'s role from its current role to `newRole`?
// Rules: nobody changes their own role; the controller role is never given or taken;
// only super admins (and the controller) touch admin or super-admin roles;
// the caller must outrank both the target's current role and the new role.
Status checkRoleChange(Role caller, bool callerIsTarget, Role targetCurrent, Role newRole);

// May `caller` (holding `callerPerms`) grant or revoke `perm` for a target of role `target`?
// Nobody grants what they do not hold; the caller must outrank the target.
Status checkPermissionChange(Role caller, const QSet<Permission> &callerPerms, Role target, Permission perm);

} // namespace nexus
