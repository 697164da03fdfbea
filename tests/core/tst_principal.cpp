#include "principal.h"

#include <QTest>
#include <QVariant>

using namespace nexus;

class TstPrincipal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32Vectors();
    void base32Vectors_data();
    void base32Vectors();
    void base32Rejects_data();
    void base32Rejects();
    void textVectors_data();
    void textVectors();
    void parseIsCaseInsensitive();
    void parseRejects_data();
    void parseRejects();
    void fromBytesLimit();
    void specialPrincipals();
    void selfAuthenticatingVector();
    void orderingIsLexicographic();
    void roundTripAllLengths();
    void metaType();
};

void TstPrincipal::crc32Vectors()
{
    QCOMPARE(crc32(QByteArrayView()), 0u);
    QCOMPARE(crc32(QByteArrayView("123456789")), 0xCBF43926u); // the standard check value
    QCOMPARE(crc32(QByteArray::fromHex("abcd01")), 0x233FF206u);
}

void TstPrincipal::base32Vectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    // RFC 4648 section 10, lower case and without padding
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << "my";
    QTest::newRow("fo") << QByteArray("fo") << "mzxq";
    QTest::newRow("foo") << QByteArray("foo") << "mzxw6";
    QTest::newRow("foob") << QByteArray("foob") << "mzxw6yq";
    QTest::newRow("fooba") << QByteArray("fooba") << "mzxw6ytb";
    QTest::newRow("foobar") << QByteArray("foobar") << "mzxw6ytboi";
    QTest::newRow("binary") << QByteArray::fromHex("00ff10e7") << "ad7rbzy";
}

void TstPrincipal::base32Vectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(base32Encode(bytes), text);
    auto lower = base32Decode(text);
    QVERIFY(lower.ok());
    QCOMPARE(lower.value(), bytes);
    auto upper = base32Decode(text.toUpper());
    QVERIFY(upper.ok());
    QCOMPARE(upper.value(), bytes);
}

void TstPrincipal::base32Rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("padding") << "my======";
    QTest::newRow("digit 1") << "m1";
    QTest::newRow("digit 8") << "m8";
    QTest::newRow("dash") << "mz-xq";
    QTest::newRow("length 1") << "m";
    QTest::newRow("length 3") << "mzx";
    QTest::newRow("length 6") << "mzxw6y";
    QTest::newRow("trailing bits") << "mz"; // "my" is the only spelling of "f"
    QTest::newRow("non-ascii") << QString::fromUtf8("mzxé");
}

void TstPrincipal::base32Rejects()
{
    QFETCH(QString, text);
    auto r = base32Decode(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!r.error().message.isEmpty());
}

void TstPrincipal::textVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("abcd01") << QByteArray::fromHex("abcd01") << "em77e-bvlzu-aq";
    QTest::newRow("anonymous") << QByteArray::fromHex("04") << "2vxsx-fae";
    QTest::newRow("management") << QByteArray() << "aaaaa-aa";
    QTest::newRow("icp ledger") << QByteArray::fromHex("00000000000000020101") << "ryjl3-tyaaa-aaaaa-aaaba-cai";
    QTest::newRow("governance") << QByteArray::fromHex("00000000000000010101") << "rrkah-fqaaa-aaaaa-aaaaq-cai";
    QTest::newRow("ivg37") << QByteArray::fromHex("000000000020000c0101") << "ivg37-qiaaa-aaaab-aaaga-cai";
    QTest::newRow("xrc") << QByteArray::fromHex("00000000021000010101") << "uf6dk-hyaaa-aaaaq-qaaaq-cai";
    QTest::newRow("ed25519 identity")
        << QByteArray::fromHex("3d9bdaa34fe81df16699403f3e17d6030488fc8c9e37ab61036482d202")
        << "e73il-iz5tp-nkgt7-idxyw-ngkah-47bpv-qdase-pzde6-g6vwc-a3eql-jae";
}

void TstPrincipal::textVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    auto p = Principal::fromBytes(bytes);
    QVERIFY(p.ok());
    QCOMPARE(p->toText(), text);
    auto parsed = Principal::fromText(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->bytes(), bytes);
    QVERIFY(parsed.value() == p.value());
}

void TstPrincipal::parseIsCaseInsensitive()
{
    auto p = Principal::fromText(QStringLiteral("RYJL3-TYAAA-AAAAA-AAABA-CAI"));
    QVERIFY(p.ok());
    QCOMPARE(p->bytes(), QByteArray::fromHex("00000000000000020101"));
    auto mixed = Principal::fromText(QStringLiteral("Em77E-bVlzu-aQ"));
    QVERIFY(mixed.ok());
    QCOMPARE(mixed->toText(), QStringLiteral("em77e-bvlzu-aq")); // output is always canonical
}

