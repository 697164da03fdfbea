#include "worldterrain.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace nexus::worlds {

Terrain::Terrain(double size, int resolution) : m_size(size), m_resolution(resolution), m_heights(qsizetype(resolution) * resolution, 0.0f) {}

double Terrain::heightAt(double px, double pz) const
{
    if (m_resolution < 2)
        return 0;
    const double fx = std::clamp((px + m_size / 2) / cell(), 0.0, double(m_resolution - 1));
    const double fz = std::clamp((pz + m_size / 2) / cell(), 0.0, double(m_resolution - 1));
    const int i = std::min(int(fx), m_resolution - 2), j = std::min(int(fz), m_resolution - 2);
    const double tx = fx - i, tz = fz - j;
    const double a = at(i, j), b = at(i + 1, j), c = at(i, j + 1), d = at(i + 1, j + 1);
    return (a * (1 - tx) + b * tx) * (1 - tz) + (c * (1 - tx) + d * tx) * tz;
}

double Terrain::slopeAt(double px, double pz) const
{
    const double e = std::max(0.5, cell() / 2);
    const double dx = (heightAt(px + e, pz) - heightAt(px - e, pz)) / (2 * e);
    const double dz = (heightAt(px, pz + e) - heightAt(px, pz - e)) / (2 * e);
    return std::sqrt(dx * dx + dz * dz);
}

QJsonObject Terrain::toJson() const
{
    QJsonArray h;
    for (float v : m_heights)
        h.append(std::round(double(v) * 100) / 100);
    QJsonObject o{{QStringLiteral("size"), m_size}, {QStringLiteral("resolution"), m_resolution}, {QStringLiteral("heights"), h}};
    if (m_water)
        o.insert(QStringLiteral("water_level"), *m_water);
    return o;
}

std::optional<Terrain> Terrain::fromJson(const QJsonObject &o, QString *error)
{
    const double size = o.value(QStringLiteral("size")).toDouble();
    const int resolution = o.value(QStringLiteral("resolution")).toInt();
    const QJsonArray h = o.value(QStringLiteral("heights")).toArray();
    if (!(size > 0 && size <= 10000) || resolution < 2 || resolution > 1025 || h.size() != qsizetype(resolution) * resolution) {
        *error = QStringLiteral("terrain: size must be 0–10000 m, resolution 2–1025, and heights hold resolution² numbers (have %1 for resolution %2)")
                     .arg(h.size())
                     .arg(resolution);
        return std::nullopt;
    }
    Terrain t(size, resolution);
    for (qsizetype k = 0; k < h.size(); ++k) {
        if (!h[k].isDouble()) {
            *error = QStringLiteral("terrain: height %1 is not a number").arg(k);
            return std::nullopt;
        }
        t.m_heights[k] = float(h[k].toDouble());
    }
    if (o.contains(QStringLiteral("water_level")))
        t.m_water = o.value(QStringLiteral("water_level")).toDouble();
    return t;
}

namespace {

quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double lattice(quint64 seed, qint64 ix, qint64 iz)
{
    const quint64 h = mix(seed ^ (quint64(ix) * 0x9e3779b97f4a7c15ULL) ^ (quint64(iz) * 0xc2b2ae3d27d4eb4fULL));
    return double(h >> 11) / double(1ULL << 53) * 2 - 1;
}

double smooth(double t) { return t * t * (3 - 2 * t); }

double smoothstep(double a, double b, double x)
{
    const double t = std::clamp((x - a) / (b - a), 0.0, 1.0);
    return smooth(t);
}

} // namespace

double valueNoise(quint64 seed, double x, double z)
{
    const double fx = std::floor(x), fz = std::floor(z);
    const qint64 ix = qint64(fx), iz = qint64(fz);
    const double tx = smooth(x - fx), tz = smooth(z - fz);
    const double a = lattice(seed, ix, iz), b = lattice(seed, ix + 1, iz), c = lattice(seed, ix, iz + 1), d = lattice(seed, ix + 1, iz + 1);
    return (a * (1 - tx) + b * tx) * (1 - tz) + (c * (1 - tx) + d * tx) * tz;
}

