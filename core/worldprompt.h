#pragma once
// Understanding a prompt: the settings it names (biome, time of day, weather, world type, mood,
// density) and the objects it asks for, with counts, traits, sizes and simple relations
// ("three towers around a lake", "a castle on a hill", "a few glowing mushrooms"). Words the
// vocabulary does not know are reported back as ignored.

#include "worldvocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nexus::worlds {

struct ObjectRequest {
    QString words;         // as the prompt said it ("glowing mushrooms")
    QString category;      // catalog category, empty for a feature
    QString prefabId;      // when the words name one prefab ("pine")
    Feature feature = Feature::None;
    int count = 1;
    bool countGiven = false;
    QStringList traits;    // "glow", "ruin"
    double scale = 1;      // from size words
    Relation relation = Relation::None;
    int target = -1;       // index of the object the relation refers to

    QJsonObject toJson() const;
};

struct WorldSpec {
    std::optional<Biome> biome;          // the first biome named
    std::optional<Biome> secondBiome;    // a second one, mixed into the scatter
    std::optional<TimeOfDay> time;
    std::optional<Weather> weather;
    std::optional<WorldType> worldType;
    QString mood;                        // "peaceful", "eerie", "cheerful", "epic" or empty
    double density = 1;
    QList<ObjectRequest> objects;
    QStringList understood;              // the phrases used, in prompt order
    QStringList ignored;                 // the words not understood, in prompt order

    QJsonObject toJson() const;
};

// Counts above this are clamped (and say so in the spec's ignored list as "N (max 200)").
constexpr int kMaxObjectCount = 200;

WorldSpec parsePrompt(const QString &prompt);

} // namespace nexus::worlds
