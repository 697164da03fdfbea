// oracle.update_price: one round of source quotes, or a batch of past rounds (history ingest), each
// aggregated, stored with every quote, run through the circuit breaker and published per trigger.

#include "oraclehandlers.h"
#include "oraclestore.h"

#include "services/servicesupport.h"

#include <QHash>
#include <QJsonArray>

namespace nexus::oracle {

namespace {

constexpr qint64 kSkewNs = 60LL * 1000000000; // a round may be stamped up to a minute ahead of the call
constexpr int kMaxRounds = 1440;               // one pair-day per call

struct KnownSource {
    qint64 id = 0;
    bool enabled = false;
};
using Sources = QHash<QString, KnownSource>;

struct PendingRound {
    qint64 tsNs = 0;
    QList<SourceQuote> quotes;
    QList<qint64> sourceIds; // parallel to quotes
};

QString where(qsizetype index) { return index < 0 ? QString() : QStringLiteral(" (round %1)").arg(index); }

Status checkSource(const Sources &known, const PairRow &pair, const QString &name, qsizetype index)
{
    const auto k = known.constFind(name);
    if (k == known.constEnd())
        return svc::invalid(QStringLiteral("%1 has no source \"%2\"%3.").arg(pair.text(), name, where(index)),
                            QStringLiteral("Register it with oracle.add_source first."));
    if (!k->enabled)
        return svc::invalid(QStringLiteral("The %1 source \"%2\" is disabled%3.").arg(pair.text(), name, where(index)),
                            QStringLiteral("Enable it with oracle.set_source, or leave it out."));
    return {};
}

Result<RateE9> rateText(QStringView text, const PairRow &pair, const QString &source, qsizetype index)
{
    auto rate = parseRate(text);
    if (!rate)
        return svc::invalid(QStringLiteral("%1 from \"%2\"%3: %4").arg(pair.text(), source, where(index), rate.error().message), rate.error().hint);
    return rate;
}

// {"Kraken-sim": "67123.45", "Gemini-sim": null}
Status quotesOf(const QJsonObject &quotes, const Sources &known, const PairRow &pair, qsizetype index, PendingRound &out)
{
    if (quotes.isEmpty())
        return svc::invalid(QStringLiteral("A round needs at least one quote%1.").arg(where(index)),
                            QStringLiteral("List every source you asked, with null for those that did not answer."));
    out.quotes.reserve(quotes.size());
    for (auto it = quotes.begin(); it != quotes.end(); ++it) {
        if (auto st = checkSource(known, pair, it.key(), index); !st)
            return st.error();
        SourceQuote q{it.key(), std::nullopt};
        if (it.value().isString()) {
            auto rate = rateText(it.value().toString(), pair, it.key(), index);
            if (!rate)
                return rate.error();
            q.rate = *rate;
        } else if (!it.value().isNull()) {
            return svc::invalid(QStringLiteral("The quote from \"%1\"%2 must be decimal text or null.").arg(it.key(), where(index)),
                                QStringLiteral("Send rates as strings, e.g. \"67123.45\", so they stay exact."));
        }
        out.quotes.append(std::move(q));
        out.sourceIds.append(known.value(it.key()).id);
    }
    return {};
}

// The compact batch: "sources" names the columns, "csv" has one line per round: ts_ns,rate,rate,…
// with an empty field for a source that did not answer.
Result<QList<PendingRound>> roundsFromCsv(const QJsonArray &names, const QString &csv, const Sources &known, const PairRow &pair)
{
    QStringList sources;
    QList<qint64> ids;
    for (const QJsonValue &v : names) {
        const QString name = v.toString();
        if (sources.contains(name))
            return svc::invalid(QStringLiteral("The source \"%1\" is listed twice.").arg(name));
        if (auto st = checkSource(known, pair, name, -1); !st)
            return st.error();
        sources << name;
        ids << known.value(name).id;
    }
    if (sources.isEmpty())
        return svc::invalid(QStringLiteral("\"sources\" must name the columns of \"csv\"."));
    QList<PendingRound> out;
    qsizetype index = 0;
    for (QStringView line : QStringView(csv).split(u'\n', Qt::SkipEmptyParts)) {
        if (index == kMaxRounds)
            return svc::invalid(QStringLiteral("A batch holds at most %1 rounds.").arg(kMaxRounds), QStringLiteral("Send a pair-day per call."));
        const QList<QStringView> fields = line.trimmed().split(u',');
        if (fields.size() != sources.size() + 1)
            return svc::invalid(QStringLiteral("Line %1 of the batch has %2 fields; expected the time and %3 rates.")
                                    .arg(index + 1).arg(fields.size()).arg(sources.size()));
        bool ok = false;
        PendingRound r;
        r.sourceIds = ids;
        r.tsNs = fields[0].toLongLong(&ok);
        if (!ok || r.tsNs < 0)
            return svc::invalid(QStringLiteral("Line %1 of the batch does not start with nanoseconds since 1970.").arg(index + 1));
        r.quotes.reserve(sources.size());
        for (qsizetype k = 0; k < sources.size(); ++k) {
            SourceQuote q{sources[k], std::nullopt};
            if (!fields[k + 1].isEmpty()) {
                auto rate = rateText(fields[k + 1], pair, sources[k], index);
                if (!rate)
                    return rate.error();
                q.rate = *rate;
            }
            r.quotes.append(std::move(q));
        }
        out.append(std::move(r));
        ++index;
    }
    return out;
}

Result<QList<PendingRound>> pendingRounds(const QJsonObject &args, const Sources &known, const PairRow &pair, qint64 now)
{
    const bool single = args.contains(QStringLiteral("quotes"));
    const bool objects = args.contains(QStringLiteral("rounds"));
    const bool csv = args.contains(QStringLiteral("csv"));
    if (int(single) + int(objects) + int(csv) != 1)
        return svc::invalid(QStringLiteral("Pass exactly one of \"quotes\" (one round), \"rounds\" or \"csv\" (a batch)."));
    if (csv)
        return roundsFromCsv(args.value(QStringLiteral("sources")).toArray(), args.value(QStringLiteral("csv")).toString(), known, pair);
    QList<PendingRound> out;
    if (single) {
        auto ts = nsArg(args, QStringLiteral("ts_ns"), now);
        if (!ts)
            return ts.error();
        PendingRound r{*ts, {}, {}};
        if (auto st = quotesOf(args.value(QStringLiteral("quotes")).toObject(), known, pair, -1, r); !st)
            return st.error();
        out.append(std::move(r));
        return out;
    }
    const QJsonArray rounds = args.value(QStringLiteral("rounds")).toArray();
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const QJsonObject r = rounds.at(i).toObject();
        auto ts = nsArg(r, QStringLiteral("ts_ns"), now);
        if (!ts)
            return ts.error();
        PendingRound round{*ts, {}, {}};
        if (auto st = quotesOf(r.value(QStringLiteral("quotes")).toObject(), known, pair, i, round); !st)
            return st.error();
        out.append(std::move(round));
    }
    return out;
}

// [[source_id, rate_e9 | null, reason], ...] with reason as QuoteReason's value. Written by hand:
// a history import stores a million of these.
QString quotesJson(const RoundResult &r, const QList<qint64> &sourceIds)
{
    QByteArray out;
    out.reserve(int(r.quotes.size()) * 46 + 2); // '[' id ',' rate ',' reason ']' ',' at most
    const auto number = [&out](qint64 v) {
        char tmp[24];
        int t = 0;
        quint64 u = v < 0 ? quint64(0) - quint64(v) : quint64(v);
        do {
            tmp[t++] = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            out += '-';
        while (t)
            out += tmp[--t];
    };
    out += '[';
    for (qsizetype i = 0; i < r.quotes.size(); ++i) {
        const QuoteOutcome &q = r.quotes[i];
        if (i)
            out += ',';
        out += '[';
        number(sourceIds.value(i));
        out += ',';
        if (q.rate)
            number(*q.rate);
        else
            out += "null";
        out += ',';
        out += char('0' + int(q.reason));
        out += ']';
    }
    out += ']';
    return QString::fromLatin1(out);
}

QJsonObject roundJson(const RoundResult &r, const RoundDecision &d)
{
    QJsonArray excluded;
    for (const QuoteOutcome &q : r.quotes)
        if (!q.included())
            excluded.append(QJsonObject{{QStringLiteral("source"), q.source},
                                        {QStringLiteral("rate"), q.rate ? QJsonValue(formatRate(*q.rate)) : QJsonValue()},
                                        {QStringLiteral("reason"), quoteReasonName(q.reason)}});
    QJsonObject o{{QStringLiteral("ts_ns"), nsText(r.tsNs)},
                  {QStringLiteral("status"), roundStatusName(r.status)},
                  {QStringLiteral("queried"), r.queried},
                  {QStringLiteral("received"), r.received},
                  {QStringLiteral("used"), r.used},
                  {QStringLiteral("stddev"), formatRate(r.stddev)},
                  {QStringLiteral("published"), d.publish},
                  {QStringLiteral("trigger"), triggerName(d.trigger)},
                  {QStringLiteral("excluded"), excluded}};
    if (r.received > 0)
        o.insert(QStringLiteral("rate"), formatRate(r.rate));
    return o;
}

} // namespace

Result<QJsonValue> updatePrice(ExecContext &ctx, const QJsonObject &args)
{
    auto loaded = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!loaded)
        return loaded.error();
    PairRow pair = *loaded;
    auto sourceRows = loadSources(ctx.db, pair.id);
    if (!sourceRows)
        return sourceRows.error();
    Sources known;
    for (const SourceRow &s : *sourceRows)
        known.insert(s.name, {s.id, s.enabled});
    const qint64 now = callTimeNs(ctx);
    auto pending = pendingRounds(args, known, pair, now);
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return svc::invalid(QStringLiteral("The batch has no rounds."));

