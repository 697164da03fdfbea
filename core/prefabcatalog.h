#pragma once
// The prefab catalog: every object a generated world can hold, with a procedural mesh recipe the
// preview draws and the glTF export writes (prefabmesh.h), its footprint, tags, and the category
// the prompt vocabulary names it by. The five ImmersiVerse prefabs keep their ids.

#include "worldtypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nexus::worlds {

enum class Shape { Box, Cylinder, Cone, Sphere, Torus };

// One primitive of a prefab's mesh, in the prefab's own space (y up, the origin on the ground at
// the footprint's centre). size: full extents (box, sphere), diameter × height × diameter
// (cylinder, cone: base at the bottom), outer diameter × tube thickness (torus, lying flat).
struct MeshPart {
    Shape shape = Shape::Box;
    Vec3 center;
    Vec3 size{1, 1, 1};
    quint32 rgb = 0x808080;
    double emissive = 0; // 0..1: how much the part glows in its own colour
    int segments = 0;    // around the axis; 0: the shape's default
};

// Where instances stand: on dry ground, floating on water, or above the ground.
enum class Placement { Ground, Water, Air };

struct Prefab {
    QString id;
    QString name;
    PrefabType type = PrefabType::Prop;
    QString category; // what the vocabulary calls it: "tree", "tower", "boat", …
    QString description;
    QStringList tags;  // settings it suits (biomes, world types) and traits ("glow", "ruin")
    double radius = 1; // footprint radius at scale 1, metres
    double height = 1;
    Placement placement = Placement::Ground;
    QList<MeshPart> parts;
    QJsonObject properties; // default instance properties

    QJsonObject toJson() const; // the ImmersiVerse catalog item plus ours (category, footprint, height, parts)
};

class PrefabCatalog
{
public:
    static const PrefabCatalog &instance();

    const QList<Prefab> &all() const { return m_prefabs; }
    const Prefab *find(const QString &id) const;
    QList<const Prefab *> inCategory(const QString &category) const;
    QStringList categories() const;

    // Case-insensitive search over name, description, tags and category: every word of the query
    // must match one of them (a word matches a tag or category in full, or name / description as
    // a prefix of a word). Sorted by relevance (name hits first), then id.
    QList<const Prefab *> search(const QString &query, std::optional<PrefabType> type = std::nullopt) const;
    QList<const Prefab *> ofType(std::optional<PrefabType> type) const;

private:
    PrefabCatalog();
    QList<Prefab> m_prefabs;
};

} // namespace nexus::worlds
