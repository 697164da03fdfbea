#include "worldlayout.h"

#include "prng.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace nexus::worlds {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kGap = 0.3; // clearance between footprints, metres

// Eight directions around a footprint, and its centre last.
struct Ring {
    double c[9], s[9];
    Ring()
    {
        for (int k = 0; k < 8; ++k)
            c[k] = std::cos(k * kPi / 4), s[k] = std::sin(k * kPi / 4);
        c[8] = s[8] = 0;
    }
};
const Ring kRing;

struct ScatterEntry {
    const char *category;
    int weight;
    bool clustered;
};

// What each setting scatters, and how many per 1,000 m² at density 1.
struct BiomeScatter {
    double perThousand;
    QList<ScatterEntry> entries;
};

BiomeScatter scatterFor(Biome b)
{
    switch (b) {
    case Biome::Meadow: return {1.2, {{"flowers", 40, true}, {"bush", 20, true}, {"tree", 20, true}, {"rock", 12, false}, {"fence", 8, false}}};
    case Biome::Forest: return {4.0, {{"tree", 62, true}, {"bush", 16, true}, {"rock", 8, false}, {"mushroom", 8, true}, {"flowers", 6, true}}};
    case Biome::Jungle: return {5.0, {{"tree", 60, true}, {"bush", 25, true}, {"flowers", 8, true}, {"rock", 7, false}}};
    case Biome::Desert: return {0.4, {{"cactus", 50, false}, {"rock", 40, true}, {"tree", 10, true}}};
    case Biome::Snow: return {1.2, {{"tree", 60, true}, {"rock", 35, false}, {"snowman", 5, false}}};
    case Biome::OceanCoast: return {1.0, {{"tree", 40, true}, {"rock", 35, false}, {"reeds", 15, true}, {"iceberg", 0, false}, {"barrel", 10, false}}};
    case Biome::Island: return {1.5, {{"tree", 65, true}, {"rock", 20, false}, {"bush", 15, true}}};
    case Biome::Swamp: return {2.0, {{"tree", 40, true}, {"reeds", 30, true}, {"mushroom", 20, true}, {"bush", 10, true}}};
    case Biome::Mountains: return {1.0, {{"tree", 50, true}, {"rock", 50, true}}};
    case Biome::Canyon: return {0.5, {{"rock", 60, true}, {"cactus", 30, false}, {"crystal", 10, true}}};
    case Biome::Volcano: return {0.4, {{"rock", 70, true}, {"tree", 20, false}, {"smoke", 10, false}}};
    case Biome::City: return {0.8, {{"skyscraper", 12, false}, {"office", 10, false}, {"house", 14, true}, {"lamp", 20, false}, {"tree", 15, false}, {"bench", 12, false}, {"car", 17, false}}};
    case Biome::Village: return {1.2, {{"tree", 35, true}, {"bush", 15, true}, {"fence", 15, false}, {"barrel", 10, true}, {"flowers", 15, true}, {"cart", 5, false}, {"lantern", 5, false}, {"house", 8, true}}};
    case Biome::SpaceStation: return {0.4, {{"crate", 40, true}, {"pylon", 30, false}, {"hologram", 15, false}, {"robot", 15, false}}};
    case Biome::AlienPlanet: return {1.5, {{"crystal", 35, true}, {"mushroom", 30, true}, {"rock", 25, false}, {"asteroid", 10, false}}};
    case Biome::Moon: return {0.3, {{"rock", 80, true}, {"pylon", 20, false}}};
    case Biome::Ruins: return {1.0, {{"pillar", 30, true}, {"rock", 25, false}, {"tree", 25, true}, {"bush", 20, true}}};
    }
    return {1, {{"rock", 1, false}}};
}

double unit(Prng &p) { return double(p.next() >> 11) / double(1ULL << 53); }
double range(Prng &p, double lo, double hi) { return lo + (hi - lo) * unit(p); }

// Something that takes room: an instance, a point of a path, or a feature kept clear of scatter.
struct Blocker {
    double x, z, r;
    int reserve = -1; // feature index for reserved areas (objects placed "in" that feature may enter)
};

// A uniform grid of blocker indices over the terrain.
class Occupancy
{
public:
    Occupancy(double size, double cell) : m_size(size), m_cell(cell), m_n(std::max(1, int(std::ceil(size / cell)))), m_cells(qsizetype(m_n) * m_n) {}

