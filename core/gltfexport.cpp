#include "gltfexport.h"

#include "prefabcatalog.h"
#include "prefabmesh.h"
#include "worldmeshes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace nexus::worlds {

namespace {

constexpr int kFloat = 5126, kUInt = 5125, kArrayBuffer = 34962, kElementBuffer = 34963;

class GlbBuilder
{
public:
    // Appends raw bytes as a buffer view (4-byte aligned); returns its index.
    int view(const void *data, qsizetype size, int target)
    {
        while (m_bin.size() % 4)
            m_bin.append('\0');
        const qsizetype offset = m_bin.size();
        m_bin.append(static_cast<const char *>(data), size);
        m_views.append(QJsonObject{{QStringLiteral("buffer"), 0},
                                   {QStringLiteral("byteOffset"), double(offset)},
                                   {QStringLiteral("byteLength"), double(size)},
                                   {QStringLiteral("target"), target}});
        return int(m_views.size() - 1);
    }
    int accessor(int view, int componentType, qsizetype count, const char *type, QJsonArray min = {}, QJsonArray max = {})
    {
        QJsonObject a{{QStringLiteral("bufferView"), view},
                      {QStringLiteral("componentType"), componentType},
                      {QStringLiteral("count"), double(count)},
                      {QStringLiteral("type"), QLatin1String(type)}};
        if (!min.isEmpty()) {
            a.insert(QStringLiteral("min"), min);
            a.insert(QStringLiteral("max"), max);
        }
        m_accessors.append(a);
        return int(m_accessors.size() - 1);
    }
    int material(const QString &name, const float rgba[4], const float emissive[3], bool blend = false)
    {
        const QString key = QStringLiteral("%1/%2/%3/%4/%5/%6/%7/%8")
                                .arg(rgba[0]).arg(rgba[1]).arg(rgba[2]).arg(rgba[3]).arg(emissive[0]).arg(emissive[1]).arg(emissive[2]).arg(blend);
        if (const auto it = m_materialIndex.constFind(key); it != m_materialIndex.constEnd())
            return *it;
        QJsonObject m{{QStringLiteral("name"), name},
                      {QStringLiteral("pbrMetallicRoughness"), QJsonObject{{QStringLiteral("baseColorFactor"), QJsonArray{rgba[0], rgba[1], rgba[2], rgba[3]}},
                                                                           {QStringLiteral("metallicFactor"), 0.0},
                                                                           {QStringLiteral("roughnessFactor"), 0.85}}}};
        if (emissive[0] > 0 || emissive[1] > 0 || emissive[2] > 0)
            m.insert(QStringLiteral("emissiveFactor"), QJsonArray{emissive[0], emissive[1], emissive[2]});
        if (blend) {
            m.insert(QStringLiteral("alphaMode"), QStringLiteral("BLEND"));
            m.insert(QStringLiteral("doubleSided"), true);
        }
        m_materials.append(m);
        const int index = int(m_materials.size() - 1);
        m_materialIndex.insert(key, index);
        return index;
    }
    // One primitive from a mesh in glTF axes; with vertex colours when `colors`.
    QJsonObject primitive(const Mesh &m, int material, bool colors)
    {
        QJsonObject attributes;
        const int pv = view(m.positions.constData(), m.positions.size() * qsizetype(sizeof(float)), kArrayBuffer);
        attributes.insert(QStringLiteral("POSITION"), accessor(pv, kFloat, m.vertexCount(), "VEC3", QJsonArray{m.min.x, m.min.y, m.min.z},
                                                               QJsonArray{m.max.x, m.max.y, m.max.z}));
        const int nv = view(m.normals.constData(), m.normals.size() * qsizetype(sizeof(float)), kArrayBuffer);
        attributes.insert(QStringLiteral("NORMAL"), accessor(nv, kFloat, m.vertexCount(), "VEC3"));
        if (colors) {
            QList<float> linear;
            linear.reserve(m.colors.size());
            for (qsizetype k = 0; k < m.colors.size(); k += 4)
                linear << srgbToLinear(m.colors[k]) << srgbToLinear(m.colors[k + 1]) << srgbToLinear(m.colors[k + 2]) << 1.0f;
            const int cv = view(linear.constData(), linear.size() * qsizetype(sizeof(float)), kArrayBuffer);
            attributes.insert(QStringLiteral("COLOR_0"), accessor(cv, kFloat, m.vertexCount(), "VEC4"));
        }
        const int iv = view(m.indices.constData(), m.indices.size() * qsizetype(sizeof(quint32)), kElementBuffer);
        return {{QStringLiteral("attributes"), attributes},
                {QStringLiteral("indices"), accessor(iv, kUInt, m.indices.size(), "SCALAR")},
                {QStringLiteral("material"), material}};
    }
    int mesh(const QString &name, const QJsonArray &primitives)
    {
        m_meshes.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("primitives"), primitives}});
        return int(m_meshes.size() - 1);
    }
    int node(QJsonObject n)
    {
        m_nodes.append(n);
        return int(m_nodes.size() - 1);
    }

    QByteArray finish(const QJsonArray &rootChildren, const QString &title)
    {
        while (m_bin.size() % 4)
            m_bin.append('\0');
        const int root = node(QJsonObject{{QStringLiteral("name"), title}, {QStringLiteral("children"), rootChildren}});
        const QJsonObject gltf{{QStringLiteral("asset"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2.0")},
                                                                     {QStringLiteral("generator"), kGeneratorVersion}}},
                               {QStringLiteral("scene"), 0},
                               {QStringLiteral("scenes"), QJsonArray{QJsonObject{{QStringLiteral("name"), title}, {QStringLiteral("nodes"), QJsonArray{root}}}}},
                               {QStringLiteral("nodes"), m_nodes},
                               {QStringLiteral("meshes"), m_meshes},
                               {QStringLiteral("materials"), m_materials},
                               {QStringLiteral("accessors"), m_accessors},
                               {QStringLiteral("bufferViews"), m_views},
                               {QStringLiteral("buffers"), QJsonArray{QJsonObject{{QStringLiteral("byteLength"), double(m_bin.size())}}}}};
        QByteArray json = QJsonDocument(gltf).toJson(QJsonDocument::Compact);
        while (json.size() % 4)
            json.append(' ');
        QByteArray out;
        const auto u32 = [&out](quint32 v) { out.append(reinterpret_cast<const char *>(&v), 4); };
        u32(0x46546C67); // "glTF"
        u32(2);
        u32(quint32(12 + 8 + json.size() + 8 + m_bin.size()));
        u32(quint32(json.size()));
        u32(0x4E4F534A); // "JSON"
        out += json;
        u32(quint32(m_bin.size()));
        u32(0x004E4942); // "BIN\0"
        out += m_bin;
        return out;
    }

