#include "experienceservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "jsontext.h"
#include "marketquery.h"
#include "methodtable.h"
#include "servicesupport.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nexus {

namespace {

constexpr qsizetype kMaxThumbnail = 512 * 1024;
constexpr int kMaxBatch = 500;

const QString kExperienceColumns = QStringLiteral("SELECT e.id, e.world_id, e.owner, e.title, e.description, e.tags, e.visibility, length(e.thumbnail), e.created_ns ");

QJsonObject experienceJson(const Rows &q)
{
    auto tags = jsonFromText(q.text(5));
    return {{QStringLiteral("id"), q.int64(0)},
            {QStringLiteral("world_id"), q.int64(1)},
            {QStringLiteral("owner"), svc::principalText(q.blob(2))},
            {QStringLiteral("title"), q.text(3)},
            {QStringLiteral("description"), q.text(4)},
            {QStringLiteral("tags"), tags ? tags->toArray() : QJsonArray()},
            {QStringLiteral("visibility"), q.text(6)},
            {QStringLiteral("has_thumbnail"), !q.isNull(7) && q.int64(7) > 0},
            {QStringLiteral("created_ns"), QString::number(q.int64(8))}};
}

Result<QJsonValue> publish(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 world = args.value(QStringLiteral("world_id")).toInteger();
    auto w = Database::exec(ctx.db, QStringLiteral("SELECT owner, title FROM worlds WHERE id = ?"), {world});
    if (!w)
        return w.error();
    if (!w->next())
        return svc::notFound(QStringLiteral("There is no world %1.").arg(world), QStringLiteral("worlds.list shows the stored worlds."));
    if (w->blob(0) != ctx.call.caller.bytes() && ctx.caller.role < Role::Admin)
        return svc::denied(QStringLiteral("World %1 belongs to %2; only its owner (or an admin) publishes it.").arg(world).arg(svc::principalText(w->blob(0))));
    const QString worldTitle = w->text(1);
    w->finish();
    const QString title = args.value(QStringLiteral("title")).toString(worldTitle).trimmed();
    const QString description = args.value(QStringLiteral("description")).toString().trimmed();
    if (title.isEmpty())
        return svc::invalid(QStringLiteral("The title is empty."), QStringLiteral("Give the experience a title of up to 200 characters."));
    // Tags: lower case, letters, digits and dashes, each once.
    QJsonArray tags;
    static const QRegularExpression tagPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    for (const QJsonValue &t : args.value(QStringLiteral("tags")).toArray()) {
        const QString tag = t.toString().trimmed().toLower();
        if (!tagPattern.match(tag).hasMatch())
            return svc::invalid(QStringLiteral("The tag \"%1\" is not valid: 1 to 32 letters, digits or dashes.").arg(t.toString()));
        if (!tags.contains(tag))
            tags.append(tag);
    }
    QByteArray thumbnail;
    if (args.contains(QStringLiteral("thumbnail_png"))) {
        const auto decoded = QByteArray::fromBase64Encoding(args.value(QStringLiteral("thumbnail_png")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.startsWith("\x89PNG\r\n\x1a\n"))
            return svc::invalid(QStringLiteral("thumbnail_png is not a base64-encoded PNG image."));
        if (decoded.decoded.size() > kMaxThumbnail)
            return svc::invalid(QStringLiteral("The thumbnail has %1 KiB; at most %2 KiB.").arg(decoded.decoded.size() / 1024).arg(kMaxThumbnail / 1024),
                                QStringLiteral("Export a smaller thumbnail."));
        thumbnail = decoded.decoded;
    }
    const QString visibility = args.value(QStringLiteral("visibility")).toString(QStringLiteral("public"));
    auto q = Database::exec(ctx.db,
                            QStringLiteral("INSERT INTO experiences (world_id, owner, title, description, tags, visibility, thumbnail, created_ns) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            {world, ctx.call.caller.bytes(), title, description, jsonToText(tags), visibility,
                             thumbnail.isEmpty() ? QVariant() : QVariant(thumbnail), svc::callTime(ctx)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new experience."));
    const qint64 id = q->int64(0);
    q->finish();
    QStringList tagList;
    for (const QJsonValue &t : std::as_const(tags))
        tagList << t.toString();
    auto s = Database::exec(ctx.db, QStringLiteral("INSERT INTO experiences_search (rowid, title, description, tags) VALUES (?, ?, ?, ?)"),
                            {id, title, description, tagList.join(QLatin1Char(' '))});
    if (!s)
        return s.error();
    ctx.summary = QStringLiteral("experience %1 \"%2\" (%3) from world %4").arg(id).arg(title, visibility).arg(world);
    ctx.changed(QStringLiteral("experiences"), {QString::number(id)});
    auto row = Database::exec(ctx.db, kExperienceColumns + QStringLiteral("FROM experiences e WHERE e.id = ?"), {id});
    if (!row)
        return row.error();
    row->next();
    return experienceJson(*row);
}

Result<QJsonValue> getExperience(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    auto q = Database::exec(ctx.db, kExperienceColumns + QStringLiteral(", e.thumbnail FROM experiences e WHERE e.id = ?"), {id});
    if (!q)
        return q.error();
    // A private experience is its owner's (and admins') alone: to others it does not exist.
    if (!q->next() || (q->text(6) == QLatin1String("private") && q->blob(2) != ctx.call.caller.bytes() && ctx.caller.role < Role::Admin))
        return svc::notFound(QStringLiteral("There is no experience %1.").arg(id), QStringLiteral("experiences.list shows the published ones."));
    QJsonObject o = experienceJson(*q);
    if (args.value(QStringLiteral("with_thumbnail")).toBool() && !q->isNull(9))
        o.insert(QStringLiteral("thumbnail_png"), QString::fromLatin1(q->blob(9).toBase64()));
    return o;
}

Result<QJsonValue> listExperiences(ExecContext &ctx, const QJsonObject &args)
{
    const QStringList terms = marketquery::textTerms(args.value(QStringLiteral("q")).toString());
    const bool mine = args.value(QStringLiteral("mine")).toBool();
    const QString tag = args.value(QStringLiteral("tag")).toString().toLower();
    const int limit = args.value(QStringLiteral("limit")).toInt(20);
    const qint64 offset = args.value(QStringLiteral("offset")).toInteger(0);
    // Listed: public ones, or all of your own with mine.
    QString where = mine ? QStringLiteral("e.owner = :me ") : QStringLiteral("e.visibility = 'public' ");
    if (!tag.isEmpty())
        where += QStringLiteral("AND EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = :tag) ");
    const QString from = terms.isEmpty() ? QStringLiteral("FROM experiences e WHERE ")
                                         : QStringLiteral("FROM experiences_search s JOIN experiences e ON e.id = s.rowid WHERE experiences_search MATCH :match AND ");
    QVariantMap params{{QStringLiteral(":me"), ctx.call.caller.bytes()}, {QStringLiteral(":tag"), tag}, {QStringLiteral(":match"), terms.join(QLatin1Char(' '))}};
    const auto bind = [&](const QString &sql) {
        QVariantList values;
        static const QRegularExpression name(QStringLiteral(":[a-z]+"));
        QString positional = sql;
        auto it = name.globalMatch(sql);
        while (it.hasNext())
            values << params.value(it.next().captured());
        positional.replace(name, QStringLiteral("?"));
        return std::make_pair(positional, values);
    };
    auto [countSql, countValues] = bind(QStringLiteral("SELECT count(*) ") + from + where);
    auto n = Database::execList(ctx.db, countSql, countValues);
    if (!n)
        return n.error();
    const qint64 total = n->next() ? n->int64(0) : 0;
    n->finish();
    auto [sql, values] = bind(kExperienceColumns + from + where + QStringLiteral("ORDER BY e.id DESC LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    auto q = Database::execList(ctx.db, sql, values);
    if (!q)
        return q.error();
    QJsonArray items;
    while (q->next())
        items.append(experienceJson(*q));
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), double(total)}};
}

// Telemetry -----------------------------------------------------------------------------------

// Validates one event; the error names the field (and, in a batch, the caller adds the index).
std::optional<QString> eventProblem(const QJsonObject &e)
{
    static const QRegularExpression type(QStringLiteral("^[a-z][a-z0-9_.]{0,63}$"));
    if (!type.match(e.value(QStringLiteral("event_type")).toString()).hasMatch())
        return QStringLiteral("event_type: 1 to 64 lower-case letters, digits, '_' or '.', starting with a letter");
    for (const char *key : {"session_id", "world_id"})
        if (e.contains(QLatin1String(key)) && (!e.value(QLatin1String(key)).isDouble() || e.value(QLatin1String(key)).toDouble() < 1))
            return QStringLiteral("%1: a positive number").arg(QLatin1String(key));
    if (e.contains(QStringLiteral("data")) && !e.value(QStringLiteral("data")).isObject())
        return QStringLiteral("data: an object");
    if (jsonToText(e.value(QStringLiteral("data"))).size() > 16 * 1024)
        return QStringLiteral("data: at most 16 KiB as JSON");
    return std::nullopt;
}

Status storeEvent(ExecContext &ctx, const QJsonObject &e, qint64 *id)
{
    const auto optional = [&e](const char *key) { return e.contains(QLatin1String(key)) ? QVariant(e.value(QLatin1String(key)).toInteger()) : QVariant(); };
    auto q = Database::exec(ctx.db, QStringLiteral("INSERT INTO telemetry_events (event_type, principal, session_id, world_id, data, ts_ns) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                            {e.value(QStringLiteral("event_type")).toString(), ctx.call.caller.bytes(), optional("session_id"), optional("world_id"),
                             jsonToText(e.value(QStringLiteral("data")).toObject()), svc::callTime(ctx)});
    if (!q)
        return q.error();
    *id = q->next() ? q->int64(0) : 0;
    return {};
}

Result<QJsonValue> ingest(ExecContext &ctx, const QJsonObject &args)
{
    if (auto problem = eventProblem(args))
        return svc::invalid(*problem);
    qint64 id = 0;
    if (auto st = storeEvent(ctx, args, &id); !st)
        return st.error();
    ctx.summary = QStringLiteral("telemetry %1").arg(args.value(QStringLiteral("event_type")).toString());
    return QJsonObject{{QStringLiteral("id"), id}};
}

Result<QJsonValue> ingestBatch(ExecContext &ctx, const QJsonObject &args)
{
    // Every valid event is stored; each invalid one is answered with its index and problem.
    QJsonArray results;
    int stored = 0;
    for (const QJsonValue &v : args.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (auto problem = eventProblem(e); !v.isObject() || problem) {
            results.append(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), v.isObject() ? *problem : QStringLiteral("not an object")}});
            continue;
        }
        qint64 id = 0;
        if (auto st = storeEvent(ctx, e, &id); !st)
            return st.error();
        results.append(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), id}});
        ++stored;
    }
    ctx.summary = QStringLiteral("telemetry batch: %1 of %2 stored").arg(stored).arg(results.size());
    return QJsonObject{{QStringLiteral("stored"), stored}, {QStringLiteral("rejected"), int(results.size()) - stored}, {QStringLiteral("results"), results}};
}