double fbm(quint64 seed, double x, double z, int octaves)
{
    double sum = 0, amplitude = 1, norm = 0, frequency = 1;
    for (int o = 0; o < octaves; ++o) {
        sum += amplitude * valueNoise(seed + quint64(o) * 0x51ed27, x * frequency, z * frequency);
        norm += amplitude;
        amplitude /= 2;
        frequency *= 2;
    }
    return sum / norm;
}

Terrain makeBaseTerrain(Biome biome, double size, quint64 seed)
{
    const int resolution = size > 400 ? 97 : 65;
    Terrain t(size, resolution);
    const double half = size / 2;
    // Offsets so the volcano and the coast do not always sit in the same place.
    Prng prng(seed ^ 0x7e11a1);
    const double angle = double(prng.below(3600)) / 3600 * 6.283185307179586;
    const double dirX = std::cos(angle), dirZ = std::sin(angle);
    for (int j = 0; j < resolution; ++j) {
        for (int i = 0; i < resolution; ++i) {
            const double x = t.x(i), z = t.z(j);
            const double r = std::sqrt(x * x + z * z) / half; // 0 centre, 1 edge midpoint
            const double n = fbm(seed, x / 48, z / 48, 4);
            const double along = (x * dirX + z * dirZ) / half; // -1..1 across the map
            double h = 0;
            switch (biome) {
            case Biome::Meadow: h = 2 + 2.5 * n; break;
            case Biome::Forest: h = 3 + 4 * n; break;
            case Biome::Jungle: h = 3 + 5 * n; break;
            case Biome::Desert: h = 3 + 3 * std::abs(fbm(seed + 7, x / 30, z / 70, 3)) * 2 + 1.5 * n; break;
            case Biome::Snow: h = 4 + 6 * n; break;
            case Biome::OceanCoast: h = 3.5 + 2 * n - 9 * smoothstep(0.25, 0.9, along); break;
            case Biome::Island: h = 4 + 3 * n - 10 * smoothstep(0.45, 0.95, r); break;
            case Biome::Swamp: h = 0.7 + 1.4 * n; break;
            case Biome::Mountains: {
                const double ridged = 1 - std::abs(fbm(seed + 3, x / 70, z / 70, 5));
                h = 3 + 2 * n + 34 * ridged * ridged * smoothstep(0.2, 0.75, r);
                break;
            }
            case Biome::Canyon: {
                const double across = std::abs(-x * dirZ + z * dirX) / half; // distance from the canyon's axis
                h = 2 + 1.5 * n + 14 * smoothstep(0.12, 0.3, across + 0.05 * n);
                break;
            }
            case Biome::Volcano: {
                const double vx = x - 0.35 * half * dirX, vz = z - 0.35 * half * dirZ;
                const double d = std::sqrt(vx * vx + vz * vz) / half;
                const double cone = 30 * std::max(0.0, 1 - d / 0.55);
                const double crater = d < 0.1 ? 12 * (1 - d / 0.1) : 0;
                h = 2 + 2.5 * n + cone - crater;
                break;
            }
            case Biome::City: h = 1 + 0.3 * n; break;
            case Biome::Village: h = 2 + 2 * n; break;
            case Biome::SpaceStation: h = 1; break;
            case Biome::AlienPlanet: h = 3 + 5 * n + 3 * std::abs(fbm(seed + 11, x / 20, z / 20, 2)); break;
            case Biome::Moon: {
                double craters = 0;
                for (int k = 0; k < 6; ++k) {
                    const double cx = valueNoise(seed + 100 + k, k, 0.5) * half * 0.8;
                    const double cz = valueNoise(seed + 200 + k, 0.5, k) * half * 0.8;
                    const double cr = 10 + 8 * std::abs(valueNoise(seed + 300 + k, k, k));
                    const double d = std::sqrt((x - cx) * (x - cx) + (z - cz) * (z - cz)) / cr;
                    if (d < 1.3)
                        craters += d < 1 ? -3 * (1 - d * d) : 1.5 * (1.3 - d) / 0.3;
                }
                h = 2 + 1.5 * n + craters;
                break;
            }
            case Biome::Ruins: h = 2 + 3 * n; break;
            }
            t.set(i, j, float(h));
        }
    }
    if (biome == Biome::OceanCoast || biome == Biome::Island || biome == Biome::Swamp)
        t.setWaterLevel(0);
    return t;
}

} // namespace nexus::worlds
