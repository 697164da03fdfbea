#pragma once
// The swap expiry job: on a timer it asks swaps.due (a read, so an idle check leaves no audit
// entry) and, when something is due, runs swaps.process_expired through the gateway as `keeper`
// in batches until nothing is left. Gateway calls run on a worker thread; signals arrive on the
// keeper's thread. process_expired is idempotent, so a pass cut short by a crash is simply redone.

#include "gateway/gateway.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace nexus {

class SwapKeeper : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 200;

    SwapKeeper(Gateway &gateway, const Principal &keeper, QObject *parent = nullptr);
    ~SwapKeeper() override; // waits for a call in flight

    void start(int intervalMs = 30000); // checks at once, then every interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    bool idle() const { return !m_busy; }
    // The time passed to the gateway (tests); by default the gateway stamps its own.
    void setClock(std::function<qint64()> nowNs) { m_now = std::move(nowNs); }

    // One complete pass on the calling thread (nexusctl, tests): process_expired until nothing due is
    // left or only swaps that cannot be settled remain. The sums of what each batch reported.
    Result<QJsonObject> runOnce();

Q_SIGNALS:
    void checked(int due);
    void processed(const QJsonObject &report); // a batch that did something
    void failed(const QString &message);

private:
    CallContext context() const;
    void tick();
    void process();

    Gateway &m_gateway;
    Principal m_keeper;
    QThreadPool m_pool;
    QTimer m_timer;
    bool m_busy = false;
    std::function<qint64()> m_now;
};

} // namespace nexus
