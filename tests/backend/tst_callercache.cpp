// The writer's memo of callers must never let a stale role, grant or disabled flag through:
// changes made by this gateway, by SQL on another connection (another process such as
// nexusctl), and changes rolled back must all be seen by the very next mutation.

#include "testprofile.h"

using namespace nexus;
using namespace nexus::test;

class TestCallerCache : public QObject
{
    Q_OBJECT

    TestProfile p;
    Principal alice = principalFor(1);
    Principal bob = principalFor(2);
    Principal carol = principalFor(3);

    int m_probe = 0;
    QByteArray mutateAs(const Principal &who) // a change that needs manage_system, different every time
    {
        return codeText(p.call(who, QStringLiteral("system.config_set"),
                               {{QStringLiteral("key"), QStringLiteral("cache.probe")}, {QStringLiteral("value"), ++m_probe}}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(p.init());
        QVERIFY(p.addUser(alice, QStringLiteral("Alice"), Role::Admin));
        QVERIFY(p.addUser(bob, QStringLiteral("Bob"), Role::User));
        QVERIFY(p.addUser(carol, QStringLiteral("Carol"), Role::User));
    }

    void grantsAndRevocationsThroughTheGatewayApplyAtOnce()
    {
        QCOMPARE(mutateAs(alice), QByteArray("permission_denied")); // admin without manage_system
        QVERIFY(p.grant(alice, QStringLiteral("manage_system")));
        QCOMPARE(mutateAs(alice), QByteArray("ok"));
        QVERIFY(p.ctl(QStringLiteral("users.revoke_permission"),
                      {{QStringLiteral("principal"), alice.toText()}, {QStringLiteral("permission"), QStringLiteral("manage_system")}}));
        QCOMPARE(mutateAs(alice), QByteArray("permission_denied"));
    }

    void changesFromAnotherConnectionApplyAtOnce()
    {
        QVERIFY(p.grant(alice, QStringLiteral("manage_system")));
        QCOMPARE(mutateAs(alice), QByteArray("ok")); // now remembered as allowed
        // Another process disables her account behind the gateway's back.
        QCOMPARE(sqlExec(p.dbPath(), QStringLiteral("UPDATE users SET disabled = 1 WHERE principal = ?"), {alice.bytes()}), QString());
        QCOMPARE(mutateAs(alice), QByteArray("permission_denied"));
        QCOMPARE(sqlExec(p.dbPath(), QStringLiteral("UPDATE users SET disabled = 0 WHERE principal = ?"), {alice.bytes()}), QString());
        QCOMPARE(mutateAs(alice), QByteArray("ok"));
        QCOMPARE(sqlExec(p.dbPath(), QStringLiteral("DELETE FROM permissions WHERE principal = ?"), {alice.bytes()}), QString());
        QCOMPARE(mutateAs(alice), QByteArray("permission_denied"));
    }

    void aRoleChangeAppliesToTheNextCall()
    {
        QCOMPARE(codeText(p.call(bob, QStringLiteral("users.set_kyc"),
                                 {{QStringLiteral("principal"), carol.toText()}, {QStringLiteral("status"), QStringLiteral("verified")}})),
                 QByteArray("permission_denied"));
        QVERIFY(p.ctl(QStringLiteral("users.set_role"), {{QStringLiteral("principal"), bob.toText()}, {QStringLiteral("role"), QStringLiteral("admin")}}));
        // (admins hold verify_kyc by their role)
        QCOMPARE(codeText(p.call(bob, QStringLiteral("users.set_kyc"),
                                 {{QStringLiteral("principal"), carol.toText()}, {QStringLiteral("status"), QStringLiteral("verified")}})),
                 QByteArray("ok"));
    }

    void aReopenedProfileStartsFresh()
    {
        QCOMPARE(mutateAs(alice), QByteArray("permission_denied"));
        QVERIFY(p.reopen());
        QCOMPARE(mutateAs(alice), QByteArray("permission_denied"));
        QVERIFY(p.grant(alice, QStringLiteral("manage_system")));
        QCOMPARE(mutateAs(alice), QByteArray("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCallerCache)
#include "tst_callercache.moc"
