#include "worldscene.h"

#include "prefabcatalog.h"
#include "prefabmesh.h"

#include <QHash>
#include <QJsonArray>
#include <QMatrix4x4>
#include <QMutex>
#include <QQuick3DInstancing>

#include <algorithm>
#include <cmath>

namespace nexus {

using namespace worlds;

namespace {

// Appends a vertex (already in preview axes).
void put(QByteArray &out, const QVector3D &p, const QVector3D &n, const QColor &c)
{
    // Vertex colours are read as linear: the sRGB values are converted so the output matches them.
    const auto linear = [](float v) { return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
    const float v[10] = {p.x(), p.y(), p.z(), n.x(), n.y(), n.z(), linear(float(c.redF())), linear(float(c.greenF())), linear(float(c.blueF())), float(c.alphaF())};
    out.append(reinterpret_cast<const char *>(v), sizeof v);
}

void putIndex(QByteArray &out, quint32 i) { out.append(reinterpret_cast<const char *>(&i), sizeof i); }

QColor parseColor(const QJsonValue &v, const QColor &fallback)
{
    const QColor c = QColor::fromString(v.toString());
    return c.isValid() ? c : fallback;
}

// Ground colour by setting, height above the water, and slope.
QColor groundColor(const QString &biome, double height, double water, double slope)
{
    QColor base(0x6f, 0x9a, 0x4c); // grass
    if (biome == QLatin1String("desert") || biome == QLatin1String("canyon"))
        base = QColor(0xd6, 0xb8, 0x7a);
    else if (biome == QLatin1String("snow"))
        base = QColor(0xea, 0xf0, 0xf5);
    else if (biome == QLatin1String("swamp"))
        base = QColor(0x5a, 0x6b, 0x3c);
    else if (biome == QLatin1String("volcano"))
        base = QColor(0x4a, 0x40, 0x3a);
    else if (biome == QLatin1String("city") || biome == QLatin1String("space_station"))
        base = QColor(0x8c, 0x90, 0x96);
    else if (biome == QLatin1String("moon"))
        base = QColor(0xa8, 0xa8, 0xa4);
    else if (biome == QLatin1String("alien_planet"))
        base = QColor(0x7c, 0x5a, 0x9e);
    else if (biome == QLatin1String("jungle"))
        base = QColor(0x3f, 0x86, 0x3a);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        t = std::clamp(t, 0.0, 1.0);
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    QColor c = base;
    if (biome != QLatin1String("space_station"))
        c = mix(QColor(0xcf, 0xc0, 0x8a), c, (height - water - 0.3) / 0.8); // shore sand
    if (biome != QLatin1String("volcano") && biome != QLatin1String("snow"))
        c = mix(c, QColor(0xf2, 0xf4, 0xf7), (height - 20) / 6); // snowy peaks
    c = mix(c, QColor(0x80, 0x7a, 0x70), (slope - 0.55) / 0.5); // rock on steep ground
    return c;
}

QVector3D toPreview(const Vec3 &v) { return QVector3D(float(v.x), float(v.y), float(-v.z)); }

} // namespace

SceneMesh prefabSceneMesh(const QString &prefabId)
{
    static QMutex mutex;
    static QHash<QString, SceneMesh> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(prefabId); it != cache.constEnd())
        return *it;
    SceneMesh out;
    const Prefab *p = PrefabCatalog::instance().find(prefabId);
    if (!p)
        return out;
    const Mesh m = buildPrefabMesh(*p);
    out.vertices.reserve(qsizetype(m.vertexCount()) * kSceneStride);
    for (int i = 0; i < m.vertexCount(); ++i) {
        const float glow = m.colors[4 * i + 3];
        // Glowing parts are drawn brighter (the preview has no bloom): a step towards white.
        const QColor c = QColor::fromRgbF(std::min(1.0f, m.colors[4 * i] + glow * 0.25f), std::min(1.0f, m.colors[4 * i + 1] + glow * 0.25f),
                                          std::min(1.0f, m.colors[4 * i + 2] + glow * 0.25f));
        put(out.vertices, QVector3D(m.positions[3 * i], m.positions[3 * i + 1], -m.positions[3 * i + 2]),
            QVector3D(m.normals[3 * i], m.normals[3 * i + 1], -m.normals[3 * i + 2]), c);
    }
    // Mirroring z turns the winding around: swap two corners of every triangle.
    for (qsizetype t = 0; t < m.indices.size(); t += 3) {
        putIndex(out.indices, m.indices[t]);
        putIndex(out.indices, m.indices[t + 2]);
        putIndex(out.indices, m.indices[t + 1]);
    }
    out.min = QVector3D(float(m.min.x), float(m.min.y), float(-m.max.z));
    out.max = QVector3D(float(m.max.x), float(m.max.y), float(-m.min.z));
    cache.insert(prefabId, out);
    return out;
}

PreparedScene prepareScene(const Blueprint &b)
{
    PreparedScene s;
    const Terrain &t = b.terrain;
    const QString biome = b.environment.value(QStringLiteral("biome")).toString();
    s.size = t.size();
    s.hasWater = t.waterLevel().has_value();
    s.waterLevel = t.waterLevel().value_or(0);

    // Terrain: a grid of the heightfield (preview axes: row j at z = -z_j).
    if (t.resolution() >= 2) {
        const int n = t.resolution();
        s.terrain.vertices.reserve(qsizetype(n) * n * kSceneStride);
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i) {
                const double x = t.x(i), z = t.z(j), h = t.at(i, j);
                const double e = t.cell();
                const double dx = (t.heightAt(x + e, z) - t.heightAt(x - e, z)) / (2 * e), dz = (t.heightAt(x, z + e) - t.heightAt(x, z - e)) / (2 * e);
                const QVector3D normal = QVector3D(float(-dx), 1.0f, float(dz)).normalized(); // z mirrored
                put(s.terrain.vertices, QVector3D(float(x), float(h), float(-z)), normal, groundColor(biome, h, s.waterLevel, std::hypot(dx, dz)));
            }
        for (int j = 0; j + 1 < n; ++j)
            for (int i = 0; i + 1 < n; ++i) {
                const quint32 a = quint32(j * n + i), bb = a + 1, c = a + quint32(n), d = c + 1;
                // Counter-clockwise seen from above in preview axes (z mirrored).
                putIndex(s.terrain.indices, a), putIndex(s.terrain.indices, bb), putIndex(s.terrain.indices, c);
                putIndex(s.terrain.indices, bb), putIndex(s.terrain.indices, d), putIndex(s.terrain.indices, c);
            }
        s.terrain.min = QVector3D(float(-t.size() / 2), -50, float(-t.size() / 2));
        s.terrain.max = QVector3D(float(t.size() / 2), 80, float(t.size() / 2));
    }

