#include "worldblueprint.h"

#include "jsonwriter.h"
#include "prefabcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace nexus::worlds {

namespace {

double mm(double v)
{
    const double r = std::round(v * 1000) / 1000;
    return r == 0 ? 0 : r; // no "-0"
}
double unit4(double v)
{
    const double r = std::round(v * 1e6) / 1e6;
    return r == 0 ? 0 : r;
}

QJsonObject vec(const Vec3 &v) { return {{QStringLiteral("x"), mm(v.x)}, {QStringLiteral("y"), mm(v.y)}, {QStringLiteral("z"), mm(v.z)}}; }
QJsonObject quat(const Quat &q)
{
    return {{QStringLiteral("x"), unit4(q.x)}, {QStringLiteral("y"), unit4(q.y)}, {QStringLiteral("z"), unit4(q.z)}, {QStringLiteral("w"), unit4(q.w)}};
}

bool number(const QJsonObject &o, const char *key, double *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return false;
    *out = v.toDouble();
    return true;
}

bool readVec(const QJsonValue &v, Vec3 *out)
{
    const QJsonObject o = v.toObject();
    return v.isObject() && number(o, "x", &out->x) && number(o, "y", &out->y) && number(o, "z", &out->z) && std::abs(out->x) < 1e6
           && std::abs(out->y) < 1e6 && std::abs(out->z) < 1e6;
}

bool readQuat(const QJsonValue &v, Quat *out)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !number(o, "x", &out->x) || !number(o, "y", &out->y) || !number(o, "z", &out->z) || !number(o, "w", &out->w))
        return false;
    const double len = std::sqrt(out->x * out->x + out->y * out->y + out->z * out->z + out->w * out->w);
    return std::abs(len - 1) < 1e-3;
}

} // namespace

QString uuidFrom(quint64 a, quint64 b)
{
    const auto mix = [](quint64 z) {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    a = mix(a ^ mix(b));
    b = mix(b + a);
    a = (a & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // variant 10
    const QString hex = QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') + hex.mid(16, 4)
           + QLatin1Char('-') + hex.mid(20, 12);
}

QJsonObject Blueprint::toJson() const
{
    QJsonArray instanceList;
    for (const PrefabInstance &p : instances)
        instanceList.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("prefab_id"), p.prefabId},
                                        {QStringLiteral("prefab_type"), prefabTypeName(p.type)},
                                        {QStringLiteral("position"), vec(p.position)},
                                        {QStringLiteral("rotation"), quat(p.rotation)},
                                        {QStringLiteral("scale"), vec(p.scale)},
                                        {QStringLiteral("properties"), p.properties}});
    QJsonArray spawns;
    for (const Vec3 &s : spawnPoints)
        spawns.append(vec(s));
    QJsonArray pathList;
    for (const WorldPath &w : paths) {
        QJsonArray pts;
        for (const Vec3 &p : w.points)
            pts.append(vec(p));
        pathList.append(QJsonObject{{QStringLiteral("kind"), w.kind}, {QStringLiteral("width"), mm(w.width)}, {QStringLiteral("points"), pts}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("prompt"), prompt},
            {QStringLiteral("world_type"), worldTypeName(worldType)},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("environment_settings"), environment},
            {QStringLiteral("prefab_instances"), instanceList},
            {QStringLiteral("spawn_points"), spawns},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("terrain"), terrain.toJson()},
            {QStringLiteral("paths"), pathList},
            {QStringLiteral("features"), features},
            {QStringLiteral("understood"), understanding},
            {QStringLiteral("ignored_terms"), QJsonArray::fromStringList(ignored)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("generator_version"), generatorVersion},
            {QStringLiteral("version"), version}};
}

