// The worlds service through the gateway: worlds.generate stores an audited, deterministic
// blueprint; get / list read it back; understand explains a prompt; prefabs.* page and search
// the catalog like ImmersiVerse's API; and every bad input gets a clear error.

#include "callok.h"
#include "digest.h"

#include "services/worldcache.h"
#include "storage/database.h"
#include "storage/dbthread.h"
#include "worldgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace nexus;
using namespace nexus::test;

class TestWorlds : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProfile> m_p;
    const Principal m_ann = principalFor(1);
    const Principal m_bob = principalFor(2);

    QJsonObject ok(const Principal &as, const QString &method, const QJsonObject &args, qint64 atNs = 0)
    {
        return callOk(*m_p, as, method, args, atNs);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = std::make_unique<TestProfile>();
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_ann, QStringLiteral("ann"), Role::User));
        QVERIFY(m_p->addUser(m_bob, QStringLiteral("bob"), Role::User));
    }
    void cleanup() { m_p.reset(); }

    void generateStoresAnAuditedBlueprint()
    {
        const qint64 before = m_p->lastSeq();
        const QJsonObject r = ok(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("  three towers around a lake  ")}, {QStringLiteral("seed"), 7}});
        const qint64 id = r.value(QStringLiteral("world_id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(r.value(QStringLiteral("processing_time_ms")).toDouble() > 0);
        const QJsonObject bp = r.value(QStringLiteral("blueprint")).toObject();
        QCOMPARE(bp.value(QStringLiteral("prompt")).toString(), QStringLiteral("three towers around a lake")); // trimmed
        QCOMPARE(bp.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
        // The same bytes as the generator gives for that prompt and seed.
        worlds::GenerateOptions o;
        o.seed = 7;
        QCOMPARE(QJsonDocument(bp).toJson(QJsonDocument::Compact),
                 QJsonDocument::fromJson(worlds::generateWorld(QStringLiteral("three towers around a lake"), o).toCanonicalJson()).toJson(QJsonDocument::Compact));
        // Audited, with a summary a person can read.
        QCOMPARE(m_p->lastSeq(), before + 1);
        const QVariantList entry = m_p->lastEntry();
        QCOMPARE(entry.value(0).toString(), QStringLiteral("worlds.generate"));
        QVERIFY2(entry.value(3).toString().contains(QStringLiteral("Three Towers around a Lake")), qPrintable(entry.value(3).toString()));
        QCOMPARE(m_p->count(QStringLiteral("world_versions")), 1);

        const QJsonObject got = ok(m_bob, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), id}});
        QCOMPARE(got.value(QStringLiteral("blueprint")).toObject(), bp);
        QCOMPARE(got.value(QStringLiteral("owner")).toString(), m_ann.toText());
        QCOMPARE(got.value(QStringLiteral("instances")).toInt(), int(bp.value(QStringLiteral("prefab_instances")).toArray().size()));
        // A second call with the same prompt and seed gives the same blueprint under a new number.
        const QJsonObject again = ok(m_bob, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("three towers around a lake")}, {QStringLiteral("seed"), 7}});
        QCOMPARE(again.value(QStringLiteral("blueprint")).toObject(), bp);
        QVERIFY(again.value(QStringLiteral("world_id")).toInteger() != id);
        // object_count and world_type reach the generator.
        const QJsonObject big = ok(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a forest")},
                                                                              {QStringLiteral("object_count"), 300}, {QStringLiteral("world_type"), QStringLiteral("surreal")}});
        QVERIFY(big.value(QStringLiteral("blueprint"))[QStringLiteral("prefab_instances")].toArray().size() >= 280);
        QCOMPARE(big.value(QStringLiteral("blueprint"))[QStringLiteral("world_type")].toString(), QStringLiteral("surreal"));
    }

    void listIsNewestFirstAndPaged()
    {
        for (int k = 0; k < 3; ++k)
            ok(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a village %1").arg(k)}});
        ok(m_bob, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a desert")}});
        const QJsonObject all = ok(m_ann, QStringLiteral("worlds.list"), {});
        QCOMPARE(all.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(all.value(QStringLiteral("items")).toArray().first()[QStringLiteral("prompt")].toString(), QStringLiteral("a desert"));
        QVERIFY(!all.value(QStringLiteral("items")).toArray().first().toObject().contains(QStringLiteral("blueprint"))); // lists stay small
        const QJsonObject mine = ok(m_ann, QStringLiteral("worlds.list"), {{QStringLiteral("mine"), true}, {QStringLiteral("limit"), 2}});
        QCOMPARE(mine.value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray page1 = mine.value(QStringLiteral("items")).toArray();
        QCOMPARE(page1.size(), 2);
        QCOMPARE(page1[0][QStringLiteral("prompt")].toString(), QStringLiteral("a village 2"));
        const QJsonArray page2 = ok(m_ann, QStringLiteral("worlds.list"), {{QStringLiteral("mine"), true}, {QStringLiteral("before"), page1[1][QStringLiteral("world_id")].toInteger()}})
                                     .value(QStringLiteral("items")).toArray();
        QCOMPARE(page2.size(), 1);
        QCOMPARE(page2[0][QStringLiteral("prompt")].toString(), QStringLiteral("a village 0"));
        QCOMPARE(ok(m_ann, QStringLiteral("worlds.list"), {{QStringLiteral("owner"), m_bob.toText()}}).value(QStringLiteral("total")).toInt(), 1);
    }

    void understandExplainsThePrompt()
    {
        const QJsonObject u = ok(m_ann, QStringLiteral("worlds.understand"), {{QStringLiteral("prompt"), QStringLiteral("a castle on a hill with purple zebras")}});
        QCOMPARE(u.value(QStringLiteral("ignored")).toArray(), QJsonArray({QStringLiteral("purple"), QStringLiteral("zebras")}));
        QCOMPARE(u.value(QStringLiteral("objects")).toArray().size(), 2);
        QCOMPARE(u.value(QStringLiteral("resolved"))[QStringLiteral("world_type")].toString(), QStringLiteral("fantasy"));
        const qint64 before = m_p->lastSeq();
        ok(m_ann, QStringLiteral("worlds.understand"), {{QStringLiteral("prompt"), QString()}});
        QCOMPARE(m_p->lastSeq(), before); // a read: not audited
    }

    void prefabCatalogPagesAndSearches()
    {
        const QJsonObject first = ok(m_ann, QStringLiteral("prefabs.list"), {});
        QCOMPARE(first.value(QStringLiteral("page_size")).toInt(), 10);
        QCOMPARE(first.value(QStringLiteral("page")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("total_count")).toInt() >= 40);
        QCOMPARE(first.value(QStringLiteral("prefabs")).toArray().size(), 10);
        const QJsonObject buildings = ok(m_ann, QStringLiteral("prefabs.list"), {{QStringLiteral("prefab_type"), QStringLiteral("building")}, {QStringLiteral("limit"), 5}, {QStringLiteral("offset"), 5}});
        QCOMPARE(buildings.value(QStringLiteral("page")).toInt(), 2);
        for (const QJsonValue &p : buildings.value(QStringLiteral("prefabs")).toArray())
            QCOMPARE(p[QStringLiteral("type")].toString(), QStringLiteral("building"));
        const QJsonObject castle = ok(m_ann, QStringLiteral("prefabs.get"), {{QStringLiteral("id"), QStringLiteral("fantasy_castle_01")}});
        QCOMPARE(castle.value(QStringLiteral("name")).toString(), QStringLiteral("Medieval Castle"));
        QVERIFY(castle.value(QStringLiteral("parts")).toArray().size() >= 2);
        const QJsonObject found = ok(m_ann, QStringLiteral("prefabs.search"), {{QStringLiteral("q"), QStringLiteral("medieval")}});
        QVERIFY(found.value(QStringLiteral("total_count")).toInt() >= 2);
        QCOMPARE(ok(m_ann, QStringLiteral("prefabs.search"), {{QStringLiteral("q"), QStringLiteral("zebra")}}).value(QStringLiteral("total_count")).toInt(), 0);
        const QJsonObject past = ok(m_ann, QStringLiteral("prefabs.list"), {{QStringLiteral("offset"), 10000}});
        QVERIFY(past.value(QStringLiteral("prefabs")).toArray().isEmpty());
    }

    // Without a seed, the seed comes from the prompt; a world asked for again comes from the cache
    // and its blueprint is stored once, however many worlds point at it.
    void samePromptSameWorldStoredOnce()
    {
        WorldCache::instance().clear();
        const QJsonObject ask{{QStringLiteral("prompt"), QStringLiteral("a snowy village with a frozen lake")}};
        const QJsonObject a = ok(m_ann, QStringLiteral("worlds.generate"), ask);
        QVERIFY(!a.value(QStringLiteral("cached")).toBool());
        ok(m_bob, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a snowy village with a frozen lake")}, {QStringLiteral("seed"), 99}});
        const QJsonObject c = ok(m_bob, QStringLiteral("worlds.generate"), ask);
        QVERIFY(c.value(QStringLiteral("cached")).toBool());
        QCOMPARE(c.value(QStringLiteral("blueprint")), a.value(QStringLiteral("blueprint")));
        QCOMPARE(a[QStringLiteral("blueprint")][QStringLiteral("seed")].toVariant().toULongLong(), seedFromPrompt(QStringLiteral("a snowy village with a frozen lake")));
        QVERIFY(seedFromPrompt(QStringLiteral("a desert")) != seedFromPrompt(QStringLiteral("a forest")));
        // A seed asks for a variation.
        const QJsonObject d = ok(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), ask[QStringLiteral("prompt")]}, {QStringLiteral("seed"), 99}});
        QVERIFY(d.value(QStringLiteral("blueprint")) != a.value(QStringLiteral("blueprint")));
        // Four worlds, two blueprints; each world still reads back whole.
        auto counts = m_p->backend->gateway().reader()->runBlocking<QPair<qint64, qint64>>([](QSqlDatabase &db) {
            auto w = Database::exec(db, QStringLiteral("SELECT count(*) FROM worlds"));
            const qint64 worlds = w && w->next() ? w->int64(0) : -1;
            w->finish();
            auto q = Database::exec(db, QStringLiteral("SELECT count(*) FROM blueprints"));
            return qMakePair(worlds, q && q->next() ? q->int64(0) : -1);
        });
        QCOMPARE(counts.first, 4); // a, the seed-99 one, c, d
        QCOMPARE(counts.second, 2);
        const QJsonObject stored = ok(m_ann, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), c.value(QStringLiteral("world_id"))}});
        QCOMPARE(stored.value(QStringLiteral("blueprint")), a.value(QStringLiteral("blueprint")));

        // Without the blueprint in the answer (the HTTP route splices the cached bytes), the
        // world is stored all the same, and the answer names the content it stored.
        QJsonObject lean = ask;
        lean.insert(QStringLiteral("include_blueprint"), false);
        const QJsonObject e = ok(m_ann, QStringLiteral("worlds.generate"), lean);
        QVERIFY(!e.contains(QStringLiteral("blueprint")));
        QVERIFY(e.value(QStringLiteral("cached")).toBool());
        QCOMPARE(e.value(QStringLiteral("blueprint_hash")), a.value(QStringLiteral("blueprint_hash")));
        QCOMPARE(e.value(QStringLiteral("instances")).toInt(), a[QStringLiteral("blueprint")][QStringLiteral("prefab_instances")].toArray().size());
        const QJsonObject leanStored = ok(m_ann, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), e.value(QStringLiteral("world_id"))}});
        QCOMPARE(leanStored.value(QStringLiteral("blueprint")), a.value(QStringLiteral("blueprint")));
        QCOMPARE(QString::fromLatin1(sha256(WorldCache::instance().get(worldRequest(ask))->json).toHex()), e.value(QStringLiteral("blueprint_hash")).toString());
    }

    // Worlds stored before blueprints were kept by content hold theirs inline, and still read.
    void inlineBlueprintsStillRead()
    {
        const QByteArray json = R"({"title":"Old world","prefab_instances":[]})";
        auto id = m_p->backend->gateway().writer()->runBlocking<qint64>([&](QSqlDatabase &db) {
            auto q = Database::exec(db, QStringLiteral("INSERT INTO worlds (owner, prompt, title, world_type, seed, version, instances, blueprint, created_ns, updated_ns) "
                                                       "VALUES (?, 'old', 'Old world', 'nature', '1', 1, 0, ?, 1, 1) RETURNING id"),
                                    {m_ann.bytes(), QString::fromUtf8(json)});
            return q && q->next() ? q->int64(0) : -1;
        });
        QVERIFY(id > 0);
        const QJsonObject w = ok(m_ann, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), id}});
        QCOMPARE(w[QStringLiteral("blueprint")][QStringLiteral("title")].toString(), QStringLiteral("Old world"));
    }

    // Hand edits become versions: the owner (or an admin) saves, each version stays readable,
    // a stale base_version or a bad blueprint is refused, and strangers are refused.
    void editsAreSavedAsVersions()
    {
        const QJsonObject made = ok(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a quiet meadow with a windmill")}, {QStringLiteral("seed"), 3}});
        const qint64 id = made.value(QStringLiteral("world_id")).toInteger();
        QJsonObject blueprint = made.value(QStringLiteral("blueprint")).toObject();
        QJsonArray instances = blueprint.value(QStringLiteral("prefab_instances")).toArray();
        const int before = int(instances.size());
        instances.removeAt(0);
        blueprint.insert(QStringLiteral("prefab_instances"), instances);
        const QJsonObject saved = ok(m_ann, QStringLiteral("worlds.save_version"),
                                     {{QStringLiteral("world_id"), id}, {QStringLiteral("blueprint"), blueprint}, {QStringLiteral("base_version"), 1},
                                      {QStringLiteral("note"), QStringLiteral("removed one object")}});
        QCOMPARE(saved.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(saved.value(QStringLiteral("instances")).toInt(), before - 1);
        const QJsonObject now = ok(m_bob, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), id}});
        QCOMPARE(now.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(now[QStringLiteral("blueprint")][QStringLiteral("prefab_instances")].toArray().size(), before - 1);
        const QJsonObject first = ok(m_bob, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), id}, {QStringLiteral("version"), 1}});
        QCOMPARE(first[QStringLiteral("blueprint")][QStringLiteral("prefab_instances")].toArray().size(), before);
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), id}, {QStringLiteral("version"), 9}}), ErrorCode::NotFound);
        const QJsonArray list = ok(m_bob, QStringLiteral("worlds.versions"), {{QStringLiteral("world_id"), id}}).value(QStringLiteral("items")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][QStringLiteral("note")].toString(), QStringLiteral("removed one object"));
        QCOMPARE(list[0][QStringLiteral("saved_by")].toString(), m_ann.toText());
        // Saving over a newer version, a stranger, a bad blueprint: refused, nothing changes.
        auto stale = m_p->call(m_ann, QStringLiteral("worlds.save_version"), {{QStringLiteral("world_id"), id}, {QStringLiteral("blueprint"), blueprint}, {QStringLiteral("base_version"), 1}});
        NX_VERIFY_ERROR(stale, ErrorCode::Conflict);
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("worlds.save_version"), {{QStringLiteral("world_id"), id}, {QStringLiteral("blueprint"), blueprint}}), ErrorCode::PermissionDenied);
        QJsonObject broken = blueprint;
        QJsonArray bad = instances;
        QJsonObject alien = bad[0].toObject();
        alien.insert(QStringLiteral("prefab_id"), QStringLiteral("ufo_9000"));
        bad[0] = alien;
        broken.insert(QStringLiteral("prefab_instances"), bad);
        auto refused = m_p->call(m_ann, QStringLiteral("worlds.save_version"), {{QStringLiteral("world_id"), id}, {QStringLiteral("blueprint"), broken}});
        NX_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY2(refused.error().message.contains(QLatin1String("ufo_9000")), errText(refused).constData());
        QCOMPARE(ok(m_ann, QStringLiteral("worlds.versions"), {{QStringLiteral("world_id"), id}}).value(QStringLiteral("current")).toInt(), 2);
    }

    void badInputIsRefused()
    {
        const qint64 worlds = m_p->count(QStringLiteral("worlds"));
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("   ")}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("worlds.generate"), {}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QString(1001, QLatin1Char('a'))}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("x")}, {QStringLiteral("world_type"), QStringLiteral("steampunk")}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("x")}, {QStringLiteral("object_count"), 5001}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("x")}, {QStringLiteral("seed"), -1}}),
                        ErrorCode::InvalidArgument);
        QCOMPARE(m_p->count(QStringLiteral("worlds")), worlds); // nothing half-written
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), 999}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("prefabs.get"), {{QStringLiteral("id"), QStringLiteral("unicorn_01")}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("prefabs.list"), {{QStringLiteral("limit"), 101}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("prefabs.list"), {{QStringLiteral("prefab_type"), QStringLiteral("spaceship")}}), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestWorlds)
#include "tst_worlds.moc"
