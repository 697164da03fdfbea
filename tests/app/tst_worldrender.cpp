// The Worlds preview renders generated worlds with Qt Quick 3D (run under Xvfb: the offscreen
// platform draws no 3D): worlds generated through the real gateway are drawn by WorldView.qml,
// and the pixels are checked — the blueprint's sky colour above, ground below, ground colours
// that follow the setting, and a different picture for a different prompt.

#include "appfixture.h"
#include "prefabcatalog.h"
#include "worldeditcontroller.h"
#include "worldscontroller.h"

#include <QQmlEngine>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QQuick3D>
#include <QQuickItem>
#include <QQuickView>
#include <QSurfaceFormat>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(NexusPlugin)

using namespace nexus;

namespace {

struct Stats {
    double r = 0, g = 0, b = 0; // mean channel values of the region
    double skyShare = 0;        // share of the region's pixels within 12 of the sky colour
};

Stats regionStats(const QImage &image, const QRect &region, const QColor &sky)
{
    Stats s;
    qint64 n = 0, skyLike = 0;
    for (int y = region.top(); y <= region.bottom(); y += 2)
        for (int x = region.left(); x <= region.right(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            s.r += c.red(), s.g += c.green(), s.b += c.blue();
            skyLike += std::abs(c.red() - sky.red()) + std::abs(c.green() - sky.green()) + std::abs(c.blue() - sky.blue()) <= 12;
            ++n;
        }
    s.r /= double(n), s.g /= double(n), s.b /= double(n);
    s.skyShare = double(skyLike) / double(n);
    return s;
}

// The share of (every other) pixel that differs clearly between two frames of one size.
double differing(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); y += 2)
        for (int x = 0; x < a.width(); x += 2) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            n += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue()) > 30;
        }
    return double(n) / double((a.width() / 2) * (a.height() / 2));
}

} // namespace

class TestWorldRender : public QObject
{
    Q_OBJECT

    test::AppFixture m_fixture;
    std::unique_ptr<WorldsController> m_worlds;
    std::unique_ptr<WorldEditController> m_edit;

    // WorldView.qml in `view` (640×480), framed on the world and shown, with or without its fog.
    bool showWorldView(QQuickView &view, bool fog = true)
    {
        view.engine()->addImportPath(QStringLiteral("qrc:/"));
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(640, 480);
        view.setSource(QUrl(QStringLiteral("qrc:/Nexus/WorldView.qml")));
        if (!view.rootObject()) {
            QTest::qFail("WorldView.qml did not load", __FILE__, __LINE__);
            return false;
        }
        m_worlds->setFogShown(fog);
        QMetaObject::invokeMethod(view.rootObject(), "frameAll");
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        QTest::qWait(800);
        return true;
    }

