#pragma once
// A thread that owns one SQLite connection and runs submitted jobs on it, in order.
// The writer is one of these; readers are others. The GUI thread never touches SQL.

#include "result.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <deque>
#include <optional>
#include <functional>
#include <memory>

namespace nexus {

class DbThread : public QThread
{
public:
    DbThread(QString path, QString connectionName, bool create = false, int maxSchemaVersion = -1,
             QObject *parent = nullptr);
    ~DbThread() override;

    // Starts the thread and opens the connection there; returns the open result.
    Status startAndOpen();
    void stopAndWait();

    template<typename T, typename Fn>
    QFuture<T> submit(Fn fn)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        enqueue([promise, fn = std::move(fn)](QSqlDatabase &db) mutable {
            promise->addResult(fn(db));
            promise->finish();
        });
        return future;
    }

    // Runs `fn` on this thread and waits for it (for callers without an event loop: CLI, tests,
    // benchmarks, worker pools). A bare atomic flag and futex wait: a QFuture's bookkeeping cost
    // as much as a whole read call.
    template<typename T, typename Fn>
    T runBlocking(Fn fn)
    {
        if (QThread::currentThread() == this)
            return fn(m_db);
        struct Slot {
            std::optional<T> value;
            std::atomic<int> done{0}; // int: the futex-sized type atomic wait handles natively
        };
        auto slot = std::make_shared<Slot>(); // shared: the job may still notify after we return
        const bool first = enqueue([slot, fn = std::move(fn)](QSqlDatabase &db) mutable {
            slot->value.emplace(fn(db));
            slot->done.store(1, std::memory_order_release);
            slot->done.notify_one();
        });
        // Poll only when nothing was queued ahead and no other caller is polling: on a small
        // machine a second poller would take its core from the thread that serves them both.
        if (first && m_pollers.fetch_add(1, std::memory_order_acq_rel) == 0) {
            awaitDone(slot->done, true);
            m_pollers.fetch_sub(1, std::memory_order_acq_rel);
        } else {
            if (first)
                m_pollers.fetch_sub(1, std::memory_order_acq_rel);
            awaitDone(slot->done, false);
        }
        return std::move(*slot->value);
    }

    QSqlDatabase &connection() { return m_db; } // only valid on this thread

protected:
    void run() override;

private:
    bool enqueue(std::function<void(QSqlDatabase &)> job); // true when the queue was empty
    static void awaitDone(const std::atomic<int> &done, bool poll);

    // How long each side busy-polls before it sleeps: a blocking caller for its answer, the
    // thread for its next job.
    static constexpr std::chrono::microseconds kCallerPoll{500};
    static constexpr std::chrono::microseconds kWorkerPoll{50};

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_opened;
    std::deque<std::function<void(QSqlDatabase &)>> m_jobs;
    bool m_create = false;
    int m_maxSchemaVersion = -1;
    std::atomic<bool> m_pending{false}; // jobs are queued (polled without the mutex)
    std::atomic<int> m_pollers{0};      // blocking callers busy-polling for their answer
    bool m_stopping = false;
    bool m_openDone = false;
    std::optional<Error> m_openError;
};

} // namespace nexus
