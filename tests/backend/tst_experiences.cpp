// Experiences and telemetry through the gateway: publishing (owner or admin, tags, visibility,
// PNG thumbnail checks), who sees what (public listed, unlisted by id only, private only to the
// owner), full-text and tag search; single and batch telemetry with per-item answers, and the
// per-type, per-bucket summary.

#include "callok.h"


using namespace nexus;
using namespace nexus::test;

class TestExperiences : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProfile> m_p;
    const Principal m_ann = principalFor(1), m_bob = principalFor(2);
    qint64 m_world = 0;

    QJsonObject ok(const Principal &as, const QString &method, const QJsonObject &args, qint64 atNs = 0)
    {
        return callOk(*m_p, as, method, args, atNs);
    }
    // The publish check reads the PNG signature; the bytes after it travel as they are.
    static QString png() { return QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n thumbnail bytes").toBase64()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = std::make_unique<TestProfile>();
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_ann, QStringLiteral("ann"), Role::Creator));
        QVERIFY(m_p->addUser(m_bob, QStringLiteral("bob"), Role::Creator));
        m_world = ok(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("three towers around a lake")}}).value(QStringLiteral("world_id")).toInteger();
    }
    void cleanup() { m_p.reset(); }

    void publishAndFind()
    {
        const QJsonObject e = ok(m_ann, QStringLiteral("experiences.publish"),
                                 {{QStringLiteral("world_id"), m_world}, {QStringLiteral("description"), QStringLiteral("A quiet lake ringed by towers")},
                                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("Lake"), QStringLiteral("towers"), QStringLiteral("lake")}},
                                  {QStringLiteral("thumbnail_png"), png()}});
        QCOMPARE(e.value(QStringLiteral("title")).toString(), QStringLiteral("Three Towers around a Lake in the Meadow")); // the world's title
        QCOMPARE(e.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("lake"), QStringLiteral("towers")}));
        QVERIFY(e.value(QStringLiteral("has_thumbnail")).toBool());
        QCOMPARE(e.value(QStringLiteral("visibility")).toString(), QStringLiteral("public"));
        const qint64 id = e.value(QStringLiteral("id")).toInteger();
        const QJsonObject withThumb = ok(m_bob, QStringLiteral("experiences.get"), {{QStringLiteral("id"), id}, {QStringLiteral("with_thumbnail"), true}});
        QCOMPARE(withThumb.value(QStringLiteral("thumbnail_png")).toString(), png());

        const qint64 hidden = ok(m_ann, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}, {QStringLiteral("title"), QStringLiteral("Secret lake")},
                                                                                {QStringLiteral("visibility"), QStringLiteral("private")}})
                                  .value(QStringLiteral("id")).toInteger();
        const qint64 unlisted = ok(m_ann, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}, {QStringLiteral("title"), QStringLiteral("Link-only lake")},
                                                                                  {QStringLiteral("visibility"), QStringLiteral("unlisted")}})
                                    .value(QStringLiteral("id")).toInteger();
        // Listed: the public one only; by id: public and unlisted; private only for its owner.
        const QJsonObject listed = ok(m_bob, QStringLiteral("experiences.list"), {});
        QCOMPARE(listed.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(listed[QStringLiteral("items")][0][QStringLiteral("id")].toInteger(), id);
        NX_VERIFY_OK(m_p->call(m_bob, QStringLiteral("experiences.get"), {{QStringLiteral("id"), unlisted}}));
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("experiences.get"), {{QStringLiteral("id"), hidden}}), ErrorCode::NotFound);
        NX_VERIFY_OK(m_p->call(m_ann, QStringLiteral("experiences.get"), {{QStringLiteral("id"), hidden}}));
        QCOMPARE(ok(m_ann, QStringLiteral("experiences.list"), {{QStringLiteral("mine"), true}}).value(QStringLiteral("total")).toInt(), 3);
        // Full text over title, description and tags; tags exactly.
        QCOMPARE(ok(m_bob, QStringLiteral("experiences.list"), {{QStringLiteral("q"), QStringLiteral("quiet")}}).value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(ok(m_bob, QStringLiteral("experiences.list"), {{QStringLiteral("q"), QStringLiteral("tow*")}}).value(QStringLiteral("total")).toInt(), 1); // a prefix, as in market.search
        QCOMPARE(ok(m_bob, QStringLiteral("experiences.list"), {{QStringLiteral("q"), QStringLiteral("secret")}}).value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(ok(m_bob, QStringLiteral("experiences.list"), {{QStringLiteral("tag"), QStringLiteral("lake")}}).value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(ok(m_bob, QStringLiteral("experiences.list"), {{QStringLiteral("tag"), QStringLiteral("desert")}}).value(QStringLiteral("total")).toInt(), 0);
    }

    void publishRefusals()
    {
        const qint64 before = m_p->count(QStringLiteral("experiences"));
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}}), ErrorCode::PermissionDenied); // not bob's
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), 999}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}, {QStringLiteral("tags"), QJsonArray{QStringLiteral("no spaces")}}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}, {QStringLiteral("thumbnail_png"), QString::fromLatin1(QByteArray("GIF89a").toBase64())}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}, {QStringLiteral("thumbnail_png"), QStringLiteral("%%%")}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}, {QStringLiteral("visibility"), QStringLiteral("friends")}}),
                        ErrorCode::InvalidArgument);
        QCOMPARE(m_p->count(QStringLiteral("experiences")), before);
        NX_VERIFY_ERROR(m_p->call(principalFor(77), QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), m_world}}), ErrorCode::PermissionDenied); // a guest
    }

    void telemetry()
    {
        constexpr qint64 hour = 3600LL * 1000000000;
        const qint64 t0 = 1'800'000'000LL * 1000000000;
        ok(m_ann, QStringLiteral("telemetry.ingest"), {{QStringLiteral("event_type"), QStringLiteral("visit")}, {QStringLiteral("world_id"), m_world}}, t0);
        ok(m_bob, QStringLiteral("telemetry.ingest"), {{QStringLiteral("event_type"), QStringLiteral("visit")}}, t0 + 10);
        const QJsonObject batch = ok(m_ann, QStringLiteral("telemetry.ingest_batch"),
                                     {{QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("event_type"), QStringLiteral("jump")}},
                                                                            QJsonObject{{QStringLiteral("event_type"), QStringLiteral("Bad Type")}},
                                                                            QJsonObject{{QStringLiteral("event_type"), QStringLiteral("visit")}, {QStringLiteral("session_id"), -1}},
                                                                            QJsonObject{{QStringLiteral("event_type"), QStringLiteral("jump")}, {QStringLiteral("data"), QJsonObject{{QStringLiteral("height"), 2}}}}}}},
                                     t0 + hour + 5);
        QCOMPARE(batch.value(QStringLiteral("stored")).toInt(), 2);
        QCOMPARE(batch.value(QStringLiteral("rejected")).toInt(), 2);
        QVERIFY(batch[QStringLiteral("results")][1][QStringLiteral("error")].toString().startsWith(QStringLiteral("event_type")));
        QVERIFY(batch[QStringLiteral("results")][2][QStringLiteral("error")].toString().startsWith(QStringLiteral("session_id")));
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("telemetry.ingest"), {{QStringLiteral("event_type"), QStringLiteral("9lives")}}), ErrorCode::InvalidArgument);
        QCOMPARE(m_p->count(QStringLiteral("telemetry_events")), 4);

        const QJsonObject s = ok(m_bob, QStringLiteral("telemetry.summary"), {{QStringLiteral("from_ns"), QString::number(t0)}, {QStringLiteral("to_ns"), QString::number(t0 + 2 * hour)}});
        const QJsonArray visits = s[QStringLiteral("series")][QStringLiteral("visit")].toArray();
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits[0][QStringLiteral("count")].toInt(), 2);
        const QJsonArray jumps = s[QStringLiteral("series")][QStringLiteral("jump")].toArray();
        QCOMPARE(jumps.size(), 1);
        QCOMPARE(jumps[0][QStringLiteral("start_ns")].toString(), QString::number(t0 + hour));
        QCOMPARE(jumps[0][QStringLiteral("count")].toInt(), 2);
        const QJsonObject day = ok(m_bob, QStringLiteral("telemetry.summary"), {{QStringLiteral("event_type"), QStringLiteral("jump")}, {QStringLiteral("bucket"), QStringLiteral("day")},
                                                                                {QStringLiteral("from_ns"), QString::number(t0)}, {QStringLiteral("to_ns"), QString::number(t0 + 24 * hour)}});
        QVERIFY(!day[QStringLiteral("series")].toObject().contains(QStringLiteral("visit")));
        // One world's events: only Ann's visit carried the world.
        const QJsonObject world = ok(m_bob, QStringLiteral("telemetry.summary"), {{QStringLiteral("world_id"), m_world}, {QStringLiteral("from_ns"), QString::number(t0)},
                                                                                  {QStringLiteral("to_ns"), QString::number(t0 + 2 * hour)}});
        QCOMPARE(world[QStringLiteral("series")].toObject().keys(), QStringList{QStringLiteral("visit")});
        QCOMPARE(world[QStringLiteral("series")][QStringLiteral("visit")][0][QStringLiteral("count")].toInt(), 1);
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("telemetry.summary"), {{QStringLiteral("from_ns"), QString::number(t0)}, {QStringLiteral("to_ns"), QString::number(t0 - 1)}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("telemetry.summary"), {{QStringLiteral("from_ns"), QString::number(t0)}, {QStringLiteral("to_ns"), QString::number(t0 + 3000 * hour)}}),
                        ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestExperiences)
#include "tst_experiences.moc"
