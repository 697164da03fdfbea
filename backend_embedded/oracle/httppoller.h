#pragma once
// Feeds the oracle from its HTTP JSON sources: every tick, each feed whose sources are due (their
// poll interval passed, at most one round per minute) fetches them in parallel and sends one round
// through the gateway (oracle.update_price) as the feeder, who must hold manage_oracle.

#include "gateway/gateway.h"
#include "httpsource.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace nexus::oracle {

class HttpPoller : public QObject
{
    Q_OBJECT
public:
    HttpPoller(Gateway &gateway, const Principal &feeder, QObject *parent = nullptr);
    ~HttpPoller() override;

    void start();
    void stop();
    bool isRunning() const { return m_tick.isActive(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setClock(std::function<qint64()> nowNs) { m_now = std::move(nowNs); } // tests
    // Re-reads the enabled HTTP sources now (also done every minute while running).
    void reloadSources();
    // One tick now: fetch what is due and send the rounds.
    void pollNow();

Q_SIGNALS:
    void sourcesLoaded(int count);
    void roundSent(const QString &pair, const QJsonObject &result);
    void sourceFailed(const QString &pair, const QString &source, const QString &message);
    void sendFailed(const QString &pair, const QString &message);

private:
    struct Feed {
        QList<HttpSourceSpec> sources;
        QHash<QString, qint64> lastFetchNs;
        qint64 lastRoundMinute = 0;
        bool busy = false;
    };
    void poll(const QString &pair);
    void send(const QString &pair, qint64 tsNs, const QJsonObject &quotes);
    CallContext context() const;

    Gateway &m_gateway;
    Principal m_feeder;
    QNetworkAccessManager m_nam;
    QThreadPool m_pool;
    QTimer m_tick;
    QTimer m_reload;
    QHash<QString, Feed> m_feeds;
    int m_timeoutMs = HttpSource::kDefaultTimeoutMs;
    std::function<qint64()> m_now;
};

} // namespace nexus::oracle
