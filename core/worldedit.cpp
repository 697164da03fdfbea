#include "worldedit.h"

#include "prefabcatalog.h"

#include <QUuid>

#include <numbers>

namespace nexus::worlds {

namespace {

constexpr double kDeg = std::numbers::pi / 180;

Quat multiply(const Quat &a, const Quat &b)
{
    return {a.w * b.x + a.x * b.w + a.y * b.z - a.z * b.y, a.w * b.y - a.x * b.z + a.y * b.w + a.z * b.x,
            a.w * b.z + a.x * b.y - a.y * b.x + a.z * b.w, a.w * b.w - a.x * b.x - a.y * b.y - a.z * b.z};
}

bool finite(const Vec3 &v)
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

double round3(double v)
{
    return std::round(v * 1000) / 1000;
}

} // namespace

Quat quatFromEuler(double yawDeg, double pitchDeg, double rollDeg)
{
    const auto axis = [](double deg, int which) {
        const double h = deg * kDeg / 2;
        Quat q{0, 0, 0, std::cos(h)};
        (which == 0 ? q.x : which == 1 ? q.y : q.z) = std::sin(h);
        return q;
    };
    return multiply(multiply(axis(yawDeg, 1), axis(pitchDeg, 0)), axis(rollDeg, 2));
}

InstancePose poseOf(const PrefabInstance &instance)
{
    // Columns of the rotation matrix R = Ry · Rx · Rz, read back as angles.
    const Quat &q = instance.rotation;
    const Vec3 ex = q.rotate({1, 0, 0}), ey = q.rotate({0, 1, 0}), ez = q.rotate({0, 0, 1});
    InstancePose p;
    p.position = instance.position;
    p.scale = instance.scale;
    p.pitch = std::asin(std::clamp(-ez.y, -1.0, 1.0)) / kDeg;
    if (std::abs(ez.y) < 0.999999) {
        p.yaw = std::atan2(ez.x, ez.z) / kDeg;
        p.roll = std::atan2(ex.y, ey.y) / kDeg;
    } else { // looking straight up or down: the roll folds into the yaw
        p.yaw = std::atan2(-ex.z, ex.x) / kDeg;
        p.roll = 0;
    }
    p.yaw = round3(p.yaw), p.pitch = round3(p.pitch), p.roll = round3(p.roll);
    return p;
}

WorldEditor::WorldEditor(Blueprint blueprint) : m_b(std::move(blueprint)) {}

QString WorldEditor::setPose(int index, const InstancePose &pose)
{
    if (index < 0 || index >= count())
        return QStringLiteral("There is no object %1 in this world.").arg(index + 1);
    if (!finite(pose.position) || !finite(pose.scale) || !std::isfinite(pose.yaw) || !std::isfinite(pose.pitch) || !std::isfinite(pose.roll))
        return QStringLiteral("Every number must be a finite number.");
    for (double s : {pose.scale.x, pose.scale.y, pose.scale.z})
        if (s < kMinScale || s > kMaxScale)
            return QStringLiteral("Scale must be between %1 and %2 (got %3).").arg(kMinScale).arg(kMaxScale).arg(s);
    if (!m_b.terrain.inside(pose.position.x, pose.position.z))
        return QStringLiteral("(%1, %2) is outside the %3 m terrain.").arg(pose.position.x).arg(pose.position.z).arg(m_b.terrain.size());
    Edit e{Kind::Change, index, m_b.instances[index], m_b.instances[index]};
    e.after.position = {round3(pose.position.x), round3(pose.position.y), round3(pose.position.z)};
    e.after.rotation = quatFromEuler(pose.yaw, pose.pitch, pose.roll);
    e.after.scale = {round3(pose.scale.x), round3(pose.scale.y), round3(pose.scale.z)};
    apply(e, true);
    record(e);
    return {};
}

QString WorldEditor::add(const QString &prefabId, double x, double z, int *index)
{
    const Prefab *p = PrefabCatalog::instance().find(prefabId);
    if (!p)
        return QStringLiteral("There is no prefab '%1' in the catalog.").arg(prefabId);
    if (!std::isfinite(x) || !std::isfinite(z) || !m_b.terrain.inside(x, z))
        return QStringLiteral("(%1, %2) is outside the %3 m terrain.").arg(x).arg(z).arg(m_b.terrain.size());
    PrefabInstance i;
    i.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    i.prefabId = p->id;
    i.type = p->type;
    const double ground = m_b.terrain.resolution() > 1 ? m_b.terrain.heightAt(x, z) : 0;
    double y = ground;
    if (p->placement == Placement::Water && m_b.terrain.waterLevel())
        y = std::max(ground, *m_b.terrain.waterLevel());
    else if (p->placement == Placement::Air)
        y = ground + 12;
    i.position = {round3(x), round3(y), round3(z)};
    Edit e{Kind::Add, count(), {}, i};
    apply(e, true);
    record(e);
    if (index)
        *index = e.index;
    return {};
}

QString WorldEditor::remove(int index)
{
    if (index < 0 || index >= count())
        return QStringLiteral("There is no object %1 in this world.").arg(index + 1);
    Edit e{Kind::Remove, index, m_b.instances[index], {}};
    apply(e, true);
    record(e);
    return {};
}

void WorldEditor::record(Edit e)
{
    if (m_savedDepth > m_undo.size())
        m_savedDepth = -1; // the saved state was undone and is now overwritten
    m_undo.append(std::move(e));
    m_redo.clear();
}

int WorldEditor::apply(const Edit &e, bool forward)
{
    switch (e.kind) {
    case Kind::Change:
        m_b.instances[e.index] = forward ? e.after : e.before;
        return e.index;
    case Kind::Add:
        if (forward) {
            m_b.instances.insert(e.index, e.after);
            return e.index;
        }
        m_b.instances.removeAt(e.index);
        return -1;
    case Kind::Remove:
        if (forward) {
            m_b.instances.removeAt(e.index);
            return -1;
        }
        m_b.instances.insert(e.index, e.before);
        return e.index;
    }
    return -1;
}

int WorldEditor::undo()
{
    if (m_undo.isEmpty())
        return -1;
    const Edit e = m_undo.takeLast();
    m_redo.append(e);
    return apply(e, false);
}

int WorldEditor::redo()
{
    if (m_redo.isEmpty())
        return -1;
    const Edit e = m_redo.takeLast();
    m_undo.append(e);
    return apply(e, true);
}

int WorldEditor::pick(const Vec3 &origin, const Vec3 &direction) const
{
    const Vec3 d = direction.normalized();
    int best = -1;
    double bestT = std::numeric_limits<double>::infinity();
    for (int k = 0; k < count(); ++k) {
        const PrefabInstance &i = m_b.instances[k];
        const Prefab *p = PrefabCatalog::instance().find(i.prefabId);
        const double r = (p ? p->radius : 1) * std::max(std::abs(i.scale.x), std::abs(i.scale.z));
        const double h = (p ? p->height : 1) * std::abs(i.scale.y);
        // Slab test against the instance's upright box: footprint radius around, height above.
        const double lo[3] = {i.position.x - r, i.position.y, i.position.z - r};
        const double hi[3] = {i.position.x + r, i.position.y + h, i.position.z + r};
        const double o[3] = {origin.x, origin.y, origin.z}, v[3] = {d.x, d.y, d.z};
        double tNear = 0, tFar = bestT;
        bool hit = true;
        for (int a = 0; a < 3 && hit; ++a) {
            if (std::abs(v[a]) < 1e-12) {
                hit = o[a] >= lo[a] && o[a] <= hi[a];
                continue;
            }
            double t1 = (lo[a] - o[a]) / v[a], t2 = (hi[a] - o[a]) / v[a];
            if (t1 > t2)
                std::swap(t1, t2);
            tNear = std::max(tNear, t1);
            tFar = std::min(tFar, t2);
            hit = tNear <= tFar;
        }
        if (hit && tNear < bestT) {
            bestT = tNear;
            best = k;
        }
    }
    return best;
}

} // namespace nexus::worlds
