#include "localapicontroller.h"

#include "httpapi/httpapi.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace nexus {

LocalApiController::LocalApiController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_error(new ErrorInfo(this))
{
    m_thread.setObjectName(QStringLiteral("nexus-http"));
    connect(&m_session, &Session::callerChanged, this, [this] {
        forgetNewToken();
        refreshTokens();
    });
    // The request count, read from the server's thread now and then while it runs.
    auto *poll = new QTimer(this);
    poll->setInterval(1000);
    connect(poll, &QTimer::timeout, this, [this] {
        if (!m_api)
            return;
        const qint64 n = m_api->served();
        if (n != m_served) {
            m_served = n;
            Q_EMIT servedChanged();
        }
    });
    poll->start();
}

LocalApiController::~LocalApiController()
{
    setRunning(false);
}

void LocalApiController::setPort(int port)
{
    port = std::clamp(port, 0, 65535);
    if (port == m_port)
        return;
    m_port = port;
    Q_EMIT portChanged();
}

QString LocalApiController::url() const
{
    return running() ? QStringLiteral("http://127.0.0.1:%1").arg(m_runningPort) : QString();
}

void LocalApiController::setRunning(bool on)
{
    if (on == running())
        return;
    m_error->clear();
    if (!on) {
        shutDown();
        m_runningPort = 0;
        Q_EMIT runningChanged();
        return;
    }
    http::HttpApiOptions options;
    options.port = quint16(m_port);
    m_api = new http::HttpApi(m_session.gateway(), m_session.gateway().reader(), options);
    m_api->moveToThread(&m_thread);
    m_thread.start();
    Result<quint16> started = Error::make(ErrorCode::Internal, QString());
    // The server's sockets belong to its thread, so it starts listening there.
    QMetaObject::invokeMethod(m_api, [api = m_api, &started] { started = api->start(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        shutDown();
        m_error->set(tr("Could not start the local API"), started.error());
        return;
    }
    m_runningPort = *started;
    Q_EMIT runningChanged();
    refreshTokens();
}

void LocalApiController::shutDown()
{
    // The server is deleted on its own thread, where its sockets live.
    QMetaObject::invokeMethod(m_api, [api = m_api] { delete api; }, Qt::BlockingQueuedConnection);
    m_api = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void LocalApiController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void LocalApiController::refreshTokens()
{
    if (!m_session.hasCaller())
        return;
    m_session.call(this, QStringLiteral("tokens.list"), {}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_error->set(tr("Could not list your API tokens"), r.error());
            return;
        }
        m_tokens = r->toObject().value(QStringLiteral("items")).toArray().toVariantList();
        Q_EMIT tokensChanged();
    });
}

void LocalApiController::createToken(const QString &name)
{
    m_error->clear();
    setBusy(true);
    m_session.call(this, QStringLiteral("tokens.create"), {{QStringLiteral("name"), name.trimmed()}}, [this](const Result<QJsonValue> &r) {
        setBusy(false);
        if (!r) {
            m_error->set(tr("Could not create the token"), r.error());
            return;
        }
        m_newToken = r->toObject().value(QStringLiteral("token")).toString();
        Q_EMIT newTokenChanged();
        refreshTokens();
    });
}

void LocalApiController::revokeToken(double id)
{
    m_error->clear();
    m_session.call(this, QStringLiteral("tokens.revoke"), {{QStringLiteral("id"), qint64(id)}}, [this](const Result<QJsonValue> &r) {
        if (!r)
            m_error->set(tr("Could not revoke the token"), r.error());
        refreshTokens();
    });
}

void LocalApiController::forgetNewToken()
{
    if (m_newToken.isEmpty())
        return;
    m_newToken.clear();
    Q_EMIT newTokenChanged();
}

} // namespace nexus
