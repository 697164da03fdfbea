// Editing a world by hand: poses in degrees round-trip through quaternions, bad numbers are
// refused without a change, adding puts a prefab on the ground, undo / redo walk the history,
// unsaved edits are tracked, and a view ray picks the nearest object it enters.

#include "prefabcatalog.h"
#include "worldedit.h"
#include "worldgenerator.h"

#include <QTest>

using namespace nexus::worlds;

class TestWorldEdit : public QObject
{
    Q_OBJECT

    static Blueprint world()
    {
        GenerateOptions o;
        o.seed = 4;
        return generateWorld(QStringLiteral("three towers around a lake in a forest"), o);
    }

private Q_SLOTS:
    void eulerRoundTrip_data()
    {
        QTest::addColumn<double>("yaw");
        QTest::addColumn<double>("pitch");
        QTest::addColumn<double>("roll");
        QTest::newRow("identity") << 0.0 << 0.0 << 0.0;
        QTest::newRow("yaw") << 135.0 << 0.0 << 0.0;
        QTest::newRow("negative yaw") << -60.0 << 0.0 << 0.0;
        QTest::newRow("all three") << 30.0 << 20.0 << -45.0;
        QTest::newRow("steep") << -170.0 << 80.0 << 10.0;
    }
    void eulerRoundTrip()
    {
        QFETCH(double, yaw);
        QFETCH(double, pitch);
        QFETCH(double, roll);
        PrefabInstance i;
        i.rotation = quatFromEuler(yaw, pitch, roll);
        const double n = std::sqrt(i.rotation.x * i.rotation.x + i.rotation.y * i.rotation.y + i.rotation.z * i.rotation.z + i.rotation.w * i.rotation.w);
        QVERIFY(std::abs(n - 1) < 1e-9);
        const InstancePose p = poseOf(i);
        QVERIFY2(std::abs(p.yaw - yaw) < 1e-3 && std::abs(p.pitch - pitch) < 1e-3 && std::abs(p.roll - roll) < 1e-3,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(p.yaw).arg(p.pitch).arg(p.roll)));
        // A yaw alone is the generator's own Quat::yaw.
        const Quat y = quatFromEuler(yaw, 0, 0), g = Quat::yaw(yaw * M_PI / 180);
        QVERIFY(std::abs(y.y - g.y) < 1e-12 && std::abs(y.w - g.w) < 1e-12);
    }

    void editsUndoRedoAndDirty()
    {
        WorldEditor ed(world());
        const Blueprint original = ed.blueprint();
        QVERIFY(!ed.dirty() && !ed.canUndo());
        InstancePose p = poseOf(ed.blueprint().instances[0]);
        p.position.x += 2.5;
        p.yaw = 90;
        p.scale = {2, 2, 2};
        QCOMPARE(ed.setPose(0, p), QString());
        QCOMPARE(ed.blueprint().instances[0].scale, (Vec3{2, 2, 2}));
        QVERIFY(ed.dirty() && ed.canUndo());
        // Refusals change nothing and leave no history.
        const Blueprint edited = ed.blueprint();
        InstancePose bad = p;
        bad.scale.y = 0;
        QVERIFY(ed.setPose(0, bad).contains(QLatin1String("Scale")));
        bad = p;
        bad.position.x = 1e6;
        QVERIFY(ed.setPose(0, bad).contains(QLatin1String("outside")));
        bad = p;
        bad.yaw = std::nan("");
        QVERIFY(!ed.setPose(0, bad).isEmpty());
        QVERIFY(!ed.setPose(ed.count(), p).isEmpty());
        QVERIFY(!ed.add(QStringLiteral("no_such_prefab"), 0, 0).isEmpty());
        QVERIFY(!ed.remove(-1).isEmpty());
        QCOMPARE(ed.blueprint().instances[0].position, edited.instances[0].position);
        // Add and remove, then undo all the way back to the generated world, and redo.
        int added = -1;
        QCOMPARE(ed.add(QStringLiteral("fantasy_castle_01"), 10, -12, &added), QString());
        QCOMPARE(added, original.instances.size());
        QCOMPARE(ed.remove(1), QString());
        QCOMPARE(ed.count(), int(original.instances.size()));
        QCOMPARE(ed.undo(), 1);
        QCOMPARE(ed.undo(), -1);
        QCOMPARE(ed.undo(), 0);
        QVERIFY(!ed.canUndo() && !ed.dirty());
        QCOMPARE(ed.blueprint().toCanonicalJson(), original.toCanonicalJson());
        QCOMPARE(ed.redo(), 0);
        QCOMPARE(ed.blueprint().instances[0].position, edited.instances[0].position);
        // Saving marks the point; undoing past it is dirty again; a new edit then loses it.
        ed.markSaved();
        QVERIFY(!ed.dirty());
        ed.undo();
        QVERIFY(ed.dirty());
        ed.redo();
        QVERIFY(!ed.dirty());
        ed.undo();
        QCOMPARE(ed.remove(0), QString());
        QVERIFY(ed.dirty());
        ed.undo();
        QVERIFY(ed.dirty()); // the saved state (instance 0 moved) is gone from the history
    }

    void addedObjectsRestOnTheGround()
    {
        WorldEditor ed(world());
        int at = -1;
        QCOMPARE(ed.add(QStringLiteral("oak_tree_01"), 20, 25, &at), QString());
        const PrefabInstance &i = ed.blueprint().instances[at];
        QCOMPARE(i.prefabId, QStringLiteral("oak_tree_01"));
        QCOMPARE(i.type, PrefabType::Environment);
        QVERIFY(std::abs(i.position.y - ed.blueprint().terrain.heightAt(20, 25)) < 0.01);
        QVERIFY(!i.id.isEmpty());
        // The edited blueprint is still a valid one (ids unique, prefabs known).
        QString error;
        QVERIFY2(Blueprint::fromJson(ed.blueprint().toJson(), &error), qPrintable(error));
    }

    void pickFindsTheNearest()
    {
        Blueprint b = world();
        b.instances.clear();
        const auto place = [&](const QString &id, double x, double z) {
            PrefabInstance i;
            i.id = id;
            i.prefabId = QStringLiteral("oak_tree_01");
            i.type = PrefabType::Environment;
            i.position = {x, 0, z};
            b.instances.append(i);
        };
        place(QStringLiteral("near"), 0, 10);
        place(QStringLiteral("far"), 0, 30);
        place(QStringLiteral("aside"), 25, 10);
        WorldEditor ed(b);
        // Looking along +z at knee height from z = -20: the near tree first.
        QCOMPARE(ed.pick({0, 1, -20}, {0, 0, 1}), 0);
        QCOMPARE(ed.pick({0, 1, 50}, {0, 0, -1}), 1);
        QCOMPARE(ed.pick({0, 1, -20}, {0, 0, -1}), -1); // looking away
        QCOMPARE(ed.pick({0, 300, 10}, {0.0, -1, 0}), 0); // from above
        QCOMPARE(ed.pick({25, 50, 10}, {0, -1, 0.001}), 2);
        QCOMPARE(ed.pick({60, 1, 60}, {1, 0, 0}), -1);
    }
};

QTEST_GUILESS_MAIN(TestWorldEdit)
#include "tst_worldedit.moc"
