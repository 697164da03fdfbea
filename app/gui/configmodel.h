#pragma once
// The configuration keys with their current value and version (system.config_get).

#include <QAbstractListModel>
#include <QJsonValue>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;

struct ConfigEntry {
    QString key;
    QJsonValue value;
    qint64 version = 0;
    QString changedBy; // principal text
    qint64 changedNs = 0;
    bool operator==(const ConfigEntry &o) const
    {
        return key == o.key && value == o.value && version == o.version && changedBy == o.changedBy && changedNs == o.changedNs;
    }
};

class ConfigModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Config controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Roles { KeyRole = Qt::UserRole + 1, GroupRole, ValueTextRole, VersionRole, ChangedByRole, ChangedAtRole,
                 IsFlagRole, ManagedRole };
    Q_ENUM(Roles)

    ConfigModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    // Replaces the entries, updating rows in place when the keys are the same.
    void setEntries(const QList<ConfigEntry> &entries);
    const QList<ConfigEntry> &entries() const { return m_entries; }
    const ConfigEntry *find(const QString &key) const;
    Q_INVOKABLE QString keyAt(int row) const { return row >= 0 && row < m_entries.size() ? m_entries.at(row).key : QString(); }

Q_SIGNALS:
    void countChanged();

private:
    Session &m_session;
    QList<ConfigEntry> m_entries;
};

} // namespace nexus
