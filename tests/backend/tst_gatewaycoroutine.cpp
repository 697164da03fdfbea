// Gateway::call, the coroutine face of the gateway, runs the same pipeline as callBlocking.
// Kept in its own executable: a crash here must not hide the results of the other gateway suites.

#include "testprofile.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QDeadlineTimer>

using namespace nexus;
using namespace nexus::test;

namespace {

QCoro::Task<void> capture(QCoro::Task<Result<QJsonValue>> task, std::optional<Result<QJsonValue>> *out)
{
    *out = co_await std::move(task);
}

// Pumps the event loop (the awaited futures report through it) until the call has finished.
std::optional<Result<QJsonValue>> await(Gateway &gw, const Principal &as, const QString &method, const QJsonObject &args)
{
    CallContext ctx;
    ctx.caller = as;
    ctx.origin = Origin::Test;
    std::optional<Result<QJsonValue>> out;
    {
        auto waiter = capture(gw.call(ctx, method, args), &out);
        QDeadlineTimer deadline(10000);
        while (!out && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return out;
}

} // namespace

class TestGatewayCoroutine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unknownMethod()
    {
        TestProfile p;
        QVERIFY(p.init());
        auto r = await(p.gw(), p.controller, QStringLiteral("nope.nope"), {});
        QVERIFY(r);
        NX_VERIFY_ERROR(*r, ErrorCode::UnknownMethod);
    }

    void readsAndMutations()
    {
        TestProfile p;
        QVERIFY(p.init());
        const Principal alice = principalFor(1);
        QVERIFY(p.addUser(alice, QStringLiteral("Alice"), Role::User));
        const qint64 seqBefore = p.lastSeq();

        auto who = await(p.gw(), alice, QStringLiteral("users.whoami"), {});
        QVERIFY(who);
        NX_VERIFY_OK(*who);
        QCOMPARE(who->value().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));

        for (int i = 0; i < 5; ++i) {
            auto upd = await(p.gw(), alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("async %1").arg(i)}});
            QVERIFY(upd);
            NX_VERIFY_OK(*upd);
        }
        QCOMPARE(sqlValue(p.dbPath(), QStringLiteral("SELECT bio FROM users WHERE principal = ?"), {alice.bytes()}).toString(),
                 QStringLiteral("async 4"));

        auto denied = await(p.gw(), alice, QStringLiteral("audit.list"), {});
        QVERIFY(denied);
        NX_VERIFY_ERROR(*denied, ErrorCode::PermissionDenied);
        auto bad = await(p.gw(), alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), 5}});
        QVERIFY(bad);
        NX_VERIFY_ERROR(*bad, ErrorCode::InvalidArgument);
        // 5 updates, the audited read denial and the audited invalid call.
        QCOMPARE(p.lastSeq(), seqBefore + 7);
    }

    // A method with a prepare step (worlds.generate generates off the writer) on the coroutine path.
    void preparedMutation()
    {
        TestProfile p;
        QVERIFY(p.init());
        const Principal alice = principalFor(1);
        QVERIFY(p.addUser(alice, QStringLiteral("Alice"), Role::User));
        auto made = await(p.gw(), alice, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a pond with ducks")}, {QStringLiteral("seed"), 5}});
        QVERIFY(made);
        NX_VERIFY_OK(*made);
        const qint64 id = made->value().toObject().value(QStringLiteral("world_id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(sqlValue(p.dbPath(), QStringLiteral("SELECT owner FROM worlds WHERE id = ?"), {id}).toByteArray(), alice.bytes());
        auto empty = await(p.gw(), alice, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("   ")}});
        QVERIFY(empty);
        NX_VERIFY_ERROR(*empty, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestGatewayCoroutine)
#include "tst_gatewaycoroutine.moc"
