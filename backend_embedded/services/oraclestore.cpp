#include "oraclestore.h"

#include "services/servicesupport.h"

#include <QRegularExpression>

namespace nexus::oracle {

namespace {

const QString kPairColumns = QStringLiteral(
    "p.id, p.base, p.quote, p.deviation_bps, p.heartbeat_s, p.jump_limit_bps, "
    "(SELECT value FROM config WHERE key = 'oracle.' || lower(p.base) || '_' || lower(p.quote) || '.deviation_bps'), "
    "(SELECT value FROM config WHERE key = 'oracle.' || lower(p.base) || '_' || lower(p.quote) || '.heartbeat_s'), "
    "(SELECT value FROM config WHERE key = 'oracle.' || lower(p.base) || '_' || lower(p.quote) || '.jump_limit_bps'), "
    "p.breaker, p.trip_reason, p.tripped_ns, p.rebase, p.manual_rate_e9, p.last_rate_e9, p.last_pub_ns, p.last_round_ns, p.created_ns "
    "FROM oracle_pairs p");

// A versioned value when it is a whole number in range, else the pair's own default.
qint64 effective(const QVariant &configText, qint64 fallback, const QString &field)
{
    if (configText.isNull())
        return fallback;
    bool ok = false;
    const qint64 v = configText.toString().toLongLong(&ok);
    const FieldRange r = configRange(field);
    return ok && v >= r.min && v <= r.max ? v : fallback;
}

PairRow pairFrom(const Rows &q)
{
    PairRow p;
    p.id = q.value(0).toLongLong();
    p.name = {q.value(1).toString(), q.value(2).toString()};
    p.config.deviationBps = int(effective(q.value(6), q.value(3).toLongLong(), kConfigFields[0]));
    p.config.heartbeatS = effective(q.value(7), q.value(4).toLongLong(), kConfigFields[1]);
    p.config.jumpLimitBps = int(effective(q.value(8), q.value(5).toLongLong(), kConfigFields[2]));
    p.breaker.state = breakerStateFromName(q.value(9).toString()).value_or(BreakerState::Tripped);
    p.breaker.reason = tripReasonFromName(q.value(10).toString()).value_or(TripReason::None);
    p.breaker.sinceNs = q.value(11).toLongLong();
    p.breaker.rebase = q.value(12).toBool();
    p.breaker.manualRate = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        p.last = Published{q.value(14).toLongLong(), q.value(15).toLongLong()};
    p.lastRoundNs = q.value(16).toLongLong();
    p.createdNs = q.value(17).toLongLong();
    return p;
}

QVariant nullIfZero(qint64 v) { return v ? QVariant(v) : QVariant(); }

} // namespace

Result<PairName> parsePairName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9]{2,10})/([A-Za-z0-9]{2,10})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return svc::invalid(QStringLiteral("\"%1\" is not a pair.").arg(text), QStringLiteral("Write pairs as BASE/QUOTE, e.g. BTC/USD."));
    return PairName{m.captured(1).toUpper(), m.captured(2).toUpper()};
}

QString configKey(const PairName &pair, const QString &field)
{
    return QStringLiteral("oracle.%1_%2.%3").arg(pair.base.toLower(), pair.quote.toLower(), field);
}

FieldRange configRange(const QString &field)
{
    if (field == QLatin1String("deviation_bps"))
        return {1, 5000};
    if (field == QLatin1String("heartbeat_s"))
        return {60, 7 * 86400};
    return {10, 10000}; // jump_limit_bps
}

Result<std::optional<PairRow>> findPair(QSqlDatabase &db, const PairName &name)
{
    auto q = Database::exec(db, QStringLiteral("SELECT ") + kPairColumns + QStringLiteral(" WHERE p.base = ? AND p.quote = ?"),
                            {name.base, name.quote});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PairRow>();
    return std::optional<PairRow>(pairFrom(*q));
}

Result<QList<PairRow>> loadPairs(QSqlDatabase &db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT ") + kPairColumns + QStringLiteral(" ORDER BY p.id"));
    if (!q)
        return q.error();
    QList<PairRow> out;
    while (q->next())
        out << pairFrom(*q);
    return out;
}

Result<PairRow> loadPair(QSqlDatabase &db, const QString &text)
{
    auto name = parsePairName(text);
    if (!name)
        return name.error();
    auto found = findPair(db, *name);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    auto all = loadPairs(db);
    QStringList names;
    if (all)
        for (const PairRow &p : *all)
            names << p.text();
    return svc::notFound(QStringLiteral("The oracle has no %1 feed.").arg(name->text()),
                         names.isEmpty() ? QString() : QStringLiteral("Feeds: %1.").arg(names.join(QStringLiteral(", "))));
}

Status savePairState(QSqlDatabase &db, const PairRow &p)
{
    const CircuitBreaker &b = p.breaker;
    auto r = Database::exec(db, QStringLiteral("UPDATE oracle_pairs SET breaker = ?, trip_reason = ?, tripped_ns = ?, rebase = ?, "
                                               "manual_rate_e9 = ?, last_rate_e9 = ?, last_pub_ns = ?, last_round_ns = ? WHERE id = ?"),
                            {breakerStateName(b.state), tripReasonName(b.reason), nullIfZero(b.sinceNs), b.rebase ? 1 : 0,
                             b.state == BreakerState::Manual ? QVariant(b.manualRate) : QVariant(),
                             p.last ? QVariant(p.last->rate) : QVariant(), p.last ? QVariant(p.last->tsNs) : QVariant(),
                             nullIfZero(p.lastRoundNs), p.id});
    if (!r)
        return r.error();
    return {};
}

Result<QList<SourceRow>> loadSources(QSqlDatabase &db, qint64 pairId)
{
    auto q = Database::exec(db, QStringLiteral("SELECT id, name, kind, url, json_path, poll_s, enabled FROM oracle_sources "
                                               "WHERE pair_id = ? ORDER BY name"),
                            {pairId});
    if (!q)
        return q.error();
    QList<SourceRow> out;
    while (q->next())
        out << SourceRow{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                         q->value(4).toString(), q->value(5).toInt(), q->value(6).toBool()};
    return out;
}

Result<qint64> insertAlert(QSqlDatabase &db, const PairRow &pair, qint64 tsNs, const QString &kind, AlertSeverity severity,
                           const QString &message)
{
    auto q = Database::exec(db, QStringLiteral("INSERT INTO oracle_alerts (pair_id, ts_ns, kind, severity, message) VALUES (?, ?, ?, ?, ?) "
                                               "RETURNING id"),
                            {pair.id, tsNs, kind, severity == AlertSeverity::Critical ? QStringLiteral("critical") : QStringLiteral("info"),
                             message});
    if (!q)
        return q.error();
    if (!q->next())
        return Database::storageError(QStringLiteral("Cannot record the alert"), QString());
    return q->value(0).toLongLong();
}

qint64 callTimeNs(const ExecContext &ctx)
{
    return ctx.call.timeNs ? ctx.call.timeNs : nowNs();
}

Result<qint64> nsArg(const QJsonObject &args, const QString &key, qint64 fallback)
{
    if (!args.contains(key))
        return fallback;
    bool ok = false;
    const qint64 v = args.value(key).toString().toLongLong(&ok);
    if (!ok || v < 0)
        return svc::invalid(QStringLiteral("\"%1\" must be nanoseconds since 1970 as decimal text.").arg(key),
                            QStringLiteral("For example \"1760000000000000000\"."));
    return v;
}

} // namespace nexus::oracle
