// What manage_oracle holders change: pair settings (versioned in config), the circuit breaker,
// manual prices, alerts, pairs and sources.

#include "oraclehandlers.h"
#include "oraclepricing.h"

#include "jsonpath.h"
#include "services/servicesupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace nexus::oracle {

namespace {

QJsonObject configJson(const PairConfig &c)
{
    return {{QStringLiteral("deviation_bps"), c.deviationBps},
            {QStringLiteral("heartbeat_s"), double(c.heartbeatS)},
            {QStringLiteral("jump_limit_bps"), c.jumpLimitBps}};
}

qint64 fieldOf(const PairConfig &c, const QString &field)
{
    if (field == QLatin1String("deviation_bps"))
        return c.deviationBps;
    if (field == QLatin1String("heartbeat_s"))
        return c.heartbeatS;
    return c.jumpLimitBps;
}

Status checkRange(const QString &field, qint64 v)
{
    const FieldRange r = configRange(field);
    if (v < r.min || v > r.max)
        return svc::invalid(QStringLiteral("%1 must be between %2 and %3.").arg(field).arg(r.min).arg(r.max));
    return {};
}

Status checkSourceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$"));
    if (!re.match(name).hasMatch())
        return svc::invalid(QStringLiteral("\"%1\" is not a source name.").arg(name),
                            QStringLiteral("Use up to 40 letters, digits, spaces, dots, dashes or underscores."));
    return {};
}

Status checkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return svc::invalid(QStringLiteral("\"%1\" is not an http(s) URL.").arg(text), QStringLiteral("For example https://api.example.com/price?pair=BTCUSD."));
    return {};
}

Status checkJsonPath(const QString &path)
{
    auto probe = jsonLeafAt("null", path);
    if (!probe && probe.error().details.value(QStringLiteral("kind")).toString() == QLatin1String("bad_path"))
        return probe.error();
    return {};
}

Result<SourceRow> findSource(QSqlDatabase &db, const PairRow &pair, const QString &name)
{
    auto rows = loadSources(db, pair.id);
    if (!rows)
        return rows.error();
    for (const SourceRow &s : *rows)
        if (s.name == name)
            return s;
    return svc::notFound(QStringLiteral("%1 has no source \"%2\".").arg(pair.text(), name), QStringLiteral("oracle.sources lists them."));
}

QJsonObject sourceJson(const PairRow &pair, const SourceRow &s)
{
    return {{QStringLiteral("pair"), pair.text()}, {QStringLiteral("name"), s.name}, {QStringLiteral("kind"), s.kind},
            {QStringLiteral("url"), s.url},        {QStringLiteral("json_path"), s.jsonPath}, {QStringLiteral("poll_s"), s.pollS},
            {QStringLiteral("enabled"), s.enabled}};
}

} // namespace

Result<QJsonValue> setPairConfig(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    const QString reason = args.value(QStringLiteral("reason")).toString();
    QJsonObject versions;
    QStringList changes;
    for (const QString &field : kConfigFields) {
        if (!args.contains(field))
            continue;
        const qint64 v = args.value(field).toInteger();
        if (auto st = checkRange(field, v); !st)
            return st.error();
        const qint64 old = fieldOf(pair->config, field);
        if (v == old)
            continue;
        auto version = svc::setConfigValue(ctx, configKey(pair->name, field), double(v), reason);
        if (!version)
            return version.error();
        versions.insert(field, double(*version));
        changes << QStringLiteral("%1 %2 → %3").arg(field).arg(old).arg(v);
    }
    if (changes.isEmpty())
        return Error::make(ErrorCode::Conflict, QStringLiteral("%1 already has these settings.").arg(pair->text()),
                           QStringLiteral("Pass at least one of deviation_bps, heartbeat_s, jump_limit_bps with a new value."));
    auto updated = loadPair(ctx.db, pair->text());
    if (!updated)
        return updated.error();
    ctx.summary = QStringLiteral("%1: %2").arg(pair->text(), changes.join(QStringLiteral(", ")));
    ctx.changed(QStringLiteral("oracle"), {pair->text()});
    return QJsonObject{{QStringLiteral("pair"), pair->text()}, {QStringLiteral("config"), configJson(updated->config)},
                       {QStringLiteral("versions"), versions}};
}

