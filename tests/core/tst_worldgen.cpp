// The offline world generator: the vocabulary and the catalog it maps into, prompt
// understanding (a table of prompts and what they must give), determinism, layout rules (no
// overlaps, everything resting on the terrain, walkable spawn points, relations honoured),
// catalog validity of every instance, and the blueprint's JSON round trip (ours and
// ImmersiVerse's).

#include "prefabcatalog.h"
#include "prefabmesh.h"
#include "worldgenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace nexus::worlds;

namespace {

QString objectsOf(const WorldSpec &s)
{
    QStringList out;
    for (const ObjectRequest &o : s.objects) {
        QString what = o.feature != Feature::None ? featureName(o.feature) : !o.prefabId.isEmpty() ? o.prefabId : o.category;
        QString text = QStringLiteral("%1x%2").arg(what).arg(o.count);
        if (!o.traits.isEmpty())
            text += QLatin1Char('+') + o.traits.join(QLatin1Char('+'));
        if (o.relation != Relation::None)
            text += QLatin1Char('@') + relationName(o.relation) + QString::number(o.target);
        out << text;
    }
    return out.join(QLatin1Char(' '));
}

double distance2d(const Vec3 &a, const Vec3 &b) { return std::hypot(a.x - b.x, a.z - b.z); }

const QStringList kPrompts{QStringLiteral("three towers around a lake in a misty forest at dusk"),
                           QStringLiteral("a castle on a hill surrounded by pine trees at sunset"),
                           QStringLiteral("a few glowing mushrooms in a dark swamp at night"),
                           QStringLiteral("a busy city street with cars, street lamps and a fountain in the rain"),
                           QStringLiteral("a lighthouse on the coast with two boats"),
                           QStringLiteral("an alien planet with crystals and a crashed spaceship"),
                           QStringLiteral("a desert oasis with a pyramid and a pond"),
                           QStringLiteral("a snowy village with five cottages, a well and a river"),
                           QStringLiteral("ancient ruins in the jungle with broken pillars and torches"),
                           QStringLiteral("a space station with robots and holograms"),
                           QStringLiteral("")};

} // namespace

