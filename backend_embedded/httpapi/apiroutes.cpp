#include "apiroutes.h"

#include "apiserver.h"
#include "httpapi.h"
#include "services/worldcache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace nexus::http {

namespace {

ApiResponse badRequest(const QString &message, const QString &hint = {})
{
    return ApiServer::errorResponse(400, QStringLiteral("invalid_argument"), message, hint);
}

RoutePlan refuse(ApiResponse r)
{
    RoutePlan p;
    p.immediate = std::move(r);
    return p;
}

RoutePlan call(QString method, QJsonObject args, std::function<ApiResponse(const QJsonValue &)> shape = {})
{
    RoutePlan p;
    p.method = std::move(method);
    p.args = std::move(args);
    p.shape = std::move(shape);
    return p;
}

std::function<ApiResponse(const QJsonValue &)> asIs(int status = 200)
{
    return [status](const QJsonValue &v) { return jsonResponse(status, v); };
}

// Whole numbers from the query string into args; an answer naming the parameter when one is not.
std::optional<ApiResponse> copyIntegers(const QUrlQuery &query, QJsonObject &args, const QStringList &names)
{
    for (const QString &name : names) {
        if (!query.hasQueryItem(name))
            continue;
        bool ok = false;
        const qint64 v = query.queryItemValue(name).toLongLong(&ok);
        if (!ok)
            return badRequest(QStringLiteral("The query parameter %1 must be a whole number, not \"%2\".").arg(name, query.queryItemValue(name)));
        args.insert(name, v);
    }
    return std::nullopt;
}

// Text from the query string as forms send it: '+' is a space, %2B a plus.
QString queryText(const QUrlQuery &query, const QString &name)
{
    QString raw = query.queryItemValue(name, QUrl::FullyEncoded);
    return QUrl::fromPercentEncoding(raw.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
}

void copyStrings(const QUrlQuery &query, QJsonObject &args, const QStringList &names)
{
    for (const QString &name : names)
        if (query.hasQueryItem(name))
            args.insert(name, queryText(query, name));
}

std::optional<ApiResponse> copyBoolean(const QUrlQuery &query, QJsonObject &args, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    const QString v = query.queryItemValue(name).toLower();
    if (v != QLatin1String("true") && v != QLatin1String("false") && v != QLatin1String("1") && v != QLatin1String("0"))
        return badRequest(QStringLiteral("The query parameter %1 must be true or false.").arg(name));
    args.insert(name, v == QLatin1String("true") || v == QLatin1String("1"));
    return std::nullopt;
}

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()))
        return v.toInteger();
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// ImmersiVerse bodies carry a user_id; ours comes from the token, and a different one is refused.
std::optional<ApiResponse> checkUserId(const QJsonObject &body, const Principal &caller)
{
    if (!body.contains(QStringLiteral("user_id")))
        return std::nullopt;
    const QString claimed = body.value(QStringLiteral("user_id")).toVariant().toString();
    if (claimed == caller.toText())
        return std::nullopt;
    return ApiServer::errorResponse(403, QStringLiteral("permission_denied"),
                                    QStringLiteral("user_id \"%1\" is not the identity of this token (%2).").arg(claimed, caller.toText()),
                                    QStringLiteral("Leave user_id out, or send the token's own principal."));
}

QJsonObject pick(const QJsonObject &body, const QStringList &names)
{
    QJsonObject args;
    for (const QString &name : names)
        if (body.contains(name))
            args.insert(name, body.value(name));
    return args;
}

// ImmersiVerse's PromptResponse. The blueprint goes out as the generator's canonical bytes with
// the response's timestamps spliced in, rather than parsed and serialised again: the call leaves
// it out of its answer, and the world cache the call just used has it (or, should it have been
// pushed out meanwhile, makes the same bytes again: generation is a pure function of the request).
ApiResponse promptResponse(const QJsonObject &args, const QJsonObject &result)
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray ms = QByteArray::number(result.value(QStringLiteral("processing_time_ms")).toDouble(), 'g', 10);
    const QByteArray json = WorldCache::instance().get(worldRequest(args))->json;
    ApiResponse r;
    r.body.reserve(json.size() + 300);
    r.body += "{\"message\":\"World blueprint generated successfully\",\"processing_time_ms\":" + ms + ",\"success\":true,\"world_blueprint\":";
    r.body += QByteArrayView(json).chopped(1); // its closing brace: the timestamps go inside
    r.body += ",\"created_at\":\"" + now + "\",\"processing_time_ms\":" + ms + ",\"updated_at\":\"" + now + "\"}";
    r.body += ",\"world_id\":" + QByteArray::number(result.value(QStringLiteral("world_id")).toInteger()) + '}';
    return r;
}

