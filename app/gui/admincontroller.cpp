#include "admincontroller.h"

#include "access.h"
#include "format.h"
#include "session.h"
#include "throttle.h"

#include <QJsonArray>
#include <QQmlEngine>

namespace nexus {

namespace {
const QString kPrincipal = QStringLiteral("principal");
} // namespace

AdminController::AdminController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_users(new UsersModel(session, this)),
      m_matrix(new PermissionMatrix(session, this)), m_error(new ErrorInfo(this)),
      m_statusThrottle(new Throttle(1000, [this] { refreshStatus(); }, this))
{
    connect(&session, &Session::accessChanged, this, [this] {
        m_error->clear();
        refreshStatus();
        // What the previous identity could see must not stay on screen for this one.
        m_selected.clear();
        Q_EMIT selectedChanged();
        if (!m_selectedPrincipal.isEmpty())
            select(m_selectedPrincipal);
    });
    // Someone else (or the seeder) changed the user on display: show the new state.
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &ids) {
        if (topic == QLatin1String("users") && !m_selectedPrincipal.isEmpty() && ids.contains(m_selectedPrincipal))
            select(m_selectedPrincipal);
        if (topic == QLatin1String("users") || topic == QLatin1String("system") || topic == QLatin1String("config"))
            m_statusThrottle->poke();
    });
}

QStringList AdminController::assignableRoles() const
{
    QStringList roles = allRoleNames();
    roles.removeAll(QStringLiteral("controller"));
    std::reverse(roles.begin(), roles.end());
    return roles;
}

QStringList AdminController::kycStates() const
{
    return {QStringLiteral("unverified"), QStringLiteral("pending"), QStringLiteral("verified"), QStringLiteral("rejected")};
}

QString AdminController::nameOf(const QString &principal) const
{
    if (principal == m_selectedPrincipal && !m_selected.value(QStringLiteral("name")).toString().isEmpty())
        return m_selected.value(QStringLiteral("name")).toString();
    return fmt::shortPrincipal(principal);
}

void AdminController::select(const QString &principal)
{
    if (principal != m_selectedPrincipal) {
        m_selectedPrincipal = principal;
        m_selected.clear();
        Q_EMIT selectedChanged();
    }
    const quint64 request = ++m_selectedRequest;
    if (principal.isEmpty())
        return;
    m_session.call(this, QStringLiteral("users.get"), {{kPrincipal, principal}}, [this, principal, request](const Result<QJsonValue> &r) {
        if (principal != m_selectedPrincipal || request != m_selectedRequest)
            return;
        if (!r) {
            m_error->set(tr("Could not load this user"), r.error());
            return;
        }
        setSelected(r->toObject());
    });
}

void AdminController::setSelected(const QJsonObject &u)
{
    ++m_selectedRequest; // newer than any read still in flight
    const auto role = roleFromName(u.value(QStringLiteral("role")).toString());
    const QStringList granted = fmt::stringList(u.value(QStringLiteral("granted_permissions")));
    QStringList grantable;
    for (Permission p : allPermissions())
        if (role && !impliedPermissions(*role).contains(p) && !granted.contains(permissionName(p)))
            grantable << permissionName(p);
    QVariantList chips;
    for (const QString &perm : fmt::stringList(u.value(QStringLiteral("permissions"))))
        chips.append(QVariantMap{{QStringLiteral("name"), perm}, {QStringLiteral("granted"), granted.contains(perm)}});
    m_selected = QVariantMap{
        {QStringLiteral("principal"), u.value(kPrincipal).toString()},
        {QStringLiteral("shortPrincipal"), fmt::shortPrincipal(u.value(kPrincipal).toString())},
        {QStringLiteral("name"), u.value(QStringLiteral("name")).toString()},
        {QStringLiteral("email"), u.value(QStringLiteral("email")).toString()},
        {QStringLiteral("bio"), u.value(QStringLiteral("bio")).toString()},
        {QStringLiteral("role"), u.value(QStringLiteral("role")).toString()},
        {QStringLiteral("kyc"), u.value(QStringLiteral("kyc_status")).toString()},
        {QStringLiteral("kycNote"), u.value(QStringLiteral("kyc_note")).toString()},
        {QStringLiteral("disabled"), u.value(QStringLiteral("disabled")).toBool()},
        {QStringLiteral("permissions"), fmt::stringList(u.value(QStringLiteral("permissions")))},
        {QStringLiteral("granted"), granted},
        {QStringLiteral("permissionChips"), chips},
        {QStringLiteral("grantable"), grantable},
        {QStringLiteral("created"), fmt::timeFromNsText(u.value(QStringLiteral("created_ns")).toString())},
        {QStringLiteral("updated"), fmt::timeFromNsText(u.value(QStringLiteral("updated_ns")).toString())},
        {QStringLiteral("isSelf"), u.value(kPrincipal).toString() == m_session.activePrincipal()},
    };
    Q_EMIT selectedChanged();
}