    void add(const Blocker &b)
    {
        const int index = int(m_blockers.size());
        m_blockers.append(b);
        forCells(b.x, b.z, b.r, [&](QList<int> &cell) {
            cell.append(index);
            return true;
        });
    }
    // Whether a circle fits; reserved areas of `allowReserve` do not count.
    bool fits(double x, double z, double r, int allowReserve = -2) const
    {
        bool ok = true;
        const_cast<Occupancy *>(this)->forCells(x, z, r, [&](QList<int> &cell) {
            for (int k : std::as_const(cell)) {
                const Blocker &b = m_blockers[k];
                if (b.reserve >= 0 && b.reserve == allowReserve)
                    continue;
                const double dx = b.x - x, dz = b.z - z, min = b.r + r + kGap;
                if (dx * dx + dz * dz < min * min) {
                    ok = false;
                    return false;
                }
            }
            return true;
        });
        return ok;
    }

private:
    template<typename F>
    void forCells(double x, double z, double r, F &&f)
    {
        const auto index = [this](double v) { return std::clamp(int((v + m_size / 2) / m_cell), 0, m_n - 1); };
        const int i0 = index(x - r - kGap), i1 = index(x + r + kGap), j0 = index(z - r - kGap), j1 = index(z + r + kGap);
        for (int j = j0; j <= j1; ++j)
            for (int i = i0; i <= i1; ++i)
                if (!f(m_cells[qsizetype(j) * m_n + i]))
                    return;
    }

    double m_size, m_cell;
    int m_n;
    QList<QList<int>> m_cells;
    QList<Blocker> m_blockers;
};

struct PlacedFeature {
    Feature kind;
    double x, z, radius;
    int objectIndex;
};

// Where a placed object group sits, for the relations that refer to it.
struct GroupPlace {
    bool placed = false;
    double x = 0, z = 0, radius = 0;
    int feature = -1; // index into features when the object is a feature
};

class Layout
{
public:
    Layout(const LayoutInput &in, Blueprint &out) : m_in(in), m_out(out), m_prng(in.seed ^ 0x1a7e0u), m_occ(1, 1) {}

    void run();

private:
    double footprintRest(double x, double z, double r) const;
    bool groundOk(const Prefab &p, double x, double z, double r, double maxSlope) const;
    bool tryPlace(const Prefab &p, double x, double z, double scale, double yaw, QJsonObject extra, int allowReserve = -2);
    Vec3 focalPoint();
    void carveFeatures();
    // A bowl below the water level with a shore rising back to the ground around it.
    void carveLake(const Vec3 &at, double radius, double depth);
    void placeGroup(int index);
    void buildPaths();
    void scatter(int target);
    void spawnPoints();
    int instanceCountOfGroups() const;

    const LayoutInput &m_in;
    Blueprint &m_out;
    Prng m_prng;
    Occupancy m_occ;
    double m_size = 160;
    int m_focal = 0;
    double m_focalPhase = 0;
    QList<PlacedFeature> m_features;
    QList<GroupPlace> m_groups;
    QList<int> m_landmarkGroups;
};

double Layout::footprintRest(double x, double z, double r) const
{
    const Terrain &t = m_out.terrain;
    double h = t.heightAt(x, z);
    for (int k = 0; k < 8; ++k)
        h = std::min(h, t.heightAt(x + 0.7 * r * kRing.c[k], z + 0.7 * r * kRing.s[k]));
    return h;
}

bool Layout::groundOk(const Prefab &p, double x, double z, double r, double maxSlope) const
{
    const Terrain &t = m_out.terrain;
    if (!t.inside(x, z, r + 1))
        return false;
    if (p.placement == Placement::Water) {
        // Floating: the whole footprint over water at least half a metre deep.
        if (!t.waterLevel())
            return false;
        for (int k = 0; k <= 8; ++k)
            if (!t.underWater(x + r * kRing.c[k], z + r * kRing.s[k], -0.5))
                return false;
        return true;
    }
    if (t.waterLevel())
        for (int k = 0; k <= 8; ++k)
            if (t.underWater(x + r * kRing.c[k], z + r * kRing.s[k], 0.15))
                return false;
    return t.slopeAt(x, z) <= maxSlope;
}

