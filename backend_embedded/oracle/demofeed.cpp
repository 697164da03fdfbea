#include "demofeed.h"

#include "gatewaycall.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemoFeed, "nexus.oracle.demo", QtWarningMsg)

namespace nexus::oracle {

namespace {

constexpr qint64 kMinuteNs = 60LL * 1000000000;

// The rounds of one batch as update_price arguments, in the compact CSV form (runs on the worker).
QJsonObject batchArgs(const MarketSim &sim, int simIndex, const QStringList &sources, Nat128 num, Nat128 den, const QString &pair,
                      qint64 fromMinute, qint64 toMinute)
{
    QString csv;
    for (qint64 m = fromMinute; m <= toMinute; m += kMinuteNs) {
        csv += QString::number(m);
        const QList<SourceQuote> quotes = sim.quotes(simIndex, m);
        for (const QString &name : sources) {
            csv += u',';
            for (const SourceQuote &q : quotes) {
                if (q.source != name || !q.rate)
                    continue;
                const auto scaled = mulDivFloor(Nat128(*q.rate), num, den);
                if (scaled && *scaled > 0 && *scaled <= Nat128(std::numeric_limits<qint64>::max()))
                    csv += formatRate(RateE9(*scaled));
            }
        }
        csv += u'\n';
    }
    return {{QStringLiteral("pair"), pair}, {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}, {QStringLiteral("csv"), csv}};
}

} // namespace

DemoFeed::DemoFeed(Gateway &gateway, const Principal &feeder, quint64 seed, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_feeder(feeder), m_sim(seed), m_now(&nowNs)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &DemoFeed::tick);
}

DemoFeed::~DemoFeed()
{
    stop();
    m_pool.waitForDone();
}

void DemoFeed::start(int intervalMs)
{
    if (m_running)
        return;
    m_running = true;
    m_timer.setInterval(intervalMs);
    discover();
}

void DemoFeed::stop()
{
    m_running = false;
    m_timer.stop();
    m_queue.clear();
}

void DemoFeed::discover()
{
    CallContext ctx;
    ctx.caller = m_feeder;
    ctx.origin = Origin::Seed;
    callInPool(m_gateway, &m_pool, ctx, QStringLiteral("oracle.pairs"), {}, this, [this, ctx](const Result<QJsonValue> &pairs) {
        if (!pairs) {
            Q_EMIT failed(QString(), pairs.error().message);
            return;
        }
        QList<QJsonObject> simulated;
        for (const QJsonValue &v : pairs->toObject().value(QStringLiteral("items")).toArray())
            if (m_sim.indexOf(v.toObject().value(QStringLiteral("pair")).toString()) >= 0)
                simulated << v.toObject();
        auto pending = std::make_shared<int>(int(simulated.size()));
        const auto ready = [this] {
            if (!m_running)
                return;
            m_catchingUp = true;
            const qint64 nowMinute = minuteFloor(m_now());
            for (Feed &f : m_feeds)
                enqueue(f, nowMinute);
            pump();
            m_timer.start();
        };
        if (simulated.isEmpty())
            ready();
        for (const QJsonObject &p : std::as_const(simulated)) {
            Feed f;
            f.pair = p.value(QStringLiteral("pair")).toString();
            f.simIndex = m_sim.indexOf(f.pair);
            f.queuedMinute = p.value(QStringLiteral("last_round_ns")).toString().toLongLong();
            // Continue from the last published price: scale the simulated market by published / simulated.
            const qint64 publishedNs = p.value(QStringLiteral("published_ns")).toString().toLongLong();
            if (auto rate = parseRate(p.value(QStringLiteral("rate")).toString()); rate && publishedNs > 0) {
                f.scaleNum = Nat128(*rate);
                f.scaleDen = Nat128(m_sim.fairRate(f.simIndex, publishedNs));
            }
            callInPool(m_gateway, &m_pool, ctx, QStringLiteral("oracle.sources"), {{QStringLiteral("pair"), f.pair}}, this,
                       [this, f, pending, ready](const Result<QJsonValue> &r) mutable {
                           if (r) {
                               const QStringList known = m_sim.pairs()[f.simIndex].exchanges;
                               for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
                                   const QJsonObject s = v.toObject();
                                   const QString name = s.value(QStringLiteral("name")).toString();
                                   if (s.value(QStringLiteral("kind")).toString() == QLatin1String("sim") && s.value(QStringLiteral("enabled")).toBool()
                                       && known.contains(name))
                                       f.sources << name;
                               }
                               if (!f.sources.isEmpty())
                                   m_feeds.insert(f.pair, f);
                           }
                           if (--*pending == 0)
                               ready();
                       });
        }
    });
}

void DemoFeed::enqueue(Feed &f, qint64 untilMinute)
{
    qint64 from = f.queuedMinute ? f.queuedMinute + kMinuteNs : untilMinute;
    from = std::max(from, untilMinute - kMaxCatchUpNs);
    for (qint64 start = from; start <= untilMinute; start += kBatchRounds * kMinuteNs)
        m_queue.push_back(Batch{f.pair, start, std::min(untilMinute, start + (kBatchRounds - 1) * kMinuteNs)});
    f.queuedMinute = std::max(f.queuedMinute, untilMinute);
}

void DemoFeed::tick()
{
    const qint64 nowMinute = minuteFloor(m_now());
    for (Feed &f : m_feeds)
        if (nowMinute > f.queuedMinute)
            enqueue(f, nowMinute);
    pump();
}

void DemoFeed::pump()
{
    if (m_busy || !m_running)
        return;
    if (m_queue.empty()) {
        if (m_catchingUp) {
            m_catchingUp = false;
            Q_EMIT caughtUp();
        }
        return;
    }
    const Batch b = m_queue.front();
    m_queue.pop_front();
    const Feed f = m_feeds.value(b.pair);
    m_busy = true;
    CallContext ctx;
    ctx.caller = m_feeder;
    ctx.origin = Origin::Seed; // scripted demo data, audited, not rate limited
    ctx.timeNs = std::max(m_now(), b.toMinute);
    Gateway *gw = &m_gateway;
    const MarketSim *sim = &m_sim;
    QFuture<Result<QJsonValue>> future = QtConcurrent::run(&m_pool, [gw, sim, f, b, ctx] {
        return gw->callBlocking(ctx, QStringLiteral("oracle.update_price"),
                                batchArgs(*sim, f.simIndex, f.sources, f.scaleNum, f.scaleDen, b.pair, b.fromMinute, b.toMinute));
    });
    auto *watcher = new QFutureWatcher<Result<QJsonValue>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, b] {
        watcher->deleteLater();
        m_busy = false;
        const Result<QJsonValue> r = watcher->future().result();
        if (r) {
            Q_EMIT pushed(b.pair, r->toObject().value(QStringLiteral("rounds")).toInt());
        } else if (r.error().code == ErrorCode::Maintenance || r.error().code == ErrorCode::EmergencyStop) {
            // Expected while changes are paused: the feed catches up once they resume.
            qCInfo(lcDemoFeed) << "demo round for" << b.pair << "paused:" << r.error().message;
            Q_EMIT failed(b.pair, r.error().message);
        } else {
            qCWarning(lcDemoFeed) << "demo round for" << b.pair << "refused:" << r.error().message;
            Q_EMIT failed(b.pair, r.error().message);
        }
        pump();
    });
    watcher->setFuture(future);
}

} // namespace nexus::oracle
