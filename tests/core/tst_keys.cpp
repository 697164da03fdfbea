#include "keys.h"

#include <QFile>
#include <QTest>

using namespace nexus;

namespace {

const QByteArray kEdSeed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray kEdPub = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QString kEdPrincipal = QStringLiteral("e73il-iz5tp-nkgt7-idxyw-ngkah-47bpv-qdase-pzde6-g6vwc-a3eql-jae");
const QByteArray kEdPayload = QByteArray::fromHex("0a69632d72657175657374"
                                                  "737791c42c48c263721bb5a0e9b0abe7ed1d1d47895352bf5aa2d7288f82773b");
const QByteArray kEdSig = QByteArray::fromHex("681a696c30c2d68e3967a06459054af82d5229e51426795e0db71515549d4e1f"
                                              "6a41a6f048b790f2c27152ee2301b66de84f7b96d94fcdf4af051640a1cfc000");

const QByteArray kSecpOne = QByteArray::fromHex("0000000000000000000000000000000000000000000000000000000000000001");
const QByteArray kSecpOnePub = QByteArray::fromHex("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                                                   "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
const QString kSecpPrincipal = QStringLiteral("vh5jj-2v5av-uunuh-hbba5-pss3b-vrzng-7dqdp-xcku3-zj2tc-36shc-bqe");
const QByteArray kSecpPayload = QByteArray::fromHex("0a69632d72657175657374"
                                                    "0ef4637927d334e705b11322c206aea9111f125f52bd7c3957cdfb10f8e925c2");
const QByteArray kSecpSig = QByteArray::fromHex("e87ff50eec8e949f1dfe4a40c0643346962a07781bb72a9ed90204ad6959822c"
                                                "5e7c5913b17cf564de19741d6474d0ad25288adad3aec9bc480226ab8255595f");
const QByteArray kOrder = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
const QByteArray kHalfOrder = QByteArray::fromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

QByteArray dataFile(const QString &name)
{
#ifdef NEXUS_SOURCE_DIR
    const QString path = QStringLiteral(NEXUS_SOURCE_DIR "/tests/core/data/") + name;
#else
    const QString path = QFINDTESTDATA(QStringLiteral("data/") + name);
#endif
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(path));
    return f.readAll();
}

QByteArray armor(const QByteArray &label, const QByteArray &der)
{
    const QByteArray b64 = der.toBase64();
    QByteArray out = "-----BEGIN " + label + "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

QByteArray edV2Der(const QByteArray &seed, const QByteArray &pub) // dfx / ring layout
{
    return QByteArray::fromHex("3053020101300506032b657004220420") + seed + QByteArray::fromHex("a123032100") + pub;
}

QByteArray secpSec1Der(const QByteArray &scalar, const QByteArray &pub)
{
    return QByteArray::fromHex("30740201010420") + scalar + QByteArray::fromHex("a00706052b8104000aa144034200") + pub;
}

QByteArray sub256(const QByteArray &a, const QByteArray &b) // a - b, big-endian, a >= b
{
    QByteArray out(32, '\0');
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int v = quint8(a[i]) - quint8(b[i]) - borrow;
        borrow = v < 0;
        out[i] = char(v + (borrow ? 256 : 0));
    }
    return out;
}

QByteArray flipBit(QByteArray b, int byte, int bit = 0)
{
    b[byte] = char(b[byte] ^ (1 << bit));
    return b;
}

QString errorOf(const Result<KeyPair> &r) { return r.ok() ? QString() : r.error().message; }

} // namespace

class TstKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTypeNames();
    void ed25519Vector();
    void ed25519SignVerify();
    void secp256k1Vector();
    void secp256k1SignsLowS();
    void secp256k1ScalarBounds();
    void fromRawPrivateRejects_data();
    void fromRawPrivateRejects();
    void generate_data();
    void generate();
    void pemRoundTrip_data();
    void pemRoundTrip();
    void toPemEncoding();
    void openSslFixtures_data();
    void openSslFixtures();
    void toPemMatchesOpenSsl();
    void sameKeyDifferentEncodings();
    void dfxV2Ed25519();
    void knownKeyPems();
    void pemRejects_data();
    void pemRejects();
    void invalidKeyPair();
    void verifyRejectsBadInput();
    void moveKeepsKey();
};

