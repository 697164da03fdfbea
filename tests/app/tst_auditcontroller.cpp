// AuditController: entry detail with hashes, "Verify chain" (ok, then a tampered row found by
// its number), export of a range to JSON Lines, permissions, and jumping to an entry.

#include "appfixture.h"
#include "auditcontroller.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace nexus;
using namespace nexus::test;

class TestAuditController : public QObject
{
    Q_OBJECT

private:
    bool verify()
    {
        QSignalSpy finished(audit.get(), &AuditController::verifyFinished);
        audit->startVerify();
        return finished.wait(30000);
    }

    // Edits one row behind the application's back, the way an attacker with file access would.
    void tamper(qint64 seq)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(f.backend->databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_no_update")), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("UPDATE audit_log SET summary = 'nothing to see here' WHERE seq = ?")));
            q.addBindValue(seq);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        for (int i = 0; i < 300; ++i) {
            auto r = f.call(f.controller, QStringLiteral("system.config_set"),
                            {{QStringLiteral("key"), QStringLiteral("test.counter")}, {QStringLiteral("value"), i}});
            QVERIFY2(r, describe(r));
        }
        QVERIFY(f.startSession());
        audit = std::make_unique<AuditController>(*f.session);
        QSignalSpy reloaded(audit->entries(), &AuditModel::reloaded);
        audit->entries()->reload();
        QVERIFY(reloaded.wait(5000));
        QVERIFY(audit->entries()->total() > 300);
    }

    void detailHasTheHashes()
    {
        audit->select(5);
        QTRY_VERIFY_WITH_TIMEOUT(audit->detail().contains(QStringLiteral("hash")), 5000);
        const QVariantMap d = audit->detail();
        QCOMPARE(d.value(QStringLiteral("seq")).toLongLong(), 5);
        QCOMPARE(d.value(QStringLiteral("hash")).toString().size(), 64);
        QCOMPARE(d.value(QStringLiteral("phash")).toString().size(), 64);
        QCOMPARE(d.value(QStringLiteral("args_digest")).toString().size(), 64);
        QCOMPARE(d.value(QStringLiteral("recomputed_hash")).toString(), d.value(QStringLiteral("hash")).toString());
        QVERIFY(d.value(QStringLiteral("hash_matches")).toBool());
        QCOMPARE(d.value(QStringLiteral("callerName")).toString(), QStringLiteral("ada"));
    }

    void verifyIntactChain()
    {
        QVERIFY(verify());
        QCOMPARE(audit->verifyState(), QStringLiteral("ok"));
        QCOMPARE(audit->verifyDone(), audit->entries()->total());
        QCOMPARE(audit->verifyTotal(), audit->entries()->total());
        QVERIFY2(audit->verifySummary().contains(QLatin1String("intact")), qPrintable(audit->verifySummary()));
    }

    void exportRange()
    {
        const QString path = f.dir.filePath(QStringLiteral("exports/range.jsonl"));
        QSignalSpy finished(audit.get(), &AuditController::exportFinished);
        audit->exportRange(10, 59, path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(audit->exportedFile(), path);
        QVERIFY(audit->verifyCommand().contains(QStringLiteral("nexusctl audit verify --file")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 50);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("seq")).toInt(), 10);
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("seq")).toInt(), 59);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("hash")).toString().size(), 64);
    }

    void exportOfTheFilteredRange()
    {
        QSignalSpy reloaded(audit->entries(), &AuditModel::reloaded);
        audit->entries()->setText(QStringLiteral("test.counter = 299"));
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(audit->entries()->total(), 1);
        const QString path = f.dir.filePath(QStringLiteral("filtered.jsonl"));
        QSignalSpy finished(audit.get(), &AuditController::exportFinished);
        audit->exportFiltered(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(audit->exportDone(), 1);
        audit->entries()->clearFilters();
        QVERIFY(reloaded.wait(5000));
    }

    void exportToAFolderIsRefused()
    {
        audit->exportRange(1, 0, f.dir.path());
        QVERIFY(audit->error()->active());
        QVERIFY(!audit->exporting());
        audit->error()->clear();
    }

    void verifyNeedsViewAudit()
    {
        f.createIdentity(QStringLiteral("gus"), QStringLiteral("user"));
        QVERIFY(f.actAs(QStringLiteral("gus")));
        audit->startVerify();
        QVERIFY(!audit->verifying());
        QVERIFY(audit->error()->cause().contains(QLatin1String("view_audit")));
        audit->error()->clear();
        QVERIFY(f.actAs(QStringLiteral("ada")));
    }

    void tamperedRowIsNamed()
    {
        tamper(42);
        QVERIFY(verify());
        QCOMPARE(audit->verifyState(), QStringLiteral("bad"));
        QCOMPARE(audit->badSeq(), 42);
        QVERIFY2(audit->badReason().contains(QLatin1String("42")), qPrintable(audit->badReason()));
        audit->select(42);
        QTRY_VERIFY_WITH_TIMEOUT(audit->detail().contains(QStringLiteral("hash_matches")), 5000);
        QVERIFY(!audit->detail().value(QStringLiteral("hash_matches")).toBool());
    }

    void jumpToClearsFiltersAndScrolls()
    {
        QSignalSpy reloaded(audit->entries(), &AuditModel::reloaded);
        audit->entries()->setMethod(QStringLiteral("identities."));
        QVERIFY(reloaded.wait(5000));
        QSignalSpy position(audit.get(), &AuditController::positionRequested);
        audit->jumpTo(42);
        QVERIFY(position.wait(5000));
        QVERIFY(!audit->entries()->filtered());
        QCOMPARE(position.first().first().toInt(), int(audit->entries()->newestSeq() - 42));
        QCOMPARE(audit->detailSeq(), 42);
    }

    void cleanupTestCase()
    {
        audit.reset();
        f.session.reset();
    }

private:
    AppFixture f;
    std::unique_ptr<AuditController> audit;
};

QTEST_MAIN(TestAuditController)
#include "tst_auditcontroller.moc"