QByteArray Blueprint::toCanonicalJson() const
{
    // Written straight from the fields, keys in sorted order at every level (as QJsonObject
    // keeps them), numbers rounded as in toJson(): the bytes depend only on the data.
    JsonWriter w(qsizetype(instances.size()) * 330 + qsizetype(terrain.heights().size()) * 6 + 4096);
    const auto vec3 = [&w](const Vec3 &v) {
        w.beginObject().key(QLatin1StringView("x")).fixed(v.x, 3).key(QLatin1StringView("y")).fixed(v.y, 3).key(QLatin1StringView("z")).fixed(v.z, 3).endObject();
    };
    using L = QLatin1StringView;
    w.beginObject();
    w.key(L("description")).value(description);
    w.key(L("environment_settings")).value(QJsonValue(environment));
    w.key(L("features")).value(QJsonValue(features));
    w.key(L("generator_version")).value(generatorVersion);
    w.key(L("id")).value(id);
    w.key(L("ignored_terms")).value(QJsonValue(QJsonArray::fromStringList(ignored)));
    w.key(L("notes")).value(QJsonValue(QJsonArray::fromStringList(notes)));
    w.key(L("paths")).beginArray();
    for (const WorldPath &p : paths) {
        w.beginObject().key(L("kind")).value(p.kind).key(L("points")).beginArray();
        for (const Vec3 &pt : p.points)
            vec3(pt);
        w.endArray().key(L("width")).fixed(p.width, 3).endObject();
    }
    w.endArray();
    w.key(L("prefab_instances")).beginArray();
    for (const PrefabInstance &p : instances) {
        w.beginObject().key(L("id")).value(p.id).key(L("position"));
        vec3(p.position);
        w.key(L("prefab_id")).value(p.prefabId).key(L("prefab_type")).value(prefabTypeName(p.type));
        w.key(L("properties")).value(QJsonValue(p.properties));
        w.key(L("rotation")).beginObject().key(L("w")).fixed(p.rotation.w, 6).key(L("x")).fixed(p.rotation.x, 6);
        w.key(L("y")).fixed(p.rotation.y, 6).key(L("z")).fixed(p.rotation.z, 6).endObject();
        w.key(L("scale"));
        vec3(p.scale);
        w.endObject();
    }
    w.endArray();
    w.key(L("prompt")).value(prompt);
    w.key(L("seed")).value(QString::number(seed));
    w.key(L("spawn_points")).beginArray();
    for (const Vec3 &s : spawnPoints)
        vec3(s);
    w.endArray();
    w.key(L("terrain")).beginObject().key(L("heights")).beginArray();
    for (float h : terrain.heights())
        w.fixed(double(h), 2);
    w.endArray().key(L("resolution")).value(terrain.resolution()).key(L("size")).value(terrain.size());
    if (terrain.waterLevel())
        w.key(L("water_level")).value(*terrain.waterLevel());
    w.endObject();
    w.key(L("title")).value(title);
    w.key(L("understood")).value(QJsonValue(understanding));
    w.key(L("version")).value(version);
    w.key(L("world_type")).value(worldTypeName(worldType));
    w.endObject();
    return w.take();
}

