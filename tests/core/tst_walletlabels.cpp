// BIP-329 style label files: what we write reads back identically; a bad line is named and
// nothing of the file is taken.

#include "walletlabels.h"

#include <QTest>

using namespace nexus;

namespace {
// JSON written with single quotes (readable in C++), turned into real JSON.
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestWalletLabels : public QObject
{
    Q_OBJECT

    const QString account = QStringLiteral("k2t6j-2nvnp-4zjm3-25dtz-6xhaa-c7boj-5gayf-oj3xs-i43lp-teztq-6ae-dfxgiyy.102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");

private Q_SLOTS:
    void roundTrip()
    {
        const QList<WalletLabel> labels{{QStringLiteral("tx"), QStringLiteral("ICP:1042"), QStringLiteral("Rent for \"Sky Isle\" ✓")},
                                        {QStringLiteral("addr"), account, QStringLiteral("Boris – savings")},
                                        {QStringLiteral("addr"), QStringLiteral("aaaaa-aa"), QStringLiteral("management canister")}};
        const QByteArray text = walletLabelsToJsonLines(labels);
        QCOMPARE(text.count('\n'), 3);
        QVERIFY(text.startsWith(j("{'label':'Rent for \\\"Sky Isle\\\" ✓','ref':'ICP:1042','type':'tx'}")));
        auto back = parseWalletLabels(text);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(*back, labels);
    }

    void acceptsOtherBip329FieldsAndBlankLines()
    {
        auto r = parseWalletLabels(QByteArrayLiteral("\n{\"type\":\"tx\",\"ref\":\"ckBTC:7\",\"label\":\"a\",\"origin\":\"wpkh([d34db33f/84'/0'/0'])\"}\n\n"));
        QVERIFY(r);
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().ref, QStringLiteral("ckBTC:7"));
    }

    void badLinesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("needle");
        const QByteArray good = j("{'type':'tx','ref':'ICP:1','label':'ok'}");
        QTest::newRow("not json") << good + "\n{oops" << QStringLiteral("Line 2: not a JSON object");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("Line 1: not a JSON object");
        QTest::newRow("missing label") << good + "\n" + good + "\n" + j("{'type':'tx','ref':'ICP:2'}") << QStringLiteral("Line 3: \"label\" is missing");
        QTest::newRow("unknown type") << QByteArray(j("{'type':'xpub','ref':'x','label':'y'}")) << QStringLiteral("type \"xpub\" is not supported");
        QTest::newRow("bad tx ref") << QByteArray(j("{'type':'tx','ref':'1042','label':'y'}")) << QStringLiteral("not a transaction reference");
        QTest::newRow("leading zero block") << QByteArray(j("{'type':'tx','ref':'ICP:01','label':'y'}")) << QStringLiteral("not a transaction reference");
        QTest::newRow("bad checksum") << QByteArray(j("{'type':'addr','ref':'k2t6j-2nvnp-4zjm3-25dtz-6xhaa-c7boj-5gayf-oj3xs-i43lp-teztq-6ae-aaaaaaa.1','label':'y'}"))
                                      << QStringLiteral("is not an account");
        QTest::newRow("too long") << QByteArray(j("{'type':'tx','ref':'ICP:1','label':'")) + QByteArray(256, 'x') + "\"}" << QStringLiteral("longer than 255");
        QTest::newRow("number label") << QByteArray(j("{'type':'tx','ref':'ICP:1','label':5}")) << QStringLiteral("\"label\" is missing or not a string");
    }
    void badLinesAreNamed()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, needle);
        auto r = parseWalletLabels(file);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestWalletLabels)
#include "tst_walletlabels.moc"
