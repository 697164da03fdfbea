#include "worldtypes.h"

#include <array>

namespace nexus::worlds {

Vec3 Quat::rotate(const Vec3 &v) const
{
    // v' = v + 2w(q×v) + 2 q×(q×v), q the vector part
    const Vec3 q{x, y, z};
    const auto cross = [](const Vec3 &a, const Vec3 &b) { return Vec3{a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x}; };
    const Vec3 t = cross(q, v) * 2;
    return v + t * w + cross(q, t);
}

namespace {

template<typename E, size_t N>
QString nameIn(const std::array<const char *, N> &names, E e)
{
    return QString::fromLatin1(names.at(size_t(e)));
}

template<typename E, size_t N>
std::optional<E> fromNameIn(const std::array<const char *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}

template<size_t N>
QStringList allIn(const std::array<const char *, N> &names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromLatin1(n);
    return out;
}

constexpr std::array<const char *, 8> kPrefabTypes{"building", "vehicle", "character", "prop", "environment", "lighting", "effect", "ui"};
constexpr std::array<const char *, 8> kWorldTypes{"fantasy", "sci_fi", "realistic", "surreal", "historical", "urban", "nature", "space"};
constexpr std::array<const char *, 17> kBiomes{"meadow", "forest",     "jungle", "desert",        "snow",         "ocean_coast",
                                               "island", "swamp",      "mountains", "canyon",     "volcano",      "city",
                                               "village", "space_station", "alien_planet", "moon", "ruins"};
constexpr std::array<const char *, 7> kTimes{"dawn", "morning", "noon", "afternoon", "sunset", "dusk", "night"};
constexpr std::array<const char *, 8> kWeathers{"clear", "cloudy", "rain", "storm", "snow", "fog", "wind", "sandstorm"};

} // namespace

QString prefabTypeName(PrefabType t) { return nameIn(kPrefabTypes, t); }
std::optional<PrefabType> prefabTypeFromName(const QString &name) { return fromNameIn<PrefabType>(kPrefabTypes, name); }
QStringList prefabTypeNames() { return allIn(kPrefabTypes); }
QString worldTypeName(WorldType t) { return nameIn(kWorldTypes, t); }
std::optional<WorldType> worldTypeFromName(const QString &name) { return fromNameIn<WorldType>(kWorldTypes, name); }
QStringList worldTypeNames() { return allIn(kWorldTypes); }
QString biomeName(Biome b) { return nameIn(kBiomes, b); }
std::optional<Biome> biomeFromName(const QString &name) { return fromNameIn<Biome>(kBiomes, name); }
QStringList biomeNames() { return allIn(kBiomes); }
QString timeOfDayName(TimeOfDay t) { return nameIn(kTimes, t); }
std::optional<TimeOfDay> timeOfDayFromName(const QString &name) { return fromNameIn<TimeOfDay>(kTimes, name); }
QString weatherName(Weather w) { return nameIn(kWeathers, w); }
std::optional<Weather> weatherFromName(const QString &name) { return fromNameIn<Weather>(kWeathers, name); }

} // namespace nexus::worlds