void TstKeys::keyTypeNames()
{
    QCOMPARE(keyTypeName(KeyType::Ed25519), QStringLiteral("ed25519"));
    QCOMPARE(keyTypeName(KeyType::Secp256k1), QStringLiteral("secp256k1"));
    for (KeyType t : {KeyType::Ed25519, KeyType::Secp256k1})
        QCOMPARE(keyTypeFromName(keyTypeName(t)).value(), t);
    QCOMPARE(keyTypeFromName(QStringLiteral("Ed25519")).value(), KeyType::Ed25519);
    for (const char *bad : {"", "rsa", "p256", "ed448", "secp256r1"}) {
        auto r = keyTypeFromName(QString::fromLatin1(bad));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(r.error().message.contains(QStringLiteral("secp256k1")));
    }
}

void TstKeys::ed25519Vector()
{
    auto kp = KeyPair::fromRawPrivate(KeyType::Ed25519, kEdSeed);
    QVERIFY2(kp.ok(), qPrintable(errorOf(kp)));
    QVERIFY(kp->isValid());
    QCOMPARE(kp->type(), KeyType::Ed25519);
    QCOMPARE(kp->rawPrivate(), kEdSeed);
    QCOMPARE(kp->rawPublic(), kEdPub);
    QCOMPARE(kp->derPublicKey(), QByteArray::fromHex("302a300506032b6570032100") + kEdPub);
    QCOMPARE(kp->derPublicKey().size(), 44);
    QCOMPARE(kp->principal().toText(), kEdPrincipal);
    auto sig = kp->sign(kEdPayload);
    QVERIFY(sig.ok());
    QCOMPARE(sig.value().toHex(), kEdSig.toHex()); // Ed25519 is deterministic
    QVERIFY(verifySignature(kp->derPublicKey(), kEdPayload, kEdSig));
}

void TstKeys::ed25519SignVerify()
{
    auto kp = KeyPair::generate(KeyType::Ed25519);
    auto other = KeyPair::generate(KeyType::Ed25519);
    QVERIFY(kp.ok() && other.ok());
    const QByteArray msg("hello internet computer");
    const QByteArray sig = kp->sign(msg).value();
    QCOMPARE(sig.size(), 64);
    QVERIFY(verifySignature(kp->derPublicKey(), msg, sig));
    QVERIFY(verifySignature(kp->derPublicKey(), QByteArray(), kp->sign(QByteArray()).value()));
    for (int byte : {0, 31, 32, 63})
        QVERIFY(!verifySignature(kp->derPublicKey(), msg, flipBit(sig, byte, 3)));
    QVERIFY(!verifySignature(kp->derPublicKey(), flipBit(msg, 5), sig));
    QVERIFY(!verifySignature(other->derPublicKey(), msg, sig));
}

void TstKeys::secp256k1Vector()
{
    auto kp = KeyPair::fromRawPrivate(KeyType::Secp256k1, kSecpOne);
    QVERIFY2(kp.ok(), qPrintable(errorOf(kp)));
    QCOMPARE(kp->type(), KeyType::Secp256k1);
    QCOMPARE(kp->rawPrivate(), kSecpOne);
    QCOMPARE(kp->rawPublic().toHex(), kSecpOnePub.toHex());
    QCOMPARE(kp->derPublicKey(), QByteArray::fromHex("3056301006072a8648ce3d020106052b8104000a034200") + kSecpOnePub);
    QCOMPARE(kp->derPublicKey().size(), 88);
    QCOMPARE(kp->principal().toText(), kSecpPrincipal);

    const QByteArray der = kp->derPublicKey();
    QVERIFY(verifySignature(der, kSecpPayload, kSecpSig)); // RFC 6979 signature from another implementation
    QVERIFY(!verifySignature(der, flipBit(kSecpPayload, 20), kSecpSig));
    for (int byte : {0, 31, 32, 63})
        QVERIFY(!verifySignature(der, kSecpPayload, flipBit(kSecpSig, byte)));
    // (r, n - s) is mathematically valid too, but it is the malleable high-S twin: refused.
    const QByteArray highS = kSecpSig.left(32) + sub256(kOrder, kSecpSig.mid(32));
    QVERIFY(highS.mid(32) > kHalfOrder);
    QVERIFY(!verifySignature(der, kSecpPayload, highS));
}

