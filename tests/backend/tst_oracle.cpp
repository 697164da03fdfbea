// The price oracle service through the gateway: every method, who may call it, versioned pair
// settings, the circuit breaker (trip → refusals → reset / manual price, audited), alerts, cross
// rates and conversions, downsampled history, batch ingest, the demo feed and the demo stage.

#include "testprofile.h"

#include "demo/oracleseed.h"
#include "oracle/demofeed.h"
#include "oraclerates.h"
#include "oraclesim.h"

#include <QElapsedTimer>

#include <ctime>
#include <QSignalSpy>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr qint64 kSec = 1000000000;
constexpr qint64 kMin = 60 * kSec;
constexpr qint64 kT = 1'759'999'980LL * kSec; // minute-aligned
const QString kPair = QStringLiteral("pair");
const QString kBtc = QStringLiteral("BTC/USD");
const QString kIcp = QStringLiteral("ICP/USD");
const QString kEth = QStringLiteral("ETH/USD");

QString ns(qint64 v) { return QString::number(v); }
QJsonObject q3(const QString &a, const QString &b, const QString &c)
{
    return {{QStringLiteral("S1"), a}, {QStringLiteral("S2"), b}, {QStringLiteral("S3"), c}};
}
QJsonObject same(const QString &r) { return q3(r, r, r); }

// The deterministic series of the history test: 1000 + ((m * 37) % 101) / 10.
oracle::RateE9 seriesRate(qint64 m) { return 1000 * oracle::kRateOne + (m * 37 % 101) * (oracle::kRateOne / 10); }

} // namespace

class TestOracle : public QObject
{
    Q_OBJECT

    TestProfile *m_p = nullptr;
    const Principal m_feeder = principalFor(1); // user holding manage_oracle
    const Principal m_oracleAdmin = principalFor(2);
    const Principal m_admin = principalFor(3); // admin without manage_oracle
    const Principal m_user = principalFor(4);

