#include "walcheckpointer.h"

#include "database.h"
#include "dbthread.h"

#include <QLoggingCategory>

#include <sqlite3.h>

#include <thread>

namespace nexus {

Q_LOGGING_CATEGORY(lcCheckpoint, "nexus.storage.checkpoint")

WalCheckpointer::WalCheckpointer(const QString &path, const QString &connectionName)
    : m_thread(std::make_unique<DbThread>(path, connectionName))
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

Status WalCheckpointer::start()
{
    return m_thread->startAndOpen();
}

void WalCheckpointer::stop()
{
    m_thread->stopAndWait();
}

Status WalCheckpointer::attach(QSqlDatabase &writer)
{
    sqlite3 *h = Database::handle(writer);
    if (!h)
        return Error::make(ErrorCode::Storage, QStringLiteral("The writer's connection is not an SQLite connection."));
    sqlite3_wal_hook(h, &WalCheckpointer::onCommit, this); // replaces wal_autocheckpoint's hook
    return {};
}

int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *schema, int frames)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (frames < c->m_backfilled.load(std::memory_order_relaxed))
        c->m_backfilled.store(0, std::memory_order_relaxed); // the log started over
    if (frames < c->m_lastInline)
        c->m_lastInline = 0;
    // At most once per kBackgroundFrames new frames: a reader holding an old snapshot can keep a
    // checkpoint from finishing, and retrying on every commit would sync the disk on every commit.
    if (frames >= kInlineFrames && frames - c->m_lastInline >= kBackgroundFrames) {
        c->m_lastInline = frames;
        // Mostly copied back already, so this syncs what the thread has not reached; when nothing
        // is left, the next write starts the log from its beginning.
        int log = 0, done = 0;
        int rc = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &log, &done);
        // Past the hard cap the writer waits for the thread's checkpoint to end (the checkpoint
        // lock has no busy handler) instead of letting the log grow for as long as a slow or busy
        // disk keeps that checkpoint running.
        if (rc == SQLITE_BUSY && frames >= kHardFrames) {
            const auto giveUp = std::chrono::steady_clock::now() + kHardCapWait;
            while (rc == SQLITE_BUSY && std::chrono::steady_clock::now() < giveUp) {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                rc = sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &log, &done);
            }
        }
        if (rc == SQLITE_OK) {
            c->m_backfilled.store(done, std::memory_order_relaxed);
            c->m_inlined.fetch_add(1, std::memory_order_relaxed);
        } else if (rc == SQLITE_BUSY) {
            c->m_lastInline = frames - kBackgroundFrames; // the thread is at it; ask again next commit
        }
        return SQLITE_OK; // the commit itself has succeeded either way
    }
    if (frames - c->m_backfilled.load(std::memory_order_relaxed) >= kBackgroundFrames
        && !c->m_queued.exchange(true, std::memory_order_acq_rel))
        c->m_thread->submit<bool>([c](QSqlDatabase &) {
            c->runBackground();
            return true;
        });
    return SQLITE_OK;
}

void WalCheckpointer::runBackground()
{
    QSqlDatabase db = m_thread->connection();
    int log = 0, done = 0;
    const int rc = sqlite3_wal_checkpoint_v2(Database::handle(db), "main", SQLITE_CHECKPOINT_PASSIVE, &log, &done);
    if (rc == SQLITE_OK)
        m_backfilled.store(done, std::memory_order_relaxed);
    else if (rc != SQLITE_BUSY) // busy: another checkpoint is running; the next commit asks again
        qCWarning(lcCheckpoint) << "checkpoint failed:" << sqlite3_errstr(rc);
    m_background.fetch_add(1, std::memory_order_relaxed);
    m_queued.store(false, std::memory_order_release);
}

} // namespace nexus
