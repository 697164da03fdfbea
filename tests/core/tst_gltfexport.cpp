// The glTF export of generated worlds: the GLB container and its JSON (one node per instance,
// one mesh per prefab used, terrain, paths and water), transforms mirrored into glTF's axes,
// and the Khronos glTF validator (npm gltf-validator, installed by scripts/test.sh) reporting
// zero errors and zero warnings.

#include "gltfexport.h"
#include "worldgenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nexus::worlds;

namespace {

quint32 u32(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    std::memcpy(&v, b.constData() + at, 4);
    return v;
}

QJsonObject jsonChunk(const QByteArray &glb)
{
    if (glb.size() < 20 || u32(glb, 0) != 0x46546C67 || u32(glb, 4) != 2 || u32(glb, 8) != quint32(glb.size()) || u32(glb, 16) != 0x4E4F534A)
        return {};
    return QJsonDocument::fromJson(glb.mid(20, u32(glb, 12))).object();
}

const char *kValidator = NEXUS_BINARY_DIR "/npm/node_modules/gltf-validator";

} // namespace

class TestGltfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containerAndContent()
    {
        const Blueprint b = generateWorld(QStringLiteral("a village with five cottages around a pond and a road"));
        const QByteArray glb = exportGlb(b);
        const QJsonObject g = jsonChunk(glb);
        QVERIFY(!g.isEmpty());
        QCOMPARE(g[QStringLiteral("asset")][QStringLiteral("version")].toString(), QStringLiteral("2.0"));
        // The BIN chunk follows the JSON chunk and holds the whole buffer.
        const quint32 jsonLength = u32(glb, 12);
        QCOMPARE(jsonLength % 4, 0u);
        QCOMPARE(u32(glb, 20 + jsonLength + 4), 0x004E4942u);
        QCOMPARE(double(u32(glb, 20 + jsonLength)), g[QStringLiteral("buffers")][0][QStringLiteral("byteLength")].toDouble());

        const QJsonArray nodes = g[QStringLiteral("nodes")].toArray();
        QSet<QString> prefabs;
        int instanceNodes = 0;
        for (const PrefabInstance &i : b.instances)
            prefabs.insert(i.prefabId);
        for (const QJsonValue &n : nodes)
            instanceNodes += n[QStringLiteral("rotation")].isArray();
        QCOMPARE(instanceNodes, int(b.instances.size()));
        const int extras = 1 /* terrain */ + (b.terrain.waterLevel() ? 1 : 0) + (b.paths.isEmpty() ? 0 : 1);
        QCOMPARE(g[QStringLiteral("meshes")].toArray().size(), prefabs.size() + extras);
        // The root holds everything; the scene holds the root.
        const QJsonObject root = nodes.last().toObject();
        QCOMPARE(root[QStringLiteral("children")].toArray().size(), nodes.size() - 1);
        QCOMPARE(g[QStringLiteral("scenes")][0][QStringLiteral("nodes")][0].toInt(), int(nodes.size() - 1));

        // The first instance, mirrored into glTF's right-handed axes.
        const PrefabInstance &first = b.instances.first();
        QJsonObject node;
        for (const QJsonValue &n : nodes)
            if (n[QStringLiteral("name")].toString().endsWith(first.id))
                node = n.toObject();
        QVERIFY(!node.isEmpty());
        QCOMPARE(node[QStringLiteral("translation")][2].toDouble(), -first.position.z);
        QCOMPARE(node[QStringLiteral("rotation")][1].toDouble(), -first.rotation.y);
        QCOMPARE(node[QStringLiteral("rotation")][3].toDouble(), first.rotation.w);
        // Glowing parts are emissive.
        const QByteArray glowing = exportGlb(generateWorld(QStringLiteral("a few glowing mushrooms")));
        bool emissive = false;
        for (const QJsonValue &m : jsonChunk(glowing)[QStringLiteral("materials")].toArray())
            emissive = emissive || m.toObject().contains(QStringLiteral("emissiveFactor"));
        QVERIFY(emissive);
    }

    void khronosValidatorFindsNoIssues_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("objects");
        QTest::newRow("lake and towers") << "three towers around a lake in a misty forest at dusk" << 0;
        QTest::newRow("village, river and road") << "a snowy village with five cottages, a well and a river" << 0;
        QTest::newRow("city") << "a city at night with cars and street lamps" << 0;
        QTest::newRow("coast with boats") << "a lighthouse on the coast with two boats" << 0;
        QTest::newRow("2,000 objects") << "an alien planet with crystals" << 2000;
    }
    void khronosValidatorFindsNoIssues()
    {
        QFETCH(QString, prompt);
        QFETCH(int, objects);
        if (!QFile::exists(QString::fromLatin1(kValidator) + QStringLiteral("/package.json")))
            QFAIL("The Khronos glTF validator is not installed: scripts/test.sh installs it (npm install --prefix build/npm gltf-validator).");
        GenerateOptions o;
        o.objectCount = objects;
        const QByteArray glb = exportGlb(generateWorld(prompt, o));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("world.glb")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(glb) == glb.size());
        f.close();
        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral(NEXUS_SOURCE_DIR "/tests/core/data/validate_gltf.js"), QString::fromLatin1(kValidator), f.fileName()});
        QVERIFY2(node.waitForFinished(120000), "node did not finish");
        const QByteArray out = node.readAllStandardOutput();
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(!report.isEmpty(), (out + node.readAllStandardError()).constData());
        const QByteArray messages = QJsonDocument(report[QStringLiteral("messages")].toArray()).toJson();
        QVERIFY2(report[QStringLiteral("errors")].toInt() == 0, messages.constData());
        QVERIFY2(report[QStringLiteral("warnings")].toInt() == 0, messages.constData());
    }
};

QTEST_GUILESS_MAIN(TestGltfExport)
#include "tst_gltfexport.moc"
