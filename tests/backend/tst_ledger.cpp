// The ledger service through the gateway: assets, mint (admins only), transfers and burns with
// their ICRC errors and data, subaccounts, versioned fees (manage_fees), exact 128-bit amounts,
// and bad input that changes nothing.
#include "ledgerfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestLedger : public QObject, public LedgerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUp(this); }
    void cleanup() { tearDown(); }

    void defaultAssets()
    {
        const QJsonArray items = ok(m_alice, QStringLiteral("assets"), {}).value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject icp = items[0].toObject(), btc = items[1].toObject(), eth = items[2].toObject();
        QCOMPARE(icp.value(QStringLiteral("symbol")).toString(), ICP);
        QCOMPARE(icp.value(QStringLiteral("decimals")).toInt(), 8);
        QCOMPARE(icp.value(QStringLiteral("fee")).toString(), QStringLiteral("10000"));
        QCOMPARE(icp.value(QStringLiteral("fee_text")).toString(), QStringLiteral("0.0001"));
        QCOMPARE(btc.value(QStringLiteral("symbol")).toString(), BTC);
        QCOMPARE(btc.value(QStringLiteral("fee")).toString(), QStringLiteral("10"));
        QCOMPARE(eth.value(QStringLiteral("symbol")).toString(), ETH);
        QCOMPARE(eth.value(QStringLiteral("decimals")).toInt(), 18);
        QCOMPARE(eth.value(QStringLiteral("fee")).toString(), QStringLiteral("2000000000000"));
        QCOMPARE(icp.value(QStringLiteral("minting_account")).toString(), ledger::mintingAccount(ICP).toText());
        QCOMPARE(icp.value(QStringLiteral("total_supply")).toString(), QStringLiteral("0"));
        QCOMPARE(icp.value(QStringLiteral("log_length")).toInt(), 0);
    }

    void mintIsForAdmins()
    {
        for (const Principal &who : {m_alice, m_creator}) {
            auto r = L(who, QStringLiteral("mint"), transferArgs(Account(who), 100));
            NX_VERIFY_ERROR(r, ErrorCode::PermissionDenied);
            QVERIFY(r.error().message.contains(QLatin1String("needs the role")));
        }
        const QJsonObject m = mint(Account(m_alice), 1000000000);
        QCOMPARE(m.value(QStringLiteral("btype")).toString(), QStringLiteral("1mint"));
        QCOMPARE(m.value(QStringLiteral("block_index")).toInt(), 0);
        QCOMPARE(m.value(QStringLiteral("fee")).toString(), QStringLiteral("0"));
        QCOMPARE(balance(ICP, m_alice), Nat128(1000000000));
        const QJsonObject supply = ok(m_bob, QStringLiteral("total_supply"), {{QStringLiteral("asset"), ICP}});
        QCOMPARE(supply.value(QStringLiteral("total_supply")).toString(), QStringLiteral("1000000000"));
        QCOMPARE(supply.value(QStringLiteral("total_supply_text")).toString(), QStringLiteral("10"));
        QCOMPARE(supply.value(QStringLiteral("minted")).toString(), QStringLiteral("1000000000"));
        // The controller may mint too; nobody mints into the minting account.
        NX_VERIFY_OK(m_p->call(m_p->controller, QStringLiteral("ledger.mint"), transferArgs(Account(m_bob), 5), Origin::Seed, m_now += 1000));
        auto self = L(m_admin, QStringLiteral("mint"), transferArgs(ledger::mintingAccount(ICP), 5));
        QCOMPARE(icrc(self).kind(), LedgerError::Kind::GenericError);
        QCOMPARE(icrc(self).number(), quint64(LedgerError::MintingAccountUse));
        // 2^128 - 1 can be minted once; one more base unit overflows the supply.
        mint(Account(m_carol), ~Nat128(0) - 1000000005, ETH);
        mint(Account(m_carol), 1000000005, ETH);
        auto over = L(m_admin, QStringLiteral("mint"), transferArgs(Account(m_carol), 1, ETH));
        QCOMPARE(icrc(over).kind(), LedgerError::Kind::GenericError);
        QCOMPARE(icrc(over).number(), quint64(LedgerError::SupplyOverflow));
        QCOMPARE(balance(ETH, m_carol), ~Nat128(0));
        QCOMPARE(verify().value(QStringLiteral("ok")).toBool(), true);
    }

    void transferMovesAmountAndBurnsFee()
    {
        mint(Account(m_alice), 1000000000);
        {
            QMutexLocker lock(&m_eventsMutex);
            m_events.clear();
        }
        const QJsonObject t = ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 150000000));
        QCOMPARE(t.value(QStringLiteral("btype")).toString(), QStringLiteral("1xfer"));
        QCOMPARE(t.value(QStringLiteral("block_index")).toInt(), 1);
        QCOMPARE(t.value(QStringLiteral("fee")).toString(), QStringLiteral("10000"));
        QCOMPARE(t.value(QStringLiteral("block_hash")).toString().size(), 64);
        QCOMPARE(balance(ICP, m_alice), Nat128(1000000000 - 150000000 - 10000));
        QCOMPARE(balance(ICP, m_bob), Nat128(150000000));
        const QJsonObject a = asset(ICP);
        QCOMPARE(a.value(QStringLiteral("fees_burned")).toString(), QStringLiteral("10000"));
        QCOMPARE(a.value(QStringLiteral("total_supply")).toString(), QStringLiteral("999990000"));
        // The GUI hears which accounts changed; the gateway audited the call.
        bool heard = false;
        {
            QMutexLocker lock(&m_eventsMutex);
            for (const auto &[topic, ids] : std::as_const(m_events))
                if (topic == QLatin1String("ledger") && ids.value(0) == ICP && ids.contains(m_alice.toText()) && ids.contains(m_bob.toText()))
                    heard = true;
        }
        QVERIFY(heard);
        const QVariantList entry = m_p->lastEntry();
        QCOMPARE(entry.value(0).toString(), QStringLiteral("ledger.transfer"));
        QCOMPARE(entry.value(1).toString(), QStringLiteral("ok"));
        QVERIFY2(entry.value(3).toString().contains(QLatin1String("ICP block 1 1xfer 1.5 ICP")), qPrintable(entry.value(3).toString()));

        // Sending to yourself costs the fee; zero amounts are allowed.
        ok(m_bob, QStringLiteral("transfer"), transferArgs(Account(m_bob), 0));
        QCOMPARE(balance(ICP, m_bob), Nat128(150000000 - 10000));
    }

    void subaccounts()
    {
        mint(Account(m_alice), 500000000);
        // ICRC-1 text with checksum for a subaccount; from_subaccount in hex.
        const Account bob7 = withSub(m_bob, 7);
        QVERIFY(bob7.toText().contains(QLatin1String(".7")));
        ok(m_alice, QStringLiteral("transfer"), transferArgs(bob7, 100000000));
        QCOMPARE(balance(ICP, bob7), Nat128(100000000));
        QCOMPARE(balance(ICP, m_bob), Nat128(0));
        QJsonObject args = transferArgs(Account(m_carol), 40000000);
        args.insert(QStringLiteral("from_subaccount"), sub(7));
        ok(m_bob, QStringLiteral("transfer"), args);
        QCOMPARE(balance(ICP, bob7), Nat128(100000000 - 40000000 - 10000));
        QCOMPARE(balance(ICP, m_carol), Nat128(40000000));
        // A balance_of without account is the caller's default account, or the given subaccount.
        const QJsonObject mine = ok(m_bob, QStringLiteral("balance_of"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("subaccount"), QStringLiteral("07")}});
        QCOMPARE(mine.value(QStringLiteral("account")).toString(), bob7.toText());
        QCOMPARE(mine.value(QStringLiteral("balance_text")).toString(), QStringLiteral("0.5999"));
        // ledger.accounts: Bob's default account first, then his subaccount, balances per asset.
        const QJsonArray accounts = ok(m_carol, QStringLiteral("accounts"), {{QStringLiteral("owner"), m_bob.toText()}}).value(QStringLiteral("items")).toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts[0].toObject().value(QStringLiteral("account")).toString(), m_bob.toText());
        QCOMPARE(accounts[1].toObject().value(QStringLiteral("account")).toString(), bob7.toText());
        const QJsonArray per = accounts[1].toObject().value(QStringLiteral("balances")).toArray();
        QCOMPARE(per.size(), 3);
        QCOMPARE(per[0].toObject().value(QStringLiteral("balance")).toString(), n(100000000 - 40000000 - 10000));
        QCOMPARE(per[2].toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("0"));
    }

    void badFee()
    {
        mint(Account(m_alice), 500000000);
        const auto before = ledgerState();
        QJsonObject args = transferArgs(Account(m_bob), 1000);
        args.insert(QStringLiteral("fee"), QStringLiteral("1"));
        auto r = L(m_alice, QStringLiteral("transfer"), args);
        NX_VERIFY_ERROR(r, ErrorCode::InvalidArgument);
        QCOMPARE(r.error().details.value(QStringLiteral("error")).toString(), QStringLiteral("BadFee"));
        QCOMPARE(r.error().details.value(QStringLiteral("expected_fee")).toString(), QStringLiteral("10000"));
        QVERIFY(r.error().message.contains(QLatin1String("0.0001 ICP")));
        QCOMPARE(ledgerState(), before);
        QCOMPARE(m_p->lastEntry().value(1).toString(), QStringLiteral("invalid_argument")); // refusals are audited too
        // Naming the right fee records it as tx.fee.
        args.insert(QStringLiteral("fee"), QStringLiteral("10000"));
        const QJsonObject t = ok(m_alice, QStringLiteral("transfer"), args);
        const QJsonObject blocks = ok(m_alice, QStringLiteral("get_blocks"),
                                      {{QStringLiteral("asset"), ICP}, {QStringLiteral("start"), t.value(QStringLiteral("block_index")).toInt()}, {QStringLiteral("length"), 1}});
        auto v = valueFromJson(blocks.value(QStringLiteral("blocks")).toArray()[0].toObject().value(QStringLiteral("block")));
        QVERIFY(v);
        QVERIFY(!v->field(QStringLiteral("fee")));
        QCOMPARE(v->field(QStringLiteral("tx"))->field(QStringLiteral("fee"))->asNat(), Nat128(10000));
    }

    void insufficientFunds()
    {
        mint(Account(m_alice), 50000);
        const auto before = ledgerState();
        auto r = L(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 45000)); // 45000 + 10000 > 50000
        NX_VERIFY_ERROR(r, ErrorCode::Conflict);
        QCOMPARE(icrc(r).kind(), LedgerError::Kind::InsufficientFunds);
        QCOMPARE(r.error().details.value(QStringLiteral("balance")).toString(), QStringLiteral("50000"));
        // An amount whose fee would overflow 128 bits.
        auto huge = L(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), ~Nat128(0)));
        QCOMPARE(icrc(huge).kind(), LedgerError::Kind::InsufficientFunds);
        // Someone the ledger has never seen holds nothing.
        auto nobody = L(m_carol, QStringLiteral("transfer"), transferArgs(Account(m_bob), 1));
        QCOMPARE(icrc(nobody).amount(), Nat128(0));
        QCOMPARE(ledgerState(), before);
        ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 40000)); // exactly everything
        QCOMPARE(balance(ICP, m_alice), Nat128(0));
    }

    void burns()
    {
        mint(Account(m_alice), 1000000);
        const Account minting = ledger::mintingAccount(ICP);
        // A transfer to the minting account is a burn: no fee, at least the fee as amount.
        QJsonObject withFee = transferArgs(minting, 50000);
        withFee.insert(QStringLiteral("fee"), QStringLiteral("10000"));
        auto bad = L(m_alice, QStringLiteral("transfer"), withFee);
        QCOMPARE(icrc(bad).kind(), LedgerError::Kind::BadFee);
        QCOMPARE(icrc(bad).amount(), Nat128(0));
        auto small = L(m_alice, QStringLiteral("transfer"), transferArgs(minting, 9999));
        QCOMPARE(icrc(small).kind(), LedgerError::Kind::BadBurn);
        QCOMPARE(small.error().details.value(QStringLiteral("min_burn_amount")).toString(), QStringLiteral("10000"));
        const QJsonObject b = ok(m_alice, QStringLiteral("transfer"), transferArgs(minting, 10000));
        QCOMPARE(b.value(QStringLiteral("btype")).toString(), QStringLiteral("1burn"));
        QCOMPARE(b.value(QStringLiteral("fee")).toString(), QStringLiteral("0"));
        const QJsonObject b2 = ok(m_alice, QStringLiteral("burn"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("amount"), QStringLiteral("20000")}});
        QCOMPARE(b2.value(QStringLiteral("btype")).toString(), QStringLiteral("1burn"));
        auto tooMuch = L(m_alice, QStringLiteral("burn"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("amount"), QStringLiteral("2000000")}});
        QCOMPARE(icrc(tooMuch).kind(), LedgerError::Kind::InsufficientFunds);
        QCOMPARE(balance(ICP, m_alice), Nat128(1000000 - 30000));
        const QJsonObject supply = ok(m_alice, QStringLiteral("total_supply"), {{QStringLiteral("asset"), ICP}});
        QCOMPARE(supply.value(QStringLiteral("burned")).toString(), QStringLiteral("30000"));
        QCOMPARE(supply.value(QStringLiteral("total_supply")).toString(), QStringLiteral("970000"));
        // The minting account never sends.
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void feeChangesAreVersioned()
    {
        mint(Account(m_alice), 1000000000);
        const QJsonObject args{{QStringLiteral("asset"), ICP}, {QStringLiteral("fee"), QStringLiteral("20000")}, {QStringLiteral("reason"), QStringLiteral("spam")}};
        // manage_fees is needed: a plain admin is refused by the gateway.
        auto denied = L(m_admin, QStringLiteral("set_fee"), args);
        NX_VERIFY_ERROR(denied, ErrorCode::PermissionDenied);
        QVERIFY(denied.error().message.contains(QLatin1String("manage_fees")));
        const QJsonObject set = ok(m_fees, QStringLiteral("set_fee"), args);
        QCOMPARE(set.value(QStringLiteral("previous_fee")).toString(), QStringLiteral("10000"));
        QCOMPARE(set.value(QStringLiteral("config_key")).toString(), QStringLiteral("ledger.fee.icp"));
        QCOMPARE(set.value(QStringLiteral("version")).toInt(), 2);
        NX_VERIFY_ERROR(L(m_fees, QStringLiteral("set_fee"), args), ErrorCode::Conflict); // already that fee
        // The history keeps the fee the ledger started with, then the change, by whom and why.
        auto history = m_p->ctl(QStringLiteral("system.config_history"), {{QStringLiteral("key"), QStringLiteral("ledger.fee.icp")}});
        NX_VERIFY_OK(history);
        const QJsonArray versions = obj(history).value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("20000"));
        QCOMPARE(versions[0].toObject().value(QStringLiteral("changed_by")).toString(), m_fees.toText());
        QCOMPARE(versions[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("spam"));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("10000"));
        // The new fee applies at once.
        QJsonObject old = transferArgs(Account(m_bob), 1000);
        old.insert(QStringLiteral("fee"), QStringLiteral("10000"));
        QCOMPARE(icrc(L(m_alice, QStringLiteral("transfer"), old)).amount(), Nat128(20000));
        QCOMPARE(ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 1000)).value(QStringLiteral("fee")).toString(), QStringLiteral("20000"));
        QCOMPARE(balance(ICP, m_alice), Nat128(1000000000 - 1000 - 20000));
        // ... and so does the minimum burn.
        QCOMPARE(icrc(L(m_alice, QStringLiteral("burn"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("amount"), QStringLiteral("15000")}})).amount(), Nat128(20000));
        // A second change is version 3.
        QCOMPARE(ok(m_fees, QStringLiteral("set_fee"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("fee"), QStringLiteral("10000")}}).value(QStringLiteral("version")).toInt(), 3);
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("inMessage");
        const QString bob = principalFor(11).toText();
        const QString good = withSub(principalFor(11), 1).toText();
        QString badCheck = good;
        badCheck.replace(badCheck.lastIndexOf(QLatin1Char('-')) + 1, 1, badCheck.at(badCheck.lastIndexOf(QLatin1Char('-')) + 1) == u'a' ? u'b' : u'a');
        auto tr = [](const QString &to, const QString &amount, const QString &extra = {}) {
            return QStringLiteral(R"({"asset":"ICP","to":"%1","amount":"%2"%3})").arg(to, amount, extra);
        };
        const int inv = int(ErrorCode::InvalidArgument);
        QTest::newRow("checksum") << "transfer" << tr(badCheck, QStringLiteral("100")) << inv << "checksum";
        QTest::newRow("not canonical") << "transfer" << tr(good.left(good.lastIndexOf(u'.') + 1) + QStringLiteral("01"), QStringLiteral("100")) << inv << "leading zeros";
        QTest::newRow("zero subaccount written out") << "transfer" << tr(bob + QStringLiteral("-abcdefg.0"), QStringLiteral("100")) << inv << "to:";
        QTest::newRow("not a principal") << "transfer" << tr(QStringLiteral("hello-world"), QStringLiteral("100")) << inv << "to:";
        QTest::newRow("negative") << "transfer" << tr(bob, QStringLiteral("-100")) << inv << "negative";
        QTest::newRow("decimals") << "transfer" << tr(bob, QStringLiteral("1.123456789")) << inv << "decimal point";
        QTest::newRow("overflow") << "transfer" << tr(bob, QStringLiteral("340282366920938463463374607431768211456")) << inv << "2^128";
        QTest::newRow("json number") << "transfer" << QStringLiteral(R"({"asset":"ICP","to":"%1","amount":100})").arg(bob) << inv << "expected string";
        QTest::newRow("unknown asset") << "transfer" << QStringLiteral(R"({"asset":"DOGE","to":"%1","amount":"1"})").arg(bob) << int(ErrorCode::NotFound) << "ckBTC";
        QTest::newRow("memo too long") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"memo_text":"0123456789012345678901234567890ü")")) << inv << "33 bytes";
        QTest::newRow("memo odd hex") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"memo":"abc")")) << inv << "hex";
        QTest::newRow("two memos") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"memo":"ab","memo_text":"x")")) << inv << "not both";
        QTest::newRow("time as number") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"created_at_time":1760000000000000000)")) << inv << "expected string";
        QTest::newRow("time not a nat64") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"created_at_time":"99999999999999999999")")) << inv << "nat64";
        QTest::newRow("from_subaccount") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"from_subaccount":"xyz")")) << inv << "subaccount";
        QTest::newRow("unknown argument") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"spender":"x")")) << inv << "unknown argument";
        QTest::newRow("fee with point") << "transfer" << tr(bob, QStringLiteral("1"), QStringLiteral(R"(,"fee":"0.0001")")) << inv << "fee:";
        QTest::newRow("expiry beyond 2262") << "approve" << QStringLiteral(R"({"asset":"ICP","spender":"%1","amount":"1","expires_at":"18446744073709551615"})").arg(bob) << inv << "2262";
        QTest::newRow("bad spender") << "approve" << QStringLiteral(R"({"asset":"ICP","spender":"nope","amount":"1"})") << inv << "spender:";
        QTest::newRow("transfer_from bad from") << "transfer_from" << QStringLiteral(R"({"asset":"ICP","from":"x","to":"%1","amount":"1"})").arg(bob) << inv << "from:";
        QTest::newRow("set_fee lower case asset") << "set_fee" << QStringLiteral(R"({"asset":"icp","fee":"1"})") << int(ErrorCode::NotFound) << "case-sensitive";
        QTest::newRow("set_fee negative") << "set_fee" << QStringLiteral(R"({"asset":"ICP","fee":"-1"})") << inv << "negative";
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, method);
        QFETCH(QString, json);
        QFETCH(int, code);
        QFETCH(QString, inMessage);
        mint(Account(m_alice), 1000000000);
        mint(Account(m_fees), 1000000000);
        const auto before = ledgerState();
        const QJsonObject args = QJsonDocument::fromJson(json.toUtf8()).object();
        QVERIFY2(!args.isEmpty(), qPrintable(json));
        auto r = L(method == QLatin1String("set_fee") ? m_fees : m_alice, method, args);
        QVERIFY2(!r, qPrintable(json));
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(inMessage) || r.error().hint.contains(inMessage), errText(r).constData());
        QCOMPARE(ledgerState(), before);
    }

    void largeAmountsAreExact()
    {
        // 1000 ckETH = 10^21 wei, beyond 64 bits; amounts stay exact strings end to end.
        const Nat128 thousandEth = Nat128(1000000000000000000ULL) * 1000;
        mint(Account(m_alice), thousandEth, ETH);
        const Nat128 sent = thousandEth / 3;
        ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), sent, ETH));
        QCOMPARE(balance(ETH, m_bob), sent);
        QCOMPARE(balance(ETH, m_alice), thousandEth - sent - 2000000000000ULL);
        const QJsonObject b = ok(m_bob, QStringLiteral("balance_of"), {{QStringLiteral("asset"), ETH}});
        QCOMPARE(b.value(QStringLiteral("balance")).toString(), QStringLiteral("333333333333333333333"));
        QCOMPARE(b.value(QStringLiteral("balance_text")).toString(), QStringLiteral("333.333333333333333333"));
        QVERIFY(verify(ETH).value(QStringLiteral("ok")).toBool());
    }

    void readsWorkForGuests()
    {
        mint(Account(m_alice), 1000);
        const Principal guest = principalFor(999);
        NX_VERIFY_OK(L(guest, QStringLiteral("balance_of"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("account"), m_alice.toText()}}));
        NX_VERIFY_OK(L(guest, QStringLiteral("get_blocks"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("start"), 0}, {QStringLiteral("length"), 1}}));
        NX_VERIFY_ERROR(L(guest, QStringLiteral("transfer"), transferArgs(Account(m_bob), 1)), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(L(guest, QStringLiteral("verify_chain"), {}), ErrorCode::PermissionDenied);
    }

    void survivesReopen()
    {
        mint(Account(m_alice), 1000000);
        ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 1000));
        QVERIFY(m_p->reopen());
        QCOMPARE(balance(ICP, m_bob), Nat128(1000));
        ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(m_bob), 1000));
        QCOMPARE(asset(ICP).value(QStringLiteral("log_length")).toInt(), 3);
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