    Result<QJsonValue> at(const Principal &who, qint64 t, const QString &method, const QJsonObject &args)
    {
        return m_p->call(who, method, args, Origin::Seed, t);
    }
    Result<QJsonValue> feed(const QString &pair, qint64 t, const QJsonObject &quotes)
    {
        return at(m_feeder, t, QStringLiteral("oracle.update_price"), {{kPair, pair}, {QStringLiteral("ts_ns"), ns(t)}, {QStringLiteral("quotes"), quotes}});
    }
    Result<QJsonValue> price(const QString &pair, qint64 t, const Principal &who = principalFor(99))
    {
        return at(who, t, QStringLiteral("oracle.get_price"), {{kPair, pair}});
    }
    Result<QJsonValue> convert(const QString &amount, const QString &from, const QString &to, qint64 t)
    {
        return at(m_user, t, QStringLiteral("oracle.get_conversion_amount"),
                  {{QStringLiteral("amount"), amount}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }
    bool addSources(const QString &pair, const QStringList &names)
    {
        for (const QString &n : names) {
            auto r = at(m_oracleAdmin, kT - kMin, QStringLiteral("oracle.add_source"),
                        {{kPair, pair}, {QStringLiteral("name"), n}, {QStringLiteral("kind"), QStringLiteral("sim")}});
            if (!r) {
                qWarning("add_source failed: %s", errText(r).constData());
                return false;
            }
        }
        return true;
    }
    QJsonObject pairInfo(const QString &pair)
    {
        for (const QJsonValue &v : obj(m_p->ctl(QStringLiteral("oracle.pairs"))).value(QStringLiteral("items")).toArray())
            if (v.toObject().value(kPair).toString() == pair)
                return v.toObject();
        return {};
    }
    QJsonArray alertItems(const QString &pair)
    {
        return obj(at(m_user, kT, QStringLiteral("oracle.alerts"), {{kPair, pair}})).value(QStringLiteral("items")).toArray();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = new TestProfile;
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_feeder, QStringLiteral("Fay Feeder"), Role::User));
        QVERIFY(m_p->grant(m_feeder, QStringLiteral("manage_oracle")));
        QVERIFY(m_p->addUser(m_oracleAdmin, QStringLiteral("Otto Oracle"), Role::Admin));
        QVERIFY(m_p->grant(m_oracleAdmin, QStringLiteral("manage_oracle")));
        QVERIFY(m_p->addUser(m_admin, QStringLiteral("Ann Admin"), Role::Admin));
        QVERIFY(m_p->addUser(m_user, QStringLiteral("Uli User"), Role::User));
        const QStringList s{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")};
        QVERIFY(addSources(kBtc, s) && addSources(kIcp, s) && addSources(kEth, s));
    }
    void cleanup()
    {
        delete m_p;
        m_p = nullptr;
    }

    void defaultPairsAndAssets()
    {
        auto r = m_p->call(principalFor(77), QStringLiteral("oracle.pairs")); // guests may read prices
        NX_VERIFY_OK(r);
        const QJsonArray items = obj(r).value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        for (const QJsonValue &v : items) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QStringLiteral("quote")).toString(), QStringLiteral("USD"));
            QCOMPARE(p.value(QStringLiteral("deviation_bps")).toInt(), 50);
            QCOMPARE(p.value(QStringLiteral("heartbeat_s")).toInt(), 3600);
            QCOMPARE(p.value(QStringLiteral("jump_limit_bps")).toInt(), 1000);
            QCOMPARE(p.value(QStringLiteral("breaker")).toString(), QStringLiteral("ok"));
            QCOMPARE(p.value(QStringLiteral("sources")).toInt(), 3);
            QVERIFY(!p.contains(QStringLiteral("rate")));
        }
        QHash<QString, int> decimals;
        for (const QJsonValue &v : obj(r).value(QStringLiteral("assets")).toArray())
            decimals.insert(v.toObject().value(QStringLiteral("symbol")).toString(), v.toObject().value(QStringLiteral("decimals")).toInt());
        QCOMPARE(decimals.value(QStringLiteral("ICP")), 8);
        QCOMPARE(decimals.value(QStringLiteral("ckBTC")), 8);
        QCOMPARE(decimals.value(QStringLiteral("ckETH")), 18);
        QCOMPARE(decimals.value(QStringLiteral("USD")), 2);
        NX_VERIFY_ERROR(price(kBtc, kT), ErrorCode::NotFound); // nothing published yet
    }

    void oneRound()
    {
        auto r = feed(kBtc, kT + 5 * kSec, q3(QStringLiteral("67000.10"), QStringLiteral("67010"), QStringLiteral("90000")));
        NX_VERIFY_OK(r);
        const QJsonObject last = obj(r).value(QStringLiteral("last_round")).toObject();
        QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(last.value(QStringLiteral("rate")).toString(), QStringLiteral("67005.05"));
        QCOMPARE(last.value(QStringLiteral("ts_ns")).toString(), ns(kT)); // the minute
        QCOMPARE(last.value(QStringLiteral("queried")).toInt(), 3);
        QCOMPARE(last.value(QStringLiteral("used")).toInt(), 2);
        QCOMPARE(last.value(QStringLiteral("trigger")).toString(), QStringLiteral("first"));
        QCOMPARE(last.value(QStringLiteral("excluded")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("outlier"));
        QCOMPARE(m_p->lastEntry().value(0).toString(), QStringLiteral("oracle.update_price"));
        QVERIFY2(m_p->lastEntry().value(3).toString().contains(QLatin1String("67005.05")), qPrintable(m_p->lastEntry().value(3).toString()));
        QCOMPARE(m_p->count(QStringLiteral("oracle_quotes")), 3);

        const QJsonObject p = obj(price(kBtc, kT + 30 * kSec));
        QCOMPARE(p.value(QStringLiteral("rate")).toString(), QStringLiteral("67005.05"));
        QCOMPARE(p.value(QStringLiteral("rate_e9")).toString(), QStringLiteral("67005050000000"));
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("feed"));
        QCOMPARE(p.value(QStringLiteral("age_s")).toInt(), 30);
        const QJsonObject leg = p.value(QStringLiteral("legs")).toArray().at(0).toObject();
        QCOMPARE(leg.value(QStringLiteral("received")).toInt(), 3);
        QCOMPARE(leg.value(QStringLiteral("used")).toInt(), 2);
        QCOMPARE(leg.value(QStringLiteral("stddev")).toString(), QStringLiteral("4.95"));

        // Refusals: the same minute again, the future, unknown or disabled sources, numbers, nothing.
        NX_VERIFY_ERROR(feed(kBtc, kT + 50 * kSec, same(QStringLiteral("67000"))), ErrorCode::Conflict);
        NX_VERIFY_ERROR(at(m_feeder, kT + kMin, QStringLiteral("oracle.update_price"),
                           {{kPair, kBtc}, {QStringLiteral("ts_ns"), ns(kT + 5 * kMin)}, {QStringLiteral("quotes"), same(QStringLiteral("1"))}}),
                        ErrorCode::InvalidArgument);
        auto unknown = feed(kBtc, kT + kMin, {{QStringLiteral("Nope"), QStringLiteral("1")}});
        NX_VERIFY_ERROR(unknown, ErrorCode::InvalidArgument);
        QVERIFY(unknown.error().hint.contains(QLatin1String("oracle.add_source")));
        NX_VERIFY_ERROR(feed(kBtc, kT + kMin, {{QStringLiteral("S1"), 67000.5}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(feed(kBtc, kT + kMin, {{QStringLiteral("S1"), QStringLiteral("-3")}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(feed(kBtc, kT + kMin, {}), ErrorCode::InvalidArgument);
        NX_VERIFY_OK(at(m_oracleAdmin, kT, QStringLiteral("oracle.set_source"), {{kPair, kBtc}, {QStringLiteral("name"), QStringLiteral("S3")}, {QStringLiteral("enabled"), false}}));
        NX_VERIFY_ERROR(feed(kBtc, kT + kMin, same(QStringLiteral("67000"))), ErrorCode::InvalidArgument);
        NX_VERIFY_OK(feed(kBtc, kT + kMin, {{QStringLiteral("S1"), QStringLiteral("67000")}, {QStringLiteral("S2"), QJsonValue::Null}}));
        NX_VERIFY_ERROR(feed(QStringLiteral("DOGE/USD"), kT + 2 * kMin, same(QStringLiteral("1"))), ErrorCode::NotFound);
        NX_VERIFY_ERROR(feed(QStringLiteral("BTCUSD"), kT + 2 * kMin, same(QStringLiteral("1"))), ErrorCode::InvalidArgument);
    }

    void permissions()
    {
        // Feeding needs manage_oracle; a plain user or an admin without it is refused by the gateway.
        for (const Principal &who : {m_user, m_admin, principalFor(98)}) {
            auto r = at(who, kT, QStringLiteral("oracle.update_price"), {{kPair, kBtc}, {QStringLiteral("quotes"), same(QStringLiteral("1"))}});
            NX_VERIFY_ERROR(r, ErrorCode::PermissionDenied);
            QCOMPARE(m_p->lastEntry().value(1).toString(), QStringLiteral("permission_denied"));
        }
        NX_VERIFY_OK(feed(kBtc, kT, same(QStringLiteral("100"))));
        // A feeder is not an oracle admin.
        const QJsonObject reset{{kPair, kBtc}, {QStringLiteral("note"), QStringLiteral("x")}};
        for (const QString &m : {QStringLiteral("oracle.set_pair_config"), QStringLiteral("oracle.breaker_reset"), QStringLiteral("oracle.set_manual_price"),
                                 QStringLiteral("oracle.add_source"), QStringLiteral("oracle.add_pair"), QStringLiteral("oracle.ack_alert")}) {
            for (const Principal &who : {m_feeder, m_admin, m_user}) {
                auto r = at(who, kT, m, reset);
                NX_VERIFY_ERROR(r, ErrorCode::PermissionDenied);
                QVERIFY2(r.error().message.contains(QLatin1String("manage_oracle")) || r.error().message.contains(QLatin1String("role")),
                         qPrintable(r.error().message));
            }
        }
        // Reads: prices for anyone, sources and alerts for registered users.
        NX_VERIFY_OK(price(kBtc, kT + kMin, principalFor(97)));
        NX_VERIFY_ERROR(at(principalFor(97), kT, QStringLiteral("oracle.alerts"), {}), ErrorCode::PermissionDenied);
        NX_VERIFY_OK(at(m_user, kT, QStringLiteral("oracle.alerts"), {}));
        NX_VERIFY_OK(at(m_user, kT, QStringLiteral("oracle.sources"), {{kPair, kBtc}}));
    }

    void publicationTriggers()
    {
        // One batch: first, within 50 bps (held), at 50 bps (published), heartbeat after an hour.
        QJsonArray rounds;
        const auto add = [&](qint64 t, const char *r) {
            rounds.append(QJsonObject{{QStringLiteral("ts_ns"), ns(t)}, {QStringLiteral("quotes"), same(QString::fromLatin1(r))}});
        };
        add(kT, "100");
        add(kT + kMin, "100.4");
        add(kT + 2 * kMin, "100.5");
        add(kT + 30 * kMin, "100.6");
        add(kT + 62 * kMin, "100.6");
        auto r = at(m_feeder, kT + 63 * kMin, QStringLiteral("oracle.update_price"), {{kPair, kBtc}, {QStringLiteral("rounds"), rounds}});
        NX_VERIFY_OK(r);
        QCOMPARE(obj(r).value(QStringLiteral("rounds")).toInt(), 5);
        QCOMPARE(obj(r).value(QStringLiteral("published")).toInt(), 3);
        QCOMPARE(obj(r).value(QStringLiteral("last_round")).toObject().value(QStringLiteral("trigger")).toString(), QStringLiteral("heartbeat"));
        const auto why = sqlRows(m_p->dbPath(), QStringLiteral("SELECT published, published_why FROM oracle_rounds ORDER BY ts_ns"));
        QCOMPARE(why.size(), 5);
        const QStringList expected{QStringLiteral("first"), QString(), QStringLiteral("deviation"), QString(), QStringLiteral("heartbeat")};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(why[i].value(1).toString(), expected[i]);
            QCOMPARE(why[i].value(0).toBool(), !expected[i].isEmpty());
        }
        // get_price serves the last publication (100.6 at +62 min), with its own timestamp.
        const QJsonObject p = obj(price(kBtc, kT + 70 * kMin));
        QCOMPARE(p.value(QStringLiteral("rate")).toString(), QStringLiteral("100.6"));
        QCOMPARE(p.value(QStringLiteral("timestamp_ns")).toString(), ns(kT + 62 * kMin));
        // The price at a past time is the publication then.
        const QJsonObject past = obj(at(m_user, kT + 70 * kMin, QStringLiteral("oracle.get_price"), {{kPair, kBtc}, {QStringLiteral("at_ns"), ns(kT + 29 * kMin)}}));
        QCOMPARE(past.value(QStringLiteral("rate")).toString(), QStringLiteral("100.5"));
        NX_VERIFY_ERROR(at(m_user, kT, QStringLiteral("oracle.get_price"), {{kPair, kBtc}, {QStringLiteral("at_ns"), ns(kT - kMin)}}), ErrorCode::NotFound);
    }

    void versionedPairConfig()
    {
        auto set = [&](const QJsonObject &a) {
            QJsonObject args = a;
            args.insert(kPair, kIcp);
            return at(m_oracleAdmin, kT, QStringLiteral("oracle.set_pair_config"), args);
        };
        auto r = set({{QStringLiteral("heartbeat_s"), 1800}, {QStringLiteral("reason"), QStringLiteral("faster feed")}});
        NX_VERIFY_OK(r);
        QCOMPARE(obj(r).value(QStringLiteral("versions")).toObject().value(QStringLiteral("heartbeat_s")).toInt(), 1);
        NX_VERIFY_OK(set({{QStringLiteral("heartbeat_s"), 900}, {QStringLiteral("deviation_bps"), 20}}));
        NX_VERIFY_ERROR(set({{QStringLiteral("heartbeat_s"), 900}}), ErrorCode::Conflict);  // nothing changes
        NX_VERIFY_ERROR(set({{QStringLiteral("heartbeat_s"), 10}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(set({{QStringLiteral("jump_limit_bps"), 20000}}), ErrorCode::InvalidArgument);
        QCOMPARE(pairInfo(kIcp).value(QStringLiteral("heartbeat_s")).toInt(), 900);
        QCOMPARE(pairInfo(kIcp).value(QStringLiteral("deviation_bps")).toInt(), 20);
        QCOMPARE(pairInfo(kBtc).value(QStringLiteral("heartbeat_s")).toInt(), 3600);
        const QJsonObject hist = obj(m_p->ctl(QStringLiteral("system.config_history"), {{QStringLiteral("key"), QStringLiteral("oracle.icp_usd.heartbeat_s")}}));
        QCOMPARE(hist.value(QStringLiteral("total")).toInt(), 2);
        const QJsonObject v1 = hist.value(QStringLiteral("versions")).toArray().at(1).toObject();
        QCOMPARE(v1.value(QStringLiteral("value")).toInt(), 1800);
        QCOMPARE(v1.value(QStringLiteral("reason")).toString(), QStringLiteral("faster feed"));
        QCOMPARE(v1.value(QStringLiteral("changed_by")).toString(), m_oracleAdmin.toText());
        // A rollback through the config history takes effect too: the config table is the truth.
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.config_rollback"), {{QStringLiteral("key"), QStringLiteral("oracle.icp_usd.heartbeat_s")}, {QStringLiteral("version"), 1}}));
        QCOMPARE(pairInfo(kIcp).value(QStringLiteral("heartbeat_s")).toInt(), 1800);
        // Staleness follows the new heartbeat: 2 x 1800 s.
        NX_VERIFY_OK(feed(kIcp, kT, same(QStringLiteral("9.5"))));
        NX_VERIFY_OK(price(kIcp, kT + 3600 * kSec));
        NX_VERIFY_ERROR(price(kIcp, kT + 3601 * kSec), ErrorCode::Conflict);
    }

    void jumpTripsRefusesAndResets()
    {
        NX_VERIFY_OK(feed(kBtc, kT, same(QStringLiteral("100"))));
        NX_VERIFY_OK(feed(kIcp, kT, same(QStringLiteral("10"))));
        auto trip = feed(kBtc, kT + kMin, same(QStringLiteral("115")));
        NX_VERIFY_OK(trip);
        QCOMPARE(obj(trip).value(QStringLiteral("breaker")).toString(), QStringLiteral("tripped"));
        const QJsonObject t = obj(trip).value(QStringLiteral("trips")).toArray().at(0).toObject();
        QCOMPARE(t.value(QStringLiteral("reason")).toString(), QStringLiteral("jump"));
        QVERIFY2(t.value(QStringLiteral("message")).toString().contains(QLatin1String("15.00 %")), qPrintable(t.value(QStringLiteral("message")).toString()));
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("breaker tripped")));

        // Prices, cross rates and conversions through the pair are refused with a clear error.
        auto refused = price(kBtc, kT + 2 * kMin);
        NX_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("circuit breaker tripped")), qPrintable(refused.error().message));
        QVERIFY(refused.error().hint.contains(QLatin1String("manage_oracle")));
        QCOMPARE(refused.error().details.value(QStringLiteral("reason")).toString(), QStringLiteral("tripped"));
        NX_VERIFY_ERROR(price(QStringLiteral("BTC/ICP"), kT + 2 * kMin), ErrorCode::Conflict);
        auto conv = convert(QStringLiteral("100000000"), QStringLiteral("ckBTC"), QStringLiteral("ICP"), kT + 2 * kMin);
        NX_VERIFY_ERROR(conv, ErrorCode::Conflict);
        QVERIFY2(conv.error().message.startsWith(QLatin1String("Converting ckBTC to ICP is refused.")), qPrintable(conv.error().message));
        NX_VERIFY_OK(price(kIcp, kT + 2 * kMin)); // other feeds are unaffected

        // While tripped, rounds are recorded but not published.
        NX_VERIFY_OK(feed(kBtc, kT + 2 * kMin, same(QStringLiteral("115.1"))));
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM oracle_rounds WHERE published = 0")).toInt(), 2);

        // The alert is listed and acknowledged once.
        QJsonArray list = alertItems(kBtc);
        QCOMPARE(list.size(), 1);
        const QJsonObject alert = list.at(0).toObject();
        QCOMPARE(alert.value(QStringLiteral("kind")).toString(), QStringLiteral("trip_jump"));
        QCOMPARE(alert.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(alert.value(QStringLiteral("acknowledged")).toBool(), false);
        const qint64 id = alert.value(QStringLiteral("id")).toInteger();
        NX_VERIFY_OK(at(m_oracleAdmin, kT + 3 * kMin, QStringLiteral("oracle.ack_alert"), {{QStringLiteral("id"), id}, {QStringLiteral("note"), QStringLiteral("on it")}}));
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT + 3 * kMin, QStringLiteral("oracle.ack_alert"), {{QStringLiteral("id"), id}}), ErrorCode::Conflict);
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT + 3 * kMin, QStringLiteral("oracle.ack_alert"), {{QStringLiteral("id"), 999}}), ErrorCode::NotFound);
        const QJsonObject acked = alertItems(kBtc).at(0).toObject();
        QCOMPARE(acked.value(QStringLiteral("acked_by")).toString(), m_oracleAdmin.toText());
        QCOMPARE(acked.value(QStringLiteral("ack_note")).toString(), QStringLiteral("on it"));
        const QJsonObject open = obj(at(m_user, kT, QStringLiteral("oracle.alerts"), {{QStringLiteral("unacknowledged"), true}}));
        QCOMPARE(open.value(QStringLiteral("total")).toInt(), 0);

        // Reset (audited), then the next round is published as it is.
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT + 4 * kMin, QStringLiteral("oracle.breaker_reset"), {{kPair, kBtc}, {QStringLiteral("note"), QStringLiteral(" ")}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_OK(at(m_oracleAdmin, kT + 4 * kMin, QStringLiteral("oracle.breaker_reset"), {{kPair, kBtc}, {QStringLiteral("note"), QStringLiteral("checked the books")}}));
        const QVariantList entry = m_p->lastEntry();
        QCOMPARE(entry.value(0).toString(), QStringLiteral("oracle.breaker_reset"));
        QCOMPARE(entry.value(2).toByteArray(), m_oracleAdmin.bytes());
        QVERIFY2(entry.value(3).toString().contains(QLatin1String("was tripped: jump")), qPrintable(entry.value(3).toString()));
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT + 4 * kMin, QStringLiteral("oracle.breaker_reset"), {{kPair, kBtc}, {QStringLiteral("note"), QStringLiteral("again")}}),
                        ErrorCode::Conflict);
        QCOMPARE(pairInfo(kBtc).value(QStringLiteral("rebase_pending")).toBool(), true);
        // Until the next round, the last publication (before the jump) is served again.
        QCOMPARE(obj(price(kBtc, kT + 5 * kMin)).value(QStringLiteral("rate")).toString(), QStringLiteral("100"));
    }

    void resetThenRebase()
    {
        NX_VERIFY_OK(feed(kBtc, kT, same(QStringLiteral("100"))));
        NX_VERIFY_OK(feed(kBtc, kT + kMin, same(QStringLiteral("130"))));
        NX_VERIFY_OK(at(m_oracleAdmin, kT + 2 * kMin, QStringLiteral("oracle.breaker_reset"), {{kPair, kBtc}, {QStringLiteral("note"), QStringLiteral("real move")}}));
        auto next = feed(kBtc, kT + 3 * kMin, same(QStringLiteral("131")));
        NX_VERIFY_OK(next);
        QCOMPARE(obj(next).value(QStringLiteral("last_round")).toObject().value(QStringLiteral("trigger")).toString(), QStringLiteral("rebase"));
        QCOMPARE(obj(price(kBtc, kT + 4 * kMin)).value(QStringLiteral("rate")).toString(), QStringLiteral("131"));
        const QStringList kinds{QStringLiteral("reset"), QStringLiteral("trip_jump")};
        const QJsonArray list = alertItems(kBtc);
        QCOMPARE(list.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(list.at(i).toObject().value(QStringLiteral("kind")).toString(), kinds[i]);
    }

    void manualPrice()
    {
        NX_VERIFY_OK(feed(kEth, kT, same(QStringLiteral("3400"))));
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT, QStringLiteral("oracle.set_manual_price"), {{kPair, kEth}, {QStringLiteral("rate"), QStringLiteral("abc")}, {QStringLiteral("reason"), QStringLiteral("x")}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_OK(at(m_oracleAdmin, kT + kMin, QStringLiteral("oracle.set_manual_price"),
                        {{kPair, kEth}, {QStringLiteral("rate"), QStringLiteral("3500.25")}, {QStringLiteral("reason"), QStringLiteral("desk index")}}));
        QCOMPARE(m_p->lastEntry().value(0).toString(), QStringLiteral("oracle.set_manual_price"));
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("3500.25")));
        const QJsonObject p = obj(price(kEth, kT + 2 * kMin));
        QCOMPARE(p.value(QStringLiteral("rate")).toString(), QStringLiteral("3500.25"));
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
        // Manual prices do not go stale, and rounds meanwhile are recorded only.
        NX_VERIFY_OK(feed(kEth, kT + 3 * kMin, same(QStringLiteral("3401"))));
        QCOMPARE(obj(price(kEth, kT + 10 * 3600 * kSec)).value(QStringLiteral("rate")).toString(), QStringLiteral("3500.25"));
        // 2 ckETH at 3500.25 -> 7000.50 USD (cents).
        const QJsonObject c = obj(convert(QStringLiteral("2000000000000000000"), QStringLiteral("ckETH"), QStringLiteral("USD"), kT + 4 * kMin));
        QCOMPARE(c.value(QStringLiteral("amount")).toString(), QStringLiteral("700050"));
        QCOMPARE(c.value(QStringLiteral("amount_text")).toString(), QStringLiteral("7000.5"));
        QCOMPARE(alertItems(kEth).at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("manual_price"));
        NX_VERIFY_OK(at(m_oracleAdmin, kT + 5 * kMin, QStringLiteral("oracle.breaker_reset"), {{kPair, kEth}, {QStringLiteral("note"), QStringLiteral("feeds back")}}));
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("was manual price 3500.25")));
        NX_VERIFY_OK(feed(kEth, kT + 6 * kMin, same(QStringLiteral("3402"))));
        QCOMPARE(obj(price(kEth, kT + 7 * kMin)).value(QStringLiteral("kind")).toString(), QStringLiteral("feed"));
    }

    void staleAndInconsistent()
    {
        NX_VERIFY_OK(feed(kIcp, kT, same(QStringLiteral("9.5"))));
        NX_VERIFY_OK(price(kIcp, kT + 7200 * kSec));
        auto stale = price(kIcp, kT + 7201 * kSec);
        NX_VERIFY_ERROR(stale, ErrorCode::Conflict);
        QVERIFY2(stale.error().message.contains(QLatin1String("stale")), qPrintable(stale.error().message));
        QCOMPARE(stale.error().details.value(QStringLiteral("reason")).toString(), QStringLiteral("stale"));
        QCOMPARE(pairInfo(kIcp).value(QStringLiteral("breaker")).toString(), QStringLiteral("ok")); // reads never write
        auto late = feed(kIcp, kT + 3 * 3600 * kSec, same(QStringLiteral("9.6")));
        NX_VERIFY_OK(late);
        QCOMPARE(obj(late).value(QStringLiteral("trips")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("stale"));
        QCOMPARE(pairInfo(kIcp).value(QStringLiteral("trip_reason")).toString(), QStringLiteral("stale"));

        NX_VERIFY_OK(feed(kEth, kT, same(QStringLiteral("3400"))));
        auto split = feed(kEth, kT + kMin, q3(QStringLiteral("3000"), QStringLiteral("3400"), QStringLiteral("3800")));
        NX_VERIFY_OK(split);
        QCOMPARE(obj(split).value(QStringLiteral("last_round")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("inconsistent"));
        QCOMPARE(obj(split).value(QStringLiteral("trips")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("inconsistent"));
        const QJsonObject all = obj(at(m_user, kT, QStringLiteral("oracle.alerts"), {}));
        QCOMPARE(all.value(QStringLiteral("total")).toInt(), 2);
    }

    void crossRatesAndConversions()
    {
        NX_VERIFY_OK(feed(kBtc, kT, same(QStringLiteral("67000"))));
        NX_VERIFY_OK(feed(kIcp, kT, same(QStringLiteral("9.5"))));
        NX_VERIFY_OK(feed(kEth, kT, same(QStringLiteral("3400"))));
        const qint64 t = kT + kMin;
        const QJsonObject cross = obj(price(QStringLiteral("BTC/ICP"), t));
        QCOMPARE(cross.value(QStringLiteral("rate")).toString(), QStringLiteral("7052.631578947"));
        QCOMPARE(cross.value(QStringLiteral("kind")).toString(), QStringLiteral("cross"));
        QCOMPARE(cross.value(QStringLiteral("legs")).toArray().size(), 2);
        QCOMPARE(obj(price(QStringLiteral("usd/btc"), t)).value(QStringLiteral("rate")).toString(), QStringLiteral("0.000014925"));
        QCOMPARE(obj(price(QStringLiteral("ICP/ICP"), t)).value(QStringLiteral("rate")).toString(), QStringLiteral("1"));
        NX_VERIFY_ERROR(price(QStringLiteral("DOGE/ICP"), t), ErrorCode::NotFound);

        // 1 ckBTC -> ICP: 7052.631578947 ICP, rounded down to e8s.
        QJsonObject c = obj(convert(QStringLiteral("100000000"), QStringLiteral("ckBTC"), QStringLiteral("ICP"), t));
        QCOMPARE(c.value(QStringLiteral("amount")).toString(), QStringLiteral("705263157894"));
        QCOMPARE(c.value(QStringLiteral("amount_text")).toString(), QStringLiteral("7052.63157894"));
        QCOMPARE(c.value(QStringLiteral("rounding")).toString(), QStringLiteral("down"));
        // 1 ckETH (18 decimals) -> ICP (8) and 1 e8s ICP -> ckETH wei.
        c = obj(convert(QStringLiteral("1000000000000000000"), QStringLiteral("ckETH"), QStringLiteral("ICP"), t));
        QCOMPARE(c.value(QStringLiteral("amount")).toString(), QStringLiteral("35789473684"));
        c = obj(convert(QStringLiteral("1"), QStringLiteral("ICP"), QStringLiteral("ckETH"), t));
        QCOMPARE(c.value(QStringLiteral("amount")).toString(), QStringLiteral("27941180"));
        QCOMPARE(c.value(QStringLiteral("to_decimals")).toInt(), 18);
        c = obj(convert(QStringLiteral("99999999"), QStringLiteral("ICP"), QStringLiteral("usd"), t));
        QCOMPARE(c.value(QStringLiteral("amount")).toString(), QStringLiteral("949"));
        NX_VERIFY_ERROR(convert(QStringLiteral("1.5"), QStringLiteral("ICP"), QStringLiteral("USD"), t), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(convert(QStringLiteral("1"), QStringLiteral("XYZ"), QStringLiteral("USD"), t), ErrorCode::NotFound);
        NX_VERIFY_ERROR(convert(QStringLiteral("340282366920938463463374607431768211455"), QStringLiteral("ICP"), QStringLiteral("ckETH"), t),
                        ErrorCode::InvalidArgument);
    }

    void historyIsDownsampled()
    {
        // Three days of rounds in three batches (a pair-day per call).
        for (int day = 0; day < 3; ++day) {
            QJsonArray rounds;
            for (int i = 0; i < 1440; ++i) {
                const qint64 m = day * 1440 + i;
                const QString r = oracle::formatRate(seriesRate(m));
                rounds.append(QJsonObject{{QStringLiteral("ts_ns"), ns(kT + m * kMin)},
                                          {QStringLiteral("quotes"), q3(oracle::formatRate(seriesRate(m) - oracle::kRateOne / 2), r,
                                                                       oracle::formatRate(seriesRate(m) + oracle::kRateOne / 2))}});
            }
            NX_VERIFY_OK(at(m_feeder, kT + (day + 1) * 1440 * kMin, QStringLiteral("oracle.update_price"), {{kPair, kBtc}, {QStringLiteral("rounds"), rounds}}));
        }
        QCOMPARE(m_p->count(QStringLiteral("oracle_rounds")), 4320);
        const qint64 from = kT, to = kT + 4320 * kMin;
        auto r = at(m_user, to, QStringLiteral("oracle.history"),
                    {{kPair, kBtc}, {QStringLiteral("from_ns"), ns(from)}, {QStringLiteral("to_ns"), ns(to)}, {QStringLiteral("max_points"), 100}});
        NX_VERIFY_OK(r);
        const QJsonObject h = obj(r);
        const QJsonArray points = h.value(QStringLiteral("points")).toArray();
        const qint64 width = h.value(QStringLiteral("bucket_ns")).toString().toLongLong();
        QCOMPARE(width, (to - from + 99) / 100);
        QVERIFY(points.size() <= 100);
        QCOMPARE(points.size(), 100);
        QCOMPARE(h.value(QStringLiteral("rounds")).toInt(), 4320);
        QHash<QString, int> col;
        const QJsonArray columns = h.value(QStringLiteral("columns")).toArray();
        for (int i = 0; i < columns.size(); ++i)
            col.insert(columns.at(i).toString(), i);
        QCOMPARE(col.size(), 9);
        int total = 0, publishedPoints = 0;
        for (const QJsonValue &v : points) {
            const QJsonArray a = v.toArray();
            const auto p = [&](const char *name) { return a.at(col.value(QLatin1String(name))); };
            const qint64 start = p("t").toString().toLongLong();
            oracle::RateE9 lo = std::numeric_limits<qint64>::max(), hi = 0, last = 0;
            int n = 0;
            for (qint64 m = (start - from + kMin - 1) / kMin; m < 4320 && kT + m * kMin < start + width; ++m) {
                lo = std::min(lo, seriesRate(m));
                hi = std::max(hi, seriesRate(m));
                last = seriesRate(m);
                ++n;
            }
            QCOMPARE(p("n").toInt(), n);
            QCOMPARE(p("failed").toInt(), 0);
            QCOMPARE(p("min").toString(), oracle::formatRate(lo));
            QCOMPARE(p("max").toString(), oracle::formatRate(hi));
            QCOMPARE(p("last").toString(), oracle::formatRate(last));
            QCOMPARE(p("lo").toString(), oracle::formatRate(lo - oracle::kRateOne / 2));
            QCOMPARE(p("hi").toString(), oracle::formatRate(hi + oracle::kRateOne / 2));
            publishedPoints += !p("published").isNull();
            total += n;
        }
        QCOMPARE(total, 4320);
        // Published points appear where the feed published; a later range knows the price before it.
        const int published = sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM oracle_rounds WHERE published = 1")).toInt();
        QVERIFY(published > 72);
        QVERIFY(publishedPoints > 50 && publishedPoints <= published);
        auto tail = obj(at(m_user, to, QStringLiteral("oracle.history"), {{kPair, kBtc}, {QStringLiteral("max_points"), 5000}}));
        QCOMPARE(tail.value(QStringLiteral("points")).toArray().size(), 1440); // default: the last 24 h, one per round
        QVERIFY(tail.contains(QStringLiteral("published_before")));
        NX_VERIFY_ERROR(at(m_user, to, QStringLiteral("oracle.history"), {{kPair, kBtc}, {QStringLiteral("from_ns"), ns(to)}, {QStringLiteral("to_ns"), ns(from)}}),
                        ErrorCode::InvalidArgument);
        // Trip markers come with the series.
        NX_VERIFY_OK(feed(kBtc, to + kMin, same(QStringLiteral("2000"))));
        const QJsonObject withTrip = obj(at(m_user, to + 2 * kMin, QStringLiteral("oracle.history"), {{kPair, kBtc}, {QStringLiteral("max_points"), 10}}));
        QCOMPARE(withTrip.value(QStringLiteral("markers")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("trip_jump"));
        QVERIFY(withTrip.value(QStringLiteral("points")).toArray().size() <= 10);
    }

    void batchIngestIsAtomicAndOrdered()
    {
        QJsonArray rounds;
        for (int i = 0; i < 10; ++i)
            rounds.append(QJsonObject{{QStringLiteral("ts_ns"), ns(kT + i * kMin)}, {QStringLiteral("quotes"), same(i == 5 ? QStringLiteral("150") : QStringLiteral("100"))}});
        QJsonArray broken = rounds;
        broken.append(QJsonObject{{QStringLiteral("ts_ns"), ns(kT + 3 * kMin)}, {QStringLiteral("quotes"), same(QStringLiteral("100"))}});
        NX_VERIFY_ERROR(at(m_feeder, kT + 20 * kMin, QStringLiteral("oracle.update_price"), {{kPair, kBtc}, {QStringLiteral("rounds"), broken}}), ErrorCode::Conflict);
        QCOMPARE(m_p->count(QStringLiteral("oracle_rounds")), 0); // all or nothing
        NX_VERIFY_ERROR(at(m_feeder, kT + 20 * kMin, QStringLiteral("oracle.update_price"),
                           {{kPair, kBtc}, {QStringLiteral("rounds"), rounds}, {QStringLiteral("quotes"), same(QStringLiteral("1"))}}),
                        ErrorCode::InvalidArgument);
        QJsonArray tooMany;
        for (int i = 0; i < 1441; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("ts_ns"), ns(kT + i * kMin)}, {QStringLiteral("quotes"), same(QStringLiteral("1"))}});
        NX_VERIFY_ERROR(at(m_feeder, kT + 2000 * kMin, QStringLiteral("oracle.update_price"), {{kPair, kBtc}, {QStringLiteral("rounds"), tooMany}}),
                        ErrorCode::InvalidArgument);
        // The jump at round 5 trips the breaker in the middle of the batch; later rounds are not published.
        const qint64 before = m_p->lastSeq();
        auto r = at(m_feeder, kT + 20 * kMin, QStringLiteral("oracle.update_price"), {{kPair, kBtc}, {QStringLiteral("rounds"), rounds}});
        NX_VERIFY_OK(r);
        QCOMPARE(m_p->lastSeq(), before + 1); // one audited call for the whole batch
        QCOMPARE(obj(r).value(QStringLiteral("trips")).toArray().size(), 1);
        QCOMPARE(obj(r).value(QStringLiteral("trips")).toArray().at(0).toObject().value(QStringLiteral("ts_ns")).toString(), ns(kT + 5 * kMin));
        QCOMPARE(obj(r).value(QStringLiteral("published")).toInt(), 1);
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("10 rounds ingested, 1 published")));
        QCOMPARE(m_p->count(QStringLiteral("oracle_quotes")), 30);
    }

    void compactCsvBatch()
    {
        const QJsonArray cols{QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3")};
        const auto send = [&](const QJsonArray &sources, const QString &csv) {
            return at(m_feeder, kT + 3000 * kMin, QStringLiteral("oracle.update_price"),
                      {{kPair, kIcp}, {QStringLiteral("sources"), sources}, {QStringLiteral("csv"), csv}});
        };
        const QString line0 = ns(kT) + QStringLiteral(",9.5,9.51,\n");
        NX_VERIFY_ERROR(send(cols, ns(kT) + QStringLiteral(",9.5,9.51\n")), ErrorCode::InvalidArgument);       // a field short
        NX_VERIFY_ERROR(send(cols, QStringLiteral("yesterday,9.5,9.51,9.52\n")), ErrorCode::InvalidArgument); // not a time
        NX_VERIFY_ERROR(send(cols, ns(kT) + QStringLiteral(",9.5,abc,9.52\n")), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(send({QStringLiteral("S1"), QStringLiteral("S1"), QStringLiteral("S2")}, line0), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(send({QStringLiteral("S1"), QStringLiteral("Nope"), QStringLiteral("S2")}, line0), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(send({}, line0), ErrorCode::InvalidArgument);
        QString tooMany;
        for (int i = 0; i < 1441; ++i)
            tooMany += ns(kT + i * kMin) + QStringLiteral(",1,1,1\n");
        NX_VERIFY_ERROR(send(cols, tooMany), ErrorCode::InvalidArgument);
        QCOMPARE(m_p->count(QStringLiteral("oracle_rounds")), 0);

        // An empty field is a source that did not answer; lines may end with \r\n.
        auto r = send(cols, line0 + ns(kT + kMin) + QStringLiteral(",9.6,9.6,9.61\r\n"));
        NX_VERIFY_OK(r);
        QCOMPARE(obj(r).value(QStringLiteral("rounds")).toInt(), 2);
        const auto quotes = sqlRows(m_p->dbPath(), QStringLiteral("SELECT ts_ns, rate_e9, included, reason FROM oracle_quotes ORDER BY ts_ns, source_id"));
        QCOMPARE(quotes.size(), 6);
        QCOMPARE(quotes[0].value(1).toLongLong(), qint64(9500000000));
        QVERIFY(quotes[2].value(1).isNull());
        QCOMPARE(quotes[2].value(3).toString(), QStringLiteral("no_answer"));
        QCOMPARE(quotes[2].value(2).toInt(), 0);
        QCOMPARE(quotes[5].value(3).toString(), QStringLiteral("included"));
        QCOMPARE(obj(price(kIcp, kT + 2 * kMin)).value(QStringLiteral("rate")).toString(), QStringLiteral("9.6")); // 1 % above 9.505: published
    }

    void sourcesView()
    {
        NX_VERIFY_OK(at(m_oracleAdmin, kT, QStringLiteral("oracle.add_source"),
                        {{kPair, kBtc}, {QStringLiteral("name"), QStringLiteral("Api")}, {QStringLiteral("kind"), QStringLiteral("http")},
                         {QStringLiteral("url"), QStringLiteral("https://api.example.com/p?key=secret")}, {QStringLiteral("json_path"), QStringLiteral("data.price")},
                         {QStringLiteral("poll_s"), 30}}));
        QVERIFY(!m_p->lastEntry().value(3).toString().contains(QLatin1String("secret"))); // the URL is not in the audit log
        NX_VERIFY_OK(feed(kBtc, kT, {{QStringLiteral("S1"), QStringLiteral("100")}, {QStringLiteral("S2"), QStringLiteral("101")},
                                     {QStringLiteral("S3"), QStringLiteral("150")}, {QStringLiteral("Api"), QJsonValue::Null}}));
        NX_VERIFY_OK(feed(kBtc, kT + kMin, {{QStringLiteral("S1"), QStringLiteral("100")}, {QStringLiteral("S2"), QStringLiteral("101")}}));
        const auto view = [&](const Principal &who) {
            QHash<QString, QJsonObject> out;
            for (const QJsonValue &v : obj(at(who, kT + 2 * kMin, QStringLiteral("oracle.sources"), {{kPair, kBtc}})).value(QStringLiteral("items")).toArray())
                out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
            return out;
        };
        const auto s = view(m_user);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[QStringLiteral("S2")].value(QStringLiteral("last_rate")).toString(), QStringLiteral("101"));
        QCOMPARE(s[QStringLiteral("S2")].value(QStringLiteral("age_s")).toInt(), 60);
        QCOMPARE(s[QStringLiteral("S2")].value(QStringLiteral("deviation_bps")).toInt(), 49); // 101 vs median 100.5
        QCOMPARE(s[QStringLiteral("S2")].value(QStringLiteral("included")).toBool(), true);
        // S3 was not asked in the last round: its newest status is the outlier verdict, its answer 2 min old.
        QCOMPARE(s[QStringLiteral("S3")].value(QStringLiteral("reason")).toString(), QStringLiteral("outlier"));
        QCOMPARE(s[QStringLiteral("S3")].value(QStringLiteral("included")).toBool(), false);
        QCOMPARE(s[QStringLiteral("S3")].value(QStringLiteral("age_s")).toInt(), 120);
        QCOMPARE(s[QStringLiteral("Api")].value(QStringLiteral("reason")).toString(), QStringLiteral("no_answer"));
        QVERIFY(!s[QStringLiteral("Api")].contains(QStringLiteral("last_rate")));
        QVERIFY(!s[QStringLiteral("Api")].contains(QStringLiteral("url"))); // only manage_oracle holders see URLs
        QCOMPARE(view(m_oracleAdmin)[QStringLiteral("Api")].value(QStringLiteral("url")).toString(), QStringLiteral("https://api.example.com/p?key=secret"));
    }

    void pairsAndSourcesAdmin()
    {
        const auto add = [&](const QJsonObject &a) { return at(m_oracleAdmin, kT, QStringLiteral("oracle.add_source"), a); };
        const QJsonObject base{{kPair, kEth}, {QStringLiteral("name"), QStringLiteral("Web")}, {QStringLiteral("kind"), QStringLiteral("http")}};
        QJsonObject a = base;
        a.insert(QStringLiteral("url"), QStringLiteral("ftp://x.example/p"));
        a.insert(QStringLiteral("json_path"), QStringLiteral("p"));
        NX_VERIFY_ERROR(add(a), ErrorCode::InvalidArgument);
        a.insert(QStringLiteral("url"), QStringLiteral("https://x.example/p"));
        a.insert(QStringLiteral("json_path"), QStringLiteral("data..p"));
        NX_VERIFY_ERROR(add(a), ErrorCode::InvalidArgument);
        a.remove(QStringLiteral("json_path"));
        NX_VERIFY_ERROR(add(a), ErrorCode::InvalidArgument);
        a.insert(QStringLiteral("json_path"), QStringLiteral("result[0].price"));
        NX_VERIFY_OK(add(a));
        NX_VERIFY_ERROR(add(a), ErrorCode::AlreadyExists);
        QJsonObject bad = base;
        bad.insert(QStringLiteral("name"), QStringLiteral("bad/name"));
        bad.insert(QStringLiteral("kind"), QStringLiteral("sim"));
        NX_VERIFY_ERROR(add(bad), ErrorCode::InvalidArgument);

        const auto set = [&](const QJsonObject &x) {
            QJsonObject y = x;
            y.insert(kPair, kEth);
            y.insert(QStringLiteral("name"), QStringLiteral("Web"));
            return at(m_oracleAdmin, kT, QStringLiteral("oracle.set_source"), y);
        };
        NX_VERIFY_OK(set({{QStringLiteral("enabled"), false}, {QStringLiteral("poll_s"), 120}}));
        NX_VERIFY_ERROR(set({{QStringLiteral("enabled"), false}}), ErrorCode::Conflict);
        NX_VERIFY_OK(set({{QStringLiteral("json_path"), QStringLiteral("$['odd.key'][1]")}}));
        NX_VERIFY_ERROR(set({{QStringLiteral("url"), QStringLiteral("not a url")}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT, QStringLiteral("oracle.set_source"), {{kPair, kEth}, {QStringLiteral("name"), QStringLiteral("S1")}, {QStringLiteral("url"), QStringLiteral("https://a.b/")}}),
                        ErrorCode::InvalidArgument); // sim sources have no URL
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT, QStringLiteral("oracle.set_source"), {{kPair, kEth}, {QStringLiteral("name"), QStringLiteral("Nope")}, {QStringLiteral("enabled"), true}}),
                        ErrorCode::NotFound);
        QCOMPARE(pairInfo(kEth).value(QStringLiteral("sources")).toInt(), 3); // the disabled one does not count

        NX_VERIFY_OK(at(m_oracleAdmin, kT, QStringLiteral("oracle.add_pair"), {{kPair, QStringLiteral("eur/usd")}, {QStringLiteral("heartbeat_s"), 86400}}));
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT, QStringLiteral("oracle.add_pair"), {{kPair, QStringLiteral("EUR/USD")}}), ErrorCode::AlreadyExists);
        NX_VERIFY_ERROR(at(m_oracleAdmin, kT, QStringLiteral("oracle.add_pair"), {{kPair, QStringLiteral("EUR/EUR")}}), ErrorCode::InvalidArgument);
        QCOMPARE(pairInfo(QStringLiteral("EUR/USD")).value(QStringLiteral("heartbeat_s")).toInt(), 86400);
        QVERIFY(addSources(QStringLiteral("EUR/USD"), {QStringLiteral("ECB")}));
        NX_VERIFY_OK(feed(QStringLiteral("EUR/USD"), kT, {{QStringLiteral("ECB"), QStringLiteral("1.08")}}));
        NX_VERIFY_OK(feed(kBtc, kT, same(QStringLiteral("67000"))));
        // BTC/EUR through USD.
        QCOMPARE(obj(price(QStringLiteral("BTC/EUR"), kT + kMin)).value(QStringLiteral("rate")).toString(), QStringLiteral("62037.037037037"));
    }

    void demoFeedCatchesUpAndRuns()
    {
        // Simulated sources as the demo stage registers them, and one stored round two hours ago.
        const oracle::MarketSim sim(1);
        for (const oracle::SimPairSpec &spec : sim.pairs()) {
            QStringList missing;
            for (const QString &e : spec.exchanges)
                missing << e;
            QVERIFY(addSources(spec.pair, missing));
        }
        const qint64 start = kT;
        QJsonObject quotes;
        for (const oracle::SourceQuote &q : sim.quotes(0, start))
            if (q.rate)
                quotes.insert(q.source, oracle::formatRate(*q.rate));
        NX_VERIFY_OK(at(m_feeder, start, QStringLiteral("oracle.update_price"), {{kPair, kBtc}, {QStringLiteral("ts_ns"), ns(start)}, {QStringLiteral("quotes"), quotes}}));

        qint64 now = start + 2 * 3600 * kSec + 30 * kSec;
        oracle::DemoFeed feedObj(m_p->gw(), m_feeder, 7); // another seed: scaled to continue from the stored price
        feedObj.setClock([&now] { return now; });
        QSignalSpy caught(&feedObj, &oracle::DemoFeed::caughtUp);
        QSignalSpy failed(&feedObj, &oracle::DemoFeed::failed);
        feedObj.start(50);
        QVERIFY(caught.wait(20000));
        QCOMPARE(failed.count(), 0);
        // BTC: 120 catch-up minutes after the stored one; ETH and ICP start now.
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM oracle_rounds r JOIN oracle_pairs p ON p.id = r.pair_id WHERE p.base = 'BTC'")).toInt(), 121);
        QCOMPARE(m_p->count(QStringLiteral("oracle_rounds")), 123);
        QCOMPARE(m_p->count(QStringLiteral("oracle_alerts")), 0); // no jump at the seam, nothing stale
        NX_VERIFY_OK(price(kBtc, now));
        // The next minute arrives on the next tick.
        now += kMin;
        QTRY_COMPARE_WITH_TIMEOUT(m_p->count(QStringLiteral("oracle_rounds")), qint64(126), 10000);
        feedObj.stop();
        QVERIFY(!feedObj.isRunning());
    }

    void demoStage()
    {
        // The oracle's demo stage alone, on the cast it expects (dana: admin with manage_oracle).
        TestProfile p;
        QVERIFY(p.init());
        DemoCast cast;
        cast.dana = principalFor(10);
        cast.gus = principalFor(11);
        QVERIFY(p.addUser(cast.dana, QStringLiteral("Dana"), Role::Admin));
        QVERIFY(p.grant(cast.dana, QStringLiteral("manage_oracle")));
        QVERIFY(p.addUser(cast.gus, QStringLiteral("Gus"), Role::User));
        const std::function<bool(int, int, const QString &)> progress;
        DemoScript s(*p.backend, kT, progress, 10);
        Prng rng(20261122);
        const qint64 firstSeq = p.lastSeq() + 1;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        NX_VERIFY_OK(seedOracle(s, cast, rng));
        QVERIFY(!s.firstFailure());
        qInfo("the oracle demo stage took %lld ms (%.0f ms of CPU, all threads)", timer.elapsed(),
              double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        const QString db = p.dbPath();
        // About 30 days of 1-minute rounds for each pair, ending at the demo clock.
        const qint64 end = oracle::minuteFloor(s.clockNs());
        for (const char *base : {"BTC", "ETH", "ICP"}) {
            const auto row = sqlRows(db, QStringLiteral("SELECT count(*), min(ts_ns), max(ts_ns) FROM oracle_rounds r JOIN oracle_pairs p ON p.id = r.pair_id "
                                                        "WHERE p.base = ?"), {QLatin1String(base)}).value(0);
            const qint64 span = row.value(2).toLongLong() - row.value(1).toLongLong();
            QVERIFY2(span >= 30LL * 86400 * kSec && span < 31LL * 86400 * kSec, base);
            QVERIFY2(row.value(0).toInt() > 43000, base);
            QVERIFY2(end - row.value(2).toLongLong() <= 2 * kMin, base);
        }
        QStringList kinds;
        for (const QVariantList &r : sqlRows(db, QStringLiteral("SELECT kind FROM oracle_alerts ORDER BY id")))
            kinds << r.value(0).toString();
        for (const char *k : {"trip_jump", "trip_inconsistent", "trip_stale", "manual_price", "reset"})
            QVERIFY2(kinds.contains(QLatin1String(k)), k);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM oracle_pairs WHERE breaker <> 'ok'")).toInt(), 0);
        QVERIFY(sqlValue(db, QStringLiteral("SELECT count(*) FROM oracle_alerts WHERE acknowledged = 1")).toInt() >= 2);
        // All of it went through the gateway: a pair-day per call, not one call per round.
        const int calls = sqlValue(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE method = 'oracle.update_price'")).toInt();
        QVERIFY2(calls >= 90 && calls < 200, qPrintable(QString::number(calls)));
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE method = 'oracle.breaker_reset' AND outcome = 'permission_denied'")).toInt(), 1);
        // Audit times never go backwards, and prices are served at the end of the stage.
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.seq = a.seq + 1 WHERE a.seq >= ? AND b.ts_ns < a.ts_ns"),
                          {firstSeq}).toInt(), 0);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT min(ts_ns) FROM audit_log WHERE seq >= ?"), {firstSeq}).toLongLong(), kT);
        NX_VERIFY_OK(p.call(Principal::anonymous(), QStringLiteral("oracle.get_price"), {{kPair, QStringLiteral("BTC/ICP")}}, Origin::Seed, s.clockNs()));
        NX_VERIFY_OK(p.call(Principal::anonymous(), QStringLiteral("oracle.get_price"), {{kPair, kEth}}, Origin::Seed, s.clockNs()));
    }
};

QTEST_GUILESS_MAIN(TestOracle)
#include "tst_oracle.moc"
