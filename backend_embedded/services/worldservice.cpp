#include "worldservice.h"

#include "argschema.h"
#include "digest.h"
#include "gateway/gateway.h"
#include "methodtable.h"
#include "prefabcatalog.h"
#include "servicesupport.h"
#include "worldcache.h"
#include "worldgenerator.h"
#include "worldstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace nexus {

namespace {

using namespace worlds;

// What the prepare step hands the handler: the world, whether it came from the cache, and the
// blueprint parsed for the answer unless the caller asked for none.
struct PreparedWorld {
    std::shared_ptr<const GeneratedWorld> world;
    std::optional<QJsonObject> blueprint;
    double ms = 0; // this call's share: generating, or finding it in the cache
    bool cached = false;
};

Result<std::shared_ptr<const void>> prepareGenerate(const CallContext &, const QJsonObject &args)
{
    const WorldRequest request = worldRequest(args);
    if (request.prompt.isEmpty())
        return svc::invalid(QStringLiteral("The prompt is empty."), QStringLiteral("Describe the world, e.g. \"three towers around a lake at dusk\"."));
    QElapsedTimer timer;
    timer.start();
    auto p = std::make_shared<PreparedWorld>();
    p->world = WorldCache::instance().get(request, &p->cached);
    p->ms = p->cached ? double(timer.nsecsElapsed()) / 1e6 : p->world->generateMs;
    if (args.value(QStringLiteral("include_blueprint")).toBool(true))
        p->blueprint = QJsonDocument::fromJson(p->world->json).object();
    return std::shared_ptr<const void>(p);
}

// Generation ran in the prepare step (the gateway runs it on every path), off the writer;
// this stores the world.
Result<QJsonValue> generate(ExecContext &ctx, const QJsonObject &args)
{
    const auto prepared = std::static_pointer_cast<const PreparedWorld>(ctx.prepared);
    if (!prepared)
        return Error::make(ErrorCode::Internal, QStringLiteral("worlds.generate ran without its prepare step."));
    const GeneratedWorld &g = *prepared->world;
    const qint64 now = svc::callTime(ctx);
    WorldRow w;
    w.owner = ctx.call.caller;
    w.prompt = args.value(QStringLiteral("prompt")).toString().trimmed();
    w.title = g.title;
    w.worldType = g.worldType;
    w.seed = QString::number(g.seed);
    w.version = g.version;
    w.instances = g.instances;
    w.blueprint = g.json;
    w.blueprintHash = g.hash;
    w.createdNs = w.updatedNs = now;
    NX_TRY(id, WorldStore(ctx.db).insert(w));
    ctx.summary = QStringLiteral("world %1 \"%2\" (%3 objects, seed %4)").arg(*id).arg(g.title).arg(w.instances).arg(w.seed);
    ctx.changed(QStringLiteral("worlds"), {QString::number(*id)});
    QJsonObject result{{QStringLiteral("world_id"), *id},
                       {QStringLiteral("blueprint_hash"), QString::fromLatin1(g.hash.toHex())},
                       {QStringLiteral("instances"), g.instances},
                       {QStringLiteral("processing_time_ms"), std::round(prepared->ms * 1000) / 1000},
                       {QStringLiteral("cached"), prepared->cached}};
    if (prepared->blueprint)
        result.insert(QStringLiteral("blueprint"), *prepared->blueprint);
    return result;
}

Result<QJsonValue> get(ExecContext &ctx, const QJsonObject &args)
{
    WorldStore store(ctx.db);
    NX_TRY(w, store.world(args.value(QStringLiteral("world_id")).toInteger()));
    if (args.contains(QStringLiteral("version")) && args.value(QStringLiteral("version")).toInt() != w->version) {
        NX_TRY(old, store.versionBlueprint(w->id, args.value(QStringLiteral("version")).toInt()));
        w->blueprint = *old;
        w->version = args.value(QStringLiteral("version")).toInt();
    }
    return w->toJson(true);
}

// A hand-edited blueprint, parsed and checked off the writer (worlds.save_version's prepare).
struct PreparedEdit {
    QByteArray json;
    QByteArray hash;
    QString title;
    int instances = 0;
};

Result<std::shared_ptr<const void>> prepareSave(const CallContext &, const QJsonObject &args)
{
    QString error;
    const auto b = Blueprint::fromJson(args.value(QStringLiteral("blueprint")).toObject(), &error);
    if (!b)
        return svc::invalid(QStringLiteral("The blueprint is not valid: %1").arg(error), QStringLiteral("Send the blueprint worlds.get gave, with your changes."));
    for (const PrefabInstance &i : b->instances)
        if (!PrefabCatalog::instance().find(i.prefabId))
            return svc::invalid(QStringLiteral("The blueprint places '%1', which is not in the catalog.").arg(i.prefabId),
                                QStringLiteral("prefabs.list shows the catalog."));
    auto p = std::make_shared<PreparedEdit>();
    p->json = b->toCanonicalJson();
    p->hash = sha256(p->json);
    p->title = b->title;
    p->instances = int(b->instances.size());
    return std::shared_ptr<const void>(p);
}

Result<QJsonValue> saveVersion(ExecContext &ctx, const QJsonObject &args)
{
    const auto prepared = std::static_pointer_cast<const PreparedEdit>(ctx.prepared);
    if (!prepared)
        return Error::make(ErrorCode::Internal, QStringLiteral("worlds.save_version ran without its prepare step."));
    WorldStore store(ctx.db);
    NX_TRY(w, store.world(args.value(QStringLiteral("world_id")).toInteger()));
    if (w->owner != ctx.call.caller && ctx.caller.role < Role::Admin)
        return svc::denied(QStringLiteral("World %1 belongs to %2.").arg(w->id).arg(w->owner.toText()),
                           QStringLiteral("Only its owner or an admin saves versions of it."));
    if (args.contains(QStringLiteral("base_version")) && args.value(QStringLiteral("base_version")).toInt() != w->version)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("World %1 is at version %2 now, not %3: someone saved meanwhile.")
                               .arg(w->id).arg(w->version).arg(args.value(QStringLiteral("base_version")).toInt()),
                           QStringLiteral("Reload the world and make your changes again."));
    w->version += 1;
    w->blueprint = prepared->json;
    w->blueprintHash = prepared->hash;
    w->title = prepared->title;
    w->instances = prepared->instances;
    w->updatedNs = svc::callTime(ctx);
    const QString note = args.value(QStringLiteral("note")).toString().trimmed();
    if (auto st = store.saveVersion(*w, ctx.call.caller, note); !st)
        return st.error();
    ctx.summary = QStringLiteral("world %1 version %2 (%3 objects)%4").arg(w->id).arg(w->version).arg(w->instances).arg(note.isEmpty() ? QString() : QStringLiteral(": ") + note);
    ctx.changed(QStringLiteral("worlds"), {QString::number(w->id)});
    return QJsonObject{{QStringLiteral("world_id"), w->id}, {QStringLiteral("version"), w->version}, {QStringLiteral("instances"), w->instances}};
}

