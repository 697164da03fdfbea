// The demo seeder: deterministic, complete (every role), valid (the chain verifies), and cancellable.

#include "testprofile.h"

#include "demo/demoseeder.h"

#include <QRegularExpression>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr qint64 kAnchor = 1'760'000'000'000'000'000; // a fixed simulated clock

struct Seeded {
    QByteArray lastHash;
    qint64 entries = 0;
    QList<QVariantList> users;
    QList<QVariantList> identities;
    QList<QVariantList> config;
};

Seeded snapshot(const TestProfile &p)
{
    Seeded s;
    s.lastHash = sqlValue(p.dbPath(), QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")).toByteArray();
    s.entries = p.lastSeq();
    s.users = sqlRows(p.dbPath(), QStringLiteral("SELECT hex(principal), name, email, bio, role, kyc_status, kyc_note, disabled, created_ns, "
                                                 "updated_ns FROM users ORDER BY principal"));
    s.identities = sqlRows(p.dbPath(), QStringLiteral("SELECT name, hex(principal), key_type, hex(public_der), created_ns FROM identities ORDER BY name"));
    s.config = sqlRows(p.dbPath(), QStringLiteral("SELECT key, version, value, hex(changed_by), changed_ns, reason FROM config_history ORDER BY key, version"));
    return s;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    static Status seed(TestProfile &p, quint64 seedValue, int users, const std::function<bool(int, int, const QString &)> &progress = {})
    {
        DemoOptions o;
        o.seed = seedValue;
        o.anchorNs = kAnchor;
        o.generatedUsers = users;
        return DemoSeeder(*p.backend, o).run(progress);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deterministic()
    {
        TestProfile a, b, c;
        QVERIFY(a.init(false));
        QVERIFY(b.init(false));
        QVERIFY(c.init(false));
        NX_VERIFY_OK(seed(a, 7, 40));
        NX_VERIFY_OK(seed(b, 7, 40));
        NX_VERIFY_OK(seed(c, 8, 40));
        const Seeded sa = snapshot(a), sb = snapshot(b), sc = snapshot(c);
        QVERIFY(sa.entries > 40);
        QCOMPARE(sa.lastHash.size(), 32);
        QCOMPARE(sb.entries, sa.entries);
        QCOMPARE(sb.lastHash, sa.lastHash);
        QCOMPARE(sb.users, sa.users);
        QCOMPARE(sb.identities, sa.identities);
        QCOMPARE(sb.config, sa.config);
        // Another seed gives other data (the comparison above can fail).
        QVERIFY(sc.lastHash != sa.lastHash);
        QVERIFY(sc.users != sa.users);
    }

    void completeAndValid()
    {
        TestProfile p;
        QVERIFY(p.init(false));
        NX_VERIFY_OK(seed(p, DemoOptions().seed, 30));
        // 8 named identities plus the generated users, all registered.
        QCOMPARE(p.count(QStringLiteral("users")), 8 + 30);
        QCOMPARE(p.count(QStringLiteral("identities")), 8);

        const QJsonObject status = obj(p.call(Principal::anonymous(), QStringLiteral("system.status")));
        const auto controller = Principal::fromText(status.value(QStringLiteral("controller")).toString());
        NX_VERIFY_OK(controller);
        QCOMPARE(status.value(QStringLiteral("maintenance")).toBool(), false);
        QCOMPARE(status.value(QStringLiteral("emergency")).toBool(), false);

        // Every role has an identity in the key store that unlocks with the demo passphrase.
        QSet<QString> roles;
        for (const QJsonValue &v : obj(p.call(*controller, QStringLiteral("identities.list"))).value(QStringLiteral("items")).toArray())
            roles << v.toObject().value(QStringLiteral("role")).toString();
        for (const char *r : {"controller", "super_admin", "admin", "creator", "user"})
            QVERIFY2(roles.contains(QLatin1String(r)), r);
        auto ada = p.backend->resolveCaller(DemoSeeder::controllerName());
        NX_VERIFY_OK(ada);
        QCOMPARE(*ada, *controller);

        // KYC in every state, denials in the log, config history with rollbacks.
        const auto kyc = sqlRows(p.dbPath(), QStringLiteral("SELECT DISTINCT kyc_status FROM users"));
        QVERIFY2(kyc.size() >= 3, "demo users should cover several KYC states");
        QVERIFY(sqlValue(p.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log WHERE outcome = 'permission_denied'")).toInt() > 0);
        QVERIFY(sqlValue(p.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log WHERE method = 'system.config_rollback' AND outcome = 'ok'")).toInt() > 0);
        QVERIFY(sqlValue(p.dbPath(), QStringLiteral("SELECT max(version) FROM config_history")).toInt() >= 3);

        // Swaps in every state, through the real gateway; their escrow and the ledger agree.
        const auto states = sqlRows(p.dbPath(), QStringLiteral("SELECT DISTINCT state FROM swaps ORDER BY state"));
        QStringList seen;
        for (const QVariantList &r : states)
            seen << r[0].toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("cancelled"), QStringLiteral("completed"), QStringLiteral("disputed"), QStringLiteral("initiated"),
                                    QStringLiteral("participant_refunded"), QStringLiteral("participated"), QStringLiteral("pending_approval"),
                                    QStringLiteral("redeemed"), QStringLiteral("refunded"), QStringLiteral("resolved")}));
        QVERIFY(sqlValue(p.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log WHERE method = 'swaps.process_expired' AND outcome = 'ok'")).toInt() >= 2);
        auto ledger = p.call(*controller, QStringLiteral("ledger.verify_chain"));
        NX_VERIFY_OK(ledger);
        QVERIFY2(obj(ledger).value(QStringLiteral("ok")).toBool(), qPrintable(obj(ledger).value(QStringLiteral("reason")).toString()));

        // The chain verifies, and all of it was written at simulated times from the anchor on.
        auto v = p.call(*controller, QStringLiteral("audit.verify"));
        NX_VERIFY_OK(v);
        QVERIFY2(obj(v).value(QStringLiteral("ok")).toBool(), qPrintable(obj(v).value(QStringLiteral("reason")).toString()));
        QCOMPARE(obj(v).value(QStringLiteral("checked")).toInteger(), p.lastSeq());
        QCOMPARE(sqlValue(p.dbPath(), QStringLiteral("SELECT min(ts_ns) FROM audit_log")).toLongLong(), kAnchor);

        // Seeding a profile that already has a controller fails instead of mixing data.
        const qint64 entries = p.lastSeq();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("demo step failed")));
        QVERIFY(!seed(p, 7, 5));
        QCOMPARE(p.count(QStringLiteral("identities")), 8);
        QVERIFY(p.lastSeq() - entries < 5);
    }

    void progressAndCancel()
    {
        TestProfile p;
        QVERIFY(p.init(false));
        QList<int> done;
        int total = -1;
        bool totalStable = true; // and every call names its stage
        NX_VERIFY_OK(seed(p, 3, 25, [&](int d, int t, const QString &stage) {
            if (total >= 0 && t != total)
                totalStable = false;
            total = t;
            if (stage.isEmpty())
                totalStable = false;
            done << d;
            return true;
        }));
        QVERIFY(totalStable);
        QVERIFY(done.size() >= 25);
        for (int i = 1; i < done.size(); ++i)
            QVERIFY2(done[i] > done[i - 1], "progress must increase");
        QCOMPARE(done.last(), total);
        const qint64 fullEntries = p.lastSeq();

        TestProfile q;
        QVERIFY(q.init(false));
        int calls = 0;
        auto st = seed(q, 3, 25, [&](int d, int, const QString &) {
            ++calls;
            return d < 10;
        });
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String("cancel")), qPrintable(st.error().message));
        QCOMPARE(calls, 10); // not called again after it said stop
        QVERIFY(q.lastSeq() < fullEntries);
        QVERIFY(q.lastSeq() > 0);
        // What was written is valid and audited.
        auto v = q.call(*q.backend->resolveCaller(DemoSeeder::controllerName()), QStringLiteral("audit.verify"));
        NX_VERIFY_OK(v);
        QVERIFY(obj(v).value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
