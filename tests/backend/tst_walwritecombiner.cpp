// The log write combiner: a commit's frames reach the file in one write, readers and later
// connections see exactly what was committed, spilled and rolled-back transactions leave the
// database intact, and a log write that fails fails its commit without damaging anything.

#include "rawsqlite.h"
#include "storage/walwritecombiner.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace nexus;

namespace {

// The app's connection settings with automatic checkpoints off (the tests checkpoint themselves).
struct Conn : RawSqlite {
    explicit Conn(const QString &path) : RawSqlite(path, {"PRAGMA wal_autocheckpoint = 0"}) {}
    // `rows` rows of ~300 bytes in one transaction: roughly one 1 KiB page per three rows.
    int insertRows(int from, int rows)
    {
        return insertMany("INSERT INTO t (id, body) VALUES (?, randomblob(300))", rows, [from](int i) { return qint64(from + i); });
    }
};

qint64 fileSize(const QString &path)
{
    struct stat st{};
    return ::stat(path.toUtf8().constData(), &st) == 0 ? qint64(st.st_size) : -1;
}

} // namespace

class TestWalWriteCombiner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commitReachesTheFileInOneWrite();
    void readersAndReopenSeeExactlyTheCommits();
    void spilledTransactionsRollBackAndCommit();
    void failedLogWriteFailsOnlyItsCommit();
};

void TestWalWriteCombiner::initTestCase()
{
    QVERIFY(walwrites::install());
    QVERIFY(walwrites::install()); // idempotent
    QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("nexus-wal-combine"));
}

void TestWalWriteCombiner::commitReachesTheFileInOneWrite()
{
    QTemporaryDir dir;
    Conn c(dir.filePath(QStringLiteral("one.db")));
    QCOMPARE(c.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"), SQLITE_OK);
    const walwrites::Counters before = walwrites::counters();
    QCOMPARE(c.insertRows(0, 40), SQLITE_OK); // ~14 pages, well under one 64 KiB write
    const walwrites::Counters after = walwrites::counters();
    const quint64 appends = after.appends - before.appends;
    QVERIFY2(appends >= 2 * 10, qPrintable(QString::number(appends))); // a header and a page per frame
    QCOMPARE(after.blocks - before.blocks, quint64(1));
}

void TestWalWriteCombiner::readersAndReopenSeeExactlyTheCommits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readers.db"));
    int rows = 0;
    {
        Conn w(path);
        Conn r(path);
        QCOMPARE(w.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"), SQLITE_OK);
        for (int round = 0; round < 200; ++round) {
            const int n = 1 + round % 37;
            QCOMPARE(w.insertRows(rows, n), SQLITE_OK);
            rows += n;
            QCOMPARE(r.scalar("SELECT count(*) FROM t"), qint64(rows));
            QCOMPARE(r.scalar("SELECT max(id) FROM t"), qint64(rows - 1));
        }
        // Part of the log copied back while the writer goes on: frames, the database file and the
        // reader's view must all agree.
        QCOMPARE(r.exec("PRAGMA wal_checkpoint(PASSIVE)"), SQLITE_OK);
        QCOMPARE(w.insertRows(rows, 25), SQLITE_OK);
        rows += 25;
        QCOMPARE(r.scalar("SELECT count(*) FROM t"), qint64(rows));
    }
    Conn again(path); // the last connection closed: the log was checkpointed and removed
    QCOMPARE(again.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    QCOMPARE(again.scalar("SELECT count(*) FROM t"), qint64(rows));
}

void TestWalWriteCombiner::spilledTransactionsRollBackAndCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spill.db"));
    {
        Conn w(path);
        Conn r(path);
        QCOMPARE(w.exec("PRAGMA cache_size = 20"), SQLITE_OK); // 20 pages: a big transaction spills
        QCOMPARE(w.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"), SQLITE_OK);
        QCOMPARE(w.insertRows(0, 100), SQLITE_OK);

        // Spilled, then rolled back: its frames may sit in the log file but must never count.
        QCOMPARE(w.exec("BEGIN IMMEDIATE"), SQLITE_OK);
        QCOMPARE(w.exec("WITH RECURSIVE n(i) AS (SELECT 1000 UNION ALL SELECT i + 1 FROM n WHERE i < 3999) INSERT INTO t (id, body) SELECT i, randomblob(300) FROM n"), SQLITE_OK);
        QCOMPARE(w.scalar("SELECT count(*) FROM t"), qint64(3100)); // read back through spilled pages
        QCOMPARE(w.exec("ROLLBACK"), SQLITE_OK);
        QCOMPARE(r.scalar("SELECT count(*) FROM t"), qint64(100));

        // Small commits after it, then a spilled transaction that commits.
        QCOMPARE(w.insertRows(100, 5), SQLITE_OK);
        QCOMPARE(r.scalar("SELECT count(*) FROM t"), qint64(105));
        QCOMPARE(w.insertRows(200, 3000), SQLITE_OK);
        QCOMPARE(r.scalar("SELECT count(*) FROM t"), qint64(3105));
        QCOMPARE(r.text("PRAGMA integrity_check"), QStringLiteral("ok"));
    }
    Conn again(path);
    QCOMPARE(again.scalar("SELECT count(*) FROM t"), qint64(3105));
    QCOMPARE(again.text("PRAGMA integrity_check"), QStringLiteral("ok"));
}

void TestWalWriteCombiner::failedLogWriteFailsOnlyItsCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.db"));
    const QString wal = path + QStringLiteral("-wal");
    Conn w(path);
    Conn r(path);
    QCOMPARE(w.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)"), SQLITE_OK);
    QCOMPARE(w.insertRows(0, 30), SQLITE_OK);

    // A file size limit just past the log's end stands in for a full disk: the next commit's
    // frames cannot all be written.
    const qint64 limit = fileSize(wal) + 2048;
    QVERIFY(limit > 2048);
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit tight = old;
    tight.rlim_cur = rlim_t(limit);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
    const int failed = w.insertRows(30, 60);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
    QVERIFY2(failed != SQLITE_OK, "a commit whose log write failed must not succeed");
    QVERIFY(sqlite3_get_autocommit(w.db)); // rolled back

    QCOMPARE(r.scalar("SELECT count(*) FROM t"), qint64(30));
    QCOMPARE(w.scalar("SELECT count(*) FROM t"), qint64(30));
    QCOMPARE(w.insertRows(30, 60), SQLITE_OK); // the same rows commit once there is room
    QCOMPARE(r.scalar("SELECT count(*) FROM t"), qint64(90));
    QCOMPARE(r.text("PRAGMA integrity_check"), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestWalWriteCombiner)
#include "tst_walwritecombiner.moc"
