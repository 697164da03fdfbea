#include "oraclesourcesmodel.h"

#include "oraclelabels.h"
#include "session.h"

#include <QJsonArray>

#include <cmath>

namespace nexus {

namespace {
constexpr double kWarnBps = 500;    // 5 % from the median: worth a look
constexpr double kOutlierBps = 2000; // 20 %: the aggregation drops it
} // namespace

OracleSourcesModel::OracleSourcesModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_error(new ErrorInfo(this))
{
}

int OracleSourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString OracleSourcesModel::status(const QJsonObject &s) const
{
    if (!s.value(QStringLiteral("enabled")).toBool(true))
        return QStringLiteral("disabled");
    if (!s.contains(QStringLiteral("included")))
        return QStringLiteral("silent");
    return s.value(QStringLiteral("included")).toBool() ? QStringLiteral("included") : QStringLiteral("excluded");
}

QVariant OracleSourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &s = m_rows.at(index.row());
    const bool hasRate = s.contains(QStringLiteral("last_rate"));
    const bool hasDeviation = s.contains(QStringLiteral("deviation_bps"));
    const double deviation = s.value(QStringLiteral("deviation_bps")).toDouble();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return s.value(QStringLiteral("name")).toString();
    case KindRole: return s.value(QStringLiteral("kind")).toString();
    case EnabledRole: return s.value(QStringLiteral("enabled")).toBool(true);
    case StatusRole: return status(s);
    case StatusLabelRole: {
        const QString st = status(s);
        if (st == QLatin1String("included"))
            return tr("Included");
        if (st == QLatin1String("excluded"))
            return tr("Excluded");
        if (st == QLatin1String("disabled"))
            return tr("Disabled");
        return tr("Silent", "a source without recent quotes");
    }
    case StatusToneRole: {
        const QString st = status(s);
        return st == QLatin1String("included") ? QStringLiteral("success")
               : st == QLatin1String("excluded") ? QStringLiteral("danger")
                                                 : QStringLiteral("neutral");
    }
    case ReasonRole: return OracleLabels::quoteReason(s.value(QStringLiteral("reason")).toString(), s.value(QStringLiteral("enabled")).toBool(true), hasRate);
    case RateRole: return hasRate ? OracleLabels::rate(s.value(QStringLiteral("last_rate")).toString()) : QString();
    case RateTextRole: return s.value(QStringLiteral("last_rate")).toString();
    case AgeRole: return hasRate ? OracleLabels::age(qint64(s.value(QStringLiteral("age_s")).toDouble())) : QString();
    case AgeSecondsRole: return hasRate ? s.value(QStringLiteral("age_s")).toDouble() : -1.0;
    case DeviationRole: return hasDeviation ? OracleLabels::bps(deviation) : QString();
    case DeviationBpsRole: return deviation;
    case DeviationToneRole:
        return !hasDeviation ? QStringLiteral("neutral")
               : std::abs(deviation) > kOutlierBps ? QStringLiteral("danger")
               : std::abs(deviation) >= kWarnBps ? QStringLiteral("warning")
                                                 : QStringLiteral("neutral");
    case UrlRole: return s.value(QStringLiteral("url")).toString();
    }
    return {};
}

QHash<int, QByteArray> OracleSourcesModel::roleNames() const
{
    return {{NameRole, "name"},           {KindRole, "kind"},         {EnabledRole, "enabled"},     {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"}, {StatusToneRole, "statusTone"}, {ReasonRole, "reason"}, {RateRole, "rate"},
            {RateTextRole, "rateText"},   {AgeRole, "age"},           {AgeSecondsRole, "ageSeconds"}, {DeviationRole, "deviation"},
            {DeviationBpsRole, "deviationBps"}, {DeviationToneRole, "deviationTone"}, {UrlRole, "url"}};
}

int OracleSourcesModel::includedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const QJsonObject &s) { return status(s) == QLatin1String("included"); }));
}

QVariantMap OracleSourcesModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

void OracleSourcesModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void OracleSourcesModel::load(const QString &pair)
{
    const quint64 request = ++m_request;
    if (pair != m_pair) {
        beginResetModel();
        m_rows.clear();
        m_pair = pair;
        m_ready = false;
        endResetModel();
        Q_EMIT loaded();
    }
    if (pair.isEmpty()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    m_session.call(this, QStringLiteral("oracle.sources"), {{QStringLiteral("pair"), pair}}, [this, request, pair](const Result<QJsonValue> &r) {
        if (request != m_request)
            return;
        setLoading(false);
        if (!r) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
            m_ready = false;
            m_error->set(tr("Could not load the sources of %1").arg(pair), r.error());
            Q_EMIT loaded();
            return;
        }
        m_error->clear();
        QList<QJsonObject> rows;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray())
            rows.append(v.toObject());
        // Refresh in place when the same sources come back (the table keeps its scroll position).
        bool same = rows.size() == m_rows.size();
        for (qsizetype i = 0; same && i < rows.size(); ++i)
            same = rows.at(i).value(QStringLiteral("name")) == m_rows.at(i).value(QStringLiteral("name"));
        if (same) {
            m_rows = rows;
            if (!rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(rows.size()) - 1));
        } else {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        }
        m_ready = true;
        Q_EMIT loaded();
    });
}

} // namespace nexus
