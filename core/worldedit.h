#pragma once
// Editing a generated world by hand: an instance's pose in people's terms (position, yaw / pitch
// / roll in degrees, scale), adding a catalog prefab on the ground, removing one, undo / redo,
// whether there are unsaved edits, and which instance a view ray points at.

#include "worldblueprint.h"

namespace nexus::worlds {

// Rotation as degrees about y (yaw), then x (pitch), then z (roll): q = yaw · pitch · roll,
// Unity's Euler order, so its inspector shows the same numbers.
struct InstancePose {
    Vec3 position;
    double yaw = 0, pitch = 0, roll = 0;
    Vec3 scale{1, 1, 1};
};

Quat quatFromEuler(double yawDeg, double pitchDeg, double rollDeg);
InstancePose poseOf(const PrefabInstance &instance);

constexpr double kMinScale = 0.05;
constexpr double kMaxScale = 20;

class WorldEditor
{
public:
    explicit WorldEditor(Blueprint blueprint = {});

    const Blueprint &blueprint() const { return m_b; }
    int count() const { return int(m_b.instances.size()); }

    // Each returns what is wrong (and changes nothing), or an empty string.
    QString setPose(int index, const InstancePose &pose);
    // A catalog prefab resting on the ground (on the water for boats, above it for flyers) at
    // (x, z); `index` gets its place.
    QString add(const QString &prefabId, double x, double z, int *index = nullptr);
    QString remove(int index);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    // The instance an edit or its undo touched last (-1 when it was removed).
    int undo();
    int redo();
    bool dirty() const { return m_savedDepth != m_undo.size(); }
    void markSaved() { m_savedDepth = int(m_undo.size()); }

    // The instance whose bounds the ray (blueprint axes) enters first, or -1.
    int pick(const Vec3 &origin, const Vec3 &direction) const;

private:
    enum class Kind { Change, Add, Remove };
    struct Edit {
        Kind kind;
        int index;
        PrefabInstance before, after;
    };
    int apply(const Edit &e, bool forward);
    void record(Edit e);

    Blueprint m_b;
    QList<Edit> m_undo, m_redo;
    int m_savedDepth = 0; // undo depth of the saved state; -1 once that state cannot come back
};

} // namespace nexus::worlds
