#include "swapkeeper.h"

#include "oracle/gatewaycall.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSwapKeeper, "nexus.swaps", QtInfoMsg)

namespace nexus {

namespace {

const QString kDue = QStringLiteral("swaps.due");
const QString kProcess = QStringLiteral("swaps.process_expired");

// Adds one batch's counts to the running report.
void accumulate(QJsonObject &sum, const QJsonObject &batch)
{
    for (const char *k : {"refunded_legs", "completed", "cancelled"})
        sum.insert(QLatin1String(k), sum.value(QLatin1String(k)).toInt() + batch.value(QLatin1String(k)).toInt());
    QJsonArray processed = sum.value(QStringLiteral("processed")).toArray();
    for (const QJsonValue &v : batch.value(QStringLiteral("processed")).toArray())
        processed.append(v);
    sum.insert(QStringLiteral("processed"), processed);
    // A swap that cannot be settled comes first in every batch; report it once.
    QJsonArray stuck = sum.value(QStringLiteral("stuck")).toArray();
    for (const QJsonValue &v : batch.value(QStringLiteral("stuck")).toArray()) {
        const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
        if (std::none_of(stuck.cbegin(), stuck.cend(), [id](const QJsonValue &s) { return s.toObject().value(QStringLiteral("id")).toInteger() == id; }))
            stuck.append(v);
    }
    sum.insert(QStringLiteral("stuck"), stuck);
    sum.insert(QStringLiteral("remaining"), batch.value(QStringLiteral("remaining")));
}

// Another batch is worth it: something is left and the last batch got somewhere.
bool more(const QJsonObject &batch)
{
    return batch.value(QStringLiteral("remaining")).toInt() > 0 && !batch.value(QStringLiteral("processed")).toArray().isEmpty();
}

} // namespace

SwapKeeper::SwapKeeper(Gateway &gateway, const Principal &keeper, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_keeper(keeper), m_now([] { return qint64(0); })
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &SwapKeeper::tick);
}

SwapKeeper::~SwapKeeper()
{
    stop();
    m_pool.waitForDone();
}

void SwapKeeper::start(int intervalMs)
{
    m_timer.start(intervalMs);
    tick();
}

void SwapKeeper::stop() { m_timer.stop(); }

CallContext SwapKeeper::context() const
{
    CallContext ctx;
    ctx.caller = m_keeper;
    ctx.origin = Origin::Gui;
    ctx.timeNs = m_now();
    return ctx;
}

void SwapKeeper::tick()
{
    if (m_busy)
        return;
    m_busy = true;
    oracle::callInPool(m_gateway, &m_pool, context(), kDue, {}, this, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_busy = false;
            Q_EMIT failed(r.error().message);
            return;
        }
        const int due = r->toObject().value(QStringLiteral("due")).toInt();
        Q_EMIT checked(due);
        if (due > 0)
            process();
        else
            m_busy = false;
    });
}

void SwapKeeper::process()
{
    oracle::callInPool(m_gateway, &m_pool, context(), kProcess, {{QStringLiteral("limit"), kBatch}}, this, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_busy = false;
            qCWarning(lcSwapKeeper) << "swap expiry job refused:" << r.error().message;
            Q_EMIT failed(r.error().message);
            return;
        }
        const QJsonObject batch = r->toObject();
        if (!batch.value(QStringLiteral("processed")).toArray().isEmpty() || !batch.value(QStringLiteral("stuck")).toArray().isEmpty())
            Q_EMIT processed(batch);
        if (more(batch))
            process();
        else
            m_busy = false;
    });
}

Result<QJsonObject> SwapKeeper::runOnce()
{
    QJsonObject sum{{QStringLiteral("refunded_legs"), 0}, {QStringLiteral("completed"), 0}, {QStringLiteral("cancelled"), 0},
                    {QStringLiteral("processed"), QJsonArray()}, {QStringLiteral("stuck"), QJsonArray()}, {QStringLiteral("remaining"), 0}};
    for (;;) {
        auto r = m_gateway.callBlocking(context(), kProcess, {{QStringLiteral("limit"), kBatch}});
        if (!r)
            return r.error();
        const QJsonObject batch = r->toObject();
        accumulate(sum, batch);
        if (!more(batch))
            return sum;
    }
}

} // namespace nexus