void AdminController::run(const QString &method, const QJsonObject &args, const QString &failTitle,
                          std::function<QString(const QJsonObject &)> successMessage)
{
    if (++m_busyCount == 1) {
        m_busy = true;
        Q_EMIT busyChanged();
    }
    m_session.call(this, method, args, [this, failTitle, successMessage](const Result<QJsonValue> &r) {
        if (--m_busyCount == 0) {
            m_busy = false;
            Q_EMIT busyChanged();
        }
        if (!r) {
            m_error->set(failTitle, r.error());
            Q_EMIT failed(failTitle);
            return;
        }
        m_error->clear();
        const QJsonObject o = r->toObject();
        if (o.contains(kPrincipal) && o.value(kPrincipal).toString() == m_selectedPrincipal)
            setSelected(o);
        else if (o.value(QStringLiteral("removed")).toString() == m_selectedPrincipal && !m_selectedPrincipal.isEmpty())
            select(QString());
        const QString message = successMessage(o);
        m_session.notify(message);
        Q_EMIT succeeded(message);
    });
}

void AdminController::setRole(const QString &principal, const QString &role)
{
    const QString who = nameOf(principal);
    run(QStringLiteral("users.set_role"), {{kPrincipal, principal}, {QStringLiteral("role"), role}},
        tr("Could not change the role of %1").arg(who),
        [this, who](const QJsonObject &u) { return tr("%1 is now %2.").arg(who, m_session.roleLabel(u.value(QStringLiteral("role")).toString())); });
}

void AdminController::setKyc(const QString &principal, const QString &status, const QString &note)
{
    const QString who = nameOf(principal);
    QJsonObject args{{kPrincipal, principal}, {QStringLiteral("status"), status}};
    if (!note.trimmed().isEmpty())
        args.insert(QStringLiteral("note"), note.trimmed());
    run(QStringLiteral("users.set_kyc"), args, tr("Could not set the KYC status of %1").arg(who),
        [this, who, status](const QJsonObject &) { return tr("KYC of %1: %2.").arg(who, m_session.kycLabel(status)); });
}

void AdminController::grantPermission(const QString &principal, const QString &permission)
{
    const QString who = nameOf(principal);
    run(QStringLiteral("users.grant_permission"), {{kPrincipal, principal}, {QStringLiteral("permission"), permission}},
        tr("Could not grant %1 to %2").arg(permission, who),
        [who, permission](const QJsonObject &) { return tr("Granted %1 to %2.").arg(permission, who); });
}

void AdminController::revokePermission(const QString &principal, const QString &permission)
{
    const QString who = nameOf(principal);
    run(QStringLiteral("users.revoke_permission"), {{kPrincipal, principal}, {QStringLiteral("permission"), permission}},
        tr("Could not revoke %1 from %2").arg(permission, who),
        [who, permission](const QJsonObject &) { return tr("Revoked %1 from %2.").arg(permission, who); });
}

