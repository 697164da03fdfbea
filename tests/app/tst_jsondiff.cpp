// The line diff behind the configuration history view, and JSON parsing of typed-in values.

#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nexus;

namespace {
QString render(const QList<DiffLine> &lines)
{
    QStringList out;
    for (const DiffLine &l : lines)
        out << (l.kind == DiffLine::Added ? QStringLiteral("+") : l.kind == DiffLine::Removed ? QStringLiteral("-") : QStringLiteral(" ")) + l.text;
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalIsAllSame()
    {
        const auto lines = jsondiff::diffLines({QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(render(lines), QStringLiteral(" a\n b"));
        QCOMPARE(lines[1].oldLine, 2);
        QCOMPARE(lines[1].newLine, 2);
    }

    void replacedLineIsRemovedThenAdded()
    {
        const auto lines = jsondiff::diffLines({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                               {QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c")});
        QCOMPARE(render(lines), QStringLiteral(" a\n-b\n+x\n c"));
        QCOMPARE(lines[1].oldLine, 2);
        QCOMPARE(lines[1].newLine, 0);
        QCOMPARE(lines[2].oldLine, 0);
        QCOMPARE(lines[2].newLine, 2);
    }

    void insertionsAndDeletions()
    {
        QCOMPARE(render(jsondiff::diffLines({}, {QStringLiteral("n")})), QStringLiteral("+n"));
        QCOMPARE(render(jsondiff::diffLines({QStringLiteral("o")}, {})), QStringLiteral("-o"));
        QCOMPARE(render(jsondiff::diffLines({QStringLiteral("a"), QStringLiteral("c")},
                                            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})),
                 QStringLiteral(" a\n+b\n c"));
    }

    void jsonObjectsDiffByKey()
    {
        const QJsonObject before{{QStringLiteral("capacity"), 60}, {QStringLiteral("per_second"), 20}};
        const QJsonObject after{{QStringLiteral("capacity"), 80}, {QStringLiteral("per_second"), 20}};
        const auto lines = jsondiff::diffJson(before, after);
        QCOMPARE(render(lines), QStringLiteral(" {\n-    \"capacity\": 60,\n+    \"capacity\": 80,\n     \"per_second\": 20\n }"));
    }

    void scalarsAndTypeChanges()
    {
        QCOMPARE(render(jsondiff::diffJson(true, false)), QStringLiteral("-true\n+false"));
        QCOMPARE(jsondiff::pretty(QStringLiteral("USD")), QStringLiteral("\"USD\""));
        QCOMPARE(jsondiff::compact(QJsonArray{1, 2}), QStringLiteral("[1,2]"));
        QCOMPARE(render(jsondiff::diffJson(QStringLiteral("a"), QStringLiteral("a"))), QStringLiteral(" \"a\""));
    }

    void parseAcceptsAnyJsonValue()
    {
        QCOMPARE(*jsondiff::parse(QStringLiteral("true")), QJsonValue(true));
        QCOMPARE(*jsondiff::parse(QStringLiteral(" 42 ")), QJsonValue(42));
        QCOMPARE(*jsondiff::parse(QStringLiteral("\"EUR\"")), QJsonValue(QStringLiteral("EUR")));
        QCOMPARE(jsondiff::parse(QStringLiteral("{\"a\": [1, null]}"))->toObject().value(QStringLiteral("a")).toArray().size(), 2);
    }

    void parseRejectsWithAReason()
    {
        QString error;
        QVERIFY(!jsondiff::parse(QStringLiteral("EUR"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!jsondiff::parse(QStringLiteral("1, 2"), &error));
        QVERIFY(!jsondiff::parse(QStringLiteral("{\"a\": }"), &error));
        QVERIFY(!jsondiff::parse(QString(), &error));
    }
};

QTEST_APPLESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
