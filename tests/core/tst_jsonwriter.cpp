// JsonWriter: the bytes it writes for nesting, separators, strings and numbers, fixed-point
// rounding included, and that they parse back as the values written.

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace nexus;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedPoint_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("whole") << 2.0 << 3 << QByteArray("2");
        QTest::newRow("trailing zeros dropped") << 1.5 << 3 << QByteArray("1.5");
        QTest::newRow("rounded up") << 1234.5678 << 2 << QByteArray("1234.57");
        QTest::newRow("leading zeros in the fraction") << 3.004 << 3 << QByteArray("3.004");
        QTest::newRow("below one") << 0.25 << 2 << QByteArray("0.25");
        QTest::newRow("negative") << -7.125 << 3 << QByteArray("-7.125");
        QTest::newRow("negative below one") << -0.05 << 2 << QByteArray("-0.05");
        QTest::newRow("rounds to zero, no minus sign") << -0.0004 << 3 << QByteArray("0");
        QTest::newRow("half away from zero") << -3.25 << 1 << QByteArray("-3.3");
        QTest::newRow("no decimals") << 41.6 << 0 << QByteArray("42");
        QTest::newRow("nine decimals") << 0.123456789 << 9 << QByteArray("0.123456789");
        QTest::newRow("decimals clamped to nine") << 0.5 << 12 << QByteArray("0.5");
        QTest::newRow("too large for fixed: shortest form") << 1e17 << 3 << QByteArray("1e+17");
        QTest::newRow("not finite: null") << std::numeric_limits<double>::quiet_NaN() << 3 << QByteArray("null");
    }

    void fixedPoint()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QByteArray, expected);
        JsonWriter w;
        w.fixed(value, decimals);
        QCOMPARE(w.bytes(), expected);
    }

    void separatorsAndNesting()
    {
        JsonWriter w;
        w.beginObject();
        w.key(QLatin1StringView("a")).beginArray();
        w.fixed(1.25, 3).fixed(-2, 3).value(7).value(QStringLiteral("x")).beginObject().endObject().fixed(0.5, 1);
        w.endArray();
        w.key(QLatin1StringView("b")).fixed(9.999, 2);
        w.key(QLatin1StringView("c")).value(true);
        w.key(QLatin1StringView("d")).null();
        w.key(QLatin1StringView("e")).value(QStringLiteral("quote \" backslash \\ newline \n tab \t bell \a ü"));
        w.endObject();
        QCOMPARE(w.bytes(), QByteArray(R"({"a":[1.25,-2,7,"x",{},0.5],"b":10,"c":true,"d":null,"e":"quote \" backslash \\ newline \n tab \t bell \u0007 )")
                                + QStringLiteral("ü\"}").toUtf8());
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(w.bytes(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("a")).toArray().at(1).toDouble(), -2.0);
        QCOMPARE(o.value(QStringLiteral("e")).toString(), QStringLiteral("quote \" backslash \\ newline \n tab \t bell \a ü"));
    }

    void manyFixedValuesParseBack()
    {
        // A terrain's worth of heights, as a blueprint writes them.
        JsonWriter w;
        w.beginArray();
        QList<double> written;
        for (int i = 0; i < 5000; ++i) {
            const double v = (i * 7919 % 20001 - 10000) / 997.0;
            w.fixed(v, 2);
            written << std::round(v * 100) / 100;
        }
        w.endArray();
        const QJsonArray a = QJsonDocument::fromJson(w.bytes()).array();
        QCOMPARE(a.size(), written.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a.at(i).toDouble(), written.at(i));
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
