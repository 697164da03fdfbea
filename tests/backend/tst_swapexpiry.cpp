// The expiry job: swaps.process_expired lapses unapproved swaps, refunds expired legs and settles
// revealed swaps for the participant at T1; running it twice leaves the same state; batches,
// swaps that cannot be settled, and the SwapKeeper that drives it on a timer.

#include "swapfixture.h"

#include "swaps/swapkeeper.h"

#include <QSignalSpy>

#include <atomic>

using namespace nexus;
using namespace nexus::test;

class TestSwapExpiry : public QObject, public SwapFixture
{
    Q_OBJECT

    // Everything the job may touch: swaps, their events, and the ledger.
    QList<QVariantList> world() const
    {
        QList<QVariantList> rows = ledgerState();
        rows << sqlRows(m_p->dbPath(), QStringLiteral("SELECT id, state, a_state, b_state, ifnull(due_ns, -1), updated_ns FROM swaps ORDER BY id"));
        rows << sqlRows(m_p->dbPath(), QStringLiteral("SELECT swap_id, n, action FROM swap_events ORDER BY swap_id, n"));
        return rows;
    }
    qint64 t1(qint64 id) { return contract(id).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpSwaps(this); }
    void cleanup() { tearDown(); }

    void settlesEveryKindOfExpiredSwapOnce()
    {
        const qint64 initiatedId = initiated(1);
        const qint64 participatedId = participated(2);
        const qint64 redeemedId = redeemed(3);
        const qint64 pendingId = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(4), BTC, kE8, ICP, 10 * kE8)).value(QStringLiteral("id")).toInteger();
        const qint64 disputedId = participated(5);
        sok(m_bob, QStringLiteral("open_dispute"), idArgs(disputedId, {{QStringLiteral("reason"), QStringLiteral("hold")}}));
        const qint64 completedId = redeemed(6);
        sok(m_bob, QStringLiteral("redeem"), idArgs(completedId, {{QStringLiteral("secret"), secret(6).secretHex()}}));
        const qint64 late = t1(pendingId);

        // Nothing due yet.
        QCOMPARE(sok(m_carol, QStringLiteral("due"), {}).value(QStringLiteral("due")).toInt(), 0);
        QCOMPARE(sok(m_carol, QStringLiteral("process_expired"), {}).value(QStringLiteral("processed")).toArray().size(), 0);

        // After T2 of the participated swaps: the participant's legs come back.
        const qint64 t2 = contract(participatedId).value(QStringLiteral("participant_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        const Nat128 bobBtc = balance(BTC, m_bob);
        const QJsonObject first = sok(m_carol, QStringLiteral("process_expired"), {}, t2);
        QCOMPARE(first.value(QStringLiteral("refunded_legs")).toInt(), 1);
        QCOMPARE(state(participatedId), QStringLiteral("participant_refunded"));
        QVERIFY(balance(BTC, m_bob) == bobBtc + 100000 - fee(BTC));

        // After T1 of everything.
        const Nat128 aliceIcp = balance(ICP, m_alice), bobIcp = balance(ICP, m_bob);
        const QJsonObject second = sok(m_carol, QStringLiteral("process_expired"), {}, late + kHour);
        QCOMPARE(second.value(QStringLiteral("refunded_legs")).toInt(), 2); // initiated + participant_refunded
        QCOMPARE(second.value(QStringLiteral("completed")).toInt(), 1);     // redeemed: paid to the participant
        QCOMPARE(second.value(QStringLiteral("cancelled")).toInt(), 1);     // pending approval lapsed
        QCOMPARE(second.value(QStringLiteral("remaining")).toInt(), 0);
        QCOMPARE(state(initiatedId), QStringLiteral("refunded"));
        QCOMPARE(state(participatedId), QStringLiteral("refunded"));
        QCOMPARE(state(redeemedId), QStringLiteral("completed"));
        QCOMPARE(state(pendingId), QStringLiteral("cancelled"));
        QCOMPARE(state(disputedId), QStringLiteral("disputed"));
        QCOMPARE(state(completedId), QStringLiteral("completed"));
        QVERIFY(balance(ICP, m_alice) == aliceIcp + 2 * (10 * kE8 - fee(ICP)));
        QVERIFY(balance(ICP, m_bob) == bobIcp + 10 * kE8 - fee(ICP));
        const QJsonArray events = contract(redeemedId).value(QStringLiteral("events")).toArray();
        QVERIFY(events.last().toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("paid to the participant")));
        QCOMPARE(events.last().toObject().value(QStringLiteral("actor")).toString(), m_carol.toText());

        // Run twice: the same state, nothing processed, only the audit log grows.
        const auto before = world();
        const QJsonObject again = sok(m_carol, QStringLiteral("process_expired"), {}, late + 2 * kHour);
        QCOMPARE(again.value(QStringLiteral("processed")).toArray().size(), 0);
        QCOMPARE(again.value(QStringLiteral("refunded_legs")).toInt(), 0);
        QCOMPARE(world(), before);
        QCOMPARE(m_p->lastEntry().value(0).toString(), QStringLiteral("swaps.process_expired"));
        QVERIFY(m_p->lastEntry().value(3).toString().startsWith(QLatin1String("expiry job: 0 legs refunded")));
        QVERIFY(conservation().isEmpty());
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void batchesUntilNothingIsLeft()
    {
        QList<qint64> ids;
        for (int k = 1; k <= 7; ++k)
            ids << initiated(k);
        const qint64 late = t1(ids.last()) + kHour;
        QCOMPARE(obj(S(m_carol, QStringLiteral("due"), {}, late)).value(QStringLiteral("due")).toInt(), 7);
        const QJsonObject b1 = sok(m_carol, QStringLiteral("process_expired"), {{QStringLiteral("limit"), 3}}, late);
        QCOMPARE(b1.value(QStringLiteral("processed")).toArray().size(), 3);
        QCOMPARE(b1.value(QStringLiteral("remaining")).toInt(), 4);
        QCOMPARE(b1.value(QStringLiteral("processed")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), ids.first()); // oldest due first
        SwapKeeper keeper(m_p->gw(), m_carol);
        keeper.setClock([late] { return late + 1000; });
        auto all = keeper.runOnce();
        NX_VERIFY_OK(all);
        QCOMPARE(all->value(QStringLiteral("refunded_legs")).toInt(), 4);
        QCOMPARE(all->value(QStringLiteral("remaining")).toInt(), 0);
        for (qint64 id : ids)
            QCOMPARE(state(id), QStringLiteral("refunded"));
    }

    void aSwapThatCannotBeSettledDoesNotHoldUpTheRest()
    {
        const qint64 small = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(1), ICP, 10 * kE8, BTC, 500)).value(QStringLiteral("id")).toInteger();
        sok(m_bob, QStringLiteral("participate"), idArgs(small));
        const qint64 other = initiated(2);
        ok(m_fees, QStringLiteral("set_fee"), {{QStringLiteral("asset"), BTC}, {QStringLiteral("fee"), QStringLiteral("600")}});
        const qint64 late = t1(other) + kHour;
        const QJsonObject r = sok(m_carol, QStringLiteral("process_expired"), {}, late);
        const QJsonArray stuck = r.value(QStringLiteral("stuck")).toArray();
        QCOMPARE(stuck.size(), 1);
        QCOMPARE(stuck[0].toObject().value(QStringLiteral("id")).toInteger(), small);
        QVERIFY(stuck[0].toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("fee")));
        QCOMPARE(state(small), QStringLiteral("participated")); // rolled back to its savepoint, untouched
        QVERIFY(escrow(small, SwapLegId::A, ICP) == 10 * kE8);
        QCOMPARE(state(other), QStringLiteral("refunded"));
        QCOMPARE(r.value(QStringLiteral("remaining")).toInt(), 1);
        // Once the fee is back down the job finishes it.
        ok(m_fees, QStringLiteral("set_fee"), {{QStringLiteral("asset"), BTC}, {QStringLiteral("fee"), QStringLiteral("10")}});
        const QJsonObject done = sok(m_carol, QStringLiteral("process_expired"), {}, late + kHour);
        QCOMPARE(done.value(QStringLiteral("refunded_legs")).toInt(), 2);
        QCOMPARE(state(small), QStringLiteral("refunded"));
        QVERIFY(conservation().isEmpty());
    }

    void keeperRunsOnATimer()
    {
        const qint64 a = initiated(1);
        const qint64 b = participated(2);
        const qint64 late = t1(b) + kHour;
        std::atomic<qint64> clock{m_now + 1000};
        SwapKeeper keeper(m_p->gw(), m_carol);
        keeper.setClock([&clock] { return clock.load(); });
        QSignalSpy checked(&keeper, &SwapKeeper::checked);
        QSignalSpy processed(&keeper, &SwapKeeper::processed);
        const qint64 entries = m_p->lastSeq();
        keeper.start(20);
        QTRY_VERIFY(checked.count() >= 3);
        QVERIFY(keeper.isRunning());
        QCOMPARE(checked.first().first().toInt(), 0);
        QCOMPARE(processed.count(), 0);
        QCOMPARE(m_p->lastSeq(), entries); // idle checks are reads: nothing audited
        clock = late;
        QTRY_COMPARE(processed.count(), 1);
        const QJsonObject report = processed.first().first().toJsonObject();
        QCOMPARE(report.value(QStringLiteral("refunded_legs")).toInt(), 3);
        QTRY_VERIFY(keeper.idle());
        keeper.stop();
        QCOMPARE(state(a), QStringLiteral("refunded"));
        QCOMPARE(state(b), QStringLiteral("refunded"));
        // A keeper the gateway refuses (not registered) reports it.
        SwapKeeper stranger(m_p->gw(), principalFor(4321));
        QSignalSpy failed(&stranger, &SwapKeeper::failed);
        (void)initiated(3);
        m_now = late + 49 * kHour;
        stranger.setClock([this] { return m_now; });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("swap expiry job refused.*registered")));
        stranger.start(1000);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("registered")));
    }
};

QTEST_GUILESS_MAIN(TestSwapExpiry)
#include "tst_swapexpiry.moc"
