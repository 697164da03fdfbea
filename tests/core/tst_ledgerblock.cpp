// ICRC-3 ledger blocks: the Value layout of each block type, block and dedup hashes against values
// computed by an independent implementation of the representation-independent hash (checked
// against the official HASHINGVALUES vectors first), parsing back, and chain verification that
// names the first bad block.
#include "ledgerblock.h"
#include "ledgerchain.h"
#include "prng.h"
#include "valuejson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nexus;

namespace {

const Principal kOwner1 = Principal::fromText(QStringLiteral("k2t6j-2nvnp-4zjm3-25dtz-6xhaa-c7boj-5gayf-oj3xs-i43lp-teztq-6ae")).value();
const Principal kOwner2 = Principal::fromText(QStringLiteral("rrkah-fqaaa-aaaaa-aaaaq-cai")).value();

QByteArray sub0120()
{
    QByteArray s;
    for (int i = 1; i <= 32; ++i)
        s.append(char(i));
    return s;
}

// Block A: a transfer, block 0, fee charged at the top level (the caller did not name it).
LedgerBlock blockA()
{
    LedgerBlock b;
    b.type = BlockType::Transfer;
    b.tsNs = 1700000000000000000;
    b.from = Account(kOwner1);
    b.to = Account(kOwner2, sub0120());
    b.amount = 150000000;
    b.fee = 10000;
    b.memo = QByteArray("invoice 42");
    b.createdAtTime = 1699999999000000000ULL;
    return b;
}

// Block B: an approval after A, the fee named by the caller (tx.fee), compare-and-set and expiry.
LedgerBlock blockB(const QByteArray &phash)
{
    LedgerBlock b;
    b.type = BlockType::Approve;
    b.tsNs = 1700000001000000000;
    b.phash = phash;
    b.from = Account(kOwner2, sub0120());
    b.spender = Account(kOwner1);
    b.amount = 500000000;
    b.fee = 10000;
    b.feeInTx = true;
    b.expectedAllowance = 0;
    b.expiresAt = 1700086400000000000ULL;
    return b;
}

// Block C: a mint of 2^128 - 1 (the largest Nat an amount can be).
LedgerBlock blockC(const QByteArray &phash)
{
    LedgerBlock b;
    b.type = BlockType::Mint;
    b.tsNs = 1700000002000000000;
    b.phash = phash;
    b.to = Account(kOwner1);
    b.amount = ~Nat128(0);
    return b;
}

QStringList keys(const Value &map)
{
    QStringList out;
    for (const auto &[k, v] : map.asMap())
        out << k;
    out.sort();
    return out;
}

QList<LedgerBlock> chain(int n)
{
    QList<LedgerBlock> out;
    QByteArray prev;
    for (int i = 0; i < n; ++i) {
        LedgerBlock b = i % 3 == 0 ? blockC(prev) : i % 3 == 1 ? blockA() : blockB(prev);
        b.phash = prev;
        b.tsNs += i;
        out << b;
        prev = b.hash();
    }
    return out;
}

} // namespace

class TestLedgerBlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeNames()
    {
        for (BlockType t : {BlockType::Transfer, BlockType::Mint, BlockType::Burn, BlockType::Approve, BlockType::TransferFrom})
            QCOMPARE(blockTypeFromName(blockTypeName(t)), std::optional<BlockType>(t));
        QCOMPARE(blockTypeName(BlockType::Transfer), QStringLiteral("1xfer"));
        QCOMPARE(blockTypeName(BlockType::TransferFrom), QStringLiteral("2xfer"));
        QCOMPARE(blockTypeName(BlockType::Approve), QStringLiteral("2approve"));
        QVERIFY(!blockTypeFromName(QStringLiteral("7xfer")));
    }

    void valueLayout()
    {
        const Value a = blockA().toValue();
        QCOMPARE(keys(a), (QStringList{QStringLiteral("btype"), QStringLiteral("fee"), QStringLiteral("ts"), QStringLiteral("tx")}));
        QCOMPARE(a.field(QStringLiteral("btype"))->asText(), QStringLiteral("1xfer"));
        QCOMPARE(a.field(QStringLiteral("fee"))->asNat(), Nat128(10000));
        const Value *tx = a.field(QStringLiteral("tx"));
        QCOMPARE(keys(*tx), (QStringList{QStringLiteral("amt"), QStringLiteral("from"), QStringLiteral("memo"), QStringLiteral("to"), QStringLiteral("ts")}));
        // Accounts: [owner] for the default subaccount, [owner, subaccount] otherwise.
        QCOMPARE(tx->field(QStringLiteral("from"))->asArray().size(), size_t(1));
        QCOMPARE(tx->field(QStringLiteral("from"))->asArray()[0].asBlob(), kOwner1.bytes());
        QCOMPARE(tx->field(QStringLiteral("to"))->asArray().size(), size_t(2));
        QCOMPARE(tx->field(QStringLiteral("to"))->asArray()[1].asBlob(), sub0120());
        QCOMPARE(tx->field(QStringLiteral("ts"))->asNat(), Nat128(1699999999000000000ULL));

        // The caller named the fee: it is tx.fee and there is no top-level fee; phash links to A.
        const Value b = blockB(blockA().hash()).toValue();
        QCOMPARE(keys(b), (QStringList{QStringLiteral("btype"), QStringLiteral("phash"), QStringLiteral("ts"), QStringLiteral("tx")}));
        QCOMPARE(b.field(QStringLiteral("phash"))->asBlob(), blockA().hash());
        QCOMPARE(keys(*b.field(QStringLiteral("tx"))),
                 (QStringList{QStringLiteral("amt"), QStringLiteral("expected_allowance"), QStringLiteral("expires_at"), QStringLiteral("fee"),
                              QStringLiteral("from"), QStringLiteral("spender")}));

        // Mints carry no fee.
        const Value c = blockC(QByteArray(32, 'x')).toValue();
        QVERIFY(!c.field(QStringLiteral("fee")));
        QCOMPARE(keys(*c.field(QStringLiteral("tx"))), (QStringList{QStringLiteral("amt"), QStringLiteral("to")}));
    }

    // Expected hashes from an independent implementation (Python, hashlib) of the ICRC-3 Value
    // hash, which reproduces the official vectors 514a0401… (Array) and c56ece65… (Map).
    void handCheckedHashes()
    {
        const QByteArray a = blockA().hash();
        QCOMPARE(a.toHex(), QByteArray("843ed906d61ed556920e67df01b8a35cdd061b2a5f40fc7d072015aa4a81dd7a"));
        QCOMPARE(blockA().txHash().toHex(), QByteArray("7d5114c44f6df76d4f807d46faae99001ab936981792247cff9bf7cbcfd47643"));
        const QByteArray b = blockB(a).hash();
        QCOMPARE(b.toHex(), QByteArray("aa8cd8b585bba144f7fe934b64d422afa301873956a0d6452e6001746df90f17"));
        QCOMPARE(blockC(b).hash().toHex(), QByteArray("3f6729be53df09eaa80cb35a662163e8152cddb49b5f6c6063b68cecb9fad0ad"));
    }

    // hash() and txHash() skip building the Value tree; they must agree with it for every shape.
    void directHashMatchesValueHash()
    {
        Prng rng(99);
        const auto account = [&] {
            const Principal p = rng.chance(50) ? kOwner1 : kOwner2;
            return rng.chance(50) ? Account(p) : Account(p, rng.bytes(32));
        };
        for (int i = 0; i < 2000; ++i) {
            LedgerBlock b;
            b.type = BlockType(rng.below(5));
            b.tsNs = qint64(rng.next() >> 1);
            if (rng.chance(50))
                b.from = account();
            if (rng.chance(50))
                b.to = account();
            if (rng.chance(30))
                b.spender = account();
            b.amount = (Nat128(rng.next()) << 64 | rng.next()) >> rng.below(128);
            if (rng.chance(60)) {
                b.fee = rng.next() >> rng.below(64);
                b.feeInTx = rng.chance(50);
            }
            if (rng.chance(40))
                b.memo = rng.bytes(int(rng.below(33)));
            if (rng.chance(40))
                b.createdAtTime = rng.next();
            if (rng.chance(20))
                b.expectedAllowance = Nat128(rng.next()) << rng.below(64);
            if (rng.chance(20))
                b.expiresAt = rng.next();
            if (rng.chance(80))
                b.phash = rng.bytes(32);
            QCOMPARE(b.hash(), b.toValue().hash());
            QCOMPARE(b.txHash(), Value::map({{QStringLiteral("btype"), Value::text(blockTypeName(b.type))}, {QStringLiteral("tx"), b.txValue()}}).hash());
        }
    }

    void dedupHash()
    {
        const QByteArray base = blockA().txHash();
        LedgerBlock later = blockA();
        later.tsNs += 5; // the ledger time is not part of the transaction
        later.phash = QByteArray(32, 'p');
        QCOMPARE(later.txHash(), base);
        LedgerBlock memo = blockA();
        memo.memo = QByteArray("invoice 43");
        QVERIFY(memo.txHash() != base);
        LedgerBlock created = blockA();
        created.createdAtTime = *created.createdAtTime + 1;
        QVERIFY(created.txHash() != base);
        LedgerBlock named = blockA();
        named.feeInTx = true; // the caller named the fee: another request
        QVERIFY(named.txHash() != base);
        LedgerBlock burn = blockA();
        burn.type = BlockType::Burn;
        burn.to.reset();
        QVERIFY(burn.txHash() != base);
    }

    void parseBack()
    {
        const QByteArray a = blockA().hash();
        for (const LedgerBlock &b : {blockA(), blockB(a), blockC(a)}) {
            const Value v = b.toValue();
            auto parsed = LedgerBlock::fromValue(v);
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
            QCOMPARE(parsed->hash(), b.hash());
            QCOMPARE(parsed->feeInTx, b.feeInTx);
            // Through the tagged JSON that get_blocks serves.
            const QByteArray json = QJsonDocument(v.toJson().toObject()).toJson();
            auto back = valueFromJson(QJsonDocument::fromJson(json).object());
            QVERIFY(back);
            QCOMPARE(back->hash(), v.hash());
        }
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a map") << R"({"Nat":"1"})" << "Map";
        QTest::newRow("unknown btype") << R"({"Map":[["btype",{"Text":"9zap"}],["ts",{"Nat":"1"}],["tx",{"Map":[["amt",{"Nat":"1"}]]}]]})" << "9zap";
        QTest::newRow("no amount") << R"({"Map":[["btype",{"Text":"1mint"}],["ts",{"Nat":"1"}],["tx",{"Map":[["to",{"Array":[{"Blob":"04"}]}]]}]]})" << "amt";
        QTest::newRow("mint with from") << R"({"Map":[["btype",{"Text":"1mint"}],["ts",{"Nat":"1"}],["tx",{"Map":[["amt",{"Nat":"1"}],["to",{"Array":[{"Blob":"04"}]}],["from",{"Array":[{"Blob":"04"}]}]]}]]})" << "accounts";
        QTest::newRow("fee twice") << R"({"Map":[["btype",{"Text":"1burn"}],["ts",{"Nat":"1"}],["fee",{"Nat":"1"}],["tx",{"Map":[["amt",{"Nat":"1"}],["fee",{"Nat":"1"}],["from",{"Array":[{"Blob":"04"}]}]]}]]})" << "twice";
        QTest::newRow("extra field") << R"({"Map":[["btype",{"Text":"1burn"}],["ts",{"Nat":"1"}],["x",{"Nat":"1"}],["tx",{"Map":[["amt",{"Nat":"1"}],["from",{"Array":[{"Blob":"04"}]}]]}]]})" << "unexpected";
        QTest::newRow("short subaccount") << R"({"Map":[["btype",{"Text":"1burn"}],["ts",{"Nat":"1"}],["tx",{"Map":[["amt",{"Nat":"1"}],["from",{"Array":[{"Blob":"04"},{"Blob":"01"}]}]]}]]})" << "32 bytes";
        QTest::newRow("short phash") << R"({"Map":[["btype",{"Text":"1burn"}],["ts",{"Nat":"1"}],["phash",{"Blob":"01"}],["tx",{"Map":[["amt",{"Nat":"1"}],["from",{"Array":[{"Blob":"04"}]}]]}]]})" << "phash";
    }
    void parseRejects()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        auto v = valueFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(v);
        auto b = LedgerBlock::fromValue(*v);
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(expected), qPrintable(b.error().message));
    }

    void valueJsonRejects()
    {
        for (const char *bad : {R"({"Nat":"-1"})", R"({"Nat":7})", R"({"Blob":"0g"})", R"({"Int":"170141183460469231731687303715884105728"})",
                                R"({"Map":[["k"]]})", R"({"Zap":"1"})", R"({"Nat":"1","Int":"1"})"})
            QVERIFY2(!valueFromJson(QJsonDocument::fromJson(bad).object()), bad);
        auto minInt = valueFromJson(QJsonDocument::fromJson(R"({"Int":"-170141183460469231731687303715884105728"})").object());
        QVERIFY(minInt);
        QCOMPARE(minInt->toJson().toObject().value(QStringLiteral("Int")).toString(), QStringLiteral("-170141183460469231731687303715884105728"));
    }

    void chainVerifies()
    {
        const QList<LedgerBlock> blocks = chain(12);
        ChainVerifier v;
        for (int i = 0; i < blocks.size(); ++i)
            QVERIFY(v.add(i, blocks[i], blocks[i].hash()));
        QVERIFY(v.report().ok);
        QCOMPARE(v.report().checked, 12);
        QCOMPARE(v.report().tipHash, blocks.last().hash());

        QList<Value> values;
        for (const LedgerBlock &b : blocks)
            values << b.toValue();
        const ChainReport r = verifyBlockValues(values);
        QVERIFY2(r.ok, qPrintable(r.reason));
        // A page from the middle verifies against the hash of the block before it.
        const ChainReport page = verifyBlockValues(values.mid(5), 5, blocks[4].hash());
        QVERIFY(page.ok);
        QCOMPARE(page.checked, 7);
    }

    void tamperingNamesTheBlock()
    {
        const QList<LedgerBlock> blocks = chain(10);
        auto run = [&](const QList<LedgerBlock> &bs, const QList<QByteArray> &recorded, const QList<qint64> &indexes = {}) {
            ChainVerifier v;
            for (int i = 0; i < bs.size(); ++i)
                if (!v.add(indexes.isEmpty() ? i : indexes[i], bs[i], recorded[i]))
                    break;
            return v.report();
        };
        QList<QByteArray> hashes;
        for (const LedgerBlock &b : blocks)
            hashes << b.hash();

        // The amount of block 4 changed, its recorded hash kept: block 4 is bad.
        QList<LedgerBlock> changed = blocks;
        changed[4].amount += 1;
        ChainReport r = run(changed, hashes);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBad, 4);
        QVERIFY2(r.reason.contains(QLatin1String("block 4")) && r.reason.contains(QLatin1String("recorded hash")), qPrintable(r.reason));

        // ... and its recorded hash rewritten to match: now block 5's phash gives it away.
        QList<QByteArray> rewritten = hashes;
        rewritten[4] = changed[4].hash();
        r = run(changed, rewritten);
        QCOMPARE(r.firstBad, 5);
        QVERIFY2(r.reason.contains(QLatin1String("phash")), qPrintable(r.reason));

        // A block left out.
        QList<LedgerBlock> gap = blocks;
        QList<QByteArray> gapHashes = hashes;
        gap.removeAt(6);
        gapHashes.removeAt(6);
        r = run(gap, gapHashes, {0, 1, 2, 3, 4, 5, 7, 8, 9});
        QCOMPARE(r.firstBad, 6);
        QVERIFY2(r.reason.contains(QLatin1String("missing")), qPrintable(r.reason));

        // Block 0 must not claim a parent.
        QList<LedgerBlock> orphan = blocks;
        orphan[0].phash = QByteArray(32, '\x01');
        r = run(orphan, QList<QByteArray>(orphan.size()));
        QCOMPARE(r.firstBad, 0);

        // Served Values: a changed memo in block 7.
        QList<Value> values;
        for (int i = 0; i < blocks.size(); ++i) {
            LedgerBlock b = blocks[i];
            if (i == 7)
                b.memo = QByteArray("forged");
            values << b.toValue();
        }
        r = verifyBlockValues(values);
        QCOMPARE(r.firstBad, 8); // a Value carries no recorded hash: the next block's phash exposes it
        QCOMPARE(r.checked, 9);
    }
};

QTEST_APPLESS_MAIN(TestLedgerBlock)
#include "tst_ledgerblock.moc"