RoutePlan promptToWorld(const RouteInput &in)
{
    const QJsonObject body = in.body.toObject();
    if (auto r = checkUserId(body, in.caller))
        return refuse(*r);
    const QJsonObject args = pick(body, {QStringLiteral("prompt"), QStringLiteral("world_type"), QStringLiteral("seed"), QStringLiteral("object_count")});
    QJsonObject lean = args;
    lean.insert(QStringLiteral("include_blueprint"), false);
    return call(QStringLiteral("worlds.generate"), lean, [args](const QJsonValue &v) { return promptResponse(args, v.toObject()); });
}

RoutePlan prefabCatalog(const RouteInput &in)
{
    QJsonObject args;
    copyStrings(in.query, args, {QStringLiteral("prefab_type")});
    if (auto r = copyIntegers(in.query, args, {QStringLiteral("limit"), QStringLiteral("offset")}))
        return refuse(*r);
    return call(QStringLiteral("prefabs.list"), args, asIs());
}

RoutePlan prefabSearch(const RouteInput &in)
{
    if (!in.query.hasQueryItem(QStringLiteral("q")))
        return refuse(badRequest(QStringLiteral("The search needs q, the words to look for."), QStringLiteral("For example ?q=tree.")));
    QJsonObject args;
    copyStrings(in.query, args, {QStringLiteral("q"), QStringLiteral("prefab_type")});
    if (auto r = copyIntegers(in.query, args, {QStringLiteral("limit"), QStringLiteral("offset")}))
        return refuse(*r);
    return call(QStringLiteral("prefabs.search"), args, asIs());
}

RoutePlan publish(const RouteInput &in)
{
    const QJsonObject body = in.body.toObject();
    if (auto r = checkUserId(body, in.caller))
        return refuse(*r);
    QJsonObject args = pick(body, {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("tags"), QStringLiteral("visibility"),
                                   QStringLiteral("thumbnail_png")});
    const QJsonValue world = body.contains(QStringLiteral("world_id")) ? body.value(QStringLiteral("world_id")) : body.value(QStringLiteral("world_blueprint_id"));
    if (world.isUndefined())
        return refuse(badRequest(QStringLiteral("Say which world to publish: world_id (or ImmersiVerse's world_blueprint_id)."),
                                 QStringLiteral("prompt2world answers with the world_id.")));
    const auto id = wholeNumber(world);
    if (!id)
        return refuse(badRequest(QStringLiteral("world_id must be a whole number: the world_id prompt2world answered with.")));
    args.insert(QStringLiteral("world_id"), *id);
    if (!args.contains(QStringLiteral("visibility")) && body.contains(QStringLiteral("is_public")))
        args.insert(QStringLiteral("visibility"), body.value(QStringLiteral("is_public")).toBool() ? QStringLiteral("public") : QStringLiteral("private"));
    return call(QStringLiteral("experiences.publish"), args, asIs(201));
}

RoutePlan experiences(const RouteInput &in)
{
    QJsonObject args;
    copyStrings(in.query, args, {QStringLiteral("q"), QStringLiteral("tag")});
    if (auto r = copyIntegers(in.query, args, {QStringLiteral("limit"), QStringLiteral("offset")}))
        return refuse(*r);
    if (auto r = copyBoolean(in.query, args, QStringLiteral("mine")))
        return refuse(*r);
    return call(QStringLiteral("experiences.list"), args, asIs());
}

RoutePlan experience(const RouteInput &in)
{
    const auto id = wholeNumber(in.params.value(0));
    if (!id)
        return refuse(badRequest(QStringLiteral("An experience id is a whole number, not \"%1\".").arg(in.params.value(0))));
    QJsonObject args{{QStringLiteral("id"), *id}};
    if (auto r = copyBoolean(in.query, args, QStringLiteral("with_thumbnail")))
        return refuse(*r);
    return call(QStringLiteral("experiences.get"), args, asIs());
}