    // Paths and roads: flat ribbons a little above the ground (rivers are drawn by the water).
    for (const WorldPath &p : b.paths) {
        if (p.kind == QLatin1String("river") || p.points.size() < 2)
            continue;
        const QColor colour = p.kind == QLatin1String("road") ? QColor(0x55, 0x58, 0x5e) : QColor(0xb8, 0x9b, 0x6e);
        for (qsizetype k = 0; k + 1 < p.points.size(); ++k) {
            const QVector3D a = toPreview(p.points[k]), c = toPreview(p.points[k + 1]);
            const QVector3D along = (c - a).normalized();
            const QVector3D side = QVector3D::crossProduct(along, QVector3D(0, 1, 0)).normalized() * float(p.width / 2);
            const quint32 first = quint32(s.paths.vertices.size() / kSceneStride);
            const QVector3D up(0, 1, 0);
            const QVector3D lift(0, 0.08f, 0);
            put(s.paths.vertices, a - side + lift, up, colour), put(s.paths.vertices, a + side + lift, up, colour);
            put(s.paths.vertices, c + side + lift, up, colour), put(s.paths.vertices, c - side + lift, up, colour);
            // Wound counter-clockwise seen from above.
            const quint32 q[6] = {first, first + 2, first + 1, first, first + 3, first + 2};
            const QVector3D n = QVector3D::crossProduct((c + side) - (a - side), (a + side) - (a - side));
            const bool flip = n.y() < 0;
            for (int k2 = 0; k2 < 6; k2 += 3) {
                putIndex(s.paths.indices, q[k2]);
                putIndex(s.paths.indices, flip ? q[k2 + 2] : q[k2 + 1]);
                putIndex(s.paths.indices, flip ? q[k2 + 1] : q[k2 + 2]);
            }
        }
        s.paths.min = s.terrain.min, s.paths.max = s.terrain.max;
    }

