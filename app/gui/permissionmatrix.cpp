#include "permissionmatrix.h"

#include "format.h"

#include "access.h"
#include "session.h"
#include "throttle.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nexus {

namespace {
constexpr int kPage = 500;
}

PermissionMatrix::PermissionMatrix(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_error(new ErrorInfo(this)),
      m_refresh(new Throttle(1000, [this] { reload(); }, this))
{
    connect(&session, &Session::accessChanged, this, &PermissionMatrix::reload);
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("users") && m_error->errorCode() != ErrorCode::PermissionDenied)
            m_refresh->poke();
    });
}

QStringList PermissionMatrix::roles() const
{
    QStringList out = allRoleNames();
    std::reverse(out.begin(), out.end());
    return out;
}

QStringList PermissionMatrix::permissions() const
{
    QStringList out;
    for (Permission p : allPermissions())
        out << permissionName(p);
    return out;
}

QVariantList PermissionMatrix::rows() const
{
    QVariantList out;
    const QStringList roleNames = roles();
    for (const QString &perm : permissions()) {
        QVariantList cells;
        for (const QString &role : roleNames)
            cells.append(QVariantMap{{QStringLiteral("role"), role}, {QStringLiteral("has"), implied(role, perm)}});
        out.append(QVariantMap{{QStringLiteral("permission"), perm},
                               {QStringLiteral("description"), describePermission(perm)},
                               {QStringLiteral("cells"), cells}});
    }
    return out;
}

bool PermissionMatrix::implied(const QString &role, const QString &permission) const
{
    const auto r = roleFromName(role);
    const auto p = permissionFromName(permission);
    return r && p && impliedPermissions(*r).contains(*p);
}

QString PermissionMatrix::describePermission(const QString &permission) const
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("manage_users"), QT_TR_NOOP("Edit, disable and remove users below you; change their roles")},
        {QStringLiteral("verify_kyc"), QT_TR_NOOP("Set users' KYC status (verified, rejected, …)")},
        {QStringLiteral("manage_fees"), QT_TR_NOOP("Change marketplace and swap fees")},
        {QStringLiteral("manage_oracle"), QT_TR_NOOP("Manage price feeds, sources and circuit breakers")},
        {QStringLiteral("moderate_listings"), QT_TR_NOOP("Hide or remove marketplace listings")},
        {QStringLiteral("manage_system"), QT_TR_NOOP("Change configuration, feature flags and maintenance mode")},
        {QStringLiteral("emergency_stop"), QT_TR_NOOP("Stop every change at once, and resume")},
        {QStringLiteral("view_audit"), QT_TR_NOOP("Read, verify and export the audit log")},
        {QStringLiteral("manage_swaps"), QT_TR_NOOP("Approve or reject high-value swaps and resolve swap disputes")},
    };
    const char *text = texts.value(permission);
    return text ? tr(text) : permission;
}

QString PermissionMatrix::describeRole(const QString &role) const
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("controller"), QT_TR_NOOP("Owner of the profile; exactly one; cannot be removed")},
        {QStringLiteral("super_admin"), QT_TR_NOOP("Every permission; manages admins")},
        {QStringLiteral("admin"), QT_TR_NOOP("Manages users below admin, KYC, listings, audit")},
        {QStringLiteral("creator"), QT_TR_NOOP("Builds and publishes worlds")},
        {QStringLiteral("user"), QT_TR_NOOP("Trades, holds wallets, visits worlds")},
    };
    const char *text = texts.value(role);
    return text ? tr(text) : role;
}

void PermissionMatrix::reload()
{
    if (!m_session.hasCaller())
        return;
    m_refresh->cancel();
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT grantsChanged();
    m_session.call(this, QStringLiteral("users.list_grants"), {}, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!r) {
            m_error->set(tr("Could not read the explicit grants"), r.error());
            Q_EMIT grantsChanged();
            return;
        }
        QVariantList grants;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            QVariantMap g = v.toObject().toVariantMap();
            g.insert(QStringLiteral("grantedBy"), tr("granted by %1").arg(g.value(QStringLiteral("granted_by_name")).toString()));
            g.insert(QStringLiteral("grantedOn"), fmt::timeFromNsText(g.value(QStringLiteral("granted_ns")).toString()).left(10));
            grants.append(g);
        }
        m_error->clear();
        m_grants = grants;
        Q_EMIT grantsChanged();
    });
}

} // namespace nexus