std::optional<Blueprint> Blueprint::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    Blueprint b;
    b.id = o.value(QStringLiteral("id")).toString();
    b.prompt = o.value(QStringLiteral("prompt")).toString();
    b.title = o.value(QStringLiteral("title")).toString();
    b.description = o.value(QStringLiteral("description")).toString();
    if (b.id.isEmpty() || b.id.size() > 64)
        return fail(QStringLiteral("id: a non-empty text of at most 64 characters"));
    if (b.prompt.isEmpty() || b.prompt.size() > 1000)
        return fail(QStringLiteral("prompt: 1 to 1000 characters"));
    if (b.title.isEmpty() || b.title.size() > 200)
        return fail(QStringLiteral("title: 1 to 200 characters"));
    if (b.description.isEmpty() || b.description.size() > 2000)
        return fail(QStringLiteral("description: 1 to 2000 characters"));
    const auto type = worldTypeFromName(o.value(QStringLiteral("world_type")).toString());
    if (!type)
        return fail(QStringLiteral("world_type: one of %1").arg(worldTypeNames().join(QStringLiteral(", "))));
    b.worldType = *type;
    if (!o.value(QStringLiteral("environment_settings")).isObject())
        return fail(QStringLiteral("environment_settings: an object"));
    b.environment = o.value(QStringLiteral("environment_settings")).toObject();

    const PrefabCatalog &catalog = PrefabCatalog::instance();
    const QJsonArray list = o.value(QStringLiteral("prefab_instances")).toArray();
    if (!o.value(QStringLiteral("prefab_instances")).isArray() || list.size() > 20000)
        return fail(QStringLiteral("prefab_instances: a list of at most 20000 instances"));
    QSet<QString> ids;
    for (qsizetype k = 0; k < list.size(); ++k) {
        const QJsonObject p = list[k].toObject();
        const QString where = QStringLiteral("prefab_instances[%1]").arg(k);
        PrefabInstance inst;
        inst.id = p.value(QStringLiteral("id")).toString();
        inst.prefabId = p.value(QStringLiteral("prefab_id")).toString();
        if (inst.id.isEmpty() || ids.contains(inst.id))
            return fail(where + QStringLiteral(".id: missing or not unique"));
        ids.insert(inst.id);
        const Prefab *prefab = catalog.find(inst.prefabId);
        if (!prefab)
            return fail(where + QStringLiteral(".prefab_id: '%1' is not in the prefab catalog").arg(inst.prefabId));
        const auto ptype = prefabTypeFromName(p.value(QStringLiteral("prefab_type")).toString());
        if (!ptype || *ptype != prefab->type)
            return fail(where + QStringLiteral(".prefab_type: '%1' is a %2").arg(inst.prefabId, prefabTypeName(prefab->type)));
        inst.type = *ptype;
        if (!readVec(p.value(QStringLiteral("position")), &inst.position))
            return fail(where + QStringLiteral(".position: {x, y, z} numbers"));
        if (!readQuat(p.value(QStringLiteral("rotation")), &inst.rotation))
            return fail(where + QStringLiteral(".rotation: a unit quaternion {x, y, z, w}"));
        if (!readVec(p.value(QStringLiteral("scale")), &inst.scale) || inst.scale.x <= 0 || inst.scale.y <= 0 || inst.scale.z <= 0
            || inst.scale.x > 100 || inst.scale.y > 100 || inst.scale.z > 100)
            return fail(where + QStringLiteral(".scale: {x, y, z} each above 0 and at most 100"));
        inst.properties = p.value(QStringLiteral("properties")).toObject();
        b.instances.append(inst);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("spawn_points")).toArray()) {
        Vec3 s;
        if (!readVec(v, &s))
            return fail(QStringLiteral("spawn_points: {x, y, z} numbers"));
        b.spawnPoints.append(s);
    }
    // Ours: optional, so ImmersiVerse blueprints load too.
    bool seedOk = true;
    const QJsonValue seed = o.value(QStringLiteral("seed"));
    b.seed = seed.isString() ? seed.toString().toULongLong(&seedOk) : quint64(seed.toInteger(0));
    if (!seedOk)
        return fail(QStringLiteral("seed: an unsigned 64-bit number as text"));
    if (o.contains(QStringLiteral("terrain"))) {
        auto t = Terrain::fromJson(o.value(QStringLiteral("terrain")).toObject(), error);
        if (!t)
            return std::nullopt;
        b.terrain = *t;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("paths")).toArray()) {
        const QJsonObject p = v.toObject();
        WorldPath w{p.value(QStringLiteral("kind")).toString(), p.value(QStringLiteral("width")).toDouble(2), {}};
        for (const QJsonValue &pt : p.value(QStringLiteral("points")).toArray()) {
            Vec3 s;
            if (!readVec(pt, &s))
                return fail(QStringLiteral("paths: points are {x, y, z} numbers"));
            w.points.append(s);
        }
        b.paths.append(w);
    }
    b.features = o.value(QStringLiteral("features")).toArray();
    b.understanding = o.value(QStringLiteral("understood")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("ignored_terms")).toArray())
        b.ignored << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("notes")).toArray())
        b.notes << v.toString();
    b.generatorVersion = o.value(QStringLiteral("generator_version")).toString(QStringLiteral("immersiverse"));
    b.version = o.value(QStringLiteral("version")).toInt(1);
    if (b.version < 1)
        return fail(QStringLiteral("version: 1 or more"));
    return b;
}

} // namespace nexus::worlds
