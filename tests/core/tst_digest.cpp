// SHA-256 as the hash chains use it (OpenSSL's low-level functions) against
// Qt's independent implementation, for every length across the one- and two-block tail cases,
// and the FIPS 180-2 vectors.

#include "digest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace nexus;

class TestDigest : public QObject
{
    Q_OBJECT

    static QByteArray ours(QByteArrayView data)
    {
        QByteArray out(32, Qt::Uninitialized);
        sha256Into(data, reinterpret_cast<unsigned char *>(out.data()));
        return out;
    }

private Q_SLOTS:
    void knownVectors()
    {
        QCOMPARE(ours("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(ours("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(ours("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(ours(QByteArray(1000000, 'a')).toHex(), QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void everyLengthMatchesQt()
    {
        QRandomGenerator rng(20261122);
        for (int len = 0; len <= 300; ++len) {
            QByteArray data(len, Qt::Uninitialized);
            for (char &c : data)
                c = char(rng.bounded(256));
            QCOMPARE(ours(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
            // An unaligned view of the same bytes.
            QByteArray shifted = QByteArray(1, 'x') + data;
            QCOMPARE(ours(QByteArrayView(shifted.constData() + 1, len)), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        }
    }

    void partsAndWholeAgree()
    {
        const QByteArray a(70, 'a'), b(3, 'b');
        const QByteArrayView parts[] = {a, b};
        QByteArray out(32, Qt::Uninitialized);
        sha256PartsInto(parts, 2, reinterpret_cast<unsigned char *>(out.data()));
        QCOMPARE(out, ours(a + b));
        QCOMPARE(sha256(a + b), ours(a + b));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
