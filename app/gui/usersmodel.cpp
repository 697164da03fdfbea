#include "usersmodel.h"

#include "format.h"
#include "session.h"
#include "throttle.h"

#include <QJsonArray>

namespace nexus {

namespace {
constexpr int kMaxLimit = 500; // users.list's limit cap
} // namespace

UsersModel::UsersModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_error(new ErrorInfo(this)),
      m_reloadSoon(new Throttle(250, [this] { reload(); }, this)),
      m_refresh(new Throttle(500, [this] { refreshLoaded(); }, this))
{
    connect(&session, &Session::accessChanged, this, &UsersModel::reload);
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("users") && !m_denied)
            m_refresh->poke();
    });
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &u = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return u.value(QStringLiteral("name")).toString();
    case PrincipalRole: return u.value(QStringLiteral("principal")).toString();
    case EmailRole: return u.value(QStringLiteral("email")).toString();
    case UserRoleRole: return u.value(QStringLiteral("role")).toString();
    case KycRole: return u.value(QStringLiteral("kyc_status")).toString();
    case KycNoteRole: return u.value(QStringLiteral("kyc_note")).toString();
    case DisabledRole: return u.value(QStringLiteral("disabled")).toBool();
    case PermissionsRole: return fmt::stringList(u.value(QStringLiteral("permissions")));
    case GrantedRole: return fmt::stringList(u.value(QStringLiteral("granted_permissions")));
    case BioRole: return u.value(QStringLiteral("bio")).toString();
    }
    return {};
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    return {{PrincipalRole, "principal"}, {NameRole, "name"}, {EmailRole, "email"}, {UserRoleRole, "userRole"},
            {KycRole, "kyc"}, {KycNoteRole, "kycNote"}, {DisabledRole, "disabled"}, {PermissionsRole, "permissions"},
            {GrantedRole, "granted"}, {BioRole, "bio"}};
}

void UsersModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT filterChanged();
    m_reloadSoon->poke();
}

void UsersModel::setRoleFilter(const QString &role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT filterChanged();
    reload();
}

void UsersModel::setKycFilter(const QString &kyc)
{
    if (m_kyc == kyc)
        return;
    m_kyc = kyc;
    Q_EMIT filterChanged();
    reload();
}

QJsonObject UsersModel::filterArgs() const
{
    QJsonObject args;
    if (!m_query.trimmed().isEmpty())
        args.insert(QStringLiteral("query"), m_query.trimmed());
    if (!m_role.isEmpty())
        args.insert(QStringLiteral("role"), m_role);
    if (!m_kyc.isEmpty())
        args.insert(QStringLiteral("kyc_status"), m_kyc);
    return args;
}

void UsersModel::reload()
{
    m_reloadSoon->cancel();
    m_refresh->cancel();
    if (!m_session.hasCaller())
        return;
    const quint64 generation = ++m_generation;
    m_denied = false;
    setLoading(true);
    QJsonObject args = filterArgs();
    args.insert(QStringLiteral("limit"), m_pageSize);
    m_session.call(this, QStringLiteral("users.list"), args, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        beginResetModel();
        m_rows.clear();
        if (r) {
            m_error->clear();
            for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray())
                m_rows.append(v.toObject());
        }
        endResetModel();
        if (r) {
            setTotal(r->toObject().value(QStringLiteral("total")).toInt());
        } else {
            m_denied = r.error().code == ErrorCode::PermissionDenied;
            m_error->set(tr("Could not list the users"), r.error());
            setTotal(0);
        }
        m_loaded = true;
        setLoading(false);
        Q_EMIT pageLoaded();
    });
}

bool UsersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && m_rows.size() < m_total;
}

void UsersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_loading || m_rows.size() >= m_total)
        return;
    const quint64 generation = m_generation;
    setLoading(true);
    QJsonObject args = filterArgs();
    args.insert(QStringLiteral("limit"), m_pageSize);
    args.insert(QStringLiteral("offset"), int(m_rows.size()));
    m_session.call(this, QStringLiteral("users.list"), args, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!r) {
            m_error->set(tr("Could not load more users"), r.error());
            return;
        }
        const QJsonArray items = r->toObject().value(QStringLiteral("items")).toArray();
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
            for (const QJsonValue &v : items)
                m_rows.append(v.toObject());
            endInsertRows();
        }
        setTotal(r->toObject().value(QStringLiteral("total")).toInt());
        Q_EMIT pageLoaded();
    });
}

void UsersModel::refreshLoaded()
{
    if (m_loading) {
        m_refresh->poke();
        return;
    }
    const quint64 generation = m_generation;
    setLoading(true);
    QJsonObject args = filterArgs();
    args.insert(QStringLiteral("limit"), std::clamp(int(m_rows.size()), m_pageSize, kMaxLimit));
    m_session.call(this, QStringLiteral("users.list"), args, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!r) {
            m_error->set(tr("Could not refresh the users"), r.error());
            return;
        }
        QList<QJsonObject> rows;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray())
            rows.append(v.toObject());
        const int total = r->toObject().value(QStringLiteral("total")).toInt();
        // Same rows in the same order: update in place so the view keeps its position and selection.
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = rows[i].value(QStringLiteral("principal")) == m_rows[i].value(QStringLiteral("principal"));
        if (sameKeys) {
            for (qsizetype i = 0; i < rows.size(); ++i)
                if (rows[i] != m_rows[i]) {
                    m_rows[i] = rows[i];
                    Q_EMIT dataChanged(index(int(i)), index(int(i)));
                }
        } else {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        }
        setTotal(total);
        Q_EMIT pageLoaded();
    });
}

int UsersModel::rowOf(const QString &principal) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].value(QStringLiteral("principal")).toString() == principal)
            return int(i);
    return -1;
}

QVariantMap UsersModel::get(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).toVariantMap();
}

void UsersModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void UsersModel::setTotal(int total)
{
    if (m_total == total)
        return;
    m_total = total;
    Q_EMIT totalChanged();
}

} // namespace nexus
