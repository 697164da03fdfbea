#include "ratelimiter.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace nexus {

void RateLimiter::setConfig(const QString &methodClass, BucketConfig config)
{
    QMutexLocker lock(&m_mutex);
    config.capacity = std::max(1.0, config.capacity);
    config.refillPerSec = std::max(0.001, config.refillPerSec);
    m_configs.insert(methodClass, config);
}

BucketConfig RateLimiter::config(const QString &methodClass) const
{
    QMutexLocker lock(&m_mutex);
    return m_configs.value(methodClass);
}

qint64 RateLimiter::tryAcquire(const QByteArray &caller, const QString &methodClass, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    const BucketConfig cfg = m_configs.value(methodClass);
    const QByteArray key = methodClass.toUtf8() + '\0' + caller;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{cfg.capacity, nowMs});
    Bucket &b = *it;
    const double elapsed = std::max<qint64>(0, nowMs - b.lastMs) / 1000.0;
    b.tokens = std::min(cfg.capacity, b.tokens + elapsed * cfg.refillPerSec);
    b.lastMs = std::max(b.lastMs, nowMs);
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1.0 - b.tokens) / cfg.refillPerSec * 1000.0)));
}

void RateLimiter::reset()
{
    QMutexLocker lock(&m_mutex);
    m_buckets.clear();
}

} // namespace nexus
