#include "keyvault.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

using namespace nexus;

namespace {

const KdfParams kFast{1u << 10, 8, 1}; // keeps the suite fast; the default is tested once
const QString kPass = QStringLiteral("correct horse battery staple");
const QByteArray kAd = QByteArray::fromHex("3d9bdaa34fe81df16699403f3e17d6030488fc8c9e37ab61036482d202");
const QByteArray kSecret = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
constexpr int kHeader = 48;
constexpr int kTag = 16;

QByteArray sealFast(const QByteArray &secret = kSecret, const QString &pass = kPass, const QByteArray &ad = kAd)
{
    auto r = sealSecret(secret, pass, ad, kFast);
    if (!r.ok())
        qFatal("seal failed: %s", qPrintable(r.error().message));
    return r.value();
}

// A well-formed header with the given KDF fields, followed by a dummy body.
QByteArray blobWithParams(quint64 n, quint32 r, quint32 p)
{
    QByteArray b = sealFast();
    qToBigEndian<quint64>(n, reinterpret_cast<uchar *>(b.data()) + 4);
    qToBigEndian<quint32>(r, reinterpret_cast<uchar *>(b.data()) + 12);
    qToBigEndian<quint32>(p, reinterpret_cast<uchar *>(b.data()) + 16);
    return b;
}

} // namespace

class TstKeyVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void blobLayout();
    void defaultParams();
    void freshSaltAndNonce();
    void wrongPassphrase();
    void wrongAssociatedData();
    void everyByteIsProtected();
    void truncated_data();
    void truncated();
    void unknownMagic();
    void absurdParamsRejectedQuickly_data();
    void absurdParamsRejectedQuickly();
    void sealRejectsBadInput();
};

void TstKeyVault::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("ad");
    QTest::newRow("key") << kSecret << kPass << kAd;
    QTest::newRow("empty secret") << QByteArray() << kPass << kAd;
    QTest::newRow("one byte") << QByteArray(1, '\0') << kPass << kAd;
    QTest::newRow("large secret") << QByteArray(5000, '\xa5') << kPass << kAd;
    QTest::newRow("no ad") << kSecret << kPass << QByteArray();
    QTest::newRow("unicode passphrase") << kSecret << QString::fromUtf8("pässwörd \xF0\x9F\x94\x91 ключ") << kAd;
    QTest::newRow("one-char passphrase") << kSecret << QStringLiteral("x") << kAd;
}

void TstKeyVault::roundTrip()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, ad);
    const QByteArray blob = sealFast(secret, passphrase, ad);
    QCOMPARE(blob.size(), kHeader + secret.size() + kTag);
    if (secret.size() >= 8)
        QVERIFY(!blob.contains(secret.left(8))); // the plaintext does not leak into the blob
    auto opened = openSecret(blob, passphrase, ad);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened.value(), secret);
}

void TstKeyVault::blobLayout()
{
    const KdfParams params{1u << 11, 4, 2};
    const QByteArray blob = sealSecret(kSecret, kPass, kAd, params).value();
    const auto *u = reinterpret_cast<const uchar *>(blob.constData());
    QCOMPARE(blob.left(4), QByteArray("NXK1"));
    QCOMPARE(qFromBigEndian<quint64>(u + 4), quint64(1u << 11));
    QCOMPARE(qFromBigEndian<quint32>(u + 12), 4u);
    QCOMPARE(qFromBigEndian<quint32>(u + 16), 2u);
    QCOMPARE(blob.size(), 4 + 8 + 4 + 4 + 16 + 12 + kSecret.size() + 16);
    QCOMPARE(openSecret(blob, kPass, kAd).value(), kSecret); // the blob's own parameters are used
}

void TstKeyVault::defaultParams()
{
    QCOMPARE(KdfParams().n, quint64(1u << 15));
    QCOMPARE(KdfParams().r, 8u);
    QCOMPARE(KdfParams().p, 1u);
    auto sealed = sealSecret(kSecret, kPass, kAd);
    QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().message));
    const auto *u = reinterpret_cast<const uchar *>(sealed->constData());
    QCOMPARE(qFromBigEndian<quint64>(u + 4), quint64(1u << 15));
    QCOMPARE(qFromBigEndian<quint32>(u + 12), 8u);
    QCOMPARE(qFromBigEndian<quint32>(u + 16), 1u);
    QCOMPARE(openSecret(sealed.value(), kPass, kAd).value(), kSecret);
    QCOMPARE(openSecret(sealed.value(), kPass + QLatin1Char('!'), kAd).error().code, ErrorCode::Unauthenticated);
}

void TstKeyVault::freshSaltAndNonce()
{
    const QByteArray a = sealFast();
    const QByteArray b = sealFast();
    QVERIFY(a.mid(20, 16) != b.mid(20, 16)); // salt
    QVERIFY(a.mid(36, 12) != b.mid(36, 12)); // nonce
    QVERIFY(a.mid(kHeader) != b.mid(kHeader));
}

void TstKeyVault::wrongPassphrase()
{
    const QByteArray blob = sealFast();
    for (const QString &wrong : {QString(), QStringLiteral("Correct horse battery staple"), kPass + QLatin1Char(' '),
                                 kPass.left(kPass.size() - 1)}) {
        auto r = openSecret(blob, wrong, kAd);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unauthenticated);
        QVERIFY(r.error().message.contains(QStringLiteral("passphrase")));
        QVERIFY(!r.error().hint.isEmpty());
    }
}

