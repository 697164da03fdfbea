#pragma once
// A simulated market for demo mode: per pair a seeded random walk (a Brownian bridge refined down to
// the minute, so any minute can be computed directly), and per simulated exchange a small bias,
// noise, occasional outliers and outages. A pure function of (seed, pair, time): the same seed and
// clock give the same quotes, on every platform (only +, -, *, / and sqrt on doubles).

#include "oracleaggregate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nexus::oracle {

struct SimPairSpec {
    QString pair;           // "BTC/USD"
    RateE9 anchorRate = 0;  // the walk wanders around this level
    int dailyVolBps = 300;  // standard deviation of one day's move
    int quoteDecimals = 2;  // exchanges quote with this many decimals
    QStringList exchanges;  // simulated sources, e.g. "Kraken-sim"
};

class MarketSim
{
public:
    explicit MarketSim(quint64 seed, QList<SimPairSpec> pairs = defaultPairs());

    // BTC/USD on 9 exchanges, ETH/USD on 7, ICP/USD on 5.
    static QList<SimPairSpec> defaultPairs();

    const QList<SimPairSpec> &pairs() const { return m_pairs; }
    int indexOf(const QString &pair) const; // -1 when not simulated

    // The market's "true" price at the minute containing tsNs.
    RateE9 fairRate(int pair, qint64 tsNs) const;
    // One quote per exchange for the minute containing tsNs (no answer during an outage).
    QList<SourceQuote> quotes(int pair, qint64 tsNs) const;

    // Per-quote odds, in parts per 10,000.
    static constexpr int kOutlierPer10k = 20;   // a wild quote 25-60 % off
    static constexpr int kMissPer10k = 100;     // one missed answer
    static constexpr int kOutagePer10k = 150;   // the exchange is down for the whole hour

private:
    double offset(int pair, qint64 minute) const; // relative deviation from the anchor
    quint64 hash(quint64 a, quint64 b, quint64 c) const;

    quint64 m_seed;
    QList<SimPairSpec> m_pairs;
};

} // namespace nexus::oracle
