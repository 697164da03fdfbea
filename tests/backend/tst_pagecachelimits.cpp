// The bounded page cache: B-tree splits park pages at the lock-byte page number, yet commits no
// longer hand SQLite's cache a truncation that scans every slot; truncations that do drop pages
// (a rolled-back growth) still drop them, and the data stays intact throughout.

#include "rawsqlite.h"
#include "storage/pagecachelimits.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace nexus;

namespace {

// The app's connection settings with its 16 MB page cache.
struct Conn : RawSqlite {
    explicit Conn(const QString &path) : RawSqlite(path, {"PRAGMA cache_size = -16000"}) {}
    // `rows` rows with random keys in one transaction (COMMIT, or ROLLBACK when `keep` is false):
    // random keys split index pages all over, which renumbers the new pages.
    int insertRandom(int rows, bool keep = true)
    {
        return insertMany("INSERT INTO t (k, body) VALUES (?, randomblob(120))", rows,
                          [](int) { return qint64(QRandomGenerator::global()->generate64() >> 1); }, keep);
    }
};

} // namespace

class TestPageCacheLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitsNoLongerMakeCommitsScanTheCache();
    void rolledBackGrowthIsDropped();
};

void TestPageCacheLimits::initTestCase()
{
    QVERIFY(pagecache::install()); // before anything has initialised SQLite in this process
    QVERIFY(pagecache::install()); // idempotent
}

void TestPageCacheLimits::splitsNoLongerMakeCommitsScanTheCache()
{
    QTemporaryDir dir;
    Conn c(dir.filePath(QStringLiteral("splits.db")));
    QCOMPARE(c.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER NOT NULL, body BLOB NOT NULL)"), SQLITE_OK);
    QCOMPARE(c.exec("CREATE INDEX t_k ON t (k)"), SQLITE_OK);
    QCOMPARE(c.insertRandom(3000), SQLITE_OK); // a few hundred pages to split into

    const pagecache::Counters before = pagecache::counters();
    const int commits = 300;
    for (int i = 0; i < commits; ++i)
        QCOMPARE(c.insertRandom(10), SQLITE_OK);
    const pagecache::Counters after = pagecache::counters();

    // The situation this is for happened: splits parked pages at the scratch number ...
    QVERIFY2(after.parked - before.parked > 0, "no B-tree split renumbered pages");
    // ... yet (almost) every commit's truncation was answered without the scan. Without the
    // bound, each commit after such a split would go to the default cache's full scan.
    QVERIFY2(after.skipped - before.skipped >= quint64(commits) * 9 / 10,
             qPrintable(QStringLiteral("skipped %1, passed %2").arg(after.skipped - before.skipped).arg(after.passed - before.passed)));
    QCOMPARE(c.scalar("SELECT count(*) FROM t"), qint64(3000 + commits * 10));
    QCOMPARE(c.text("PRAGMA integrity_check"), QStringLiteral("ok"));
}

void TestPageCacheLimits::rolledBackGrowthIsDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.db"));
    Conn c(path);
    QCOMPARE(c.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER NOT NULL, body BLOB NOT NULL)"), SQLITE_OK);
    QCOMPARE(c.exec("CREATE INDEX t_k ON t (k)"), SQLITE_OK);
    QCOMPARE(c.insertRandom(500), SQLITE_OK);
    const qint64 pages = c.scalar("PRAGMA page_count");

    const pagecache::Counters before = pagecache::counters();
    QCOMPARE(c.insertRandom(2000, false), SQLITE_OK); // grows the file image by hundreds of pages, then undoes it
    const pagecache::Counters after = pagecache::counters();
    QVERIFY2(after.passed > before.passed, "the rollback's truncation must reach the cache");
    QCOMPARE(c.scalar("PRAGMA page_count"), pages);
    QCOMPARE(c.scalar("SELECT count(*) FROM t"), qint64(500));

    // The pages past the end were really dropped: growing again reuses those numbers with new
    // content, which a stale cached page would corrupt.
    QCOMPARE(c.insertRandom(2000), SQLITE_OK);
    QCOMPARE(c.scalar("SELECT count(*) FROM t"), qint64(2500));
    QCOMPARE(c.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    Conn other(path); // a second connection reads the file and log, not this cache
    QCOMPARE(other.scalar("SELECT count(*) FROM t"), qint64(2500));
    QCOMPARE(other.text("PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_APPLESS_MAIN(TestPageCacheLimits)
#include "tst_pagecachelimits.moc"