void TstKeys::secp256k1SignsLowS()
{
    for (const QByteArray &raw : {kSecpOne, KeyPair::generate(KeyType::Secp256k1)->rawPrivate()}) {
        auto kp = KeyPair::fromRawPrivate(KeyType::Secp256k1, raw);
        QVERIFY(kp.ok());
        QSet<QByteArray> seen;
        for (int i = 0; i < 32; ++i) {
            const QByteArray msg = kSecpPayload + QByteArray::number(i % 4);
            auto sig = kp->sign(msg);
            QVERIFY(sig.ok());
            QCOMPARE(sig->size(), 64);
            QVERIFY2(sig->mid(32) <= kHalfOrder, "s must be in the lower half of the group order");
            QVERIFY(verifySignature(kp->derPublicKey(), msg, sig.value()));
            QVERIFY(!verifySignature(kp->derPublicKey(), msg + 'x', sig.value()));
            seen.insert(sig.value());
        }
        QCOMPARE(seen.size(), 32); // OpenSSL uses random nonces
    }
}

void TstKeys::secp256k1ScalarBounds()
{
    const QByteArray nMinus1 = sub256(kOrder, kSecpOne);
    auto top = KeyPair::fromRawPrivate(KeyType::Secp256k1, nMinus1);
    QVERIFY2(top.ok(), qPrintable(errorOf(top)));
    QCOMPARE(top->rawPrivate(), nMinus1);
    // (n-1)G = -G: same X as G, Y negated
    QCOMPARE(top->rawPublic().mid(1, 32), kSecpOnePub.mid(1, 32));
    QVERIFY(top->rawPublic().mid(33) != kSecpOnePub.mid(33));
    const QByteArray sig = top->sign("edge").value();
    QVERIFY(verifySignature(top->derPublicKey(), "edge", sig));
}

void TstKeys::fromRawPrivateRejects_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("why");
    for (KeyType t : {KeyType::Ed25519, KeyType::Secp256k1}) {
        const QByteArray name = keyTypeName(t).toLatin1();
        QTest::newRow(name + " empty") << int(t) << QByteArray() << "32 bytes";
        QTest::newRow(name + " 31") << int(t) << QByteArray(31, '\x01') << "32 bytes";
        QTest::newRow(name + " 33") << int(t) << QByteArray(33, '\x01') << "32 bytes";
        QTest::newRow(name + " 64") << int(t) << QByteArray(64, '\x01') << "32 bytes";
    }
    const int k = int(KeyType::Secp256k1);
    QTest::newRow("secp256k1 zero") << k << QByteArray(32, '\0') << "between 1";
    QTest::newRow("secp256k1 n") << k << kOrder << "between 1";
    QTest::newRow("secp256k1 n+2") << k << flipBit(kOrder, 31, 1) << "between 1";
    QTest::newRow("secp256k1 all ones") << k << QByteArray(32, '\xff') << "between 1";
}

void TstKeys::fromRawPrivateRejects()
{
    QFETCH(int, type);
    QFETCH(QByteArray, raw);
    QFETCH(QString, why);
    auto r = KeyPair::fromRawPrivate(KeyType(type), raw);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
}

void TstKeys::generate_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("ed25519") << int(KeyType::Ed25519);
    QTest::newRow("secp256k1") << int(KeyType::Secp256k1);
}

void TstKeys::generate()
{
    QFETCH(int, type);
    auto a = KeyPair::generate(KeyType(type));
    auto b = KeyPair::generate(KeyType(type));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->type(), KeyType(type));
    QCOMPARE(a->rawPrivate().size(), 32);
    QCOMPARE(a->rawPublic().size(), KeyType(type) == KeyType::Ed25519 ? 32 : 65);
    QVERIFY(a->rawPrivate() != b->rawPrivate());
    QVERIFY(!(a->principal() == b->principal()));
    QVERIFY(a->principal().isSelfAuthenticating());
    QCOMPARE(a->principal(), Principal::selfAuthenticating(a->derPublicKey()));
    auto again = KeyPair::fromRawPrivate(KeyType(type), a->rawPrivate());
    QCOMPARE(again->rawPublic(), a->rawPublic());
}

void TstKeys::pemRoundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("ed25519 vector") << int(KeyType::Ed25519) << kEdSeed;
    QTest::newRow("secp256k1 one") << int(KeyType::Secp256k1) << kSecpOne;
    QTest::newRow("ed25519 random") << int(KeyType::Ed25519) << KeyPair::generate(KeyType::Ed25519)->rawPrivate();
    QTest::newRow("secp256k1 random") << int(KeyType::Secp256k1) << KeyPair::generate(KeyType::Secp256k1)->rawPrivate();
    QTest::newRow("secp256k1 small top byte") << int(KeyType::Secp256k1) << QByteArray(1, '\0') + QByteArray(31, '\x42');
}

