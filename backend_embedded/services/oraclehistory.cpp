// Reads behind the Oracle panel: downsampled history, the sources of a feed, and alerts.

#include "oraclehandlers.h"
#include "oraclepricing.h"

#include "services/servicesupport.h"

#include <QHash>
#include <QJsonArray>

namespace nexus::oracle {

namespace {

constexpr qint64 kMinuteNs = 60LL * 1000000000;
constexpr qint64 kDayNs = 86400LL * 1000000000;

// One bucket of the downsampled series: t = bucket start, n = rounds, failed = rounds without a
// consistent rate; min / max / last over consistent rounds; lo / hi = the band of the sources'
// answers that survived the outlier cut; published = the last price consumers were served inside the bucket.
struct Bucket {
    qint64 start = 0;
    int rounds = 0, failed = 0;
    RateE9 min = 0, max = 0, last = 0, lo = 0, hi = 0, published = 0;
    bool hasRate = false, hasBand = false, hasPublished = false;

    void add(RateE9 rate, bool consistent, bool isPublished, std::optional<RateE9> bandLo, RateE9 bandHi)
    {
        ++rounds;
        if (consistent) {
            min = hasRate ? std::min(min, rate) : rate;
            max = hasRate ? std::max(max, rate) : rate;
            last = rate;
            hasRate = true;
        } else {
            ++failed;
        }
        if (bandLo) {
            lo = hasBand ? std::min(lo, *bandLo) : *bandLo;
            hi = hasBand ? std::max(hi, bandHi) : bandHi;
            hasBand = true;
        }
        if (isPublished) {
            published = rate;
            hasPublished = true;
        }
    }
    // [t, n, failed, min, max, last, lo, hi, published]: arrays, not objects, as a chart wants
    // 1,000 of them quickly; absent values are null.
    QJsonArray toJson() const
    {
        const auto rate = [](bool has, RateE9 v) { return has ? QJsonValue(formatRate(v)) : QJsonValue(); };
        return QJsonArray{nsText(start), rounds, failed, rate(hasRate, min), rate(hasRate, max), rate(hasRate, last),
                          rate(hasBand, lo), rate(hasBand, hi), rate(hasPublished, published)};
    }
};

} // namespace

Result<QJsonValue> history(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    const qint64 now = callTimeNs(ctx);
    auto to = nsArg(args, QStringLiteral("to_ns"), now);
    if (!to)
        return to.error();
    auto from = nsArg(args, QStringLiteral("from_ns"), *to - kDayNs);
    if (!from)
        return from.error();
    if (*to <= *from)
        return svc::invalid(QStringLiteral("The range is empty: to_ns must be after from_ns."));
    const qint64 maxPoints = args.value(QStringLiteral("max_points")).toInteger(1000);
    // ceil((to - from) / maxPoints), never finer than one round.
    const qint64 width = std::max(kMinuteNs, (*to - *from + maxPoints - 1) / maxPoints);

    auto q = Database::exec(ctx.db, QStringLiteral("SELECT ts_ns, rate_e9, consistent, published, band_lo_e9, band_hi_e9 FROM oracle_rounds "
                                                   "WHERE pair_id = ? AND ts_ns >= ? AND ts_ns < ? ORDER BY ts_ns"),
                            {pair->id, *from, *to});
    if (!q)
        return q.error();
    QJsonArray points;
    Bucket b;
    qint64 index = -1, rounds = 0;
    while (q->next()) {
        const qint64 ts = q->int64(0);
        const qint64 i = (ts - *from) / width;
        if (i != index) {
            if (index >= 0)
                points.append(b.toJson());
            b = Bucket{};
            b.start = *from + i * width;
            index = i;
        }
        b.add(q->int64(1), q->int64(2) != 0, q->int64(3) != 0, q->isNull(4) ? std::nullopt : std::optional<RateE9>(q->int64(4)), q->int64(5));
        ++rounds;
    }
    if (index >= 0)
        points.append(b.toJson());
    q->finish();

    static const QJsonArray columns{QStringLiteral("t"),    QStringLiteral("n"),  QStringLiteral("failed"),
                                    QStringLiteral("min"),  QStringLiteral("max"), QStringLiteral("last"),
                                    QStringLiteral("lo"),   QStringLiteral("hi"),  QStringLiteral("published")};
    QJsonObject out{{QStringLiteral("pair"), pair->text()},
                    {QStringLiteral("columns"), columns},
                    {QStringLiteral("from_ns"), nsText(*from)},
                    {QStringLiteral("to_ns"), nsText(*to)},
                    {QStringLiteral("bucket_ns"), nsText(width)},
                    {QStringLiteral("rounds"), rounds},
                    {QStringLiteral("points"), points}};
    auto before = Database::exec(ctx.db, QStringLiteral("SELECT rate_e9, ts_ns FROM oracle_rounds WHERE pair_id = ? AND published = 1 "
                                                        "AND ts_ns < ? ORDER BY ts_ns DESC LIMIT 1"),
                                 {pair->id, *from});
    if (!before)
        return before.error();
    if (before->next())
        out.insert(QStringLiteral("published_before"), QJsonObject{{QStringLiteral("rate"), formatRate(before->value(0).toLongLong())},
                                                                   {QStringLiteral("ts_ns"), nsText(before->value(1).toLongLong())}});
    before->finish();

    // Trip, reset and manual-price markers.
    auto alerts = Database::exec(ctx.db, QStringLiteral("SELECT id, ts_ns, kind, severity, message FROM oracle_alerts "
                                                        "WHERE pair_id = ? AND ts_ns >= ? AND ts_ns < ? ORDER BY ts_ns LIMIT 1000"),
                                 {pair->id, *from, *to});
    if (!alerts)
        return alerts.error();
    QJsonArray markers;
    while (alerts->next())
        markers.append(QJsonObject{{QStringLiteral("alert_id"), alerts->value(0).toLongLong()},
                                   {QStringLiteral("ts_ns"), nsText(alerts->value(1).toLongLong())},
                                   {QStringLiteral("kind"), alerts->value(2).toString()},
                                   {QStringLiteral("severity"), alerts->value(3).toString()},
                                   {QStringLiteral("message"), alerts->value(4).toString()}});
    out.insert(QStringLiteral("markers"), markers);
    return out;
}

Result<QJsonValue> sources(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    auto rows = loadSources(ctx.db, pair->id);
    if (!rows)
        return rows.error();
    const qint64 now = callTimeNs(ctx);
    const bool admin = ctx.caller.holds(Permission::ManageOracle); // URLs may carry API keys

    // The latest hour of rounds: each source's newest status, and its newest actual answer.
    struct Seen {
        bool status = false, answer = false;
        qint64 statusNs = 0, answerNs = 0;
        QString reason;
        bool included = false;
        RateE9 rate = 0, median = 0;
    };
    QHash<qint64, Seen> seen;
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT q.source_id, q.rate_e9, q.included, q.reason, q.ts_ns, r.rate_e9 "
                                                   "FROM oracle_quotes q JOIN oracle_rounds r ON r.id = q.round_id "
                                                   "WHERE q.pair_id = ? AND q.ts_ns >= ? ORDER BY q.ts_ns DESC"),
                            {pair->id, pair->lastRoundNs - 60 * kMinuteNs});
    if (!q)
        return q.error();
    while (q->next()) {
        Seen &s = seen[q->value(0).toLongLong()];
        if (!s.status) {
            s.status = true;
            s.statusNs = q->value(4).toLongLong();
            s.included = q->value(2).toBool();
            s.reason = q->value(3).toString();
        }
        if (!s.answer && !q->value(1).isNull()) {
            s.answer = true;
            s.answerNs = q->value(4).toLongLong();
            s.rate = q->value(1).toLongLong();
            s.median = q->value(5).toLongLong();
        }
    }
    q->finish();

    QJsonArray items;
    for (const SourceRow &src : std::as_const(*rows)) {
        QJsonObject o{{QStringLiteral("name"), src.name},
                      {QStringLiteral("kind"), src.kind},
                      {QStringLiteral("enabled"), src.enabled},
                      {QStringLiteral("poll_s"), src.pollS}};
        if (admin && src.kind == QLatin1String("http")) {
            o.insert(QStringLiteral("url"), src.url);
            o.insert(QStringLiteral("json_path"), src.jsonPath);
        }
        const Seen s = seen.value(src.id);
        if (s.status) {
            o.insert(QStringLiteral("status_ns"), nsText(s.statusNs));
            o.insert(QStringLiteral("included"), s.included);
            o.insert(QStringLiteral("reason"), s.reason);
        }
        if (s.answer) {
            o.insert(QStringLiteral("last_rate"), formatRate(s.rate));
            o.insert(QStringLiteral("last_ns"), nsText(s.answerNs));
            o.insert(QStringLiteral("age_s"), double((now - s.answerNs) / 1000000000));
            if (s.median > 0)
                o.insert(QStringLiteral("deviation_bps"), double(deviationBps(s.median, s.rate)));
        }
        items.append(o);
    }
    return QJsonObject{{QStringLiteral("pair"), pair->text()}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> alerts(ExecContext &ctx, const QJsonObject &args)
{
    QString where = QStringLiteral(" WHERE 1");
    QVariant pairId;
    if (args.contains(QStringLiteral("pair"))) {
        auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
        if (!pair)
            return pair.error();
        pairId = pair->id;
        where += QStringLiteral(" AND a.pair_id = ?");
    }
    const bool openOnly = args.value(QStringLiteral("unacknowledged")).toBool();
    if (openOnly)
        where += QStringLiteral(" AND a.acknowledged = 0");
    const auto bind = [&](QSqlQuery &query) {
        if (!pairId.isNull())
            query.addBindValue(pairId);
    };
    QSqlQuery total(ctx.db);
    total.prepare(QStringLiteral("SELECT count(*) FROM oracle_alerts a") + where);
    bind(total);
    if (!total.exec() || !total.next())
        return Database::storageError(QStringLiteral("Cannot read the oracle alerts"), QString());
    const qint64 count = total.value(0).toLongLong();
    QSqlQuery q(ctx.db);
    q.prepare(QStringLiteral("SELECT a.id, p.base || '/' || p.quote, a.ts_ns, a.kind, a.severity, a.message, a.acknowledged, a.acked_by, "
                             "a.acked_ns, a.ack_note FROM oracle_alerts a JOIN oracle_pairs p ON p.id = a.pair_id")
              + where + QStringLiteral(" ORDER BY a.ts_ns DESC, a.id DESC LIMIT ? OFFSET ?"));
    bind(q);
    q.addBindValue(args.value(QStringLiteral("limit")).toInt(100));
    q.addBindValue(args.value(QStringLiteral("offset")).toInteger(0));
    if (!q.exec())
        return Database::storageError(QStringLiteral("Cannot read the oracle alerts"), QString());
    QJsonArray items;
    while (q.next()) {
        QJsonObject o{{QStringLiteral("id"), q.value(0).toLongLong()},
                      {QStringLiteral("pair"), q.value(1).toString()},
                      {QStringLiteral("ts_ns"), nsText(q.value(2).toLongLong())},
                      {QStringLiteral("kind"), q.value(3).toString()},
                      {QStringLiteral("severity"), q.value(4).toString()},
                      {QStringLiteral("message"), q.value(5).toString()},
                      {QStringLiteral("acknowledged"), q.value(6).toBool()}};
        if (q.value(6).toBool()) {
            const auto by = Principal::fromBytes(q.value(7).toByteArray());
            o.insert(QStringLiteral("acked_by"), by ? by->toText() : QString());
            o.insert(QStringLiteral("acked_ns"), nsText(q.value(8).toLongLong()));
            o.insert(QStringLiteral("ack_note"), q.value(9).toString());
        }
        items.append(o);
    }
    return QJsonObject{{QStringLiteral("total"), count}, {QStringLiteral("items"), items}};
}

} // namespace nexus::oracle
