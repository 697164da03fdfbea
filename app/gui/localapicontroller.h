#pragma once
// The app's switch for the local HTTP API (QML singleton "LocalApi"): serves the profile's
// gateway on 127.0.0.1 from a thread of its own (the GUI thread never handles a request), and
// manages the active identity's bearer tokens — a new one is shown once, then only its prefix.

#include "errorinfo.h"
#include "qmlsingleton.h"

#include <QObject>
#include <QThread>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace nexus {

class Session;
namespace http {
class HttpApi;
}

class LocalApiController : public QObject, public QmlSingleton<LocalApiController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(LocalApi)
    QML_SINGLETON
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY portChanged)
    Q_PROPERTY(QString url READ url NOTIFY runningChanged)
    Q_PROPERTY(double served READ served NOTIFY servedChanged)
    Q_PROPERTY(QVariantList tokens READ tokens NOTIFY tokensChanged)
    Q_PROPERTY(QString newToken READ newToken NOTIFY newTokenChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    explicit LocalApiController(Session &session, QObject *parent = nullptr);
    ~LocalApiController() override;

    bool running() const { return m_runningPort != 0; }
    int port() const { return m_port; }
    void setPort(int port);
    QString url() const;
    double served() const { return double(m_served); }
    QVariantList tokens() const { return m_tokens; }
    QString newToken() const { return m_newToken; }
    bool busy() const { return m_busy; }
    ErrorInfo *error() const { return m_error; }

    Q_INVOKABLE void setRunning(bool on);
    Q_INVOKABLE void refreshTokens();
    Q_INVOKABLE void createToken(const QString &name);
    Q_INVOKABLE void revokeToken(double id);
    Q_INVOKABLE void forgetNewToken();

Q_SIGNALS:
    void runningChanged();
    void portChanged();
    void servedChanged();
    void tokensChanged();
    void newTokenChanged();
    void busyChanged();

private:
    void setBusy(bool busy);
    void shutDown(); // deletes the server and stops its thread
    Session &m_session;
    ErrorInfo *m_error;
    QThread m_thread;
    http::HttpApi *m_api = nullptr; // lives on m_thread
    int m_port = 8787;
    quint16 m_runningPort = 0;
    qint64 m_served = 0;
    QVariantList m_tokens;
    QString m_newToken;
    bool m_busy = false;
};

} // namespace nexus