void TstKeys::pemRoundTrip()
{
    QFETCH(int, type);
    QFETCH(QByteArray, raw);
    auto kp = KeyPair::fromRawPrivate(KeyType(type), raw);
    QVERIFY(kp.ok());
    const QByteArray pem = kp->toPem();
    QVERIFY(pem.startsWith(KeyType(type) == KeyType::Ed25519 ? "-----BEGIN PRIVATE KEY-----\n"
                                                             : "-----BEGIN EC PRIVATE KEY-----\n"));
    auto back = KeyPair::fromPem(pem);
    QVERIFY2(back.ok(), qPrintable(errorOf(back)));
    QCOMPARE(back->type(), KeyType(type));
    QCOMPARE(back->rawPrivate(), raw);
    QCOMPARE(back->derPublicKey(), kp->derPublicKey());
    QCOMPARE(back->principal(), kp->principal());
    QCOMPARE(back->toPem(), pem);
}

void TstKeys::toPemEncoding()
{
    const QByteArray ed = KeyPair::fromRawPrivate(KeyType::Ed25519, kEdSeed)->toPem();
    QCOMPARE(ed, armor("PRIVATE KEY", QByteArray::fromHex("302e020100300506032b657004220420") + kEdSeed));
    const QByteArray secp = KeyPair::fromRawPrivate(KeyType::Secp256k1, kSecpOne)->toPem();
    QCOMPARE(secp, armor("EC PRIVATE KEY", secpSec1Der(kSecpOne, kSecpOnePub)));
}

void TstKeys::openSslFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("pubFile");
    QTest::newRow("genpkey ed25519") << "ed25519_openssl.pem" << int(KeyType::Ed25519) << "ed25519_openssl.pub.der";
    QTest::newRow("ecparam with EC PARAMETERS") << "secp256k1_ecparam.pem" << int(KeyType::Secp256k1)
                                                << "secp256k1_ecparam.pub.der";
    QTest::newRow("ecparam -noout") << "secp256k1_noparams.pem" << int(KeyType::Secp256k1) << "secp256k1_noparams.pub.der";
    QTest::newRow("secp256k1 pkcs8") << "secp256k1_pkcs8.pem" << int(KeyType::Secp256k1) << "secp256k1_noparams.pub.der";
    QTest::newRow("secp256k1 compressed") << "secp256k1_compressed.pem" << int(KeyType::Secp256k1)
                                          << "secp256k1_noparams.pub.der";
}

void TstKeys::openSslFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, type);
    QFETCH(QString, pubFile);
    auto kp = KeyPair::fromPem(dataFile(file));
    QVERIFY2(kp.ok(), qPrintable(errorOf(kp)));
    QCOMPARE(kp->type(), KeyType(type));
    // `openssl pkey -pubout -outform DER` is exactly the IC DER encoding for both curves
    QCOMPARE(kp->derPublicKey().toHex(), dataFile(pubFile).toHex());
    QVERIFY(kp->principal().isSelfAuthenticating());
    const QByteArray sig = kp->sign("fixture").value();
    QVERIFY(verifySignature(dataFile(pubFile), "fixture", sig));
}

void TstKeys::toPemMatchesOpenSsl()
{
    // What we write is byte-for-byte what the OpenSSL CLI writes, so other tools read it too.
    for (const char *name : {"ed25519_openssl.pem", "secp256k1_noparams.pem"}) {
        const QByteArray pem = dataFile(QString::fromLatin1(name));
        QCOMPARE(KeyPair::fromPem(pem)->toPem(), pem);
    }
}

void TstKeys::sameKeyDifferentEncodings()
{
    const Principal expected = KeyPair::fromPem(dataFile(QStringLiteral("secp256k1_noparams.pem")))->principal();
    for (const char *name : {"secp256k1_pkcs8.pem", "secp256k1_compressed.pem"})
        QCOMPARE(KeyPair::fromPem(dataFile(QString::fromLatin1(name)))->principal(), expected);
}