Result<QJsonValue> versions(ExecContext &ctx, const QJsonObject &args)
{
    WorldStore store(ctx.db);
    NX_TRY(w, store.world(args.value(QStringLiteral("world_id")).toInteger()));
    NX_TRY(items, store.versions(w->id));
    return QJsonObject{{QStringLiteral("world_id"), w->id}, {QStringLiteral("current"), w->version}, {QStringLiteral("items"), *items}};
}

Result<QJsonValue> list(ExecContext &ctx, const QJsonObject &args)
{
    std::optional<Principal> owner;
    if (args.contains(QStringLiteral("owner")))
        owner = svc::principalArg(ctx, args, QStringLiteral("owner"));
    else if (args.value(QStringLiteral("mine")).toBool())
        owner = ctx.call.caller;
    WorldStore store(ctx.db);
    NX_TRY(rows, store.list(owner, args.value(QStringLiteral("before")).toInteger(0), int(args.value(QStringLiteral("limit")).toInteger(50))));
    NX_TRY(total, store.count(owner));
    QJsonArray items;
    for (const WorldRow &w : std::as_const(*rows))
        items.append(w.toJson(false));
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), double(*total)}};
}

Result<QJsonValue> understand(ExecContext &, const QJsonObject &args)
{
    const WorldSpec spec = parsePrompt(args.value(QStringLiteral("prompt")).toString());
    GenerateOptions options;
    if (args.contains(QStringLiteral("world_type")))
        options.worldType = worldTypeFromName(args.value(QStringLiteral("world_type")).toString());
    const ResolvedSettings s = resolveSettings(spec, options);
    QJsonObject o = spec.toJson();
    o.insert(QStringLiteral("resolved"), QJsonObject{{QStringLiteral("biome"), biomeName(s.biome)},
                                                     {QStringLiteral("time_of_day"), timeOfDayName(s.time)},
                                                     {QStringLiteral("weather"), weatherName(s.weather)},
                                                     {QStringLiteral("world_type"), worldTypeName(s.worldType)},
                                                     {QStringLiteral("density"), s.density}});
    return o;
}

// ImmersiVerse's catalog page: {prefabs, total_count, page, page_size}.
QJsonObject page(const QList<const Prefab *> &all, int limit, int offset)
{
    QJsonArray prefabs;
    for (qsizetype k = offset; k < all.size() && k < offset + limit; ++k)
        prefabs.append(all[k]->toJson());
    return {{QStringLiteral("prefabs"), prefabs},
            {QStringLiteral("total_count"), int(all.size())},
            {QStringLiteral("page"), offset / limit + 1},
            {QStringLiteral("page_size"), limit}};
}

Result<QJsonValue> prefabList(ExecContext &, const QJsonObject &args)
{
    std::optional<PrefabType> type;
    if (args.contains(QStringLiteral("prefab_type")))
        type = prefabTypeFromName(args.value(QStringLiteral("prefab_type")).toString());
    return page(PrefabCatalog::instance().ofType(type), int(args.value(QStringLiteral("limit")).toInteger(10)),
                int(args.value(QStringLiteral("offset")).toInteger(0)));
}

