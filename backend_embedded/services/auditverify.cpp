// Verifying the audit log straight from SQLite, in parallel parts.
//
// Reading a row costs about as much as hashing it, so each part reads and hashes its own seq range
// on its own connection and thread, from SQLite's row buffers without copying; the parts are linked
// afterwards (each part's first phash against the previous part's last hash). The calling thread
// runs the first part on the connection it was given and reports progress.

#include "auditservice.h"

#include "storage/database.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <sqlite3.h>
#include <thread>

namespace nexus {

namespace {

constexpr qint64 kMinPartSize = 8192; // smaller ranges are not worth a thread and a connection
constexpr int kMaxParts = 4;
constexpr qint64 kProgressEvery = 4096;

struct Part {
    qint64 from = 0, to = 0;
    std::optional<QByteArray> expectedFirstPhash; // the first part's; the others are linked afterwards
    qint64 checked = 0;
    bool startsAtFrom = false; // its first row is `from` (else `from` is missing)
    QByteArray firstPhash, lastHash;
    std::optional<ChainProblem> problem;
    std::optional<Error> error;
    bool stopped = false;
};

const char *const kSelect = "SELECT seq, ts_ns, caller, role, method, args_digest, summary, outcome, phash, hash "
                            "FROM audit_log WHERE seq BETWEEN ? AND ? ORDER BY seq";

Error readError(sqlite3 *h)
{
    return Error::make(ErrorCode::Storage, QStringLiteral("Cannot read the audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))),
                       QStringLiteral("The profile database may be damaged; restore a backup."));
}

// The row under the statement, as views into SQLite's buffers (valid until the next step). The
// database is UTF-8, so a text column's bytes are its stored UTF-8; a NULL phash reads as empty.
AuditEntryView rowView(sqlite3_stmt *st)
{
    auto col = [st](int i) {
        const void *p = sqlite3_column_blob(st, i);
        return QByteArrayView(static_cast<const char *>(p), p ? sqlite3_column_bytes(st, i) : 0);
    };
    AuditEntryView e;
    e.seq = sqlite3_column_int64(st, 0);
    e.timeNs = sqlite3_column_int64(st, 1);
    e.caller = col(2);
    e.role = col(3);
    e.method = col(4);
    e.argsDigest = col(5);
    e.summary = col(6);
    e.outcome = col(7);
    e.phash = col(8);
    e.hash = col(9);
    return e;
}

// Reads and checks [p.from, p.to]. `tick` runs every kProgressEvery rows; returning false stops.
template<typename Tick>
void runPart(sqlite3 *h, Part &p, Tick tick)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, kSelect, -1, &st, nullptr) != SQLITE_OK) {
        p.error = readError(h);
        return;
    }
    sqlite3_bind_int64(st, 1, p.from);
    sqlite3_bind_int64(st, 2, p.to);
    AuditChainLinks links(p.expectedFirstPhash);
    qint64 expected = p.from;
    unsigned char digest[32];
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const AuditEntryView e = rowView(st);
        if (e.seq != expected) {
            p.problem = ChainProblem{expected, expected == p.from ? QStringLiteral("entry %1 is missing").arg(expected)
                                                                  : QStringLiteral("entry %1 is missing (entry %2 follows %3)").arg(expected).arg(e.seq).arg(expected - 1)};
            break;
        }
        p.startsAtFrom = true;
        auditEntryHash(e, digest);
        if (auto problem = links.check(e.seq, e.phash, e.hash, digest)) {
            p.problem = problem;
            break;
        }
        ++expected;
        if ((expected - p.from) % kProgressEvery == 0 && !tick(kProgressEvery)) {
            p.stopped = true;
            break;
        }
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        p.error = readError(h);
    sqlite3_finalize(st);
    p.checked = links.count();
    tick(links.count() % kProgressEvery);
    p.firstPhash = links.firstPhash();
    if (links.count() > 0)
        p.lastHash = links.lastHash();
    if (!p.problem && !p.stopped && !p.error && expected <= p.to)
        p.problem = ChainProblem{expected, QStringLiteral("entry %1 is missing").arg(expected)};
}

// The recomputed hash of entry `seq` (the stored one is not trusted); empty when it is not there.
Result<QByteArray> recomputedHash(sqlite3 *h, qint64 seq)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h, kSelect, -1, &st, nullptr) != SQLITE_OK)
        return readError(h);
    sqlite3_bind_int64(st, 1, seq);
    sqlite3_bind_int64(st, 2, seq);
    QByteArray out;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out.resize(32);
        auditEntryHash(rowView(st), reinterpret_cast<unsigned char *>(out.data()));
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return readError(h);
    return out;
}