void TstKeys::dfxV2Ed25519()
{
    auto v2 = KeyPair::fromPem(armor("PRIVATE KEY", edV2Der(kEdSeed, kEdPub)));
    QVERIFY2(v2.ok(), qPrintable(errorOf(v2)));
    QCOMPARE(v2->type(), KeyType::Ed25519);
    QCOMPARE(v2->principal().toText(), kEdPrincipal);
    QCOMPARE(v2->principal(), KeyPair::fromRawPrivate(KeyType::Ed25519, kEdSeed)->principal());

    // RFC 5958 spells the public key [1] IMPLICIT BIT STRING; accept that form as well.
    const QByteArray implicitDer = QByteArray::fromHex("3051020101300506032b657004220420") + kEdSeed
                                   + QByteArray::fromHex("812100") + kEdPub;
    auto implicit = KeyPair::fromPem(armor("PRIVATE KEY", implicitDer));
    QVERIFY2(implicit.ok(), qPrintable(errorOf(implicit)));
    QCOMPARE(implicit->principal().toText(), kEdPrincipal);

    const QByteArray generated = KeyPair::generate(KeyType::Ed25519)->rawPrivate();
    auto fromGen = KeyPair::fromRawPrivate(KeyType::Ed25519, generated);
    auto v2Gen = KeyPair::fromPem(armor("PRIVATE KEY", edV2Der(generated, fromGen->rawPublic())));
    QCOMPARE(v2Gen->principal(), fromGen->principal());
}

void TstKeys::knownKeyPems()
{
    auto edV1 = KeyPair::fromPem(armor("PRIVATE KEY", QByteArray::fromHex("302e020100300506032b657004220420") + kEdSeed));
    QCOMPARE(edV1->principal().toText(), kEdPrincipal);

    const QByteArray sec1 = armor("EC PRIVATE KEY", secpSec1Der(kSecpOne, kSecpOnePub));
    QCOMPARE(KeyPair::fromPem(sec1)->principal().toText(), kSecpPrincipal);
    const QByteArray withParams = "-----BEGIN EC PARAMETERS-----\nBgUrgQQACg==\n-----END EC PARAMETERS-----\n" + sec1;
    auto p = KeyPair::fromPem(withParams);
    QVERIFY2(p.ok(), qPrintable(errorOf(p)));
    QCOMPARE(p->principal().toText(), kSecpPrincipal);
    // Windows line endings and surrounding text (e.g. from a copy/paste) are fine
    QByteArray crlf = withParams;
    crlf.replace("\n", "\r\n");
    QCOMPARE(KeyPair::fromPem("note: test key\r\n" + crlf + "\r\n")->principal().toText(), kSecpPrincipal);
    QCOMPARE(KeyPair::fromPem(sec1.trimmed())->principal().toText(), kSecpPrincipal); // no final newline
}

void TstKeys::pemRejects_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("why");
    const QByteArray ed = dataFile(QStringLiteral("ed25519_openssl.pem"));
    const QByteArray secp = dataFile(QStringLiteral("secp256k1_noparams.pem"));
    QTest::newRow("p256") << dataFile(QStringLiteral("p256.pem")) << "P-256";
    QTest::newRow("rsa pkcs8") << dataFile(QStringLiteral("rsa_pkcs8.pem")) << "RSA";
    QTest::newRow("rsa traditional") << dataFile(QStringLiteral("rsa_traditional.pem")) << "RSA";
    QTest::newRow("encrypted pkcs8") << dataFile(QStringLiteral("ed25519_encrypted.pem")) << "encrypted";
    QTest::newRow("encrypted traditional")
        << QByteArray("-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
                      "-----END EC PRIVATE KEY-----\n")
        << "encrypted";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t\r\n") << "empty";
    QTest::newRow("garbage") << QByteArray("this is not a key\n\x01\x02\xff") << "not a PEM";
    QTest::newRow("binary DER") << QByteArray::fromHex("302e020100300506032b657004220420") + kEdSeed << "not a PEM";
    QTest::newRow("truncated file") << ed.left(ed.size() / 2) << "truncated";
    QTest::newRow("truncated secp file") << secp.left(secp.indexOf("-----END")) << "truncated";
    QList<QByteArray> lines = secp.split('\n');
    lines.removeAt(2); // the middle of three base64 lines
    QTest::newRow("missing body line") << lines.join('\n') << "damaged";
    QTest::newRow("no body") << secp.left(secp.indexOf('\n') + 1) + secp.mid(secp.indexOf("-----END")) << "damaged";
    QTest::newRow("short body") << QByteArray(ed).replace(ed.mid(28, 8), "") << "damaged";
    QTest::newRow("bad base64") << QByteArray(ed).replace(ed.mid(40, 2), "*!") << "base64";
    QTest::newRow("mismatched END") << QByteArray(secp).replace("END EC PRIVATE", "END PRIVATE") << "mismatched";
    QTest::newRow("public key only") << armor("PUBLIC KEY", dataFile(QStringLiteral("ed25519_openssl.pub.der")))
                                     << "no private key";
    QTest::newRow("two keys") << ed + secp << "more than one";
    QTest::newRow("ed25519 v2 wrong public key") << armor("PRIVATE KEY", edV2Der(kEdSeed, flipBit(kEdPub, 0))) << "does not match";
    QTest::newRow("ed25519 short seed")
        << armor("PRIVATE KEY", QByteArray::fromHex("302d020100300506032b657004210420") + kEdSeed.left(31)) << "damaged";
    QTest::newRow("ed25519 v3") << armor("PRIVATE KEY", QByteArray::fromHex("302e020102300506032b657004220420") + kEdSeed)
                                << "damaged";
    QTest::newRow("sec1 wrong public key")
        << armor("EC PRIVATE KEY", secpSec1Der(kSecpOne, dataFile(QStringLiteral("secp256k1_noparams.pub.der")).right(65)))
        << "does not match";
    QTest::newRow("ed25519 labelled as EC") << QByteArray(ed).replace("PRIVATE KEY", "EC PRIVATE KEY") << "damaged";
}

