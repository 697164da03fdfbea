#pragma once
// Token buckets per (caller, method class). Time is passed in so the limiter stays pure and testable.

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

namespace nexus {

struct BucketConfig {
    double capacity = 60;     // burst size
    double refillPerSec = 20; // sustained rate
};

class RateLimiter
{
public:
    void setConfig(const QString &methodClass, BucketConfig config);
    BucketConfig config(const QString &methodClass) const;
    // 0 when a token was taken; otherwise milliseconds until one will be available (nothing taken).
    qint64 tryAcquire(const QByteArray &caller, const QString &methodClass, qint64 nowMs);
    void reset();

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, BucketConfig> m_configs;
    QHash<QByteArray, Bucket> m_buckets; // key: class + '\0' + caller
};

} // namespace nexus
