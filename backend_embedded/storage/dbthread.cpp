#include "dbthread.h"

#include "database.h"

#include <QMutexLocker>

#include <chrono>

#include <sched.h>

namespace nexus {

DbThread::DbThread(QString path, QString connectionName, bool create, int maxSchemaVersion, QObject *parent)
    : QThread(parent), m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_create(create), m_maxSchemaVersion(maxSchemaVersion)
{
    setObjectName(m_connectionName);
}

DbThread::~DbThread()
{
    stopAndWait();
}

Status DbThread::startAndOpen()
{
    start();
    QMutexLocker lock(&m_mutex);
    while (!m_openDone)
        m_opened.wait(&m_mutex);
    if (m_openError)
        return *m_openError;
    return {};
}

void DbThread::stopAndWait()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    if (isRunning())
        wait();
}

namespace {
// Busy-polls `ready` for up to `limit`; true when it turned true in time. The poll yields the
// CPU every 64 pauses: the caller and the writer often share a core, and a poll that never yields
// took whole time slices from the very thread it was waiting for.
template<typename Ready>
bool pollFor(std::chrono::microseconds limit, Ready ready)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    for (int i = 0;; ++i) {
        if (ready())
            return true;
        if ((i & 63) == 63) {
            if (std::chrono::steady_clock::now() > deadline)
                return false;
            sched_yield();
        }
        __builtin_ia32_pause();
    }
}
} // namespace

void DbThread::awaitDone(const std::atomic<int> &done, bool poll)
{
    // Most calls finish in well under a millisecond: polling first spares a blocking caller the
    // scheduler's wake-up latency, which on a small VM costs as much as the call itself.
    if (poll && pollFor(kCallerPoll, [&] { return done.load(std::memory_order_acquire) != 0; }))
        return;
    done.wait(0, std::memory_order_acquire); // a futex wait; returns once the job stored 1
}

bool DbThread::enqueue(std::function<void(QSqlDatabase &)> job)
{
    QMutexLocker lock(&m_mutex);
    const bool first = m_jobs.empty();
    m_jobs.push_back(std::move(job));
    m_pending.store(true, std::memory_order_release);
    m_wake.wakeOne();
    return first;
}

void DbThread::run()
{
    {
        auto opened = Database::open(m_path, m_connectionName, m_create, m_maxSchemaVersion);
        QMutexLocker lock(&m_mutex);
        if (opened)
            m_db = *opened;
        else
            m_openError = opened.error();
        m_openDone = true;
        m_opened.wakeAll();
        if (!opened) {
            Database::close(m_connectionName);
            return;
        }
    }
    for (;;) {
        std::function<void(QSqlDatabase &)> job;
        // A caller that just got its answer often sends its next call at once.
        pollFor(kWorkerPoll, [&] { return m_pending.load(std::memory_order_acquire); });
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_jobs.empty() && m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_pending.store(!m_jobs.empty(), std::memory_order_release);
        }
        job(m_db);
    }
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
}

} // namespace nexus
