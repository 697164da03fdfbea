// The amount fields' shared first checks: no asset, nothing typed, not a decimal the asset holds,
// zero; and the map a passing amount gives the QML fields.
#include "amountfield.h"

#include <QTest>

using namespace nexus;

class TestAmountField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("message"); // a part of it; empty: no message at all
        QTest::newRow("no asset") << "1" << -1 << "Choose an asset";
        QTest::newRow("nothing typed") << "  " << 8 << "";
        QTest::newRow("too many decimals") << "0.000000001" << 8 << "decimal";
        QTest::newRow("negative") << "-1" << 8 << "negative";
        QTest::newRow("not a number") << "ten" << 8 << "ten";
        QTest::newRow("zero") << "0.00" << 8 << "ZERO REFUSED";
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, message);
        const auto p = amountfield::parse(text, decimals, QStringLiteral("ZERO REFUSED"));
        QVERIFY(!p.units);
        QCOMPARE(p.refusal.value(QStringLiteral("ok")).toBool(), false);
        const QString shown = p.refusal.value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        else
            QVERIFY2(shown.contains(message, Qt::CaseInsensitive), qPrintable(shown));
    }

    void acceptedIsExact()
    {
        const auto p = amountfield::parse(QStringLiteral(" 0.1 "), 8, QString());
        QVERIFY(p.units);
        QVERIFY(*p.units == Nat128(10000000));
        const QVariantMap m = amountfield::accept(*p.units, 8, QStringLiteral("fee 0.0001"));
        QCOMPARE(m.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(m.value(QStringLiteral("units")).toString(), QStringLiteral("10000000"));
        QCOMPARE(m.value(QStringLiteral("text")).toString(), QStringLiteral("0.1"));
        QCOMPARE(m.value(QStringLiteral("message")).toString(), QStringLiteral("fee 0.0001"));
        // 18 decimals and more than 64 bits of base units stay exact.
        const auto eth = amountfield::parse(QStringLiteral("123.000000000000000001"), 18, QString());
        QVERIFY(eth.units);
        QCOMPARE(amountfield::accept(*eth.units, 18).value(QStringLiteral("units")).toString(), QStringLiteral("123000000000000000001"));
    }
};

QTEST_GUILESS_MAIN(TestAmountField)
#include "tst_amountfield.moc"
