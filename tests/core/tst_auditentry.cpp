// Audit entries: fast hash equals the generic Value hash; chain verification finds the first bad entry.
#include "auditentry.h"
#include "auditexport.h"
#include "principal.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nexus;

namespace {

std::vector<AuditEntry> makeChain(int n)
{
    std::vector<AuditEntry> out;
    QByteArray prev;
    const QByteArray caller = Principal::fromText(QStringLiteral("e73il-iz5tp-nkgt7-idxyw-ngkah-47bpv-qdase-pzde6-g6vwc-a3eql-jae"))->bytes();
    for (int i = 1; i <= n; ++i) {
        AuditEntry e;
        e.seq = i;
        e.timeNs = 1700000000000000000LL + i * 1000;
        e.caller = caller;
        e.role = QStringLiteral("admin");
        e.method = i % 2 ? QStringLiteral("users.set_role") : QStringLiteral("system.config_set");
        e.argsDigest = QByteArray(32, char(i));
        e.summary = QStringLiteral("change %1 — ünïcode").arg(i);
        e.outcome = i % 5 ? QStringLiteral("ok") : QStringLiteral("permission_denied");
        e.phash = prev;
        e.hash = e.computeHash();
        prev = e.hash;
        out.push_back(e);
    }
    return out;
}

} // namespace

class TestAuditEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fastHashMatchesValueHash()
    {
        for (const AuditEntry &e : makeChain(20))
            QCOMPARE(e.computeHash(), e.toValue().hash());
        AuditEntry first = makeChain(1).front();
        QVERIFY(first.phash.isEmpty());
        QVERIFY(!first.toValue().field(QStringLiteral("phash"))); // genesis has no phash, like ICRC-3 block 0
    }

    void everyFieldIsCovered()
    {
        const AuditEntry base = makeChain(3).back();
        auto changed = [&](auto mutate) {
            AuditEntry e = base;
            mutate(e);
            return e.computeHash() != base.computeHash();
        };
        QVERIFY(changed([](AuditEntry &e) { e.seq++; }));
        QVERIFY(changed([](AuditEntry &e) { e.timeNs++; }));
        QVERIFY(changed([](AuditEntry &e) { e.caller[0] = char(e.caller[0] ^ 1); }));
        QVERIFY(changed([](AuditEntry &e) { e.role = QStringLiteral("user"); }));
        QVERIFY(changed([](AuditEntry &e) { e.method = QStringLiteral("users.remove"); }));
        QVERIFY(changed([](AuditEntry &e) { e.argsDigest[5] = 'x'; }));
        QVERIFY(changed([](AuditEntry &e) { e.summary += QLatin1Char('.'); }));
        QVERIFY(changed([](AuditEntry &e) { e.outcome = QStringLiteral("conflict"); }));
        QVERIFY(changed([](AuditEntry &e) { e.phash[0] = char(e.phash[0] ^ 1); }));
    }

    void intactChainVerifies_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1 thread") << 1;
        QTest::newRow("2 threads") << 2;
    }
    void intactChainVerifies()
    {
        QFETCH(int, threads);
        const auto chain = makeChain(10000);
        QVERIFY(!verifyAuditChain(chain, {}, threads).has_value());
        // A range from the middle verifies given the hash of the entry before it.
        std::vector<AuditEntry> tail(chain.begin() + 5000, chain.end());
        QVERIFY(!verifyAuditChain(tail, chain[4999].hash, threads).has_value());
        QVERIFY(verifyAuditChain(tail, QByteArray(32, 'z'), threads).has_value());
    }

    void tamperingIsLocated_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("threads");
        for (int idx : {0, 1, 4999, 5000, 9998, 9999}) {
            QTest::addRow("entry %d, 1 thread", idx + 1) << idx << 1;
            QTest::addRow("entry %d, 2 threads", idx + 1) << idx << 2;
        }
    }
    void tamperingIsLocated()
    {
        QFETCH(int, index);
        QFETCH(int, threads);
        auto chain = makeChain(10000);
        chain[size_t(index)].summary = QStringLiteral("rewritten history");
        const auto problem = verifyAuditChain(chain, {}, threads);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->seq, qint64(index + 1));
        QVERIFY2(problem->reason.contains(QLatin1String("modified")), qPrintable(problem->reason));
    }

    void rewrittenHashIsCaughtByTheNextLink()
    {
        auto chain = makeChain(100);
        chain[41].summary = QStringLiteral("forged");
        chain[41].hash = chain[41].computeHash(); // the forger also fixes the stored hash
        const auto problem = verifyAuditChain(chain, {}, 1);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->seq, qint64(43)); // entry 43's phash no longer matches
    }

    void gapsAreFound()
    {
        auto chain = makeChain(50);
        chain.erase(chain.begin() + 20);
        const auto problem = verifyAuditChain(chain, {}, 1);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->seq, qint64(21)); // the missing entry is named
        QVERIFY(problem->reason.contains(QLatin1String("missing")));
    }

    void blankStoredHashIsBad()
    {
        auto chain = makeChain(10);
        chain.back().summary = QStringLiteral("edited");
        chain.back().hash.clear(); // a forger blanks the newest stored hash
        const auto problem = verifyAuditChain(chain, {}, 1);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->seq, qint64(10));
    }

    void exportRoundTrip()
    {
        const auto chain = makeChain(300);
        QByteArray jsonl;
        for (const AuditEntry &e : chain)
            jsonl += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
        QBuffer ok(&jsonl);
        ok.open(QIODevice::ReadOnly);
        auto check = verifyAuditExport(ok);
        QVERIFY(check.ok());
        QVERIFY(!check->problem.has_value());
        QCOMPARE(check->entries, qint64(300));
        QCOMPARE(check->lastHash, chain.back().hash);

        QByteArray edited = jsonl;
        edited.replace("change 77 ", "change 78 ");
        QBuffer bad(&edited);
        bad.open(QIODevice::ReadOnly);
        auto tampered = verifyAuditExport(bad);
        QVERIFY(tampered.ok());
        QVERIFY(tampered->problem.has_value());
        QCOMPARE(tampered->problem->seq, qint64(77));

        QByteArray garbage = jsonl.left(500) + "{not json\n";
        QBuffer broken(&garbage);
        broken.open(QIODevice::ReadOnly);
        auto malformed = verifyAuditExport(broken);
        QVERIFY(malformed.ok());
        QVERIFY(malformed->problem.has_value());
        QVERIFY(malformed->problem->reason.contains(QLatin1String("line")));

        QByteArray empty;
        QBuffer none(&empty);
        none.open(QIODevice::ReadOnly);
        QVERIFY(!verifyAuditExport(none).ok());
    }

    void fromJsonRejectsBadRecords()
    {
        QJsonObject o = makeChain(2).back().toJson();
        QVERIFY(AuditEntry::fromJson(o).ok());
        for (const char *key : {"seq", "hash", "caller"}) {
            QJsonObject m = o;
            m.remove(QLatin1String(key));
            QVERIFY2(!AuditEntry::fromJson(m).ok(), key);
        }
        QJsonObject badHex = o;
        badHex.insert(QStringLiteral("phash"), QStringLiteral("zz"));
        QVERIFY(!AuditEntry::fromJson(badHex).ok());
        QJsonObject badCaller = o;
        badCaller.insert(QStringLiteral("caller"), QStringLiteral("aaaaa-ab"));
        QVERIFY(!AuditEntry::fromJson(badCaller).ok());
    }
};

QTEST_APPLESS_MAIN(TestAuditEntry)
#include "tst_auditentry.moc"
