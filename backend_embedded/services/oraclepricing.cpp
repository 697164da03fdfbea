#include "oraclepricing.h"

#include "services/servicesupport.h"

#include <QDateTime>
#include <QJsonArray>

namespace nexus::oracle {

namespace {

constexpr qint64 kSecondNs = 1000000000;

QString ageText(qint64 ns)
{
    const qint64 s = ns / kSecondNs;
    if (s < 3600)
        return QStringLiteral("%1 min").arg(s / 60);
    if (s < 2 * 86400)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    return QStringLiteral("%1 days").arg(s / 86400);
}

Error unavailable(const QString &message, const QString &hint, const PairRow &p, const QString &reason)
{
    Error e = Error::make(ErrorCode::Conflict, message, hint);
    e.details = QJsonObject{{QStringLiteral("pair"), p.text()},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("breaker"), breakerStateName(p.breaker.state)}};
    return e;
}

Status roundStats(QSqlDatabase &db, const PairRow &p, PriceLeg &leg)
{
    auto q = Database::exec(db, QStringLiteral("SELECT queried, received, used, stddev_e9 FROM oracle_rounds WHERE pair_id = ? AND ts_ns = ?"),
                            {p.id, leg.tsNs});
    if (!q)
        return q.error();
    if (q->next()) {
        leg.queried = q->value(0).toInt();
        leg.received = q->value(1).toInt();
        leg.used = q->value(2).toInt();
        leg.stddev = q->value(3).toLongLong();
    }
    return {};
}

Result<PriceLeg> currentLeg(QSqlDatabase &db, const PairRow &p, qint64 nowNs)
{
    PriceLeg leg;
    leg.pair = p.text();
    const CircuitBreaker &b = p.breaker;
    if (b.state == BreakerState::Tripped)
        return unavailable(QStringLiteral("The %1 price is suspended: its circuit breaker tripped at %2 (%3).")
                               .arg(p.text(), timeText(b.sinceNs), tripReasonName(b.reason)),
                           QStringLiteral("An admin with manage_oracle can reset the breaker or set a manual price (Oracle → Breaker)."),
                           p, QStringLiteral("tripped"));
    if (b.state == BreakerState::Manual) {
        leg.rate = b.manualRate;
        leg.tsNs = b.sinceNs;
        leg.kind = QStringLiteral("manual");
        return leg;
    }
    if (!p.last)
        return svc::notFound(QStringLiteral("No %1 price has been published yet.").arg(p.text()),
                             QStringLiteral("Feeders publish rounds with oracle.update_price."));
    if (isStale(p.last->tsNs, nowNs, p.config))
        return unavailable(QStringLiteral("The %1 price is stale: it was published %2 ago, and prices older than %3 (2 × heartbeat) are not served.")
                               .arg(p.text(), ageText(nowNs - p.last->tsNs), ageText(2 * p.config.heartbeatS * kSecondNs)),
                           QStringLiteral("Check the feed's sources; once a fresh round arrives the breaker trips and an admin must reset it."),
                           p, QStringLiteral("stale"));
    leg.rate = p.last->rate;
    leg.tsNs = p.last->tsNs;
    leg.kind = QStringLiteral("feed");
    if (auto st = roundStats(db, p, leg); !st)
        return st.error();
    return leg;
}

Result<PriceLeg> pastLeg(QSqlDatabase &db, const PairRow &p, qint64 atNs)
{
    auto q = Database::exec(db, QStringLiteral("SELECT rate_e9, ts_ns FROM oracle_rounds WHERE pair_id = ? AND published = 1 AND ts_ns <= ? "
                                               "ORDER BY ts_ns DESC LIMIT 1"),
                            {p.id, atNs});
    if (!q)
        return q.error();
    if (!q->next())
        return svc::notFound(QStringLiteral("No %1 price was published at or before %2.").arg(p.text(), timeText(atNs)));
    PriceLeg leg;
    leg.pair = p.text();
    leg.rate = q->value(0).toLongLong();
    leg.tsNs = q->value(1).toLongLong();
    leg.kind = QStringLiteral("feed");
    leg.stale = isStale(leg.tsNs, atNs, p.config);
    q->finish();
    if (auto st = roundStats(db, p, leg); !st)
        return st.error();
    return leg;
}

Result<PriceLeg> legOf(QSqlDatabase &db, const PairRow &p, qint64 nowNs, std::optional<qint64> atNs)
{
    return atNs ? pastLeg(db, p, *atNs) : currentLeg(db, p, nowNs);
}

const PairRow *find(const QList<PairRow> &pairs, const QString &base, const QString &quote)
{
    for (const PairRow &p : pairs)
        if (p.name.base == base && p.name.quote == quote)
            return &p;
    return nullptr;
}

} // namespace

