// swaps.* through the gateway: every method's success and its error paths — initiate (escrow,
// defaults, validation), participate (T2 rules), redeem (secret, order, deadlines), extract_secret,
// refund (each state, each timelock), cancel, audit_contract, list and due — with the ledger's
// blocks, balances, fees and the conservation of every asset checked along the way.

#include "swapfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestSwaps : public QObject, public SwapFixture
{
    Q_OBJECT

    QJsonObject leg(const QJsonObject &c, bool initiator) { return c.value(initiator ? QStringLiteral("initiator_leg") : QStringLiteral("participant_leg")).toObject(); }
    Nat128 fee(const QString &asset) { return SwapFixture::fee(asset); }
    void checkLedger()
    {
        QVERIFY2(conservation().isEmpty(), qPrintable(conservation()));
        const QJsonObject v = verify();
        QVERIFY2(v.value(QStringLiteral("ok")).toBool(), qPrintable(v.value(QStringLiteral("reason")).toString()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpSwaps(this); }
    void cleanup() { tearDown(); }

    void initiateLocksIntoEscrow()
    {
        const Nat128 before = balance(ICP, m_alice);
        const SwapSecret sec = secret(1);
        const QJsonObject receipt = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, sec));
        const qint64 at = m_now;
        const qint64 id = receipt.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        // The answer is a receipt (states, timelocks, blocks); audit_contract shows everything.
        QCOMPARE(receipt.value(QStringLiteral("state")).toString(), QStringLiteral("initiated"));
        QCOMPARE(leg(receipt, true).value(QStringLiteral("timelock_ns")).toString(), s(at + 48 * kHour)); // default T1 = now + 48 h
        const QJsonObject c = contract(id);
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("initiated"));
        QCOMPARE(c.value(QStringLiteral("hashlock")).toString(), sec.hashlockHex());
        QCOMPARE(c.value(QStringLiteral("initiator")).toString(), m_alice.toText());
        QCOMPARE(c.value(QStringLiteral("participant")).toString(), m_bob.toText());
        QCOMPARE(c.value(QStringLiteral("secret_revealed")).toBool(), false);
        QCOMPARE(c.value(QStringLiteral("value_usd")).toString(), QStringLiteral("100.00")); // 10 ICP at $10 > 0.001 BTC at $60,000
        QCOMPARE(c.value(QStringLiteral("approvals_required")).toInt(), 0);
        const QJsonObject a = leg(c, true);
        QCOMPARE(a.value(QStringLiteral("state")).toString(), QStringLiteral("locked"));
        QCOMPARE(a.value(QStringLiteral("timelock_ns")).toString(), s(at + 48 * kHour));
        QCOMPARE(a.value(QStringLiteral("seconds_left")).toDouble(), 48.0 * 3600 - 1); // read 1 µs later
        QCOMPARE(a.value(QStringLiteral("escrow_account")).toString(), swapEscrowAccount(id, SwapLegId::A).toText());
        QCOMPARE(a.value(QStringLiteral("payout")).toString(), n(10 * kE8 - fee(ICP)));
        QCOMPARE(leg(c, false).value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        // The owner paid the amount plus the transfer fee; the escrow holds exactly the amount.
        QVERIFY(balance(ICP, m_alice) == before - 10 * kE8 - fee(ICP));
        QVERIFY(escrow(id, SwapLegId::A, ICP) == 10 * kE8);
        const QJsonArray moves = receipt.value(QStringLiteral("moves")).toArray();
        QCOMPARE(moves.size(), 1);
        const qint64 block = moves[0].toObject().value(QStringLiteral("block_index")).toInteger();
        const QJsonObject blk = ok(m_alice, QStringLiteral("get_blocks"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("start"), block}, {QStringLiteral("length"), 1}})
                                    .value(QStringLiteral("blocks")).toArray().at(0).toObject();
        QVERIFY2(QJsonDocument(blk).toJson().contains(QByteArray("swap ").toHex()), "the lock block carries the swap memo");
        const QJsonObject participate{{QStringLiteral("method"), QStringLiteral("swaps.participate")},
                                      {QStringLiteral("by"), QStringLiteral("participant")},
                                      {QStringLiteral("until_ns"), a.value(QStringLiteral("timelock_ns"))}};
        QVERIFY2(c.value(QStringLiteral("actions")).toArray().contains(participate), QJsonDocument(c.value(QStringLiteral("actions")).toArray()).toJson().constData());
        checkLedger();
        // The audit summary names the hashlock, the terms and the block.
        const QString summary = m_p->lastEntry().value(3).toString();
        QVERIFY2(summary.contains(sec.hashlockHex().left(16)) && summary.contains(QLatin1String("ICP block")), qPrintable(summary));
        // A timelock of one's own.
        const QJsonObject own = sok(m_alice, QStringLiteral("initiate"),
                                    [&] { QJsonObject x = initiateArgs(m_carol, secret(2)); x.insert(QStringLiteral("timelock_ns"), s(m_now + 30 * kHour)); return x; }());
        QCOMPARE(leg(own, true).value(QStringLiteral("timelock_ns")).toString(), s(m_now - 1000 + 30 * kHour));
    }

    void initiateFromSubaccount()
    {
        ok(m_alice, QStringLiteral("transfer"), transferArgs(withSub(m_alice, 3), 50 * kE8));
        QJsonObject args = initiateArgs(m_bob, secret(3));
        args.insert(QStringLiteral("from_subaccount"), sub(3));
        const qint64 id = sok(m_alice, QStringLiteral("initiate"), args).value(QStringLiteral("id")).toInteger();
        QVERIFY(balance(ICP, withSub(m_alice, 3)) == 50 * kE8 - 10 * kE8 - fee(ICP));
        // Bob locks from his default account; Alice's payout goes to the subaccount she locked from.
        sok(m_bob, QStringLiteral("participate"), idArgs(id));
        const Nat128 subBtc = balance(BTC, withSub(m_alice, 3));
        sok(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(3).secretHex()}}));
        QVERIFY(balance(BTC, withSub(m_alice, 3)) == subBtc + 100000 - fee(BTC));
        checkLedger();
    }

    void initiateErrors()
    {
        const auto st = ledgerState();
        const auto refused = [&](QJsonObject args, ErrorCode code, const char *needle, const Principal &as = {}) {
            auto r = S(as.bytes().isEmpty() ? m_alice : as, QStringLiteral("initiate"), args);
            QVERIFY2(!r && r.error().code == code, errText(r).constData());
            QVERIFY2(r.error().message.contains(QLatin1String(needle)) || r.error().hint.contains(QLatin1String(needle)), errText(r).constData());
        };
        const auto with = [&](const QString &k, const QJsonValue &v) { QJsonObject a = initiateArgs(m_bob, secret(10)); a.insert(k, v); return a; };
        refused(with(QStringLiteral("asset"), QStringLiteral("DOGE")), ErrorCode::NotFound, "DOGE");
        refused(with(QStringLiteral("participant_asset"), ICP), ErrorCode::InvalidArgument, "two different assets");
        refused(with(QStringLiteral("amount"), n(fee(ICP))), ErrorCode::InvalidArgument, "fee");
        refused(with(QStringLiteral("participant_amount"), QStringLiteral("10")), ErrorCode::InvalidArgument, "fee");
        refused(with(QStringLiteral("amount"), QStringLiteral("1.5")), ErrorCode::InvalidArgument, "decimal point");
        refused(with(QStringLiteral("hashlock"), QStringLiteral("abc")), ErrorCode::InvalidArgument, "64 hex digits");
        refused(with(QStringLiteral("participant"), m_alice.toText()), ErrorCode::InvalidArgument, "yourself");
        refused(with(QStringLiteral("participant"), principalFor(777).toText()), ErrorCode::NotFound, "register");
        refused(with(QStringLiteral("timelock_ns"), s(m_now + 6 * kHour)), ErrorCode::InvalidArgument, "safety margin");
        refused(with(QStringLiteral("timelock_ns"), s(m_now + 91 * 24 * kHour)), ErrorCode::InvalidArgument, "90 d");
        refused(with(QStringLiteral("timelock_ns"), QStringLiteral("soon")), ErrorCode::InvalidArgument, "nanoseconds");
        refused(with(QStringLiteral("amount"), n(2000 * kE8)), ErrorCode::Conflict, "holds");
        refused(with(QStringLiteral("from_subaccount"), QStringLiteral("xyz")), ErrorCode::InvalidArgument, "subaccount");
        refused(with(QStringLiteral("extra"), 1), ErrorCode::InvalidArgument, "unknown argument");
        QCOMPARE(ledgerState(), st); // nothing was locked
        // A registered but disabled participant; an unregistered caller.
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("users.set_disabled"), {{QStringLiteral("principal"), m_carol.toText()}, {QStringLiteral("disabled"), true}}));
        refused(with(QStringLiteral("participant"), m_carol.toText()), ErrorCode::Conflict, "disabled");
        refused(initiateArgs(m_bob, secret(11)), ErrorCode::PermissionDenied, "registered", principalFor(888));
        // The same hashlock twice: a revealed secret would open both.
        initiated(12);
        refused(initiateArgs(m_bob, secret(12)), ErrorCode::AlreadyExists, "new secret");
        QCOMPARE(m_p->lastEntry().value(1).toString(), QStringLiteral("already_exists")); // refusals are audited
    }

    void participateLocksCounterAsset()
    {
        const qint64 id = initiated();
        const Nat128 before = balance(BTC, m_bob);
        const QJsonObject receipt = sok(m_bob, QStringLiteral("participate"), idArgs(id));
        QCOMPARE(receipt.value(QStringLiteral("state")).toString(), QStringLiteral("participated"));
        QCOMPARE(leg(receipt, false).value(QStringLiteral("timelock_ns")).toString(), s(m_now + 24 * kHour)); // default T2 = now + 24 h
        const QJsonObject b = leg(contract(id), false);
        QCOMPARE(b.value(QStringLiteral("state")).toString(), QStringLiteral("locked"));
        QCOMPARE(b.value(QStringLiteral("owner_account")).toString(), m_bob.toText());
        QVERIFY(balance(BTC, m_bob) == before - 100000 - fee(BTC));
        QVERIFY(escrow(id, SwapLegId::B, BTC) == 100000);
        checkLedger();
    }

    void participateErrors()
    {
        const qint64 id = initiated();
        const qint64 t1 = contract(id).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        NX_VERIFY_ERROR(S(m_carol, QStringLiteral("participate"), idArgs(id)), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("participate"), idArgs(id)), ErrorCode::PermissionDenied);
        auto late = S(m_bob, QStringLiteral("participate"), idArgs(id, {{QStringLiteral("timelock_ns"), s(t1 - 6 * kHour)}}));
        NX_VERIFY_ERROR(late, ErrorCode::InvalidArgument);
        QVERIFY(late.error().message.contains(QLatin1String("safety margin")));
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("participate"), idArgs(id, {{QStringLiteral("timelock_ns"), s(t1 + kHour)}})), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("participate"), idArgs(id, {{QStringLiteral("timelock_ns"), s(m_now - 1)}})), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("participate"), idArgs(9999)), ErrorCode::NotFound);
        // Just before T1 - margin with a short timelock is fine; a second participation is not.
        sok(m_bob, QStringLiteral("participate"), idArgs(id, {{QStringLiteral("timelock_ns"), s(t1 - 6 * kHour - 1)}}));
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("participate"), idArgs(id)), ErrorCode::Conflict);
        // Too late: after T1 - margin even the shortest T2 is refused.
        const qint64 id2 = initiated(2);
        const qint64 t1b = contract(id2).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        auto tooLate = S(m_bob, QStringLiteral("participate"), idArgs(id2), t1b - 6 * kHour);
        NX_VERIFY_ERROR(tooLate, ErrorCode::InvalidArgument);
        QVERIFY(tooLate.error().hint.contains(QLatin1String("too late")));
        // Not enough ckBTC.
        ok(m_bob, QStringLiteral("transfer"), transferArgs(Account(m_carol), balance(BTC, m_bob) - 1000 - fee(BTC), BTC));
        const qint64 id3 = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(3), ICP, 10 * kE8, BTC, 50000))
                               .value(QStringLiteral("id")).toInteger();
        const auto st = ledgerState();
        auto poor = S(m_bob, QStringLiteral("participate"), idArgs(id3));
        QCOMPARE(icrc(poor).kind(), LedgerError::Kind::InsufficientFunds);
        QCOMPARE(ledgerState(), st);
        QCOMPARE(state(id3), QStringLiteral("initiated"));
    }

    void redeemPaysAndRevealsSecret()
    {
        const qint64 id = participated();
        const Nat128 aliceBtc = balance(BTC, m_alice), bobIcp = balance(ICP, m_bob);
        // The participant cannot go first, and nobody can read a secret not yet revealed.
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}})), ErrorCode::Conflict);
        auto early = S(m_bob, QStringLiteral("extract_secret"), idArgs(id));
        NX_VERIFY_ERROR(early, ErrorCode::Conflict);
        QVERIFY(early.error().message.contains(QLatin1String("not been revealed")));

        const QJsonObject c = sok(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}}));
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("redeemed"));
        QCOMPARE(c.value(QStringLiteral("secret_revealed")).toBool(), true);
        QVERIFY(!QJsonDocument(c).toJson().contains(secret(1).secretHex().toLatin1())); // the answer does not echo it
        QVERIFY(balance(BTC, m_alice) == aliceBtc + 100000 - fee(BTC)); // the payout fee comes out of the escrow
        QVERIFY(escrow(id, SwapLegId::B, BTC) == 0);
        // The preimage sits in the contract row; extract_secret reads it from there.
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT secret FROM swaps WHERE id = ?"), {id}).toByteArray(), secret(1).secret);
        const QJsonObject x = sok(m_bob, QStringLiteral("extract_secret"), idArgs(id));
        QCOMPARE(x.value(QStringLiteral("secret")).toString(), secret(1).secretHex());
        QCOMPARE(x.value(QStringLiteral("hashlock")).toString(), secret(1).hashlockHex());
        sok(m_approver1, QStringLiteral("extract_secret"), idArgs(id)); // manage_swaps may read it too
        NX_VERIFY_ERROR(S(m_carol, QStringLiteral("extract_secret"), idArgs(id)), ErrorCode::PermissionDenied);

        const QJsonObject done = sok(m_bob, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), x.value(QStringLiteral("secret")).toString()}}));
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(leg(done, true).value(QStringLiteral("state")).toString(), QStringLiteral("redeemed"));
        QVERIFY(balance(ICP, m_bob) == bobIcp + 10 * kE8 - fee(ICP));
        QVERIFY(escrow(id, SwapLegId::A, ICP) == 0);
        QCOMPARE(done.value(QStringLiteral("final")).toBool(), true);
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}})), ErrorCode::Conflict);
        // The swap's history names each step and the blocks that moved funds.
        const QJsonArray events = contract(id).value(QStringLiteral("events")).toArray();
        QStringList actions;
        for (const QJsonValue &e : events)
            actions << e.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("initiate"), QStringLiteral("lock"), QStringLiteral("participate"),
                                       QStringLiteral("redeem_participant_leg"), QStringLiteral("redeem_initiator_leg")}));
        QVERIFY(events[1].toObject().contains(QStringLiteral("block_index")));
        checkLedger();
    }

    void redeemErrors()
    {
        const qint64 id = participated();
        const auto st = ledgerState();
        auto wrong = S(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(2).secretHex()}}));
        NX_VERIFY_ERROR(wrong, ErrorCode::InvalidArgument);
        QVERIFY(wrong.error().message.contains(QLatin1String("does not hash")));
        QVERIFY(!wrong.error().message.contains(secret(2).secretHex()));
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), QStringLiteral("00")}})), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(S(m_carol, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}})), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("redeem"), idArgs(id)), ErrorCode::InvalidArgument); // secret is required
        QCOMPARE(ledgerState(), st);
        // Nothing to redeem before the participant locks.
        const qint64 only = initiated(2);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("redeem"), idArgs(only, {{QStringLiteral("secret"), secret(2).secretHex()}})), ErrorCode::Conflict);
        // After T2 the participant's contract can only be refunded.
        const qint64 t2 = contract(id).value(QStringLiteral("participant_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        auto late = S(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}}), t2);
        NX_VERIFY_ERROR(late, ErrorCode::Conflict);
        QVERIFY(late.error().message.contains(QLatin1String("refunded")));
        QCOMPARE(state(id), QStringLiteral("participated"));
    }

    void refundAfterTimelocks()
    {
        // Initiated only: refundable at T1 by either party, back to the initiator minus the fee.
        const qint64 a = initiated(1);
        const qint64 t1 = contract(a).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        auto early = S(m_alice, QStringLiteral("refund"), idArgs(a), t1 - 1);
        NX_VERIFY_ERROR(early, ErrorCode::Conflict);
        QVERIFY(early.error().message.contains(QLatin1String("cannot be refunded before")));
        NX_VERIFY_ERROR(S(m_carol, QStringLiteral("refund"), idArgs(a), t1), ErrorCode::PermissionDenied);
        const Nat128 alice = balance(ICP, m_alice);
        const QJsonObject r = sok(m_bob, QStringLiteral("refund"), idArgs(a), t1);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("refunded"));
        QCOMPARE(leg(r, true).value(QStringLiteral("state")).toString(), QStringLiteral("refunded"));
        QCOMPARE(leg(contract(a), true).value(QStringLiteral("expired")).toBool(), true);
        QVERIFY(balance(ICP, m_alice) == alice + 10 * kE8 - fee(ICP));
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("refund"), idArgs(a)), ErrorCode::Conflict);

        // Participated: B at T2 (participant_refunded), then A at T1.
        m_now = kT0 + 1000 * kHour;
        const qint64 b = participated(2);
        const QJsonObject cb = contract(b);
        const qint64 bt1 = leg(cb, true).value(QStringLiteral("timelock_ns")).toString().toLongLong();
        const qint64 bt2 = leg(cb, false).value(QStringLiteral("timelock_ns")).toString().toLongLong();
        const Nat128 bobBtc = balance(BTC, m_bob);
        QCOMPARE(sok(m_bob, QStringLiteral("refund"), idArgs(b), bt2).value(QStringLiteral("state")).toString(), QStringLiteral("participant_refunded"));
        QVERIFY(balance(BTC, m_bob) == bobBtc + 100000 - fee(BTC));
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("redeem"), idArgs(b, {{QStringLiteral("secret"), secret(2).secretHex()}})), ErrorCode::Conflict);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("refund"), idArgs(b), bt1 - 1), ErrorCode::Conflict);
        QCOMPARE(sok(m_alice, QStringLiteral("refund"), idArgs(b), bt1).value(QStringLiteral("state")).toString(), QStringLiteral("refunded"));

        // Participated and both timelocks passed: one refund returns both legs.
        m_now = kT0 + 2000 * kHour;
        const qint64 c = participated(3);
        const qint64 ct1 = leg(contract(c), true).value(QStringLiteral("timelock_ns")).toString().toLongLong();
        const QJsonObject both = sok(m_alice, QStringLiteral("refund"), idArgs(c), ct1);
        QCOMPARE(both.value(QStringLiteral("state")).toString(), QStringLiteral("refunded"));
        QCOMPARE(both.value(QStringLiteral("moves")).toArray().size(), 2);

        // Redeemed: the secret is public, the initiator's leg is never refunded.
        m_now = kT0 + 3000 * kHour;
        const qint64 d = redeemed(4);
        const qint64 dt1 = leg(contract(d), true).value(QStringLiteral("timelock_ns")).toString().toLongLong();
        auto never = S(m_alice, QStringLiteral("refund"), idArgs(d), dt1 + kHour);
        NX_VERIFY_ERROR(never, ErrorCode::Conflict);
        QVERIFY(never.error().message.contains(QLatin1String("secret is public")));
        // ... but the participant can still take it, even after T1.
        QCOMPARE(sok(m_bob, QStringLiteral("redeem"), idArgs(d, {{QStringLiteral("secret"), secret(4).secretHex()}})).value(QStringLiteral("state")).toString(),
                 QStringLiteral("completed"));
        for (qint64 id : {a, b, c, d}) {
            QVERIFY(escrow(id, SwapLegId::A, ICP) == 0);
            QVERIFY(escrow(id, SwapLegId::B, BTC) == 0);
        }
        checkLedger();
    }

    void cancelOnlyWhilePending()
    {
        // 1 ckBTC ($60,000) needs approvals: nothing is locked, the initiator may withdraw.
        const Nat128 before = balance(BTC, m_alice);
        const qint64 id = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(1), BTC, kE8, ICP, 10 * kE8)).value(QStringLiteral("id")).toInteger();
        QCOMPARE(state(id), QStringLiteral("pending_approval"));
        QVERIFY(balance(BTC, m_alice) == before);
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("cancel"), idArgs(id)), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(S(m_bob, QStringLiteral("participate"), idArgs(id)), ErrorCode::Conflict);
        const QJsonObject c = sok(m_alice, QStringLiteral("cancel"), idArgs(id, {{QStringLiteral("reason"), QStringLiteral("changed my mind")}}));
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QVERIFY(balance(BTC, m_alice) == before);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("cancel"), idArgs(id)), ErrorCode::Conflict);
        // Once funds are locked there is no cancel, only the timelock.
        const qint64 locked = initiated(2);
        auto r = S(m_alice, QStringLiteral("cancel"), idArgs(locked));
        NX_VERIFY_ERROR(r, ErrorCode::Conflict);
        QVERIFY(r.error().message.contains(QLatin1String("timelock")));
    }

    void auditContractShowsEverything()
    {
        const qint64 id = initiated();
        const qint64 t2 = m_now + 1000 + 24 * kHour;
        sok(m_bob, QStringLiteral("participate"), idArgs(id, {{QStringLiteral("timelock_ns"), s(t2 + 1000)}})); // T2 one day after the audit below
        const QJsonObject c = contract(id);
        for (const char *k : {"id", "state", "initiator", "participant", "hashlock", "initiator_leg", "participant_leg", "value_usd", "value_note",
                              "approvals_required", "approvals", "approved_by", "created_ns", "updated_ns", "now_ns", "due_ns", "actions", "events"})
            QVERIFY2(c.contains(QLatin1String(k)), k);
        for (bool initiator : {true, false}) {
            const QJsonObject l = leg(c, initiator);
            for (const char *k : {"asset", "amount", "amount_text", "payout", "fee", "owner", "owner_account", "recipient_account", "escrow_account",
                                  "state", "timelock_ns", "timelock", "seconds_left", "expired", "timelock_text"})
                QVERIFY2(l.contains(QLatin1String(k)), k);
        }
        QCOMPARE(leg(c, false).value(QStringLiteral("timelock_text")).toString(), QStringLiteral("Timelock reached in 1 d"));
        QVERIFY(!c.contains(QStringLiteral("secret")));
        // Later, the time left runs out and says so.
        const QJsonObject later = obj(S(m_carol, QStringLiteral("audit_contract"), idArgs(id), m_now + 25 * kHour));
        QVERIFY(leg(later, false).value(QStringLiteral("expired")).toBool());
        QVERIFY(leg(later, false).value(QStringLiteral("timelock_text")).toString().startsWith(QLatin1String("Timelock expired")));
        QCOMPARE(leg(later, true).value(QStringLiteral("expired")).toBool(), false);
        // Anyone may audit a contract (like an HTLC on a public chain); a missing one is NotFound.
        NX_VERIFY_OK(m_p->call(principalFor(4242), QStringLiteral("swaps.audit_contract"), idArgs(id)));
        NX_VERIFY_ERROR(S(m_carol, QStringLiteral("audit_contract"), idArgs(404)), ErrorCode::NotFound);
    }

    void listAndDue()
    {
        const qint64 a = initiated(1);
        const qint64 b = initiated(2, m_carol, m_bob);
        initiated(3, m_bob, m_carol);
        sok(m_bob, QStringLiteral("participate"), idArgs(b));
        const QJsonObject all = sok(m_carol, QStringLiteral("list"), {});
        QCOMPARE(all.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(all.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), 3); // newest first
        QCOMPARE(sok(m_alice, QStringLiteral("list"), {{QStringLiteral("mine"), true}}).value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(sok(m_alice, QStringLiteral("list"), {{QStringLiteral("party"), m_bob.toText()}}).value(QStringLiteral("total")).toInt(), 3);
        const QJsonObject part = sok(m_alice, QStringLiteral("list"), {{QStringLiteral("state"), QStringLiteral("participated")}});
        QCOMPARE(part.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(part.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), b);
        const QJsonObject page = sok(m_alice, QStringLiteral("list"), {{QStringLiteral("limit"), 1}, {QStringLiteral("offset"), 2}});
        QCOMPARE(page.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), a);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("list"), {{QStringLiteral("state"), QStringLiteral("expired")}}), ErrorCode::InvalidArgument);

        const QJsonObject none = sok(m_alice, QStringLiteral("due"), {});
        QCOMPARE(none.value(QStringLiteral("due")).toInt(), 0);
        const qint64 next = none.value(QStringLiteral("next_due_ns")).toString().toLongLong();
        QCOMPARE(next, leg(contract(b), false).value(QStringLiteral("timelock_ns")).toString().toLongLong()); // T2 of the participated swap
        QCOMPARE(obj(S(m_alice, QStringLiteral("due"), {}, m_now + 49 * kHour)).value(QStringLiteral("due")).toInt(), 3);

        // final: only the ended swaps, or only the open ones; it combines with the other filters.
        QCOMPARE(sok(m_alice, QStringLiteral("list"), {{QStringLiteral("final"), true}}).value(QStringLiteral("total")).toInt(), 0);
        sok(m_alice, QStringLiteral("refund"), idArgs(a), m_now + 49 * kHour);
        const QJsonObject ended = sok(m_alice, QStringLiteral("list"), {{QStringLiteral("final"), true}});
        QCOMPARE(ended.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(ended.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), a);
        QCOMPARE(sok(m_alice, QStringLiteral("list"), {{QStringLiteral("final"), false}}).value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(sok(m_alice, QStringLiteral("list"), {{QStringLiteral("final"), false}, {QStringLiteral("mine"), true}}).value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(sok(m_alice, QStringLiteral("list"), {{QStringLiteral("final"), true}, {QStringLiteral("state"), QStringLiteral("participated")}})
                     .value(QStringLiteral("total")).toInt(), 0);
    }

    void countsPerFilterGroup()
    {
        const auto counts = [this](const Principal &as, const QJsonObject &args = {}, qint64 at = 0) { return sok(as, QStringLiteral("counts"), args, at); };
        const auto num = [](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInt(); };
        QCOMPARE(num(counts(m_alice), "all"), 0);
        QCOMPARE(num(counts(m_alice), "needs_action"), 0);

        const qint64 a = initiated(1);                   // Alice -> Bob: Bob participates next
        const qint64 b = initiated(2, m_carol, m_bob);   // Carol -> Bob, then participated: Carol redeems next
        sok(m_bob, QStringLiteral("participate"), idArgs(b));
        initiated(3, m_bob, m_carol);                    // Bob -> Carol: Carol participates next
        sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(4), BTC, kE8, ICP, 10 * kE8)); // $60,000: waits for approvers

        const QJsonObject everyone = counts(m_alice);
        QCOMPARE(num(everyone, "all"), 4);
        QCOMPARE(num(everyone, "active"), 4);
        QCOMPARE(num(everyone, "finished"), 0);
        const QJsonObject states = everyone.value(QStringLiteral("by_state")).toObject();
        QCOMPARE(states.value(QStringLiteral("initiated")).toInt(), 2);
        QCOMPARE(states.value(QStringLiteral("participated")).toInt(), 1);
        QCOMPARE(states.value(QStringLiteral("pending_approval")).toInt(), 1);
        QCOMPARE(states.value(QStringLiteral("completed")).toInt(), 0); // every state is present
        QCOMPARE(num(counts(m_alice, {{QStringLiteral("mine"), true}}), "all"), 2);
        QCOMPARE(num(counts(m_alice, {{QStringLiteral("party"), m_carol.toText()}}), "all"), 2);

        // "Needs action" is the caller's own next steps, whatever the scope.
        QCOMPARE(num(counts(m_alice), "needs_action"), 0); // her pending swap waits for approvers, a for Bob
        QCOMPARE(num(counts(m_bob), "needs_action"), 1);   // participate in a
        QCOMPARE(num(counts(m_carol, {{QStringLiteral("mine"), true}}), "needs_action"), 2); // redeem b, participate in the third

        // A dispute freezes b: it leaves Carol's list and shows under the disputed state.
        sok(m_carol, QStringLiteral("open_dispute"), idArgs(b, {{QStringLiteral("reason"), QStringLiteral("wrong amount")}}));
        QCOMPARE(num(counts(m_carol), "needs_action"), 1);
        QCOMPARE(counts(m_carol).value(QStringLiteral("by_state")).toObject().value(QStringLiteral("disputed")).toInt(), 1);

        // Once T1 passes, the refund of a is Alice's (or Bob's) to take; a refunded swap counts as finished.
        QCOMPARE(num(counts(m_alice, {}, m_now + 49 * kHour), "needs_action"), 1);
        sok(m_alice, QStringLiteral("refund"), idArgs(a), m_now + 49 * kHour);
        const QJsonObject after = counts(m_alice, {{QStringLiteral("mine"), true}});
        QCOMPARE(num(after, "finished"), 1);
        QCOMPARE(num(after, "active"), 1);
        QCOMPARE(num(after, "needs_action"), 0);
        NX_VERIFY_ERROR(S(m_alice, QStringLiteral("counts"), {{QStringLiteral("party"), QStringLiteral("not-a-principal")}}), ErrorCode::InvalidArgument);
    }

    void escrowIsOutOfReach()
    {
        const qint64 id = initiated();
        const Account escrowA = swapEscrowAccount(id, SwapLegId::A);
        // Nobody pays into an escrow account through the ledger ...
        auto in = L(m_bob, QStringLiteral("transfer"), transferArgs(escrowA, kE8));
        NX_VERIFY_ERROR(in, ErrorCode::InvalidArgument);
        QVERIFY(in.error().message.contains(QLatin1String("escrow")));
        NX_VERIFY_ERROR(L(m_admin, QStringLiteral("mint"), transferArgs(escrowA, kE8)), ErrorCode::InvalidArgument);
        // ... and acting as the escrow principal (the local gateway trusts --as) opens nothing.
        const Principal escrowP = swapEscrowPrincipal();
        NX_VERIFY_OK(m_p->call(escrowP, QStringLiteral("users.register"), {{QStringLiteral("name"), QStringLiteral("mallory")}}));
        QJsonObject steal = transferArgs(Account(escrowP), 10 * kE8 - fee(ICP));
        steal.insert(QStringLiteral("from_subaccount"), QString::fromLatin1(escrowA.subaccount().toHex()));
        auto r = L(escrowP, QStringLiteral("transfer"), steal);
        NX_VERIFY_ERROR(r, ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(L(escrowP, QStringLiteral("approve"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_bob.toText()},
                                                               {QStringLiteral("amount"), n(kE8)}, {QStringLiteral("from_subaccount"), QString::fromLatin1(escrowA.subaccount().toHex())}}),
                        ErrorCode::PermissionDenied);
        QVERIFY(escrow(id, SwapLegId::A, ICP) == 10 * kE8);
    }

    void settingsAreValidatedAndUsed()
    {
        auto bad = m_p->ctl(QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("swaps.safety_margin_s")}, {QStringLiteral("value"), QStringLiteral("6h")}});
        NX_VERIFY_ERROR(bad, ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("swaps.colour")}, {QStringLiteral("value"), 1}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("swaps.initiator_timelock_s")}, {QStringLiteral("value"), 72 * 3600}}));
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("swaps.participant_timelock_s")}, {QStringLiteral("value"), 12 * 3600}}));
        const QJsonObject c = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(1)));
        const qint64 id = c.value(QStringLiteral("id")).toInteger();
        QCOMPARE(leg(c, true).value(QStringLiteral("timelock_ns")).toString(), s(m_now + 72 * kHour));
        const QJsonObject p = sok(m_bob, QStringLiteral("participate"), idArgs(id));
        QCOMPARE(leg(p, false).value(QStringLiteral("timelock_ns")).toString(), s(m_now + 12 * kHour));
    }

    void payoutRefusedWhenTheFeeExceedsTheEscrow()
    {
        const qint64 id = sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(1), ICP, 30000, BTC, 1000)).value(QStringLiteral("id")).toInteger();
        sok(m_bob, QStringLiteral("participate"), idArgs(id));
        ok(m_fees, QStringLiteral("set_fee"), {{QStringLiteral("asset"), BTC}, {QStringLiteral("fee"), QStringLiteral("1000")}});
        auto r = S(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}}));
        NX_VERIFY_ERROR(r, ErrorCode::Conflict);
        QVERIFY(r.error().hint.contains(QLatin1String("manage_fees")));
        QCOMPARE(state(id), QStringLiteral("participated"));
        QVERIFY(sqlValue(m_p->dbPath(), QStringLiteral("SELECT secret FROM swaps WHERE id = ?"), {id}).isNull()); // nothing kept
        ok(m_fees, QStringLiteral("set_fee"), {{QStringLiteral("asset"), BTC}, {QStringLiteral("fee"), QStringLiteral("10")}});
        sok(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(1).secretHex()}}));
        checkLedger();
    }

    void changeEvents()
    {
        m_events.clear();
        const qint64 id = initiated();
        QMutexLocker lock(&m_eventsMutex);
        bool swaps = false, ledgerEscrow = false;
        for (const auto &[topic, ids] : std::as_const(m_events)) {
            swaps = swaps || (topic == QLatin1String("swaps") && ids.contains(QString::number(id)));
            ledgerEscrow = ledgerEscrow || (topic == QLatin1String("ledger") && ids.contains(swapEscrowAccount(id, SwapLegId::A).toText()));
        }
        QVERIFY(swaps);
        QVERIFY(ledgerEscrow);
    }
};

QTEST_GUILESS_MAIN(TestSwaps)
#include "tst_swaps.moc"
