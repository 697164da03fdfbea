// labels.*: each identity's own labels, set / remove / list, and BIP-329 style import that takes
// every line or none.

#include "testprofile.h"

using namespace nexus;
using namespace nexus::test;

class TestLabels : public QObject
{
    Q_OBJECT

    TestProfile p;
    Principal alice = principalFor(1);
    Principal bob = principalFor(2);

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(p.init());
        QVERIFY(p.addUser(alice, QStringLiteral("Alice"), Role::User));
        QVERIFY(p.addUser(bob, QStringLiteral("Bob"), Role::User));
    }

    void setListRemove()
    {
        auto set = p.call(alice, QStringLiteral("labels.set"),
                          {{QStringLiteral("type"), QStringLiteral("addr")}, {QStringLiteral("ref"), bob.toText()}, {QStringLiteral("label"), QStringLiteral(" Bob ")}});
        QVERIFY2(set, errText(set).constData());
        QCOMPARE(obj(set).value(QStringLiteral("result")).toString(), QStringLiteral("added"));
        QCOMPARE(p.lastEntry().value(0).toString(), QStringLiteral("labels.set")); // audited
        auto again = p.call(alice, QStringLiteral("labels.set"),
                            {{QStringLiteral("type"), QStringLiteral("addr")}, {QStringLiteral("ref"), bob.toText()}, {QStringLiteral("label"), QStringLiteral("Bob")}});
        QCOMPARE(obj(again).value(QStringLiteral("result")).toString(), QStringLiteral("unchanged"));
        auto list = p.call(alice, QStringLiteral("labels.list"));
        QCOMPARE(obj(list).value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(obj(list).value(QStringLiteral("labels")).toArray().first().toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Bob"));
        // Labels are private: Bob sees none of Alice's.
        QCOMPARE(obj(p.call(bob, QStringLiteral("labels.list"))).value(QStringLiteral("total")).toInt(), 0);
        auto removed = p.call(alice, QStringLiteral("labels.set"),
                              {{QStringLiteral("type"), QStringLiteral("addr")}, {QStringLiteral("ref"), bob.toText()}, {QStringLiteral("label"), QString()}});
        QCOMPARE(obj(removed).value(QStringLiteral("result")).toString(), QStringLiteral("removed"));
        QCOMPARE(obj(p.call(alice, QStringLiteral("labels.list"))).value(QStringLiteral("total")).toInt(), 0);
    }

    void badInputChangesNothing()
    {
        QCOMPARE(codeText(p.call(alice, QStringLiteral("labels.set"),
                                 {{QStringLiteral("type"), QStringLiteral("tx")}, {QStringLiteral("ref"), QStringLiteral("ICP-7")}, {QStringLiteral("label"), QStringLiteral("x")}})),
                 QByteArray("invalid_argument"));
        QCOMPARE(codeText(p.call(alice, QStringLiteral("labels.set"),
                                 {{QStringLiteral("type"), QStringLiteral("xpub")}, {QStringLiteral("ref"), QStringLiteral("x")}, {QStringLiteral("label"), QStringLiteral("x")}})),
                 QByteArray("invalid_argument"));
        const QByteArray file = QStringLiteral("{\"type\":\"tx\",\"ref\":\"ICP:1\",\"label\":\"first\"}\n"
                                               "{\"type\":\"addr\",\"ref\":\"%1\",\"label\":\"Bob\"}\n"
                                               "{\"type\":\"tx\",\"ref\":\"ICP:2\"}\n").arg(bob.toText()).toUtf8();
        auto r = p.call(alice, QStringLiteral("labels.import"), {{QStringLiteral("jsonl"), QString::fromUtf8(file)}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(QLatin1String("Line 3")), qPrintable(r.error().message));
        QCOMPARE(p.count(QStringLiteral("wallet_labels")), 0);
    }

    void importThenExportRoundTrips()
    {
        const QString file = QStringLiteral("{\"type\":\"tx\",\"ref\":\"ICP:1\",\"label\":\"first\"}\n"
                                            "{\"type\":\"addr\",\"ref\":\"%1\",\"label\":\"Bob, the builder\"}\n").arg(bob.toText());
        auto r = p.call(alice, QStringLiteral("labels.import"), {{QStringLiteral("jsonl"), file}});
        QVERIFY2(r, errText(r).constData());
        QCOMPARE(obj(r).value(QStringLiteral("added")).toInt(), 2);
        auto exported = p.call(alice, QStringLiteral("labels.export"));
        QCOMPARE(obj(exported).value(QStringLiteral("count")).toInt(), 2);
        auto again = p.call(alice, QStringLiteral("labels.import"), {{QStringLiteral("jsonl"), obj(exported).value(QStringLiteral("jsonl")).toString()}});
        QCOMPARE(obj(again).value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(obj(again).value(QStringLiteral("added")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