    // One batch per prefab, its instances in a table.
    QHash<QString, qsizetype> batchOf;
    QVector3D lo(1e9f, 1e9f, 1e9f), hi(-1e9f, -1e9f, -1e9f);
    bool landmark = false;
    for (const PrefabInstance &inst : b.instances) {
        qsizetype k = batchOf.value(inst.prefabId, -1);
        if (k < 0) {
            SceneBatch batch;
            batch.prefabId = inst.prefabId;
            const Prefab *p = PrefabCatalog::instance().find(inst.prefabId);
            batch.prefabName = p ? p->name : inst.prefabId;
            batch.mesh = prefabSceneMesh(inst.prefabId);
            k = s.batches.size();
            s.batches.append(batch);
            batchOf.insert(inst.prefabId, k);
        }
        SceneBatch &batch = s.batches[k];
        const QVector3D position = toPreview(inst.position);
        // A rotation about y by θ in left-handed axes is one by -θ in the mirrored ones.
        const QQuaternion rotation(float(inst.rotation.w), float(-inst.rotation.x), float(inst.rotation.y) * -1.0f, float(inst.rotation.z));
        // A table entry: the rows of the instance's 3×4 transform, then colour and custom data.
        QMatrix4x4 xform;
        xform.translate(position);
        xform.rotate(rotation);
        xform.scale(QVector3D(float(inst.scale.x), float(inst.scale.y), float(inst.scale.z)));
        QQuick3DInstancing::InstanceTableEntry entry{xform.row(0), xform.row(1), xform.row(2), QVector4D(1, 1, 1, 1), QVector4D()};
        batch.instances.append(reinterpret_cast<const char *>(&entry), sizeof entry);
        ++batch.count;
        if (inst.properties.value(QStringLiteral("source")).toString() == QLatin1String("prompt")) {
            // Frame what the prompt asked for.
            if (!landmark)
                lo = QVector3D(1e9f, 1e9f, 1e9f), hi = -lo;
            landmark = true;
        } else if (landmark) {
            continue;
        }
        lo = QVector3D(std::min(lo.x(), position.x()), std::min(lo.y(), position.y()), std::min(lo.z(), position.z()));
        hi = QVector3D(std::max(hi.x(), position.x()), std::max(hi.y(), position.y()), std::max(hi.z(), position.z()));
    }
    if (b.instances.isEmpty()) {
        s.center = QVector3D(0, 0, 0);
        s.radius = float(t.size() / 2);
    } else {
        s.center = (lo + hi) / 2;
        s.radius = std::max(25.0, double((hi - lo).length()) / 2 + 20);
    }

    // Light and sky from the environment settings.
    const QJsonObject env = b.environment;
    const QJsonObject sun = env.value(QStringLiteral("sun")).toObject();
    const QJsonArray d = sun.value(QStringLiteral("direction")).toArray();
    const QVector3D direction = d.size() == 3 ? QVector3D(float(d[0].toDouble()), float(d[1].toDouble()), float(-d[2].toDouble())).normalized()
                                              : QVector3D(0.3f, -1, -0.3f).normalized();
    s.sunRotation = QQuaternion::rotationTo(QVector3D(0, 0, -1), direction);
    s.sunColor = parseColor(sun.value(QStringLiteral("color")), Qt::white);
    s.sunBrightness = sun.value(QStringLiteral("intensity")).toDouble(1);
    const QJsonObject sky = env.value(QStringLiteral("sky")).toObject();
    s.skyTop = parseColor(sky.value(QStringLiteral("top")), QColor(0x3f, 0x86, 0xd8));
    s.skyHorizon = parseColor(sky.value(QStringLiteral("horizon")), QColor(0xc4, 0xdd, 0xf3));
    const QJsonObject ambient = env.value(QStringLiteral("ambient")).toObject();
    const QColor ambientColor = parseColor(ambient.value(QStringLiteral("color")), s.skyHorizon);
    // The preview keeps night and dusk readable: some ambient light always.
    const double ambientLevel = std::max(0.3, ambient.value(QStringLiteral("intensity")).toDouble(0.5));
    s.ambient = QColor::fromRgbF(float(ambientColor.redF() * ambientLevel), float(ambientColor.greenF() * ambientLevel), float(ambientColor.blueF() * ambientLevel));
    const QJsonObject fog = env.value(QStringLiteral("fog")).toObject();
    s.fogDensity = fog.value(QStringLiteral("density")).toDouble();
    s.fogColor = parseColor(fog.value(QStringLiteral("color")), s.skyHorizon);
    s.waterColor = parseColor(env.value(QStringLiteral("water")).toObject().value(QStringLiteral("color")), QColor(0x3a, 0x7b, 0xbf));
    return s;
}

} // namespace nexus
