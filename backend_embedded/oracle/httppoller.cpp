#include "httppoller.h"

#include "gatewaycall.h"
#include "oracleaggregate.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOracleHttp, "nexus.oracle.http", QtWarningMsg)

namespace nexus::oracle {

namespace {
constexpr qint64 kSecondNs = 1000000000;
}

HttpPoller::HttpPoller(Gateway &gateway, const Principal &feeder, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_feeder(feeder), m_now(&nowNs)
{
    m_pool.setMaxThreadCount(1);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &HttpPoller::pollNow);
    m_reload.setInterval(60000);
    connect(&m_reload, &QTimer::timeout, this, &HttpPoller::reloadSources);
}

HttpPoller::~HttpPoller()
{
    stop();
    m_pool.waitForDone();
}

void HttpPoller::start()
{
    reloadSources();
    m_tick.start();
    m_reload.start();
}

void HttpPoller::stop()
{
    m_tick.stop();
    m_reload.stop();
}

CallContext HttpPoller::context() const
{
    CallContext ctx;
    ctx.caller = m_feeder;
    ctx.origin = Origin::Sync;
    return ctx;
}

void HttpPoller::reloadSources()
{
    callInPool(m_gateway, &m_pool, context(), QStringLiteral("oracle.pairs"), {}, this, [this](const Result<QJsonValue> &pairs) {
        if (!pairs) {
            qCWarning(lcOracleHttp) << "cannot list the oracle pairs:" << pairs.error().message;
            return;
        }
        const QJsonArray items = pairs->toObject().value(QStringLiteral("items")).toArray();
        auto pending = std::make_shared<int>(int(items.size()));
        auto found = std::make_shared<QHash<QString, QList<HttpSourceSpec>>>();
        const auto finish = [this, found] {
            int count = 0;
            for (auto it = m_feeds.begin(); it != m_feeds.end(); ++it)
                it->sources.clear();
            for (auto it = found->cbegin(); it != found->cend(); ++it) {
                m_feeds[it.key()].sources = it.value();
                count += int(it.value().size());
            }
            Q_EMIT sourcesLoaded(count);
        };
        if (items.isEmpty())
            finish();
        for (const QJsonValue &item : items) {
            const QString pair = item.toObject().value(QStringLiteral("pair")).toString();
            callInPool(m_gateway, &m_pool, context(), QStringLiteral("oracle.sources"), {{QStringLiteral("pair"), pair}}, this,
                       [pair, pending, found, finish](const Result<QJsonValue> &r) {
                           if (r) {
                               for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
                                   const QJsonObject s = v.toObject();
                                   if (s.value(QStringLiteral("kind")).toString() != QLatin1String("http") || !s.value(QStringLiteral("enabled")).toBool())
                                       continue;
                                   (*found)[pair].append(HttpSourceSpec{pair, s.value(QStringLiteral("name")).toString(),
                                                                        QUrl(s.value(QStringLiteral("url")).toString()),
                                                                        s.value(QStringLiteral("json_path")).toString(),
                                                                        s.value(QStringLiteral("poll_s")).toInt(60)});
                               }
                           } else {
                               qCWarning(lcOracleHttp) << "cannot list the sources of" << pair << ":" << r.error().message;
                           }
                           if (--*pending == 0)
                               finish();
                       });
        }
    });
}

void HttpPoller::pollNow()
{
    const QStringList pairs = m_feeds.keys();
    for (const QString &pair : pairs)
        poll(pair);
}

void HttpPoller::poll(const QString &pair)
{
    Feed &f = m_feeds[pair];
    const qint64 now = m_now();
    if (f.busy || f.sources.isEmpty() || minuteFloor(now) <= f.lastRoundMinute)
        return;
    QList<HttpSourceSpec> due;
    for (const HttpSourceSpec &s : std::as_const(f.sources)) {
        const auto last = f.lastFetchNs.constFind(s.name);
        if (last == f.lastFetchNs.constEnd() || now - *last >= qint64(s.pollS) * kSecondNs)
            due << s;
    }
    if (due.isEmpty())
        return;
    f.busy = true;
    auto remaining = std::make_shared<int>(int(due.size()));
    auto quotes = std::make_shared<QJsonObject>();
    for (const HttpSourceSpec &s : std::as_const(due)) {
        f.lastFetchNs.insert(s.name, now);
        HttpSource::fetch(m_nam, s, m_timeoutMs, this, [this, pair, name = s.name, now, remaining, quotes](const Result<RateE9> &r) {
            if (r) {
                quotes->insert(name, formatRate(*r));
            } else {
                quotes->insert(name, QJsonValue::Null);
                Q_EMIT sourceFailed(pair, name, r.error().message);
            }
            if (--*remaining == 0)
                send(pair, now, *quotes);
        });
    }
}

void HttpPoller::send(const QString &pair, qint64 tsNs, const QJsonObject &quotes)
{
    const QJsonObject args{{QStringLiteral("pair"), pair}, {QStringLiteral("ts_ns"), QString::number(tsNs)}, {QStringLiteral("quotes"), quotes}};
    CallContext ctx = context();
    ctx.timeNs = tsNs;
    callInPool(m_gateway, &m_pool, ctx, QStringLiteral("oracle.update_price"), args, this, [this, pair, tsNs](const Result<QJsonValue> &r) {
        auto it = m_feeds.find(pair);
        if (it != m_feeds.end()) {
            it->busy = false;
            it->lastRoundMinute = minuteFloor(tsNs);
        }
        if (r)
            Q_EMIT roundSent(pair, r->toObject());
        else
            Q_EMIT sendFailed(pair, r.error().message);
    });
}

} // namespace nexus::oracle
