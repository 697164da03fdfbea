#include "apiserver.h"

#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <sys/socket.h>

namespace nexus::http {

namespace {

constexpr qint64 kHeaderAllowance = 64 * 1024; // request line and headers on top of the body limit
constexpr int kDrainMs = 2000;                 // how long a refused upload is read and dropped
const QString kGuardName = QStringLiteral("nexus-http-connection-guard");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status < 400 ? "OK" : "Error";
    }
}

void writeResponse(QTcpSocket *socket, const ApiResponse &r, bool close)
{
    QByteArray head;
    head.reserve(256 + r.body.size());
    head += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    head += "Content-Type: " + r.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    head += r.body; // one write: a head and body sent apart wait on the peer's delayed ACK
    socket->write(head);
}

// Watches one connection for the server: timeouts, the body limit, and answers in request order.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const ServerLimits &limits)
        : QObject(socket), m_socket(socket), m_limits(limits)
    {
        setObjectName(kGuardName);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
        m_answerTimer.setSingleShot(true);
        connect(&m_answerTimer, &QTimer::timeout, this, &ConnectionGuard::onAnswerDue);
        // Connected before the HTTP server's own handler, so this sees every chunk first.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        m_timer.start(m_limits.idleTimeoutMs);
    }

    // (No Q_OBJECT, so found by name: findChild<ConnectionGuard *> would match any QObject.)
    static ConnectionGuard *of(QTcpSocket *socket)
    {
        return static_cast<ConnectionGuard *>(socket->findChild<QObject *>(kGuardName, Qt::FindDirectChildrenOnly));
    }

    // A complete request arrived: it gets the next place in the answer queue.
    quint64 open(bool closeAfter)
    {
        m_received = 0;
        m_reading = false;
        m_timer.stop();
        m_slots.push_back(Slot{m_next, false, closeAfter, QDeadlineTimer(m_limits.requestTimeoutMs), {}});
        if (!m_answerTimer.isActive())
            armAnswerTimer();
        return m_next++;
    }

    void complete(quint64 id, ApiResponse response)
    {
        for (Slot &s : m_slots)
            if (s.id == id && !s.done) {
                s.done = true;
                s.response = std::move(response);
                break;
            }
        flush();
    }

private:
    struct Slot {
        quint64 id;
        bool done;
        bool close;
        QDeadlineTimer due; // when the client gets 504 instead
        ApiResponse response;
    };

    // One timer per connection watches the answers' deadlines: a timer per request would pile up
    // (thousands a second, each kept for the whole timeout) and slow every timer in the thread.
    // Requests are answered in order and their deadlines rise with it, so the first unanswered
    // one is due first. The timer may stay armed for an answered request; it then re-arms.
    void armAnswerTimer()
    {
        for (const Slot &s : m_slots)
            if (!s.done) {
                m_answerTimer.start(std::max<qint64>(0, s.due.remainingTime()));
                return;
            }
    }

    void onAnswerDue()
    {
        bool expired = false;
        for (Slot &s : m_slots)
            if (!s.done && s.due.hasExpired()) {
                s.done = true;
                s.response = ApiServer::errorResponse(
                    504, QStringLiteral("timeout"),
                    QStringLiteral("The request took longer than %1 ms; a change it asked for may still complete.").arg(m_limits.requestTimeoutMs),
                    QStringLiteral("Check the result (e.g. the list it would change) before sending it again."));
                expired = true;
            }
        const QPointer<ConnectionGuard> alive(this);
        if (expired)
            flush(); // may close the connection, and this guard with it
        if (alive)
            armAnswerTimer();
    }

    void flush()
    {
        while (!m_slots.empty() && m_slots.front().done) {
            const Slot s = std::move(m_slots.front());
            m_slots.pop_front();
            writeResponse(m_socket, s.response, s.close);
            if (s.close) {
                m_slots.clear();
                m_socket->disconnectFromHost();
                return;
            }
        }
        if (m_slots.empty() && !m_reading)
            m_timer.start(m_limits.idleTimeoutMs);
    }

    void onReadyRead()
    {
        if (m_refused) {
            m_socket->readAll(); // a refused upload: read and drop until the client stops
            return;
        }
        if (!m_reading && m_slots.empty()) {
            m_reading = true;
            m_timer.start(m_limits.headerTimeoutMs);
        }
        m_received += m_socket->bytesAvailable();
        if (m_received > m_limits.maxBodyBytes + kHeaderAllowance)
            refuse(ApiServer::errorResponse(413, QStringLiteral("payload_too_large"),
                                            QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes),
                                            QStringLiteral("Send less at once (telemetry: several batches).")));
    }

    void onTimeout()
    {
        if (m_refused) {
            m_socket->abort();
        } else if (m_reading) {
            refuse(ApiServer::errorResponse(408, QStringLiteral("request_timeout"),
                                            QStringLiteral("The request did not arrive completely within %1 ms.").arg(m_limits.headerTimeoutMs)));
        } else if (m_slots.empty()) {
            m_socket->disconnectFromHost(); // idle keep-alive connection
        }
    }

    // Answers at once and stops reading requests from this connection: the answer goes out, the
    // sending side closes, and whatever the client still sends is dropped for a moment (closing
    // with unread data would reset the connection before the client reads the answer).
    void refuse(const ApiResponse &r)
    {
        m_refused = true;
        m_slots.clear();
        disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->readAll();
        writeResponse(m_socket, r, true);
        m_socket->flush();
        const auto shutWrite = [s = QPointer<QTcpSocket>(m_socket)] {
            if (s && s->bytesToWrite() == 0 && s->socketDescriptor() >= 0)
                ::shutdown(int(s->socketDescriptor()), SHUT_WR);
        };
        if (m_socket->bytesToWrite() == 0)
            shutWrite();
        else
            connect(m_socket, &QTcpSocket::bytesWritten, this, shutWrite);
        m_timer.start(kDrainMs);
    }

    QTcpSocket *m_socket;
    ServerLimits m_limits;
    QTimer m_timer;
    QTimer m_answerTimer;
    qint64 m_received = 0;
    bool m_reading = false;
    bool m_refused = false;
    std::deque<Slot> m_slots;
    quint64 m_next = 1;
};