bool Layout::tryPlace(const Prefab &p, double x, double z, double scale, double yaw, QJsonObject extra, int allowReserve)
{
    const double r = p.radius * scale;
    const double maxSlope = p.type == PrefabType::Building ? 0.45 : 0.8;
    if (!m_out.terrain.inside(x, z, r + 1) || !m_occ.fits(x, z, r, allowReserve) || !groundOk(p, x, z, r, maxSlope))
        return false;
    double y = 0;
    if (p.placement == Placement::Water)
        y = *m_out.terrain.waterLevel();
    else if (p.placement == Placement::Air)
        y = footprintRest(x, z, r) + range(m_prng, 3, 8);
    else
        y = footprintRest(x, z, r);
    m_occ.add({x, z, r});
    PrefabInstance inst;
    inst.id = uuidFrom(m_in.seed ^ 0x5eedULL, quint64(m_out.instances.size()) * 0x9e3779b97f4a7c15ULL + 1);
    inst.prefabId = p.id;
    inst.type = p.type;
    inst.position = {x, y, z};
    inst.rotation = Quat::yaw(yaw);
    inst.scale = {scale, scale, scale};
    QJsonObject props = p.properties;
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        props.insert(it.key(), it.value());
    inst.properties = props;
    m_out.instances.append(inst);
    return true;
}

Vec3 Layout::focalPoint()
{
    // The centre first, then a golden-angle spiral outwards.
    const int k = m_focal++;
    if (k == 0)
        return {0, 0, 0};
    const double angle = m_focalPhase + k * 2.399963229728653;
    const double radius = m_size * std::min(0.38, 0.16 + 0.05 * k);
    return {radius * std::cos(angle), 0, radius * std::sin(angle)};
}

void Layout::carveLake(const Vec3 &at, double radius, double depth)
{
    Terrain &t = m_out.terrain;
    const double water = t.waterLevel().value_or(0);
    for (int j = 0; j < t.resolution(); ++j)
        for (int i = 0; i < t.resolution(); ++i) {
            const double dx = t.x(i) - at.x, dz = t.z(j) - at.z, d = std::sqrt(dx * dx + dz * dz);
            const double h = t.at(i, j);
            if (d < radius)
                t.set(i, j, float(water - depth * (1 - (d / radius) * (d / radius)) - 0.2));
            else if (d < radius * 1.6) {
                const double k = (d - radius) / (0.6 * radius);
                t.set(i, j, float((water + 0.4) * (1 - k) + std::max(h, water + 0.4) * k));
            }
        }
}

