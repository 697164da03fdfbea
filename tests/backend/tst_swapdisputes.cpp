// Disputes: either party opens one while funds are locked, it freezes the swap (no redeem, refund
// or expiry) until an admin holding manage_swaps resolves it by refunding or releasing every locked
// leg, with a reason. Parties cannot resolve their own dispute.

#include "swapfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestSwapDisputes : public QObject, public SwapFixture
{
    Q_OBJECT

    QJsonObject dispute(qint64 id, const Principal &by, const QString &reason = QStringLiteral("counterparty unresponsive"))
    {
        return sok(by, QStringLiteral("open_dispute"), idArgs(id, {{QStringLiteral("reason"), reason}}));
    }
    QJsonObject resolve(qint64 id, const QString &resolution, const Principal &by = {})
    {
        return sok(by.bytes().isEmpty() ? m_approver1 : by, QStringLiteral("resolve_dispute"),
                   idArgs(id, {{QStringLiteral("resolution"), resolution}, {QStringLiteral("reason"), QStringLiteral("evidence reviewed")}}));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpSwaps(this); }
    void cleanup() { tearDown(); }

    void eitherPartyOpensOne()
    {
        const qint64 a = initiated(1);
        QCOMPARE(dispute(a, m_alice).value(QStringLiteral("state")).toString(), QStringLiteral("disputed"));
        const qint64 b = participated(2);
        const QJsonObject d = dispute(b, m_bob, QStringLiteral("wrong amount agreed"));
        QCOMPARE(d.value(QStringLiteral("disputed_from")).toString(), QStringLiteral("participated"));
        const QJsonObject c = contract(b);
        QCOMPARE(c.value(QStringLiteral("dispute")).toObject().value(QStringLiteral("opened_by")).toString(), m_bob.toText());
        QCOMPARE(c.value(QStringLiteral("dispute")).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("wrong amount agreed"));
        QVERIFY(!c.contains(QStringLiteral("due_ns"))); // the expiry job leaves it alone
        // Not by outsiders, not without a reason, not twice, not without locked funds.
        const qint64 e = participated(3);
        NX_VERIFY_ERROR(S(m_carol, QStringLiteral("open_dispute"), idArgs(e, {{QStringLiteral("reason"), QStringLiteral("x")}})), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(S(m_approver1, QStringLiteral("open_dispute"), idArgs(e, {{QStringLiteral("reason"), QStringLiteral("x")}})), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("open_dispute"), idArgs(e)), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("open_dispute"), idArgs(b, {{QStringLiteral("reason"), QStringLiteral("again")}})), ErrorCode::Conflict);
        const qint64 pending = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(4), BTC, kE8, ICP, 10 * kE8)).value(QStringLiteral("id")).toInteger();
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("open_dispute"), idArgs(pending, {{QStringLiteral("reason"), QStringLiteral("x")}})), ErrorCode::Conflict);
        const qint64 done = redeemed(5);
        sok(m_bob, QStringLiteral("redeem"), idArgs(done, {{QStringLiteral("secret"), secret(5).secretHex()}}));
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("open_dispute"), idArgs(done, {{QStringLiteral("reason"), QStringLiteral("x")}})), ErrorCode::Conflict);
    }

    void aDisputeFreezesTheSwap()
    {
        const qint64 id = participated();
        dispute(id, m_alice);
        const qint64 t1 = contract(id).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        const auto st = ledgerState();
        for (const auto &[who, method, args] : {std::tuple{m_alice, QStringLiteral("redeem"), QJsonObject{{QStringLiteral("secret"), secret(1).secretHex()}}},
                                                std::tuple{m_bob, QStringLiteral("redeem"), QJsonObject{{QStringLiteral("secret"), secret(1).secretHex()}}},
                                                std::tuple{m_bob, QStringLiteral("participate"), QJsonObject{}},
                                                std::tuple{m_alice, QStringLiteral("cancel"), QJsonObject{}}}) {
            auto r = S(who, method, idArgs(id, args));
            NX_VERIFY_ERROR(r, ErrorCode::Conflict);
        }
        auto refund = S(m_alice, QStringLiteral("refund"), idArgs(id), t1 + 10 * kHour);
        NX_VERIFY_ERROR(refund, ErrorCode::Conflict);
        QVERIFY(refund.error().message.contains(QLatin1String("frozen")));
        // Long after both timelocks the expiry job still does nothing to it.
        const QJsonObject job = sok(m_carol, QStringLiteral("process_expired"), {}, t1 + 100 * kHour);
        QCOMPARE(job.value(QStringLiteral("processed")).toArray().size(), 0);
        QCOMPARE(ledgerState(), st);
        QCOMPARE(state(id), QStringLiteral("disputed"));
    }

    void resolveByRefund()
    {
        const qint64 id = participated();
        dispute(id, m_bob);
        const Nat128 aliceIcp = balance(ICP, m_alice), bobBtc = balance(BTC, m_bob);
        // Who may resolve: the gateway wants manage_swaps; parties are refused even when they hold it.
        NX_VERIFY_ERROR(S(m_plainAdmin, QStringLiteral("resolve_dispute"),
                          idArgs(id, {{QStringLiteral("resolution"), QStringLiteral("refund")}, {QStringLiteral("reason"), QStringLiteral("x")}})),
                        ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(S(m_approver1, QStringLiteral("resolve_dispute"), idArgs(id, {{QStringLiteral("resolution"), QStringLiteral("refund")}})),
                        ErrorCode::InvalidArgument); // the reason is required
        NX_VERIFY_ERROR(S(m_approver1, QStringLiteral("resolve_dispute"),
                          idArgs(id, {{QStringLiteral("resolution"), QStringLiteral("split")}, {QStringLiteral("reason"), QStringLiteral("x")}})),
                        ErrorCode::InvalidArgument);
        const QJsonObject r = resolve(id, QStringLiteral("refund"));
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
        const QJsonObject d = r.value(QStringLiteral("dispute")).toObject();
        QCOMPARE(d.value(QStringLiteral("resolution")).toString(), QStringLiteral("refund"));
        QCOMPARE(d.value(QStringLiteral("resolution_reason")).toString(), QStringLiteral("evidence reviewed"));
        QCOMPARE(d.value(QStringLiteral("resolved_by")).toString(), m_approver1.toText());
        QVERIFY(balance(ICP, m_alice) == aliceIcp + 10 * kE8 - fee(ICP));
        QVERIFY(balance(BTC, m_bob) == bobBtc + 100000 - fee(BTC));
        QCOMPARE(r.value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("refunded"));
        QCOMPARE(r.value(QStringLiteral("participant_leg")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("refunded"));
        NX_VERIFY_ERROR(S(m_approver2, QStringLiteral("resolve_dispute"),
                          idArgs(id, {{QStringLiteral("resolution"), QStringLiteral("release")}, {QStringLiteral("reason"), QStringLiteral("x")}})),
                        ErrorCode::Conflict);
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("nothing more")));
        QVERIFY(conservation().isEmpty());
    }

    void resolveByRelease()
    {
        // Released from participated: each leg goes to its counterparty, as if both had redeemed.
        const qint64 id = participated(1);
        dispute(id, m_alice);
        const Nat128 aliceBtc = balance(BTC, m_alice), bobIcp = balance(ICP, m_bob);
        const QJsonObject r = resolve(id, QStringLiteral("release"), m_p->controller);
        QVERIFY(balance(BTC, m_alice) == aliceBtc + 100000 - fee(BTC));
        QVERIFY(balance(ICP, m_bob) == bobIcp + 10 * kE8 - fee(ICP));
        QCOMPARE(r.value(QStringLiteral("moves")).toArray().size(), 2);
        // Released after the secret was revealed: only the initiator's leg was still locked.
        const qint64 late = redeemed(2);
        dispute(late, m_bob, QStringLiteral("initiator redeemed, I could not"));
        const Nat128 bob = balance(ICP, m_bob);
        QCOMPARE(resolve(late, QStringLiteral("release")).value(QStringLiteral("moves")).toArray().size(), 1);
        QVERIFY(balance(ICP, m_bob) == bob + 10 * kE8 - fee(ICP));
        // A party holding manage_swaps cannot rule on their own swap.
        mint(Account(m_approver3), 100 * kE8, ICP);
        const qint64 own = initiated(3, m_approver3, m_bob);
        dispute(own, m_bob);
        auto self = S(m_approver3, QStringLiteral("resolve_dispute"),
                      idArgs(own, {{QStringLiteral("resolution"), QStringLiteral("release")}, {QStringLiteral("reason"), QStringLiteral("mine")}}));
        NX_VERIFY_ERROR(self, ErrorCode::PermissionDenied);
        for (qint64 s : {id, late})
            for (SwapLegId leg : {SwapLegId::A, SwapLegId::B})
                QVERIFY(escrow(s, leg, leg == SwapLegId::A ? ICP : BTC) == 0);
        QVERIFY(conservation().isEmpty());
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSwapDisputes)
#include "tst_swapdisputes.moc"
