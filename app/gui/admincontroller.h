#pragma once
// Admin → Users and System: the selected user and the actions on users (role, KYC, grants,
// disable, remove), maintenance mode and the emergency stop. Every action reports its error.

#include "qmlsingleton.h"
#include "errorinfo.h"
#include "permissionmatrix.h"
#include "usersmodel.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class AdminController : public QObject, public QmlSingleton<AdminController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Admin)
    QML_SINGLETON
    Q_PROPERTY(nexus::UsersModel *users READ users CONSTANT)
    Q_PROPERTY(nexus::PermissionMatrix *matrix READ matrix CONSTANT)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedPrincipal READ selectedPrincipal NOTIFY selectedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QStringList assignableRoles READ assignableRoles CONSTANT)
    Q_PROPERTY(QStringList kycStates READ kycStates CONSTANT)
    Q_PROPERTY(QVariantMap status READ status NOTIFY statusChanged)
    // The latest system.* audit entries (maintenance, emergency stop, configuration), newest first.
    Q_PROPERTY(QVariantList systemEvents READ systemEvents NOTIFY statusChanged)
    Q_PROPERTY(QString systemEventsProblem READ systemEventsProblem NOTIFY statusChanged)
public:
    explicit AdminController(Session &session, QObject *parent = nullptr);

    UsersModel *users() const { return m_users; }
    PermissionMatrix *matrix() const { return m_matrix; }
    ErrorInfo *error() const { return m_error; }
    QVariantMap selected() const { return m_selected; }
    QString selectedPrincipal() const { return m_selectedPrincipal; }
    bool busy() const { return m_busy; }
    QStringList assignableRoles() const;
    QStringList kycStates() const;
    QVariantMap status() const { return m_status; }
    QVariantList systemEvents() const { return m_systemEvents; }
    QString systemEventsProblem() const { return m_systemEventsProblem; }

    Q_INVOKABLE void select(const QString &principal);
    Q_INVOKABLE void setRole(const QString &principal, const QString &role);
    Q_INVOKABLE void setKyc(const QString &principal, const QString &status, const QString &note);
    Q_INVOKABLE void grantPermission(const QString &principal, const QString &permission);
    Q_INVOKABLE void revokePermission(const QString &principal, const QString &permission);
    Q_INVOKABLE void setDisabled(const QString &principal, bool disabled);
    Q_INVOKABLE void removeUser(const QString &principal);

    Q_INVOKABLE void setMaintenance(bool enabled, const QString &message);
    Q_INVOKABLE void emergencyStop(const QString &reason);
    Q_INVOKABLE void resume(const QString &note);
    Q_INVOKABLE void refreshStatus();

Q_SIGNALS:
    void selectedChanged();
    void busyChanged();
    void statusChanged();
    // The last action's outcome; tests and the UI's toasts listen.
    void succeeded(const QString &message);
    void failed(const QString &title);

private:
    void run(const QString &method, const QJsonObject &args, const QString &failTitle,
             std::function<QString(const QJsonObject &)> successMessage);
    void setSelected(const QJsonObject &user);
    QString nameOf(const QString &principal) const;

    Session &m_session;
    UsersModel *m_users;
    PermissionMatrix *m_matrix;
    ErrorInfo *m_error;
    QVariantMap m_selected;
    QVariantMap m_status;
    QVariantList m_systemEvents;
    QString m_systemEventsProblem;
    Throttle *m_statusThrottle;
    QString m_selectedPrincipal;
    quint64 m_selectedRequest = 0; // answers to older users.get calls are dropped
    int m_busyCount = 0;
    bool m_busy = false;
};

} // namespace nexus
