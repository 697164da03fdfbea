// Token buckets: burst, refill, retry-after, isolation per caller and class.
#include "ratelimiter.h"

#include <QTest>

using namespace nexus;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRefusal()
    {
        RateLimiter rl;
        rl.setConfig(QStringLiteral("write"), {3, 2});
        const qint64 t0 = 1000000;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rl.tryAcquire("alice", QStringLiteral("write"), t0), qint64(0));
        const qint64 retry = rl.tryAcquire("alice", QStringLiteral("write"), t0);
        QCOMPARE(retry, qint64(500)); // one token at 2/s
        QVERIFY(rl.tryAcquire("alice", QStringLiteral("write"), t0 + 499) > 0);
        QCOMPARE(rl.tryAcquire("alice", QStringLiteral("write"), t0 + 500), qint64(0));
    }

    void callersAndClassesAreIndependent()
    {
        RateLimiter rl;
        rl.setConfig(QStringLiteral("write"), {1, 1});
        rl.setConfig(QStringLiteral("read"), {1, 1});
        QCOMPARE(rl.tryAcquire("alice", QStringLiteral("write"), 0), qint64(0));
        QVERIFY(rl.tryAcquire("alice", QStringLiteral("write"), 0) > 0);
        QCOMPARE(rl.tryAcquire("bob", QStringLiteral("write"), 0), qint64(0));
        QCOMPARE(rl.tryAcquire("alice", QStringLiteral("read"), 0), qint64(0));
    }

    void refillIsCappedAtCapacity()
    {
        RateLimiter rl;
        rl.setConfig(QStringLiteral("write"), {2, 100});
        QCOMPARE(rl.tryAcquire("a", QStringLiteral("write"), 0), qint64(0));
        // A long pause does not bank more than the capacity.
        const qint64 later = 3600 * 1000;
        QCOMPARE(rl.tryAcquire("a", QStringLiteral("write"), later), qint64(0));
        QCOMPARE(rl.tryAcquire("a", QStringLiteral("write"), later), qint64(0));
        QVERIFY(rl.tryAcquire("a", QStringLiteral("write"), later) > 0);
    }

    void clockGoingBackwardsGivesNothingExtra()
    {
        RateLimiter rl;
        rl.setConfig(QStringLiteral("write"), {1, 1});
        QCOMPARE(rl.tryAcquire("a", QStringLiteral("write"), 10000), qint64(0));
        QVERIFY(rl.tryAcquire("a", QStringLiteral("write"), 5000) > 0);
    }

    void absurdConfigIsClamped()
    {
        RateLimiter rl;
        rl.setConfig(QStringLiteral("x"), {0, 0});
        QCOMPARE(rl.config(QStringLiteral("x")).capacity, 1.0);
        QVERIFY(rl.config(QStringLiteral("x")).refillPerSec > 0);
        QCOMPARE(rl.tryAcquire("a", QStringLiteral("x"), 0), qint64(0));
        QVERIFY(rl.tryAcquire("a", QStringLiteral("x"), 0) > 0);
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