void Layout::carveFeatures()
{
    const WorldSpec &spec = m_in.spec;
    Terrain &t = m_out.terrain;
    // A relation "X on/around/in F" makes F a focal feature: those go first, at the centre.
    QList<int> order;
    for (int i = 0; i < spec.objects.size(); ++i)
        if (spec.objects[i].feature != Feature::None) {
            bool targeted = false;
            for (const ObjectRequest &o : spec.objects)
                targeted = targeted || o.target == i;
            if (targeted)
                order.prepend(i);
            else
                order.append(i);
        }
    bool needsWater = false;
    for (int i : std::as_const(order))
        needsWater = needsWater || spec.objects[i].feature == Feature::Lake || spec.objects[i].feature == Feature::Pond
                     || spec.objects[i].feature == Feature::River;
    if (needsWater && !t.waterLevel()) {
        // Water below all the existing ground, so only the carved features hold it.
        float lowest = t.heights().isEmpty() ? 0 : *std::min_element(t.heights().cbegin(), t.heights().cend());
        t.setWaterLevel(std::floor(double(lowest) - 0.6));
    }
    for (int i : std::as_const(order)) {
        const ObjectRequest &o = spec.objects[i];
        for (int c = 0; c < std::min(o.count, 4); ++c) {
            const Vec3 at = focalPoint();
            double radius = 0;
            const double water = t.waterLevel().value_or(0);
            switch (o.feature) {
            case Feature::Lake: radius = 22 * o.scale; break;
            case Feature::Pond: radius = 9 * o.scale; break;
            case Feature::Hill: radius = 20 * o.scale; break;
            case Feature::Clearing: radius = 14 * o.scale; break;
            case Feature::Plaza: radius = 12 * o.scale; break;
            case Feature::River: radius = 4 * o.scale; break;
            case Feature::None: break;
            }
            if (o.feature == Feature::River) {
                // A meandering channel across the map through the focal point.
                const double angle = range(m_prng, 0, kPi);
                const double dx = std::cos(angle), dz = std::sin(angle);
                WorldPath river{QStringLiteral("river"), 2 * radius, {}};
                for (int s = 0; s <= 48; ++s) {
                    const double along = (double(s) / 48 - 0.5) * m_size * 1.5;
                    const double side = 10 * std::sin(along / 25);
                    river.points.append({at.x + along * dx - side * dz, water, at.z + along * dz + side * dx});
                }
                for (int j = 0; j < t.resolution(); ++j)
                    for (int ii = 0; ii < t.resolution(); ++ii) {
                        double best = 1e9;
                        for (qsizetype s = 1; s < river.points.size(); ++s) {
                            const Vec3 &a = river.points[s - 1], &b = river.points[s];
                            const double vx = b.x - a.x, vz = b.z - a.z, wx = t.x(ii) - a.x, wz = t.z(j) - a.z;
                            const double u = std::clamp((vx * wx + vz * wz) / (vx * vx + vz * vz), 0.0, 1.0);
                            const double ex = wx - u * vx, ez = wz - u * vz;
                            best = std::min(best, ex * ex + ez * ez);
                        }
                        const double d = std::sqrt(best);
                        const double h = t.at(ii, j);
                        if (d < radius)
                            t.set(ii, j, float(water - 1.6 * (1 - (d / radius) * (d / radius))));
                        else if (d < radius * 2.5)
                            t.set(ii, j, float(std::max(h, water + 0.4) * ((d - radius) / (1.5 * radius)) + (water + 0.4) * (1 - (d - radius) / (1.5 * radius))));
                    }
                m_out.paths.append(river);
                m_features.append({o.feature, at.x, at.z, radius, i});
                continue;
            }
            if (o.feature == Feature::Lake || o.feature == Feature::Pond) {
                carveLake(at, radius, o.feature == Feature::Lake ? 3 : 1.5);
                m_features.append({o.feature, at.x, at.z, radius, i});
                continue;
            }
            const double flatten = footprintRest(at.x, at.z, radius * 0.5);
            for (int j = 0; j < t.resolution(); ++j)
                for (int ii = 0; ii < t.resolution(); ++ii) {
                    const double dx = t.x(ii) - at.x, dz = t.z(j) - at.z, d = std::sqrt(dx * dx + dz * dz);
                    const double h = t.at(ii, j);
                    double nh = h;
                    if (o.feature == Feature::Hill) {
                        nh = h + 10 * o.scale * std::exp(-(d / radius) * (d / radius));
                    } else if (d < radius * 1.4) { // clearing, plaza: level
                        const double k = std::clamp((d - radius) / (0.4 * radius), 0.0, 1.0);
                        nh = flatten * (1 - k) + h * k;
                    }
                    t.set(ii, j, float(nh));
                }
            m_features.append({o.feature, at.x, at.z, radius, i});
            if (o.feature == Feature::Clearing || o.feature == Feature::Plaza)
                m_occ.add({at.x, at.z, radius, int(m_features.size()) - 1});
        }
        GroupPlace &g = m_groups[i];
        g.placed = true;
        // The group's place: its first feature.
        for (qsizetype f = 0; f < m_features.size(); ++f)
            if (m_features[f].objectIndex == i) {
                g = {true, m_features[f].x, m_features[f].z, m_features[f].radius, int(f)};
                break;
            }
    }
    // A hill's top is level where something stands on it.
    for (int i = 0; i < spec.objects.size(); ++i) {
        const ObjectRequest &o = spec.objects[i];
        if (o.relation != Relation::On || o.target < 0 || spec.objects[o.target].feature != Feature::Hill || m_groups[o.target].feature < 0)
            continue;
        const PlacedFeature &hill = m_features[m_groups[o.target].feature];
        const Prefab *p = o.prefabId.isEmpty() ? choosePrefab(o.category, m_in.settings, o.traits, 0) : PrefabCatalog::instance().find(o.prefabId);
        const double plateau = (p ? p->radius * o.scale * 1.15 : 4) + 2;
        const double top = t.heightAt(hill.x, hill.z);
        for (int j = 0; j < t.resolution(); ++j)
            for (int ii = 0; ii < t.resolution(); ++ii) {
                const double dx = t.x(ii) - hill.x, dz = t.z(j) - hill.z, d = std::sqrt(dx * dx + dz * dz);
                if (d < plateau * 1.5) {
                    const double k = std::clamp((d - plateau) / (0.5 * plateau), 0.0, 1.0);
                    t.set(ii, j, float(top * (1 - k) + t.at(ii, j) * k));
                }
            }
    }
}

