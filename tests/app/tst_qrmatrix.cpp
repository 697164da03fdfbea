// QR codes from libqrencode, read back by an independent decoder (zbarimg from ZBar): what the
// Receive dialog and the attendance passes show must scan to exactly the text we meant.

#include "qrmatrix.h"

#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nexus;

class TestQrMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString decode(const QImage &img)
    {
        const QString path = m_dir.filePath(QStringLiteral("code.png"));
        if (!img.save(path))
            return QStringLiteral("<cannot save>");
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), path});
        if (!zbar.waitForFinished(20000) || zbar.exitCode() != 0)
            return QStringLiteral("<zbarimg failed: %1>").arg(QString::fromLocal8Bit(zbar.readAllStandardError()));
        QByteArray out = zbar.readAllStandardOutput();
        if (out.endsWith('\n'))
            out.chop(1);
        return QString::fromUtf8(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
                 "zbarimg (package zbar-tools) is needed as the reference decoder; run scripts/install-deps.sh");
    }

    void scansBackToTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("principal") << QStringLiteral("rrkah-fqaaa-aaaaa-aaaaq-cai");
        QTest::newRow("icrc1 account") << QStringLiteral("k2t6j-2nvnp-4zjm3-25dtz-6xhaa-c7boj-5gayf-oj3xs-i43lp-teztq-6ae-dfxgiyy"
                                                        ".102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
        QTest::newRow("unicode") << QStringLiteral("Grüße aus der Nexus-Welt ✓");
        QTest::newRow("long") << QString(1200, QLatin1Char('x'));
    }
    void scansBackToTheText()
    {
        QFETCH(QString, text);
        const QrMatrix m = encodeQr(text);
        QVERIFY2(m.isValid(), qPrintable(m.error));
        QCOMPARE(m.dark.size(), m.size * m.size);
        QCOMPARE((m.size - 17) % 4, 0); // a real QR version: 21, 25, … modules
        QCOMPARE(decode(m.toImage(4)), text);
    }

    void finderPatternsAreWhereTheStandardPutsThem()
    {
        const QrMatrix m = encodeQr(QStringLiteral("nexus"));
        QVERIFY(m.isValid());
        for (auto [ox, oy] : {std::pair{0, 0}, std::pair{m.size - 7, 0}, std::pair{0, m.size - 7}}) {
            for (int i = 0; i < 7; ++i) { // the dark 7×7 ring of each finder pattern
                QVERIFY(m.at(ox + i, oy) && m.at(ox + i, oy + 6) && m.at(ox, oy + i) && m.at(ox + 6, oy + i));
            }
            QVERIFY(!m.at(ox + 1, oy + 1) && m.at(ox + 3, oy + 3)); // light ring, dark centre
        }
    }

    void refusesWhatCannotBeEncoded()
    {
        QVERIFY(!encodeQr(QString()).isValid());
        const QrMatrix tooLong = encodeQr(QString(5000, QLatin1Char('x'))); // over version 40's capacity
        QVERIFY(!tooLong.isValid());
        QVERIFY(tooLong.error.contains(QLatin1String("too long")));
        QVERIFY(tooLong.toImage(4).isNull());
    }
};

QTEST_MAIN(TestQrMatrix)
#include "tst_qrmatrix.moc"