void TstPrincipal::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why"); // the part of the message that names the problem
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("missing dash") << "em77ebvlzu-aq" << QStringLiteral("dashes");
    QTest::newRow("no dashes") << "ryjl3tyaaaaaaaaaaabacai" << QStringLiteral("dashes");
    QTest::newRow("extra dash") << "em77e--bvlzu-aq" << QStringLiteral("dashes");
    QTest::newRow("dash moved") << "em77-ebvlzu-aq" << QStringLiteral("dashes");
    QTest::newRow("leading dash") << "-em77e-bvlzu-aq" << QStringLiteral("dashes");
    QTest::newRow("trailing dash") << "em77e-bvlzu-aq-" << QStringLiteral("dashes");
    QTest::newRow("bad char 1") << "em77e-bvlzu-a1" << QStringLiteral("character '1'");
    QTest::newRow("bad char !") << "em77e-bvl!u-aq" << QStringLiteral("character '!'");
    QTest::newRow("space") << "em77e bvlzu-aq" << QStringLiteral("character ' '");
    QTest::newRow("surrounding space") << " em77e-bvlzu-aq" << QStringLiteral("position 1");
    QTest::newRow("bad checksum") << "em77f-bvlzu-aq" << QStringLiteral("checksum");
    QTest::newRow("bad checksum ledger") << "ryjl3-tyaaa-aaaaa-aaaba-caa" << QStringLiteral("checksum");
    QTest::newRow("non-canonical bits") << "em77e-bvlzu-ar" << QStringLiteral("base32");
    QTest::newRow("too short for crc") << "aaaaa" << QStringLiteral("too short");
    QTest::newRow("too long") << QString(64, QLatin1Char('a')) << QStringLiteral("at most 63");
    QTest::newRow("base32 length") << "aaaaa-a" << QStringLiteral("base32");
    // 30 bytes: valid CRC and grouping, but one byte over the limit
    const QByteArray big(30, '\x07');
    QByteArray raw(4, '\0');
    const quint32 c = crc32(big);
    raw[0] = char(c >> 24), raw[1] = char(c >> 16), raw[2] = char(c >> 8), raw[3] = char(c);
    QString flat = base32Encode(raw + big), grouped;
    for (qsizetype i = 0; i < flat.size(); i += 5)
        grouped += (i ? QStringLiteral("-") : QString()) + flat.mid(i, 5);
    QTest::newRow("30 bytes") << grouped << QStringLiteral("at most 63");
    // 55 characters: passes the length check, fails on the byte count
    QTest::newRow("30 bytes ungrouped") << flat << QStringLiteral("at most 29");
}

void TstPrincipal::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    auto p = Principal::fromText(text);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
    QVERIFY(p.error().message.startsWith(QStringLiteral("Invalid principal: ")));
    QVERIFY2(p.error().message.contains(why), qPrintable(p.error().message));
    QVERIFY(!p.error().hint.isEmpty());
}

void TstPrincipal::fromBytesLimit()
{
    QVERIFY(Principal::fromBytes(QByteArray(29, '\x01')).ok());
    auto tooLong = Principal::fromBytes(QByteArray(30, '\x01'));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidArgument);
    QVERIFY(tooLong.error().message.contains(QStringLiteral("29")));
}

void TstPrincipal::specialPrincipals()
{
    const Principal management;
    QVERIFY(management.bytes().isEmpty());
    QCOMPARE(management.toText(), QStringLiteral("aaaaa-aa"));
    QVERIFY(!management.isAnonymous());
    QVERIFY(!management.isSelfAuthenticating());

    const Principal anon = Principal::anonymous();
    QCOMPARE(anon.toText(), QStringLiteral("2vxsx-fae"));
    QVERIFY(anon.isAnonymous());
    QVERIFY(!anon.isSelfAuthenticating());
    QVERIFY(!(anon == management));

    auto opaque = Principal::fromText(QStringLiteral("ryjl3-tyaaa-aaaaa-aaaba-cai"));
    QVERIFY(!opaque->isAnonymous());
    QVERIFY(!opaque->isSelfAuthenticating());
    // 29 bytes but not ending in 0x02: not self-authenticating
    QVERIFY(!Principal::fromBytes(QByteArray(29, '\x01'))->isSelfAuthenticating());
}

void TstPrincipal::selfAuthenticatingVector()
{
    const QByteArray der = QByteArray::fromHex("302a300506032b6570032100"
                                               "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const Principal p = Principal::selfAuthenticating(der);
    QCOMPARE(p.bytes().toHex(), QByteArray("3d9bdaa34fe81df16699403f3e17d6030488fc8c9e37ab61036482d202"));
    QCOMPARE(p.toText(), QStringLiteral("e73il-iz5tp-nkgt7-idxyw-ngkah-47bpv-qdase-pzde6-g6vwc-a3eql-jae"));
    QVERIFY(p.isSelfAuthenticating());
    QVERIFY(!p.isAnonymous());
}

void TstPrincipal::orderingIsLexicographic()
{
    const auto a = Principal::fromBytes(QByteArray::fromHex("0001")).value();
    const auto b = Principal::fromBytes(QByteArray::fromHex("000100")).value();
    const auto c = Principal::fromBytes(QByteArray::fromHex("01")).value();
    QVERIFY(Principal() < a); // shorter prefix first
    QVERIFY(a < b);
    QVERIFY(b < c);
    QVERIFY(!(c < a));
    QVERIFY(!(a < a));
    const auto hi = Principal::fromBytes(QByteArray::fromHex("ff")).value();
    QVERIFY(c < hi); // bytes compare unsigned
}

void TstPrincipal::roundTripAllLengths()
{
    for (int len = 0; len <= 29; ++len) {
        QByteArray bytes(len, '\0');
        for (int i = 0; i < len; ++i)
            bytes[i] = char(i * 37 + len * 11 + 0x80);
        const QString text = Principal::fromBytes(bytes)->toText();
        QVERIFY(text.size() <= 63);
        auto back = Principal::fromText(text);
        QVERIFY2(back.ok(), qPrintable(text));
        QCOMPARE(back->bytes(), bytes);
        QVERIFY(Principal::fromText(text.toUpper()).ok());
    }
}

void TstPrincipal::metaType()
{
    const Principal p = Principal::anonymous();
    const QVariant v = QVariant::fromValue(p);
    QVERIFY(v.canConvert<Principal>());
    QCOMPARE(v.value<Principal>().toText(), QStringLiteral("2vxsx-fae"));
}

QTEST_APPLESS_MAIN(TstPrincipal)
#include "tst_principal.moc"