Result<QJsonValue> prefabGet(ExecContext &, const QJsonObject &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    const Prefab *p = PrefabCatalog::instance().find(id);
    if (!p)
        return svc::notFound(QStringLiteral("There is no prefab '%1'.").arg(id), QStringLiteral("prefabs.list and prefabs.search show the catalog."));
    return p->toJson();
}

Result<QJsonValue> prefabSearch(ExecContext &, const QJsonObject &args)
{
    std::optional<PrefabType> type;
    if (args.contains(QStringLiteral("prefab_type")))
        type = prefabTypeFromName(args.value(QStringLiteral("prefab_type")).toString());
    return page(PrefabCatalog::instance().search(args.value(QStringLiteral("q")).toString(), type), int(args.value(QStringLiteral("limit")).toInteger(10)),
                int(args.value(QStringLiteral("offset")).toInteger(0)));
}

} // namespace

void registerWorldMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject worldType = enumOf(worldTypeNames());
    const QJsonObject prefabType = enumOf(prefabTypeNames());
    MethodDescriptor generateMethod = makeMethod(QStringLiteral("worlds.generate"),
                                 QStringLiteral("Generate a world from a prompt and store its blueprint (offline; the same prompt + seed gives the same world; "
                                                "without a seed, the seed comes from the prompt; include_blueprint false leaves the blueprint "
                                                "out of the answer, worlds.get has it)"),
                                 object({{QStringLiteral("prompt"), string(1, 1000)},
                                         {QStringLiteral("seed"), integer(0, 1LL << 53)},
                                         {QStringLiteral("world_type"), worldType},
                                         {QStringLiteral("object_count"), integer(1, kMaxGeneratedObjects)},
                                         {QStringLiteral("include_blueprint"), boolean()}},
                                        {QStringLiteral("prompt")}),
                                 generate, true, Role::User);
    generateMethod.prepare = prepareGenerate;
    gw.registerMethod(generateMethod);
    gw.registerMethod(makeMethod(QStringLiteral("worlds.get"), QStringLiteral("A stored world with its blueprint (the current version, or an earlier one)"),
                                 object({{QStringLiteral("world_id"), integer(1, 1LL << 53)}, {QStringLiteral("version"), integer(1, 1000000)}},
                                        {QStringLiteral("world_id")}),
                                 get, false, Role::Guest));
    MethodDescriptor save = makeMethod(QStringLiteral("worlds.save_version"),
                                       QStringLiteral("Save an edited blueprint as the world's next version (its owner or an admin; base_version guards "
                                                      "against saving over someone else's)"),
                                       object({{QStringLiteral("world_id"), integer(1, 1LL << 53)},
                                               {QStringLiteral("blueprint"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}},
                                               {QStringLiteral("base_version"), integer(1, 1000000)},
                                               {QStringLiteral("note"), string(0, 200)}},
                                              {QStringLiteral("world_id"), QStringLiteral("blueprint")}),
                                       saveVersion, true, Role::User);
    save.prepare = prepareSave;
    gw.registerMethod(save);
    gw.registerMethod(makeMethod(QStringLiteral("worlds.versions"), QStringLiteral("A world's versions, newest first, with who saved each and why"),
                                 object({{QStringLiteral("world_id"), integer(1, 1LL << 53)}}, {QStringLiteral("world_id")}), versions, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("worlds.list"), QStringLiteral("Stored worlds, newest first: yours (mine), an owner's, or all; keyset paged (before)"),
                                 object({{QStringLiteral("owner"), principal()}, {QStringLiteral("mine"), boolean()},
                                         {QStringLiteral("before"), integer(0, 1LL << 53)}, {QStringLiteral("limit"), integer(1, 200)}}),
                                 list, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("worlds.understand"),
                                 QStringLiteral("How a prompt is understood: settings, objects with counts and relations, ignored words, and the settings filled in"),
                                 object({{QStringLiteral("prompt"), string(0, 1000)}, {QStringLiteral("world_type"), worldType}}, {QStringLiteral("prompt")}),
                                 understand, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("prefabs.list"), QStringLiteral("The prefab catalog, optionally of one prefab type, paged (limit up to 100, offset)"),
                                 object({{QStringLiteral("prefab_type"), prefabType}, {QStringLiteral("limit"), integer(1, 100)},
                                         {QStringLiteral("offset"), integer(0, 100000)}}),
                                 prefabList, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("prefabs.get"), QStringLiteral("One prefab with its footprint, tags and mesh parts"),
                                 object({{QStringLiteral("id"), string(1, 100)}}, {QStringLiteral("id")}), prefabGet, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("prefabs.search"),
                                 QStringLiteral("Search the catalog by name, description, tags and category (every word must match), paged"),
                                 object({{QStringLiteral("q"), string(0, 200)}, {QStringLiteral("prefab_type"), prefabType},
                                         {QStringLiteral("limit"), integer(1, 100)}, {QStringLiteral("offset"), integer(0, 100000)}},
                                        {QStringLiteral("q")}),
                                 prefabSearch, false, Role::Guest));
}

} // namespace nexus