const QStringList kEventFields{QStringLiteral("event_type"), QStringLiteral("session_id"), QStringLiteral("world_id"), QStringLiteral("data")};

RoutePlan telemetry(const RouteInput &in)
{
    const QJsonObject body = in.body.toObject();
    if (auto r = checkUserId(body, in.caller))
        return refuse(*r);
    return call(QStringLiteral("telemetry.ingest"), pick(body, kEventFields), asIs(201));
}

RoutePlan telemetryBatch(const RouteInput &in)
{
    const QJsonArray given = in.body.isArray() ? in.body.toArray() : in.body.toObject().value(QStringLiteral("events")).toArray();
    if (given.isEmpty())
        return refuse(badRequest(QStringLiteral("The batch has no events."), QStringLiteral("Send a JSON array of events, or {\"events\": [...]}.")));
    QJsonArray events;
    for (const QJsonValue &e : given) {
        if (auto r = checkUserId(e.toObject(), in.caller))
            return refuse(*r);
        events.append(e.isObject() ? QJsonValue(pick(e.toObject(), kEventFields)) : e);
    }
    return call(QStringLiteral("telemetry.ingest_batch"), QJsonObject{{QStringLiteral("events"), events}}, asIs(201));
}

RoutePlan anyMethod(const RouteInput &in)
{
    if (!in.body.isObject())
        return refuse(badRequest(QStringLiteral("The arguments of a call are a JSON object."), QStringLiteral("Send {} when the method takes none.")));
    return call(in.params.value(0), in.body.toObject());
}

} // namespace

QList<Route> apiRoutes(const HttpApi &api)
{
    const HttpApi *a = &api;
    return {
        {"GET", QStringLiteral("/health"), false, false, QStringLiteral("Liveness: status, time, version, uptime"),
         [a](const RouteInput &) { return refuse(jsonResponse(200, a->health())); }},
        {"GET", QStringLiteral("/api/v1/openapi.json"), false, false, QStringLiteral("This API described as OpenAPI 3"),
         [a](const RouteInput &) {
             ApiResponse r;
             r.body = a->openApiDocument();
             return refuse(r);
         }},
        {"POST", QStringLiteral("/api/v1/prompt2world"), true, true,
         QStringLiteral("Generate and store a world from a prompt (ImmersiVerse PromptRequest → PromptResponse)"), promptToWorld},
        {"GET", QStringLiteral("/api/v1/prefab-catalog"), true, false, QStringLiteral("The prefab catalog (prefab_type, limit, offset)"), prefabCatalog},
        {"GET", QStringLiteral("/api/v1/prefab-catalog/search"), true, false, QStringLiteral("Search prefabs by name, description and tags (q)"), prefabSearch},
        {"GET", QStringLiteral("/api/v1/prefab-catalog/{id}"), true, false, QStringLiteral("One prefab"),
         [](const RouteInput &in) { return call(QStringLiteral("prefabs.get"), {{QStringLiteral("id"), in.params.value(0)}}, asIs()); }},
        {"POST", QStringLiteral("/api/v1/publish"), true, true, QStringLiteral("Publish a stored world as an experience"), publish},
        {"GET", QStringLiteral("/api/v1/publish/experiences"), true, false, QStringLiteral("Published experiences (q, tag, mine, limit, offset)"), experiences},
        {"GET", QStringLiteral("/api/v1/publish/experiences/{id}"), true, false, QStringLiteral("One experience (with_thumbnail)"), experience},
        {"POST", QStringLiteral("/api/v1/telemetry"), true, true, QStringLiteral("Record one telemetry event"), telemetry},
        {"POST", QStringLiteral("/api/v1/telemetry/batch"), true, true, QStringLiteral("Record up to 500 telemetry events"), telemetryBatch},
        {"POST", QStringLiteral("/api/v1/call/{method}"), true, true, QStringLiteral("Call any gateway method; the body is its arguments"), anyMethod},
    };
}

} // namespace nexus::http
