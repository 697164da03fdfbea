#include "oracleseed.h"

#include "oraclesim.h"

#include <QJsonArray>

#include <functional>

namespace nexus {

using namespace oracle;

namespace {

constexpr qint64 kMinuteNs = 60LL * 1000000000;
constexpr qint64 kDayNs = 1440 * kMinuteNs;
constexpr int kHistoryDays = 30;

using Tweak = std::function<void(qint64 minute, QList<SourceQuote> &quotes)>;

// Feeds rounds through the gateway as `feeder`, a pair-day per call in the compact CSV batch form.
class Feeder
{
public:
    Feeder(DemoScript &s, const Principal &feeder, const MarketSim &sim) : m_s(s), m_feeder(feeder), m_sim(sim) {}

    void startAt(int pair, qint64 minute) { m_next[pair] = minute; }
    void skipUntil(int pair, qint64 minute) { m_next[pair] = std::max(m_next.value(pair), minute); }

    // Rounds from the pair's next minute up to `until` (inclusive); returns the last answer.
    QJsonObject feedUntil(int pair, qint64 until, const Tweak &tweak = {})
    {
        QJsonObject last;
        qint64 m = m_next.value(pair);
        const QStringList &sources = m_sim.pairs()[pair].exchanges;
        while (m <= until) {
            QString csv;
            const qint64 end = std::min(until, m + kDayNs - kMinuteNs);
            csv.reserve(int((end - m) / kMinuteNs + 1) * (20 + 16 * int(sources.size())));
            for (; m <= end; m += kMinuteNs) {
                QList<SourceQuote> quotes = m_sim.quotes(pair, m);
                if (tweak)
                    tweak(m, quotes);
                csv += QString::number(m);
                for (const SourceQuote &q : std::as_const(quotes)) {
                    csv += u',';
                    if (q.rate)
                        csv += formatRate(*q.rate);
                }
                csv += u'\n';
            }
            // The feeder sends right after the last minute it covers.
            m_s.setClockNs(std::max(m_s.clockNs(), end + 7 * 1000000000LL));
            auto r = m_s.must(m_feeder, QStringLiteral("oracle.update_price"),
                              {{QStringLiteral("pair"), m_sim.pairs()[pair].pair},
                               {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
                               {QStringLiteral("csv"), csv}});
            if (r)
                last = r->toObject();
        }
        m_next[pair] = m;
        return last;
    }

    qint64 firstAlert(const QJsonObject &answer) const
    {
        return answer.value(QStringLiteral("trips")).toArray().first().toObject().value(QStringLiteral("alert_id")).toInteger();
    }

private:
    DemoScript &m_s;
    Principal m_feeder;
    const MarketSim &m_sim;
    QHash<int, qint64> m_next;
};

// Every quote of the minute set to fair * factor / 1000, to the cent (factors cycle over the sources).
Tweak setAll(const MarketSim &sim, int pair, qint64 atMinute, QList<int> permille)
{
    return [&sim, pair, atMinute, permille](qint64 minute, QList<SourceQuote> &quotes) {
        if (minute != atMinute)
            return;
        const RateE9 fair = sim.fairRate(pair, minute);
        for (int i = 0; i < quotes.size(); ++i)
            quotes[i].rate = fair / 1000 * permille[i % permille.size()] / 10000000 * 10000000;
    };
}

} // namespace

Status seedOracle(DemoScript &s, const DemoCast &cast, Prng &rng, qint64 coverFromNs)
{
    const Principal dana = cast.dana; // admin holding manage_oracle
    const MarketSim sim(rng.next());
    const auto pairName = [&](int i) { return sim.pairs()[i].pair; };

    for (int p = 0; p < sim.pairs().size(); ++p)
        for (const QString &exchange : sim.pairs()[p].exchanges)
            s.act(dana, QStringLiteral("oracle.add_source"),
                  {{QStringLiteral("pair"), pairName(p)}, {QStringLiteral("name"), exchange}, {QStringLiteral("kind"), QStringLiteral("sim")}});
    // What a real deployment polls; disabled in the demo, which runs offline.
    s.act(dana, QStringLiteral("oracle.add_source"),
          {{QStringLiteral("pair"), QStringLiteral("ICP/USD")}, {QStringLiteral("name"), QStringLiteral("CoinGecko")},
           {QStringLiteral("kind"), QStringLiteral("http")},
           {QStringLiteral("url"), QStringLiteral("https://api.coingecko.com/api/v3/simple/price?ids=internet-computer&vs_currencies=usd")},
           {QStringLiteral("json_path"), QStringLiteral("internet-computer.usd")}, {QStringLiteral("poll_s"), 60},
           {QStringLiteral("enabled"), false}});
    s.act(dana, QStringLiteral("oracle.set_pair_config"),
          {{QStringLiteral("pair"), QStringLiteral("ETH/USD")}, {QStringLiteral("deviation_bps"), 25},
           {QStringLiteral("reason"), QStringLiteral("Tighter tracking for ckETH collateral")}});
    s.expectRefusal(cast.gus, QStringLiteral("oracle.set_pair_config"),
                    {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}, {QStringLiteral("heartbeat_s"), 86400}});

