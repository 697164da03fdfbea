// HTTP JSON price sources against a local HTTP/1.1 server: good JSON (numbers and strings, read
// exactly), bad JSON, a missing path, HTTP 500, a timeout; the JSON path reader; and the poller
// feeding rounds through the gateway.

#include "testprofile.h"

#include "jsonpath.h"
#include "oracle/httppoller.h"
#include "oracle/httpsource.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace nexus;
using namespace nexus::oracle;
using namespace nexus::test;

namespace {

// A tiny HTTP/1.1 server: one canned answer per path, "Connection: close" after each.
class TestServer : public QObject
{
public:
    struct Answer {
        int status = 200;
        QByteArray body;
        bool silent = false; // never answers (for timeouts)
    };

    TestServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path)); }
    void set(const QString &path, Answer a) { m_answers.insert(path, std::move(a)); }
    int hits(const QString &path) const { return m_hits.value(path); }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buf.left(buf.indexOf("\r\n")).split(' ');
        const QString path = QString::fromLatin1(requestLine.value(1));
        m_buffers.remove(s);
        ++m_hits[path];
        const Answer a = m_answers.value(path, Answer{404, "{\"error\":\"not found\"}"});
        if (a.silent)
            return;
        const QByteArray reason = a.status == 200 ? "OK" : a.status == 500 ? "Internal Server Error" : "Not Found";
        s->write("HTTP/1.1 " + QByteArray::number(a.status) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n\r\n" + a.body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, Answer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_hits;
};

} // namespace

class TestOracleHttp : public QObject
{
    Q_OBJECT

    TestServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

    // Fetches once and waits for the answer.
    std::optional<Result<RateE9>> fetch(const QString &path, const QString &jsonPath, int timeoutMs = 5000)
    {
        std::optional<Result<RateE9>> out;
        HttpSource::fetch(*m_nam, HttpSourceSpec{QStringLiteral("BTC/USD"), QStringLiteral("t"), m_server->url(path), jsonPath, 60}, timeoutMs, this,
                          [&out](const Result<RateE9> &r) { out = r; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs + 5000);
        if (!out)
            out = Error::make(ErrorCode::Internal, QStringLiteral("no answer from the fetch"));
        return out;
    }
    static FetchError kindOf(const std::optional<Result<RateE9>> &r) { return fetchErrorOf(r->error()).value_or(FetchError::Network); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = new TestServer;
        QVERIFY(m_server->listen());
        m_nam = new QNetworkAccessManager(this);
        m_server->set(QStringLiteral("/rates"), {200, R"({"data":{"base":"BTC","rates":{"USD":"67123.456789012345","EUR":61234.5}}})"});
        m_server->set(QStringLiteral("/list"), {200, R"({"result":[{"price":6.7123456789e4},{"price":"x"}],"ok":true})"});
        m_server->set(QStringLiteral("/bad"), {200, R"({"data":{"rates":{"USD":1.5}})"});
        m_server->set(QStringLiteral("/html"), {200, "<html>rate limited</html>"});
        m_server->set(QStringLiteral("/error"), {500, R"({"error":"upstream"})"});
        m_server->set(QStringLiteral("/slow"), {200, {}, true});
    }
    void cleanupTestCase()
    {
        delete m_server;
    }

    void goodJson()
    {
        auto r = fetch(QStringLiteral("/rates"), QStringLiteral("data.rates.USD"));
        NX_VERIFY_OK(*r);
        QCOMPARE(**r, RateE9(67123456789012)); // 67123.456789012|345 rounded to 9 decimals, from the text
        r = fetch(QStringLiteral("/rates"), QStringLiteral("data.rates.EUR"));
        QCOMPARE(**r, RateE9(61234500000000));
        r = fetch(QStringLiteral("/list"), QStringLiteral("result[0].price"));
        NX_VERIFY_OK(*r);
        QCOMPARE(**r, RateE9(67123456789000)); // a JSON number with an exponent, exactly
    }

    void badJson()
    {
        auto r = fetch(QStringLiteral("/bad"), QStringLiteral("data.rates.USD"));
        QVERIFY(!*r);
        QCOMPARE(kindOf(r), FetchError::BadJson);
        QVERIFY2(r->error().message.contains(QLatin1String("not valid JSON")), qPrintable(r->error().message));
        r = fetch(QStringLiteral("/html"), QStringLiteral("price"));
        QCOMPARE(kindOf(r), FetchError::BadJson);
    }

    void missingPathAndNotANumber()
    {
        auto r = fetch(QStringLiteral("/rates"), QStringLiteral("data.rates.JPY"));
        QCOMPARE(kindOf(r), FetchError::MissingPath);
        QVERIFY(r->error().message.contains(QLatin1String("data.rates.JPY")));
        r = fetch(QStringLiteral("/list"), QStringLiteral("result[5].price"));
        QCOMPARE(kindOf(r), FetchError::MissingPath);
        r = fetch(QStringLiteral("/list"), QStringLiteral("result[1].price"));
        QCOMPARE(kindOf(r), FetchError::NotANumber);
        r = fetch(QStringLiteral("/list"), QStringLiteral("ok"));
        QCOMPARE(kindOf(r), FetchError::NotANumber);
        r = fetch(QStringLiteral("/rates"), QStringLiteral("data.rates"));
        QCOMPARE(kindOf(r), FetchError::NotANumber);
    }

    void httpErrors()
    {
        auto r = fetch(QStringLiteral("/error"), QStringLiteral("price"));
        QCOMPARE(kindOf(r), FetchError::HttpStatus);
        QCOMPARE(r->error().details.value(QStringLiteral("http_status")).toInt(), 500);
        QVERIFY2(r->error().message.contains(QLatin1String("HTTP 500")), qPrintable(r->error().message));
        r = fetch(QStringLiteral("/nowhere"), QStringLiteral("price"));
        QCOMPARE(kindOf(r), FetchError::HttpStatus);
        QCOMPARE(r->error().details.value(QStringLiteral("http_status")).toInt(), 404);
        // Nobody listening: a network error.
        std::optional<Result<RateE9>> out;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        HttpSource::fetch(*m_nam, HttpSourceSpec{QStringLiteral("BTC/USD"), QStringLiteral("t"),
                                                 QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort)), QStringLiteral("p"), 60},
                          3000, this, [&out](const Result<RateE9> &x) { out = x; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 8000);
        QCOMPARE(kindOf(out), FetchError::Network);
    }

