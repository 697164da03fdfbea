#include "worldscene.h"

#include "prefabcatalog.h"
#include "prefabmesh.h"
#include "worldmeshes.h"

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

QColor parseColor(const QJsonValue &v, const QColor &fallback)
{
    const QColor c = QColor::fromString(v.toString());
    return c.isValid() ? c : fallback;
}

// A core mesh (blueprint axes) as preview vertex data: z mirrored, colours made linear, and
// glowing parts a step brighter (the preview has no bloom).
SceneMesh sceneMesh(const Mesh &blueprintMesh)
{
    const Mesh m = mirroredZ(blueprintMesh);
    SceneMesh out;
    out.vertices.resize(qsizetype(m.vertexCount()) * kSceneStride);
    float *v = reinterpret_cast<float *>(out.vertices.data());
    for (int i = 0; i < m.vertexCount(); ++i, v += 10) {
        const float glow = m.colors[4 * i + 3];
        for (int k = 0; k < 3; ++k) {
            v[k] = m.positions[3 * i + k];
            v[3 + k] = m.normals[3 * i + k];
            v[6 + k] = srgbToLinear(std::min(1.0f, m.colors[4 * i + k] + glow * 0.25f));
        }
        v[9] = 1.0f;
    }
    out.indices = QByteArray(reinterpret_cast<const char *>(m.indices.constData()), m.indices.size() * qsizetype(sizeof(quint32)));
    out.min = QVector3D(float(m.min.x), float(m.min.y), float(m.min.z));
    out.max = QVector3D(float(m.max.x), float(m.max.y), float(m.max.z));
    return out;
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
    const Prefab *p = PrefabCatalog::instance().find(prefabId);
    if (!p)
        return {};
    const SceneMesh out = sceneMesh(buildPrefabMesh(*p));
    cache.insert(prefabId, out);
    return out;
}

PreparedScene prepareScene(const Blueprint &b)
{
    PreparedScene s;
    const Terrain &t = b.terrain;
    s.size = t.size();
    s.hasWater = t.waterLevel().has_value();
    s.waterLevel = t.waterLevel().value_or(0);

    s.terrain = sceneMesh(terrainMesh(b));
    s.paths = sceneMesh(pathMesh(b));

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
