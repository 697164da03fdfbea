// The catalog's contents: prefabs across all eight prefab types. Each mesh is a handful of
// primitives sized in metres; colours are sRGB.

#include "prefabcatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace nexus::worlds {

namespace {

MeshPart part(Shape s, Vec3 c, Vec3 size, quint32 rgb, double glow = 0, int segments = 0)
{
    return MeshPart{s, c, size, rgb, glow, segments};
}
MeshPart box(Vec3 c, Vec3 s, quint32 rgb, double glow = 0) { return part(Shape::Box, c, s, rgb, glow); }
MeshPart cyl(Vec3 c, Vec3 s, quint32 rgb, int seg = 0, double glow = 0) { return part(Shape::Cylinder, c, s, rgb, glow, seg); }
MeshPart cone(Vec3 c, Vec3 s, quint32 rgb, int seg = 0, double glow = 0) { return part(Shape::Cone, c, s, rgb, glow, seg); }
MeshPart ball(Vec3 c, Vec3 s, quint32 rgb, double glow = 0) { return part(Shape::Sphere, c, s, rgb, glow); }
MeshPart ring(Vec3 c, Vec3 s, quint32 rgb, double glow = 0) { return part(Shape::Torus, c, s, rgb, glow); }

constexpr quint32 kStone = 0x9a9a94, kDarkStone = 0x6f6f6a, kWood = 0x8b5a2b, kDarkWood = 0x5c3b1e, kLeaf = 0x3f8f3a,
                  kDarkLeaf = 0x2e6b2e, kRoofRed = 0xa8432f, kRoofBlue = 0x3d5a98, kMetal = 0xb8c0c8, kGlass = 0x7fb8d8,
                  kWhite = 0xeeeeee, kGold = 0xd4af37, kSand = 0xd8c28a, kCyan = 0x44e0ff, kMagenta = 0xd04cff;

QList<Prefab> buildCatalog()
{
    QList<Prefab> c;
    const auto add = [&c](const char *id, const char *name, PrefabType type, const char *category, const char *description,
                          QStringList tags, double radius, double height, QList<MeshPart> parts, QJsonObject props = {},
                          Placement placement = Placement::Ground) {
        c.append(Prefab{QString::fromLatin1(id), QString::fromLatin1(name), type, QString::fromLatin1(category),
                        QString::fromLatin1(description), std::move(tags), radius, height, placement, std::move(parts), std::move(props)});
    };
    using T = PrefabType;
    using L = QStringList;
    const auto S = [](const char *s) { return QString::fromLatin1(s); };

    // Buildings
    add("fantasy_castle_01", "Medieval Castle", T::Building, "castle", "A grand medieval castle with towers and battlements",
        L{S("fantasy"), S("medieval"), S("castle"), S("building"), S("historical")}, 14, 22,
        {box({0, 5, 0}, {18, 10, 18}, kStone), box({0, 11, 0}, {10, 12, 10}, kStone), cone({0, 19.5, 0}, {11, 5, 11}, kRoofBlue, 4),
         cyl({-9, 7, -9}, {5, 14, 5}, kStone), cyl({9, 7, -9}, {5, 14, 5}, kStone), cyl({-9, 7, 9}, {5, 14, 5}, kStone),
         cyl({9, 7, 9}, {5, 14, 5}, kStone), cone({-9, 16, -9}, {6, 4, 6}, kRoofRed), cone({9, 16, -9}, {6, 4, 6}, kRoofRed),
         cone({-9, 16, 9}, {6, 4, 6}, kRoofRed), cone({9, 16, 9}, {6, 4, 6}, kRoofRed), box({0, 2, 9.2}, {4, 4, 0.6}, kDarkWood)},
        {{S("theme"), S("medieval")}, {S("size"), S("large")}});
    add("space_station_01", "Space Station Alpha", T::Building, "station", "A futuristic space station with docking bays",
        L{S("sci_fi"), S("space"), S("station"), S("building"), S("space_station"), S("moon"), S("alien_planet")}, 16, 14,
        {cyl({0, 3, 0}, {10, 6, 10}, kMetal, 24), ring({0, 6, 0}, {30, 2.4, 30}, kMetal), ball({0, 8, 0}, {9, 7, 9}, kGlass, 0.15),
         cyl({0, 11, 0}, {1, 6, 1}, kMetal), ball({0, 14, 0}, {1.2, 1.2, 1.2}, kCyan, 1), box({13, 6, 0}, {4, 1.2, 2}, kMetal),
         box({-13, 6, 0}, {4, 1.2, 2}, kMetal)},
        {{S("docking_bays"), 2}});
    add("modern_building_01", "Modern Office Building", T::Building, "office", "A sleek modern office building with glass facade",
        L{S("modern"), S("urban"), S("building"), S("office"), S("city"), S("realistic")}, 9, 30,
        {box({0, 13, 0}, {14, 26, 12}, kGlass, 0.05), box({0, 26.5, 0}, {14.4, 1, 12.4}, kMetal), box({0, 28, 0}, {5, 2, 4}, kMetal),
         box({0, 1.5, 6.3}, {4, 3, 0.6}, kDarkStone)},
        {{S("floors"), 8}});
    add("skyscraper_01", "Glass Skyscraper", T::Building, "skyscraper", "A tall tower of glass and steel with a spire",
        L{S("urban"), S("city"), S("modern"), S("sci_fi"), S("building"), S("tall")}, 8, 70,
        {box({0, 20, 0}, {12, 40, 12}, kGlass, 0.08), box({0, 50, 0}, {9, 20, 9}, kGlass, 0.08), box({0, 62.5, 0}, {6, 5, 6}, kMetal),
         cyl({0, 67.5, 0}, {0.6, 5, 0.6}, kMetal), ball({0, 70, 0}, {0.8, 0.8, 0.8}, 0xff4040, 1)},
        {{S("floors"), 40}});
    add("medieval_tower_01", "Stone Tower", T::Building, "tower", "A round stone watchtower with a pointed roof",
        L{S("fantasy"), S("medieval"), S("historical"), S("village"), S("ruins"), S("building")}, 3.5, 16,
        {cyl({0, 6, 0}, {6, 12, 6}, kStone, 16), cyl({0, 12.5, 0}, {7, 1, 7}, kDarkStone, 16), cone({0, 14.5, 0}, {7.4, 3.5, 7.4}, kRoofRed, 16),
         box({0, 1.5, 3}, {1.6, 3, 0.4}, kDarkWood)},
        {{S("theme"), S("medieval")}});
    add("wizard_tower_01", "Wizard's Tower", T::Building, "tower", "A slender crooked tower crowned with a glowing orb",
        L{S("fantasy"), S("magic"), S("glow"), S("surreal"), S("building")}, 3, 20,
        {cyl({0, 7, 0}, {5, 14, 5}, 0x6b5a8e, 16), cyl({0, 15, 0}, {4, 2, 4}, 0x4d3f70, 16), cone({0, 18, 0}, {5.4, 5, 5.4}, 0x3b2e63, 16),
         ball({0, 21, 0}, {1.4, 1.4, 1.4}, kMagenta, 1)},
        {{S("glow"), true}});
    add("cottage_01", "Thatched Cottage", T::Building, "house", "A small cottage with a thatched roof and a chimney",
        L{S("village"), S("meadow"), S("forest"), S("fantasy"), S("historical"), S("realistic"), S("building")}, 5, 7,
        {box({0, 1.75, 0}, {7, 3.5, 5.5}, 0xe6dcc3), cone({0, 5, 0}, {9, 3, 7.5}, 0xc9a227, 4), box({2.2, 5.2, 0}, {0.8, 3, 0.8}, kStone),
         box({0, 1.1, 2.8}, {1.2, 2.2, 0.2}, kDarkWood)},
        {{S("rooms"), 2}});
    add("town_house_01", "Town House", T::Building, "house", "A narrow two-storey town house with a red roof",
        L{S("city"), S("urban"), S("village"), S("historical"), S("realistic"), S("building")}, 4.5, 10,
        {box({0, 3, 0}, {6, 6, 6}, 0xd9c7a7), cone({0, 7.5, 0}, {8, 3, 8}, kRoofRed, 4), box({0, 1.1, 3.05}, {1.2, 2.2, 0.1}, kDarkWood),
         box({-1.6, 4, 3.05}, {1, 1.2, 0.1}, kGlass), box({1.6, 4, 3.05}, {1, 1.2, 0.1}, kGlass)});
    add("wooden_hut_01", "Wooden Hut", T::Building, "hut", "A simple hut of logs and straw",
        L{S("village"), S("jungle"), S("swamp"), S("island"), S("ocean_coast"), S("nature"), S("building")}, 3, 4.5,
        {cyl({0, 1.25, 0}, {4.4, 2.5, 4.4}, kWood, 10), cone({0, 3.5, 0}, {5.4, 2.2, 5.4}, 0xb89a4e, 10)});
    add("temple_ruin_01", "Temple Ruin", T::Building, "temple", "Broken columns on a worn stone platform",
        L{S("ruins"), S("historical"), S("ancient"), S("ruin"), S("desert"), S("jungle"), S("building")}, 8, 7,
        {box({0, 0.5, 0}, {13, 1, 10}, kSand), cyl({-5, 3.5, -3.5}, {1.2, 5, 1.2}, 0xe0d6c0), cyl({5, 3, -3.5}, {1.2, 4, 1.2}, 0xe0d6c0),
         cyl({-5, 2.5, 3.5}, {1.2, 3, 1.2}, 0xe0d6c0), cyl({5, 3.5, 3.5}, {1.2, 5, 1.2}, 0xe0d6c0), box({0, 6.3, -3.5}, {11.5, 0.8, 1.6}, 0xe0d6c0)},
        {{S("ruined"), true}});
    add("lighthouse_01", "Lighthouse", T::Building, "lighthouse", "A striped lighthouse with a lamp room",
        L{S("ocean_coast"), S("island"), S("realistic"), S("building"), S("tall"), S("glow")}, 3.5, 18,
        {cyl({0, 4, 0}, {5, 8, 5}, kWhite, 16), cyl({0, 10, 0}, {4.2, 4, 4.2}, 0xc0392b, 16), cyl({0, 13.5, 0}, {3.6, 3, 3.6}, kWhite, 16),
         cyl({0, 16, 0}, {2.4, 2, 2.4}, 0xfff2a8, 16, 1), cone({0, 17.8, 0}, {3.2, 1.6, 3.2}, 0x333333, 16)},
        {{S("light"), true}});
    add("windmill_01", "Windmill", T::Building, "windmill", "A stone windmill with four sails",
        L{S("village"), S("meadow"), S("historical"), S("realistic"), S("building")}, 4, 14,
        {cone({0, 5, 0}, {7, 10, 7}, 0xd8d0c0, 12), cone({0, 11, 0}, {4.2, 2.4, 4.2}, kDarkWood, 12), box({0, 10, 2.6}, {0.6, 11, 0.3}, kWood),
         box({0, 10, 2.7}, {11, 0.6, 0.3}, kWood)});
    add("igloo_01", "Igloo", T::Building, "igloo", "A dome of snow blocks with a low entrance",
        L{S("snow"), S("realistic"), S("building")}, 3, 2.6, {ball({0, 0, 0}, {5.2, 5.2, 5.2}, 0xf4f8fb), cyl({0, 0.7, 2.4}, {1.6, 1.4, 2}, 0xe6eef4, 10)});
    add("dome_habitat_01", "Dome Habitat", T::Building, "dome", "A pressurised glass dome on a metal ring",
        L{S("sci_fi"), S("space"), S("moon"), S("alien_planet"), S("space_station"), S("building")}, 7, 6,
        {cyl({0, 0.5, 0}, {13, 1, 13}, kMetal, 24), ball({0, 1, 0}, {12, 10, 12}, kGlass, 0.2), box({0, 1.2, 6.5}, {2.5, 2.4, 2}, kMetal)});
    add("pyramid_01", "Stone Pyramid", T::Building, "pyramid", "A stepped pyramid of sandstone",
        L{S("desert"), S("ancient"), S("historical"), S("ruins"), S("building")}, 11, 14,
        {cone({0, 7, 0}, {20, 14, 20}, kSand, 4), box({0, 0.5, 0}, {20, 1, 20}, 0xc9b27a)});
    add("market_stall_01", "Market Stall", T::Building, "stall", "A wooden stall with a striped awning",
        L{S("village"), S("city"), S("historical"), S("fantasy"), S("building")}, 2, 3,
        {box({0, 0.5, 0}, {3, 1, 1.6}, kWood), box({-1.4, 1.4, -0.7}, {0.15, 2.8, 0.15}, kDarkWood), box({1.4, 1.4, -0.7}, {0.15, 2.8, 0.15}, kDarkWood),
         box({0, 2.8, 0}, {3.4, 0.2, 2}, 0xd94f4f)});

    // Vehicles
    add("car_01", "City Car", T::Vehicle, "car", "A compact four-door car",
        L{S("city"), S("urban"), S("realistic"), S("modern"), S("vehicle")}, 2.3, 1.5,
        {box({0, 0.6, 0}, {1.8, 0.7, 4.2}, 0x2b6cb0), box({0, 1.2, -0.2}, {1.6, 0.6, 2.2}, kGlass), cyl({0, 0.35, 1.3}, {2, 0.7, 0.7}, 0x222222, 10),
         cyl({0, 0.35, -1.3}, {2, 0.7, 0.7}, 0x222222, 10)});
    add("boat_01", "Rowing Boat", T::Vehicle, "boat", "A small wooden rowing boat",
        L{S("ocean_coast"), S("island"), S("swamp"), S("realistic"), S("vehicle"), S("water")}, 2.2, 1,
        {box({0, 0.3, 0}, {1.5, 0.6, 3.8}, kWood), cone({0, 0.3, 2.2}, {1.5, 0.6, 1}, kWood, 4), box({0, 0.62, 0}, {1.3, 0.1, 0.3}, kDarkWood)}, {},
        Placement::Water);
    add("sailing_ship_01", "Sailing Ship", T::Vehicle, "ship", "A two-masted sailing ship",
        L{S("ocean_coast"), S("island"), S("historical"), S("fantasy"), S("vehicle"), S("water")}, 7, 14,
        {box({0, 1.2, 0}, {4, 2.4, 12}, kDarkWood), cone({0, 1.2, 7.2}, {4, 2.4, 2.4}, kDarkWood, 4), cyl({0, 7, -2}, {0.4, 10, 0.4}, kWood),
         cyl({0, 6, 3}, {0.4, 8, 0.4}, kWood), box({0, 8, -2}, {4.5, 5, 0.1}, kWhite), box({0, 7, 3}, {3.5, 4, 0.1}, kWhite)}, {}, Placement::Water);
    add("spaceship_01", "Scout Spaceship", T::Vehicle, "spaceship", "A sleek scout ship on landing struts",
        L{S("sci_fi"), S("space"), S("space_station"), S("moon"), S("alien_planet"), S("vehicle")}, 5, 3.5,
        {ball({0, 2, 0}, {3.5, 2, 9}, kMetal), cone({0, 2, 5}, {2, 1.6, 2}, kMetal, 12), ball({0, 2.6, 1.5}, {1.6, 1, 2.4}, kGlass, 0.3),
         box({0, 1.8, -1}, {9, 0.3, 3}, 0x8a96a3), cyl({0, 1.8, -4.6}, {1.2, 1.2, 0.6}, kCyan, 12, 1), cyl({-2, 0.5, 0}, {0.3, 1, 0.3}, 0x555555),
         cyl({2, 0.5, 0}, {0.3, 1, 0.3}, 0x555555)});
    add("rover_01", "Planet Rover", T::Vehicle, "rover", "A six-wheeled exploration rover",
        L{S("sci_fi"), S("moon"), S("alien_planet"), S("space"), S("desert"), S("vehicle")}, 2.2, 2,
        {box({0, 1, 0}, {2, 0.8, 3}, 0xe0e0e0), box({0, 1.7, 0.8}, {0.8, 0.6, 0.6}, kMetal), cyl({0, 0.4, 1.1}, {2.4, 0.8, 0.8}, 0x333333, 10),
         cyl({0, 0.4, 0}, {2.4, 0.8, 0.8}, 0x333333, 10), cyl({0, 0.4, -1.1}, {2.4, 0.8, 0.8}, 0x333333, 10), box({0, 1.5, -1}, {1.8, 0.05, 1}, 0x1b2a6b)});
    add("cart_01", "Hay Cart", T::Vehicle, "cart", "A two-wheeled wooden cart loaded with hay",
        L{S("village"), S("meadow"), S("historical"), S("fantasy"), S("vehicle")}, 1.8, 1.8,
        {box({0, 0.9, 0}, {1.6, 0.5, 2.6}, kWood), ball({0, 1.4, 0}, {1.4, 0.9, 2.2}, 0xd9b44a), cyl({0, 0.55, 0}, {2, 1.1, 1.1}, kDarkWood, 12)});

    // Characters
    add("knight_01", "Knight", T::Character, "knight", "An armoured knight with a shield",
        L{S("fantasy"), S("medieval"), S("historical"), S("character")}, 0.6, 1.9,
        {cyl({0, 0.45, 0}, {0.5, 0.9, 0.35}, kMetal), box({0, 1.2, 0}, {0.6, 0.7, 0.35}, kMetal), ball({0, 1.75, 0}, {0.32, 0.36, 0.32}, kMetal),
         cyl({0.4, 1.1, 0.1}, {0.7, 0.9, 0.1}, 0x1f4e9c)});
    add("villager_01", "Villager", T::Character, "villager", "A villager in a tunic and hood",
        L{S("village"), S("fantasy"), S("historical"), S("realistic"), S("city"), S("character")}, 0.5, 1.75,
        {cone({0, 0.55, 0}, {0.7, 1.1, 0.7}, 0x7a5c3e, 10), box({0, 1.25, 0}, {0.5, 0.4, 0.3}, 0x9c7a54), ball({0, 1.6, 0}, {0.28, 0.3, 0.28}, 0xe0b894)});
    add("robot_01", "Service Robot", T::Character, "robot", "A boxy robot with a glowing visor",
        L{S("sci_fi"), S("space_station"), S("city"), S("space"), S("character"), S("glow")}, 0.6, 1.8,
        {box({0, 0.4, 0}, {0.6, 0.8, 0.4}, 0x555f6b), box({0, 1.15, 0}, {0.8, 0.7, 0.5}, kMetal), box({0, 1.65, 0}, {0.45, 0.3, 0.4}, kMetal),
         box({0, 1.67, 0.21}, {0.35, 0.08, 0.02}, kCyan, 1)});
    add("alien_01", "Alien Wanderer", T::Character, "alien", "A tall thin alien with a large head",
        L{S("alien_planet"), S("sci_fi"), S("space"), S("surreal"), S("character")}, 0.5, 2.3,
        {cyl({0, 0.8, 0}, {0.35, 1.6, 0.35}, 0x7ccf6a), ball({0, 1.95, 0}, {0.7, 0.8, 0.7}, 0x8fe07d), ball({-0.15, 2, 0.3}, {0.18, 0.1, 0.05}, 0x111111),
         ball({0.15, 2, 0.3}, {0.18, 0.1, 0.05}, 0x111111)});
    add("dragon_01", "Dragon", T::Character, "dragon", "A winged dragon resting on its haunches",
        L{S("fantasy"), S("magic"), S("volcano"), S("mountains"), S("character")}, 6, 7,
        {ball({0, 2.5, 0}, {3.5, 3, 6}, 0x8c2b2b), ball({0, 4.5, 3.5}, {1.6, 1.6, 2.4}, 0x8c2b2b), cone({0, 2, -4.5}, {1.4, 1.4, 4}, 0x7a2323, 8),
         box({-3, 4, 0}, {4, 0.2, 3}, 0x5e1a1a), box({3, 4, 0}, {4, 0.2, 3}, 0x5e1a1a), cone({-0.5, 5.6, 3}, {0.3, 0.8, 0.3}, 0xeeeeee, 6),
         cone({0.5, 5.6, 3}, {0.3, 0.8, 0.3}, 0xeeeeee, 6)},
        {{S("animated"), true}});
    add("snowman_01", "Snowman", T::Character, "snowman", "Three snowballs with a carrot nose",
        L{S("snow"), S("character"), S("realistic")}, 0.7, 1.8,
        {ball({0, 0.5, 0}, {1.1, 1, 1.1}, kWhite), ball({0, 1.2, 0}, {0.8, 0.75, 0.8}, kWhite), ball({0, 1.65, 0}, {0.5, 0.5, 0.5}, kWhite),
         cone({0, 1.65, 0.35}, {0.1, 0.1, 0.3}, 0xf08a24, 6)});

    // Props
    add("barrel_01", "Barrel", T::Prop, "barrel", "An oak barrel with iron hoops",
        L{S("village"), S("historical"), S("fantasy"), S("ocean_coast"), S("prop")}, 0.5, 1,
        {cyl({0, 0.5, 0}, {0.8, 1, 0.8}, kWood, 12), ring({0, 0.2, 0}, {0.84, 0.06, 0.84}, 0x444444), ring({0, 0.8, 0}, {0.84, 0.06, 0.84}, 0x444444)});
    add("crate_01", "Crate", T::Prop, "crate", "A stack of wooden crates",
        L{S("village"), S("city"), S("ocean_coast"), S("space_station"), S("prop")}, 0.8, 1.4,
        {box({0, 0.4, 0}, {0.8, 0.8, 0.8}, 0xa67b45), box({0.6, 0.35, 0.3}, {0.7, 0.7, 0.7}, 0x9a6f3b), box({0.2, 1.1, 0.1}, {0.6, 0.6, 0.6}, 0xb0854d)});
    add("bench_01", "Park Bench", T::Prop, "bench", "A wooden bench on iron legs",
        L{S("city"), S("village"), S("meadow"), S("realistic"), S("prop")}, 1, 0.9,
        {box({0, 0.45, 0}, {1.8, 0.08, 0.5}, kWood), box({0, 0.75, -0.22}, {1.8, 0.4, 0.06}, kWood), box({-0.8, 0.22, 0}, {0.08, 0.45, 0.5}, 0x333333),
         box({0.8, 0.22, 0}, {0.08, 0.45, 0.5}, 0x333333)});
    add("fountain_01", "Fountain", T::Prop, "fountain", "A round stone fountain with a spout",
        L{S("city"), S("village"), S("fantasy"), S("historical"), S("prop"), S("water")}, 2.5, 2.2,
        {cyl({0, 0.3, 0}, {4.6, 0.6, 4.6}, kStone, 20), cyl({0, 0.55, 0}, {4, 0.1, 4}, 0x4a90c2, 20), cyl({0, 1.2, 0}, {0.6, 1.4, 0.6}, kStone),
         ball({0, 2, 0}, {1, 0.5, 1}, kStone)});
    add("statue_01", "Statue", T::Prop, "statue", "A figure on a stone plinth",
        L{S("city"), S("ruins"), S("historical"), S("fantasy"), S("prop")}, 1.2, 4,
        {box({0, 0.75, 0}, {1.6, 1.5, 1.6}, kStone), cyl({0, 2.3, 0}, {0.7, 1.6, 0.5}, 0xc9c6bd), ball({0, 3.4, 0}, {0.45, 0.5, 0.45}, 0xc9c6bd)});
    add("well_01", "Village Well", T::Prop, "well", "A stone well with a little roof",
        L{S("village"), S("meadow"), S("historical"), S("fantasy"), S("prop")}, 1.3, 2.8,
        {cyl({0, 0.45, 0}, {2, 0.9, 2}, kStone, 14), box({-0.9, 1.5, 0}, {0.15, 2, 0.15}, kWood), box({0.9, 1.5, 0}, {0.15, 2, 0.15}, kWood),
         cone({0, 2.6, 0}, {2.6, 0.9, 1.8}, kRoofRed, 4)});
    add("fence_01", "Fence Section", T::Prop, "fence", "Three metres of split-rail fence",
        L{S("village"), S("meadow"), S("realistic"), S("prop")}, 1.6, 1.1,
        {box({-1.4, 0.55, 0}, {0.12, 1.1, 0.12}, kWood), box({1.4, 0.55, 0}, {0.12, 1.1, 0.12}, kWood), box({0, 0.8, 0}, {3, 0.1, 0.06}, kWood),
         box({0, 0.45, 0}, {3, 0.1, 0.06}, kWood)});
    add("tent_01", "Camp Tent", T::Prop, "tent", "A canvas ridge tent",
        L{S("forest"), S("mountains"), S("desert"), S("meadow"), S("snow"), S("prop")}, 1.6, 1.6, {cone({0, 0.8, 0}, {2.4, 1.6, 2.8}, 0xc8733a, 4), box({0, 0.45, 1.05}, {0.7, 0.9, 0.05}, 0x7a3f1c), cyl({0, 1.75, 0}, {0.06, 0.3, 0.06}, kDarkWood, 6)});
    add("signpost_01", "Signpost", T::Prop, "signpost", "A post with arrows to the paths",
        L{S("village"), S("forest"), S("meadow"), S("prop")}, 0.4, 2.2,
        {cyl({0, 1.1, 0}, {0.15, 2.2, 0.15}, kWood), box({0.3, 1.8, 0}, {0.8, 0.2, 0.05}, kWood), box({-0.25, 1.5, 0}, {0.7, 0.2, 0.05}, kWood)});
    add("bridge_01", "Stone Bridge", T::Prop, "bridge", "A single-arch stone bridge",
        L{S("village"), S("fantasy"), S("historical"), S("forest"), S("prop")}, 5, 2.4,
        {box({0, 1.6, 0}, {3, 0.5, 10}, kStone), box({-1.4, 2.1, 0}, {0.2, 0.6, 10}, kDarkStone), box({1.4, 2.1, 0}, {0.2, 0.6, 10}, kDarkStone),
         box({0, 0.7, -4.3}, {3, 1.4, 1.4}, kStone), box({0, 0.7, 4.3}, {3, 1.4, 1.4}, kStone)});
    add("obelisk_01", "Obelisk", T::Prop, "obelisk", "A tall carved stone needle",
        L{S("desert"), S("ruins"), S("ancient"), S("historical"), S("surreal"), S("prop")}, 1, 8,
        {box({0, 0.3, 0}, {1.8, 0.6, 1.8}, kDarkStone), box({0, 3.8, 0}, {1, 6.4, 1}, kSand), cone({0, 7.5, 0}, {1, 1, 1}, kGold, 4)});
    add("pillar_01", "Broken Pillar", T::Prop, "pillar", "A fallen and broken marble column",
        L{S("ruins"), S("ancient"), S("ruin"), S("historical"), S("prop")}, 1, 3.5,
        {box({0, 0.2, 0}, {1.4, 0.4, 1.4}, 0xe0d6c0), cyl({0, 1.9, 0}, {1, 3, 1}, 0xe0d6c0, 12), cyl({1.6, 0.4, 0.5}, {0.8, 0.8, 2}, 0xd6ccb5, 12)},
        {{S("ruined"), true}});

    // Environment
    add("magic_tree_01", "Enchanted Tree", T::Environment, "tree", "A mystical tree with glowing leaves and magical aura",
        L{S("fantasy"), S("nature"), S("magic"), S("environment"), S("glow"), S("surreal")}, 3, 9,
        {cyl({0, 2.5, 0}, {1, 5, 1}, 0x4b3a5e, 8), ball({0, 6.5, 0}, {6, 5, 6}, 0x7b5cd6, 0.45), ball({1.5, 5, 1}, {3, 2.5, 3}, 0x9b7cf0, 0.6)},
        {{S("glow"), true}, {S("animated"), true}});
    add("oak_tree_01", "Oak Tree", T::Environment, "tree", "A broad deciduous oak",
        L{S("forest"), S("meadow"), S("village"), S("nature"), S("realistic"), S("environment"), S("city")}, 3, 9,
        {cyl({0, 2, 0}, {0.9, 4, 0.9}, kDarkWood, 8), ball({0, 6, 0}, {6, 5, 6}, kLeaf), ball({1.6, 5, -0.8}, {3.4, 3, 3.4}, kDarkLeaf)});
    add("pine_tree_01", "Pine Tree", T::Environment, "tree", "A tall conifer",
        L{S("forest"), S("snow"), S("mountains"), S("nature"), S("realistic"), S("environment")}, 2.2, 11,
        {cyl({0, 1.5, 0}, {0.6, 3, 0.6}, kDarkWood, 8), cone({0, 5, 0}, {4.4, 5, 4.4}, kDarkLeaf, 10), cone({0, 8, 0}, {3.2, 4, 3.2}, kDarkLeaf, 10),
         cone({0, 10, 0}, {1.8, 2, 1.8}, kDarkLeaf, 10)});
    add("palm_tree_01", "Palm Tree", T::Environment, "tree", "A leaning palm with a crown of fronds",
        L{S("ocean_coast"), S("island"), S("jungle"), S("desert"), S("nature"), S("environment")}, 2.5, 8,
        {cyl({0.3, 3.5, 0}, {0.5, 7, 0.5}, 0x9c7b4f, 8), ball({0.6, 7.3, 0}, {5, 0.8, 5}, 0x3c9a3c), ball({0.6, 7.2, 0}, {1, 1, 1}, 0x6b4a2a)});
    add("dead_tree_01", "Dead Tree", T::Environment, "tree", "A bare, twisted dead tree",
        L{S("swamp"), S("ruins"), S("volcano"), S("surreal"), S("environment"), S("spooky")}, 2, 6,
        {cyl({0, 2.5, 0}, {0.7, 5, 0.7}, 0x4a4036, 6), box({0.9, 4.2, 0}, {1.8, 0.25, 0.25}, 0x4a4036), box({-0.7, 3.5, 0.3}, {1.4, 0.2, 0.2}, 0x4a4036)});
    add("jungle_tree_01", "Jungle Giant", T::Environment, "tree", "A buttressed rainforest tree with a wide canopy",
        L{S("jungle"), S("nature"), S("environment"), S("island")}, 4, 14,
        {cyl({0, 4, 0}, {1.4, 8, 1.4}, 0x6b5233, 8), cone({0, 1, 0}, {3, 2, 3}, 0x6b5233, 6), ball({0, 11, 0}, {9, 5, 9}, 0x2f7d32)});
    add("cactus_01", "Saguaro Cactus", T::Environment, "cactus", "A tall cactus with two arms",
        L{S("desert"), S("canyon"), S("nature"), S("environment")}, 1, 4.5,
        {cyl({0, 2.2, 0}, {0.6, 4.4, 0.6}, 0x4f8a3c, 10), cyl({0.7, 2.6, 0}, {0.4, 1.6, 0.4}, 0x4f8a3c, 8), cyl({-0.7, 3, 0}, {0.4, 1.4, 0.4}, 0x4f8a3c, 8)});
    add("rock_01", "Rock", T::Environment, "rock", "A weathered grey rock",
        L{S("mountains"), S("meadow"), S("forest"), S("ocean_coast"), S("snow"), S("nature"), S("environment"), S("realistic")}, 1.2, 1.2,
        {ball({0, 0.4, 0}, {2.2, 1.6, 1.8}, 0x86847e), ball({0.6, 0.3, 0.4}, {1.2, 1, 1.1}, 0x77756f)});
    add("boulder_01", "Boulder", T::Environment, "rock", "A huge rounded boulder",
        L{S("mountains"), S("canyon"), S("desert"), S("volcano"), S("moon"), S("nature"), S("environment")}, 2.4, 3,
        {ball({0, 1.2, 0}, {4.4, 3.6, 4}, 0x8f7f6e), ball({-1, 0.6, 1}, {2, 1.6, 2}, 0x7d6e5f)});
    add("lava_rock_01", "Lava Rock", T::Environment, "rock", "Black rock veined with glowing lava",
        L{S("volcano"), S("alien_planet"), S("surreal"), S("environment"), S("glow")}, 1.5, 1.6,
        {ball({0, 0.6, 0}, {2.8, 2, 2.4}, 0x2a2522), box({0, 0.6, 0}, {2.2, 0.12, 0.2}, 0xff5a1f, 1)});
    add("bush_01", "Bush", T::Environment, "bush", "A round leafy shrub",
        L{S("forest"), S("meadow"), S("village"), S("city"), S("jungle"), S("nature"), S("environment")}, 1, 1.2,
        {ball({0, 0.6, 0}, {1.8, 1.2, 1.8}, 0x4a9a40), ball({0.5, 0.5, 0.3}, {1, 0.9, 1}, 0x3d8a35)});
    add("flowers_01", "Flower Patch", T::Environment, "flowers", "A patch of wildflowers",
        L{S("meadow"), S("village"), S("forest"), S("fantasy"), S("nature"), S("environment")}, 0.8, 0.4,
        {cyl({0, 0.1, 0}, {1.5, 0.2, 1.5}, 0x5aa04a, 10), ball({-0.3, 0.3, 0.2}, {0.25, 0.2, 0.25}, 0xe84a5f), ball({0.3, 0.3, -0.2}, {0.25, 0.2, 0.25}, 0xf7d038),
         ball({0.1, 0.3, 0.4}, {0.25, 0.2, 0.25}, 0x8e6ad8)});
    add("mushroom_01", "Toadstool", T::Environment, "mushroom", "A red-capped toadstool",
        L{S("forest"), S("swamp"), S("fantasy"), S("nature"), S("environment")}, 0.5, 0.9,
        {cyl({0, 0.3, 0}, {0.25, 0.6, 0.25}, 0xf2ead8, 8), ball({0, 0.65, 0}, {0.9, 0.5, 0.9}, 0xcf2e2e)});
    add("glowing_mushroom_01", "Glowing Mushroom", T::Environment, "mushroom", "A cluster of luminous blue mushrooms",
        L{S("fantasy"), S("magic"), S("swamp"), S("alien_planet"), S("surreal"), S("glow"), S("environment")}, 0.7, 1.2,
        {cyl({0, 0.4, 0}, {0.3, 0.8, 0.3}, 0xd8f0ff, 8), ball({0, 0.9, 0}, {1, 0.5, 1}, kCyan, 0.9), cyl({0.45, 0.25, 0.2}, {0.18, 0.5, 0.18}, 0xd8f0ff, 8),
         ball({0.45, 0.55, 0.2}, {0.5, 0.3, 0.5}, kCyan, 0.9)},
        {{S("glow"), true}});
    add("crystal_01", "Crystal Cluster", T::Environment, "crystal", "Sharp crystals growing from the ground",
        L{S("fantasy"), S("alien_planet"), S("surreal"), S("magic"), S("glow"), S("environment"), S("canyon")}, 1, 2.5,
        {cone({0, 1.2, 0}, {0.8, 2.4, 0.8}, kMagenta, 6, 0.6), cone({0.5, 0.8, 0.2}, {0.5, 1.6, 0.5}, 0xa070ff, 6, 0.6),
         cone({-0.4, 0.7, -0.3}, {0.5, 1.4, 0.5}, kCyan, 6, 0.6)},
        {{S("glow"), true}});
    add("reeds_01", "Reeds", T::Environment, "reeds", "Tall reeds at the water's edge",
        L{S("swamp"), S("ocean_coast"), S("meadow"), S("nature"), S("environment"), S("water")}, 0.8, 1.6,
        {cyl({0, 0.7, 0}, {0.1, 1.4, 0.1}, 0x7b8f3a, 4), cyl({0.3, 0.8, 0.2}, {0.1, 1.6, 0.1}, 0x7b8f3a, 4), cyl({-0.25, 0.6, 0.25}, {0.1, 1.2, 0.1}, 0x7b8f3a, 4),
         cyl({0.1, 0.75, -0.3}, {0.1, 1.5, 0.1}, 0x6b7f2a, 4)});
    add("iceberg_01", "Ice Floe", T::Environment, "iceberg", "A jagged block of floating ice",
        L{S("snow"), S("ocean_coast"), S("environment"), S("water")}, 3, 3, {cone({0, 1, 0}, {5, 3, 4.5}, 0xdff3fb, 5), box({0, 0.2, 0}, {5.5, 0.4, 5}, 0xc6e6f2)},
        {}, Placement::Water);
    add("asteroid_01", "Floating Rock", T::Environment, "asteroid", "A rock drifting above the ground",
        L{S("space"), S("alien_planet"), S("surreal"), S("space_station"), S("environment")}, 1.5, 2,
        {ball({0, 0, 0}, {3, 2.2, 2.6}, 0x6d6a75), ball({0.8, 0.4, 0.2}, {1.2, 1, 1}, 0x5d5a65)}, {{S("floating"), true}}, Placement::Air);

    // Lighting
    add("street_lamp_01", "Street Lamp", T::Lighting, "lamp", "An iron street lamp",
        L{S("city"), S("village"), S("urban"), S("historical"), S("lighting"), S("glow")}, 0.4, 4,
        {cyl({0, 0.1, 0}, {0.5, 0.2, 0.5}, 0x2d2d2d), cyl({0, 2, 0}, {0.16, 3.8, 0.16}, 0x2d2d2d), ball({0, 3.9, 0}, {0.5, 0.6, 0.5}, 0xffe08a, 1)},
        {{S("light_radius"), 8}});
    add("lantern_01", "Lantern Post", T::Lighting, "lantern", "A wooden post with a hanging lantern",
        L{S("village"), S("forest"), S("fantasy"), S("swamp"), S("lighting"), S("glow")}, 0.5, 2.4,
        {cyl({0, 1.2, 0}, {0.15, 2.4, 0.15}, kWood), box({0.25, 2.3, 0}, {0.5, 0.08, 0.08}, kWood), box({0.45, 1.95, 0}, {0.25, 0.35, 0.25}, 0xffc35a, 1)},
        {{S("light_radius"), 5}});
    add("torch_01", "Torch", T::Lighting, "torch", "A burning torch on a pole",
        L{S("ruins"), S("jungle"), S("fantasy"), S("historical"), S("volcano"), S("lighting"), S("glow")}, 0.3, 2,
        {cyl({0, 0.9, 0}, {0.1, 1.8, 0.1}, kDarkWood), cone({0, 2, 0}, {0.35, 0.5, 0.35}, 0xff8c2a, 8, 1)}, {{S("light_radius"), 4}});
    add("neon_sign_01", "Neon Sign", T::Lighting, "neon", "A glowing neon sign on two posts",
        L{S("city"), S("urban"), S("sci_fi"), S("lighting"), S("glow")}, 1.2, 3,
        {box({-1, 1, 0}, {0.1, 2, 0.1}, 0x333333), box({1, 1, 0}, {0.1, 2, 0.1}, 0x333333), box({0, 2.4, 0}, {2.4, 1, 0.15}, kMagenta, 1)}, {{S("light_radius"), 6}});
    add("light_crystal_01", "Light Pylon", T::Lighting, "pylon", "A tall pylon topped with a light crystal",
        L{S("sci_fi"), S("space_station"), S("alien_planet"), S("moon"), S("lighting"), S("glow")}, 0.6, 4.5,
        {cyl({0, 2, 0}, {0.4, 4, 0.4}, kMetal), cone({0, 4.3, 0}, {0.7, 0.8, 0.7}, kCyan, 6, 1)}, {{S("light_radius"), 10}});

    // Effects
    add("campfire_01", "Campfire", T::Effect, "campfire", "A crackling campfire ringed with stones",
        L{S("forest"), S("meadow"), S("desert"), S("snow"), S("village"), S("effect"), S("glow")}, 1, 1,
        {ring({0, 0.1, 0}, {1.6, 0.3, 1.6}, kStone), cone({0, 0.5, 0}, {0.8, 1, 0.8}, 0xff7a1a, 8, 1), cone({0.1, 0.4, 0.1}, {0.5, 0.7, 0.5}, 0xffd23a, 8, 1)},
        {{S("particles"), S("fire")}});
    add("fireflies_01", "Fireflies", T::Effect, "fireflies", "A swarm of drifting fireflies",
        L{S("forest"), S("swamp"), S("meadow"), S("fantasy"), S("effect"), S("glow")}, 1.5, 2,
        {ball({0, 1, 0}, {0.15, 0.15, 0.15}, 0xfff27a, 1), ball({0.8, 1.5, 0.3}, {0.15, 0.15, 0.15}, 0xfff27a, 1), ball({-0.6, 1.8, -0.5}, {0.15, 0.15, 0.15}, 0xfff27a, 1),
         ball({0.3, 0.6, -0.8}, {0.15, 0.15, 0.15}, 0xfff27a, 1)},
        {{S("particles"), S("fireflies")}});
    add("portal_01", "Portal", T::Effect, "portal", "A ring of stone holding a swirling portal",
        L{S("fantasy"), S("sci_fi"), S("surreal"), S("magic"), S("alien_planet"), S("effect"), S("glow")}, 2, 5,
        {box({0, 0.2, 0}, {4.4, 0.4, 1.4}, kDarkStone), cyl({0, 2.6, 0}, {3.4, 3.4, 0.3}, 0x7a4cff, 20, 0.9)},
        {{S("particles"), S("swirl")}});
    add("smoke_plume_01", "Smoke Plume", T::Effect, "smoke", "A column of rising smoke",
        L{S("volcano"), S("city"), S("village"), S("effect")}, 1.2, 6,
        {ball({0, 1.5, 0}, {1.6, 2, 1.6}, 0x8a8a8a), ball({0.3, 3.5, 0}, {2.2, 2.4, 2.2}, 0x9a9a9a), ball({0.6, 5.4, 0.2}, {2.8, 2, 2.8}, 0xaaaaaa)},
        {{S("particles"), S("smoke")}});
    add("magic_sparkles_01", "Magic Sparkles", T::Effect, "sparkles", "Glittering motes hanging in the air",
        L{S("fantasy"), S("magic"), S("surreal"), S("effect"), S("glow")}, 1, 2.5,
        {ball({0, 1.2, 0}, {0.25, 0.25, 0.25}, 0xffffff, 1), ball({0.5, 2, 0.3}, {0.2, 0.2, 0.2}, 0xffd6ff, 1), ball({-0.5, 1.6, -0.2}, {0.2, 0.2, 0.2}, 0xd6f4ff, 1)},
        {{S("particles"), S("sparkles")}});

    // UI
    add("hologram_display_01", "Holographic Display", T::Ui, "hologram", "A futuristic holographic interface display",
        L{S("sci_fi"), S("ui"), S("hologram"), S("display"), S("space_station"), S("city"), S("glow")}, 1, 3,
        {cyl({0, 0.15, 0}, {1.2, 0.3, 1.2}, kMetal, 16), box({0, 1.8, 0}, {2, 1.3, 0.05}, kCyan, 0.9)},
        {{S("interactive"), true}});
    add("info_board_01", "Information Board", T::Ui, "board", "A notice board with a map of the area",
        L{S("village"), S("city"), S("forest"), S("meadow"), S("ui")}, 1, 2.2,
        {box({-0.8, 1, 0}, {0.12, 2, 0.12}, kWood), box({0.8, 1, 0}, {0.12, 2, 0.12}, kWood), box({0, 1.5, 0}, {1.8, 1, 0.08}, 0xe8dcc0)},
        {{S("interactive"), true}});
    add("waypoint_marker_01", "Waypoint Marker", T::Ui, "waypoint", "A floating marker that shows where to go",
        L{S("ui"), S("sci_fi"), S("glow")}, 0.5, 3, {cone({0, 2.2, 0}, {0.6, 1, 0.6}, 0x3dd68c, 4, 1), ring({0, 0.05, 0}, {1, 0.1, 1}, 0x3dd68c, 1)},
        {{S("interactive"), true}});
    return c;
}

} // namespace