void Layout::placeGroup(int index)
{
    const ObjectRequest &o = m_in.spec.objects[index];
    const PrefabCatalog &catalog = PrefabCatalog::instance();
    const Prefab *fixed = o.prefabId.isEmpty() ? nullptr : catalog.find(o.prefabId);
    QJsonObject extra{{QStringLiteral("source"), QStringLiteral("prompt")}};
    if (o.traits.contains(QStringLiteral("glow")))
        extra.insert(QStringLiteral("glow"), true);
    if (o.traits.contains(QStringLiteral("ruin")))
        extra.insert(QStringLiteral("ruined"), true);
    const qsizetype first = m_out.instances.size();
    int placed = 0;
    const GroupPlace target = o.target >= 0 ? m_groups[o.target] : GroupPlace{};
    const PlacedFeature *feature = target.feature >= 0 ? &m_features[target.feature] : nullptr;
    const bool waterTarget = feature && (feature->kind == Feature::Lake || feature->kind == Feature::Pond || feature->kind == Feature::River);
    Vec3 anchor{0, 0, 0};
    bool anchored = false;
    const double startAngle = range(m_prng, 0, 2 * kPi);
    // A named group looks alike ("three towers"); plants and rocks vary within what suits.
    const Prefab *groupPrefab = fixed ? fixed : choosePrefab(o.category, m_in.settings, o.traits, m_prng.next());
    for (int n = 0; n < o.count; ++n) {
        const Prefab *p = groupPrefab && !fixed && groupPrefab->type == PrefabType::Environment
                              ? choosePrefab(o.category, m_in.settings, o.traits, m_prng.next())
                              : groupPrefab;
        if (!p)
            break;
        const double scale = o.scale * (p->type == PrefabType::Building ? range(m_prng, 0.92, 1.08) : range(m_prng, 0.85, 1.15));
        const double r = p->radius * scale;
        bool ok = false;
        for (int attempt = 0; attempt < 60 && !ok; ++attempt) {
            double x = 0, z = 0, yaw = range(m_prng, 0, 2 * kPi);
            const Relation rel = target.placed ? o.relation : Relation::None;
            if (rel == Relation::Around || (waterTarget && p->placement != Placement::Water && rel != Relation::Near)) {
                const double ring = target.radius + r + 1.5 + (attempt / 6) * 1.5;
                const double a = startAngle + 2 * kPi * n / std::max(1, o.count) + (attempt % 6) * 0.08 * (attempt % 2 ? 1 : -1);
                x = target.x + ring * std::cos(a);
                z = target.z + ring * std::sin(a);
                yaw = std::atan2(target.x - x, target.z - z); // face the centre
            } else if ((rel == Relation::On || rel == Relation::In) && feature && p->placement == Placement::Water) {
                const double a = range(m_prng, 0, 2 * kPi), d = std::sqrt(unit(m_prng)) * std::max(0.0, feature->radius * 0.75 - r);
                x = feature->x + d * std::cos(a);
                z = feature->z + d * std::sin(a);
            } else if (rel == Relation::On && feature && feature->kind == Feature::Hill && n == 0 && attempt < 10) {
                x = feature->x + (attempt ? range(m_prng, -1, 1) * attempt * 0.5 : 0);
                z = feature->z + (attempt ? range(m_prng, -1, 1) * attempt * 0.5 : 0);
            } else if ((rel == Relation::In || rel == Relation::On) && feature) {
                const double a = range(m_prng, 0, 2 * kPi), d = std::sqrt(unit(m_prng)) * std::max(0.0, feature->radius - r);
                x = feature->x + d * std::cos(a);
                z = feature->z + d * std::sin(a);
            } else if (rel != Relation::None) { // near (or on / in an object): close around it
                const double a = range(m_prng, 0, 2 * kPi), d = target.radius + r + range(m_prng, 1, 12) + attempt * 0.5;
                x = target.x + d * std::cos(a);
                z = target.z + d * std::sin(a);
            } else if (p->placement == Placement::Water) {
                if (!m_out.terrain.waterLevel())
                    break;
                x = range(m_prng, -m_size / 2, m_size / 2);
                z = range(m_prng, -m_size / 2, m_size / 2);
            } else {
                // No relation: the group gathers at a focal point of its own.
                if (!anchored || attempt == 30) {
                    anchor = focalPoint();
                    anchored = true;
                }
                const double spread = n == 0 && attempt < 8 ? attempt * 1.5 : r * 2 + std::sqrt(double(o.count)) * (r * 2 + 2) * 0.8 + attempt * 0.5;
                const double a = range(m_prng, 0, 2 * kPi), d = std::sqrt(unit(m_prng)) * spread;
                x = anchor.x + d * std::cos(a);
                z = anchor.z + d * std::sin(a);
            }
            const int allow = feature && (rel == Relation::In || rel == Relation::On) ? target.feature : -2;
            ok = tryPlace(*p, x, z, scale, yaw, extra, allow);
        }
        placed += ok;
    }
    if (placed < o.count)
        m_out.notes << QStringLiteral("%1 of %2 '%3' did not fit and were left out").arg(o.count - placed).arg(o.count).arg(o.words);
    // Where the group ended up, for the relations that refer to it.
    GroupPlace &g = m_groups[index];
    g.placed = placed > 0;
    if (placed > 0) {
        double sx = 0, sz = 0;
        for (qsizetype k = first; k < m_out.instances.size(); ++k) {
            sx += m_out.instances[k].position.x;
            sz += m_out.instances[k].position.z;
        }
        g.x = sx / placed;
        g.z = sz / placed;
        g.radius = 0;
        for (qsizetype k = first; k < m_out.instances.size(); ++k) {
            const PrefabInstance &inst = m_out.instances[k];
            const double dx = inst.position.x - g.x, dz = inst.position.z - g.z;
            const Prefab *p = catalog.find(inst.prefabId);
            g.radius = std::max(g.radius, std::sqrt(dx * dx + dz * dz) + p->radius * inst.scale.x);
        }
        const Prefab *p0 = catalog.find(m_out.instances[first].prefabId);
        if (p0->type == PrefabType::Building)
            m_landmarkGroups << index;
    }
}