    void timeout()
    {
        QElapsedTimer t;
        t.start();
        auto r = fetch(QStringLiteral("/slow"), QStringLiteral("price"), 300);
        QCOMPARE(kindOf(r), FetchError::Timeout);
        QVERIFY(t.elapsed() >= 250);
        QVERIFY2(r->error().message.contains(QLatin1String("did not answer within 0.3 s")), qPrintable(r->error().message));
    }

    void jsonPathReader()
    {
        const QByteArray doc = R"({"a":{"b.c":[1, -2.5e-3, "t\u00e9xt\n", true, null, {"x": 0}]}, "a2": []} )";
        QCOMPARE(jsonLeafAt(doc, u"a['b.c'][1]")->text, QStringLiteral("-2.5e-3"));
        QCOMPARE(jsonLeafAt(doc, u"$.a[\"b.c\"][2]")->text, QStringLiteral("t\u00e9xt\n"));
        QCOMPARE(jsonLeafAt(doc, u"a['b.c'][3]")->kind, JsonLeaf::Kind::Bool);
        QCOMPARE(jsonLeafAt(doc, u"a['b.c'][4]")->kind, JsonLeaf::Kind::Null);
        QCOMPARE(jsonLeafAt(doc, u"a['b.c'][5].x")->text, QStringLiteral("0"));
        QCOMPARE(jsonLeafAt(doc, u"a2")->kind, JsonLeaf::Kind::Array);
        QCOMPARE(jsonLeafAt("[[1,[2,3]]]", u"[0][1][1]")->text, QStringLiteral("3"));
        for (const char *bad : {"{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "01", "1.", "\"open", "{\"a\":1} x", "nul", "{'a':1}"})
            QCOMPARE(jsonLeafAt(bad, u"a").error().details.value(QStringLiteral("kind")).toString(), QStringLiteral("bad_json"));
        for (const char *path : {"", "a..b", "a[", "a[x]", "a.", "$"})
            QCOMPARE(jsonLeafAt("{}", QString::fromLatin1(path)).error().details.value(QStringLiteral("kind")).toString(), QStringLiteral("bad_path"));
        QCOMPARE(jsonLeafAt(doc, u"a.b").error().details.value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
        QCOMPARE(rateFromJson(R"({"p":"1e400"})", QStringLiteral("p")).error().details.value(QStringLiteral("kind")).toString(), QStringLiteral("not_a_number"));
    }

    void pollerFeedsRounds()
    {
        TestProfile p;
        QVERIFY(p.init());
        const auto add = [&](const QString &name, const QString &path, const QString &jsonPath, bool enabled = true) {
            return p.ctl(QStringLiteral("oracle.add_source"),
                         {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}, {QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("http")},
                          {QStringLiteral("url"), m_server->url(path).toString()}, {QStringLiteral("json_path"), jsonPath},
                          {QStringLiteral("poll_s"), 30}, {QStringLiteral("enabled"), enabled}});
        };
        NX_VERIFY_OK(add(QStringLiteral("Rates"), QStringLiteral("/rates"), QStringLiteral("data.rates.USD")));
        NX_VERIFY_OK(add(QStringLiteral("List"), QStringLiteral("/list"), QStringLiteral("result[0].price")));
        NX_VERIFY_OK(add(QStringLiteral("Broken"), QStringLiteral("/error"), QStringLiteral("price")));
        NX_VERIFY_OK(add(QStringLiteral("Off"), QStringLiteral("/off"), QStringLiteral("price"), false));

        qint64 now = 1'759'999'980LL * 1000000000 + 5 * 1000000000LL;
        const int ratesHits = m_server->hits(QStringLiteral("/rates"));
        HttpPoller poller(p.gw(), p.controller);
        poller.setClock([&now] { return now; });
        poller.setTimeoutMs(2000);
        QSignalSpy loaded(&poller, &HttpPoller::sourcesLoaded);
        QSignalSpy sent(&poller, &HttpPoller::roundSent);
        QSignalSpy sourceFailed(&poller, &HttpPoller::sourceFailed);
        QSignalSpy sendFailed(&poller, &HttpPoller::sendFailed);
        poller.reloadSources();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.at(0).at(0).toInt(), 3); // enabled HTTP sources only
        poller.pollNow();
        QVERIFY(sent.wait(10000));
        QCOMPARE(sendFailed.count(), 0);
        QCOMPARE(sourceFailed.count(), 1);
        QCOMPARE(sourceFailed.at(0).at(1).toString(), QStringLiteral("Broken"));
        const QJsonObject round = sent.at(0).at(1).toJsonObject().value(QStringLiteral("last_round")).toObject();
        QCOMPARE(round.value(QStringLiteral("queried")).toInt(), 3);
        QCOMPARE(round.value(QStringLiteral("received")).toInt(), 2);
        QCOMPARE(round.value(QStringLiteral("rate")).toString(), QStringLiteral("67123.456789006")); // mean of the two, half to even
        QCOMPARE(m_server->hits(QStringLiteral("/off")), 0);

        // Within the same minute nothing is fetched again; in the next one (and after poll_s) the next round goes out.
        now += 20 * 1000000000LL;
        poller.pollNow();
        QTest::qWait(200);
        QCOMPARE(sent.count(), 1);
        now += 40 * 1000000000LL;
        poller.pollNow();
        QVERIFY(sent.wait(10000));
        QCOMPARE(p.count(QStringLiteral("oracle_rounds")), 2);
        auto price = p.call(principalFor(5), QStringLiteral("oracle.get_price"), {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}}, Origin::Seed, now);
        NX_VERIFY_OK(price);
        QCOMPARE(obj(price).value(QStringLiteral("rate")).toString(), QStringLiteral("67123.456789006"));
        QCOMPARE(m_server->hits(QStringLiteral("/rates")) - ratesHits, 2);
    }
};

QTEST_GUILESS_MAIN(TestOracleHttp)
#include "tst_oraclehttp.moc"