Result<QJsonValue> summary(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 bucket = args.value(QStringLiteral("bucket")).toString(QStringLiteral("hour")) == QLatin1String("day") ? 86400LL * 1000000000 : 3600LL * 1000000000;
    const qint64 to = args.contains(QStringLiteral("to_ns")) ? args.value(QStringLiteral("to_ns")).toString().toLongLong() : svc::callTime(ctx);
    const qint64 from = args.contains(QStringLiteral("from_ns")) ? args.value(QStringLiteral("from_ns")).toString().toLongLong() : to - 24 * 3600LL * 1000000000;
    if (from >= to)
        return svc::invalid(QStringLiteral("from_ns must be before to_ns."));
    if ((to - from) / bucket > 2000)
        return svc::invalid(QStringLiteral("That is more than 2000 buckets."), QStringLiteral("Use day buckets or a shorter range."));
    const QVariant type = args.contains(QStringLiteral("event_type")) ? QVariant(args.value(QStringLiteral("event_type")).toString()) : QVariant();
    const QVariant world = args.contains(QStringLiteral("world_id")) ? QVariant(args.value(QStringLiteral("world_id")).toInteger()) : QVariant();
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT event_type, (ts_ns - ?1) / ?2 AS b, count(*) FROM telemetry_events WHERE ts_ns >= ?1 AND ts_ns < ?3 "
                                                   "AND (?4 IS NULL OR event_type = ?4) AND (?5 IS NULL OR world_id = ?5) "
                                                   "GROUP BY event_type, b ORDER BY event_type, b"),
                            {from, bucket, to, type, world});
    if (!q)
        return q.error();
    QJsonObject series;
    while (q->next()) {
        QJsonArray points = series.value(q->text(0)).toArray();
        points.append(QJsonObject{{QStringLiteral("start_ns"), QString::number(from + q->int64(1) * bucket)}, {QStringLiteral("count"), q->int64(2)}});
        series.insert(q->text(0), points);
    }
    return QJsonObject{{QStringLiteral("from_ns"), QString::number(from)},
                       {QStringLiteral("to_ns"), QString::number(to)},
                       {QStringLiteral("bucket"), bucket == 3600LL * 1000000000 ? QStringLiteral("hour") : QStringLiteral("day")},
                       {QStringLiteral("series"), series}};
}

} // namespace

void registerExperienceMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject id = integer(1, 1LL << 53);
    const QJsonObject meta{{QStringLiteral("type"), QStringLiteral("object")}};
    const QJsonObject event = object({{QStringLiteral("event_type"), string(1, 64)}, {QStringLiteral("session_id"), id}, {QStringLiteral("world_id"), id},
                                      {QStringLiteral("data"), meta}},
                                     {QStringLiteral("event_type")});
    gw.registerMethod(makeMethod(QStringLiteral("experiences.publish"),
                                 QStringLiteral("Publish one of your stored worlds as an experience (title, description, tags, visibility, PNG thumbnail as base64)"),
                                 object({{QStringLiteral("world_id"), id},
                                         {QStringLiteral("title"), string(1, 200)},
                                         {QStringLiteral("description"), string(0, 2000)},
                                         {QStringLiteral("tags"), arrayOf(string(1, 40), 20)},
                                         {QStringLiteral("visibility"), enumOf({QStringLiteral("public"), QStringLiteral("unlisted"), QStringLiteral("private")})},
                                         {QStringLiteral("thumbnail_png"), string(0, 800000)}},
                                        {QStringLiteral("world_id")}),
                                 publish, true, Role::Creator));
    gw.registerMethod(makeMethod(QStringLiteral("experiences.get"), QStringLiteral("An experience (private ones only for their owner), optionally with its thumbnail"),
                                 object({{QStringLiteral("id"), id}, {QStringLiteral("with_thumbnail"), boolean()}}, {QStringLiteral("id")}), getExperience, false,
                                 Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("experiences.list"),
                                 QStringLiteral("Public experiences (or all of yours with mine), newest first; full-text q over title, description and tags; a tag"),
                                 object({{QStringLiteral("q"), string(0, 200)}, {QStringLiteral("tag"), string(1, 40)}, {QStringLiteral("mine"), boolean()},
                                         {QStringLiteral("limit"), integer(1, 100)}, {QStringLiteral("offset"), integer(0, 1000000)}}),
                                 listExperiences, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("telemetry.ingest"), QStringLiteral("Record one telemetry event (you are its user)"), event, ingest, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("telemetry.ingest_batch"), QStringLiteral("Record up to 500 events; each invalid one is answered with its problem"),
                                 object({{QStringLiteral("events"), arrayOf({{QStringLiteral("type"), QStringLiteral("object")}}, kMaxBatch)}}, {QStringLiteral("events")}),
                                 ingestBatch, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("telemetry.summary"),
                                 QStringLiteral("Events per type per hour or day over a range (default: the last 24 h), of one type or one world if given"),
                                 object({{QStringLiteral("event_type"), string(1, 64)}, {QStringLiteral("world_id"), id},
                                         {QStringLiteral("from_ns"), string(1, 20)}, {QStringLiteral("to_ns"), string(1, 20)},
                                         {QStringLiteral("bucket"), enumOf({QStringLiteral("hour"), QStringLiteral("day")})}}),
                                 summary, false, Role::Guest));
}

} // namespace nexus
