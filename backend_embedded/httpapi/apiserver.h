#pragma once
// The HTTP transport of the local API on Qt HTTP Server: listens on 127.0.0.1 only, hands each
// complete request to one handler that may answer later (answers go out in request order on a
// keep-alive connection), and guards every connection: a request must arrive within the header
// timeout, an idle connection closes after the idle timeout, and a body over the limit is
// refused with 413 before it is all read.

#include "apimessage.h"
#include "result.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpServer;

namespace nexus::http {

struct ServerLimits {
    qint64 maxBodyBytes = 1 << 20;
    int headerTimeoutMs = 10000;  // first byte of a request → the whole request
    int idleTimeoutMs = 30000;    // nothing in flight and nothing arriving
    int requestTimeoutMs = 30000; // the handler's answer; after it the client gets 504
};

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Reply = std::function<void(ApiResponse)>;
    using Handler = std::function<void(ApiRequest, Reply)>;

    ApiServer(ServerLimits limits, Handler handler, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on 127.0.0.1:port (0: any free port). Returns the port.
    Result<quint16> listenLoopback(quint16 port);
    quint16 port() const;
    void close();
    const ServerLimits &limits() const { return m_limits; }

    // The JSON error body every refusal uses: {"error": {"code", "message"}}.
    static ApiResponse errorResponse(int status, const QString &code, const QString &message, const QString &hint = {});

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ServerLimits m_limits;
    Handler m_handler;
    QTcpServer *m_tcp = nullptr;
};

} // namespace nexus::http