Result<QJsonValue> breakerReset(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    const QString note = args.value(QStringLiteral("note")).toString().trimmed();
    if (note.isEmpty())
        return svc::invalid(QStringLiteral("A breaker reset needs a note."), QStringLiteral("Say what you checked, for the audit log."));
    const QString was = pair->breaker.state == BreakerState::Manual
                            ? QStringLiteral("manual price %1").arg(formatRate(pair->breaker.manualRate))
                            : QStringLiteral("tripped: %1").arg(tripReasonName(pair->breaker.reason));
    const qint64 now = callTimeNs(ctx);
    if (auto st = pair->breaker.reset(now); !st)
        return Error::make(st.error().code, QStringLiteral("The %1 circuit breaker is not tripped.").arg(pair->text()), st.error().hint);
    if (auto st = savePairState(ctx.db, *pair); !st)
        return st.error();
    const QString message = QStringLiteral("%1: breaker reset by %2 (was %3): %4").arg(pair->text(), ctx.call.caller.toText(), was, note);
    if (auto a = insertAlert(ctx.db, *pair, now, QStringLiteral("reset"), AlertSeverity::Info, message); !a)
        return a.error();
    ctx.summary = QStringLiteral("%1 breaker reset (was %2): %3").arg(pair->text(), was, note);
    ctx.changed(QStringLiteral("oracle"), {pair->text()});
    return QJsonObject{{QStringLiteral("pair"), pair->text()}, {QStringLiteral("breaker"), breakerStateName(pair->breaker.state)},
                       {QStringLiteral("rebase_pending"), pair->breaker.rebase}, {QStringLiteral("was"), was}};
}

Result<QJsonValue> setManualPrice(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    auto rate = parseRate(args.value(QStringLiteral("rate")).toString());
    if (!rate)
        return rate.error();
    const QString reason = args.value(QStringLiteral("reason")).toString().trimmed();
    if (reason.isEmpty())
        return svc::invalid(QStringLiteral("A manual price needs a reason."), QStringLiteral("Say where the price comes from, for the audit log."));
    const qint64 now = callTimeNs(ctx);
    const QString before = breakerStateName(pair->breaker.state);
    if (auto st = pair->breaker.setManual(*rate, now); !st)
        return st.error();
    if (auto st = savePairState(ctx.db, *pair); !st)
        return st.error();
    const QString message = QStringLiteral("%1: manual price %2 set by %3 (breaker was %4): %5")
                                .arg(pair->text(), formatRate(*rate), ctx.call.caller.toText(), before, reason);
    if (auto a = insertAlert(ctx.db, *pair, now, QStringLiteral("manual_price"), AlertSeverity::Info, message); !a)
        return a.error();
    ctx.summary = QStringLiteral("%1 manual price %2: %3").arg(pair->text(), formatRate(*rate), reason);
    ctx.changed(QStringLiteral("oracle"), {pair->text()});
    return QJsonObject{{QStringLiteral("pair"), pair->text()}, {QStringLiteral("breaker"), breakerStateName(pair->breaker.state)},
                       {QStringLiteral("rate"), formatRate(*rate)}, {QStringLiteral("since_ns"), nsText(now)}};
}

Result<QJsonValue> ackAlert(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT a.acknowledged, p.base || '/' || p.quote, a.kind FROM oracle_alerts a "
                                                   "JOIN oracle_pairs p ON p.id = a.pair_id WHERE a.id = ?"),
                            {id});
    if (!q)
        return q.error();
    if (!q->next())
        return svc::notFound(QStringLiteral("There is no oracle alert %1.").arg(id), QStringLiteral("oracle.alerts lists them."));
    const bool acked = q->value(0).toBool();
    const QString pair = q->value(1).toString(), kind = q->value(2).toString();
    q->finish();
    if (acked)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Alert %1 is already acknowledged.").arg(id));
    const QString note = args.value(QStringLiteral("note")).toString();
    if (auto r = Database::exec(ctx.db, QStringLiteral("UPDATE oracle_alerts SET acknowledged = 1, acked_by = ?, acked_ns = ?, ack_note = ? WHERE id = ?"),
                                {ctx.call.caller.bytes(), callTimeNs(ctx), note, id});
        !r)
        return r.error();
    ctx.summary = QStringLiteral("acknowledged %1 alert %2 (%3)").arg(pair).arg(id).arg(kind);
    ctx.changed(QStringLiteral("oracle"), {pair});
    return QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("pair"), pair}, {QStringLiteral("acknowledged"), true}};
}

Result<QJsonValue> addPair(ExecContext &ctx, const QJsonObject &args)
{
    auto name = parsePairName(args.value(QStringLiteral("pair")).toString());
    if (!name)
        return name.error();
    if (name->base == name->quote)
        return svc::invalid(QStringLiteral("A pair needs two different symbols."));
    auto existing = findPair(ctx.db, *name);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("The oracle already has a %1 feed.").arg(name->text()));
    PairConfig c;
    for (const QString &field : kConfigFields)
        if (args.contains(field))
            if (auto st = checkRange(field, args.value(field).toInteger()); !st)
                return st.error();
    c.deviationBps = args.value(QStringLiteral("deviation_bps")).toInt(c.deviationBps);
    c.heartbeatS = args.value(QStringLiteral("heartbeat_s")).toInteger(c.heartbeatS);
    c.jumpLimitBps = args.value(QStringLiteral("jump_limit_bps")).toInt(c.jumpLimitBps);
    if (auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO oracle_pairs (base, quote, deviation_bps, heartbeat_s, jump_limit_bps, created_ns) "
                                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                                {name->base, name->quote, c.deviationBps, c.heartbeatS, c.jumpLimitBps, callTimeNs(ctx)});
        !r)
        return r.error();
    ctx.summary = QStringLiteral("added the %1 feed").arg(name->text());
    ctx.changed(QStringLiteral("oracle"), {name->text()});
    return QJsonObject{{QStringLiteral("pair"), name->text()}, {QStringLiteral("config"), configJson(c)}};
}

