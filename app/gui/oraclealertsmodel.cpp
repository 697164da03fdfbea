#include "oraclealertsmodel.h"

#include "format.h"
#include "oraclelabels.h"
#include "session.h"

#include <QJsonArray>

namespace nexus {

OracleAlertsModel::OracleAlertsModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_error(new ErrorInfo(this))
{
}

int OracleAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OracleAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &a = m_rows.at(index.row());
    const QString kind = a.value(QStringLiteral("kind")).toString();
    switch (role) {
    case IdRole: return a.value(QStringLiteral("id")).toDouble();
    case PairRole: return a.value(QStringLiteral("pair")).toString();
    case TimeRole: return fmt::timeFromNsText(a.value(QStringLiteral("ts_ns")).toString());
    case KindRole: return kind;
    case Qt::DisplayRole:
    case KindLabelRole: return OracleLabels::alertKind(kind);
    case CriticalRole: return a.value(QStringLiteral("severity")).toString() == QLatin1String("critical");
    case MessageRole: return a.value(QStringLiteral("message")).toString();
    case AcknowledgedRole: return a.value(QStringLiteral("acknowledged")).toBool();
    case AckedByRole: {
        const QString principal = a.value(QStringLiteral("acked_by")).toString();
        const QString name = m_session.identityName(principal);
        return name.isEmpty() ? fmt::shortPrincipal(principal) : name;
    }
    case AckedTimeRole: return fmt::timeFromNsText(a.value(QStringLiteral("acked_ns")).toString());
    case AckNoteRole: return a.value(QStringLiteral("ack_note")).toString();
    }
    return {};
}

QHash<int, QByteArray> OracleAlertsModel::roleNames() const
{
    return {{IdRole, "alertId"},           {PairRole, "pair"},         {TimeRole, "time"},        {KindRole, "kind"},
            {KindLabelRole, "kindLabel"}, {CriticalRole, "critical"}, {MessageRole, "message"}, {AcknowledgedRole, "acknowledged"},
            {AckedByRole, "ackedBy"},     {AckedTimeRole, "ackedTime"}, {AckNoteRole, "ackNote"}};
}

QVariantMap OracleAlertsModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

void OracleAlertsModel::setPair(const QString &pair)
{
    if (m_pair == pair)
        return;
    m_pair = pair;
    Q_EMIT filterChanged();
    reload();
}

void OracleAlertsModel::setOpenOnly(bool openOnly)
{
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    Q_EMIT filterChanged();
    reload();
}

void OracleAlertsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

QJsonObject OracleAlertsModel::filterArgs() const
{
    QJsonObject args;
    if (!m_pair.isEmpty())
        args.insert(QStringLiteral("pair"), m_pair);
    if (m_openOnly)
        args.insert(QStringLiteral("unacknowledged"), true);
    return args;
}

void OracleAlertsModel::reload()
{
    const quint64 generation = ++m_generation;
    // Keep what is loaded (as many rows, at least a page), so a refresh does not shrink the list.
    const int limit = std::clamp(int(m_rows.size()), m_pageSize, 500);
    QJsonObject args = filterArgs();
    args.insert(QStringLiteral("limit"), limit);
    setLoading(true);
    m_session.call(this, QStringLiteral("oracle.alerts"), args, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        beginResetModel();
        m_rows.clear();
        if (r) {
            for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray())
                m_rows.append(v.toObject());
        }
        endResetModel();
        if (!r) {
            m_total = 0;
            m_ready = false;
            m_error->set(tr("Could not load the oracle alerts"), r.error());
        } else {
            m_error->clear();
            m_total = r->toObject().value(QStringLiteral("total")).toInt();
            m_ready = true;
        }
        Q_EMIT loaded();
    });
    loadOpenCount();
}

void OracleAlertsModel::loadOpenCount()
{
    m_session.call(this, QStringLiteral("oracle.alerts"), {{QStringLiteral("unacknowledged"), true}, {QStringLiteral("limit"), 1}},
                   [this](const Result<QJsonValue> &r) {
                       const int open = r ? r->toObject().value(QStringLiteral("total")).toInt() : 0;
                       if (open != m_openCount) {
                           m_openCount = open;
                           Q_EMIT openCountChanged();
                       }
                   });
}

bool OracleAlertsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_ready && !m_loading && m_rows.size() < m_total;
}

void OracleAlertsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    QJsonObject args = filterArgs();
    args.insert(QStringLiteral("limit"), m_pageSize);
    args.insert(QStringLiteral("offset"), int(m_rows.size()));
    setLoading(true);
    m_session.call(this, QStringLiteral("oracle.alerts"), args, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!r) {
            m_error->set(tr("Could not load more oracle alerts"), r.error());
            return;
        }
        const QJsonArray items = r->toObject().value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size()) - 1);
        for (const QJsonValue &v : items)
            m_rows.append(v.toObject());
        endInsertRows();
        m_total = r->toObject().value(QStringLiteral("total")).toInt();
        Q_EMIT loaded();
    });
}

} // namespace nexus
