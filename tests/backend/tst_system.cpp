// System: configuration with version history and rollback, validation, feature flags, bootstrap.

#include "testprofile.h"

#include "storage/migrator.h"

using namespace nexus;
using namespace nexus::test;

namespace {
const QString K = QStringLiteral("key");
const QString V = QStringLiteral("value");
}

class TestSystem : public QObject
{
    Q_OBJECT

    TestProfile *m_p = nullptr;
    const Principal m_super = principalFor(1);

    Result<QJsonValue> set(const QString &key, const QJsonValue &value, const QString &reason = {}, qint64 timeNs = 0,
                           const std::optional<Principal> &as = std::nullopt)
    {
        QJsonObject a{{K, key}, {V, value}};
        if (!reason.isEmpty())
            a.insert(QStringLiteral("reason"), reason);
        return m_p->call(as.value_or(m_p->controller), QStringLiteral("system.config_set"), a, Origin::Seed, timeNs);
    }
    QJsonObject get(const QString &key)
    {
        return obj(m_p->ctl(QStringLiteral("system.config_get"), {{K, key}})).value(QStringLiteral("items")).toArray().at(0).toObject();
    }
    QJsonArray history(const QString &key)
    {
        return obj(m_p->ctl(QStringLiteral("system.config_history"), {{K, key}})).value(QStringLiteral("versions")).toArray();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = new TestProfile;
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_super, QStringLiteral("Sam"), Role::SuperAdmin));
    }
    void cleanup()
    {
        delete m_p;
        m_p = nullptr;
    }

    void historyIsPaged()
    {
        for (int i = 1; i <= 7; ++i)
            NX_VERIFY_OK(set(QStringLiteral("ui.page_size"), i));
        auto page = m_p->ctl(QStringLiteral("system.config_history"),
                             {{K, QStringLiteral("ui.page_size")}, {QStringLiteral("limit"), 3}, {QStringLiteral("offset"), 2}});
        NX_VERIFY_OK(page);
        QCOMPARE(obj(page).value(QStringLiteral("total")).toInt(), 7);
        const QJsonArray versions = obj(page).value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("version")).toInt(), 5); // newest first, after skipping 7 and 6
        QCOMPARE(versions.at(2).toObject().value(QStringLiteral("version")).toInt(), 3);
        auto tooMany = m_p->ctl(QStringLiteral("system.config_history"), {{K, QStringLiteral("ui.page_size")}, {QStringLiteral("limit"), 5000}});
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, ErrorCode::InvalidArgument);
    }

    void setGetHistoryRollback()
    {
        const qint64 t1 = 1'700'000'000'000'000'000, t2 = t1 + 60'000'000'000, t3 = t2 + 60'000'000'000;
        auto v1 = set(QStringLiteral("fees.listing_bps"), 250, QStringLiteral("launch"), t1);
        NX_VERIFY_OK(v1);
        QCOMPARE(obj(v1).value(QStringLiteral("version")).toInteger(), 1);
        auto v2 = set(QStringLiteral("fees.listing_bps"), QJsonObject{{QStringLiteral("base"), 200}, {QStringLiteral("min"), 1}},
                      QStringLiteral("tiered"), t2, m_super);
        NX_VERIFY_OK(v2);
        QCOMPARE(obj(v2).value(QStringLiteral("version")).toInteger(), 2);

        QJsonObject cur = get(QStringLiteral("fees.listing_bps"));
        QCOMPARE(cur.value(V).toObject().value(QStringLiteral("base")).toInt(), 200);
        QCOMPARE(cur.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(cur.value(QStringLiteral("changed_by")).toString(), m_super.toText());
        QCOMPARE(cur.value(QStringLiteral("changed_ns")).toString(), QString::number(t2));

        QJsonArray h = history(QStringLiteral("fees.listing_bps"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].toObject().value(QStringLiteral("version")).toInteger(), 2); // newest first
        QCOMPARE(h[1].toObject().value(V).toInt(), 250);
        QCOMPARE(h[1].toObject().value(QStringLiteral("changed_by")).toString(), m_p->controller.toText());
        QCOMPARE(h[1].toObject().value(QStringLiteral("changed_ns")).toString(), QString::number(t1));
        QCOMPARE(h[1].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("launch"));
        QCOMPARE(h[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("tiered"));

        // Rollback writes a new version holding the old value; history keeps everything.
        auto rb = m_p->call(m_super, QStringLiteral("system.config_rollback"), {{K, QStringLiteral("fees.listing_bps")}, {QStringLiteral("version"), 1}},
                            Origin::Seed, t3);
        NX_VERIFY_OK(rb);
        QCOMPARE(obj(rb).value(QStringLiteral("version")).toInteger(), 3);
        cur = get(QStringLiteral("fees.listing_bps"));
        QCOMPARE(cur.value(V).toInt(), 250);
        QCOMPARE(cur.value(QStringLiteral("version")).toInteger(), 3);
        h = history(QStringLiteral("fees.listing_bps"));
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[0].toObject().value(V).toInt(), 250);
        QVERIFY(h[0].toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("1")));
        QCOMPARE(h[0].toObject().value(QStringLiteral("changed_ns")).toString(), QString::number(t3));
        QCOMPARE(h[1].toObject().value(V).toObject().value(QStringLiteral("base")).toInt(), 200); // v2 still there

        // Same value again: a conflict, and no new version.
        NX_VERIFY_ERROR(set(QStringLiteral("fees.listing_bps"), 250), ErrorCode::Conflict);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.config_rollback"), {{K, QStringLiteral("fees.listing_bps")}, {QStringLiteral("version"), 1}}),
                        ErrorCode::Conflict);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.config_rollback"), {{K, QStringLiteral("fees.listing_bps")}, {QStringLiteral("version"), 9}}),
                        ErrorCode::NotFound);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.config_rollback"), {{K, QStringLiteral("fees.nothing")}, {QStringLiteral("version"), 1}}),
                        ErrorCode::NotFound);
        QCOMPARE(history(QStringLiteral("fees.listing_bps")).size(), 3);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.config_get"), {{K, QStringLiteral("fees.nothing")}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.config_history"), {{K, QStringLiteral("fees.nothing")}}), ErrorCode::NotFound);
    }

    void systemKeysNeedTheirOwnMethods()
    {
        const QJsonArray before = history(QStringLiteral("system.maintenance"));
        QCOMPARE(before.size(), 1);
        NX_VERIFY_ERROR(set(QStringLiteral("system.maintenance"), QJsonObject{{QStringLiteral("enabled"), true}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(set(QStringLiteral("system.emergency"), QJsonObject{{QStringLiteral("active"), true}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(set(QStringLiteral("system.anything_new"), 1), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.config_rollback"), {{K, QStringLiteral("system.maintenance")}, {QStringLiteral("version"), 1}}),
                        ErrorCode::InvalidArgument);
        QCOMPARE(history(QStringLiteral("system.maintenance")), before);
        QVERIFY(!m_p->gw().systemState().maintenance);
        QVERIFY(!m_p->gw().systemState().emergency);
    }

    void invalidValuesRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("upper case") << "Fees.listing" << QJsonValue(1);
        QTest::newRow("no dot") << "fees" << QJsonValue(1);
        QTest::newRow("empty part") << "fees..x" << QJsonValue(1);
        QTest::newRow("leading digit") << "1fees.x" << QJsonValue(1);
        QTest::newRow("space") << "fees.listing bps" << QJsonValue(1);
        QTest::newRow("too long") << (QStringLiteral("a.") + QString(63, QLatin1Char('b'))) << QJsonValue(1);
        QTest::newRow("flag not bool") << "feature.swaps" << QJsonValue(QStringLiteral("yes"));
        QTest::newRow("flag number") << "feature.new_thing" << QJsonValue(1);
        QTest::newRow("ratelimit zero capacity") << "ratelimit.write" << QJsonValue(QJsonObject{{"capacity", 0}, {"per_second", 1}});
        QTest::newRow("ratelimit zero rate") << "ratelimit.write" << QJsonValue(QJsonObject{{"capacity", 5}, {"per_second", 0}});
        QTest::newRow("ratelimit missing rate") << "ratelimit.write" << QJsonValue(QJsonObject{{"capacity", 5}});
        QTest::newRow("ratelimit extra field") << "ratelimit.write" << QJsonValue(QJsonObject{{"capacity", 5}, {"per_second", 1}, {"burst", 2}});
        QTest::newRow("ratelimit string") << "ratelimit.write" << QJsonValue(QStringLiteral("fast"));
        QTest::newRow("ratelimit text numbers") << "ratelimit.admin" << QJsonValue(QJsonObject{{"capacity", "5"}, {"per_second", "1"}});
        QTest::newRow("ratelimit huge") << "ratelimit.read" << QJsonValue(QJsonObject{{"capacity", 1e9}, {"per_second", 1}});
        QTest::newRow("over 16 KiB") << "ui.notes" << QJsonValue(QString(17000, QLatin1Char('x')));
    }
    void invalidValuesRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const auto before = sqlRows(m_p->dbPath(), QStringLiteral("SELECT key, version, value FROM config_history ORDER BY key, version"));
        const BucketConfig write = m_p->gw().rateLimiter().config(QStringLiteral("write"));
        auto r = set(key, value);
        NX_VERIFY_ERROR(r, ErrorCode::InvalidArgument);
        QCOMPARE(sqlRows(m_p->dbPath(), QStringLiteral("SELECT key, version, value FROM config_history ORDER BY key, version")), before);
        QCOMPARE(m_p->gw().rateLimiter().config(QStringLiteral("write")).capacity, write.capacity);
    }

    void validRateLimitTakesEffect()
    {
        NX_VERIFY_OK(set(QStringLiteral("ratelimit.write"), QJsonObject{{QStringLiteral("capacity"), 7}, {QStringLiteral("per_second"), 2.5}}));
        BucketConfig c = m_p->gw().rateLimiter().config(QStringLiteral("write"));
        QCOMPARE(c.capacity, 7.0);
        QCOMPARE(c.refillPerSec, 2.5);
        // A rollback restores the limit too, and a reopened profile loads it from the table.
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.config_rollback"), {{K, QStringLiteral("ratelimit.write")}, {QStringLiteral("version"), 1}}));
        QCOMPARE(m_p->gw().rateLimiter().config(QStringLiteral("write")).capacity, 60.0);
        NX_VERIFY_OK(set(QStringLiteral("ratelimit.admin"), QJsonObject{{QStringLiteral("capacity"), 4}, {QStringLiteral("per_second"), 1}}));
        QVERIFY(m_p->reopen());
        QCOMPARE(m_p->gw().rateLimiter().config(QStringLiteral("admin")).capacity, 4.0);
        QCOMPARE(m_p->gw().rateLimiter().config(QStringLiteral("write")).capacity, 60.0);
    }

    void featureFlags()
    {
        auto r = m_p->call(m_super, QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("beta_worlds")}, {QStringLiteral("enabled"), true},
                                                                       {QStringLiteral("reason"), QStringLiteral("cohort")}});
        NX_VERIFY_OK(r);
        QCOMPARE(obj(r).value(K).toString(), QStringLiteral("feature.beta_worlds"));
        QCOMPARE(get(QStringLiteral("feature.beta_worlds")).value(V), QJsonValue(true));
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("beta_worlds")}, {QStringLiteral("enabled"), false}}));
        QCOMPARE(get(QStringLiteral("feature.beta_worlds")).value(V), QJsonValue(false));
        QCOMPARE(history(QStringLiteral("feature.beta_worlds")).size(), 2);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("beta_worlds")}, {QStringLiteral("enabled"), false}}),
                        ErrorCode::Conflict);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("Beta Worlds")}, {QStringLiteral("enabled"), true}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("enabled"), QStringLiteral("on")}}),
                        ErrorCode::InvalidArgument);
        // Flags are feature.* keys: listed by prefix next to the defaults.
        const QJsonArray flags = obj(m_p->ctl(QStringLiteral("system.config_get"), {{QStringLiteral("prefix"), QStringLiteral("feature.")}}))
                                     .value(QStringLiteral("items")).toArray();
        QStringList keys;
        for (const QJsonValue &v : flags) {
            keys << v.toObject().value(K).toString();
            QVERIFY(v.toObject().value(V).isBool());
        }
        QVERIFY(keys.contains(QStringLiteral("feature.beta_worlds")));
        QVERIFY(keys.contains(QStringLiteral("feature.marketplace")));
        for (const QString &k : std::as_const(keys))
            QVERIFY(k.startsWith(QLatin1String("feature.")));
        // A plain admin lacks manage_system.
        const Principal admin = principalFor(2);
        QVERIFY(m_p->addUser(admin, QStringLiteral("Ada"), Role::Admin));
        NX_VERIFY_ERROR(m_p->call(admin, QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("beta_worlds")}, {QStringLiteral("enabled"), true}}),
                        ErrorCode::PermissionDenied);
        QCOMPARE(get(QStringLiteral("feature.beta_worlds")).value(V), QJsonValue(false));
    }

    void bootstrapOnce()
    {
        // The profile from init() already has its controller.
        const qint64 users = m_p->count(QStringLiteral("users"));
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.bootstrap"), {{QStringLiteral("name"), QStringLiteral("again")}}), ErrorCode::AlreadyExists);
        NX_VERIFY_ERROR(m_p->call(principalFor(77), QStringLiteral("system.bootstrap"), {{QStringLiteral("name"), QStringLiteral("usurper")}}),
                        ErrorCode::AlreadyExists);
        QCOMPARE(m_p->count(QStringLiteral("users")), users);

        // A fresh profile: the anonymous principal cannot become the controller; a real one can, once.
        TestProfile fresh;
        QVERIFY(fresh.init(false));
        auto st = obj(fresh.call(Principal::anonymous(), QStringLiteral("system.status")));
        QCOMPARE(st.value(QStringLiteral("controller")).toString(), QString());
        QCOMPARE(st.value(QStringLiteral("schema_version")).toInt(), *Migrator().latestVersion());
        NX_VERIFY_ERROR(fresh.call(Principal::anonymous(), QStringLiteral("system.bootstrap"), {{QStringLiteral("name"), QStringLiteral("anon")}}),
                        ErrorCode::InvalidArgument);
        const Principal boss = principalFor(5);
        NX_VERIFY_OK(fresh.call(boss, QStringLiteral("system.bootstrap"), {{QStringLiteral("name"), QStringLiteral("Boss")}}));
        NX_VERIFY_ERROR(fresh.call(principalFor(6), QStringLiteral("system.bootstrap"), {{QStringLiteral("name"), QStringLiteral("Late")}}),
                        ErrorCode::AlreadyExists);
        st = obj(fresh.call(Principal::anonymous(), QStringLiteral("system.status")));
        QCOMPARE(st.value(QStringLiteral("controller")).toString(), boss.toText());
        QCOMPARE(st.value(QStringLiteral("users")).toInteger(), 1);
        // Defaults exist from version 1, written by the controller.
        const QJsonArray items = obj(fresh.call(boss, QStringLiteral("system.config_get"))).value(QStringLiteral("items")).toArray();
        QStringList keys;
        for (const QJsonValue &v : items) {
            keys << v.toObject().value(K).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("version")).toInteger(), 1);
            QCOMPARE(v.toObject().value(QStringLiteral("changed_by")).toString(), boss.toText());
        }
        for (const char *k : {"ratelimit.read", "ratelimit.write", "ratelimit.admin", "system.maintenance", "system.emergency", "ui.fiat_currency"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
    }

    void statusReflectsState()
    {
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.set_maintenance"), {{QStringLiteral("enabled"), true}, {QStringLiteral("message"), QStringLiteral("backup")}}));
        QJsonObject st = obj(m_p->call(principalFor(40), QStringLiteral("system.status")));
        QCOMPARE(st.value(QStringLiteral("maintenance")).toBool(), true);
        QCOMPARE(st.value(QStringLiteral("maintenance_message")).toString(), QStringLiteral("backup"));
        QCOMPARE(st.value(QStringLiteral("audit_entries")).toInteger(), m_p->lastSeq());
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.emergency_stop"), {{QStringLiteral("reason"), QStringLiteral("   ")}}), ErrorCode::InvalidArgument);
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.emergency_stop"), {{QStringLiteral("reason"), QStringLiteral("fire")}}));
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.emergency_stop"), {{QStringLiteral("reason"), QStringLiteral("again")}}), ErrorCode::EmergencyStop);
        st = obj(m_p->call(principalFor(40), QStringLiteral("system.status")));
        QCOMPARE(st.value(QStringLiteral("emergency")).toBool(), true);
        QCOMPARE(st.value(QStringLiteral("emergency_reason")).toString(), QStringLiteral("fire"));
        QVERIFY(st.value(QStringLiteral("emergency_since_ns")).toString().toLongLong() > 0);
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.resume")));
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.set_maintenance"), {{QStringLiteral("enabled"), false}}));
        st = obj(m_p->call(principalFor(40), QStringLiteral("system.status")));
        QCOMPARE(st.value(QStringLiteral("maintenance")).toBool(), false);
        QCOMPARE(st.value(QStringLiteral("emergency")).toBool(), false);
        QCOMPARE(history(QStringLiteral("system.emergency")).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSystem)
#include "tst_system.moc"
