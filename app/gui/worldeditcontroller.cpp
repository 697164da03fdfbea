#include "worldeditcontroller.h"

#include "prefabcatalog.h"
#include "session.h"
#include "worldscontroller.h"

#include <QJsonObject>

namespace nexus {

using namespace worlds;

namespace {
// The preview mirrors the blueprint's z (Unity's left-handed axes into Qt Quick 3D's).
Vec3 fromPreview(const QVector3D &v)
{
    return {v.x(), v.y(), -v.z()};
}
} // namespace

WorldEditController::WorldEditController(Session &session, WorldsController &worlds, QObject *parent)
    : QObject(parent), m_session(session), m_worlds(worlds), m_error(new ErrorInfo(this))
{
    connect(&worlds, &WorldsController::worldReplaced, this, &WorldEditController::reset);
}

void WorldEditController::reset()
{
    m_editor = WorldEditor(m_worlds.blueprint());
    m_version = 1;
    m_selected = -1;
    m_error->clear();
    Q_EMIT selectionChanged();
    Q_EMIT historyChanged();
}

bool WorldEditController::canEdit() const
{
    return m_worlds.currentWorldId() > 0 && !m_saving;
}

QString WorldEditController::selectedName() const
{
    if (m_selected < 0)
        return {};
    const Prefab *p = PrefabCatalog::instance().find(m_editor.blueprint().instances[m_selected].prefabId);
    return p ? p->name : m_editor.blueprint().instances[m_selected].prefabId;
}

QString WorldEditController::selectedType() const
{
    return m_selected < 0 ? QString() : prefabTypeName(m_editor.blueprint().instances[m_selected].type);
}

QVector3D WorldEditController::selectionCenter() const
{
    if (m_selected < 0)
        return {};
    const PrefabInstance &i = m_editor.blueprint().instances[m_selected];
    const Prefab *p = PrefabCatalog::instance().find(i.prefabId);
    const double h = (p ? p->height : 1) * i.scale.y;
    return QVector3D(float(i.position.x), float(i.position.y + h / 2), float(-i.position.z));
}

QVector3D WorldEditController::selectionSize() const
{
    if (m_selected < 0)
        return {};
    const PrefabInstance &i = m_editor.blueprint().instances[m_selected];
    const Prefab *p = PrefabCatalog::instance().find(i.prefabId);
    const double r = (p ? p->radius : 1) * std::max(i.scale.x, i.scale.z);
    return QVector3D(float(2 * r), float((p ? p->height : 1) * i.scale.y), float(2 * r));
}

void WorldEditController::refreshPose()
{
    m_pose = m_selected >= 0 ? poseOf(m_editor.blueprint().instances[m_selected]) : InstancePose{};
}

void WorldEditController::select(int index)
{
    if (index >= m_editor.count())
        index = -1;
    m_selected = index;
    refreshPose();
    Q_EMIT selectionChanged();
}

bool WorldEditController::pick(QVector3D origin, QVector3D direction)
{
    const int hit = m_editor.pick(fromPreview(origin), fromPreview(direction));
    select(hit);
    return hit >= 0;
}

void WorldEditController::edited(int selectIndex)
{
    m_error->clear();
    m_worlds.showEdited(m_editor.blueprint());
    select(selectIndex);
    Q_EMIT historyChanged();
}

bool WorldEditController::setField(const QString &field, double value)
{
    if (m_selected < 0 || !canEdit())
        return false;
    InstancePose p = poseOf(m_editor.blueprint().instances[m_selected]);
    double *target = field == QLatin1String("x")        ? &p.position.x
                     : field == QLatin1String("y")      ? &p.position.y
                     : field == QLatin1String("z")      ? &p.position.z
                     : field == QLatin1String("yaw")    ? &p.yaw
                     : field == QLatin1String("pitch")  ? &p.pitch
                     : field == QLatin1String("roll")   ? &p.roll
                     : field == QLatin1String("scaleX") ? &p.scale.x
                     : field == QLatin1String("scaleY") ? &p.scale.y
                     : field == QLatin1String("scaleZ") ? &p.scale.z
                                                        : nullptr;
    if (!target)
        return false;
    if (*target == value)
        return true;
    *target = value;
    const QString problem = m_editor.setPose(m_selected, p);
    if (!problem.isEmpty()) {
        m_error->set(tr("That change was not made"), problem, tr("Enter a number in range; nothing else changed."));
        Q_EMIT selectionChanged(); // the field shows the object's value again
        return false;
    }
    edited(m_selected);
    return true;
}

void WorldEditController::undo()
{
    if (!m_editor.canUndo() || m_saving)
        return;
    edited(m_editor.undo());
}

void WorldEditController::redo()
{
    if (!m_editor.canRedo() || m_saving)
        return;
    edited(m_editor.redo());
}

void WorldEditController::removeSelected()
{
    if (m_selected < 0 || !canEdit())
        return;
    if (m_editor.remove(m_selected).isEmpty())
        edited(-1);
}

bool WorldEditController::addPrefab(const QString &prefabId, QVector3D near)
{
    if (!canEdit())
        return false;
    const Vec3 at = fromPreview(near);
    int index = -1;
    const QString problem = m_editor.add(prefabId, at.x, at.z, &index);
    if (!problem.isEmpty()) {
        m_error->set(tr("The object was not added"), problem);
        return false;
    }
    edited(index);
    return true;
}

QVariantList WorldEditController::catalog(const QString &query) const
{
    const QList<const Prefab *> found = query.trimmed().isEmpty() ? PrefabCatalog::instance().ofType(std::nullopt)
                                                                  : PrefabCatalog::instance().search(query, std::nullopt);
    QVariantList out;
    for (const Prefab *p : found)
        out.append(QVariantMap{{QStringLiteral("id"), p->id},
                               {QStringLiteral("name"), p->name},
                               {QStringLiteral("type"), prefabTypeName(p->type)},
                               {QStringLiteral("description"), p->description},
                               {QStringLiteral("tags"), p->tags.join(QStringLiteral(", "))}});
    return out;
}

void WorldEditController::saveVersion(const QString &note)
{
    if (!m_editor.dirty() || !canEdit())
        return;
    m_saving = true;
    Q_EMIT historyChanged();
    const qint64 world = m_worlds.currentWorldId();
    const int base = m_version;
    m_session.call(this, QStringLiteral("worlds.save_version"),
                   {{QStringLiteral("world_id"), world},
                    {QStringLiteral("blueprint"), m_editor.blueprint().toJson()},
                    {QStringLiteral("base_version"), base},
                    {QStringLiteral("note"), note.trimmed().isEmpty() ? tr("Edited in the Worlds panel") : note.trimmed()}},
                   [this, world](const Result<QJsonValue> &r) {
                       m_saving = false;
                       if (world != m_worlds.currentWorldId()) { // another world came meanwhile
                           Q_EMIT historyChanged();
                           return;
                       }
                       if (!r) {
                           m_error->set(tr("The version was not saved"), r.error());
                       } else {
                           m_version = r->toObject().value(QStringLiteral("version")).toInt();
                           m_editor.markSaved();
                           Q_EMIT saved(m_version);
                       }
                       Q_EMIT historyChanged();
                   });
}

} // namespace nexus
