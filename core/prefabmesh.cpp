#include "prefabmesh.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nexus::worlds {

namespace {

constexpr double kPi = std::numbers::pi;

struct Builder {
    Mesh &m;
    float r, g, b, glow;

    quint32 vertex(const Vec3 &p, const Vec3 &n)
    {
        const quint32 index = quint32(m.positions.size() / 3);
        m.positions << float(p.x) << float(p.y) << float(p.z);
        const Vec3 u = n.normalized();
        m.normals << float(u.x) << float(u.y) << float(u.z);
        m.colors << r << g << b << glow;
        return index;
    }
    void triangle(quint32 a, quint32 b2, quint32 c) { m.indices << a << b2 << c; }
    void quad(quint32 a, quint32 b2, quint32 c, quint32 d) // a b c d counter-clockwise
    {
        triangle(a, b2, c);
        triangle(a, c, d);
    }
};

void box(Builder &b, const Vec3 &c, const Vec3 &s)
{
    const double hx = s.x / 2, hy = s.y / 2, hz = s.z / 2;
    // Each face: normal, and two axes spanning it (u × v = normal) so corners wind counter-clockwise.
    struct Face {
        Vec3 n, u, v;
    };
    const Face faces[] = {{{1, 0, 0}, {0, 0, -1}, {0, 1, 0}}, {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}}, {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},
                          {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}, {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},  {{0, 0, -1}, {-1, 0, 0}, {0, 1, 0}}};
    for (const Face &f : faces) {
        const auto scaled = [&](const Vec3 &v) { return Vec3{v.x * hx, v.y * hy, v.z * hz}; };
        const Vec3 center = c + scaled(f.n), u = scaled(f.u), v = scaled(f.v);
        const quint32 i0 = b.vertex(center - u - v, f.n), i1 = b.vertex(center + u - v, f.n), i2 = b.vertex(center + u + v, f.n),
                      i3 = b.vertex(center - u + v, f.n);
        b.quad(i0, i1, i2, i3);
    }
}

// A cylinder (top radius = bottom) or a cone (top radius 0) around +y, base at c.y - h/2.
void lathe(Builder &b, const Vec3 &c, const Vec3 &s, int segments, bool cone)
{
    const double rx = s.x / 2, rz = s.z / 2, h = s.y, y0 = c.y - h / 2, y1 = c.y + h / 2;
    const double top = cone ? 0.0 : 1.0;
    // Side: a ring of quads (or triangles to the apex), flat-ish normals per column.
    const double slope = cone ? (std::max(rx, rz) / h) : 0.0;
    for (int i = 0; i < segments; ++i) {
        const double a0 = 2 * kPi * i / segments, a1 = 2 * kPi * (i + 1) / segments;
        const Vec3 d0{std::cos(a0), 0, -std::sin(a0)}, d1{std::cos(a1), 0, -std::sin(a1)};
        const Vec3 n0 = Vec3{d0.x, slope, d0.z}, n1 = Vec3{d1.x, slope, d1.z};
        const Vec3 p0{c.x + rx * d0.x, y0, c.z + rz * d0.z}, p1{c.x + rx * d1.x, y0, c.z + rz * d1.z};
        const Vec3 q0{c.x + rx * d0.x * top, y1, c.z + rz * d0.z * top}, q1{c.x + rx * d1.x * top, y1, c.z + rz * d1.z * top};
        const quint32 i0 = b.vertex(p0, n0), i1 = b.vertex(p1, n1), i2 = b.vertex(q1, n1), i3 = b.vertex(q0, n0);
        if (cone)
            b.triangle(i0, i1, i2);
        else
            b.quad(i0, i1, i2, i3);
    }
    // Caps: the bottom always, the top for cylinders.
    const auto cap = [&](double y, const Vec3 &n, bool reverse) {
        const quint32 centre = b.vertex({c.x, y, c.z}, n);
        QList<quint32> rim;
        for (int i = 0; i < segments; ++i) {
            const double a = 2 * kPi * i / segments;
            rim << b.vertex({c.x + rx * std::cos(a), y, c.z - rz * std::sin(a)}, n);
        }
        for (int i = 0; i < segments; ++i) {
            const quint32 a = rim[i], d = rim[(i + 1) % segments];
            if (reverse)
                b.triangle(centre, d, a);
            else
                b.triangle(centre, a, d);
        }
    };
    cap(y0, {0, -1, 0}, true);
    if (!cone)
        cap(y1, {0, 1, 0}, false);
}