void Layout::buildPaths()
{
    const Biome biome = m_in.settings.biome;
    const bool settled = biome == Biome::City || biome == Biome::Village || biome == Biome::Ruins;
    if (m_landmarkGroups.size() < 2 && !(settled && m_landmarkGroups.size() == 1))
        return;
    const bool road = biome == Biome::City || biome == Biome::SpaceStation;
    const double width = road ? 6 : 2.5;
    QList<Vec3> nodes;
    QList<double> radii;
    for (int g : std::as_const(m_landmarkGroups)) {
        nodes << Vec3{m_groups[g].x, 0, m_groups[g].z};
        radii << m_groups[g].radius;
    }
    if (nodes.size() == 1) { // one landmark in a settlement: a path out to the edge
        nodes << Vec3{nodes[0].x + m_size * 0.45, 0, nodes[0].z};
        radii << 0;
    }
    // Prim's minimum spanning tree over the landmarks.
    QList<bool> in(nodes.size(), false);
    in[0] = true;
    for (qsizetype added = 1; added < nodes.size(); ++added) {
        qsizetype bestA = -1, bestB = -1;
        double best = 1e18;
        for (qsizetype a = 0; a < nodes.size(); ++a)
            for (qsizetype b = 0; b < nodes.size(); ++b)
                if (in[a] && !in[b]) {
                    const double d = (nodes[a] - nodes[b]).length();
                    if (d < best)
                        best = d, bestA = a, bestB = b;
                }
        in[bestB] = true;
        const Vec3 from = nodes[bestA], to = nodes[bestB];
        const double length = (to - from).length();
        const double start = radii[bestA] + 1, end = length - radii[bestB] - 1;
        if (end - start < 4)
            continue;
        WorldPath path{road ? QStringLiteral("road") : QStringLiteral("path"), width, {}};
        bool wet = false;
        const int steps = std::max(2, int((end - start) / 3));
        for (int s = 0; s <= steps; ++s) {
            const double along = start + (end - start) * s / steps;
            const Vec3 p = from + (to - from) * (along / length);
            wet = wet || m_out.terrain.underWater(p.x, p.z, 0.1);
            path.points << Vec3{p.x, m_out.terrain.heightAt(p.x, p.z) + 0.05, p.z};
        }
        if (wet)
            continue; // no path through water
        for (const Vec3 &p : std::as_const(path.points))
            m_occ.add({p.x, p.z, width / 2});
        m_out.paths << path;
    }
}

