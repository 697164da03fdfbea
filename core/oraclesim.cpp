#include "oraclesim.h"

#include "prng.h"

#include <algorithm>
#include <cmath>

namespace nexus::oracle {

namespace {

constexpr qint64 kMinuteNs = 60LL * 1000000000;
constexpr int kLevels = 16;                  // top-level knots every 2^16 minutes (about 45 days)
constexpr double kTopSpread = 0.12;          // standard deviation of the top-level knots
constexpr quint64 kTopTag = 0x746f70ULL;     // hash domains
constexpr quint64 kMidTag = 0x6d6964ULL;
constexpr quint64 kQuoteTag = 0x71756fULL;
constexpr quint64 kOutageTag = 0x6f7574ULL;
constexpr quint64 kBiasTag = 0x626961ULL;

double uniform(quint64 h) { return double(h >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)

// Approximately standard normal: the sum of four uniforms (Irwin-Hall), scaled to unit variance.
double gauss(quint64 h)
{
    Prng p(h);
    const double s = uniform(p.next()) + uniform(p.next()) + uniform(p.next()) + uniform(p.next());
    return (s - 2.0) * 1.7320508075688772;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

MarketSim::MarketSim(quint64 seed, QList<SimPairSpec> pairs) : m_seed(seed), m_pairs(std::move(pairs)) {}

QList<SimPairSpec> MarketSim::defaultPairs()
{
    return {
        {QStringLiteral("BTC/USD"), 67'000 * kRateOne, 300, 2,
         names({"Kraken-sim", "Coinbase-sim", "Bitstamp-sim", "Gemini-sim", "KuCoin-sim", "OKX-sim", "Bitfinex-sim", "Bybit-sim", "Gate-sim"})},
        {QStringLiteral("ETH/USD"), 3'400 * kRateOne, 380, 2,
         names({"Kraken-sim", "Coinbase-sim", "Bitstamp-sim", "Gemini-sim", "KuCoin-sim", "OKX-sim", "Bybit-sim"})},
        {QStringLiteral("ICP/USD"), 9'500'000'000, 500, 4, names({"Coinbase-sim", "KuCoin-sim", "OKX-sim", "Gate-sim", "MEXC-sim"})},
    };
}

int MarketSim::indexOf(const QString &pair) const
{
    for (int i = 0; i < m_pairs.size(); ++i)
        if (m_pairs[i].pair == pair)
            return i;
    return -1;
}

quint64 MarketSim::hash(quint64 a, quint64 b, quint64 c) const
{
    Prng p(m_seed ^ (a * 0x9e3779b97f4a7c15ULL));
    Prng q(p.next() ^ (b * 0xc2b2ae3d27d4eb4fULL));
    Prng r(q.next() ^ (c * 0x165667b19e3779f9ULL));
    return r.next();
}

double MarketSim::offset(int pair, qint64 minute) const
{
    // Brownian bridge: knots every 2^16 minutes, then midpoints refined level by level. The midpoint
    // of an interval of L minutes deviates from the straight line by sigma * sqrt(L) / 2.
    const SimPairSpec &spec = m_pairs[pair];
    const double sigmaPerMinute = spec.dailyVolBps / 10000.0 / std::sqrt(1440.0);
    const auto top = [&](qint64 block) { return kTopSpread * gauss(hash(kTopTag, quint64(pair), quint64(block))); };
    qint64 lo = (minute >> kLevels) << kLevels;
    qint64 hi = lo + (qint64(1) << kLevels);
    double vlo = top(lo >> kLevels), vhi = top(hi >> kLevels);
    while (minute != lo) {
        const qint64 mid = lo + (hi - lo) / 2;
        const double vmid = (vlo + vhi) / 2
                            + sigmaPerMinute * std::sqrt(double(hi - lo)) / 2 * gauss(hash(kMidTag + quint64(pair), quint64(mid), 0));
        if (minute < mid) {
            hi = mid;
            vhi = vmid;
        } else {
            lo = mid;
            vlo = vmid;
        }
    }
    return std::clamp(vlo, -0.6, 1.5);
}

RateE9 MarketSim::fairRate(int pair, qint64 tsNs) const
{
    const qint64 minute = minuteFloor(tsNs) / kMinuteNs;
    return RateE9(std::llround(double(m_pairs[pair].anchorRate) * (1.0 + offset(pair, minute))));
}

QList<SourceQuote> MarketSim::quotes(int pair, qint64 tsNs) const
{
    const SimPairSpec &spec = m_pairs[pair];
    const qint64 minute = minuteFloor(tsNs) / kMinuteNs;
    const double fair = double(fairRate(pair, tsNs));
    const RateE9 tick = RateE9(pow10(kRateDecimals - spec.quoteDecimals));
    QList<SourceQuote> out;
    out.reserve(spec.exchanges.size());
    for (int s = 0; s < spec.exchanges.size(); ++s) {
        const quint64 who = quint64(pair) << 8 | quint64(s);
        SourceQuote q{spec.exchanges[s], std::nullopt};
        Prng dice(hash(kQuoteTag, who, quint64(minute)));
        const bool downThisHour = Prng(hash(kOutageTag, who, quint64(minute / 60))).below(10000) < quint64(kOutagePer10k);
        const quint64 roll = dice.below(10000);
        if (downThisHour || roll < quint64(kMissPer10k)) {
            out.append(std::move(q));
            continue;
        }
        const double bias = (uniform(hash(kBiasTag, who, 0)) - 0.5) * 0.0008; // +-4 bps, fixed per exchange
        double rel = 1.0 + bias + 0.0006 * gauss(dice.next());
        if (roll >= 10000 - quint64(kOutlierPer10k)) {
            const double size = 0.25 + 0.35 * uniform(dice.next());
            rel = (dice.next() & 1) ? 1.0 + size : 1.0 - size;
        }
        q.rate = RateE9(std::llround(fair * rel / double(tick))) * tick;
        out.append(std::move(q));
    }
    return out;
}

} // namespace nexus::oracle