void TstKeys::pemRejects()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, why);
    auto r = KeyPair::fromPem(pem);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("Accepted:")), qPrintable(r.error().message));
    QVERIFY(!r.error().hint.isEmpty());
}

void TstKeys::invalidKeyPair()
{
    const KeyPair none;
    QVERIFY(!none.isValid());
    QVERIFY(none.rawPrivate().isEmpty());
    QVERIFY(none.rawPublic().isEmpty());
    QVERIFY(none.derPublicKey().isEmpty());
    QVERIFY(none.toPem().isEmpty());
    QVERIFY(none.principal().isAnonymous()); // never the management canister's empty principal
    auto sig = none.sign("x");
    QVERIFY(!sig.ok());
    QCOMPARE(sig.error().code, ErrorCode::InvalidArgument);
}

void TstKeys::verifyRejectsBadInput()
{
    const QByteArray edDer = QByteArray::fromHex("302a300506032b6570032100") + kEdPub;
    QVERIFY(verifySignature(edDer, kEdPayload, kEdSig));
    QVERIFY(!verifySignature(QByteArray(), kEdPayload, kEdSig));
    QVERIFY(!verifySignature(kEdPub, kEdPayload, kEdSig));               // raw key, not DER
    QVERIFY(!verifySignature(edDer + '\0', kEdPayload, kEdSig));          // trailing byte
    QVERIFY(!verifySignature(flipBit(edDer, 3), kEdPayload, kEdSig));     // wrong prefix
    QVERIFY(!verifySignature(edDer, kEdPayload, kEdSig.left(63)));
    QVERIFY(!verifySignature(edDer, kEdPayload, kEdSig + '\0'));
    QVERIFY(!verifySignature(edDer, kEdPayload, QByteArray()));

    const QByteArray secpDer = QByteArray::fromHex("3056301006072a8648ce3d020106052b8104000a034200") + kSecpOnePub;
    QVERIFY(!verifySignature(flipBit(secpDer, 87), kSecpPayload, kSecpSig)); // point off the curve
    QByteArray compressed = secpDer;
    compressed[23] = '\x02';                                                  // not an uncompressed point
    QVERIFY(!verifySignature(compressed, kSecpPayload, kSecpSig));
    QVERIFY(!verifySignature(secpDer, kSecpPayload, QByteArray(32, '\0') + kSecpSig.mid(32)));  // r = 0
    QVERIFY(!verifySignature(secpDer, kSecpPayload, kSecpSig.left(32) + QByteArray(32, '\0'))); // s = 0
    QVERIFY(!verifySignature(secpDer, kSecpPayload, kOrder + kSecpSig.mid(32)));                // r = n
    // A P-256 DER key with the right length for nothing we support
    const QByteArray p256Der = QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + kSecpOnePub;
    QVERIFY(!verifySignature(p256Der, kSecpPayload, kSecpSig));
}

void TstKeys::moveKeepsKey()
{
    auto r = KeyPair::fromRawPrivate(KeyType::Ed25519, kEdSeed);
    KeyPair a = std::move(r).value();
    KeyPair b = std::move(a);
    QVERIFY(b.isValid());
    QCOMPARE(b.principal().toText(), kEdPrincipal);
    KeyPair c;
    c = std::move(b);
    QVERIFY(c.isValid());
    QCOMPARE(c.sign(kEdPayload).value(), kEdSig);
}

QTEST_APPLESS_MAIN(TstKeys)
#include "tst_keys.moc"