void Layout::scatter(int target)
{
    const BiomeScatter primary = scatterFor(m_in.settings.biome);
    QList<ScatterEntry> entries = primary.entries;
    if (m_in.settings.secondBiome)
        for (const ScatterEntry &e : scatterFor(*m_in.settings.secondBiome).entries)
            entries.append({e.category, std::max(1, e.weight / 2), e.clustered});
    int total = 0;
    for (const ScatterEntry &e : std::as_const(entries))
        total += e.weight;
    if (total <= 0 || target <= 0)
        return;
    // Cluster centres for the clustered kinds; everything else is spread evenly.
    QList<Vec3> clusters;
    const int clusterCount = std::max(3, target / 10);
    for (int c = 0; c < clusterCount; ++c)
        clusters << Vec3{range(m_prng, -m_size * 0.45, m_size * 0.45), 0, range(m_prng, -m_size * 0.45, m_size * 0.45)};
    QList<QList<const Prefab *>> choices;
    for (const ScatterEntry &e : std::as_const(entries))
        choices << bestPrefabs(QString::fromLatin1(e.category), m_in.settings, {});
    const QJsonObject extra{{QStringLiteral("source"), QStringLiteral("scatter")}};
    const int maxAttempts = target * 25;
    int placed = 0;
    for (int attempt = 0; attempt < maxAttempts && placed < target; ++attempt) {
        int pick = int(m_prng.below(quint64(total)));
        qsizetype chosen = 0;
        for (qsizetype e = 0; e < entries.size(); ++e) {
            if (pick < entries[e].weight) {
                chosen = e;
                break;
            }
            pick -= entries[e].weight;
        }
        const ScatterEntry *entry = &entries[chosen];
        const QList<const Prefab *> &options = choices[chosen];
        if (options.isEmpty())
            continue;
        const Prefab *p = options[qsizetype(m_prng.below(quint64(options.size())))];
        double x, z;
        if (entry->clustered) {
            const Vec3 &c = clusters[qsizetype(m_prng.below(quint64(clusters.size())))];
            // Roughly Gaussian around the centre: the sum of two uniforms.
            x = c.x + (range(m_prng, -1, 1) + range(m_prng, -1, 1)) * 14;
            z = c.z + (range(m_prng, -1, 1) + range(m_prng, -1, 1)) * 14;
        } else {
            x = range(m_prng, -m_size / 2, m_size / 2);
            z = range(m_prng, -m_size / 2, m_size / 2);
        }
        const double scale = range(m_prng, 0.8, 1.25);
        placed += tryPlace(*p, x, z, scale, range(m_prng, 0, 2 * kPi), extra);
    }
}

void Layout::spawnPoints()
{
    // Walkable ground near the centre, clear of everything, at least 8 m apart.
    QList<Vec3> spawns;
    for (int k = 0; k < 400 && spawns.size() < 4; ++k) {
        const double a = k * 2.399963229728653, d = 4 + 2.2 * std::sqrt(double(k)) * 3;
        const double x = d * std::cos(a), z = d * std::sin(a);
        const Terrain &t = m_out.terrain;
        if (!t.inside(x, z, 2) || t.underWater(x, z, 0.2) || t.slopeAt(x, z) > 0.35 || !m_occ.fits(x, z, 1.0))
            continue;
        bool apart = true;
        for (const Vec3 &s : std::as_const(spawns))
            apart = apart && (Vec3{x, 0, z} - Vec3{s.x, 0, s.z}).length() >= 8;
        if (apart)
            spawns << Vec3{x, t.heightAt(x, z), z};
    }
    m_out.spawnPoints = spawns;
    if (spawns.isEmpty())
        m_out.notes << QStringLiteral("no walkable ground for a spawn point");
}

int Layout::instanceCountOfGroups() const { return int(m_out.instances.size()); }

