// The local HTTP API's routes, end to end over loopback against a real profile: bearer tokens
// (missing, malformed, unknown, revoked, expired, stored only as a hash), every ImmersiVerse
// route with its answers and refusals, /api/v1/call for any gateway method, the rate limit's
// 429 with Retry-After, and the OpenAPI document covering every route and method.

#include "callok.h"
#include "httpclient.h"

#include "apitoken.h"
#include "localapi.h"
#include "prefabcatalog.h"
#include "storage/database.h"
#include "storage/dbthread.h"

#include <QJsonArray>

using namespace nexus;
using namespace nexus::test;

class TestHttpApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProfile> m_p;
    std::unique_ptr<http::HttpApi> m_api;
    quint16 m_port = 0;
    const Principal m_ann = principalFor(1), m_cre = principalFor(2), m_admin = principalFor(3);
    QByteArray m_annToken, m_creToken;

    QByteArray tokenFor(const Principal &who, const QString &name = QStringLiteral("test"))
    {
        return callOk(*m_p, who, QStringLiteral("tokens.create"), {{QStringLiteral("name"), name}}).value(QStringLiteral("token")).toString().toLatin1();
    }
    HttpReply get(const QByteArray &path, const QByteArray &token) { return httpSend(m_port, httpRequest("GET", path, token)); }
    HttpReply post(const QByteArray &path, const QByteArray &token, const QJsonValue &body)
    {
        const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        return httpSend(m_port, httpRequest("POST", path, token, bytes));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = std::make_unique<TestProfile>();
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_ann, QStringLiteral("ann"), Role::User));
        QVERIFY(m_p->addUser(m_cre, QStringLiteral("cre"), Role::Creator));
        QVERIFY(m_p->addUser(m_admin, QStringLiteral("admin"), Role::Admin));
        m_api = startLocalApi(*m_p, &m_port);
        QVERIFY(m_api);
        m_annToken = tokenFor(m_ann);
        m_creToken = tokenFor(m_cre);
    }
    void cleanup()
    {
        m_api.reset();
        m_p.reset();
    }

    void tokensAreShownOnceAndStoredHashed()
    {
        const QJsonObject t = callOk(*m_p, m_ann, QStringLiteral("tokens.create"), {{QStringLiteral("name"), QStringLiteral("unity")}, {QStringLiteral("expires_in_days"), 30}});
        const QString token = t.value(QStringLiteral("token")).toString();
        QVERIFY(ApiToken::wellFormed(token.toLatin1()));
        QVERIFY(token.startsWith(t.value(QStringLiteral("prefix")).toString()));
        QCOMPARE(t.value(QStringLiteral("owner")).toString(), m_ann.toText());
        // The table holds the SHA-256 and a prefix, never the token.
        auto rows = m_p->backend->gateway().reader()->runBlocking<QList<QByteArray>>([](QSqlDatabase &db) {
            QList<QByteArray> all;
            auto q = Database::exec(db, QStringLiteral("SELECT token_hash, name, prefix FROM api_tokens"));
            while (q && q->next())
                all << q->blob(0) << q->text(1).toUtf8() << q->text(2).toUtf8();
            return all;
        });
        QVERIFY(rows.contains(ApiToken::hashOf(token.toLatin1())));
        for (const QByteArray &v : std::as_const(rows))
            QVERIFY(!v.contains(token.toLatin1()));
        // The list and the audit log name it without the secret.
        const QJsonArray mine = callOk(*m_p, m_ann, QStringLiteral("tokens.list"), {}).value(QStringLiteral("items")).toArray();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0][QStringLiteral("name")].toString(), QStringLiteral("unity"));
        QCOMPARE(mine[0][QStringLiteral("state")].toString(), QStringLiteral("active"));
        QVERIFY(!mine[0].toObject().contains(QStringLiteral("token")));
        const QByteArray audit = QJsonDocument(callOk(*m_p, m_p->controller, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 50}})).toJson();
        QVERIFY(audit.contains("API token"));
        QVERIFY(!audit.contains(token.toLatin1()));
        // Everyone's list is for user managers; revoking someone else's token too.
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("tokens.list"), {{QStringLiteral("all"), true}}), ErrorCode::PermissionDenied);
        QVERIFY(callOk(*m_p, m_admin, QStringLiteral("tokens.list"), {{QStringLiteral("all"), true}}).value(QStringLiteral("items")).toArray().size() >= 3);
        const qint64 id = t.value(QStringLiteral("id")).toInteger();
        NX_VERIFY_ERROR(m_p->call(m_cre, QStringLiteral("tokens.revoke"), {{QStringLiteral("id"), id}}), ErrorCode::PermissionDenied);
        callOk(*m_p, m_admin, QStringLiteral("tokens.revoke"), {{QStringLiteral("id"), id}});
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("tokens.revoke"), {{QStringLiteral("id"), id}}), ErrorCode::Conflict);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("tokens.revoke"), {{QStringLiteral("id"), 9999}}), ErrorCode::NotFound);
        QCOMPARE(callOk(*m_p, m_ann, QStringLiteral("tokens.list"), {}).value(QStringLiteral("items"))[0][QStringLiteral("state")].toString(), QStringLiteral("revoked"));
        // Someone who is not a registered user gets no token.
        NX_VERIFY_ERROR(m_p->call(principalFor(99), QStringLiteral("tokens.create"), {{QStringLiteral("name"), QStringLiteral("x")}}), ErrorCode::PermissionDenied);
    }

    void authentication()
    {
        const QByteArray path = "/api/v1/prefab-catalog/?limit=1";
        HttpReply r = get(path, {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("unauthenticated"));
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(r.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QLatin1String("needs a bearer token")));
        r = httpSend(m_port, httpRequest("GET", path, {}, {}, "Authorization: Basic YTpi\r\n"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.errorMessage().contains(QLatin1String("Only bearer")));
        r = get(path, "nxs_short");
        QCOMPARE(r.status, 401);
        QVERIFY(r.errorMessage().contains(QLatin1String("malformed")));
        r = get(path, "nxs_" + QByteArray(43, 'A'));
        QCOMPARE(r.status, 401);
        QVERIFY(r.errorMessage().contains(QLatin1String("not known")));
        QCOMPARE(get(path, m_annToken).status, 200);
        // Revoking through the gateway shuts the door at once (the verifier's memo is dropped).
        const QJsonArray mine = callOk(*m_p, m_ann, QStringLiteral("tokens.list"), {}).value(QStringLiteral("items")).toArray();
        callOk(*m_p, m_ann, QStringLiteral("tokens.revoke"), {{QStringLiteral("id"), mine[0][QStringLiteral("id")]}});
        r = get(path, m_annToken);
        QCOMPARE(r.status, 401);
        QVERIFY(r.errorMessage().contains(QLatin1String("revoked")));
        // A token made two days ago for one day has expired.
        const qint64 twoDaysAgo = nowNs() - 2 * 86400LL * 1000000000LL;
        const QByteArray old = callOk(*m_p, m_cre, QStringLiteral("tokens.create"), {{QStringLiteral("name"), QStringLiteral("old")}, {QStringLiteral("expires_in_days"), 1}}, twoDaysAgo)
                                   .value(QStringLiteral("token")).toString().toLatin1();
        r = get(path, old);
        QCOMPARE(r.status, 401);
        QVERIFY(r.errorMessage().contains(QLatin1String("expired")));
        // Health and the API description need no token.
        QCOMPARE(get("/health", {}).status, 200);
        QCOMPARE(get("/api/v1/openapi.json", {}).status, 200);
    }

    void health()
    {
        const HttpReply r = get("/health", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        const QDateTime at = QDateTime::fromString(r.json()[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(at.msecsTo(QDateTime::currentDateTimeUtc())) < 60000); // the real time, not a constant
        callOk(*m_p, m_p->controller, QStringLiteral("system.set_maintenance"), {{QStringLiteral("enabled"), true}, {QStringLiteral("message"), QStringLiteral("upgrade")}});
        QCOMPARE(get("/health", {}).json()[QStringLiteral("status")].toString(), QStringLiteral("maintenance"));
    }

    void promptToWorld()
    {
        const QJsonObject ask{{QStringLiteral("prompt"), QStringLiteral("three towers around a lake in a misty forest")}, {QStringLiteral("seed"), 7}};
        HttpReply r = post("/api/v1/prompt2world/", m_annToken, ask);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QVERIFY(o[QStringLiteral("success")].toBool());
        QVERIFY(o[QStringLiteral("processing_time_ms")].toDouble() > 0);
        const QJsonObject b = o[QStringLiteral("world_blueprint")].toObject();
        for (const char *field : {"id", "prompt", "world_type", "title", "description", "environment_settings", "prefab_instances", "spawn_points", "created_at"})
            QVERIFY2(b.contains(QLatin1String(field)), field);
        int towers = 0;
        for (const QJsonValue &i : b[QStringLiteral("prefab_instances")].toArray()) {
            QVERIFY(worlds::PrefabCatalog::instance().find(i[QStringLiteral("prefab_id")].toString()));
            towers += i[QStringLiteral("prefab_id")].toString().contains(QLatin1String("tower"));
        }
        QVERIFY(towers >= 3);
        // Stored as the token's identity, and the same seed gives the same world.
        const QJsonObject stored = callOk(*m_p, m_ann, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), o[QStringLiteral("world_id")]}});
        QCOMPARE(stored[QStringLiteral("owner")].toString(), m_ann.toText());
        const QJsonObject again = post("/api/v1/prompt2world", m_annToken, ask).json()[QStringLiteral("world_blueprint")].toObject();
        QCOMPARE(again[QStringLiteral("prefab_instances")], b[QStringLiteral("prefab_instances")]);
        // user_id: its own principal is fine, another is refused; a missing prompt is named.
        QJsonObject own = ask;
        own.insert(QStringLiteral("user_id"), m_ann.toText());
        QCOMPARE(post("/api/v1/prompt2world/", m_annToken, own).status, 200);
        own.insert(QStringLiteral("user_id"), QStringLiteral("user_123"));
        r = post("/api/v1/prompt2world/", m_annToken, own);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("permission_denied"));
        r = post("/api/v1/prompt2world/", m_annToken, QJsonObject{{QStringLiteral("world_type"), QStringLiteral("fantasy")}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().contains(QLatin1String("prompt")), qPrintable(r.errorMessage()));
        r = post("/api/v1/prompt2world/", m_annToken, QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}, {QStringLiteral("world_type"), QStringLiteral("steampunk")}});
        QCOMPARE(r.status, 400);
    }

    void prefabCatalog()
    {
        HttpReply r = get("/api/v1/prefab-catalog/?prefab_type=building&limit=3&offset=1", m_annToken);
        QCOMPARE(r.status, 200);
        const QJsonArray page = r.json()[QStringLiteral("prefabs")].toArray();
        QCOMPARE(page.size(), 3);
        for (const QJsonValue &p : page)
            QCOMPARE(p[QStringLiteral("type")].toString(), QStringLiteral("building"));
        QCOMPARE(r.json()[QStringLiteral("total_count")].toInt(), int(worlds::PrefabCatalog::instance().ofType(worlds::PrefabType::Building).size()));
        QCOMPARE(get("/api/v1/prefab-catalog/?limit=ten", m_annToken).status, 400);
        QCOMPARE(get("/api/v1/prefab-catalog/?limit=1000", m_annToken).status, 400);
        QCOMPARE(get("/api/v1/prefab-catalog/?prefab_type=spaceship", m_annToken).status, 400);
        r = get("/api/v1/prefab-catalog/fantasy_castle_01", m_annToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("name")].toString(), QStringLiteral("Medieval Castle"));
        r = get("/api/v1/prefab-catalog/no_such_prefab", m_annToken);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        // Search covers tags (ImmersiVerse's did not).
        r = get("/api/v1/prefab-catalog/search/?q=tree", m_annToken);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[QStringLiteral("total_count")].toInt() >= 3);
        for (const QJsonValue &p : r.json()[QStringLiteral("prefabs")].toArray())
            QVERIFY(QJsonDocument(p.toObject()).toJson().toLower().contains("tree"));
        QCOMPARE(get("/api/v1/prefab-catalog/search/", m_annToken).status, 400);
        // Form encoding: '+' and %20 are spaces (every word must match).
        const int both = get("/api/v1/prefab-catalog/search/?q=stone+tower", m_annToken).json()[QStringLiteral("total_count")].toInt();
        QVERIFY(both >= 1);
        QCOMPARE(get("/api/v1/prefab-catalog/search/?q=stone%20tower", m_annToken).json()[QStringLiteral("total_count")].toInt(), both);
        QVERIFY(get("/api/v1/prefab-catalog/search/?q=stone", m_annToken).json()[QStringLiteral("total_count")].toInt() > both);
    }

    void publishAndBrowse()
    {
        const qint64 world = post("/api/v1/prompt2world/", m_creToken, QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a desert oasis with palm trees")}})
                                 .json()[QStringLiteral("world_id")].toInteger();
        QVERIFY(world > 0);
        HttpReply r = post("/api/v1/publish/", m_creToken, QJsonObject{{QStringLiteral("world_blueprint_id"), QString::number(world)},
                                                                         {QStringLiteral("title"), QStringLiteral("Oasis")},
                                                                         {QStringLiteral("description"), QStringLiteral("Palms by the water")},
                                                                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("desert")}},
                                                                         {QStringLiteral("is_public"), true}});
        QCOMPARE(r.status, 201);
        const qint64 id = r.json()[QStringLiteral("id")].toInteger();
        QVERIFY(id > 0);
        // Users cannot publish (creators and up), and the world must be named.
        QCOMPARE(post("/api/v1/publish/", m_annToken, QJsonObject{{QStringLiteral("world_id"), world}, {QStringLiteral("title"), QStringLiteral("Mine")}}).status, 403);
        r = post("/api/v1/publish/", m_creToken, QJsonObject{{QStringLiteral("title"), QStringLiteral("Nothing")}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.errorMessage().contains(QLatin1String("world_id")));
        QCOMPARE(post("/api/v1/publish/", m_creToken, QJsonObject{{QStringLiteral("world_id"), QStringLiteral("abc")}}).status, 400);
        r = get("/api/v1/publish/experiences?q=oasis", m_annToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("items")].toArray().size(), 1);
        r = get("/api/v1/publish/experiences/" + QByteArray::number(id), m_annToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("title")].toString(), QStringLiteral("Oasis"));
        QCOMPARE(get("/api/v1/publish/experiences/99999", m_annToken).status, 404);
        QCOMPARE(get("/api/v1/publish/experiences/abc", m_annToken).status, 400);
        QCOMPARE(get("/api/v1/publish/experiences?mine=maybe", m_annToken).status, 400);
    }

    void telemetry()
    {
        HttpReply r = post("/api/v1/telemetry/", m_annToken, QJsonObject{{QStringLiteral("event_type"), QStringLiteral("world_enter")}, {QStringLiteral("data"), QJsonObject{{QStringLiteral("x"), 1}}}});
        QCOMPARE(r.status, 201);
        r = post("/api/v1/telemetry/batch", m_annToken, QJsonArray{QJsonObject{{QStringLiteral("event_type"), QStringLiteral("world_enter")}},
                                                                    QJsonObject{{QStringLiteral("event_type"), QStringLiteral("world_exit")}, {QStringLiteral("user_id"), m_ann.toText()}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[QStringLiteral("stored")].toInt(), 2);
        QCOMPARE(post("/api/v1/telemetry/batch", m_annToken, QJsonObject{{QStringLiteral("events"), QJsonArray()}}).status, 400);
        QCOMPARE(post("/api/v1/telemetry/", m_annToken, QJsonObject{{QStringLiteral("data"), QJsonObject()}}).status, 400);
        QCOMPARE(post("/api/v1/telemetry/", m_annToken, QJsonObject{{QStringLiteral("event_type"), QStringLiteral("x")}, {QStringLiteral("user_id"), QStringLiteral("bob")}}).status, 403);
        const QJsonObject summary = callOk(*m_p, m_ann, QStringLiteral("telemetry.summary"), {{QStringLiteral("event_type"), QStringLiteral("world_enter")}});
        QCOMPARE(summary[QStringLiteral("series")][QStringLiteral("world_enter")][0][QStringLiteral("count")].toInt(), 2);
    }

    void callAnyMethod()
    {
        HttpReply r = post("/api/v1/call/users.whoami", m_annToken, QJsonObject());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[QStringLiteral("result")][QStringLiteral("principal")].toString(), m_ann.toText());
        r = post("/api/v1/call/no.such_method", m_annToken, QJsonObject());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_method"));
        r = post("/api/v1/call/users.set_role", m_annToken, QJsonObject{{QStringLiteral("principal"), m_cre.toText()}, {QStringLiteral("role"), QStringLiteral("admin")}});
        QCOMPARE(r.status, 403);
        r = post("/api/v1/call/ledger.balance_of", m_annToken, QJsonObject{{QStringLiteral("asset"), 5}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_argument"));
        QCOMPARE(post("/api/v1/call/users.whoami", m_annToken, QJsonArray{1}).status, 400);
        // An empty body is no arguments.
        QCOMPARE(httpSend(m_port, httpRequest("POST", "/api/v1/call/users.whoami", m_annToken)).status, 200);
        // Mutations are refused during maintenance, with 503.
        callOk(*m_p, m_p->controller, QStringLiteral("system.set_maintenance"), {{QStringLiteral("enabled"), true}, {QStringLiteral("message"), QStringLiteral("upgrade")}});
        r = post("/api/v1/call/avatars.register", m_annToken, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann")}});
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("maintenance"));
        // Calls are audited as the token's identity.
        const QJsonArray audit = callOk(*m_p, m_p->controller, QStringLiteral("audit.list"), {{QStringLiteral("method"), QStringLiteral("users.set_role")}}).value(QStringLiteral("items")).toArray();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit[0][QStringLiteral("caller")].toString(), m_ann.toText());
    }

    void rateLimitAnswers429()
    {
        callOk(*m_p, m_p->controller, QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("ratelimit.read")},
                                                                          {QStringLiteral("value"), QJsonObject{{QStringLiteral("capacity"), 2}, {QStringLiteral("per_second"), 0.25}}},
                                                                          {QStringLiteral("reason"), QStringLiteral("test")}});
        QCOMPARE(get("/api/v1/prefab-catalog/fantasy_castle_01", m_annToken).status, 200);
        QCOMPARE(get("/api/v1/prefab-catalog/fantasy_castle_01", m_annToken).status, 200);
        const HttpReply r = get("/api/v1/prefab-catalog/fantasy_castle_01", m_annToken);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
        const int retry = r.header("Retry-After").toInt();
        QVERIFY2(retry >= 1 && retry <= 4, r.header("Retry-After").constData());
        // Per caller: another token's identity is not held back.
        QCOMPARE(get("/api/v1/prefab-catalog/fantasy_castle_01", m_creToken).status, 200);
    }

    void badRequests()
    {
        HttpReply r = httpSend(m_port, httpRequest("POST", "/api/v1/prompt2world/", m_annToken, "{\"prompt\": "));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
        r = get("/api/v1/nowhere", m_annToken);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QVERIFY(r.json()[QStringLiteral("error")][QStringLiteral("hint")].toString().contains(QLatin1String("openapi.json")));
        r = httpSend(m_port, httpRequest("DELETE", "/api/v1/prompt2world/", m_annToken));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
        QCOMPARE(get("/api/v1/telemetry/batch", m_annToken).status, 405);
        // Every refusal is JSON with a code and a message.
        for (const HttpReply &e : {r, get("/nope", {})}) {
            QVERIFY(e.header("Content-Type").startsWith("application/json"));
            QVERIFY(!e.errorCode().isEmpty());
            QVERIFY(!e.errorMessage().isEmpty());
        }
    }

    void openApiDescribesEverything()
    {
        const HttpReply r = get("/api/v1/openapi.json", {});
        QCOMPARE(r.status, 200);
        const QJsonObject doc = r.json();
        QCOMPARE(doc[QStringLiteral("openapi")].toString(), QStringLiteral("3.0.3"));
        const QJsonObject paths = doc[QStringLiteral("paths")].toObject();
        for (const char *p : {"/health", "/api/v1/prompt2world", "/api/v1/prefab-catalog", "/api/v1/prefab-catalog/{id}", "/api/v1/prefab-catalog/search",
                              "/api/v1/publish", "/api/v1/publish/experiences", "/api/v1/publish/experiences/{id}", "/api/v1/telemetry", "/api/v1/telemetry/batch"})
            QVERIFY2(paths.contains(QLatin1String(p)), p);
        QVERIFY(paths[QStringLiteral("/api/v1/prompt2world")].toObject().contains(QStringLiteral("post")));
        const auto methods = m_p->backend->gateway().methods();
        QVERIFY(methods.size() > 100);
        for (const MethodDescriptor *m : methods) {
            const QJsonObject op = paths[QStringLiteral("/api/v1/call/") + m->name][QStringLiteral("post")].toObject();
            QVERIFY2(!op.isEmpty(), qPrintable(m->name));
            QCOMPARE(op[QStringLiteral("requestBody")][QStringLiteral("content")][QStringLiteral("application/json")][QStringLiteral("schema")].toObject(), m->schema);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
