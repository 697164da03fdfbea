#include "demoseeding.h"

#include "backend.h"
#include "logging.h"

#include "whenready.h"
#include <QtConcurrent>

namespace nexus {

DemoSeeding::DemoSeeding(Backend &backend, QObject *parent) : QObject(parent), m_backend(backend) {}

DemoSeeding::~DemoSeeding()
{
    cancelAndWait();
}

void DemoSeeding::start(const DemoOptions &options)
{
    if (m_active)
        return;
    m_active = true;
    m_finished = false;
    m_failure.clear();
    m_stage = tr("Preparing the demo profile");
    m_clock.start();
    Q_EMIT changed();

    // The worker reports at most every 40 ms; each report is queued to this (GUI) thread.
    auto cancel = m_cancel;
    Backend *backend = &m_backend;
    m_future = QtConcurrent::run([backend, options, cancel, this]() -> Status {
        QElapsedTimer sinceReport;
        sinceReport.start();
        QString lastStage;
        DemoSeeder seeder(*backend, options);
        return seeder.run([&](int done, int total, const QString &stage) {
            if (cancel->load())
                return false;
            if (stage != lastStage || done == total || sinceReport.elapsed() >= 40) {
                sinceReport.restart();
                lastStage = stage;
                // `this` is only dereferenced on the GUI thread, where the destructor waits for us first.
                QMetaObject::invokeMethod(this, [this, done, total, stage] { report(done, total, stage); }, Qt::QueuedConnection);
            }
            return true;
        });
    });
    whenReady(m_future, this, [this](const Status &st) { onFinished(st); });
}

void DemoSeeding::cancelAndWait()
{
    if (!m_future.isValid() || m_future.isFinished())
        return;
    m_cancel->store(true);
    m_future.waitForFinished();
}

void DemoSeeding::report(int done, int total, const QString &stage)
{
    if (!m_active)
        return;
    m_done = done;
    m_total = total;
    m_stage = stage;
    m_elapsedMs = m_clock.elapsed();
    Q_EMIT changed();
}

void DemoSeeding::onFinished(const Status &status)
{
    m_active = false;
    m_elapsedMs = m_clock.elapsed();
    if (status.ok()) {
        m_finished = true;
        m_done = m_total;
        m_stage = tr("Demo data ready");
        qCInfo(lcUi) << "demo seeding finished in" << m_elapsedMs << "ms";
    } else {
        m_failure = status.error().message;
        m_stage = tr("Demo seeding stopped");
        qCWarning(lcUi).noquote() << "demo seeding failed:" << status.error().message;
    }
    Q_EMIT changed();
    Q_EMIT completed(status.ok());
}

} // namespace nexus
