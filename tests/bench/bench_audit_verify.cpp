// Audit-chain verification speed on 1,000,000 entries, next to raw SHA-256 of the same bytes.
#include "benchprofile.h"

#include "digest.h"
#include "gateway/auditwriter.h"
#include "services/auditservice.h"
#include "storage/database.h"
#include "storage/dbthread.h"
#include "value.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <vector>

using namespace nexus;

namespace {

const char *const kMethods[] = {"users.set_role", "users.set_kyc", "system.config_set", "users.update_profile",
                                "users.register", "system.flag_set", "identities.create", "users.grant_permission"};

AuditEntry sampleEntry(qint64 i, const QByteArray &caller)
{
    AuditEntry e;
    e.timeNs = 1760000000000000000LL + i * 1234567;
    e.caller = caller;
    e.role = i % 3 ? QStringLiteral("admin") : QStringLiteral("user");
    e.method = QLatin1String(kMethods[i % 8]);
    e.argsDigest = sha256(QByteArray::number(i));
    e.summary = QStringLiteral("Chen Wei: user → creator (#%1)").arg(i);
    e.outcome = i % 17 ? QStringLiteral("ok") : QStringLiteral("permission_denied");
    return e;
}

// The bytes that the structured hash covers for one entry, laid end to end.
QByteArray flatBytes(const AuditEntry &e)
{
    return leb128(Nat128(e.seq)) + leb128(Nat128(e.timeNs)) + e.caller + e.role.toUtf8() + e.method.toUtf8() + e.argsDigest
           + e.summary.toUtf8() + e.outcome.toUtf8() + e.phash;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? std::max<qint64>(10000, QString::fromLocal8Bit(argv[1]).toLongLong()) : 1000000;
    auto p = bench::makeProfile();
    DbThread *writer = p->backend->gateway().writer();
    const QByteArray caller = p->controller.bytes();
    std::printf("Nexus Studio audit verification benchmark (%lld entries, %d cores)\n", static_cast<long long>(n),
                QThread::idealThreadCount());

    // Fill the log with a valid chain, 20,000 entries per transaction.
    QElapsedTimer t;
    t.start();
    std::vector<AuditEntry> entries;
    entries.reserve(size_t(n));
    QString failure;
    const bool filled = writer->runBlocking<bool>([&](QSqlDatabase &db) {
        AuditWriter w;
        qint64 done = 0;
        while (done < n) {
            Transaction tx(db);
            if (auto st = tx.begin(); !st) {
                failure = st.error().message;
                return false;
            }
            std::vector<AuditEntry> batch;
            for (qint64 k = 0; k < 20000 && done < n; ++k, ++done) {
                auto e = w.append(db, sampleEntry(done, caller));
                if (!e) {
                    failure = e.error().message;
                    return false;
                }
                batch.push_back(*e);
            }
            if (auto st = tx.commit(); !st) {
                failure = st.error().message;
                return false;
            }
            for (const AuditEntry &e : batch)
                entries.push_back(e);
        }
        return true;
    });
    if (!filled) {
        std::fprintf(stderr, "could not fill the audit log: %s\n", qPrintable(failure));
        return 1;
    }
    const qint64 total = qint64(entries.size()); // includes the bootstrap entries
    bench::figure("audit entries written (20k per transaction)", total / (t.nsecsElapsed() / 1e9), "entries/s");

    // Raw SHA-256 over the same bytes, one digest per entry.
    std::vector<QByteArray> flat;
    flat.reserve(entries.size());
    qint64 bytes = 0;
    for (const AuditEntry &e : entries) {
        flat.push_back(flatBytes(e));
        bytes += flat.back().size();
    }
    unsigned char out[32];
    t.restart();
    for (const QByteArray &b : flat)
        sha256Into(b, out);
    const double rawSecs = t.nsecsElapsed() / 1e9;
    bench::figure("raw SHA-256 of the same bytes, 1 thread", total / rawSecs, "entries/s");
    bench::figure("raw SHA-256 throughput", bytes / rawSecs / 1e6, "MB/s");

    // The structured (ICRC-3 Value) chain verification, in memory.
    for (int threads : {1, 2}) {
        t.restart();
        const auto problem = verifyAuditChain(entries, entries.front().phash, threads); // starts after the bootstrap entries
        const double secs = t.nsecsElapsed() / 1e9;
        if (problem) {
            std::fprintf(stderr, "unexpected problem: %s\n", qPrintable(problem->reason));
            return 1;
        }
        bench::figure(threads == 1 ? "chain verification in memory, 1 thread" : "chain verification in memory, 2 threads",
                      total / secs, "entries/s", threads == 2 ? ">= 500000" : nullptr);
    }

    // Move the freshly written pages from the WAL into the database file, as SQLite's automatic
    // checkpoints do over time, so reads come from the file (and its memory map).
    writer->runBlocking<bool>([](QSqlDatabase &db) { return bool(Database::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))); });

    // End to end: read from SQLite and verify (what `nexusctl audit verify` and the Audit panel do).
    auto report = p->backend->bulkReader()->runBlocking<Result<AuditVerifyReport>>(
        [](QSqlDatabase &db) { return verifyAuditLog(db, 1, 0); });
    if (!report || report->problem) {
        std::fprintf(stderr, "verification failed\n");
        return 1;
    }
    bench::figure("chain verification from SQLite (read + hash), end to end", report->checked / (report->elapsedMs / 1000.0),
                  "entries/s", ">= 500000");
    bench::figure("entries verified", double(report->checked), "entries");
    return 0;
}
