#pragma once
// The layout step of the generator (worldgenerator.cpp calls it): features carved into the
// terrain, the prompt's objects placed at focal points or by their relations, paths between the
// landmarks, and the setting's scatter (dart-throwing Poisson-disk sampling, in clusters), with a
// footprint test against everything placed, resting on the terrain; then spawn points.

#include "prefabcatalog.h"
#include "worldblueprint.h"
#include "worldgenerator.h"

namespace nexus::worlds {

struct LayoutInput {
    const WorldSpec &spec;
    const ResolvedSettings &settings;
    quint64 seed;
    int objectCount; // 0: from the setting
};

// Fills terrain, instances, paths, features, spawn points and notes of `out`.
void layOutWorld(const LayoutInput &in, Blueprint &out);

// The best prefab of a category for a setting and traits (ties broken by `pick`).
QList<const Prefab *> bestPrefabs(const QString &category, const ResolvedSettings &s, const QStringList &traits);
const Prefab *choosePrefab(const QString &category, const ResolvedSettings &s, const QStringList &traits, quint64 pick);

} // namespace nexus::worlds
