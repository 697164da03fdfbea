#pragma once
// Prompt → world, offline and deterministic: the same prompt, seed and options give a
// byte-identical blueprint. parsePrompt (worldprompt.h) understands the prompt; the setting is
// completed from what it names; the terrain is shaped (worldterrain.h); features, the named
// objects (with their counts and relations), paths and the biome's scatter are laid out without
// overlaps, resting on the ground (worldlayout.cpp); the environment follows time, weather,
// setting and mood (worldenvironment.cpp).

#include "worldblueprint.h"
#include "worldprompt.h"

#include <optional>

namespace nexus::worlds {

struct GenerateOptions {
    quint64 seed = 1;
    std::optional<WorldType> worldType; // overrides what the prompt implies
    int objectCount = 0;                // 0: as many as the prompt and the setting call for; else about this many (max 5000)
};

constexpr int kMaxGeneratedObjects = 5000;

// The settings the prompt left open, filled in from what it did say.
struct ResolvedSettings {
    Biome biome = Biome::Meadow;
    std::optional<Biome> secondBiome;
    TimeOfDay time = TimeOfDay::Noon;
    Weather weather = Weather::Clear;
    WorldType worldType = WorldType::Realistic;
    QString mood;
    double density = 1;
};
ResolvedSettings resolveSettings(const WorldSpec &spec, const GenerateOptions &options);

Blueprint generateWorld(const QString &prompt, const GenerateOptions &options = {});

// The environment_settings object (worldenvironment.cpp).
QJsonObject environmentSettings(const ResolvedSettings &s, std::optional<double> waterLevel);
QString worldTitle(const WorldSpec &spec, const ResolvedSettings &s);
QString worldDescription(const WorldSpec &spec, const ResolvedSettings &s, int instanceCount);

} // namespace nexus::worlds
