#include "configmodel.h"

#include "format.h"
#include "jsondiff.h"
#include "session.h"

namespace nexus {

ConfigModel::ConfigModel(Session &session, QObject *parent) : QAbstractListModel(parent), m_session(session) {}

int ConfigModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConfigModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfigEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case KeyRole: return e.key;
    case GroupRole: return e.key.section(QLatin1Char('.'), 0, 0);
    case ValueTextRole: return jsondiff::compact(e.value);
    case VersionRole: return e.version;
    case ChangedByRole: {
        const QString name = m_session.identityName(e.changedBy);
        return name.isEmpty() ? fmt::shortPrincipal(e.changedBy) : name;
    }
    case ChangedAtRole: return fmt::timeFromNs(e.changedNs);
    case IsFlagRole: return e.key.startsWith(QLatin1String("feature."));
    case ManagedRole: return e.key.startsWith(QLatin1String("system.")); // changed by their own methods only
    }
    return {};
}

QHash<int, QByteArray> ConfigModel::roleNames() const
{
    return {{KeyRole, "key"}, {GroupRole, "group"}, {ValueTextRole, "valueText"}, {VersionRole, "version"},
            {ChangedByRole, "changedBy"}, {ChangedAtRole, "changedAt"}, {IsFlagRole, "isFlag"}, {ManagedRole, "managed"}};
}

void ConfigModel::setEntries(const QList<ConfigEntry> &entries)
{
    bool sameKeys = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameKeys && i < entries.size(); ++i)
        sameKeys = entries[i].key == m_entries[i].key;
    if (sameKeys) {
        for (qsizetype i = 0; i < entries.size(); ++i)
            if (!(entries[i] == m_entries[i])) {
                m_entries[i] = entries[i];
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    Q_EMIT countChanged();
}

const ConfigEntry *ConfigModel::find(const QString &key) const
{
    for (const ConfigEntry &e : m_entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

} // namespace nexus
