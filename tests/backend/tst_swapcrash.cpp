// Crash safety: a child process makes random swap calls on a profile (initiate, participate,
// redeem, refund, disputes, approvals, the expiry job, with time jumping past timelocks) and is
// killed with SIGKILL mid-sequence, three times. After each kill the profile is reopened: the
// ledger chains and the audit chain verify, every asset's balances (escrow included) sum to its
// supply, and every swap's escrow holds exactly what its legs' states say. Finally the expiry job
// settles everything that is due, and a second run changes nothing.

#include "testprofile.h"

#include "ledgerrules.h"
#include "prng.h"
#include "swapcontract.h"
#include "swaps/swapkeeper.h"
#include "swapsecret.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr qint64 kT0 = 1'760'000'000'000'000'000;
constexpr qint64 kSecond = 1000000000;
constexpr qint64 kHour = 3600 * kSecond;
const char *const kChildEnv = "NEXUS_SWAP_CRASH_CHILD";
const QStringList kAssets{QStringLiteral("ICP"), QStringLiteral("ckBTC"), QStringLiteral("ckETH")};
constexpr int kPeople = 5;

Principal person(int i) { return principalFor(60 + i); }
Principal approver(int i) { return principalFor(70 + i); }

// The child: random swap calls until it is killed. Prints "step N" after each call.
int runChild(const QString &dir, quint64 seed)
{
    auto opened = Backend::open(dir, false);
    if (!opened) {
        std::fprintf(stderr, "child cannot open the profile: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    std::unique_ptr<Backend> backend = std::move(opened).value();
    Gateway &gw = backend->gateway();
    // Continue the clock from the last audited call.
    qint64 now = sqlValue(backend->databasePath(), QStringLiteral("SELECT max(ts_ns) FROM audit_log")).toLongLong() + kSecond;
    Prng rng(seed);
    struct Mine {
        qint64 id;
        int initiator, participant;
        QString secret;
    };
    QList<Mine> mine;
    const auto call = [&](const Principal &as, const QString &method, const QJsonObject &args) {
        CallContext ctx;
        ctx.caller = as;
        ctx.origin = Origin::Seed;
        ctx.timeNs = now;
        return gw.callBlocking(ctx, method, args);
    };
    for (int step = 1;; ++step) {
        now += qint64(rng.between(1, 300)) * kSecond;
        if (rng.chance(3))
            now += qint64(rng.between(1, 30)) * kHour;
        const int pick = int(rng.below(100));
        const Mine *m = mine.isEmpty() ? nullptr : &mine[int(rng.below(quint64(std::min<qsizetype>(mine.size(), 30)))) + std::max<qsizetype>(0, mine.size() - 30)];
        if (pick < 30 || !m) {
            const int a = int(rng.below(kPeople)), b = (a + 1 + int(rng.below(kPeople - 1))) % kPeople;
            const int ai = int(rng.below(3));
            const SwapSecret sec = SwapSecret::fromSecret(rng.bytes(32));
            const bool big = rng.chance(10);
            const QString amount = big ? QStringLiteral("100000000") : QString::number(rng.between(100000, 5000000));
            auto r = call(person(a), QStringLiteral("swaps.initiate"),
                          {{QStringLiteral("participant"), person(b).toText()}, {QStringLiteral("asset"), kAssets[ai]},
                           {QStringLiteral("amount"), ai == 2 ? amount + QStringLiteral("0000000000") : amount},
                           {QStringLiteral("participant_asset"), kAssets[(ai + 1) % 3]},
                           {QStringLiteral("participant_amount"), ai == 1 ? QStringLiteral("30000000000000000") : QStringLiteral("200000")},
                           {QStringLiteral("hashlock"), sec.hashlockHex()}});
            if (r)
                mine << Mine{r->toObject().value(QStringLiteral("id")).toInteger(), a, b, sec.secretHex()};
        } else if (pick < 50) {
            (void)call(person(m->participant), QStringLiteral("swaps.participate"), {{QStringLiteral("id"), m->id}});
        } else if (pick < 65) {
            (void)call(person(m->initiator), QStringLiteral("swaps.redeem"), {{QStringLiteral("id"), m->id}, {QStringLiteral("secret"), m->secret}});
        } else if (pick < 72) {
            (void)call(person(m->participant), QStringLiteral("swaps.redeem"), {{QStringLiteral("id"), m->id}, {QStringLiteral("secret"), m->secret}});
        } else if (pick < 78) {
            (void)call(person(rng.chance(50) ? m->initiator : m->participant), QStringLiteral("swaps.refund"), {{QStringLiteral("id"), m->id}});
        } else if (pick < 84) {
            (void)call(approver(int(rng.below(2))), QStringLiteral("swaps.approve"), {{QStringLiteral("id"), m->id}});
        } else if (pick < 87) {
            (void)call(person(m->participant), QStringLiteral("swaps.open_dispute"), {{QStringLiteral("id"), m->id}, {QStringLiteral("reason"), QStringLiteral("crash test")}});
        } else if (pick < 90) {
            (void)call(approver(0), QStringLiteral("swaps.resolve_dispute"),
                       {{QStringLiteral("id"), m->id}, {QStringLiteral("resolution"), rng.chance(50) ? QStringLiteral("refund") : QStringLiteral("release")},
                        {QStringLiteral("reason"), QStringLiteral("crash test")}});
        } else {
            (void)call(person(int(rng.below(kPeople))), QStringLiteral("swaps.process_expired"), {});
        }
        std::printf("step %d\n", step);
        std::fflush(stdout);
    }
}

} // namespace

class TestSwapCrash : public QObject
{
    Q_OBJECT

    TestProfile m_p;

    // Starts the child on the profile and SIGKILLs it once it reports `steps` calls.
    bool runAndKill(int steps, quint64 seed)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildEnv), m_p.dir.path());
        env.insert(QStringLiteral("NEXUS_SWAP_CRASH_SEED"), QString::number(seed));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(10000))
            return false;
        int seen = 0;
        QByteArray pending;
        while (seen < steps) {
            if (!child.waitForReadyRead(60000)) {
                qWarning("the child stopped after %d steps", seen);
                return false;
            }
            pending += child.readAllStandardOutput();
            const qsizetype nl = pending.lastIndexOf('\n');
            if (nl >= 0) {
                const QByteArray last = pending.left(nl).split('\n').last();
                seen = last.mid(5).toInt();
                pending = pending.mid(nl + 1);
            }
        }
        child.kill(); // SIGKILL: no cleanup, possibly mid-transaction
        child.waitForFinished(10000);
        return child.exitStatus() == QProcess::CrashExit;
    }

    // Everything the swaps and the ledger hold, for comparing two runs of the expiry job.
    QList<QVariantList> world() const
    {
        return sqlRows(m_p.dbPath(), QStringLiteral(
            "SELECT 's', id, state || a_state || b_state, ifnull(due_ns, -1) FROM swaps "
            "UNION ALL SELECT 'b', account, asset, hex(amount) FROM ledger_balances "
            "UNION ALL SELECT 'a', symbol, blocks, hex(tip_hash) FROM ledger_assets ORDER BY 1, 2, 3"));
    }

    // The invariants a reopened profile must show; empty when they hold.
    QString invariants()
    {
        for (const char *method : {"ledger.verify_chain", "audit.verify"}) {
            auto v = m_p.ctl(QLatin1String(method));
            if (!v || !v->toObject().value(QStringLiteral("ok")).toBool())
                return QStringLiteral("%1: %2").arg(QLatin1String(method), v ? v->toObject().value(QStringLiteral("reason")).toString() : v.error().message);
        }
        for (const QVariantList &a : sqlRows(m_p.dbPath(), QStringLiteral("SELECT symbol, minted, burned, fees_burned FROM ledger_assets"))) {
            Nat128 sum = 0;
            for (const QVariantList &b : sqlRows(m_p.dbPath(), QStringLiteral("SELECT amount FROM ledger_balances WHERE asset = ?"), {a[0]}))
                sum += ledger::fromBlob16(b[0].toByteArray());
            const Nat128 supply = ledger::fromBlob16(a[1].toByteArray()) - ledger::fromBlob16(a[2].toByteArray()) - ledger::fromBlob16(a[3].toByteArray());
            if (sum != supply)
                return QStringLiteral("%1: balances %2, supply %3").arg(a[0].toString(), nat128ToString(sum), nat128ToString(supply));
        }
        // Each leg's escrow holds its amount while locked and nothing otherwise.
        QHash<QByteArray, Nat128> escrow;
        for (const QVariantList &r : sqlRows(m_p.dbPath(), QStringLiteral("SELECT a.subaccount, b.asset, b.amount FROM ledger_balances b "
                                                                          "JOIN ledger_accounts a ON a.id = b.account WHERE a.owner = ?"),
                                             {swapEscrowPrincipal().bytes()}))
            escrow.insert(r[0].toByteArray() + r[1].toByteArray(), ledger::fromBlob16(r[2].toByteArray()));
        for (const QVariantList &s : sqlRows(m_p.dbPath(), QStringLiteral("SELECT id, a_asset, a_amount, a_state, b_asset, b_amount, b_state FROM swaps"))) {
            for (int leg = 0; leg < 2; ++leg) {
                const QByteArray key = swapEscrowAccount(s[0].toLongLong(), leg ? SwapLegId::B : SwapLegId::A).subaccount() + s[1 + 3 * leg].toByteArray();
                const Nat128 want = s[3 + 3 * leg].toString() == QLatin1String("locked") ? ledger::fromBlob16(s[2 + 3 * leg].toByteArray()) : 0;
                if (escrow.value(key) != want)
                    return QStringLiteral("swap %1 leg %2 (%3): escrow %4, expected %5")
                        .arg(s[0].toLongLong()).arg(leg ? 'b' : 'a').arg(s[3 + 3 * leg].toString(), nat128ToString(escrow.value(key)), nat128ToString(want));
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_p.init());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(m_p.addUser(approver(i), QStringLiteral("Approver %1").arg(i), Role::Admin));
            QVERIFY(m_p.grant(approver(i), QStringLiteral("manage_swaps")));
        }
        for (const auto &[pair, rate] : {std::pair{"ICP/USD", "10"}, std::pair{"BTC/USD", "60000"}, std::pair{"ETH/USD", "3000"}})
            NX_VERIFY_OK(m_p.call(m_p.controller, QStringLiteral("oracle.set_manual_price"),
                                  {{QStringLiteral("pair"), QLatin1String(pair)}, {QStringLiteral("rate"), QLatin1String(rate)}, {QStringLiteral("reason"), QStringLiteral("crash")}},
                                  Origin::Seed, kT0));
        for (int i = 0; i < kPeople; ++i) {
            QVERIFY(m_p.addUser(person(i), QStringLiteral("P%1").arg(i), Role::User));
            for (const auto &[asset, amount] : {std::pair{"ICP", "100000000000"}, std::pair{"ckBTC", "1000000000"}, std::pair{"ckETH", "100000000000000000000"}})
                NX_VERIFY_OK(m_p.call(m_p.controller, QStringLiteral("ledger.mint"),
                                      {{QStringLiteral("asset"), QLatin1String(asset)}, {QStringLiteral("to"), person(i).toText()}, {QStringLiteral("amount"), QLatin1String(amount)}},
                                      Origin::Seed, kT0));
        }
    }

    void killedMidSequenceThreeTimes()
    {
        qint64 swapsBefore = 0;
        for (const auto &[steps, seed] : {std::pair{600, 11ULL}, std::pair{1100, 12ULL}, std::pair{1700, 13ULL}}) {
            m_p.close();
            QVERIFY2(runAndKill(steps, seed), "the child did not run and die by SIGKILL");
            QVERIFY(m_p.open());
            const QString broken = invariants();
            QVERIFY2(broken.isEmpty(), qPrintable(broken));
            const qint64 swaps = m_p.count(QStringLiteral("swaps"));
            QVERIFY2(swaps > swapsBefore, "the child made swaps");
            swapsBefore = swaps;
        }
        const auto states = sqlRows(m_p.dbPath(), QStringLiteral("SELECT state, count(*) FROM swaps GROUP BY state ORDER BY state"));
        QStringList counts;
        for (const QVariantList &r : states)
            counts << QStringLiteral("%1 %2").arg(r[0].toString()).arg(r[1].toInt());
        qInfo("after three kills: %lld swaps, %lld audit entries: %s", swapsBefore, m_p.lastSeq(), qPrintable(counts.join(QStringLiteral(", "))));
        QVERIFY2(states.size() >= 6, "the child's calls reached several states");
    }

    void expiryJobFinishesTheWork()
    {
        QVERIFY(m_p.backend);
        // Long after every timelock: the job settles all that is due, in batches.
        const qint64 late = sqlValue(m_p.dbPath(), QStringLiteral("SELECT max(a_timelock_ns) FROM swaps")).toLongLong() + kHour;
        SwapKeeper keeper(m_p.gw(), person(0));
        keeper.setClock([late] { return late; });
        auto first = keeper.runOnce();
        NX_VERIFY_OK(first);
        QCOMPARE(first->value(QStringLiteral("remaining")).toInt(), 0);
        QCOMPARE(first->value(QStringLiteral("stuck")).toArray().size(), 0);
        QCOMPARE(sqlValue(m_p.dbPath(), QStringLiteral("SELECT count(*) FROM swaps WHERE state NOT IN ('completed', 'refunded', 'cancelled', 'resolved', 'disputed')")).toInt(), 0);
        QVERIFY2(invariants().isEmpty(), qPrintable(invariants()));
        // Idempotent: a second run (as if the first had been interrupted and retried) changes nothing.
        const auto before = world();
        auto second = keeper.runOnce();
        NX_VERIFY_OK(second);
        QCOMPARE(second->value(QStringLiteral("processed")).toArray().size(), 0);
        QCOMPARE(world(), before);
        // Only disputed swaps still hold escrow.
        const qint64 lockedOutsideDisputes = sqlValue(m_p.dbPath(), QStringLiteral(
            "SELECT count(*) FROM swaps WHERE state <> 'disputed' AND (a_state = 'locked' OR b_state = 'locked')")).toLongLong();
        QCOMPARE(lockedOutsideDisputes, 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildEnv))
        return runChild(qEnvironmentVariable(kChildEnv), quint64(qEnvironmentVariableIntValue("NEXUS_SWAP_CRASH_SEED")));
    TestSwapCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_swapcrash.moc"
