#include "configcontroller.h"

#include "format.h"
#include "session.h"
#include "throttle.h"

#include <QJsonObject>
#include <QQmlEngine>

namespace nexus {

namespace {
const QString kFeaturePrefix = QStringLiteral("feature.");
} // namespace

ConfigController::ConfigController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_entries(new ConfigModel(session, this)), m_error(new ErrorInfo(this)),
      m_refresh(new Throttle(400, [this] { reload(); }, this))
{
    connect(&session, &Session::accessChanged, this, &ConfigController::reload);
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("config"))
            m_refresh->poke();
    });
}

QVariantList ConfigController::flags() const
{
    QVariantList out;
    for (const ConfigEntry &e : m_entries->entries()) {
        if (!e.key.startsWith(kFeaturePrefix))
            continue;
        const QString by = m_session.identityName(e.changedBy);
        out.append(QVariantMap{{QStringLiteral("key"), e.key},
                               {QStringLiteral("name"), e.key.mid(kFeaturePrefix.size())},
                               {QStringLiteral("enabled"), e.value.toBool()},
                               {QStringLiteral("version"), e.version},
                               {QStringLiteral("changedBy"), by.isEmpty() ? fmt::shortPrincipal(e.changedBy) : by},
                               {QStringLiteral("changedAt"), fmt::timeFromNs(e.changedNs)}});
    }
    return out;
}

QString ConfigController::selectedValue() const
{
    const ConfigEntry *e = m_entries->find(m_selectedKey);
    return e ? jsondiff::pretty(e->value) : QString();
}

int ConfigController::selectedVersion() const
{
    const ConfigEntry *e = m_entries->find(m_selectedKey);
    return e ? int(e->version) : 0;
}

bool ConfigController::selectedEditable() const
{
    return !m_selectedKey.isEmpty() && !m_selectedKey.startsWith(QLatin1String("system."));
}

void ConfigController::reload()
{
    if (!m_session.hasCaller())
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    const quint64 generation = m_session.callerGeneration();
    const quint64 request = ++m_reloadRequest;
    m_session.call(this, QStringLiteral("system.config_get"), {}, [this, generation, request](const Result<QJsonValue> &r) {
        if (request != m_reloadRequest)
            return;
        m_loading = false;
        Q_EMIT loadingChanged();
        if (generation != m_session.callerGeneration())
            return;
        if (!r) {
            m_error->set(tr("Could not read the configuration"), r.error());
            return;
        }
        const int oldVersion = selectedVersion();
        QList<ConfigEntry> entries;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            entries.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("value")),
                            o.value(QStringLiteral("version")).toInteger(), o.value(QStringLiteral("changed_by")).toString(),
                            o.value(QStringLiteral("changed_ns")).toString().toLongLong()});
        }
        m_entries->setEntries(entries);
        Q_EMIT entriesChanged();
        if (m_selectedKey.isEmpty() && !entries.isEmpty())
            select(entries.first().key);
        else if (selectedVersion() != oldVersion) {
            Q_EMIT selectionChanged();
            loadHistory();
        }
    });
}

void ConfigController::select(const QString &key)
{
    if (key.isEmpty() || key == m_selectedKey)
        return;
    m_selectedKey = key;
    m_history = {};
    m_historyView.clear();
    m_historyShown = kHistoryPage;
    Q_EMIT selectionChanged();
    Q_EMIT historyChanged();
    recomputeDiff();
    loadHistory();
}

void ConfigController::loadHistory()
{
    if (m_selectedKey.isEmpty())
        return;
    const QString key = m_selectedKey;
    const quint64 request = ++m_historyRequest;
    m_session.call(this, QStringLiteral("system.config_history"),
                   {{QStringLiteral("key"), key}, {QStringLiteral("limit"), std::min(1000, m_historyShown)}},
                   [this, key, request](const Result<QJsonValue> &r) {
        if (key != m_selectedKey || request != m_historyRequest)
            return;
        if (!r) {
            m_error->set(tr("Could not read the history of %1").arg(key), r.error());
            return;
        }
        m_history = r->toObject().value(QStringLiteral("versions")).toArray();
        m_historyTotal = r->toObject().value(QStringLiteral("total")).toInt();
        buildHistoryView();
        // Default comparison: the previous version against the current one.
        const int newest = m_history.isEmpty() ? 0 : m_history.at(0).toObject().value(QStringLiteral("version")).toInt();
        const int previous = m_history.size() > 1 ? m_history.at(1).toObject().value(QStringLiteral("version")).toInt() : newest;
        setDiffVersions(previous, newest);
    });
}

