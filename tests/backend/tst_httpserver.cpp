// The local HTTP API's transport: loopback only, the body limit (exact and early), the header,
// idle and request timeouts, answers in request order on a keep-alive connection, and
// Connection: close.

#include "callok.h"
#include "httpclient.h"

#include "localapi.h"

#include <QNetworkInterface>

using namespace nexus;
using namespace nexus::test;

class TestHttpServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProfile> m_p;
    std::unique_ptr<http::HttpApi> m_api;
    quint16 m_port = 0;
    QByteArray m_token;

    void start(http::ServerLimits limits)
    {
        m_api = startLocalApi(*m_p, &m_port, limits);
        QVERIFY(m_api);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = std::make_unique<TestProfile>();
        QVERIFY(m_p->init());
        m_token = callOk(*m_p, m_p->controller, QStringLiteral("tokens.create"), {{QStringLiteral("name"), QStringLiteral("t")}}).value(QStringLiteral("token")).toString().toLatin1();
    }
    void cleanup()
    {
        m_api.reset();
        m_p.reset();
    }

    void listensOnLoopbackOnly()
    {
        start({});
        QVERIFY(m_api->running());
        QCOMPARE(httpSend(m_port, httpRequest("GET", "/health")).status, 200);
        QHostAddress outside;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                outside = a;
        if (outside.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try");
        QTcpSocket s;
        s.connectToHost(outside, m_port);
        QVERIFY(!s.waitForConnected(2000));
        // A port already taken is refused with what to do.
        http::HttpApiOptions o;
        o.port = m_port;
        http::HttpApi second(m_p->backend->gateway(), m_p->backend->gateway().reader(), o);
        auto taken = second.start();
        QVERIFY(!taken);
        QVERIFY(taken.error().hint.contains(QLatin1String("--port")));
    }

    void bodyLimit()
    {
        http::ServerLimits limits;
        limits.maxBodyBytes = 4096;
        start(limits);
        // Just over the limit: read, then refused with 413.
        const QByteArray justOver = "{\"event_type\":\"x\",\"data\":{\"pad\":\"" + QByteArray(4096, 'a') + "\"}}";
        HttpReply r = httpSend(m_port, httpRequest("POST", "/api/v1/telemetry/", m_token, justOver));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("payload_too_large"));
        // Far over: refused before it is all read, and the connection closes.
        HttpConnection c(m_port);
        QVERIFY(c.connected());
        c.write(httpRequest("POST", "/api/v1/telemetry/", m_token, QByteArray(4 << 20, 'x')));
        r = c.read();
        QCOMPARE(r.status, 413);
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed(5000));
        // Under the limit is fine, and nothing was stored by the refused ones.
        QCOMPARE(httpSend(m_port, httpRequest("POST", "/api/v1/telemetry/", m_token, "{\"event_type\":\"x\"}")).status, 201);
        const QJsonObject s = callOk(*m_p, m_p->controller, QStringLiteral("telemetry.summary"), {{QStringLiteral("event_type"), QStringLiteral("x")}});
        QCOMPARE(s[QStringLiteral("series")][QStringLiteral("x")][0][QStringLiteral("count")].toInt(), 1);
    }

    void headerAndIdleTimeouts()
    {
        http::ServerLimits limits;
        limits.headerTimeoutMs = 300;
        limits.idleTimeoutMs = 600;
        start(limits);
        // A request that never finishes arriving gets 408 and the connection closes.
        HttpConnection slow(m_port);
        slow.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        const HttpReply r = slow.read(5000);
        QCOMPARE(r.status, 408);
        QCOMPARE(r.errorCode(), QStringLiteral("request_timeout"));
        QVERIFY(slow.waitClosed(5000));
        // A keep-alive connection with nothing to do is closed after the idle timeout, not before.
        HttpConnection idle(m_port);
        idle.write(httpRequest("GET", "/health"));
        QCOMPARE(idle.read().status, 200);
        QVERIFY(!idle.waitClosed(200));
        QVERIFY(idle.waitClosed(5000));
    }

    void requestTimeout()
    {
        http::ServerLimits limits;
        limits.requestTimeoutMs = 1;
        start(limits);
        // A 5,000-object world takes well over a millisecond: the client hears 504 and is told
        // the change may still land, which it does.
        const HttpReply r = httpSend(m_port, httpRequest("POST", "/api/v1/prompt2world/", m_token,
                                                         R"({"prompt":"a dense jungle","object_count":5000,"seed":3})"));
        QCOMPARE(r.status, 504);
        QCOMPARE(r.errorCode(), QStringLiteral("timeout"));
        QVERIFY(r.errorMessage().contains(QLatin1String("may still complete")));
        QTRY_COMPARE_WITH_TIMEOUT(callOk(*m_p, m_p->controller, QStringLiteral("worlds.list"), {}).value(QStringLiteral("total")).toInt(), 1, 10000);

        // On a keep-alive connection the late world is dropped, not sent as the answer to the
        // request after it: pipelined, the health check behind the world still gets its own.
        HttpConnection c(m_port);
        c.write(httpRequest("POST", "/api/v1/prompt2world/", m_token, R"({"prompt":"a dense jungle","object_count":5000,"seed":4})")
                + httpRequest("GET", "/health"));
        QCOMPARE(c.read().status, 504);
        const HttpReply health = c.read();
        QCOMPARE(health.status, 200);
        QVERIFY(health.json().contains(QStringLiteral("uptime_s")));
        QTRY_COMPARE_WITH_TIMEOUT(callOk(*m_p, m_p->controller, QStringLiteral("worlds.list"), {}).value(QStringLiteral("total")).toInt(), 2, 10000);
        c.write(httpRequest("GET", "/health"));
        const HttpReply again = c.read();
        QCOMPARE(again.status, 200);
        QVERIFY(again.json().contains(QStringLiteral("uptime_s")));
    }

    void answersInRequestOrder()
    {
        start({});
        // Three pipelined requests: a slow world, an instant health check, a catalog read.
        HttpConnection c(m_port);
        c.write(httpRequest("POST", "/api/v1/prompt2world/", m_token, R"({"prompt":"a big city","object_count":2000,"seed":1})")
                + httpRequest("GET", "/health") + httpRequest("GET", "/api/v1/prefab-catalog/fantasy_castle_01", m_token));
        const HttpReply world = c.read(), health = c.read(), prefab = c.read();
        QCOMPARE(world.status, 200);
        QVERIFY(world.json().contains(QStringLiteral("world_blueprint")));
        QCOMPARE(health.status, 200);
        QVERIFY(health.json().contains(QStringLiteral("uptime_s")));
        QCOMPARE(prefab.status, 200);
        QCOMPARE(prefab.json()[QStringLiteral("id")].toString(), QStringLiteral("fantasy_castle_01"));
        // The connection stays open for more.
        c.write(httpRequest("GET", "/health"));
        QCOMPARE(c.read().status, 200);
    }

    void connectionClose()
    {
        start({});
        HttpConnection c(m_port);
        c.write(httpRequest("GET", "/health", {}, {}, "Connection: close\r\n"));
        const HttpReply r = c.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed(5000));
    }

    void stopClosesTheDoor()
    {
        start({});
        m_api->stop();
        QVERIFY(!m_api->running());
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(!s.waitForConnected(1000));
        auto again = m_api->start();
        QVERIFY(again);
        QCOMPARE(httpSend(*again, httpRequest("GET", "/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
