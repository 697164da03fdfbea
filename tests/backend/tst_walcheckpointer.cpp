// The writer's checkpoints run on a thread of their own: the log is copied back in the background,
// stays bounded under a steady stream of commits, and nothing written is lost or reordered.

#include "storage/database.h"
#include "storage/dbthread.h"
#include "storage/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace nexus;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logStaysBoundedUnderSteadyCommits();
};

void TestWalCheckpointer::logStaysBoundedUnderSteadyCommits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    DbThread writer(path, QStringLiteral("ckpt-test-writer"), true);
    QVERIFY(writer.startAndOpen());
    WalCheckpointer ckpt(path, QStringLiteral("ckpt-test-thread"));
    QVERIFY(ckpt.start());
    QVERIFY(writer.runBlocking<Status>([&](QSqlDatabase &db) { return ckpt.attach(db); }));

    // 20,000 one-row commits of ~700 bytes: about two log frames each with the table's growth, so
    // the log passes the writer's cap (8,000 frames) several times over.
    constexpr int kRows = 20000;
    const Status written = writer.runBlocking<Status>([&](QSqlDatabase &db) -> Status {
        if (auto r = Database::exec(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")); !r)
            return r.error();
        qint64 maxWal = 0;
        for (int i = 0; i < kRows; ++i) {
            Transaction tx(db);
            if (auto st = tx.begin(); !st)
                return st;
            if (auto r = Database::exec(db, QStringLiteral("INSERT INTO t (id, body) VALUES (?, ?)"), {i, QByteArray(700, char('a' + i % 26))}); !r)
                return r.error();
            if (auto st = tx.commit(); !st)
                return st;
            if (i % 500 == 0)
                maxWal = std::max(maxWal, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        // Bounded: the hard cap (where the writer waits for a running background checkpoint) plus
        // what commits past it before that checkpoint ends and the log starts over, at 1 KiB pages.
        const qint64 bound = qint64(WalCheckpointer::kHardFrames + WalCheckpointer::kBackgroundFrames) * (1024 + 24);
        if (maxWal > bound)
            return Error::make(ErrorCode::Internal, QStringLiteral("the log grew to %1 bytes (bound %2)").arg(maxWal).arg(bound));
        return {};
    });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    const WalCheckpointer::Counts counts = ckpt.counts();
    QVERIFY2(counts.background >= 5, qPrintable(QStringLiteral("background checkpoints: %1").arg(counts.background)));

    // Every row is there, in order, read through a fresh connection.
    DbThread reader(path, QStringLiteral("ckpt-test-reader"));
    QVERIFY(reader.startAndOpen());
    const auto check = reader.runBlocking<std::pair<qint64, qint64>>([](QSqlDatabase &db) {
        auto r = Database::exec(db, QStringLiteral("SELECT count(*), sum(id) FROM t"));
        if (!r || !r->next())
            return std::pair<qint64, qint64>{-1, -1};
        return std::pair<qint64, qint64>{r->int64(0), r->int64(1)};
    });
    QCOMPARE(check.first, qint64(kRows));
    QCOMPARE(check.second, qint64(kRows) * (kRows - 1) / 2);
    reader.stopAndWait();
    writer.stopAndWait();
    ckpt.stop();
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