void Layout::run()
{
    const WorldSpec &spec = m_in.spec;
    const BiomeScatter scatterInfo = scatterFor(m_in.settings.biome);
    const double perThousand = std::max(0.05, scatterInfo.perThousand * m_in.settings.density);
    int asked = 0;
    for (const ObjectRequest &o : spec.objects)
        asked += o.feature == Feature::None ? o.count : 0;
    // The size: room for what is asked (or for the requested object count) at the setting's density.
    if (m_in.objectCount > 0)
        m_size = std::clamp(std::sqrt(m_in.objectCount / perThousand * 1000), 120.0, 900.0);
    else
        m_size = std::clamp(120 + 8 * std::sqrt(double(asked)) * 4, 160.0, 600.0);
    m_focalPhase = range(m_prng, 0, 2 * kPi);
    m_out.terrain = makeBaseTerrain(m_in.settings.biome, m_size, m_in.seed);
    m_occ = Occupancy(m_size, 8);
    m_groups = QList<GroupPlace>(spec.objects.size());
    m_out.instances.reserve(m_in.objectCount > 0 ? m_in.objectCount + 16 : 256);

    // Water for floating things that were given none.
    bool wantsWater = false;
    for (const ObjectRequest &o : spec.objects) {
        const Prefab *p = o.prefabId.isEmpty() ? choosePrefab(o.category, m_in.settings, o.traits, 0) : PrefabCatalog::instance().find(o.prefabId);
        wantsWater = wantsWater || (p && p->placement == Placement::Water && o.target < 0);
    }
    carveFeatures();
    if (wantsWater && !m_out.terrain.waterLevel()) {
        float lowest = *std::min_element(m_out.terrain.heights().cbegin(), m_out.terrain.heights().cend());
        m_out.terrain.setWaterLevel(std::floor(double(lowest) - 0.6));
    }
    if (wantsWater && m_features.isEmpty() && m_in.settings.biome != Biome::OceanCoast && m_in.settings.biome != Biome::Island) {
        // A lake of its own so the boats have water: carved like a named one.
        m_out.notes << QStringLiteral("added a lake for the floating objects");
        const Vec3 at = focalPoint();
        carveLake(at, 22, 3);
        m_features.append({Feature::Lake, at.x, at.z, 22, -1});
    }

    // Targets before the objects that refer to them; objects without relations first.
    QList<int> pending;
    for (int i = 0; i < spec.objects.size(); ++i)
        if (spec.objects[i].feature == Feature::None)
            pending << i;
    for (int pass = 0; pass < 4 && !pending.isEmpty(); ++pass) {
        QList<int> later;
        for (int i : std::as_const(pending)) {
            const ObjectRequest &o = spec.objects[i];
            const bool ready = o.target < 0 || m_groups[o.target].placed || pass == 3;
            if (ready)
                placeGroup(i);
            else
                later << i;
        }
        pending = later;
    }
    buildPaths();
    const int placedByPrompt = instanceCountOfGroups();
    const int scatterTarget = m_in.objectCount > 0 ? std::max(0, m_in.objectCount - placedByPrompt)
                                                   : int(std::lround(m_size * m_size / 1000 * perThousand));
    scatter(std::min(scatterTarget, kMaxGeneratedObjects - placedByPrompt));
    spawnPoints();

    for (const PlacedFeature &f : std::as_const(m_features))
        m_out.features.append(QJsonObject{{QStringLiteral("kind"), featureName(f.kind)},
                                          {QStringLiteral("center"), QJsonObject{{QStringLiteral("x"), std::round(f.x * 1000) / 1000},
                                                                                 {QStringLiteral("z"), std::round(f.z * 1000) / 1000}}},
                                          {QStringLiteral("radius"), std::round(f.radius * 1000) / 1000}});
}

} // namespace

QList<const Prefab *> bestPrefabs(const QString &category, const ResolvedSettings &s, const QStringList &traits)
{
    const QList<const Prefab *> candidates = PrefabCatalog::instance().inCategory(category);
    int best = -1000;
    QList<const Prefab *> top;
    const QString biome = biomeName(s.biome), type = worldTypeName(s.worldType);
    const QString second = s.secondBiome ? biomeName(*s.secondBiome) : QString();
    for (const Prefab *p : candidates) {
        int score = 0;
        score += p->tags.contains(biome) ? 3 : 0;
        score += p->tags.contains(type) ? 2 : 0;
        score += !second.isEmpty() && p->tags.contains(second) ? 1 : 0;
        score += s.mood == QLatin1String("eerie") && p->tags.contains(QStringLiteral("spooky")) ? 1 : 0;
        for (const QString &t : traits)
            score += p->tags.contains(t) ? 4 : 0;
        // Glowing things only where something magical, alien or asked-for suits them.
        if (p->tags.contains(QStringLiteral("glow")) && !traits.contains(QStringLiteral("glow")) && p->type == PrefabType::Environment
            && s.worldType != WorldType::Fantasy && s.worldType != WorldType::Surreal && s.biome != Biome::AlienPlanet)
            score -= 3;
        if (score > best) {
            best = score;
            top.clear();
        }
        if (score == best)
            top << p;
    }
    return top;
}

const Prefab *choosePrefab(const QString &category, const ResolvedSettings &s, const QStringList &traits, quint64 pick)
{
    const QList<const Prefab *> top = bestPrefabs(category, s, traits);
    return top.isEmpty() ? nullptr : top[qsizetype(pick % quint64(top.size()))];
}

void layOutWorld(const LayoutInput &in, Blueprint &out)
{
    Layout layout(in, out);
    layout.run();
}

} // namespace nexus::worlds