    // 30 days of history (or back to coverFromNs) up to the demo clock, a day per call and pair.
    Feeder feed(s, dana, sim);
    const qint64 now = minuteFloor(s.clockNs());
    const int btc = sim.indexOf(QStringLiteral("BTC/USD")), eth = sim.indexOf(QStringLiteral("ETH/USD")), icp = sim.indexOf(QStringLiteral("ICP/USD"));
    qint64 start = now - kHistoryDays * kDayNs + 5 * 60 * kMinuteNs; // the live hours below complete the 30 days
    if (coverFromNs > 0 && coverFromNs < start)
        start = minuteFloor(coverFromNs) - kDayNs;
    for (int p = 0; p < sim.pairs().size(); ++p)
        feed.startAt(p, start);
    for (qint64 day = start; day < now; day += kDayNs)
        for (int p = 0; p < sim.pairs().size(); ++p)
            feed.feedUntil(p, std::min(now - kMinuteNs, day + kDayNs - kMinuteNs));
    if (!s.step(QStringLiteral("Oracle price history")))
        return Error::make(ErrorCode::Conflict, QStringLiteral("Demo seeding was cancelled."));

    // Live hours: the clock follows the rounds.
    const qint64 live = minuteFloor(s.clockNs()) + kMinuteNs;
    const auto at = [live](int minutes) { return live + minutes * kMinuteNs; };
    const auto all = [&](qint64 until) {
        for (int p = 0; p < sim.pairs().size(); ++p)
            feed.feedUntil(p, until);
    };
    all(at(0));

    // A flash crash on every BTC venue at once: a 14 % jump trips the breaker.
    const QJsonObject crash = feed.feedUntil(btc, at(20), setAll(sim, btc, at(20), {860}));
    feed.feedUntil(eth, at(20));
    feed.feedUntil(icp, at(20));
    // ICP's feeder goes quiet for two hours and ten minutes (longer than 2 x heartbeat).
    feed.feedUntil(icp, at(60));
    feed.skipUntil(icp, at(190));
    feed.feedUntil(btc, at(45));
    feed.feedUntil(eth, at(45));
    if (const qint64 id = feed.firstAlert(crash))
        s.act(dana, QStringLiteral("oracle.ack_alert"), {{QStringLiteral("id"), id}, {QStringLiteral("note"), QStringLiteral("Looking into it")}});
    s.expectRefusal(cast.gus, QStringLiteral("oracle.breaker_reset"), {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}, {QStringLiteral("note"), QStringLiteral("please")}});
    s.act(dana, QStringLiteral("oracle.breaker_reset"),
          {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}, {QStringLiteral("note"), QStringLiteral("Crash confined to the simulated venues' matching engines; order books verified")}});

    // ETH venues disagree: no four of seven quotes lie within 10 %, the round is inconsistent.
    feed.feedUntil(btc, at(70));
    const QJsonObject split = feed.feedUntil(eth, at(70), setAll(sim, eth, at(70), {900, 940, 980, 1020, 1060, 1100, 1140}));
    feed.feedUntil(btc, at(90));
    feed.feedUntil(eth, at(90));
    const RateE9 fairEth = sim.fairRate(eth, at(90)) / 10000000 * 10000000;
    s.act(dana, QStringLiteral("oracle.set_manual_price"),
          {{QStringLiteral("pair"), QStringLiteral("ETH/USD")}, {QStringLiteral("rate"), formatRate(fairEth)},
           {QStringLiteral("reason"), QStringLiteral("Venues disagree; serving the desk's index price meanwhile")}});
    if (const qint64 id = feed.firstAlert(split))
        s.act(dana, QStringLiteral("oracle.ack_alert"), {{QStringLiteral("id"), id}});
    feed.feedUntil(btc, at(150));
    feed.feedUntil(eth, at(150));
    s.act(dana, QStringLiteral("oracle.breaker_reset"),
          {{QStringLiteral("pair"), QStringLiteral("ETH/USD")}, {QStringLiteral("note"), QStringLiteral("Venues agree again")}});

    // ICP's feeder is back; its first round finds the price stale and trips.
    const QJsonObject stale = feed.feedUntil(icp, at(190));
    all(at(210));
    if (const qint64 id = feed.firstAlert(stale))
        s.act(dana, QStringLiteral("oracle.ack_alert"), {{QStringLiteral("id"), id}, {QStringLiteral("note"), QStringLiteral("Feeder host restarted")}});
    s.act(dana, QStringLiteral("oracle.breaker_reset"),
          {{QStringLiteral("pair"), QStringLiteral("ICP/USD")}, {QStringLiteral("note"), QStringLiteral("Feeder restarted; quotes fresh")}});
    all(at(300));
    return {};
}

} // namespace nexus
