#include "dbthread.h"

#include "database.h"

#include <QMutexLocker>

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

void DbThread::awaitDone(const std::atomic<int> &done)
{
    done.wait(0, std::memory_order_acquire); // a futex wait; returns once the job stored 1
}

void DbThread::enqueue(std::function<void(QSqlDatabase &)> job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
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
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_jobs.empty() && m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(m_db);
    }
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
}

} // namespace nexus