    auto maxId = Database::exec(ctx.db, QStringLiteral("SELECT ifnull(max(id), 0) FROM oracle_rounds"));
    if (!maxId || !maxId->next())
        return Database::storageError(QStringLiteral("Cannot read the oracle rounds"), QString());
    qint64 nextId = maxId->value(0).toLongLong() + 1;
    maxId->finish();

    static const QVariant kNull;
    int published = 0;
    QJsonArray trips;
    QJsonObject lastReport;
    for (qsizetype i = 0; i < pending->size(); ++i) {
        const PendingRound &in = pending->at(i);
        const qint64 minute = minuteFloor(in.tsNs);
        if (in.tsNs > now + kSkewNs)
            return svc::invalid(QStringLiteral("Round %1 of %2 is stamped in the future.").arg(i).arg(pair.text()),
                                QStringLiteral("Stamp rounds with the time the quotes were taken."));
        if (pair.lastRoundNs && minute <= pair.lastRoundNs)
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("%1 already has a round for minute %2 or later (round %3).").arg(pair.text(), nsText(minute)).arg(i),
                               QStringLiteral("Rounds are one per minute and in time order; send only newer ones."));
        const RoundResult result = aggregateRound(in.quotes, minute);
        const RoundDecision decision = pair.breaker.onRound(result, pair.last, pair.config);
        const bool answered = result.received > 0;
        auto ins = Database::exec(ctx.db, QStringLiteral("INSERT INTO oracle_rounds (id, pair_id, ts_ns, rate_e9, queried, received, used, "
                                                         "stddev_e9, band_lo_e9, band_hi_e9, status, consistent, published, published_why, quotes) "
                                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {nextId++, pair.id, minute, answered ? QVariant(result.rate) : kNull, result.queried, result.received,
                                   result.used, result.stddev, answered ? QVariant(result.bandLo) : kNull,
                                   answered ? QVariant(result.bandHi) : kNull, roundStatusName(result.status), result.consistent() ? 1 : 0,
                                   decision.publish ? 1 : 0, triggerName(decision.trigger), quotesJson(result, in.sourceIds)});
        if (!ins)
            return ins.error();
        if (decision.trip != TripReason::None) {
            const QString message = QStringLiteral("%1: %2").arg(pair.text(), decision.message);
            auto alert = insertAlert(ctx.db, pair, minute, QStringLiteral("trip_") + tripReasonName(decision.trip),
                                     AlertSeverity::Critical, message);
            if (!alert)
                return alert.error();
            trips.append(QJsonObject{{QStringLiteral("ts_ns"), nsText(minute)},
                                     {QStringLiteral("reason"), tripReasonName(decision.trip)},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("alert_id"), *alert}});
        }
        if (decision.publish) {
            pair.last = Published{result.rate, minute};
            ++published;
        }
        pair.lastRoundNs = minute;
        if (i == pending->size() - 1)
            lastReport = roundJson(result, decision);
    }
    if (auto st = savePairState(ctx.db, pair); !st)
        return st.error();

    const qsizetype n = pending->size();
    ctx.summary = n == 1 ? QStringLiteral("%1 round %2: %3%4").arg(pair.text(), lastReport.value(QStringLiteral("status")).toString(),
                                                                  lastReport.value(QStringLiteral("rate")).toString(),
                                                                  published ? QStringLiteral(" (published)") : QString())
                         : QStringLiteral("%1: %2 rounds ingested, %3 published").arg(pair.text()).arg(n).arg(published);
    if (!trips.isEmpty())
        ctx.summary += QStringLiteral("; breaker tripped (%1)").arg(trips.first().toObject().value(QStringLiteral("reason")).toString());
    ctx.changed(QStringLiteral("oracle"), {pair.text()});
    return QJsonObject{{QStringLiteral("pair"), pair.text()},
                       {QStringLiteral("rounds"), n},
                       {QStringLiteral("published"), published},
                       {QStringLiteral("trips"), trips},
                       {QStringLiteral("breaker"), breakerStateName(pair.breaker.state)},
                       {QStringLiteral("last_round"), lastReport}};
}

} // namespace nexus::oracle
