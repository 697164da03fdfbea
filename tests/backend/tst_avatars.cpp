// Avatars and VR sessions through the gateway: the avatar canister's rules (one per owner, names
// of 1 to 32 characters, its error variants) and sessions' life (host joins first, capacity,
// leaving, the last one out ends it, only the host or an admin ends it, nothing joins an ended
// session).

#include "callok.h"

using namespace nexus;
using namespace nexus::test;

class TestAvatars : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestProfile> m_p;
    const Principal m_ann = principalFor(1), m_bob = principalFor(2), m_cat = principalFor(3), m_admin = principalFor(4);

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
        QVERIFY(m_p->addUser(m_cat, QStringLiteral("cat"), Role::User));
        QVERIFY(m_p->addUser(m_admin, QStringLiteral("admin"), Role::Admin));
    }
    void cleanup() { m_p.reset(); }

    void avatarRules()
    {
        const QJsonObject a = ok(m_ann, QStringLiteral("avatars.register"), {{QStringLiteral("name"), QStringLiteral("  Nova  ")}, {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("hair"), QStringLiteral("blue")}}}});
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("Nova"));
        QCOMPARE(a[QStringLiteral("metadata")][QStringLiteral("hair")].toString(), QStringLiteral("blue"));
        auto again = m_p->call(m_ann, QStringLiteral("avatars.register"), {{QStringLiteral("name"), QStringLiteral("Other")}});
        NX_VERIFY_ERROR(again, ErrorCode::AlreadyExists);
        QVERIFY(again.error().message.startsWith(QStringLiteral("AlreadyExists")));
        // InvalidName: empty, only spaces, 33 characters, control characters; 32 is fine.
        for (const QString &bad : {QString(), QStringLiteral("   "), QString(33, QLatin1Char('x')), QStringLiteral("a\tb")}) {
            auto r = m_p->call(m_bob, QStringLiteral("avatars.register"), {{QStringLiteral("name"), bad}});
            NX_VERIFY_ERROR(r, ErrorCode::InvalidArgument);
            QVERIFY(r.error().message.startsWith(QStringLiteral("InvalidName")));
        }
        NX_VERIFY_OK(m_p->call(m_bob, QStringLiteral("avatars.register"), {{QStringLiteral("name"), QString(32, QStringLiteral("é").at(0))}}));
        // NotFound, and Unauthorized for someone who is not a registered user.
        auto none = m_p->call(m_ann, QStringLiteral("avatars.get"), {{QStringLiteral("owner"), m_cat.toText()}});
        NX_VERIFY_ERROR(none, ErrorCode::NotFound);
        QVERIFY(none.error().message.startsWith(QStringLiteral("NotFound")));
        NX_VERIFY_ERROR(m_p->call(principalFor(999), QStringLiteral("avatars.register"), {{QStringLiteral("name"), QStringLiteral("Ghost")}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(m_p->call(m_cat, QStringLiteral("avatars.update"), {{QStringLiteral("name"), QStringLiteral("x")}}), ErrorCode::NotFound);
        // Update keeps what it is not given.
        const QJsonObject renamed = ok(m_ann, QStringLiteral("avatars.update"), {{QStringLiteral("name"), QStringLiteral("Nova II")}});
        QCOMPARE(renamed[QStringLiteral("metadata")][QStringLiteral("hair")].toString(), QStringLiteral("blue"));
        QCOMPARE(ok(m_cat, QStringLiteral("avatars.get"), {{QStringLiteral("owner"), m_ann.toText()}}).value(QStringLiteral("name")).toString(), QStringLiteral("Nova II"));
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("avatars.update"), {{QStringLiteral("name"), QString(40, QLatin1Char('y'))}}), ErrorCode::InvalidArgument);
    }

    void sessionLife()
    {
        const qint64 world = ok(m_ann, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a plaza")}}).value(QStringLiteral("world_id")).toInteger();
        ok(m_ann, QStringLiteral("avatars.register"), {{QStringLiteral("name"), QStringLiteral("Nova")}});
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), 999}}), ErrorCode::NotFound);
        const QJsonObject s = ok(m_ann, QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), world}, {QStringLiteral("max_participants"), 2}});
        const qint64 id = s.value(QStringLiteral("session_id")).toInteger();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(s.value(QStringLiteral("participants")).toArray().size(), 1);
        QCOMPARE(s[QStringLiteral("participants")][0][QStringLiteral("avatar")].toString(), QStringLiteral("Nova"));
        NX_VERIFY_ERROR(m_p->call(m_ann, QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), id}}), ErrorCode::AlreadyExists);
        QCOMPARE(ok(m_bob, QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), id}}).value(QStringLiteral("participants")).toArray().size(), 2);
        NX_VERIFY_ERROR(m_p->call(m_cat, QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), id}}), ErrorCode::Conflict); // full
        NX_VERIFY_ERROR(m_p->call(m_cat, QStringLiteral("sessions.leave"), {{QStringLiteral("session_id"), id}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("sessions.end"), {{QStringLiteral("session_id"), id}}), ErrorCode::PermissionDenied); // not the host
        QCOMPARE(ok(m_cat, QStringLiteral("sessions.list"), {{QStringLiteral("world_id"), world}}).value(QStringLiteral("items")).toArray().size(), 1);
        // Leaving: the host first, then the last one out ends it.
        QCOMPARE(ok(m_ann, QStringLiteral("sessions.leave"), {{QStringLiteral("session_id"), id}}).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QJsonObject ended = ok(m_bob, QStringLiteral("sessions.leave"), {{QStringLiteral("session_id"), id}});
        QCOMPARE(ended.value(QStringLiteral("state")).toString(), QStringLiteral("ended"));
        QVERIFY(ended.contains(QStringLiteral("ended_ns")));
        NX_VERIFY_ERROR(m_p->call(m_cat, QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), id}}), ErrorCode::Conflict);
        QVERIFY(ok(m_cat, QStringLiteral("sessions.list"), {}).value(QStringLiteral("items")).toArray().isEmpty()); // active only
        QCOMPARE(ok(m_cat, QStringLiteral("sessions.list"), {{QStringLiteral("active"), false}}).value(QStringLiteral("items")).toArray().size(), 1);
        // An admin may end someone else's session; ending twice is a conflict.
        const qint64 second = ok(m_bob, QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), world}}).value(QStringLiteral("session_id")).toInteger();
        QCOMPARE(ok(m_admin, QStringLiteral("sessions.end"), {{QStringLiteral("session_id"), second}}).value(QStringLiteral("state")).toString(), QStringLiteral("ended"));
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("sessions.end"), {{QStringLiteral("session_id"), second}}), ErrorCode::Conflict);
        NX_VERIFY_ERROR(m_p->call(m_bob, QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), world}, {QStringLiteral("max_participants"), 101}}),
                        ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestAvatars)
#include "tst_avatars.moc"