void ConfigController::buildHistoryView()
{
    m_historyView.clear();
    const qsizetype shown = std::min<qsizetype>(m_history.size(), m_historyShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const QJsonObject o = m_history.at(i).toObject();
        const QString by = o.value(QStringLiteral("changed_by")).toString();
        const QString name = m_session.identityName(by);
        m_historyView.append(QVariantMap{{QStringLiteral("version"), o.value(QStringLiteral("version")).toInt()},
                                         {QStringLiteral("valueText"), jsondiff::compact(o.value(QStringLiteral("value")))},
                                         {QStringLiteral("changedBy"), name.isEmpty() ? fmt::shortPrincipal(by) : name},
                                         {QStringLiteral("changedAt"), fmt::timeFromNsText(o.value(QStringLiteral("changed_ns")).toString())},
                                         {QStringLiteral("reason"), o.value(QStringLiteral("reason")).toString()}});
    }
    Q_EMIT historyChanged();
}

void ConfigController::showMoreHistory()
{
    m_historyShown += kHistoryPage;
    loadHistory(); // the backend pages; only the shown versions are ever loaded
}

void ConfigController::setDiffVersions(int fromVersion, int toVersion)
{
    m_diffFrom = fromVersion;
    m_diffTo = toVersion;
    recomputeDiff();
}

void ConfigController::recomputeDiff()
{
    auto valueOf = [this](int version) -> std::optional<QJsonValue> {
        for (const QJsonValue &v : std::as_const(m_history))
            if (v.toObject().value(QStringLiteral("version")).toInt() == version)
                return v.toObject().value(QStringLiteral("value"));
        return std::nullopt;
    };
    m_diffView.clear();
    m_diffAdded = 0;
    m_diffRemoved = 0;
    const auto from = valueOf(m_diffFrom);
    const auto to = valueOf(m_diffTo);
    if (from && to) {
        for (const DiffLine &line : jsondiff::diffJson(*from, *to)) {
            m_diffAdded += line.kind == DiffLine::Added;
            m_diffRemoved += line.kind == DiffLine::Removed;
            m_diffView.append(QVariantMap{{QStringLiteral("kind"), int(line.kind)},
                                          {QStringLiteral("text"), line.text},
                                          {QStringLiteral("oldLine"), line.oldLine},
                                          {QStringLiteral("newLine"), line.newLine}});
        }
    }
    Q_EMIT diffChanged();
}

QString ConfigController::validate(const QString &key, const QString &text) const
{
    QString parseError;
    const auto value = jsondiff::parse(text, &parseError);
    if (!value)
        return tr("This is not valid JSON: %1.").arg(parseError);
    if (key.startsWith(kFeaturePrefix) && !value->isBool())
        return tr("A feature flag is true or false.");
    if (const ConfigEntry *e = m_entries->find(key); e && e->value == *value)
        return tr("This is the current value.");
    return {};
}

void ConfigController::setValue(const QString &key, const QString &text, const QString &reason)
{
    if (const QString problem = validate(key, text); !problem.isEmpty()) {
        m_error->set(tr("Could not save %1").arg(key), problem, tr("Correct the value and save again."));
        return;
    }
    mutate(QStringLiteral("system.config_set"),
           {{QStringLiteral("key"), key}, {QStringLiteral("value"), *jsondiff::parse(text)}, {QStringLiteral("reason"), reason}},
           tr("Could not save %1").arg(key), tr("Saved a new version of %1.").arg(key));
}

void ConfigController::rollback(const QString &key, int version, const QString &reason)
{
    QJsonObject args{{QStringLiteral("key"), key}, {QStringLiteral("version"), version}};
    if (!reason.trimmed().isEmpty())
        args.insert(QStringLiteral("reason"), reason.trimmed());
    mutate(QStringLiteral("system.config_rollback"), args, tr("Could not roll back %1").arg(key),
           tr("%1 is back at the value of version %2 (saved as a new version).").arg(key).arg(version));
}

void ConfigController::setFlag(const QString &key, bool enabled)
{
    const QString name = key.startsWith(kFeaturePrefix) ? key.mid(kFeaturePrefix.size()) : key;
    mutate(QStringLiteral("system.flag_set"), {{QStringLiteral("name"), name}, {QStringLiteral("enabled"), enabled}},
           tr("Could not change the flag %1").arg(name),
           enabled ? tr("Turned %1 on.").arg(name) : tr("Turned %1 off.").arg(name));
}

void ConfigController::mutate(const QString &method, const QJsonObject &args, const QString &failTitle,
                              const QString &successMessage)
{
    setBusy(true);
    m_session.call(this, method, args, [this, failTitle, successMessage](const Result<QJsonValue> &r) {
        setBusy(false);
        if (!r) {
            m_error->set(failTitle, r.error());
            // A refused flag toggle must snap back: re-publish the stored values.
            Q_EMIT entriesChanged();
            return;
        }
        m_error->clear();
        m_session.notify(successMessage);
        Q_EMIT succeeded(successMessage);
        reload();
    });
}

void ConfigController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace nexus