class TestWorldGen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vocabularyIsLargeAndMapsIntoTheCatalog()
    {
        const Vocabulary &v = Vocabulary::instance();
        QVERIFY2(v.meaningfulCount() >= 150, qPrintable(QString::number(v.meaningfulCount())));
        const PrefabCatalog &c = PrefabCatalog::instance();
        QSet<QString> phrases;
        for (const Term &t : v.terms()) {
            QVERIFY2(!phrases.contains(t.phrase), qPrintable(QStringLiteral("'%1' is listed twice").arg(t.phrase)));
            phrases.insert(t.phrase);
            if (t.kind == TermKind::Object)
                QVERIFY2(!c.inCategory(t.value).isEmpty(), qPrintable(QStringLiteral("'%1' names the empty category %2").arg(t.phrase, t.value)));
            if (t.kind == TermKind::Prefab)
                QVERIFY2(c.find(t.value), qPrintable(t.value));
            if (t.kind == TermKind::Biome)
                QVERIFY(biomeFromName(t.value));
        }
    }

    void catalogCoversEveryTypeWithRealMeshes()
    {
        const PrefabCatalog &c = PrefabCatalog::instance();
        QVERIFY2(c.all().size() >= 40, qPrintable(QString::number(c.all().size())));
        QSet<QString> ids;
        QSet<PrefabType> types;
        for (const Prefab &p : c.all()) {
            QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
            ids.insert(p.id);
            types.insert(p.type);
            QVERIFY2(p.parts.size() >= 2, qPrintable(p.id + QStringLiteral(": a single primitive")));
            QVERIFY(!p.tags.isEmpty() && !p.description.isEmpty() && p.radius > 0 && p.height > 0);
            const Mesh m = buildPrefabMesh(p);
            QVERIFY(m.triangleCount() >= 12);
            QCOMPARE(m.normals.size(), m.positions.size());
            QCOMPARE(m.colors.size(), qsizetype(m.vertexCount()) * 4);
            for (quint32 i : m.indices)
                QVERIFY(i < quint32(m.vertexCount()));
            for (qsizetype k = 0; k < m.normals.size(); k += 3)
                QVERIFY(std::abs(std::hypot(m.normals[k], m.normals[k + 1], m.normals[k + 2]) - 1) < 1e-4);
            // The mesh stands on the ground within its footprint (generous for overhangs) and height.
            QVERIFY2(m.min.y >= -p.height - 0.01 && m.max.y <= p.height * 1.2 + 0.5, qPrintable(p.id));
            QVERIFY2(std::max(std::abs(m.min.x), std::abs(m.max.x)) <= p.radius * 2.2 + 0.5, qPrintable(p.id));
        }
        QCOMPARE(types.size(), 8);
        for (const char *id : {"fantasy_castle_01", "space_station_01", "magic_tree_01", "hologram_display_01", "modern_building_01"})
            QVERIFY2(c.find(QLatin1String(id)), id);
    }

    void meshFacesPointOutwards()
    {
        // Every triangle of a closed box or sphere faces away from its centre.
        for (Shape shape : {Shape::Box, Shape::Sphere, Shape::Cylinder}) {
            Mesh m;
            appendPart(m, MeshPart{shape, {0, 0, 0}, {2, 2, 2}, 0xffffff, 0, 12});
            for (qsizetype t = 0; t < m.indices.size(); t += 3) {
                Vec3 v[3];
                for (int k = 0; k < 3; ++k) {
                    const quint32 i = m.indices[t + k];
                    v[k] = {m.positions[3 * i], m.positions[3 * i + 1], m.positions[3 * i + 2]};
                }
                const Vec3 a = v[1] - v[0], b = v[2] - v[0];
                const Vec3 n{a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
                const Vec3 c = (v[0] + v[1] + v[2]) * (1.0 / 3);
                if (n.length() < 1e-9)
                    continue; // degenerate pole triangles
                QVERIFY(n.x * c.x + n.y * c.y + n.z * c.z > 0);
            }
        }
    }

    void catalogSearch()
    {
        const PrefabCatalog &c = PrefabCatalog::instance();
        const auto ids = [](const QList<const Prefab *> &list) {
            QStringList out;
            for (const Prefab *p : list)
                out << p->id;
            return out;
        };
        QVERIFY(ids(c.search(QStringLiteral("medieval"))).contains(QStringLiteral("fantasy_castle_01"))); // a tag
        QVERIFY(ids(c.search(QStringLiteral("glowing leaves"))).contains(QStringLiteral("magic_tree_01")));  // the description
        QCOMPARE(ids(c.search(QStringLiteral("castle"))).first(), QStringLiteral("fantasy_castle_01"));      // name hits first
        QVERIFY(c.search(QStringLiteral("zebra")).isEmpty());
        for (const Prefab *p : c.search(QStringLiteral("tree"), PrefabType::Environment))
            QCOMPARE(p->type, PrefabType::Environment);
        QVERIFY(c.search(QStringLiteral("tree"), PrefabType::Vehicle).isEmpty());
        QCOMPARE(c.search(QString()).size(), c.all().size());
    }

    void understandsPrompts_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("biome");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("weather");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("objects");
        QTest::addColumn<QStringList>("ignored");
        const QStringList none;
        QTest::newRow("towers around a lake") << "Three towers around a lake in a misty forest at dusk" << "forest" << "dusk" << "fog" << ""
                                              << "towerx3@around1 lakex1" << none;
        QTest::newRow("castle on a hill") << "a castle on a hill" << "" << "" << "" << "" << "castlex1@on1 hillx1" << none;
        QTest::newRow("glowing mushrooms") << "a few glowing mushrooms" << "" << "" << "" << "" << "mushroomx3+glow" << none;
        QTest::newRow("surrounded by") << "a castle surrounded by trees" << "" << "" << "" << "" << "castlex1 treex5@around0" << none;
        QTest::newRow("digits and plural") << "12 houses and 2 windmills in a village" << "village" << "" << "" << ""
                                           << "housex12 windmillx2" << none;
        QTest::newRow("two words") << "a space station with a spaceship" << "space_station" << "" << "" << "" << "spaceshipx1" << none;
        QTest::newRow("irregular plural") << "people and cacti" << "" << "" << "" << "" << "villagerx5 cactusx5" << none;
        QTest::newRow("prefab word") << "pine trees on a snowy mountain at night" << "snow" << "night" << "" << ""
                                     << "pine_tree_01x5" << none;
        QTest::newRow("second biome") << "a jungle by the beach" << "jungle" << "" << "" << "" << "" << none;
        QTest::newRow("world type") << "a sci-fi city in a thunderstorm" << "city" << "" << "storm" << "sci_fi" << "" << none;
        QTest::newRow("ignored words") << "a castle with purple zebras" << "" << "" << "" << "" << "castlex1" << QStringList{"purple", "zebras"};
        QTest::newRow("boats on the lake") << "two boats on a lake" << "" << "" << "" << "" << "boatx2@on1 lakex1" << none;
        QTest::newRow("ruined temple") << "a ruined temple" << "" << "" << "" << "" << "templex1+ruin" << none;
        QTest::newRow("huge count is clamped") << "5000 trees" << "" << "" << "" << "" << "treex200" << QStringList{"5000 (max 200)"};
        QTest::newRow("empty") << "" << "" << "" << "" << "" << "" << none;
        QTest::newRow("punctuation and case") << "A DRAGON, a Knight & a castle!!!" << "" << "" << "" << ""
                                               << "dragonx1 knightx1 castlex1" << none;
    }
    void understandsPrompts()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, biome);
        QFETCH(QString, time);
        QFETCH(QString, weather);
        QFETCH(QString, type);
        QFETCH(QString, objects);
        QFETCH(QStringList, ignored);
        const WorldSpec s = parsePrompt(prompt);
        QCOMPARE(s.biome ? biomeName(*s.biome) : QString(), biome);
        QCOMPARE(s.time ? timeOfDayName(*s.time) : QString(), time);
        QCOMPARE(s.weather ? weatherName(*s.weather) : QString(), weather);
        QCOMPARE(s.worldType ? worldTypeName(*s.worldType) : QString(), type);
        QCOMPARE(objectsOf(s), objects);
        QCOMPARE(s.ignored, ignored);
    }

    void settingsAreCompletedFromWhatWasSaid()
    {
        const auto resolved = [](const char *prompt) { return resolveSettings(parsePrompt(QLatin1String(prompt)), {}); };
        QCOMPARE(resolved("a dragon").worldType, WorldType::Fantasy);
        QCOMPARE(resolved("a dragon").biome, Biome::Forest);
        QCOMPARE(resolved("a lighthouse").biome, Biome::OceanCoast);
        QCOMPARE(resolved("a moon base").time, TimeOfDay::Night);
        QCOMPARE(resolved("a swamp").weather, Weather::Fog);
        GenerateOptions o;
        o.worldType = WorldType::Surreal;
        QCOMPARE(resolveSettings(parsePrompt(QStringLiteral("a dragon")), o).worldType, WorldType::Surreal);
    }

    void deterministic()
    {
        for (const QString &prompt : kPrompts) {
            GenerateOptions o;
            o.seed = 42;
            const QByteArray a = generateWorld(prompt, o).toCanonicalJson();
            QCOMPARE(generateWorld(prompt, o).toCanonicalJson(), a);
            o.seed = 43;
            QVERIFY2(generateWorld(prompt, o).toCanonicalJson() != a, qPrintable(prompt));
        }
    }

    void layoutRules()
    {
        const PrefabCatalog &c = PrefabCatalog::instance();
        for (const QString &prompt : kPrompts) {
            for (quint64 seed : {1, 2, 3}) {
                GenerateOptions o;
                o.seed = seed;
                const Blueprint b = generateWorld(prompt, o);
                const QString what = QStringLiteral("%1 (seed %2)").arg(prompt).arg(seed);
                QVERIFY2(b.instances.size() >= 10, qPrintable(what));
                QVERIFY2(!b.spawnPoints.isEmpty(), qPrintable(what));
                const Terrain &t = b.terrain;
                for (qsizetype i = 0; i < b.instances.size(); ++i) {
                    const PrefabInstance &a = b.instances[i];
                    const Prefab *p = c.find(a.prefabId);
                    QVERIFY2(p && p->type == a.type, qPrintable(what + a.prefabId));
                    QVERIFY(t.inside(a.position.x, a.position.z));
                    const double ra = p->radius * a.scale.x;
                    // Resting on the terrain: on the lowest point under the footprint, or afloat, or above.
                    double rest = t.heightAt(a.position.x, a.position.z);
                    for (int k = 0; k < 8; ++k)
                        rest = std::min(rest, t.heightAt(a.position.x + 0.7 * ra * std::cos(k * M_PI / 4), a.position.z + 0.7 * ra * std::sin(k * M_PI / 4)));
                    if (p->placement == Placement::Ground) {
                        QVERIFY2(std::abs(a.position.y - rest) < 0.002, qPrintable(what + a.prefabId));
                        QVERIFY2(!t.underWater(a.position.x, a.position.z), qPrintable(what + a.prefabId));
                    } else if (p->placement == Placement::Water) {
                        QVERIFY(t.waterLevel());
                        QCOMPARE(a.position.y, *t.waterLevel());
                        QVERIFY(t.underWater(a.position.x, a.position.z));
                    } else {
                        QVERIFY(a.position.y > rest);
                    }
                    // No two footprints overlap.
                    for (qsizetype j = i + 1; j < b.instances.size(); ++j) {
                        const PrefabInstance &bb = b.instances[j];
                        const double rb = c.find(bb.prefabId)->radius * bb.scale.x;
                        QVERIFY2(distance2d(a.position, bb.position) >= ra + rb,
                                 qPrintable(QStringLiteral("%1: %2 and %3 overlap").arg(what, a.prefabId, bb.prefabId)));
                    }
                    // A unit quaternion about +y, and a positive uniform scale.
                    QVERIFY(std::abs(std::hypot(a.rotation.y, a.rotation.w) - 1) < 1e-9 && a.rotation.x == 0 && a.rotation.z == 0);
                    QVERIFY(a.scale.x > 0 && a.scale.x == a.scale.y && a.scale.y == a.scale.z);
                }
                for (const Vec3 &s : b.spawnPoints) {
                    QVERIFY(std::abs(s.y - t.heightAt(s.x, s.z)) < 1e-9);
                    QVERIFY(!t.underWater(s.x, s.z));
                    for (const PrefabInstance &a : b.instances)
                        QVERIFY(distance2d(s, a.position) >= c.find(a.prefabId)->radius * a.scale.x);
                }
            }
        }
    }

    void relationsAreHonoured()
    {
        const PrefabCatalog &c = PrefabCatalog::instance();
        const auto featureOf = [](const Blueprint &b, const char *kind) {
            for (const QJsonValue &v : b.features)
                if (v[QStringLiteral("kind")].toString() == QLatin1String(kind))
                    return v.toObject();
            return QJsonObject();
        };
        const auto centre = [](const QJsonObject &f) { return Vec3{f[QStringLiteral("center")][QStringLiteral("x")].toDouble(), 0, f[QStringLiteral("center")][QStringLiteral("z")].toDouble()}; };

        // Three towers in a ring around the lake, on its shore, facing it.
        const Blueprint lake = generateWorld(QStringLiteral("three towers around a lake"));
        const QJsonObject l = featureOf(lake, "lake");
        QVERIFY(!l.isEmpty());
        int towers = 0;
        for (const PrefabInstance &i : lake.instances)
            if (c.find(i.prefabId)->category == QLatin1String("tower")) {
                ++towers;
                const double d = distance2d(i.position, centre(l));
                QVERIFY2(d > l[QStringLiteral("radius")].toDouble() && d < l[QStringLiteral("radius")].toDouble() + 16, qPrintable(QString::number(d)));
                const Vec3 forward = i.rotation.rotate({0, 0, 1});
                const Vec3 toLake = (centre(l) - Vec3{i.position.x, 0, i.position.z}).normalized();
                QVERIFY(forward.x * toLake.x + forward.z * toLake.z > 0.95);
            }
        QCOMPARE(towers, 3);

        // The castle stands on the hilltop: the highest ground around.
        const Blueprint hill = generateWorld(QStringLiteral("a castle on a hill"));
        const QJsonObject h = featureOf(hill, "hill");
        const PrefabInstance *castle = nullptr;
        for (const PrefabInstance &i : hill.instances)
            if (i.prefabId == QLatin1String("fantasy_castle_01"))
                castle = &i;
        QVERIFY(castle);
        QVERIFY(distance2d(castle->position, centre(h)) < 5);
        QVERIFY(castle->position.y > hill.terrain.heightAt(centre(h).x + 40, centre(h).z) + 4);

        // A few glowing mushrooms: three, glowing, together.
        const Blueprint mush = generateWorld(QStringLiteral("a few glowing mushrooms"));
        QList<Vec3> glowing;
        for (const PrefabInstance &i : mush.instances)
            if (i.properties.value(QStringLiteral("source")).toString() == QLatin1String("prompt")) {
                QCOMPARE(i.prefabId, QStringLiteral("glowing_mushroom_01"));
                QVERIFY(i.properties.value(QStringLiteral("glow")).toBool());
                glowing << i.position;
            }
        QCOMPARE(glowing.size(), 3);
        QVERIFY(distance2d(glowing[0], glowing[1]) < 20 && distance2d(glowing[0], glowing[2]) < 20);

        // Boats float on water the prompt did not name.
        const Blueprint boats = generateWorld(QStringLiteral("two boats in a meadow"));
        int afloat = 0;
        for (const PrefabInstance &i : boats.instances)
            afloat += i.prefabId == QLatin1String("boat_01");
        QCOMPARE(afloat, 2);
        QVERIFY(boats.notes.contains(QStringLiteral("added a lake for the floating objects")));
    }

    void objectCountIsHonoured()
    {
        GenerateOptions o;
        o.objectCount = 500;
        const Blueprint b = generateWorld(QStringLiteral("a forest"), o);
        QVERIFY2(b.instances.size() >= 475 && b.instances.size() <= 500, qPrintable(QString::number(b.instances.size())));
    }

    void environmentFollowsTheSettings()
    {
        const QJsonObject night = generateWorld(QStringLiteral("a forest at night")).environment;
        const QJsonObject noon = generateWorld(QStringLiteral("a forest at noon")).environment;
        QVERIFY(night[QStringLiteral("sun")][QStringLiteral("intensity")].toDouble() < noon[QStringLiteral("sun")][QStringLiteral("intensity")].toDouble() / 3);
        QCOMPARE(noon[QStringLiteral("ambient_sound")].toString(), QStringLiteral("forest_birds"));
        const QJsonObject fog = generateWorld(QStringLiteral("a foggy meadow")).environment;
        QVERIFY(fog[QStringLiteral("fog")][QStringLiteral("density")].toDouble() > noon[QStringLiteral("fog")][QStringLiteral("density")].toDouble() * 5);
        QCOMPARE(generateWorld(QStringLiteral("a beach")).environment[QStringLiteral("ambient_sound")].toString(), QStringLiteral("ocean_waves"));
        // The sun's direction is a unit vector pointing down.
        const QJsonArray d = noon[QStringLiteral("sun")][QStringLiteral("direction")].toArray();
        QVERIFY(d[1].toDouble() < 0 && std::abs(std::hypot(d[0].toDouble(), d[1].toDouble(), d[2].toDouble()) - 1) < 0.01);
        const Blueprint b = generateWorld(QStringLiteral("three towers around a lake at dusk"));
        QCOMPARE(b.title, QStringLiteral("Three Towers around a Lake in the Meadow at Dusk"));
        QVERIFY(b.description.contains(QStringLiteral("three towers around a lake")));
    }

    void blueprintRoundTrip()
    {
        for (const QString &prompt : kPrompts) {
            const Blueprint b = generateWorld(prompt);
            const QByteArray bytes = b.toCanonicalJson();
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
            QCOMPARE(err.error, QJsonParseError::NoError);
            QCOMPARE(doc.object(), b.toJson()); // the fast writer and the QJsonObject agree
            QString error;
            const auto back = Blueprint::fromJson(doc.object(), &error);
            if (prompt.isEmpty()) {
                QVERIFY(!back); // an empty prompt is not a valid blueprint
                QVERIFY(error.contains(QStringLiteral("prompt")));
                continue;
            }
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->toCanonicalJson(), bytes);
        }
    }

    void blueprintErrorsNameTheField()
    {
        QJsonObject o = generateWorld(QStringLiteral("a castle")).toJson();
        QString error;
        QJsonArray list = o[QStringLiteral("prefab_instances")].toArray();
        QJsonObject first = list[0].toObject();
        first[QStringLiteral("prefab_id")] = QStringLiteral("unicorn_01");
        list[0] = first;
        QJsonObject bad = o;
        bad[QStringLiteral("prefab_instances")] = list;
        QVERIFY(!Blueprint::fromJson(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("prefab_instances[0].prefab_id")) && error.contains(QStringLiteral("unicorn_01")), qPrintable(error));
        bad = o;
        bad[QStringLiteral("world_type")] = QStringLiteral("steampunk");
        QVERIFY(!Blueprint::fromJson(bad, &error));
        QVERIFY(error.startsWith(QStringLiteral("world_type")));
        first = o[QStringLiteral("prefab_instances")].toArray()[0].toObject();
        first[QStringLiteral("rotation")] = QJsonObject{{QStringLiteral("x"), 1}, {QStringLiteral("y"), 1}, {QStringLiteral("z"), 0}, {QStringLiteral("w"), 0}};
        list = o[QStringLiteral("prefab_instances")].toArray();
        list[0] = first;
        bad = o;
        bad[QStringLiteral("prefab_instances")] = list;
        QVERIFY(!Blueprint::fromJson(bad, &error));
        QVERIFY(error.contains(QStringLiteral("unit quaternion")));
        bad = o;
        QJsonObject terrain = bad[QStringLiteral("terrain")].toObject();
        terrain[QStringLiteral("resolution")] = 3;
        bad[QStringLiteral("terrain")] = terrain;
        QVERIFY(!Blueprint::fromJson(bad, &error));
        QVERIFY(error.startsWith(QStringLiteral("terrain")));
    }

    void immersiverseBlueprintsLoad()
    {
        QFile f(QStringLiteral(NEXUS_SOURCE_DIR "/tests/core/data/immersiverse_blueprint_fantasy.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("world_blueprint")].toObject();
        QString error;
        const auto b = Blueprint::fromJson(o, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->instances.size(), 2);
        QCOMPARE(b->instances[0].prefabId, QStringLiteral("fantasy_castle_01"));
        QCOMPARE(b->worldType, WorldType::Fantasy);
        QCOMPARE(b->spawnPoints.size(), 2);
        QCOMPARE(b->generatorVersion, QStringLiteral("immersiverse"));
    }
};

QTEST_GUILESS_MAIN(TestWorldGen)
#include "tst_worldgen.moc"