void TstKeyVault::wrongAssociatedData()
{
    const QByteArray blob = sealFast();
    for (const QByteArray &wrong : {QByteArray(), kAd.left(28), kAd + '\0', QByteArray(kAd).replace(0, 1, "\x3e")}) {
        auto r = openSecret(blob, kPass, wrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unauthenticated);
    }
    const QByteArray noAd = sealFast(kSecret, kPass, QByteArray());
    QCOMPARE(openSecret(noAd, kPass, kAd).error().code, ErrorCode::Unauthenticated);
}

void TstKeyVault::everyByteIsProtected()
{
    const QByteArray blob = sealFast();
    for (int i = 0; i < blob.size(); ++i) {
        QByteArray bad = blob;
        bad[i] = char(bad[i] ^ 0x01);
        auto r = openSecret(bad, kPass, kAd);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1").arg(i)));
        if (i < 4) // magic
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        else if (i < 20) // KDF fields: either out of bounds, or a different (wrong) key
            QVERIFY(r.error().code == ErrorCode::InvalidArgument || r.error().code == ErrorCode::Unauthenticated);
        else // salt, nonce, ciphertext, tag
            QCOMPARE(r.error().code, ErrorCode::Unauthenticated);
    }
}

void TstKeyVault::truncated_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<int>("code");
    const int full = kHeader + 32 + kTag;
    QTest::newRow("empty") << 0 << int(ErrorCode::InvalidArgument);
    QTest::newRow("3 bytes") << 3 << int(ErrorCode::InvalidArgument);
    QTest::newRow("magic only") << 4 << int(ErrorCode::InvalidArgument);
    QTest::newRow("header only") << kHeader << int(ErrorCode::InvalidArgument);
    QTest::newRow("header + 15") << kHeader + 15 << int(ErrorCode::InvalidArgument);
    QTest::newRow("header + tag") << kHeader + kTag << int(ErrorCode::Unauthenticated);
    QTest::newRow("one byte short") << full - 1 << int(ErrorCode::Unauthenticated);
}

void TstKeyVault::truncated()
{
    QFETCH(int, keep);
    QFETCH(int, code);
    auto r = openSecret(sealFast().left(keep), kPass, kAd);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    if (ErrorCode(code) == ErrorCode::InvalidArgument)
        QVERIFY2(r.error().message.contains(keep < 4 ? QStringLiteral("NXK1") : QStringLiteral("truncated")),
                 qPrintable(r.error().message));
}

void TstKeyVault::unknownMagic()
{
    for (const char *magic : {"NXK2", "nxk1", "\0\0\0\0", "PK\3\4"}) {
        QByteArray blob = sealFast();
        blob.replace(0, 4, QByteArray(magic, 4));
        auto r = openSecret(blob, kPass, kAd);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(r.error().message.contains(QStringLiteral("unknown format")));
    }
    auto text = openSecret(QByteArray("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v\n"), kPass, kAd);
    QCOMPARE(text.error().code, ErrorCode::InvalidArgument);
}

void TstKeyVault::absurdParamsRejectedQuickly_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::newRow("n = 0") << quint64(0) << 8u << 1u;
    QTest::newRow("n = 1") << quint64(1) << 8u << 1u;
    QTest::newRow("n not a power of two") << quint64((1u << 15) + 1) << 8u << 1u;
    QTest::newRow("n = 3 * 2^14") << quint64(3u << 14) << 8u << 1u;
    QTest::newRow("n too small") << quint64(1u << 9) << 8u << 1u;
    QTest::newRow("n = 2^21") << quint64(1u << 21) << 8u << 1u;
    QTest::newRow("n = 2^63") << (quint64(1) << 63) << 8u << 1u;
    QTest::newRow("n = max") << ~quint64(0) << 8u << 1u;
    QTest::newRow("r = 0") << quint64(1u << 15) << 0u << 1u;
    QTest::newRow("p = 0") << quint64(1u << 15) << 8u << 0u;
    QTest::newRow("r huge") << quint64(1u << 15) << 0x80000000u << 1u;
    QTest::newRow("p huge") << quint64(1u << 15) << 8u << 0xffffffffu;
    QTest::newRow("r * p too big") << quint64(1u << 15) << 1024u << 1024u;
    QTest::newRow("memory too big") << quint64(1u << 20) << 8u << 1u; // 1 GiB
    QTest::newRow("time too big") << quint64(1u << 15) << 8u << 64u;
}

void TstKeyVault::absurdParamsRejectedQuickly()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QElapsedTimer timer;
    timer.start();
    auto opened = openSecret(blobWithParams(n, r, p), kPass, kAd);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(opened.error().message.contains(QStringLiteral("malformed")), qPrintable(opened.error().message));
    QVERIFY(timer.elapsed() < 2000); // refused before any scrypt work (seal of the fixture included)

    auto sealed = sealSecret(kSecret, kPass, kAd, KdfParams{n, r, p});
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().code, ErrorCode::InvalidArgument);
}

void TstKeyVault::sealRejectsBadInput()
{
    auto empty = sealSecret(kSecret, QString(), kAd, kFast);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
    QVERIFY(empty.error().message.contains(QStringLiteral("passphrase")));

    // A cost well above the default (128 MiB, half the cap) still seals and opens.
    const KdfParams strong{1u << 17, 8, 1};
    auto sealed = sealSecret(kSecret, kPass, kAd, strong);
    QVERIFY(sealed.ok());
    QCOMPARE(openSecret(sealed.value(), kPass, kAd).value(), kSecret);
}

QTEST_APPLESS_MAIN(TstKeyVault)
#include "tst_keyvault.moc"