Result<QJsonValue> addSource(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    SourceRow s;
    s.name = args.value(QStringLiteral("name")).toString().trimmed();
    s.kind = args.value(QStringLiteral("kind")).toString(QStringLiteral("http"));
    s.url = args.value(QStringLiteral("url")).toString();
    s.jsonPath = args.value(QStringLiteral("json_path")).toString();
    s.pollS = args.value(QStringLiteral("poll_s")).toInt(60);
    s.enabled = args.value(QStringLiteral("enabled")).toBool(true);
    if (auto st = checkSourceName(s.name); !st)
        return st.error();
    if (s.kind == QLatin1String("http")) {
        if (auto st = checkUrl(s.url); !st)
            return st.error();
        if (s.jsonPath.isEmpty())
            return svc::invalid(QStringLiteral("An HTTP source needs a json_path."), QStringLiteral("For example data.rates.USD or result[0].price."));
        if (auto st = checkJsonPath(s.jsonPath); !st)
            return st.error();
    } else if (!s.url.isEmpty() || !s.jsonPath.isEmpty()) {
        return svc::invalid(QStringLiteral("Simulated sources have no URL or JSON path."));
    }
    if (findSource(ctx.db, *pair, s.name))
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("%1 already has a source \"%2\".").arg(pair->text(), s.name),
                           QStringLiteral("Change it with oracle.set_source."));
    if (auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO oracle_sources (pair_id, name, kind, url, json_path, poll_s, enabled, created_ns) "
                                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                {pair->id, s.name, s.kind, s.url, s.jsonPath, s.pollS, s.enabled ? 1 : 0, callTimeNs(ctx)});
        !r)
        return r.error();
    ctx.summary = QStringLiteral("%1: added %2 source \"%3\"%4").arg(pair->text(), s.kind, s.name,
                                                                     s.url.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(QUrl(s.url).host()));
    ctx.changed(QStringLiteral("oracle"), {pair->text()});
    return sourceJson(*pair, s);
}

Result<QJsonValue> setSource(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = loadPair(ctx.db, args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    auto found = findSource(ctx.db, *pair, args.value(QStringLiteral("name")).toString());
    if (!found)
        return found.error();
    SourceRow s = *found;
    QStringList changes;
    if (args.contains(QStringLiteral("enabled")) && args.value(QStringLiteral("enabled")).toBool() != s.enabled) {
        s.enabled = !s.enabled;
        changes << (s.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
    }
    if (args.contains(QStringLiteral("poll_s")) && args.value(QStringLiteral("poll_s")).toInt() != s.pollS) {
        s.pollS = args.value(QStringLiteral("poll_s")).toInt();
        changes << QStringLiteral("poll every %1 s").arg(s.pollS);
    }
    for (const QString &field : {QStringLiteral("url"), QStringLiteral("json_path")}) {
        if (!args.contains(field))
            continue;
        if (s.kind != QLatin1String("http"))
            return svc::invalid(QStringLiteral("Only HTTP sources have a %1.").arg(field));
        const QString v = args.value(field).toString();
        if (auto st = field == QLatin1String("url") ? checkUrl(v) : checkJsonPath(v); !st)
            return st.error();
        QString &slot = field == QLatin1String("url") ? s.url : s.jsonPath;
        if (v != slot) {
            slot = v;
            changes << QStringLiteral("new %1").arg(field);
        }
    }
    if (changes.isEmpty())
        return Error::make(ErrorCode::Conflict, QStringLiteral("The source \"%1\" already has these settings.").arg(s.name));
    if (auto r = Database::exec(ctx.db, QStringLiteral("UPDATE oracle_sources SET url = ?, json_path = ?, poll_s = ?, enabled = ? WHERE id = ?"),
                                {s.url, s.jsonPath, s.pollS, s.enabled ? 1 : 0, s.id});
        !r)
        return r.error();
    ctx.summary = QStringLiteral("%1 source \"%2\": %3").arg(pair->text(), s.name, changes.join(QStringLiteral(", ")));
    ctx.changed(QStringLiteral("oracle"), {pair->text()});
    return sourceJson(*pair, s);
}

} // namespace nexus::oracle
