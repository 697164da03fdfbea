#pragma once
// The terrain of a generated world: a square heightfield centred on the origin, shaped for the
// setting (dunes, ridged mountains, a coast falling into the sea, an island, a canyon, a
// volcano, a flat deck…) and then by the prompt's features (lakes and ponds carved below the
// water level, hills raised, a river cut across, clearings and plazas levelled).

#include "prng.h"
#include "worldtypes.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace nexus::worlds {

class Terrain
{
public:
    Terrain() = default;
    Terrain(double size, int resolution);

    double size() const { return m_size; }
    int resolution() const { return m_resolution; }
    double cell() const { return m_size / (m_resolution - 1); }
    const QList<float> &heights() const { return m_heights; }
    float at(int i, int j) const { return m_heights[qsizetype(j) * m_resolution + i]; }
    void set(int i, int j, float h) { m_heights[qsizetype(j) * m_resolution + i] = h; }
    // Grid point (i, j) in world x / z.
    double x(int i) const { return -m_size / 2 + i * cell(); }
    double z(int j) const { return -m_size / 2 + j * cell(); }

    // Bilinear height at world (x, z), clamped to the edge.
    double heightAt(double x, double z) const;
    // Steepest rise over one metre at (x, z) (0: flat, 1: 45°).
    double slopeAt(double x, double z) const;
    bool inside(double x, double z, double margin = 0) const
    {
        return std::abs(x) <= m_size / 2 - margin && std::abs(z) <= m_size / 2 - margin;
    }

    std::optional<double> waterLevel() const { return m_water; }
    void setWaterLevel(double level) { m_water = level; }
    bool underWater(double x, double z, double clearance = 0) const { return m_water && heightAt(x, z) < *m_water + clearance; }

    // The blueprint's terrain: size, resolution, water level and heights (row by row along +x,
    // rows along +z), rounded to centimetres.
    QJsonObject toJson() const;
    static std::optional<Terrain> fromJson(const QJsonObject &o, QString *error);

private:
    double m_size = 0;
    int m_resolution = 0;
    QList<float> m_heights;
    std::optional<double> m_water;
};

// Smooth value noise in [-1, 1] on a lattice of spacing 1, hashed from the seed (no tables).
double valueNoise(quint64 seed, double x, double z);
// Fractal sum of `octaves` noises, each twice the frequency and half the amplitude; ~[-1, 1].
double fbm(quint64 seed, double x, double z, int octaves);

// Shapes the base terrain of a biome.
Terrain makeBaseTerrain(Biome biome, double size, quint64 seed);

} // namespace nexus::worlds