class LoopbackTcpServer : public QTcpServer
{
public:
    LoopbackTcpServer(const ServerLimits &limits, QObject *parent) : QTcpServer(parent), m_limits(limits) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // answers go out when written
        new ConnectionGuard(socket, m_limits);
        addPendingConnection(socket);
    }

private:
    ServerLimits m_limits;
};

} // namespace

ApiServer::ApiServer(ServerLimits limits, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_limits(limits), m_handler(std::move(handler))
{
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listenLoopback(quint16 port)
{
    close();
    auto *tcp = new LoopbackTcpServer(m_limits, this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error::make(ErrorCode::Conflict, QStringLiteral("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(why),
                           QStringLiteral("Another program may use the port; choose another with --port, or 0 for any free port."));
    }
    m_tcp = tcp;
    bind(tcp);
    return tcp->serverPort();
}

quint16 ApiServer::port() const
{
    return m_tcp && m_tcp->isListening() ? m_tcp->serverPort() : 0;
}

void ApiServer::close()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    for (QTcpSocket *s : m_tcp->findChildren<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly))
        s->disconnectFromHost();
    m_tcp->deleteLater();
    m_tcp = nullptr;
}

ApiResponse ApiServer::errorResponse(int status, const QString &code, const QString &message, const QString &hint)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!hint.isEmpty())
        e.insert(QStringLiteral("hint"), hint);
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact);
    return r;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    if (!guard)
        return false;
    const bool closeAfter = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    const quint64 id = guard->open(closeAfter);
    if (request.body().size() > m_limits.maxBodyBytes) {
        guard->complete(id, errorResponse(413, QStringLiteral("payload_too_large"),
                                          QStringLiteral("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes)));
        return true;
    }
    ApiRequest r;
    static const QByteArray kMethods[] = {"GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: r.method = kMethods[0]; break;
    case QHttpServerRequest::Method::Put: r.method = kMethods[1]; break;
    case QHttpServerRequest::Method::Delete: r.method = kMethods[2]; break;
    case QHttpServerRequest::Method::Post: r.method = kMethods[3]; break;
    case QHttpServerRequest::Method::Head: r.method = kMethods[4]; break;
    case QHttpServerRequest::Method::Options: r.method = kMethods[5]; break;
    case QHttpServerRequest::Method::Patch: r.method = kMethods[6]; break;
    default: r.method = "OTHER"; break;
    }
    const QUrl url = request.url();
    r.path = url.path();
    r.query = QUrlQuery(url);
    r.authorization = request.value("authorization");
    r.body = request.body();

    // A late answer (after the 504) finds its place answered and is dropped.
    m_handler(std::move(r), [weak = QPointer<ConnectionGuard>(guard), id](ApiResponse response) {
        if (weak)
            weak->complete(id, std::move(response));
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest answers everything; only a socket without a guard lands here.
    writeResponse(socket, errorResponse(500, QStringLiteral("internal"), QStringLiteral("The connection was not set up.")), true);
    socket->disconnectFromHost();
}

} // namespace nexus::http
