// ICRC-3 Value hashing against the official HASHINGVALUES vectors and the IC spec's request id.
#include "value.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nexus;

class TestValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void officialVectors_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("Nat(42)") << 0 << QByteArray("684888c0ebb17f374298b65ee2807526c066094c701bcc7ebbe1c1095f494fc1");
        QTest::newRow("Int(-42)") << 1 << QByteArray("de5a6f78116eca62d7fc5ce159d23ae6b889b365a1739ad2cf36f925a140d0cc");
        QTest::newRow("Text") << 2 << QByteArray("dffd6021bb2bd5b0af676290809ec3a53191dd81c7f70a4b28688a362182986f");
        QTest::newRow("Blob") << 3 << QByteArray("9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a");
        QTest::newRow("Array") << 4 << QByteArray("514a04011caa503990d446b7dec5d79e19c221ae607fb08b2848c67734d468d6");
        QTest::newRow("Map") << 5 << QByteArray("c56ece650e1de4269c5bdeff7875949e3e2033f85b2d193c2ff4f7f78bdcfc75");
    }
    void officialVectors()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, expected);
        const Value values[] = {
            Value::nat(42),
            Value::integer(-42),
            Value::text(QStringLiteral("Hello, World!")),
            Value::blob(QByteArray::fromHex("01020304")),
            Value::array({Value::nat(3), Value::text(QStringLiteral("foo")), Value::blob(QByteArray::fromHex("0506"))}),
            Value::map({{QStringLiteral("from"), Value::blob(QByteArray::fromHex("00abcdef0012340056789a00bcdef000012345678900abcdef01"))},
                        {QStringLiteral("to"), Value::blob(QByteArray::fromHex("00ab0def0012340056789a00bcdef000012345678900abcdef01"))},
                        {QStringLiteral("amount"), Value::nat(42)},
                        {QStringLiteral("created_at"), Value::nat(1699218263)},
                        {QStringLiteral("memo"), Value::nat(0)}}),
        };
        QCOMPARE(values[which].hash().toHex(), expected);
    }

    // The IC interface spec's worked request id is the same representation-independent map hash.
    void specRequestId()
    {
        const Value content = Value::map({
            {QStringLiteral("request_type"), Value::text(QStringLiteral("call"))},
            {QStringLiteral("sender"), Value::blob(QByteArray::fromHex("04"))},
            {QStringLiteral("ingress_expiry"), Value::nat(Nat128(1685570400000000000ULL))},
            {QStringLiteral("canister_id"), Value::blob(QByteArray::fromHex("00000000000004D2"))},
            {QStringLiteral("method_name"), Value::text(QStringLiteral("hello"))},
            {QStringLiteral("arg"), Value::blob(QByteArray("DIDL\x00\xFD*", 7))},
        });
        QCOMPARE(content.hash().toHex(), QByteArray("1d1091364d6bb8a6c16b203ee75467d59ead468f523eb058880ae8ec80e2b101"));
    }

    void mapOrderIsIrrelevant()
    {
        const Value a = Value::map({{QStringLiteral("alpha"), Value::nat(1)}, {QStringLiteral("beta"), Value::text(QStringLiteral("two"))}});
        const Value b = Value::map({{QStringLiteral("beta"), Value::text(QStringLiteral("two"))}, {QStringLiteral("alpha"), Value::nat(1)}});
        QCOMPARE(a.hash(), b.hash());
        const Value c = Value::map({{QStringLiteral("alpha"), Value::nat(2)}, {QStringLiteral("beta"), Value::text(QStringLiteral("two"))}});
        QVERIFY(a.hash() != c.hash());
    }

    void leb128Encodings()
    {
        QCOMPARE(leb128(0).toHex(), QByteArray("00"));
        QCOMPARE(leb128(624485).toHex(), QByteArray("e58e26"));
        QCOMPARE(sleb128(-123456).toHex(), QByteArray("c0bb78"));
        QCOMPARE(sleb128(64).toHex(), QByteArray("c000"));   // positive with bit 6 set needs a second byte
        QCOMPARE(sleb128(-64).toHex(), QByteArray("40"));
        QCOMPARE(sleb128(-1).toHex(), QByteArray("7f"));
        const Nat128 max = ~Nat128(0);
        QCOMPARE(leb128(max).size(), 19);
    }

    void nat128Text()
    {
        Nat128 v = 0;
        QVERIFY(nat128FromString(QStringLiteral("340282366920938463463374607431768211455"), &v));
        QCOMPARE(nat128ToString(v), QStringLiteral("340282366920938463463374607431768211455"));
        QVERIFY(!nat128FromString(QStringLiteral("340282366920938463463374607431768211456"), &v)); // 2^128 overflows
        QVERIFY(!nat128FromString(QStringLiteral("-1"), &v));
        QVERIFY(!nat128FromString(QStringLiteral(""), &v));
        QVERIFY(!nat128FromString(QStringLiteral("1.5"), &v));
    }

    void jsonForm()
    {
        const Value v = Value::map({{QStringLiteral("n"), Value::integer(-5)}, {QStringLiteral("b"), Value::blob("\x01\xff")}});
        QCOMPARE(v.toJson().toObject().value(QStringLiteral("Map")).toArray().size(), 2);
        QCOMPARE(Value::integer(-5).toJson().toObject().value(QStringLiteral("Int")).toString(), QStringLiteral("-5"));
        QCOMPARE(Value::blob("\x01\xff").toJson().toObject().value(QStringLiteral("Blob")).toString(), QStringLiteral("01ff"));
    }
};

QTEST_APPLESS_MAIN(TestValue)
#include "tst_value.moc"
