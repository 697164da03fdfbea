#pragma once
// Users from users.list, a page at a time (fetchMore), with search and role / KYC filters.
// Refreshes the loaded rows in place when the "users" topic changes.

#include "errorinfo.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class UsersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Admin controller")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(QString roleFilter READ roleFilter WRITE setRoleFilter NOTIFY filterChanged)
    Q_PROPERTY(QString kycFilter READ kycFilter WRITE setKycFilter NOTIFY filterChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
public:
    enum Roles { PrincipalRole = Qt::UserRole + 1, NameRole, EmailRole, UserRoleRole, KycRole, KycNoteRole,
                 DisabledRole, PermissionsRole, GrantedRole, BioRole };
    Q_ENUM(Roles)

    explicit UsersModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString roleFilter() const { return m_role; }
    void setRoleFilter(const QString &role);
    QString kycFilter() const { return m_kyc; }
    void setKycFilter(const QString &kyc);
    int total() const { return m_total; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    ErrorInfo *error() const { return m_error; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = size; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    Q_INVOKABLE int rowOf(const QString &principal) const;
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void filterChanged();
    void totalChanged();
    void loadingChanged();
    void pageLoaded(); // tests wait on this

private:
    QJsonObject filterArgs() const;
    void refreshLoaded();
    void setLoading(bool loading);
    void setTotal(int total);

    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_reloadSoon;   // typing in the search field
    Throttle *m_refresh;      // "users" change events
    QList<QJsonObject> m_rows;
    QString m_query;
    QString m_role;
    QString m_kyc;
    int m_total = 0;
    int m_pageSize = 100;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_denied = false;    // the caller may not list users: do not retry on every change event
    quint64 m_generation = 0; // bumped by every reset so stale pages are dropped
};

} // namespace nexus