private:
    QByteArray m_bin;
    QJsonArray m_views, m_accessors, m_materials, m_meshes, m_nodes;
    QHash<QString, int> m_materialIndex;
};

} // namespace

QByteArray exportGlb(const Blueprint &b)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "glTF buffers are little-endian");
    GlbBuilder g;
    QJsonArray children;
    const float white[4] = {1, 1, 1, 1}, none[3] = {0, 0, 0};

    const Mesh terrain = mirroredZ(terrainMesh(b));
    if (!terrain.indices.isEmpty()) {
        const int mesh = g.mesh(QStringLiteral("terrain"), QJsonArray{g.primitive(terrain, g.material(QStringLiteral("ground"), white, none), true)});
        children.append(g.node(QJsonObject{{QStringLiteral("name"), QStringLiteral("terrain")}, {QStringLiteral("mesh"), mesh}}));
    }
    const Mesh paths = mirroredZ(pathMesh(b));
    if (!paths.indices.isEmpty()) {
        const int mesh = g.mesh(QStringLiteral("paths"), QJsonArray{g.primitive(paths, g.material(QStringLiteral("paths"), white, none), true)});
        children.append(g.node(QJsonObject{{QStringLiteral("name"), QStringLiteral("paths")}, {QStringLiteral("mesh"), mesh}}));
    }
    if (const auto water = b.terrain.waterLevel()) {
        Mesh quad;
        const float h = float(b.terrain.size() / 2), y = float(*water);
        quad.positions = {-h, y, -h, h, y, -h, h, y, h, -h, y, h};
        quad.normals = {0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0};
        quad.indices = {0, 3, 2, 0, 2, 1}; // facing +y
        quad.min = {-h, y, -h};
        quad.max = {h, y, h};
        const float blue[4] = {srgbToLinear(0.23f), srgbToLinear(0.48f), srgbToLinear(0.75f), 0.75f};
        const int mesh = g.mesh(QStringLiteral("water"), QJsonArray{g.primitive(quad, g.material(QStringLiteral("water"), blue, none, true), false)});
        children.append(g.node(QJsonObject{{QStringLiteral("name"), QStringLiteral("water")}, {QStringLiteral("mesh"), mesh}}));
    }

    // One mesh per prefab used, one primitive (and material) per part.
    QHash<QString, int> meshOf;
    const PrefabCatalog &catalog = PrefabCatalog::instance();
    for (const PrefabInstance &inst : b.instances) {
        int mesh = meshOf.value(inst.prefabId, -1);
        if (mesh < 0) {
            const Prefab *p = catalog.find(inst.prefabId);
            if (!p)
                continue;
            QJsonArray primitives;
            for (const MeshPart &part : p->parts) {
                Mesh pm;
                appendPart(pm, part);
                const float rgba[4] = {srgbToLinear(float((part.rgb >> 16) & 0xff) / 255), srgbToLinear(float((part.rgb >> 8) & 0xff) / 255),
                                       srgbToLinear(float(part.rgb & 0xff) / 255), 1};
                const float glow[3] = {rgba[0] * float(part.emissive), rgba[1] * float(part.emissive), rgba[2] * float(part.emissive)};
                primitives.append(g.primitive(mirroredZ(pm), g.material(p->id + QStringLiteral("/part"), rgba, glow), false));
            }
            mesh = g.mesh(p->id, primitives);
            meshOf.insert(inst.prefabId, mesh);
        }
        // z mirrored: the position's z, and the rotation's x and y, change sign.
        children.append(g.node(QJsonObject{{QStringLiteral("name"), inst.prefabId + QLatin1Char(' ') + inst.id},
                                           {QStringLiteral("mesh"), mesh},
                                           {QStringLiteral("translation"), QJsonArray{inst.position.x, inst.position.y, -inst.position.z}},
                                           {QStringLiteral("rotation"), QJsonArray{-inst.rotation.x, -inst.rotation.y, inst.rotation.z, inst.rotation.w}},
                                           {QStringLiteral("scale"), QJsonArray{inst.scale.x, inst.scale.y, inst.scale.z}}}));
    }
    return g.finish(children, b.title.isEmpty() ? QStringLiteral("world") : b.title);
}

} // namespace nexus::worlds