QString timeText(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate);
}

Result<ResolvedPrice> resolvePrice(QSqlDatabase &db, const PairName &pair, qint64 nowNs, std::optional<qint64> atNs)
{
    ResolvedPrice out;
    out.pair = pair;
    if (pair.base == pair.quote) {
        out.rate = kRateOne;
        out.tsNs = atNs.value_or(nowNs);
        out.kind = QStringLiteral("identity");
        return out;
    }
    auto all = loadPairs(db);
    if (!all)
        return all.error();
    const auto finish = [&](RateE9 rate, const QString &kind) -> Result<ResolvedPrice> {
        out.rate = rate;
        out.kind = kind;
        out.tsNs = out.legs.first().tsNs;
        for (const PriceLeg &l : out.legs) {
            out.tsNs = std::min(out.tsNs, l.tsNs);
            out.stale = out.stale || l.stale;
        }
        return out;
    };
    if (const PairRow *direct = find(*all, pair.base, pair.quote)) {
        auto leg = legOf(db, *direct, nowNs, atNs);
        if (!leg)
            return leg.error();
        out.legs << *leg;
        return finish(leg->rate, leg->kind);
    }
    if (const PairRow *inverse = find(*all, pair.quote, pair.base)) {
        auto leg = legOf(db, *inverse, nowNs, atNs);
        if (!leg)
            return leg.error();
        auto rate = inverseRate(leg->rate);
        if (!rate)
            return rate.error();
        out.legs << *leg;
        return finish(*rate, QStringLiteral("inverse"));
    }
    // Cross through a common quote, USD first.
    QList<const PairRow *> candidates;
    for (const PairRow &p : *all)
        if (p.name.base == pair.base && find(*all, pair.quote, p.name.quote))
            candidates.insert(p.name.quote == QLatin1String("USD") ? 0 : candidates.size(), &p);
    if (candidates.isEmpty())
        return svc::notFound(QStringLiteral("The oracle cannot price %1: no feed, inverse feed or cross rate through a common quote.").arg(pair.text()),
                             QStringLiteral("oracle.pairs lists the feeds; crypto/crypto pairs are crossed through USD."));
    const PairRow *baseLeg = candidates.first();
    const PairRow *quoteLeg = find(*all, pair.quote, baseLeg->name.quote);
    auto a = legOf(db, *baseLeg, nowNs, atNs);
    if (!a)
        return a.error();
    auto b = legOf(db, *quoteLeg, nowNs, atNs);
    if (!b)
        return b.error();
    auto rate = crossRate(a->rate, b->rate);
    if (!rate)
        return rate.error();
    out.legs << *a << *b;
    return finish(*rate, QStringLiteral("cross"));
}

QJsonObject priceJson(const ResolvedPrice &p, qint64 nowNs)
{
    QJsonArray legs;
    for (const PriceLeg &l : p.legs)
        legs.append(QJsonObject{{QStringLiteral("pair"), l.pair},
                                {QStringLiteral("rate"), formatRate(l.rate)},
                                {QStringLiteral("timestamp_ns"), nsText(l.tsNs)},
                                {QStringLiteral("kind"), l.kind},
                                {QStringLiteral("stale"), l.stale},
                                {QStringLiteral("queried"), l.queried},
                                {QStringLiteral("received"), l.received},
                                {QStringLiteral("used"), l.used},
                                {QStringLiteral("stddev"), formatRate(l.stddev)}});
    return QJsonObject{{QStringLiteral("pair"), p.pair.text()},
                       {QStringLiteral("rate"), formatRate(p.rate)},
                       {QStringLiteral("rate_e9"), QString::number(p.rate)},
                       {QStringLiteral("decimals"), kRateDecimals},
                       {QStringLiteral("timestamp_ns"), nsText(p.tsNs)},
                       {QStringLiteral("age_s"), double((nowNs - p.tsNs) / kSecondNs)},
                       {QStringLiteral("kind"), p.kind},
                       {QStringLiteral("stale"), p.stale},
                       {QStringLiteral("legs"), legs}};
}

} // namespace nexus::oracle
