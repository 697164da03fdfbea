#pragma once
// Keeps the demo's price feeds moving: every few seconds of wall time it sends each simulated feed
// a round for every new minute (MarketSim quotes for its enabled "sim" sources) through the gateway.
// On start it first catches up from the newest stored round to now, in day-sized batches, scaled so
// the simulated market continues from the stored price without a jump.

#include "gateway/gateway.h"
#include "oraclesim.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <functional>

namespace nexus::oracle {

class DemoFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr quint64 kDefaultSeed = 0x6f7261636c65ULL;
    static constexpr qint64 kMaxCatchUpNs = 62LL * 86400 * 1000000000; // an older gap stays a gap (the breaker trips stale)
    static constexpr int kBatchRounds = 1440;

    DemoFeed(Gateway &gateway, const Principal &feeder, quint64 seed = kDefaultSeed, QObject *parent = nullptr);
    ~DemoFeed() override;

    void start(int intervalMs = 5000);
    void stop();
    bool isRunning() const { return m_running; }
    void setClock(std::function<qint64()> nowNs) { m_now = std::move(nowNs); } // tests
    bool idle() const { return m_queue.empty() && !m_busy; }

Q_SIGNALS:
    void pushed(const QString &pair, int rounds);
    void failed(const QString &pair, const QString &message);
    void caughtUp();

private:
    struct Feed {
        QString pair;
        int simIndex = -1;
        QStringList sources;               // enabled sim sources the simulator knows
        qint64 queuedMinute = 0;           // newest minute queued (or stored, at start)
        Nat128 scaleNum = 1, scaleDen = 1; // continue from the stored price
    };
    struct Batch {
        QString pair;
        qint64 fromMinute = 0, toMinute = 0; // inclusive, at most kBatchRounds minutes
    };
    void discover();
    void tick();
    void enqueue(Feed &f, qint64 untilMinute);
    void pump();

    Gateway &m_gateway;
    Principal m_feeder;
    MarketSim m_sim;
    QThreadPool m_pool;
    QTimer m_timer;
    QHash<QString, Feed> m_feeds;
    std::deque<Batch> m_queue;
    bool m_busy = false;
    bool m_running = false;
    bool m_catchingUp = false;
    std::function<qint64()> m_now;
};

} // namespace nexus::oracle