QJsonObject Prefab::toJson() const
{
    QJsonArray partList;
    for (const MeshPart &p : parts)
        partList.append(QJsonObject{{QStringLiteral("shape"), p.shape == Shape::Box        ? QStringLiteral("box")
                                                              : p.shape == Shape::Cylinder ? QStringLiteral("cylinder")
                                                              : p.shape == Shape::Cone     ? QStringLiteral("cone")
                                                              : p.shape == Shape::Sphere   ? QStringLiteral("sphere")
                                                                                           : QStringLiteral("torus")},
                                    {QStringLiteral("center"), QJsonArray{p.center.x, p.center.y, p.center.z}},
                                    {QStringLiteral("size"), QJsonArray{p.size.x, p.size.y, p.size.z}},
                                    {QStringLiteral("color"), QStringLiteral("#%1").arg(p.rgb, 6, 16, QLatin1Char('0'))},
                                    {QStringLiteral("emissive"), p.emissive}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), prefabTypeName(type)},
            {QStringLiteral("description"), description},
            {QStringLiteral("thumbnail_url"), QJsonValue::Null},
            {QStringLiteral("version"), QStringLiteral("1.0.0")},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("category"), category},
            {QStringLiteral("footprint_radius"), radius},
            {QStringLiteral("height"), height},
            {QStringLiteral("placement"), placement == Placement::Ground ? QStringLiteral("ground")
                                          : placement == Placement::Water ? QStringLiteral("water")
                                                                          : QStringLiteral("air")},
            {QStringLiteral("parts"), partList}};
}

