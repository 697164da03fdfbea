// ICRC-2 approvals and ICRC-1 deduplication through the gateway: approve / transfer_from with
// expected_allowance and expiry at their exact edges, and the 24 h + 60 s created_at_time window.
#include "ledgerfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestLedgerApprovals : public QObject, public LedgerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUp(this); }
    void cleanup() { tearDown(); }

    void dedupWindowEdges()
    {
        mint(Account(m_alice), 1000000000);
        const qint64 t = kT0 + 10 * kHour;
        auto timed = [&](qint64 created, const QString &memo = {}) {
            QJsonObject a = transferArgs(Account(m_bob), 1000);
            a.insert(QStringLiteral("created_at_time"), s(created));
            if (!memo.isEmpty())
                a.insert(QStringLiteral("memo_text"), memo);
            return a;
        };
        // Oldest accepted: exactly 24 h + 60 s before the ledger time; one ns older is TooOld.
        NX_VERIFY_OK(L(m_alice, QStringLiteral("transfer"), timed(t - kWindow - kDrift), t));
        auto old = L(m_alice, QStringLiteral("transfer"), timed(t - kWindow - kDrift - 1), t);
        QCOMPARE(icrc(old).kind(), LedgerError::Kind::TooOld);
        QCOMPARE(old.error().code, ErrorCode::InvalidArgument);
        // Newest accepted: exactly 60 s ahead; one ns more is CreatedInFuture{ledger_time}.
        NX_VERIFY_OK(L(m_alice, QStringLiteral("transfer"), timed(t + kDrift), t));
        auto future = L(m_alice, QStringLiteral("transfer"), timed(t + kDrift + 1), t);
        QCOMPARE(icrc(future).kind(), LedgerError::Kind::CreatedInFuture);
        QCOMPARE(future.error().details.value(QStringLiteral("ledger_time")).toString(), s(t));

        // The same transaction again is a Duplicate naming the first block, up to the window's end.
        const qint64 created = t + 5;
        const QJsonObject first = ok(m_alice, QStringLiteral("transfer"), timed(created, QStringLiteral("rent")), t + 10);
        const int index = first.value(QStringLiteral("block_index")).toInt();
        const auto before = ledgerState();
        for (qint64 at : {t + 11, t + kHour, created + kWindow + kDrift}) {
            auto dup = L(m_alice, QStringLiteral("transfer"), timed(created, QStringLiteral("rent")), at);
            NX_VERIFY_ERROR(dup, ErrorCode::AlreadyExists);
            QCOMPARE(icrc(dup).kind(), LedgerError::Kind::Duplicate);
            QCOMPARE(dup.error().details.value(QStringLiteral("duplicate_of")).toInt(), index);
        }
        QCOMPARE(ledgerState(), before);
        // One ns after the window it is TooOld instead.
        QCOMPARE(icrc(L(m_alice, QStringLiteral("transfer"), timed(created, QStringLiteral("rent")), created + kWindow + kDrift + 1)).kind(),
                 LedgerError::Kind::TooOld);
        m_now = t + 20;
        // Another memo, another caller or another amount is another transaction.
        NX_VERIFY_OK(L(m_alice, QStringLiteral("transfer"), timed(created, QStringLiteral("rent 2"))));
        mint(Account(m_carol), 100000);
        NX_VERIFY_OK(L(m_carol, QStringLiteral("transfer"), timed(created, QStringLiteral("rent"))));
        // Without created_at_time nothing is deduplicated.
        NX_VERIFY_OK(L(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 7)));
        NX_VERIFY_OK(L(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 7)));
        // A retry after a fee change still learns that its first attempt landed.
        QJsonObject named = timed(t + 30, QStringLiteral("named fee"));
        named.insert(QStringLiteral("fee"), QStringLiteral("10000"));
        const int namedIndex = ok(m_alice, QStringLiteral("transfer"), named, t + 30).value(QStringLiteral("block_index")).toInt();
        ok(m_fees, QStringLiteral("set_fee"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("fee"), QStringLiteral("20000")}}, t + 40);
        auto retry = L(m_alice, QStringLiteral("transfer"), named, t + 50);
        QCOMPARE(icrc(retry).kind(), LedgerError::Kind::Duplicate);
        QCOMPARE(icrc(retry).number(), quint64(namedIndex));
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void approveAndTransferFrom()
    {
        mint(Account(m_alice), 1000000000);
        const QJsonObject approveArgs{{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_bob.toText()}, {QStringLiteral("amount"), QStringLiteral("500000000")}};
        const QJsonObject a = ok(m_alice, QStringLiteral("approve"), approveArgs);
        QCOMPARE(a.value(QStringLiteral("btype")).toString(), QStringLiteral("2approve"));
        QCOMPARE(balance(ICP, m_alice), Nat128(1000000000 - 10000)); // the approval costs the fee
        const QJsonObject allowanceArgs{{QStringLiteral("asset"), ICP}, {QStringLiteral("account"), m_alice.toText()}, {QStringLiteral("spender"), m_bob.toText()}};
        QCOMPARE(ok(m_carol, QStringLiteral("allowance"), allowanceArgs).value(QStringLiteral("allowance")).toString(), QStringLiteral("500000000"));

        // The spender moves funds to a third account: amount + fee come off the allowance.
        const QJsonObject pull{{QStringLiteral("asset"), ICP}, {QStringLiteral("from"), m_alice.toText()}, {QStringLiteral("to"), m_carol.toText()},
                               {QStringLiteral("amount"), QStringLiteral("200000000")}};
        const QJsonObject tf = ok(m_bob, QStringLiteral("transfer_from"), pull);
        QCOMPARE(tf.value(QStringLiteral("btype")).toString(), QStringLiteral("2xfer"));
        QCOMPARE(balance(ICP, m_carol), Nat128(200000000));
        QCOMPARE(balance(ICP, m_alice), Nat128(1000000000 - 10000 - 200000000 - 10000));
        QCOMPARE(ok(m_carol, QStringLiteral("allowance"), allowanceArgs).value(QStringLiteral("allowance")).toString(), n(500000000 - 200010000));

        // More than is left: InsufficientAllowance{allowance}.
        const auto before = ledgerState();
        QJsonObject more = pull;
        more.insert(QStringLiteral("amount"), QStringLiteral("299990000")); // + fee = 300000000 > 299990000
        auto r = L(m_bob, QStringLiteral("transfer_from"), more);
        NX_VERIFY_ERROR(r, ErrorCode::Conflict);
        QCOMPARE(icrc(r).kind(), LedgerError::Kind::InsufficientAllowance);
        QCOMPARE(r.error().details.value(QStringLiteral("allowance")).toString(), n(299990000));
        // Someone without an allowance.
        QCOMPARE(icrc(L(m_carol, QStringLiteral("transfer_from"), pull)).amount(), Nat128(0));
        QCOMPARE(ledgerState(), before);

        // expected_allowance: compare-and-set.
        QJsonObject cas = approveArgs;
        cas.insert(QStringLiteral("amount"), QStringLiteral("100"));
        cas.insert(QStringLiteral("expected_allowance"), QStringLiteral("500000000"));
        auto changed = L(m_alice, QStringLiteral("approve"), cas);
        QCOMPARE(icrc(changed).kind(), LedgerError::Kind::AllowanceChanged);
        QCOMPARE(changed.error().details.value(QStringLiteral("current_allowance")).toString(), n(299990000));
        cas.insert(QStringLiteral("expected_allowance"), n(299990000));
        ok(m_alice, QStringLiteral("approve"), cas);
        QCOMPARE(ok(m_carol, QStringLiteral("allowance"), allowanceArgs).value(QStringLiteral("allowance")).toString(), QStringLiteral("100"));

        // The owner's funds run out before the allowance does: InsufficientFunds.
        mint(Account(m_carol), 100000);
        ok(m_carol, QStringLiteral("approve"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_bob.toText()}, {QStringLiteral("amount"), QStringLiteral("999999999")}});
        QJsonObject drain{{QStringLiteral("asset"), ICP}, {QStringLiteral("from"), m_carol.toText()}, {QStringLiteral("to"), m_bob.toText()},
                          {QStringLiteral("amount"), n(200000000 + 100000)}};
        QCOMPARE(icrc(L(m_bob, QStringLiteral("transfer_from"), drain)).kind(), LedgerError::Kind::InsufficientFunds);

        // Approving yourself is a GenericError; transfer_from on your own account is a transfer.
        auto self = L(m_alice, QStringLiteral("approve"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_alice.toText()}, {QStringLiteral("amount"), QStringLiteral("5")}});
        QCOMPARE(icrc(self).kind(), LedgerError::Kind::GenericError);
        QCOMPARE(self.error().details.value(QStringLiteral("error_code")).toInt(), int(LedgerError::SelfApproval));
        const QJsonObject own = ok(m_alice, QStringLiteral("transfer_from"),
                                   {{QStringLiteral("asset"), ICP}, {QStringLiteral("from"), m_alice.toText()}, {QStringLiteral("to"), m_bob.toText()},
                                    {QStringLiteral("amount"), QStringLiteral("1")}});
        QCOMPARE(own.value(QStringLiteral("btype")).toString(), QStringLiteral("1xfer"));

        // Approval lists for the Approvals view; amount 0 revokes.
        const QJsonObject bobs = ok(m_bob, QStringLiteral("allowances"), {});
        QCOMPARE(bobs.value(QStringLiteral("given")).toArray().size(), 0);
        QCOMPARE(bobs.value(QStringLiteral("received")).toArray().size(), 2);
        QCOMPARE(bobs.value(QStringLiteral("received")).toArray()[0].toObject().value(QStringLiteral("owner")).toString(), m_alice.toText());
        QJsonObject revoke = approveArgs;
        revoke.insert(QStringLiteral("amount"), QStringLiteral("0"));
        ok(m_alice, QStringLiteral("approve"), revoke);
        QCOMPARE(ok(m_alice, QStringLiteral("allowances"), {}).value(QStringLiteral("given")).toArray().size(), 0);
        QCOMPARE(ok(m_carol, QStringLiteral("allowance"), allowanceArgs).value(QStringLiteral("allowance")).toString(), QStringLiteral("0"));
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void allowanceExpiry()
    {
        mint(Account(m_alice), 1000000000);
        const qint64 t = kT0 + kHour;
        const qint64 expires = t + kHour;
        QJsonObject a{{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_bob.toText()}, {QStringLiteral("amount"), QStringLiteral("300000000")},
                      {QStringLiteral("expires_at"), s(expires)}};
        // An expiry already past is refused with the ledger time.
        QJsonObject past = a;
        past.insert(QStringLiteral("expires_at"), s(t - 1));
        auto r = L(m_alice, QStringLiteral("approve"), past, t);
        QCOMPARE(icrc(r).kind(), LedgerError::Kind::Expired);
        QCOMPARE(r.error().details.value(QStringLiteral("ledger_time")).toString(), s(t));
        QCOMPARE(ok(m_alice, QStringLiteral("approve"), a, t).value(QStringLiteral("expires_at")).toString(), s(expires));

        const QJsonObject q{{QStringLiteral("asset"), ICP}, {QStringLiteral("account"), m_alice.toText()}, {QStringLiteral("spender"), m_bob.toText()}};
        const QJsonObject pull{{QStringLiteral("asset"), ICP}, {QStringLiteral("from"), m_alice.toText()}, {QStringLiteral("to"), m_bob.toText()},
                               {QStringLiteral("amount"), QStringLiteral("1000")}};
        // Still good at exactly expires_at ...
        QCOMPARE(ok(m_carol, QStringLiteral("allowance"), q, expires).value(QStringLiteral("expires_at")).toString(), s(expires));
        NX_VERIFY_OK(L(m_bob, QStringLiteral("transfer_from"), pull, expires));
        // ... and 0 one ns later: no expiry shown, transfer_from refused with allowance 0.
        const QJsonObject gone = ok(m_carol, QStringLiteral("allowance"), q, expires + 1);
        QCOMPARE(gone.value(QStringLiteral("allowance")).toString(), QStringLiteral("0"));
        QVERIFY(!gone.contains(QStringLiteral("expires_at")));
        auto late = L(m_bob, QStringLiteral("transfer_from"), pull, expires + 1);
        QCOMPARE(icrc(late).kind(), LedgerError::Kind::InsufficientAllowance);
        QCOMPARE(icrc(late).amount(), Nat128(0));
        // Expired approvals show only on request; compare-and-set sees 0.
        QCOMPARE(ok(m_bob, QStringLiteral("allowances"), {}).value(QStringLiteral("received")).toArray().size(), 0);
        const QJsonArray all = ok(m_bob, QStringLiteral("allowances"), {{QStringLiteral("include_expired"), true}}).value(QStringLiteral("received")).toArray();
        QCOMPARE(all.size(), 1);
        QVERIFY(all[0].toObject().value(QStringLiteral("expired")).toBool());
        QJsonObject renew = a;
        renew.remove(QStringLiteral("expires_at"));
        renew.insert(QStringLiteral("expected_allowance"), QStringLiteral("0"));
        NX_VERIFY_OK(L(m_alice, QStringLiteral("approve"), renew));
        NX_VERIFY_OK(L(m_bob, QStringLiteral("transfer_from"), pull));
    }
};

QTEST_GUILESS_MAIN(TestLedgerApprovals)
#include "tst_ledgerapprovals.moc"
