#pragma once
// The local HTTP API: the gateway for other programs on this machine (Unity clients, scripts),
// on 127.0.0.1 only. Every route but /health and the OpenAPI document needs a bearer token from
// tokens.create; calls run through the gateway as the token's identity (its rules, rate limits
// and audit), on a worker pool so the server thread only parses and answers.

#include "apiroutes.h"
#include "apiserver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>

#include <atomic>

namespace nexus {
class DbThread;
class Gateway;
enum class ErrorCode;
}

namespace nexus::http {

class TokenVerifier;

struct HttpApiOptions {
    quint16 port = 8787;
    ServerLimits limits;
    int workers = 8; // gateway calls in flight at once
};

class HttpApi : public QObject
{
    Q_OBJECT
public:
    HttpApi(Gateway &gateway, DbThread *reader, HttpApiOptions options = {}, QObject *parent = nullptr);
    ~HttpApi() override;

    Result<quint16> start(); // listens on 127.0.0.1:options.port (0: any free port)
    void stop();
    bool running() const { return port() != 0; }
    quint16 port() const;
    qint64 served() const { return m_served.load(std::memory_order_relaxed); } // any thread

    const Gateway &gateway() const { return m_gateway; }
    QJsonObject health() const;
    const QByteArray &openApiDocument() const { return m_openApi; }

    static int statusFor(ErrorCode code);
    static ApiResponse errorFor(const struct Error &e);

Q_SIGNALS:
    void runningChanged();

private:
    void handle(ApiRequest request, ApiServer::Reply reply);
    void dispatch(const Route &route, RouteInput input, ApiServer::Reply reply);

    Gateway &m_gateway;
    HttpApiOptions m_options;
    ApiServer *m_server;
    TokenVerifier *m_tokens;
    QThreadPool m_pool;
    QList<Route> m_routes;
    QByteArray m_openApi;
    QElapsedTimer m_uptime;
    std::atomic<qint64> m_served{0};
};

// The OpenAPI 3 document of the routes and of every gateway method (openapi.cpp).
QJsonObject openApiDocument(const QList<Route> &routes, const Gateway &gateway);

} // namespace nexus::http
