#pragma once
// The small value types of generated worlds: vectors and quaternions in the blueprint's
// coordinates (Unity's: y up, metres), and the ImmersiVerse enums kept by name so its clients
// read our blueprints.

#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>

namespace nexus::worlds {

struct Vec3 {
    double x = 0, y = 0, z = 0;
    Vec3 operator+(const Vec3 &o) const { return {x + o.x, y + o.y, z + o.z}; }
    Vec3 operator-(const Vec3 &o) const { return {x - o.x, y - o.y, z - o.z}; }
    Vec3 operator*(double k) const { return {x * k, y * k, z * k}; }
    double length() const { return std::sqrt(x * x + y * y + z * z); }
    Vec3 normalized() const
    {
        const double l = length();
        return l > 0 ? Vec3{x / l, y / l, z / l} : Vec3{0, 1, 0};
    }
    bool operator==(const Vec3 &) const = default;
};

// Rotation as a unit quaternion, x y z w (the blueprint's order).
struct Quat {
    double x = 0, y = 0, z = 0, w = 1;
    static Quat yaw(double radians) { return {0, std::sin(radians / 2), 0, std::cos(radians / 2)}; }
    // The angle about +y of a quaternion that only turns about +y.
    double yawAngle() const { return 2 * std::atan2(y, w); }
    Vec3 rotate(const Vec3 &v) const;
    bool operator==(const Quat &) const = default;
};

// ImmersiVerse PrefabType, in its order.
enum class PrefabType { Building, Vehicle, Character, Prop, Environment, Lighting, Effect, Ui };
QString prefabTypeName(PrefabType t);
std::optional<PrefabType> prefabTypeFromName(const QString &name);
QStringList prefabTypeNames();

// ImmersiVerse WorldType, in its order.
enum class WorldType { Fantasy, SciFi, Realistic, Surreal, Historical, Urban, Nature, Space };
QString worldTypeName(WorldType t);
std::optional<WorldType> worldTypeFromName(const QString &name);
QStringList worldTypeNames();

// Settings a prompt chooses.
enum class Biome { Meadow, Forest, Jungle, Desert, Snow, OceanCoast, Island, Swamp, Mountains, Canyon, Volcano, City, Village, SpaceStation, AlienPlanet, Moon, Ruins };
QString biomeName(Biome b);
std::optional<Biome> biomeFromName(const QString &name);
QStringList biomeNames();

enum class TimeOfDay { Dawn, Morning, Noon, Afternoon, Sunset, Dusk, Night };
QString timeOfDayName(TimeOfDay t);
std::optional<TimeOfDay> timeOfDayFromName(const QString &name);

enum class Weather { Clear, Cloudy, Rain, Storm, Snow, Fog, Wind, Sandstorm };
QString weatherName(Weather w);
std::optional<Weather> weatherFromName(const QString &name);

} // namespace nexus::worlds
