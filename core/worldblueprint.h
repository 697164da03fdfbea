#pragma once
// A world blueprint: the ImmersiVerse fields (id, prompt, world_type, title, description,
// environment_settings, prefab_instances, spawn_points) so its Unity clients read it, plus ours
// (seed, terrain, paths, what the prompt was understood as, ignored terms, generator version,
// edit version). toJson() is canonical: the same blueprint always gives the same bytes.

#include "worldterrain.h"
#include "worldtypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nexus::worlds {

inline const QString kGeneratorVersion = QStringLiteral("nexus-worldgen/1");

struct PrefabInstance {
    QString id;
    QString prefabId;
    PrefabType type = PrefabType::Prop;
    Vec3 position;
    Quat rotation;
    Vec3 scale{1, 1, 1};
    QJsonObject properties;
};

struct WorldPath {
    QString kind; // "path" or "road"
    double width = 2;
    QList<Vec3> points;
};

struct Blueprint {
    QString id;
    QString prompt;
    WorldType worldType = WorldType::Realistic;
    QString title;
    QString description;
    QJsonObject environment;
    QList<PrefabInstance> instances;
    QList<Vec3> spawnPoints;
    quint64 seed = 0;
    Terrain terrain;
    QList<WorldPath> paths;
    QJsonArray features;       // terrain features: {kind, center, radius}
    QJsonObject understanding; // the parsed prompt (WorldSpec::toJson)
    QStringList ignored;
    QStringList notes;         // what the generator could not do as asked ("2 of 5 towers did not fit")
    QString generatorVersion = kGeneratorVersion;
    int version = 1;           // edits increase it

    QJsonObject toJson() const;
    QByteArray toCanonicalJson() const; // compact, keys sorted, numbers rounded to millimetres
    // Checks every field and that each prefab_id is in the catalog; errors name the field.
    static std::optional<Blueprint> fromJson(const QJsonObject &o, QString *error);
};

// A deterministic UUID (version-4 layout) from a 64-bit value.
QString uuidFrom(quint64 a, quint64 b);

} // namespace nexus::worlds
