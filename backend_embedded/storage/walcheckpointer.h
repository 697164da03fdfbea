#pragma once
// Keeps the write-ahead log short without making the writer wait for the disk.
//
// SQLite's automatic checkpoint runs inside the committing call: it syncs the log, copies its
// pages back into the database file and syncs that — two fsyncs, which on a small VM take
// milliseconds and turned every ~60th gateway call into the slowest one. Here the writer's commit
// hook only hands the work to a thread of its own, which runs a passive checkpoint (it never
// blocks the writer or the readers). A passive checkpoint cannot restart the log while commits keep
// arriving, so past a hard cap the writer checkpoints the few remaining frames itself; the log then
// starts over from its beginning at the next write, and its size stays bounded.

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

struct sqlite3;

namespace nexus {

class DbThread;

class WalCheckpointer
{
public:
    // Frames (pages) in the log past the last checkpoint that send the thread to work, and the log
    // length at which the writer checkpoints itself.
    static constexpr int kBackgroundFrames = 1000;
    static constexpr int kInlineFrames = 8000;
    // Past this length the writer, before its next commit, waits (at most kHardCapWait) for a
    // running background checkpoint to finish: the log never grows much beyond it.
    static constexpr int kHardFrames = kInlineFrames + kBackgroundFrames;
    static constexpr std::chrono::seconds kHardCapWait{5};

    WalCheckpointer(const QString &path, const QString &connectionName);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    Status start(); // opens the checkpointer's own connection
    void stop();    // after the writer's connection has closed
    // On the writer's thread: replaces SQLite's automatic checkpoint on that connection.
    Status attach(QSqlDatabase &writer);

    struct Counts {
        qint64 background = 0; // checkpoints run by the thread
        qint64 inlined = 0;    // checkpoints the writer ran at the hard cap
    };
    Counts counts() const { return {m_background.load(), m_inlined.load()}; }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int frames);
    void runBackground();

    std::unique_ptr<DbThread> m_thread;
    std::atomic<bool> m_queued{false};
    std::atomic<int> m_backfilled{0}; // log frames already copied back (as the last checkpoint saw it)
    std::atomic<qint64> m_background{0};
    std::atomic<qint64> m_inlined{0};
    int m_lastInline = 0; // log length at the writer's last own checkpoint (writer thread only)
};

} // namespace nexus
