// M-of-N approvals of high-value swaps: the oracle values both legs, swaps above the threshold
// wait with nothing locked, each approver counts once, parties cannot approve their own swap, the
// M-th approval locks the funds, rejections and lapses end the swap, and the settings apply.

#include "swapfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestSwapApprovals : public QObject, public SwapFixture
{
    Q_OBJECT

    // 1 ckBTC ($60,000) from Alice for 100 ICP ($1,000) from Bob.
    qint64 bigSwap(int k, const Principal &initiator = {}, const Principal &participant = {})
    {
        const QJsonObject r = sok(initiator.bytes().isEmpty() ? m_alice : initiator, QStringLiteral("initiate"),
                                  initiateArgs(participant.bytes().isEmpty() ? m_bob : participant, secret(k), BTC, kE8, ICP, 100 * kE8));
        return r.value(QStringLiteral("id")).toInteger();
    }
    void setConfig(const QString &key, const QJsonValue &v)
    {
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.config_set"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), v}}));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpSwaps(this); }
    void cleanup() { tearDown(); }

    void aboveTheThresholdNothingLocksUntilMApprovals()
    {
        const Nat128 before = balance(BTC, m_alice);
        const qint64 id = bigSwap(1);
        QJsonObject c = contract(id);
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        QCOMPARE(c.value(QStringLiteral("value_usd")).toString(), QStringLiteral("60000.00"));
        QCOMPARE(c.value(QStringLiteral("approvals_required")).toInt(), 2);
        QCOMPARE(c.value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        QVERIFY(balance(BTC, m_alice) == before);
        QVERIFY(escrow(id, SwapLegId::A, BTC) == 0);

        const QJsonObject first = sok(m_approver1, QStringLiteral("approve"), idArgs(id, {{QStringLiteral("note"), QStringLiteral("KYC ok")}}));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        QCOMPARE(first.value(QStringLiteral("approvals")).toInt(), 1);
        QVERIFY(balance(BTC, m_alice) == before);
        // The same approver counts once.
        auto twice = S(m_approver1, QStringLiteral("approve"), idArgs(id));
        NX_VERIFY_ERROR(twice, ErrorCode::Conflict);
        QVERIFY(twice.error().message.contains(QLatin1String("already approved")));

        const QJsonObject second = sok(m_approver2, QStringLiteral("approve"), idArgs(id));
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("initiated"));
        QCOMPARE(second.value(QStringLiteral("approvals")).toInt(), 2);
        QVERIFY(balance(BTC, m_alice) == before - kE8 - fee(BTC));
        QVERIFY(escrow(id, SwapLegId::A, BTC) == kE8);
        const QJsonArray by = second.value(QStringLiteral("approved_by")).toArray();
        QCOMPARE(by.size(), 2);
        QCOMPARE(by[0].toObject().value(QStringLiteral("approver")).toString(), m_approver1.toText());
        QCOMPARE(by[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("KYC ok"));
        // A third approval has nothing left to approve; the swap proceeds as usual.
        NX_VERIFY_ERROR(S(m_approver3, QStringLiteral("approve"), idArgs(id)), ErrorCode::Conflict);
        sok(m_bob, QStringLiteral("participate"), idArgs(id));
        sok(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}}));
        QCOMPARE(sok(m_bob, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}})).value(QStringLiteral("state")).toString(),
                 QStringLiteral("completed"));
        QVERIFY(conservation().isEmpty());
    }

    void whoMayApprove()
    {
        const qint64 id = bigSwap(1);
        // The gateway: approvals need an admin holding manage_swaps.
        for (const Principal &who : {m_plainAdmin, m_carol, m_creator}) {
            auto r = S(who, QStringLiteral("approve"), idArgs(id));
            NX_VERIFY_ERROR(r, ErrorCode::PermissionDenied);
            QVERIFY(r.error().message.contains(QLatin1String("manage_swaps")) || r.error().message.contains(QLatin1String("role")));
        }
        // A user holding manage_swaps still lacks the role.
        QVERIFY(m_p->grant(m_carol, QStringLiteral("manage_swaps")));
        auto low = S(m_carol, QStringLiteral("approve"), idArgs(id));
        NX_VERIFY_ERROR(low, ErrorCode::PermissionDenied);
        QVERIFY(low.error().message.contains(QLatin1String("role")));
        // The initiator cannot approve their own swap, even as an approver; nor can the participant.
        mint(Account(m_approver3), 2 * kE8, BTC);
        const qint64 own = bigSwap(2, m_approver3, m_bob);
        auto self = S(m_approver3, QStringLiteral("approve"), idArgs(own));
        NX_VERIFY_ERROR(self, ErrorCode::PermissionDenied);
        QVERIFY(self.error().message.contains(QLatin1String("You initiated")));
        const qint64 theirs = bigSwap(3, m_alice, m_approver2);
        auto party = S(m_approver2, QStringLiteral("approve"), idArgs(theirs));
        NX_VERIFY_ERROR(party, ErrorCode::PermissionDenied);
        QVERIFY(party.error().message.contains(QLatin1String("participant")));
        QCOMPARE(contract(own).value(QStringLiteral("approvals")).toInt(), 0);
        // The controller and super admins hold manage_swaps without a grant.
        sok(m_p->controller, QStringLiteral("approve"), idArgs(id));
        QCOMPARE(contract(id).value(QStringLiteral("approvals")).toInt(), 1);
        NX_VERIFY_ERROR(S(m_approver1, QStringLiteral("approve"), idArgs(404)), ErrorCode::NotFound);
    }

    void thresholdAndMComeFromTheSettings()
    {
        // Below the threshold: locked at once.
        QCOMPARE(state(initiated(1)), QStringLiteral("initiated")); // 10 ICP = $100
        setConfig(QStringLiteral("swaps.approval_threshold_usd"), 50);
        const qint64 small = initiated(2);
        QCOMPARE(state(small), QStringLiteral("pending_approval"));
        // Exactly at the threshold is not above it.
        setConfig(QStringLiteral("swaps.approval_threshold_usd"), QStringLiteral("100.00"));
        QCOMPARE(state(initiated(3)), QStringLiteral("initiated"));
        // M = 3 for new swaps; a pending swap keeps the M it started with.
        setConfig(QStringLiteral("swaps.approval_threshold_usd"), 10000);
        setConfig(QStringLiteral("swaps.approvals_required"), 3);
        const qint64 three = bigSwap(4);
        QCOMPARE(contract(three).value(QStringLiteral("approvals_required")).toInt(), 3);
        QCOMPARE(contract(small).value(QStringLiteral("approvals_required")).toInt(), 2);
        for (const Principal &a : {m_approver1, m_approver2})
            QCOMPARE(sok(a, QStringLiteral("approve"), idArgs(three)).value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        QCOMPARE(sok(m_approver3, QStringLiteral("approve"), idArgs(three)).value(QStringLiteral("state")).toString(), QStringLiteral("initiated"));
        // M = 0 switches approvals off.
        setConfig(QStringLiteral("swaps.approvals_required"), 0);
        QCOMPARE(state(bigSwap(5)), QStringLiteral("initiated"));
    }

    void aSwapTheOracleCannotPriceNeedsApproval()
    {
        // The ICP feed has no published price once its manual price is withdrawn.
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("oracle.breaker_reset"), {{QStringLiteral("pair"), QStringLiteral("ICP/USD")}, {QStringLiteral("note"), QStringLiteral("test")}}));
        const QJsonObject c = contract(initiated(1));
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("pending_approval"));
        QVERIFY(c.value(QStringLiteral("value_usd")).isNull());
        QVERIFY2(c.value(QStringLiteral("value_note")).toString().startsWith(QLatin1String("not priced")), qPrintable(c.value(QStringLiteral("value_note")).toString()));
        QVERIFY(c.value(QStringLiteral("value_note")).toString().contains(QLatin1String("ICP")));
    }

    void rejectEndsTheSwap()
    {
        const qint64 id = bigSwap(1);
        sok(m_approver1, QStringLiteral("approve"), idArgs(id));
        NX_VERIFY_ERROR(S(m_approver2, QStringLiteral("reject"), idArgs(id)), ErrorCode::InvalidArgument); // a reason is required
        NX_VERIFY_ERROR(S(m_plainAdmin, QStringLiteral("reject"), idArgs(id, {{QStringLiteral("reason"), QStringLiteral("no")}})), ErrorCode::PermissionDenied);
        const QJsonObject r = sok(m_approver2, QStringLiteral("reject"), idArgs(id, {{QStringLiteral("reason"), QStringLiteral("source of funds unclear")}}));
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        const QJsonArray events = r.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("reject"));
        QCOMPARE(events.last().toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("source of funds unclear"));
        NX_VERIFY_ERROR(S(m_approver3, QStringLiteral("approve"), idArgs(id)), ErrorCode::Conflict);
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("cancelled; nothing more")));
    }

    void approvalWindowCloses()
    {
        const qint64 id = bigSwap(1);
        const qint64 t1 = contract(id).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        // Within the safety margin of T1 the last approval would leave the participant no time.
        sok(m_approver1, QStringLiteral("approve"), idArgs(id));
        auto close = S(m_approver2, QStringLiteral("approve"), idArgs(id), t1 - kHour);
        NX_VERIFY_ERROR(close, ErrorCode::Conflict);
        QVERIFY(close.error().message.contains(QLatin1String("too close")));
        QCOMPARE(contract(id).value(QStringLiteral("approvals")).toInt(), 1); // the refused approval left no trace
        auto late = S(m_approver2, QStringLiteral("approve"), idArgs(id), t1);
        NX_VERIFY_ERROR(late, ErrorCode::Conflict);
        // The expiry job lapses it at T1; nothing was ever locked.
        const QJsonObject job = sok(m_carol, QStringLiteral("process_expired"), {});
        QCOMPARE(job.value(QStringLiteral("cancelled")).toInt(), 1);
        QCOMPARE(state(id), QStringLiteral("cancelled"));
    }

    void lastApprovalNeedsTheInitiatorsFunds()
    {
        const qint64 id = bigSwap(1);
        sok(m_approver1, QStringLiteral("approve"), idArgs(id));
        // Alice spends her ckBTC meanwhile.
        ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_carol), balance(BTC, m_alice) - fee(BTC), BTC));
        const auto st = ledgerState();
        auto r = S(m_approver2, QStringLiteral("approve"), idArgs(id));
        QCOMPARE(icrc(r).kind(), LedgerError::Kind::InsufficientFunds);
        QCOMPARE(ledgerState(), st);
        QCOMPARE(contract(id).value(QStringLiteral("approvals")).toInt(), 1);
        QCOMPARE(state(id), QStringLiteral("pending_approval"));
        // The initiator is warned up front when starting a swap they cannot fund.
        auto poor = S(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(2), BTC, kE8, ICP, 10 * kE8));
        NX_VERIFY_ERROR(poor, ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestSwapApprovals)
#include "tst_swapapprovals.moc"