// A read-only connection of its own for a helper thread; nullptr when the file cannot be opened
// that way (an in-memory database, say): the caller then runs that part itself.
sqlite3 *openHelper(const QString &path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return nullptr;
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(h);
        return nullptr;
    }
    sqlite3_busy_timeout(h, 5000);
    sqlite3_exec(h, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr); // as the app's connections read
    return h;
}

} // namespace

Result<AuditVerifyReport> verifyAuditLog(QSqlDatabase &db, qint64 fromSeq, qint64 toSeq,
                                         const std::function<bool(qint64, qint64)> &progress, int partsWanted)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *h = Database::handle(db);
    if (!h)
        return Error::make(ErrorCode::Internal, QStringLiteral("Audit verification needs the SQLite driver."));
    auto last = auditLastSeq(db);
    if (!last)
        return last.error();
    const qint64 from = std::max<qint64>(1, fromSeq);
    const qint64 to = toSeq <= 0 ? *last : std::min(toSeq, *last);
    const qint64 total = std::max<qint64>(0, to - from + 1);
    AuditVerifyReport report;
    QByteArray expectedFirst; // entry 1 names no predecessor
    if (from > 1) {
        auto prev = recomputedHash(h, from - 1);
        if (!prev)
            return prev.error();
        expectedFirst = *prev;
    }

    // Equal parts, one per core (at most kMaxParts) unless told, none smaller than kMinPartSize.
    const int wanted = partsWanted > 0 ? std::min(partsWanted, kMaxParts) : std::clamp(QThread::idealThreadCount(), 1, kMaxParts);
    const int parts = int(std::clamp<qint64>(total / kMinPartSize, 1, wanted));
    std::vector<Part> ps(size_t(std::max(parts, 1)));
    const qint64 step = parts > 0 ? (total + parts - 1) / parts : 0;
    for (int i = 0; i < parts; ++i) {
        ps[size_t(i)].from = from + i * step;
        ps[size_t(i)].to = std::min(to, from + (i + 1) * step - 1);
    }
    ps[0].expectedFirstPhash = expectedFirst;

    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    bool cancelled = false;
    std::vector<std::thread> helpers;
    std::vector<size_t> runHere; // parts whose helper connection could not be opened
    const QString path = db.databaseName();
    for (size_t i = 1; i < ps.size() && total > 0; ++i) {
        sqlite3 *helper = openHelper(path);
        if (!helper) {
            runHere.push_back(i);
            continue;
        }
        helpers.emplace_back([&, i, helper] {
            runPart(helper, ps[i], [&](qint64 n) {
                done.fetch_add(n, std::memory_order_relaxed);
                return !stop.load(std::memory_order_relaxed);
            });
            sqlite3_close(helper);
        });
    }
    auto here = [&](qint64 n) {
        done.fetch_add(n, std::memory_order_relaxed);
        if (progress && !cancelled && !progress(done.load(std::memory_order_relaxed), total)) {
            cancelled = true;
            stop.store(true, std::memory_order_relaxed);
        }
        return !cancelled;
    };
    if (total > 0)
        runPart(h, ps[0], here);
    for (size_t i : runHere)
        if (!cancelled)
            runPart(h, ps[i], here);
    for (std::thread &t : helpers)
        t.join();

    // The first problem in seq order: a part's own, or the link between it and the part before.
    for (size_t i = 0; i < ps.size() && total > 0; ++i) {
        const Part &p = ps[i];
        if (p.error)
            return *p.error;
        if (i > 0 && p.startsAtFrom && p.firstPhash != ps[i - 1].lastHash) {
            report.problem = ChainProblem{p.from, QStringLiteral("entry %1 does not link to the entry before it (phash mismatch)").arg(p.from)};
            break;
        }
        report.checked += p.checked;
        if (p.checked > 0)
            report.lastSeq = p.from + p.checked - 1;
        if (p.problem) {
            report.problem = p.problem;
            break;
        }
        if (p.stopped)
            break;
    }
    if (cancelled)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Verification was cancelled after %1 entries.").arg(report.checked));
    report.elapsedMs = timer.nsecsElapsed() / 1e6;
    return report;
}

} // namespace nexus
