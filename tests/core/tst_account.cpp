// ICRC-1 textual accounts (standard vectors, strictness) and exact decimal amounts.
#include "account.h"
#include "amount.h"

#include <QTest>

using namespace nexus;

namespace {
const QString kOwner = QStringLiteral("k2t6j-2nvnp-4zjm3-25dtz-6xhaa-c7boj-5gayf-oj3xs-i43lp-teztq-6ae");
}

class TestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardVectors()
    {
        const Principal owner = Principal::fromText(kOwner).value();
        QByteArray seq;
        for (int i = 1; i <= 32; ++i)
            seq.append(char(i));
        QCOMPARE(Account(owner, seq).toText(), kOwner + QStringLiteral("-dfxgiyy.102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"));
        QByteArray one(32, '\0');
        one[31] = 1;
        QCOMPARE(Account(owner, one).toText(), kOwner + QStringLiteral("-6cc627i.1"));
        QCOMPARE(Account(owner).toText(), kOwner);
        QCOMPARE(Account(owner, QByteArray(32, '\0')).toText(), kOwner);
    }

    void roundTrip()
    {
        for (const QString &t : {kOwner, kOwner + QStringLiteral("-6cc627i.1"),
                                 kOwner + QStringLiteral("-dfxgiyy.102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20")}) {
            auto a = Account::fromText(t);
            QVERIFY2(a.ok(), qPrintable(t));
            QCOMPARE(a->toText(), t);
        }
    }

    void rejectsNonCanonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("leading zeros") << kOwner + QStringLiteral("-6cc627i.01");
        QTest::newRow("zero subaccount written out") << kOwner + QStringLiteral("-xxxxxxx.0");
        QTest::newRow("missing checksum") << kOwner + QStringLiteral(".1");
        QTest::newRow("wrong checksum") << kOwner + QStringLiteral("-6cc627j.1");
        QTest::newRow("upper-case hex") << kOwner + QStringLiteral("-dfxgiyy.102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F20");
        QTest::newRow("too long") << kOwner + QStringLiteral("-6cc627i.") + QString(65, QLatin1Char('1'));
        QTest::newRow("empty subaccount") << kOwner + QStringLiteral("-6cc627i.");
        QTest::newRow("bad owner") << QStringLiteral("k2t6j-2nvnp-4zjm3-25dtz-6xhaa-c7boj-5gayf-oj3xs-i43lp-teztq-6af");
        QTest::newRow("garbage") << QStringLiteral("hello");
    }
    void rejectsNonCanonical()
    {
        QFETCH(QString, text);
        auto a = Account::fromText(text);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!a.error().message.isEmpty());
    }

    void amountsParseExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("baseUnits");
        QTest::newRow("0.1 ICP") << "0.1" << 8 << "10000000";
        QTest::newRow("whole") << "12" << 8 << "1200000000";
        QTest::newRow("leading dot") << ".5" << 8 << "50000000";
        QTest::newRow("trailing dot") << "7." << 8 << "700000000";
        QTest::newRow("smallest") << "0.00000001" << 8 << "1";
        QTest::newRow("18 decimals") << "1.000000000000000001" << 18 << "1000000000000000001";
        QTest::newRow("grouped") << "1,000,000.25" << 2 << "100000025";
        QTest::newRow("zero decimals") << "42" << 0 << "42";
        QTest::newRow("max u128") << "340282366920938463463374607431768211455" << 0 << "340282366920938463463374607431768211455";
        QTest::newRow("spaces") << "  3.5 " << 1 << "35";
    }
    void amountsParseExactly()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, baseUnits);
        auto v = parseAmount(text, decimals);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QCOMPARE(nat128ToString(*v), baseUnits);
    }

    void amountsRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::newRow("too many decimals") << "0.000000001" << 8;
        QTest::newRow("negative") << "-1" << 8;
        QTest::newRow("empty") << "" << 8;
        QTest::newRow("two dots") << "1.2.3" << 8;
        QTest::newRow("letters") << "1e5" << 8;
        QTest::newRow("overflow") << "340282366920938463463374607431768211456" << 0;
        QTest::newRow("overflow by decimals") << "340282366920938463463374607431768211455" << 1;
        QTest::newRow("decimals on whole asset") << "1.5" << 0;
        QTest::newRow("just a dot") << "." << 8;
    }
    void amountsRejected()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        auto v = parseAmount(text, decimals);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::InvalidArgument);
    }

    void amountsFormat()
    {
        QCOMPARE(formatAmount(10000000, 8), QStringLiteral("0.1"));
        QCOMPARE(formatAmount(1200000000, 8), QStringLiteral("12"));
        QCOMPARE(formatAmount(1200000000, 8, 2), QStringLiteral("12.00"));
        QCOMPARE(formatAmount(1, 18), QStringLiteral("0.000000000000000001"));
        QCOMPARE(formatAmount(0, 8), QStringLiteral("0"));
        QCOMPARE(formatAmount(42, 0), QStringLiteral("42"));
        for (quint64 v : {quint64(0), quint64(1), quint64(99999999), quint64(123456789012345678)})
            QCOMPARE(nat128ToString(parseAmount(formatAmount(v, 8), 8).value()), QString::number(v));
    }
};

QTEST_APPLESS_MAIN(TestAccount)
#include "tst_account.moc"
