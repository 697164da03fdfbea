#include "worldgeometry.h"

#include "worldscontroller.h"

namespace nexus {

namespace {

const PreparedScene *currentScene()
{
    // Registered by main() (and by the tests) before any scene loads; without it nothing is drawn.
    const WorldsController *w = WorldsController::instance();
    return w ? &w->scene() : nullptr;
}

} // namespace

void WorldGeometry::setPart(int part)
{
    if (part == m_part)
        return;
    m_part = part;
    Q_EMIT partChanged();
    reload();
}

void WorldGeometry::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    Q_EMIT partChanged();
    reload();
}

void WorldGeometry::reload()
{
    clear();
    const PreparedScene *scene = currentScene();
    const SceneMesh *mesh = nullptr;
    if (scene) {
        if (m_part == kTerrain)
            mesh = &scene->terrain;
        else if (m_part == kPaths)
            mesh = &scene->paths;
        else if (m_part >= 0 && m_part < scene->batches.size())
            mesh = &scene->batches[m_part].mesh;
    }
    // The layout is set even while empty: the renderer divides by the stride.
    setStride(kSceneStride);
    setPrimitiveType(PrimitiveType::Triangles);
    addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
    addAttribute(Attribute::NormalSemantic, 3 * sizeof(float), Attribute::F32Type);
    addAttribute(Attribute::ColorSemantic, 6 * sizeof(float), Attribute::F32Type);
    addAttribute(Attribute::IndexSemantic, 0, Attribute::U32Type);
    if (mesh && !mesh->isEmpty()) {
        setVertexData(mesh->vertices);
        setIndexData(mesh->indices);
        setBounds(mesh->min, mesh->max);
    }
    update();
}

void WorldInstancing::setBatch(int batch)
{
    if (batch == m_batch)
        return;
    m_batch = batch;
    Q_EMIT batchChanged();
    markDirty();
}

void WorldInstancing::setRevision(int revision)
{
    if (revision == m_revision)
        return;
    m_revision = revision;
    Q_EMIT batchChanged();
    markDirty();
}

QByteArray WorldInstancing::getInstanceBuffer(int *instanceCount)
{
    const PreparedScene *scene = currentScene();
    if (!scene || m_batch < 0 || m_batch >= scene->batches.size()) {
        *instanceCount = 0;
        return {};
    }
    *instanceCount = scene->batches[m_batch].count;
    return scene->batches[m_batch].instances;
}

} // namespace nexus