void sphere(Builder &b, const Vec3 &c, const Vec3 &s, int segments)
{
    const int rings = std::max(4, segments / 2);
    const double rx = s.x / 2, ry = s.y / 2, rz = s.z / 2;
    QList<quint32> grid;
    for (int j = 0; j <= rings; ++j) {
        const double phi = kPi * j / rings; // 0 at the top
        for (int i = 0; i <= segments; ++i) {
            const double theta = 2 * kPi * i / segments;
            const Vec3 unit{std::sin(phi) * std::cos(theta), std::cos(phi), -std::sin(phi) * std::sin(theta)};
            const Vec3 p{c.x + rx * unit.x, c.y + ry * unit.y, c.z + rz * unit.z};
            // The ellipsoid's normal: the gradient of (x/rx)² + (y/ry)² + (z/rz)².
            grid << b.vertex(p, {unit.x / rx, unit.y / ry, unit.z / rz});
        }
    }
    const int row = segments + 1;
    for (int j = 0; j < rings; ++j)
        for (int i = 0; i < segments; ++i) {
            const quint32 a = grid[j * row + i], d = grid[j * row + i + 1], bb = grid[(j + 1) * row + i], cc = grid[(j + 1) * row + i + 1];
            if (j > 0)
                b.triangle(a, bb, d);
            if (j < rings - 1)
                b.triangle(d, bb, cc);
        }
}

void torus(Builder &b, const Vec3 &c, const Vec3 &s, int segments)
{
    const int sides = 8;
    const double tube = s.y / 2;
    const double rx = s.x / 2 - tube, rz = s.z / 2 - tube;
    QList<quint32> grid;
    for (int i = 0; i <= segments; ++i) {
        const double theta = 2 * kPi * i / segments;
        const Vec3 dir{std::cos(theta), 0, -std::sin(theta)};
        const Vec3 ringCentre{c.x + rx * dir.x, c.y, c.z + rz * dir.z};
        for (int j = 0; j <= sides; ++j) {
            const double phi = 2 * kPi * j / sides;
            const Vec3 n{dir.x * std::cos(phi), std::sin(phi), dir.z * std::cos(phi)};
            grid << b.vertex(ringCentre + n * tube, n);
        }
    }
    const int row = sides + 1;
    for (int i = 0; i < segments; ++i)
        for (int j = 0; j < sides; ++j) {
            const quint32 a = grid[i * row + j], bb = grid[(i + 1) * row + j], cc = grid[(i + 1) * row + j + 1], d = grid[i * row + j + 1];
            b.quad(a, bb, cc, d);
        }
}

} // namespace

void appendPart(Mesh &mesh, const MeshPart &part)
{
    const qsizetype firstVertex = mesh.positions.size() / 3;
    Builder b{mesh, float(((part.rgb >> 16) & 0xff) / 255.0), float(((part.rgb >> 8) & 0xff) / 255.0), float((part.rgb & 0xff) / 255.0),
              float(std::clamp(part.emissive, 0.0, 1.0))};
    switch (part.shape) {
    case Shape::Box:
        box(b, part.center, part.size);
        break;
    case Shape::Cylinder:
        lathe(b, part.center, part.size, part.segments > 0 ? part.segments : 12, false);
        break;
    case Shape::Cone:
        lathe(b, part.center, part.size, part.segments > 0 ? part.segments : 12, true);
        break;
    case Shape::Sphere:
        sphere(b, part.center, part.size, part.segments > 0 ? part.segments : 14);
        break;
    case Shape::Torus:
        torus(b, part.center, part.size, part.segments > 0 ? part.segments : 16);
        break;
    }
    for (qsizetype v = firstVertex; v < mesh.positions.size() / 3; ++v) {
        const Vec3 p{mesh.positions[3 * v], mesh.positions[3 * v + 1], mesh.positions[3 * v + 2]};
        if (v == 0) {
            mesh.min = mesh.max = p;
            continue;
        }
        mesh.min = {std::min(mesh.min.x, p.x), std::min(mesh.min.y, p.y), std::min(mesh.min.z, p.z)};
        mesh.max = {std::max(mesh.max.x, p.x), std::max(mesh.max.y, p.y), std::max(mesh.max.z, p.z)};
    }
}

Mesh buildPrefabMesh(const Prefab &prefab)
{
    Mesh m;
    for (const MeshPart &p : prefab.parts)
        appendPart(m, p);
    return m;
}

} // namespace nexus::worlds
