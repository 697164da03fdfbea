#include "session.h"

#include "access.h"
#include "demoseeding.h"
#include "format.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/dbthread.h"
#include "throttle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlEngine>
#include <QtConcurrent>

namespace nexus {

namespace {
Session *s_instance = nullptr;

int rank(const QString &role)
{
    auto r = roleFromName(role);
    return r ? int(*r) : -1;
}
} // namespace

Session::Session(Backend &backend, bool demo, QObject *parent)
    : QObject(parent), m_backend(backend), m_demo(demo), m_seeding(new DemoSeeding(backend, this)),
      m_error(new ErrorInfo(this)),
      m_identitiesThrottle(new Throttle(300, [this] { loadIdentities(); }, this)),
      m_whoamiThrottle(new Throttle(300, [this] { loadWhoami(); }, this))
{
    m_callPool.setMaxThreadCount(4);
    // Gateway signals come from the writer thread; AutoConnection queues them to this thread.
    connect(&gateway(), &Gateway::systemStateChanged, this, &Session::readSystemState);
    connect(&gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("identities"))
            m_identitiesThrottle->poke();
        else if (topic == QLatin1String("users"))
            m_whoamiThrottle->poke(); // our own role or permissions may have changed
        else if (topic == QLatin1String("system"))
            readSystemState();
    });
}

Session::~Session()
{
    m_seeding->cancelAndWait();
    m_callPool.waitForDone();
    if (s_instance == this)
        s_instance = nullptr;
}

void Session::setInstance(Session *session)
{
    s_instance = session;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Session::create", "main() must register the Session before loading QML");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

void Session::start()
{
    readSystemState();
    loadIdentities();
}

QString Session::version() const
{
    return QGuiApplication::applicationVersion();
}

QString Session::demoPassphrase() const
{
    return m_demo ? DemoSeeder::passphrase() : QString();
}

QFuture<Result<QJsonValue>> Session::callAsync(const QString &method, QJsonObject args)
{
    Gateway *gw = &gateway();
    return QtConcurrent::run(&m_callPool, [gw, ctx = callContext(), method, args = std::move(args)] {
        return gw->callBlocking(ctx, method, args);
    });
}

CallContext Session::callContext() const
{
    CallContext ctx;
    ctx.origin = Origin::Gui;
    auto p = Principal::fromText(m_activePrincipal);
    ctx.caller = p ? *p : Principal::anonymous();
    return ctx;
}

QString Session::emergencySince() const
{
    return fmt::timeFromNs(m_state.emergencySinceNs);
}

void Session::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
}

void Session::setCurrentPanel(int index)
{
    if (m_currentPanel == index || index < 0)
        return;
    m_currentPanel = index;
    Q_EMIT currentPanelChanged();
}

QString Session::shortPrincipal(const QString &principal) const
{
    return fmt::shortPrincipal(principal);
}

QString Session::roleLabel(const QString &role) const
{
    if (role == QLatin1String("controller"))
        return tr("Controller");
    if (role == QLatin1String("super_admin"))
        return tr("Super admin");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("creator"))
        return tr("Creator");
    if (role == QLatin1String("user"))
        return tr("User");
    if (role == QLatin1String("guest"))
        return tr("Guest", "not a registered user");
    return role;
}

QString Session::kycLabel(const QString &status) const
{
    if (status == QLatin1String("unverified"))
        return tr("Unverified");
    if (status == QLatin1String("pending"))
        return tr("Pending", "KYC review");
    if (status == QLatin1String("verified"))
        return tr("Verified");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString Session::outcomeLabel(const QString &outcome) const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("ok"), QT_TR_NOOP("ok")},
        {QStringLiteral("invalid_argument"), QT_TR_NOOP("invalid input")},
        {QStringLiteral("not_found"), QT_TR_NOOP("not found")},
        {QStringLiteral("already_exists"), QT_TR_NOOP("already exists")},
        {QStringLiteral("permission_denied"), QT_TR_NOOP("denied")},
        {QStringLiteral("unauthenticated"), QT_TR_NOOP("unauthenticated")},
        {QStringLiteral("rate_limited"), QT_TR_NOOP("rate limited")},
        {QStringLiteral("maintenance"), QT_TR_NOOP("maintenance")},
        {QStringLiteral("emergency_stop"), QT_TR_NOOP("emergency stop")},
        {QStringLiteral("conflict"), QT_TR_NOOP("conflict")},
        {QStringLiteral("unknown_method"), QT_TR_NOOP("unknown method")},
        {QStringLiteral("schema_too_new"), QT_TR_NOOP("schema too new")},
        {QStringLiteral("storage"), QT_TR_NOOP("storage error")},
        {QStringLiteral("crypto"), QT_TR_NOOP("crypto error")},
        {QStringLiteral("internal"), QT_TR_NOOP("internal error")},
    };
    const char *label = labels.value(outcome);
    return label ? tr(label) : outcome;
}