    // Generates `prompt` (seed 3) through the gateway, shows it in WorldView and grabs the frame.
    QImage render(const QString &prompt, bool fog = true)
    {
        QSignalSpy done(m_worlds.get(), &WorldsController::generated);
        m_worlds->setPrompt(prompt);
        m_worlds->setSeed(3);
        m_worlds->generate();
        if (!done.wait(30000) || !done.first().at(0).toBool()) {
            QTest::qFail(qPrintable(QStringLiteral("%1 was not generated").arg(prompt)), __FILE__, __LINE__);
            return {};
        }
        QQuickView view;
        if (!showWorldView(view, fog))
            return {};
        QTest::qWait(700); // shadow maps and the first frames
        return view.grabWindow();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSurfaceFormat::setDefaultFormat(QQuick3D::idealSurfaceFormat());
        QVERIFY(m_fixture.open());
        QVERIFY(m_fixture.startSession());
        Session::setInstance(m_fixture.session.get());
        m_worlds = std::make_unique<WorldsController>(*m_fixture.session);
        WorldsController::setInstance(m_worlds.get());
        m_edit = std::make_unique<WorldEditController>(*m_fixture.session, *m_worlds);
        WorldEditController::setInstance(m_edit.get());
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("qrc:/Nexus/"))); }
    void cleanupTestCase()
    {
        m_edit.reset();
        m_worlds.reset();
    }

    // A click on the castle selects it (the view's ray, not a list); an edit redraws it in place
    // with the camera where it was; undo puts the picture back; a click on the sky deselects.
    void clickSelectsAndEditsRedraw()
    {
        const QImage before = render(QStringLiteral("a castle on a hill at noon"));
        QVERIFY(!before.isNull());
        int castle = -1;
        const auto &instances = m_edit->editor().blueprint().instances;
        for (int k = 0; k < instances.size(); ++k)
            if (instances[k].prefabId == QLatin1String("fantasy_castle_01"))
                castle = k;
        QVERIFY(castle >= 0);
        QQuickView view;
        QVERIFY(showWorldView(view));
        QQuickItem *view3d = view.rootObject()->findChild<QQuickItem *>(QStringLiteral("worldView3D"));
        QVERIFY(view3d);
        const auto &c = instances[castle];
        QVector3D onScreen;
        QVERIFY(QMetaObject::invokeMethod(view3d, "mapFrom3DScene", Q_RETURN_ARG(QVector3D, onScreen),
                                          Q_ARG(QVector3D, QVector3D(float(c.position.x), float(c.position.y + 6), float(-c.position.z)))));
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(int(onScreen.x()), int(onScreen.y())));
        QTRY_COMPARE(m_edit->selectedIndex(), castle);
        QCOMPARE(m_edit->selectedName(), QStringLiteral("Medieval Castle"));
        QTest::qWait(600);
        const QImage selected = view.grabWindow();
        QVERIFY(m_edit->setField(QStringLiteral("scaleY"), 2.5));
        QTest::qWait(1200);
        const QImage taller = view.grabWindow();
        const double grew = differing(selected, taller);
        QVERIFY2(grew > 0.005 && grew < 0.5, qPrintable(QStringLiteral("the edit changed %1 of the picture").arg(grew)));
        m_edit->undo();
        QTest::qWait(1200);
        const double back = differing(selected, view.grabWindow());
        QVERIFY2(back < grew / 4, qPrintable(QStringLiteral("after undo %1 differs (the edit changed %2)").arg(back).arg(grew)));
        // The top left corner is sky: a click there selects nothing.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(8, 8));
        QTRY_VERIFY(!m_edit->hasSelection());
    }

    // Towers in a ring around a lake stand off the centre line, where the preview's mirrored z
    // matters: a click on one selects that tower.
    void clickSelectsOffCentre()
    {
        QVERIFY(!render(QStringLiteral("three towers around a lake at noon")).isNull());
        QQuickView view;
        QVERIFY(showWorldView(view));
        QQuickItem *view3d = view.rootObject()->findChild<QQuickItem *>(QStringLiteral("worldView3D"));
        QVERIFY(view3d);
        const auto &instances = m_edit->editor().blueprint().instances;
        int aimed = -1;
        QPoint at;
        for (int k = 0; k < instances.size() && aimed < 0; ++k) {
            const auto &i = instances[k];
            if (!i.prefabId.contains(QLatin1String("tower")) || std::abs(i.position.z) < 5)
                continue;
            QVector3D p;
            QMetaObject::invokeMethod(view3d, "mapFrom3DScene", Q_RETURN_ARG(QVector3D, p),
                                      Q_ARG(QVector3D, QVector3D(float(i.position.x), float(i.position.y + 4), float(-i.position.z))));
            if (p.x() > 10 && p.y() > 10 && p.x() < view.width() - 10 && p.y() < view.height() - 10)
                aimed = k, at = QPoint(int(p.x()), int(p.y()));
        }
        QVERIFY2(aimed >= 0, "no tower off the centre line is on screen");
        QTest::mouseClick(&view, Qt::LeftButton, {}, at);
        QTRY_VERIFY(m_edit->hasSelection());
        const auto &hit = instances[m_edit->selectedIndex()], &target = instances[aimed];
        QVERIFY2(m_edit->selectedIndex() == aimed || std::hypot(hit.position.x - target.position.x, hit.position.z - target.position.z) < 8,
                 qPrintable(QStringLiteral("aimed at %1 (%2, %3), got %4 (%5, %6)").arg(target.prefabId).arg(target.position.x).arg(target.position.z)
                                .arg(hit.prefabId).arg(hit.position.x).arg(hit.position.z)));
    }

    // Fly: the second camera takes over where the orbit camera was (the picture does not jump),
    // holding W moves it (the picture changes), and Orbit frames the world again.
    void flyCameraMoves()
    {
        QVERIFY(!render(QStringLiteral("a castle on a hill at noon")).isNull());
        QQuickView view;
        QVERIFY(showWorldView(view));
        const QImage orbit = view.grabWindow();
        view.rootObject()->setProperty("flying", true);
        QTest::qWait(600);
        const QImage handedOver = view.grabWindow();
        QVERIFY2(differing(orbit, handedOver) < 0.02, qPrintable(QString::number(differing(orbit, handedOver))));
        QTest::keyPress(&view, Qt::Key_W);
        QTest::qWait(800);
        QTest::keyRelease(&view, Qt::Key_W);
        QTest::qWait(400);
        const double moved = differing(handedOver, view.grabWindow());
        QVERIFY2(moved > 0.05, qPrintable(QStringLiteral("flying forward changed %1 of the picture").arg(moved)));
        view.rootObject()->setProperty("flying", false);
        QTest::qWait(600);
        QVERIFY2(differing(orbit, view.grabWindow()) < 0.02, "Orbit did not frame the world again");
    }

    // The ground's own colours (fog hidden, as the Hide fog button does).
    void drawsTheWorldUnderItsSky()
    {
        const QImage desert = render(QStringLiteral("a desert with a pyramid at noon"), false);
        QVERIFY(!desert.isNull());
        const QColor sky = m_worlds->skyColor();
        const QRect top(0, 0, desert.width(), desert.height() / 10), bottom(0, desert.height() / 2, desert.width(), desert.height() / 2);
        const Stats above = regionStats(desert, top, sky);
        const Stats below = regionStats(desert, bottom, sky);
        QVERIFY2(above.skyShare > 0.8, qPrintable(QStringLiteral("sky share at the top: %1").arg(above.skyShare)));
        QVERIFY2(below.skyShare < 0.05, qPrintable(QStringLiteral("sky share at the bottom: %1").arg(below.skyShare)));
        // Sand: clearly more red than blue.
        QVERIFY2(below.r > below.b + 25, qPrintable(QStringLiteral("desert ground r %1 g %2 b %3").arg(below.r).arg(below.g).arg(below.b)));

        const QImage snow = render(QStringLiteral("a snowy field with an igloo at noon"), false);
        const Stats snowy = regionStats(snow, bottom, m_worlds->skyColor());
        QVERIFY2(snowy.skyShare < 0.05, qPrintable(QString::number(snowy.skyShare)));
        // Snow: bright and neutral, where the sand was warm.
        QVERIFY2(snowy.b > 170 && std::abs(snowy.r - snowy.b) < 20 && snowy.b - snowy.r > below.b - below.r + 25,
                 qPrintable(QStringLiteral("snow ground r %1 g %2 b %3").arg(snowy.r).arg(snowy.g).arg(snowy.b)));
    }

    // The blueprint's fog: the same misty world with and without it. With it, the ground turns
    // towards the fog colour, more so far away (the top of the ground) than near (the bottom).
    void fogFadesTheDistance()
    {
        const QString prompt = QStringLiteral("a misty pine forest with a tower");
        const QImage clear = render(prompt, false);
        QVERIFY(!clear.isNull());
        QVERIFY2(m_worlds->fogDensity() >= 0.01, qPrintable(QString::number(m_worlds->fogDensity())));
        const QColor fog = m_worlds->fogColor();
        const QImage misty = render(prompt, true);
        QVERIFY(!misty.isNull());
        const auto towardsFog = [&](const QRect &region) {
            // How much closer to the fog colour the region's mean got (0 = unchanged, 1 = all fog).
            const Stats a = regionStats(clear, region, fog), b = regionStats(misty, region, fog);
            const auto gap = [&](const Stats &s) {
                return std::abs(s.r - fog.red()) + std::abs(s.g - fog.green()) + std::abs(s.b - fog.blue());
            };
            return 1.0 - gap(b) / std::max(1.0, gap(a));
        };
        const int w = clear.width(), h = clear.height();
        const double near = towardsFog(QRect(0, h * 85 / 100, w, h * 15 / 100));
        const double far = towardsFog(QRect(w / 4, h * 45 / 100, w / 2, h / 10));
        if (qEnvironmentVariableIsSet("NEXUS_RENDER_DIR")) {
            clear.save(qEnvironmentVariable("NEXUS_RENDER_DIR") + QStringLiteral("/misty-clear.png"));
            misty.save(qEnvironmentVariable("NEXUS_RENDER_DIR") + QStringLiteral("/misty.png"));
        }
        QVERIFY2(far > 0.3 && far > near + 0.1, qPrintable(QStringLiteral("towards the fog: near %1, far %2").arg(near).arg(far)));
    }

    void instancesAreDrawn()
    {
        // The same world with and without its objects: the picture changes where they stand.
        const QImage full = render(QStringLiteral("a castle on a hill at noon"));
        QVERIFY(m_worlds->batchCount() >= 2);
        QVERIFY(!full.isNull());
        QQuickView view;
        QVERIFY(showWorldView(view));
        // Hide every prefab draw (the models with an instance table) and keep the terrain.
        int hidden = 0;
        for (QObject *o : view.rootObject()->findChildren<QObject *>())
            if (o->property("instancing").value<QObject *>()) {
                o->setProperty("visible", false);
                ++hidden;
            }
        QCOMPARE(hidden, m_worlds->batchCount());
        QTest::qWait(1200);
        const QImage bare = view.grabWindow();
        QCOMPARE(bare.size(), full.size());
        if (qEnvironmentVariableIsSet("NEXUS_RENDER_DIR")) {
            full.save(qEnvironmentVariable("NEXUS_RENDER_DIR") + QStringLiteral("/castle.png"));
            bare.save(qEnvironmentVariable("NEXUS_RENDER_DIR") + QStringLiteral("/castle-bare.png"));
        }
        int changed = 0;
        for (int y = 0; y < full.height(); y += 2)
            for (int x = 0; x < full.width(); x += 2) {
                const QColor a = full.pixelColor(x, y), b = bare.pixelColor(x, y);
                changed += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) > 30;
            }
        const double share = double(changed) / double((full.width() / 2) * (full.height() / 2));
        QVERIFY2(share > 0.01, qPrintable(QStringLiteral("the objects cover %1 of the picture").arg(share)));
    }

    void exportWritesGlbBlueprintAndThumbnail()
    {
        const QImage shown = render(QStringLiteral("three towers around a lake"));
        QVERIFY(!shown.isNull());
        QTemporaryDir dir;
        QSignalSpy exported(m_worlds.get(), &WorldsController::exported);
        const QString base = m_worlds->exportWorld(QUrl::fromLocalFile(dir.path()).toString());
        QVERIFY(base.startsWith(dir.path() + QStringLiteral("/world-")));
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile glb(base + QStringLiteral(".glb"));
        QVERIFY(glb.open(QIODevice::ReadOnly));
        QCOMPARE(glb.read(4), QByteArray("glTF"));
        QFile json(base + QStringLiteral(".blueprint.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.readAll(), m_worlds->blueprint().toCanonicalJson());

        // The thumbnail: the view's picture, saved beside them.
        QQuickView view;
        QVERIFY(showWorldView(view));
        QVERIFY(QMetaObject::invokeMethod(view.rootObject(), "saveThumbnail", Q_ARG(QString, base + QStringLiteral(".png"))));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(base + QStringLiteral(".png")), 10000);
        const QImage thumb(base + QStringLiteral(".png"));
        QCOMPARE(thumb.size(), QSize(640, 400));

        // A folder that does not exist: refused, nothing written.
        exported.clear();
        QCOMPARE(m_worlds->exportWorld(dir.filePath(QStringLiteral("missing"))), QString());
        QCOMPARE(exported.size(), 1);
        QVERIFY(!exported.first().at(0).toBool());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_MAIN(TestWorldRender)
#include "tst_worldrender.moc"
