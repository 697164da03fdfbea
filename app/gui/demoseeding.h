#pragma once
// Runs the blocking DemoSeeder on a worker thread and publishes its progress to the UI.

#include "demo/demoseeder.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace nexus {

class Backend;

class DemoSeeding : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Session")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(int done READ done NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(double fraction READ fraction NOTIFY changed)
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(QString failure READ failure NOTIFY changed)
    Q_PROPERTY(double elapsedSeconds READ elapsedSeconds NOTIFY changed)
public:
    explicit DemoSeeding(Backend &backend, QObject *parent = nullptr);
    ~DemoSeeding() override;

    void start(const DemoOptions &options = {});
    void cancelAndWait();

    bool active() const { return m_active; }
    bool finished() const { return m_finished; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    double fraction() const { return m_total > 0 ? double(m_done) / m_total : 0.0; }
    QString stage() const { return m_stage; }
    QString failure() const { return m_failure; }
    double elapsedSeconds() const { return m_elapsedMs / 1000.0; }

Q_SIGNALS:
    void changed();
    void completed(bool ok); // after the last step, or a failure

private:
    void report(int done, int total, const QString &stage);
    void onFinished(const Status &status);

    Backend &m_backend;
    QFuture<Status> m_future;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QElapsedTimer m_clock;
    bool m_active = false;
    bool m_finished = false;
    int m_done = 0;
    int m_total = 0;
    QString m_stage;
    QString m_failure;
    qint64 m_elapsedMs = 0;
};

} // namespace nexus
