#pragma once
// Oracle alerts (oracle.alerts), newest first, a page at a time: breaker trips, resets and manual
// prices, with who acknowledged them. Filters: one feed or all, open only.

#include "errorinfo.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;

class OracleAlertsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Oracle controller")
    Q_PROPERTY(QString pair READ pair WRITE setPair NOTIFY filterChanged)         // "" = every feed
    Q_PROPERTY(bool openOnly READ openOnly WRITE setOpenOnly NOTIFY filterChanged)
    Q_PROPERTY(int total READ total NOTIFY loaded)
    Q_PROPERTY(int openCount READ openCount NOTIFY openCountChanged)              // unacknowledged, every feed
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY loaded)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
public:
    enum Roles { IdRole = Qt::UserRole + 1, PairRole, TimeRole, KindRole, KindLabelRole, CriticalRole, MessageRole,
                 AcknowledgedRole, AckedByRole, AckedTimeRole, AckNoteRole };
    Q_ENUM(Roles)

    explicit OracleAlertsModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString pair() const { return m_pair; }
    void setPair(const QString &pair);
    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);
    int total() const { return m_total; }
    int openCount() const { return m_openCount; }
    bool loading() const { return m_loading; }
    bool ready() const { return m_ready; }
    ErrorInfo *error() const { return m_error; }
    void setPageSize(int size) { m_pageSize = size; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void filterChanged();
    void loadingChanged();
    void openCountChanged();
    void loaded();

private:
    QJsonObject filterArgs() const;
    void setLoading(bool loading);
    void loadOpenCount();

    Session &m_session;
    ErrorInfo *m_error;
    QList<QJsonObject> m_rows;
    QString m_pair;
    bool m_openOnly = false;
    int m_total = 0;
    int m_openCount = 0;
    int m_pageSize = 50;
    bool m_loading = false;
    bool m_ready = false;
    quint64 m_generation = 0; // bumped by every reload so older pages are dropped
};

} // namespace nexus
