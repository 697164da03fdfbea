// ICRC-3 blocks through the gateway: get_blocks verified as a client would, an account's history
// with running balances, filters and keyset paging, and verify_chain naming what was tampered with.
#include "ledgerfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestLedgerBlocks : public QObject, public LedgerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUp(this); }
    void cleanup() { tearDown(); }

    void getBlocks()
    {
        mint(Account(m_alice), 1000000000);
        for (int i = 0; i < 6; ++i)
            ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(i % 2 ? m_bob : m_carol), 1000 + i));
        ok(m_alice, QStringLiteral("approve"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_bob.toText()}, {QStringLiteral("amount"), QStringLiteral("5")}});
        mint(Account(m_bob), 77, BTC); // another asset's chain is separate
        const QJsonObject page = ok(m_bob, QStringLiteral("get_blocks"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("start"), 2}, {QStringLiteral("length"), 3}});
        QCOMPARE(page.value(QStringLiteral("log_length")).toInt(), 8);
        const QJsonArray blocks = page.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[0].toObject().value(QStringLiteral("id")).toInt(), 2);
        // The whole chain, fetched as a client would, verifies from block 0.
        const QJsonArray all = ok(m_bob, QStringLiteral("get_blocks"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("start"), 0}, {QStringLiteral("length"), 1000}})
                                   .value(QStringLiteral("blocks")).toArray();
        QCOMPARE(all.size(), 8);
        QList<Value> values;
        for (const QJsonValue &b : all) {
            auto v = valueFromJson(b.toObject().value(QStringLiteral("block")));
            QVERIFY(v);
            QCOMPARE(QString::fromLatin1(v->hash().toHex()), b.toObject().value(QStringLiteral("hash")).toString());
            QVERIFY(LedgerBlock::fromValue(*v));
            values << *v;
        }
        const ChainReport r = verifyBlockValues(values);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(QString::fromLatin1(r.tipHash.toHex()), asset(ICP).value(QStringLiteral("tip_hash")).toString());
        QCOMPARE(LedgerBlock::fromValue(values[7])->type, BlockType::Approve);
        QCOMPARE(LedgerBlock::fromValue(values[2])->to->owner(), m_bob);
        // Past the end: nothing, and the log length.
        const QJsonObject past = ok(m_bob, QStringLiteral("get_blocks"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("start"), 50}, {QStringLiteral("length"), 5}});
        QCOMPARE(past.value(QStringLiteral("blocks")).toArray().size(), 0);
        QCOMPARE(ok(m_bob, QStringLiteral("get_blocks"), {{QStringLiteral("asset"), BTC}, {QStringLiteral("start"), 0}, {QStringLiteral("length"), 5}})
                     .value(QStringLiteral("log_length")).toInt(), 1);
    }

    void historyWithRunningBalance()
    {
        // Alice: minted 10 ICP, sends 1 to Bob (memo), gets 2 from Carol, approves Bob, Bob pulls
        // 0.5 to Carol, she burns 0.1; and some ckBTC.
        mint(Account(m_alice), 1000000000);
        mint(Account(m_carol), 500000000);
        QJsonObject memo = transferArgs(Account(m_bob), 100000000);
        memo.insert(QStringLiteral("memo_text"), QStringLiteral("rent"));
        ok(m_alice, QStringLiteral("transfer"), memo);
        ok(m_carol, QStringLiteral("transfer"), transferArgs(Account(m_alice), 200000000));
        mint(Account(m_alice), 5000, BTC);
        ok(m_alice, QStringLiteral("approve"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_bob.toText()}, {QStringLiteral("amount"), QStringLiteral("60000000")}});
        ok(m_bob, QStringLiteral("transfer_from"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("from"), m_alice.toText()}, {QStringLiteral("to"), m_carol.toText()},
                                                    {QStringLiteral("amount"), QStringLiteral("50000000")}});
        ok(m_alice, QStringLiteral("burn"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("amount"), QStringLiteral("10000000")}});

        const QJsonArray rows = ok(m_alice, QStringLiteral("history"), {}).value(QStringLiteral("items")).toArray();
        QCOMPARE(rows.size(), 7);
        struct Want { const char *type; const char *role; const char *delta; Nat128 balance; };
        const Nat128 b1 = 1000000000, b2 = b1 - 100010000, b3 = b2 + 200000000, b4 = b3 - 10000, b5 = b4 - 50010000, b6 = b5 - 10000000;
        const Want want[] = {{"burn", "from", "-10000000", b6}, {"transfer_from", "from", "-50010000", b5}, {"approve", "from", "-10000", b4},
                             {"mint", "to", "+5000", 5000},   {"transfer", "to", "+200000000", b3},   {"transfer", "from", "-100010000", b2},
                             {"mint", "to", "+1000000000", b1}};
        for (int i = 0; i < 7; ++i) {
            const QJsonObject r = rows[i].toObject();
            QCOMPARE(r.value(QStringLiteral("type")).toString(), QLatin1String(want[i].type));
            QCOMPARE(r.value(QStringLiteral("role")).toString(), QLatin1String(want[i].role));
            QCOMPARE(r.value(QStringLiteral("delta")).toString(), QLatin1String(want[i].delta));
            QCOMPARE(r.value(QStringLiteral("balance")).toString(), n(want[i].balance));
            if (i > 0)
                QVERIFY(r.value(QStringLiteral("seq")).toInteger() < rows[i - 1].toObject().value(QStringLiteral("seq")).toInteger()); // newest first
        }
        QCOMPARE(rows[5].toObject().value(QStringLiteral("counterparty")).toString(), m_bob.toText());
        QCOMPARE(rows[5].toObject().value(QStringLiteral("memo_text")).toString(), QStringLiteral("rent"));
        QCOMPARE(rows[5].toObject().value(QStringLiteral("memo")).toString(), QStringLiteral("72656e74"));
        QCOMPARE(rows[5].toObject().value(QStringLiteral("fee")).toString(), QStringLiteral("10000"));
        QCOMPARE(rows[4].toObject().value(QStringLiteral("counterparty")).toString(), m_carol.toText());
        QCOMPARE(rows[1].toObject().value(QStringLiteral("counterparty")).toString(), m_carol.toText());
        QCOMPARE(rows[0].toObject().value(QStringLiteral("counterparty")).toString(), ledger::mintingAccount(ICP).toText());
        QCOMPARE(rows[3].toObject().value(QStringLiteral("asset")).toString(), BTC);
        QCOMPARE(balance(ICP, m_alice), b6); // the newest running balance is the balance
        // Bob sees his part as spender, his balance unchanged by it.
        const QJsonArray bobs = ok(m_bob, QStringLiteral("history"), {{QStringLiteral("type"), QStringLiteral("transfer_from")}}).value(QStringLiteral("items")).toArray();
        QCOMPARE(bobs.size(), 1);
        QCOMPARE(bobs[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("spender"));
        QCOMPARE(bobs[0].toObject().value(QStringLiteral("delta")).toString(), QStringLiteral("0"));
        QCOMPARE(bobs[0].toObject().value(QStringLiteral("balance")).toString(), n(100000000));

        // Keyset paging: pages of 3 cover every row once.
        QList<qint64> seen;
        QJsonObject args{{QStringLiteral("account"), m_alice.toText()}, {QStringLiteral("limit"), 3}};
        for (int page = 0; page < 5; ++page) {
            const QJsonObject p = ok(m_carol, QStringLiteral("history"), args);
            for (const QJsonValue &r : p.value(QStringLiteral("items")).toArray())
                seen << r.toObject().value(QStringLiteral("seq")).toInteger();
            if (!p.contains(QStringLiteral("next_before")))
                break;
            args.insert(QStringLiteral("before"), p.value(QStringLiteral("next_before")));
        }
        QCOMPARE(seen.size(), 7);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 7);
        // Filters: asset, type, time range [from_ns, to_ns).
        QCOMPARE(ok(m_alice, QStringLiteral("history"), {{QStringLiteral("asset"), BTC}}).value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(ok(m_alice, QStringLiteral("history"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("type"), QStringLiteral("transfer")}})
                     .value(QStringLiteral("items")).toArray().size(), 2);
        const QString t4 = rows[3].toObject().value(QStringLiteral("time_ns")).toString();
        const QString t1 = rows[0].toObject().value(QStringLiteral("time_ns")).toString();
        const QJsonArray range = ok(m_alice, QStringLiteral("history"), {{QStringLiteral("from_ns"), t4}, {QStringLiteral("to_ns"), t1}}).value(QStringLiteral("items")).toArray();
        QCOMPARE(range.size(), 3); // mint ckBTC, approve, transfer_from; the burn is at to_ns (excluded)
        QCOMPARE(ok(m_alice, QStringLiteral("history"), {{QStringLiteral("account"), m_creator.toText()}}).value(QStringLiteral("items")).toArray().size(), 0);
        NX_VERIFY_ERROR(L(m_alice, QStringLiteral("history"), {{QStringLiteral("asset"), QStringLiteral("DOGE")}}), ErrorCode::NotFound);
    }

    void verifyFindsTampering_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<int>("firstBad");   // -1: not a block (totals / balances)
        QTest::addColumn<QString>("reason");
        const QString dropU = QStringLiteral("DROP TRIGGER ledger_blocks_no_update");
        const QString dropD = QStringLiteral("DROP TRIGGER ledger_blocks_no_delete");
        QTest::newRow("amount of block 2") << QStringList{dropU, QStringLiteral("UPDATE ledger_blocks SET amount = X'000000000000000000000000000F4240' WHERE asset = 'ICP' AND idx = 2")}
                                           << 2 << "block 2: its contents do not match";
        QTest::newRow("recipient of block 3") << QStringList{dropU, QStringLiteral("UPDATE ledger_blocks SET to_acct = from_acct WHERE asset = 'ICP' AND idx = 3")}
                                              << 3 << "block 3";
        QTest::newRow("hash of block 1 rewritten") << QStringList{dropU, QStringLiteral("UPDATE ledger_blocks SET hash = randomblob(32) WHERE asset = 'ICP' AND idx = 1")}
                                                   << 1 << "block 1";
        QTest::newRow("block 4 removed") << QStringList{dropD, QStringLiteral("DELETE FROM ledger_blocks WHERE asset = 'ICP' AND idx = 4")}
                                         << 4 << "block 4: missing";
        QTest::newRow("last block removed") << QStringList{dropD, QStringLiteral("DELETE FROM ledger_blocks WHERE asset = 'ICP' AND idx = 6")}
                                            << 6 << "7 blocks";
        QTest::newRow("a balance raised") << QStringList{QStringLiteral("UPDATE ledger_balances SET amount = X'00000000000000000000000077359400' "
                                                                        "WHERE asset = 'ICP' AND account = (SELECT min(account) FROM ledger_balances)")}
                                          << -1 << "its blocks give";
        QTest::newRow("minted total") << QStringList{QStringLiteral("UPDATE ledger_assets SET minted = X'000000000000000000000000FFFFFFFF' WHERE symbol = 'ICP'")}
                                      << -1 << "totals";
        QTest::newRow("type of block 5") << QStringList{dropU, QStringLiteral("UPDATE ledger_blocks SET btype = '1mint', from_acct = NULL WHERE asset = 'ICP' AND idx = 5")}
                                         << 5 << "block 5";
    }

    void verifyFindsTampering()
    {
        QFETCH(QStringList, statements);
        QFETCH(int, firstBad);
        QFETCH(QString, reason);
        mint(Account(m_alice), 1000000000);
        for (int i = 0; i < 5; ++i)
            ok(m_alice, QStringLiteral("transfer"), transferArgs(Account(i % 2 ? m_bob : m_carol), 1000000 + i));
        ok(m_alice, QStringLiteral("approve"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), m_bob.toText()}, {QStringLiteral("amount"), QStringLiteral("5")}});
        mint(Account(m_bob), 500, BTC);
        const QJsonObject clean = verify();
        QVERIFY(clean.value(QStringLiteral("ok")).toBool());
        QCOMPARE(clean.value(QStringLiteral("assets")).toArray()[0].toObject().value(QStringLiteral("checked")).toInt(), 7);

        // Blocks are append-only unless someone edits the file.
        QVERIFY(sqlExec(m_p->dbPath(), QStringLiteral("UPDATE ledger_blocks SET ts_ns = 0")).contains(QLatin1String("append-only")));
        QVERIFY(sqlExec(m_p->dbPath(), QStringLiteral("DELETE FROM ledger_blocks")).contains(QLatin1String("append-only")));
        m_p->close();
        for (const QString &sql : statements)
            QCOMPARE(sqlExec(m_p->dbPath(), sql), QString());
        QVERIFY(m_p->open());
        for (int i = 0; i < 2; ++i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ledger verification failed")));
        const QJsonObject v = verify();
        QVERIFY(!v.value(QStringLiteral("ok")).toBool());
        const QJsonObject icp = v.value(QStringLiteral("assets")).toArray()[0].toObject();
        QVERIFY(!icp.value(QStringLiteral("ok")).toBool());
        QVERIFY2(icp.value(QStringLiteral("reason")).toString().contains(reason), qPrintable(icp.value(QStringLiteral("reason")).toString()));
        if (firstBad >= 0)
            QCOMPARE(icp.value(QStringLiteral("first_bad")).toInt(-1), firstBad);
        else
            QVERIFY(icp.value(QStringLiteral("first_bad")).isNull());
        // The other assets are unaffected, and the ICP-only check finds the same.
        QVERIFY(v.value(QStringLiteral("assets")).toArray()[1].toObject().value(QStringLiteral("ok")).toBool());
        QCOMPARE(verify(ICP).value(QStringLiteral("reason")).toString(), v.value(QStringLiteral("reason")).toString());
    }
};

QTEST_GUILESS_MAIN(TestLedgerBlocks)
#include "tst_ledgerblocks.moc"
