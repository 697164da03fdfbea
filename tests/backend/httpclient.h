#pragma once
// A raw HTTP/1.1 client for the local API's tests: it writes exactly the bytes a test gives (so
// tests can send broken, oversized, partial or pipelined requests) and spins the event loop while
// it waits, because the server under test runs on the same thread.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace nexus::test {

struct HttpReply {
    int status = 0;         // 0: no complete answer
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
    QString errorMessage() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(); }
};

class HttpConnection
{
public:
    explicit HttpConnection(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // The next complete answer on this connection.
    HttpReply read(int timeoutMs = 15000)
    {
        HttpReply r;
        (void)QTest::qWaitFor([&] { // a missing answer shows as status 0
            m_buffer += m_socket.readAll();
            return parse(&r) || m_socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
        if (!r.status)
            parse(&r);
        return r;
    }
    // True when the server closes the connection within `timeoutMs`.
    bool waitClosed(int timeoutMs)
    {
        return QTest::qWaitFor([&] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    bool parse(HttpReply *r)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        HttpReply candidate;
        candidate.head = m_buffer.left(end);
        const qsizetype length = candidate.header("Content-Length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return false;
        candidate.body = m_buffer.mid(end + 4, length);
        candidate.status = candidate.head.mid(9, 3).toInt();
        m_buffer.remove(0, end + 4 + length);
        *r = candidate;
        return true;
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

inline QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &token = {}, const QByteArray &body = {},
                              const QByteArray &extraHeaders = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

// One request on a new connection.
inline HttpReply httpSend(quint16 port, const QByteArray &request)
{
    HttpConnection c(port);
    c.write(request);
    return c.read();
}

} // namespace nexus::test
