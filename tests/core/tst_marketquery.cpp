// The pure part of market.search: user words become quoted FTS5 terms (nothing reaches the MATCH
// syntax), filters become facet terms, and keyset cursors round-trip and refuse other sorts.
#include "marketquery.h"

#include <QTest>

using namespace nexus;
using namespace nexus::marketquery;

class TestMarketQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terms()
    {
        QCOMPARE(textTerms(QStringLiteral("Red  dragon")), (QStringList{QStringLiteral("\"Red\""), QStringLiteral("\"dragon\"")}));
        QCOMPARE(textTerms(QStringLiteral("drag*")), (QStringList{QStringLiteral("\"drag\"*")}));
        // FTS5 syntax in the input is only separators: no column filters, operators or quotes survive.
        QCOMPARE(textTerms(QStringLiteral("title:x OR \"y\" NEAR(z) -w ^v")),
                 (QStringList{QStringLiteral("\"title\""), QStringLiteral("\"x\""), QStringLiteral("\"OR\""), QStringLiteral("\"y\""),
                              QStringLiteral("\"NEAR\""), QStringLiteral("\"z\""), QStringLiteral("\"w\""), QStringLiteral("\"v\"")}));
        QCOMPARE(textTerms(QStringLiteral("Île flottante")), (QStringList{QStringLiteral("\"Île\""), QStringLiteral("\"flottante\"")}));
        QVERIFY(textTerms(QStringLiteral("  --- ** ")).isEmpty());
        QCOMPARE(textTerms(QStringLiteral("a b c d e f g h i j k l m n o p q r s")).size(), 16);
    }

    void expression()
    {
        QCOMPARE(matchExpression({QStringLiteral("\"sky\"")}, {QStringLiteral("c3"), QStringLiteral("sactive")}),
                 QStringLiteral("{title description tags collection_text} : (\"sky\") AND facets : (\"c3\" \"sactive\")"));
        QCOMPARE(matchExpression({}, {QStringLiteral("h0")}), QStringLiteral("facets : (\"h0\")"));
        QCOMPARE(matchExpression({QStringLiteral("\"a\""), QStringLiteral("\"b\"*")}, {}),
                 QStringLiteral("{title description tags collection_text} : (\"a\" \"b\"*)"));
        QVERIFY(matchExpression({}, {}).isEmpty());
    }

    void cursors()
    {
        QCOMPARE(sortFromName(QStringLiteral("most_viewed")), std::optional<Sort>(Sort::MostViewed));
        QVERIFY(!sortFromName(QStringLiteral("relevance")));
        Cursor c;
        c.sort = Sort::PriceDesc;
        c.price = (Nat128(1) << 100) + 7;
        c.id = 42;
        const QString text = c.toText();
        auto back = Cursor::fromText(text, Sort::PriceDesc);
        QVERIFY(back);
        QCOMPARE(back->price, c.price);
        QCOMPARE(back->id, 42);
        QVERIFY(Cursor::fromText(text, Sort::PriceAsc)); // the same key shape serves both price orders
        QVERIFY(!Cursor::fromText(text, Sort::Newest));
        c.sort = Sort::MostViewed;
        c.views = 9;
        QCOMPARE(Cursor::fromText(c.toText(), Sort::MostViewed)->views, 9);
        c.sort = Sort::Newest;
        QCOMPARE(c.toText(), QStringLiteral("n.42"));
        for (const char *bad : {"", "n", "n.x", "n.-1", "p.00.1", "v.1", "v.-2.3", "p.zz000000000000000000000000000000.1"})
            QVERIFY2(!Cursor::fromText(QString::fromLatin1(bad), bad[0] == 'p' ? Sort::PriceAsc : bad[0] == 'v' ? Sort::MostViewed : Sort::Newest), bad);
    }
};

QTEST_GUILESS_MAIN(TestMarketQuery)
#include "tst_marketquery.moc"