void AdminController::setDisabled(const QString &principal, bool disabled)
{
    const QString who = nameOf(principal);
    run(QStringLiteral("users.set_disabled"), {{kPrincipal, principal}, {QStringLiteral("disabled"), disabled}},
        disabled ? tr("Could not disable %1").arg(who) : tr("Could not enable %1").arg(who),
        [who, disabled](const QJsonObject &) { return disabled ? tr("%1 is disabled.").arg(who) : tr("%1 is enabled again.").arg(who); });
}

void AdminController::removeUser(const QString &principal)
{
    const QString who = nameOf(principal);
    run(QStringLiteral("users.remove"), {{kPrincipal, principal}}, tr("Could not remove %1").arg(who),
        [who](const QJsonObject &) { return tr("Removed %1.").arg(who); });
}

void AdminController::setMaintenance(bool enabled, const QString &message)
{
    run(QStringLiteral("system.set_maintenance"), {{QStringLiteral("enabled"), enabled}, {QStringLiteral("message"), message.trimmed()}},
        enabled ? tr("Could not start maintenance mode") : tr("Could not end maintenance mode"),
        [enabled](const QJsonObject &) { return enabled ? tr("Maintenance mode is on: changes are paused.") : tr("Maintenance mode is off."); });
}

void AdminController::emergencyStop(const QString &reason)
{
    run(QStringLiteral("system.emergency_stop"), {{QStringLiteral("reason"), reason.trimmed()}},
        tr("Could not activate the emergency stop"),
        [](const QJsonObject &) { return tr("Emergency stop is active: every change is refused until you resume."); });
}

void AdminController::resume(const QString &note)
{
    QJsonObject args;
    if (!note.trimmed().isEmpty())
        args.insert(QStringLiteral("note"), note.trimmed());
    run(QStringLiteral("system.resume"), args, tr("Could not resume"),
        [](const QJsonObject &) { return tr("Resumed: changes are accepted again."); });
}

} // namespace nexus

namespace nexus {

void AdminController::refreshStatus()
{
    m_session.call(this, QStringLiteral("system.status"), {}, [this](const Result<QJsonValue> &r) {
        if (!r)
            return; // the banners and panels show their own errors; status is informational
        const QJsonObject o = r->toObject();
        const QString controller = o.value(QStringLiteral("controller")).toString();
        const QString name = m_session.identityName(controller);
        m_status = QVariantMap{{QStringLiteral("users"), o.value(QStringLiteral("users")).toInteger()},
                               {QStringLiteral("auditEntries"), o.value(QStringLiteral("audit_entries")).toInteger()},
                               {QStringLiteral("schemaVersion"), o.value(QStringLiteral("schema_version")).toInt()},
                               {QStringLiteral("controller"), name.isEmpty() ? fmt::shortPrincipal(controller) : name},
                               {QStringLiteral("controllerPrincipal"), controller}};
        Q_EMIT statusChanged();
    });
    m_session.call(this, QStringLiteral("audit.list"), {{QStringLiteral("method"), QStringLiteral("system.")}, {QStringLiteral("limit"), 8}},
                   [this](const Result<QJsonValue> &r) {
        m_systemEvents.clear();
        m_systemEventsProblem = r ? QString() : r.error().message;
        if (r) {
            for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
                const QJsonObject o = v.toObject();
                const QString caller = o.value(QStringLiteral("caller")).toString();
                const QString name = m_session.identityName(caller);
                m_systemEvents.append(QVariantMap{{QStringLiteral("seq"), o.value(QStringLiteral("seq")).toDouble()},
                                                  {QStringLiteral("time"), fmt::timeFromNsText(o.value(QStringLiteral("ts")).toString())},
                                                  {QStringLiteral("caller"), name.isEmpty() ? fmt::shortPrincipal(caller) : name},
                                                  {QStringLiteral("method"), o.value(QStringLiteral("method")).toString()},
                                                  {QStringLiteral("summary"), o.value(QStringLiteral("summary")).toString()},
                                                  {QStringLiteral("outcome"), o.value(QStringLiteral("outcome")).toString()}});
            }
        }
        Q_EMIT statusChanged();
    });
}

} // namespace nexus
