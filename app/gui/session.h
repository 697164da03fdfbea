#pragma once
// The app session: the open profile, the identity the user acts as, the system state banners,
// the theme and the current panel. Every controller calls the gateway through it.

#include "backend.h"
#include "errorinfo.h"
#include "whenready.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace nexus {

class DbThread;
class DemoSeeding;
class Throttle;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString profileDir READ profileDir CONSTANT)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(QString demoPassphrase READ demoPassphrase CONSTANT)
    Q_PROPERTY(nexus::DemoSeeding *seeding READ seeding CONSTANT)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
    Q_PROPERTY(QVariantList identities READ identities NOTIFY identitiesChanged)
    Q_PROPERTY(bool hasCaller READ hasCaller NOTIFY callerChanged)
    Q_PROPERTY(QString activeName READ activeName NOTIFY callerChanged)
    Q_PROPERTY(QString activeDisplayName READ activeDisplayName NOTIFY callerChanged)
    Q_PROPERTY(QString activePrincipal READ activePrincipal NOTIFY callerChanged)
    Q_PROPERTY(QString activeRole READ activeRole NOTIFY callerChanged)
    Q_PROPERTY(QStringList activePermissions READ activePermissions NOTIFY callerChanged)
    Q_PROPERTY(bool maintenance READ maintenance NOTIFY systemStateChanged)
    Q_PROPERTY(QString maintenanceMessage READ maintenanceMessage NOTIFY systemStateChanged)
    Q_PROPERTY(bool emergency READ emergency NOTIFY systemStateChanged)
    Q_PROPERTY(QString emergencyReason READ emergencyReason NOTIFY systemStateChanged)
    Q_PROPERTY(QString emergencySince READ emergencySince NOTIFY systemStateChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(int currentPanel READ currentPanel WRITE setCurrentPanel NOTIFY currentPanelChanged)
public:
    Session(Backend &backend, bool demo, QObject *parent = nullptr);
    ~Session() override;

    // QML singletons: main() builds the object graph and registers the instance; the engine's
    // call to create() hands that C++-owned instance to QML instead of constructing one.
    static void setInstance(Session *session);
    static Session *create(QQmlEngine *, QJSEngine *);

    Backend &backend() { return m_backend; }
    Gateway &gateway() { return m_backend.gateway(); }
    CallContext callContext() const;
    // Bumped on every identity switch so late answers for the previous identity are dropped.
    quint64 callerGeneration() const { return m_generation; }

    // Calls the gateway as the active identity; `callback(const Result<QJsonValue> &)` runs on
    // the GUI thread only while `context` exists (see whenready.h). The call waits on a small
    // worker pool, never on the GUI thread.
    template<typename Callback>
    void call(QObject *context, const QString &method, QJsonObject args, Callback callback)
    {
        whenReady(callAsync(method, std::move(args)), context, std::move(callback));
    }
    QFuture<Result<QJsonValue>> callAsync(const QString &method, QJsonObject args);
    // Runs `fn(Gateway &, const CallContext &)` on the call pool as the active identity, for
    // work made of several gateway calls (a history page with the price at each row's time).
    template<typename T, typename Fn>
    QFuture<T> runAsync(Fn fn)
    {
        return QtConcurrent::run(&m_callPool, [gw = &gateway(), ctx = callContext(), fn = std::move(fn)] { return fn(*gw, ctx); });
    }

    void start(); // first loads: identities, system state
    Q_INVOKABLE void notify(const QString &message) { Q_EMIT notice(message); }

    QString version() const;
    QString profileDir() const { return m_backend.profileDir(); }
    bool demo() const { return m_demo; }
    QString demoPassphrase() const;
    DemoSeeding *seeding() const { return m_seeding; }
    ErrorInfo *error() const { return m_error; }
    QVariantList identities() const { return m_identities; }
    bool hasCaller() const { return !m_activePrincipal.isEmpty(); }
    QString activeName() const { return m_activeName; }
    QString activeDisplayName() const { return m_activeDisplayName; }
    QString activePrincipal() const { return m_activePrincipal; }
    QString activeRole() const { return m_activeRole; }
    QStringList activePermissions() const { return m_activePermissions; }
    bool maintenance() const { return m_state.maintenance; }
    QString maintenanceMessage() const { return m_state.maintenanceMessage; }
    bool emergency() const { return m_state.emergency; }
    QString emergencyReason() const { return m_state.emergencyReason; }
    QString emergencySince() const;
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    int currentPanel() const { return m_currentPanel; }
    void setCurrentPanel(int index);

    Q_INVOKABLE void switchIdentity(const QString &name);
    Q_INVOKABLE bool holds(const QString &permission) const { return m_activePermissions.contains(permission); }
    Q_INVOKABLE QString shortPrincipal(const QString &principal) const;
    Q_INVOKABLE QString identityName(const QString &principal) const { return m_namesByPrincipal.value(principal); }
    // The identity's name when it is in the key store, else the shortened principal.
    QString displayName(const QString &principal) const
    {
        const QString name = identityName(principal);
        return name.isEmpty() ? shortPrincipal(principal) : name;
    }
    // Translated display names of the backend's role and KYC identifiers.
    Q_INVOKABLE QString roleLabel(const QString &role) const;
    Q_INVOKABLE QString kycLabel(const QString &status) const;
    // Short label of an audit outcome ("ok" or an error code name).
    Q_INVOKABLE QString outcomeLabel(const QString &outcome) const;
    Q_INVOKABLE void copyToClipboard(const QString &text);

Q_SIGNALS:
    void identitiesChanged();
    void callerChanged();
    // The acting principal, its role or its permissions changed: reload what depends on them.
    void accessChanged();
    void systemStateChanged();
    void darkChanged();
    void currentPanelChanged();
    void notice(const QString &message);

private:
    void loadIdentities();
    void loadWhoami();
    void readSystemState();
    void activate(const QVariantMap &identity);

    Backend &m_backend;
    QThreadPool m_callPool; // gateway calls wait here, never on the GUI thread
    bool m_demo = false;
    DemoSeeding *m_seeding = nullptr;
    ErrorInfo *m_error = nullptr;
    Throttle *m_identitiesThrottle = nullptr;
    Throttle *m_whoamiThrottle = nullptr;
    QVariantList m_identities;
    QHash<QString, QString> m_namesByPrincipal;
    quint64 m_generation = 0;
    quint64 m_accessGeneration = 0;
    QString m_activeName;
    QString m_activeDisplayName;
    QString m_activePrincipal;
    QString m_activeRole;
    QStringList m_activePermissions;
    SystemState m_state;
    bool m_dark = false;
    int m_currentPanel = 0;
};

} // namespace nexus
