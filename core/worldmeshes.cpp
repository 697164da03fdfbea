#include "worldmeshes.h"

#include <algorithm>
#include <cmath>

namespace nexus::worlds {

namespace {

struct Rgb {
    double r, g, b;
};

Rgb mix(const Rgb &a, const Rgb &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return {a.r * (1 - t) + b.r * t, a.g * (1 - t) + b.g * t, a.b * (1 - t) + b.b * t};
}

Rgb hex(quint32 v) { return {((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0}; }

// Ground colour by setting, height above the water, and slope, blended so edges stay soft.
Rgb groundColor(const QString &biome, double height, double water, double slope)
{
    Rgb c = hex(0x6f9a4c); // grass
    if (biome == QLatin1String("desert") || biome == QLatin1String("canyon"))
        c = hex(0xd6b87a);
    else if (biome == QLatin1String("snow"))
        c = hex(0xeaf0f5);
    else if (biome == QLatin1String("swamp"))
        c = hex(0x5a6b3c);
    else if (biome == QLatin1String("volcano"))
        c = hex(0x4a403a);
    else if (biome == QLatin1String("city") || biome == QLatin1String("space_station"))
        c = hex(0x8c9096);
    else if (biome == QLatin1String("moon"))
        c = hex(0xa8a8a4);
    else if (biome == QLatin1String("alien_planet"))
        c = hex(0x7c5a9e);
    else if (biome == QLatin1String("jungle"))
        c = hex(0x3f863a);
    if (biome != QLatin1String("space_station"))
        c = mix(hex(0xcfc08a), c, (height - water - 0.3) / 0.8); // shore sand
    if (biome != QLatin1String("volcano") && biome != QLatin1String("snow"))
        c = mix(c, hex(0xf2f4f7), (height - 20) / 6); // snowy peaks
    return mix(c, hex(0x807a70), (slope - 0.55) / 0.5); // rock on steep ground
}

void vertex(Mesh &m, const Vec3 &p, const Vec3 &n, const Rgb &c)
{
    const Vec3 u = n.normalized();
    m.positions << float(p.x) << float(p.y) << float(p.z);
    m.normals << float(u.x) << float(u.y) << float(u.z);
    m.colors << float(c.r) << float(c.g) << float(c.b) << 0.0f;
}

void bounds(Mesh &m)
{
    for (qsizetype v = 0; v < m.positions.size() / 3; ++v) {
        const Vec3 p{m.positions[3 * v], m.positions[3 * v + 1], m.positions[3 * v + 2]};
        if (v == 0)
            m.min = m.max = p;
        m.min = {std::min(m.min.x, p.x), std::min(m.min.y, p.y), std::min(m.min.z, p.z)};
        m.max = {std::max(m.max.x, p.x), std::max(m.max.y, p.y), std::max(m.max.z, p.z)};
    }
}

} // namespace

float srgbToLinear(float v)
{
    return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
}

Mesh terrainMesh(const Blueprint &b)
{
    Mesh m;
    const Terrain &t = b.terrain;
    const int n = t.resolution();
    if (n < 2)
        return m;
    const QString biome = b.environment.value(QStringLiteral("biome")).toString();
    const double water = t.waterLevel().value_or(-1e9);
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double x = t.x(i), z = t.z(j), h = t.at(i, j), e = t.cell();
            const double dx = (t.heightAt(x + e, z) - t.heightAt(x - e, z)) / (2 * e), dz = (t.heightAt(x, z + e) - t.heightAt(x, z - e)) / (2 * e);
            vertex(m, {x, h, z}, {-dx, 1, -dz}, groundColor(biome, h, water, std::hypot(dx, dz)));
        }
    // Counter-clockwise seen from above (+y) in blueprint axes.
    for (int j = 0; j + 1 < n; ++j)
        for (int i = 0; i + 1 < n; ++i) {
            const quint32 a = quint32(j * n + i), bb = a + 1, c = a + quint32(n), d = c + 1;
            m.indices << a << c << bb << bb << c << d;
        }
    bounds(m);
    return m;
}

Mesh pathMesh(const Blueprint &b)
{
    Mesh m;
    for (const WorldPath &p : b.paths) {
        if (p.kind == QLatin1String("river") || p.points.size() < 2)
            continue;
        const Rgb colour = p.kind == QLatin1String("road") ? hex(0x55585e) : hex(0xb89b6e);
        for (qsizetype k = 0; k + 1 < p.points.size(); ++k) {
            const Vec3 a = p.points[k] + Vec3{0, 0.08, 0}, c = p.points[k + 1] + Vec3{0, 0.08, 0};
            const Vec3 along = (c - a).normalized();
            const Vec3 side = Vec3{along.z, 0, -along.x}.normalized() * (p.width / 2);
            const quint32 first = quint32(m.positions.size() / 3);
            for (const Vec3 &corner : {a - side, a + side, c + side, c - side})
                vertex(m, corner, {0, 1, 0}, colour);
            // Wind each quad so it faces up.
            const Vec3 e1 = (a + side) - (a - side), e2 = (c + side) - (a - side);
            const bool up = e1.z * e2.x - e1.x * e2.z > 0; // y of e1 × e2
            if (up)
                m.indices << first << first + 1 << first + 2 << first << first + 2 << first + 3;
            else
                m.indices << first << first + 2 << first + 1 << first << first + 3 << first + 2;
        }
    }
    bounds(m);
    return m;
}

Mesh mirroredZ(const Mesh &in)
{
    Mesh m = in;
    for (qsizetype k = 2; k < m.positions.size(); k += 3) {
        m.positions[k] = -m.positions[k];
        m.normals[k] = -m.normals[k];
    }
    for (qsizetype t = 0; t + 2 < m.indices.size(); t += 3)
        std::swap(m.indices[t + 1], m.indices[t + 2]);
    m.min = {in.min.x, in.min.y, -in.max.z};
    m.max = {in.max.x, in.max.y, -in.min.z};
    return m;
}

} // namespace nexus::worlds