const PrefabCatalog &PrefabCatalog::instance()
{
    static const PrefabCatalog catalog;
    return catalog;
}

PrefabCatalog::PrefabCatalog() : m_prefabs(buildCatalog()) {}

const Prefab *PrefabCatalog::find(const QString &id) const
{
    for (const Prefab &p : m_prefabs)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<const Prefab *> PrefabCatalog::inCategory(const QString &category) const
{
    QList<const Prefab *> out;
    for (const Prefab &p : m_prefabs)
        if (p.category == category)
            out << &p;
    return out;
}

QStringList PrefabCatalog::categories() const
{
    QStringList out;
    for (const Prefab &p : m_prefabs)
        if (!out.contains(p.category))
            out << p.category;
    return out;
}

QList<const Prefab *> PrefabCatalog::ofType(std::optional<PrefabType> type) const
{
    QList<const Prefab *> out;
    for (const Prefab &p : m_prefabs)
        if (!type || p.type == *type)
            out << &p;
    return out;
}

QList<const Prefab *> PrefabCatalog::search(const QString &query, std::optional<PrefabType> type) const
{
    QStringList words;
    for (const QString &w : query.toLower().split(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), Qt::SkipEmptyParts))
        words << w;
    const auto wordPrefix = [](const QString &text, const QString &w) {
        for (const QString &t : text.toLower().split(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), Qt::SkipEmptyParts))
            if (t.startsWith(w))
                return true;
        return false;
    };
    QList<std::pair<int, const Prefab *>> hits;
    for (const Prefab &p : m_prefabs) {
        if (type && p.type != *type)
            continue;
        int score = 0;
        bool all = true;
        for (const QString &w : std::as_const(words)) {
            const bool inName = wordPrefix(p.name, w) || p.id.startsWith(w);
            const bool inTags = p.tags.contains(w) || p.category == w;
            const bool inDescription = wordPrefix(p.description, w);
            if (!inName && !inTags && !inDescription) {
                all = false;
                break;
            }
            score += inName ? 3 : inTags ? 2 : 1;
        }
        if (all)
            hits.append({score, &p});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second->id < b.second->id; });
    QList<const Prefab *> out;
    for (const auto &h : std::as_const(hits))
        out << h.second;
    return out;
}

} // namespace nexus::worlds
