// Method argument validation: types, required, unknown fields, bounds, enums, principals.
#include "argschema.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QTest>

using namespace nexus;

class TestArgSchema : public QObject
{
    Q_OBJECT
private:
    QJsonObject sample() const
    {
        return schema::object({{QStringLiteral("name"), schema::string(1, 5)},
                               {QStringLiteral("who"), schema::principal()},
                               {QStringLiteral("n"), schema::integer(0, 10)},
                               {QStringLiteral("on"), schema::boolean()},
                               {QStringLiteral("kind"), schema::enumOf({QStringLiteral("a"), QStringLiteral("b")})},
                               {QStringLiteral("tags"), schema::arrayOf(schema::string(1, 3), 2)},
                               {QStringLiteral("any"), schema::any()}},
                              {QStringLiteral("name")});
    }
    Status check(const char *json) const { return validateArgs(sample(), jsonFromText(QString::fromUtf8(json)).value()); }

private Q_SLOTS:
    void accepts()
    {
        QVERIFY(check(R"({"name":"ok"})").ok());
        QVERIFY(check(R"({"name":"ok","who":"aaaaa-aa","n":10,"on":false,"kind":"b","tags":["x","yz"],"any":{"deep":[1]}})").ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing required") << R"({})" << "\"name\" is required";
        QTest::newRow("unknown field") << R"({"name":"a","nmae":"b"})" << "unknown argument \"nmae\"";
        QTest::newRow("wrong type") << R"({"name":5})" << "expected string";
        QTest::newRow("too long") << R"({"name":"toolong"})" << "at most 5";
        QTest::newRow("too short") << R"({"name":""})" << "at least 1";
        QTest::newRow("not integer") << R"({"name":"a","n":1.5})" << "expected integer";
        QTest::newRow("above maximum") << R"({"name":"a","n":11})" << "at most 10";
        QTest::newRow("below minimum") << R"({"name":"a","n":-1})" << "at least 0";
        QTest::newRow("enum") << R"({"name":"a","kind":"c"})" << "one of a, b";
        QTest::newRow("bad principal") << R"({"name":"a","who":"aaaaa-ab"})" << "who";
        QTest::newRow("array too long") << R"({"name":"a","tags":["a","b","c"]})" << "more than 2";
        QTest::newRow("array item") << R"({"name":"a","tags":["abcd"]})" << "tags[0]";
        QTest::newRow("boolean") << R"({"name":"a","on":"yes"})" << "expected boolean";
        QTest::newRow("not an object") << R"([1,2])" << "expected object";
    }
    void rejects()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        const Status st = check(json.toUtf8().constData());
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(st.error().message.contains(mentions), qPrintable(st.error().message));
        QVERIFY(!st.error().hint.isEmpty());
    }

    // One compiled schema checks many values, and an error names where it sits in nested arguments.
    void compiledOnceNamesNestedPaths()
    {
        const ArgSchema nested(schema::object(
            {{QStringLiteral("listings"), schema::arrayOf(schema::object({{QStringLiteral("price"), schema::string(1, 4)},
                                                                          {QStringLiteral("tags"), schema::arrayOf(schema::string(1, 3), 2)}},
                                                                         {QStringLiteral("price")}), 3)}},
            {QStringLiteral("listings")}));
        auto v = [](const char *json) { return jsonFromText(QString::fromUtf8(json)).value(); };
        QVERIFY(nested.validate(v(R"({"listings":[{"price":"1"},{"price":"22","tags":["a"]}]})")).ok());
        const Status deep = nested.validate(v(R"({"listings":[{"price":"1"},{"price":"2","tags":["ok","long"]}]})"));
        QVERIFY(!deep.ok());
        QCOMPARE(deep.error().message, QStringLiteral("listings[1].tags[1]: must have at most 3 characters"));
        const Status missing = nested.validate(v(R"({"listings":[{"tags":[]}]})"));
        QCOMPARE(missing.error().message, QStringLiteral("listings[0]: \"price\" is required"));
        QCOMPARE(nested.validate(v(R"({"listings":[],"x":1})")).error().message, QStringLiteral("unknown argument \"x\""));
        QVERIFY(nested.validate(v(R"({"listings":[]})")).ok()); // the same compiled schema, again
        QVERIFY(ArgSchema().validate(v(R"({"anything":[1,"x"]})")).ok()); // no schema: anything goes
        // A type name the checker does not know refuses every value, naming it.
        const ArgSchema odd(QJsonObject{{QStringLiteral("type"), QStringLiteral("decimal")}});
        QCOMPARE(odd.validate(QJsonValue(1.5)).error().message, QStringLiteral("expected decimal, got number"));
    }

    void jsonText()
    {
        QCOMPARE(jsonToText(QJsonValue(QStringLiteral("EUR"))), QStringLiteral("\"EUR\""));
        QCOMPARE(jsonFromText(QStringLiteral("42")).value().toInt(), 42);
        QCOMPARE(jsonFromText(QStringLiteral("[1, 2]")).value().toArray().size(), 2);
        QVERIFY(!jsonFromText(QStringLiteral("EUR")).ok());
        QVERIFY(!jsonFromText(QStringLiteral("1 2")).ok());
        QVERIFY(!jsonFromText(QString()).ok());
    }
};

QTEST_APPLESS_MAIN(TestArgSchema)
#include "tst_argschema.moc"