void Session::copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    notify(tr("Copied to the clipboard."));
}

void Session::readSystemState()
{
    const SystemState s = gateway().systemState();
    const bool differs = s.maintenance != m_state.maintenance || s.emergency != m_state.emergency
                         || s.maintenanceMessage != m_state.maintenanceMessage || s.emergencyReason != m_state.emergencyReason
                         || s.emergencySinceNs != m_state.emergencySinceNs;
    m_state = s;
    if (differs)
        Q_EMIT systemStateChanged();
}

void Session::loadIdentities()
{
    call(this, QStringLiteral("identities.list"), {}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_error->set(tr("Could not read the identities of this profile"), r.error());
            return;
        }
        QVariantList list;
        QHash<QString, QString> names;
        QVariantMap best;
        QVariantMap current;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            QVariantMap id{{QStringLiteral("name"), o.value(QStringLiteral("name")).toString()},
                           {QStringLiteral("principal"), o.value(QStringLiteral("principal")).toString()},
                           {QStringLiteral("role"), o.value(QStringLiteral("role")).toString()},
                           {QStringLiteral("displayName"), o.value(QStringLiteral("display_name")).toString()},
                           {QStringLiteral("keyType"), o.value(QStringLiteral("key_type")).toString()}};
            names.insert(id.value(QStringLiteral("principal")).toString(), id.value(QStringLiteral("name")).toString());
            if (best.isEmpty() || rank(id.value(QStringLiteral("role")).toString()) > rank(best.value(QStringLiteral("role")).toString()))
                best = id;
            if (id.value(QStringLiteral("name")).toString() == m_activeName)
                current = id;
            list.append(id);
        }
        m_identities = list;
        m_namesByPrincipal = names;
        Q_EMIT identitiesChanged();
        // Act as the highest-ranked identity until the user picks one (the controller in the demo).
        if (!current.isEmpty())
            activate(current);
        else if (!best.isEmpty())
            activate(best);
    });
}

void Session::switchIdentity(const QString &name)
{
    for (const QVariant &v : std::as_const(m_identities)) {
        const QVariantMap id = v.toMap();
        if (id.value(QStringLiteral("name")).toString() == name) {
            activate(id);
            return;
        }
    }
    m_error->set(tr("Could not switch identity"), tr("There is no identity named \"%1\" in this profile.").arg(name),
                 tr("Pick one of the identities in the list."));
}

void Session::activate(const QVariantMap &identity)
{
    const QString principal = identity.value(QStringLiteral("principal")).toString();
    const QString name = identity.value(QStringLiteral("name")).toString();
    const QString displayName = identity.value(QStringLiteral("displayName")).toString();
    const bool switched = principal != m_activePrincipal;
    if (!switched && name == m_activeName && displayName == m_activeDisplayName)
        return;
    m_activeName = name;
    m_activeDisplayName = displayName;
    if (switched) {
        ++m_generation;
        m_activePrincipal = principal;
        m_activeRole = identity.value(QStringLiteral("role")).toString();
        m_activePermissions.clear();
        qCInfo(lcUi).noquote() << "acting as" << m_activeName << m_activeRole;
    }
    Q_EMIT callerChanged();
    if (switched)
        loadWhoami(); // accessChanged follows once the role and permissions are known
}

void Session::loadWhoami()
{
    if (m_activePrincipal.isEmpty())
        return;
    const quint64 generation = m_generation;
    call(this, QStringLiteral("users.whoami"), {}, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        const bool first = m_accessGeneration != generation;
        m_accessGeneration = generation;
        if (!r) {
            m_error->set(tr("Could not read the role of %1").arg(m_activeName), r.error());
            if (first)
                Q_EMIT accessChanged();
            return;
        }
        const QJsonObject o = r->toObject();
        QStringList perms;
        for (const QJsonValue &p : o.value(QStringLiteral("permissions")).toArray())
            perms << p.toString();
        const QString role = o.value(QStringLiteral("role")).toString();
        if (!first && role == m_activeRole && perms == m_activePermissions)
            return;
        m_activeRole = role;
        m_activePermissions = perms;
        Q_EMIT callerChanged();
        Q_EMIT accessChanged();
    });
}

} // namespace nexus
