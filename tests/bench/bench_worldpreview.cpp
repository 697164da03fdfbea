// The Worlds preview's frame rate under Xvfb (Mesa llvmpipe): generated worlds of 2,000 and
// 5,000 objects drawn by WorldView.qml (one instanced draw per prefab), next to a plain scene of
// the same number of instanced cubes in the same run, same window and light. Target: the world
// within 1.3× of the cubes. Usage: xvfb-run -a bench_worldpreview [seconds per scene]

#include "backend.h"
#include "session.h"
#include "worldeditcontroller.h"
#include "worldgenerator.h"
#include "worldscontroller.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuick3D>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(NexusPlugin)

using namespace nexus;

namespace {

// Frames per second of `view` rendering continuously for `seconds` (after a one-second warm-up).
double measure(QQuickView &view, double seconds)
{
    int frames = 0;
    QObject::connect(&view, &QQuickWindow::frameSwapped, &view, [&] {
        ++frames;
        view.update();
    });
    view.show();
    view.update();
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    frames = 0;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < qint64(seconds * 1000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double fps = frames / (double(t.elapsed()) / 1000);
    view.hide();
    QObject::disconnect(&view, &QQuickWindow::frameSwapped, nullptr, nullptr);
    return fps;
}

const char *kCubes = R"(
import QtQuick
import QtQuick3D
import QtQuick3D.Helpers
Item {
    property int count: 0
    property real extent: 100
    View3D {
        anchors.fill: parent
        environment: SceneEnvironment { backgroundMode: SceneEnvironment.Color; clearColor: "#c4ddf3"
                                        antialiasingMode: SceneEnvironment.MSAA; antialiasingQuality: SceneEnvironment.Medium }
        PerspectiveCamera { position: Qt.vector3d(0, extent * 0.9, extent * 1.4); eulerRotation.x: -32; clipFar: 5000 }
        DirectionalLight { eulerRotation.x: -60; castsShadow: true; shadowMapQuality: Light.ShadowMapQualityMedium }
        Model {
            source: "#Rectangle"; eulerRotation.x: -90; scale: Qt.vector3d(extent / 50, extent / 50, 1)
            materials: DefaultMaterial { diffuseColor: "#6f9a4c" }
            receivesShadows: true
        }
        Model {
            source: "#Cube"
            scale: Qt.vector3d(0.03, 0.03, 0.03)
            instancing: RandomInstancing {
                instanceCount: count
                randomSeed: 7
                position: InstanceRange { from: Qt.vector3d(-extent / 2, 1, -extent / 2); to: Qt.vector3d(extent / 2, 1, extent / 2) }
                rotation: InstanceRange { from: Qt.vector3d(0, 0, 0); to: Qt.vector3d(0, 360, 0) }
            }
            materials: DefaultMaterial { diffuseColor: "#8b5a2b" }
            castsShadows: true
            receivesShadows: true
        }
    }
}
)";

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QSurfaceFormat::setDefaultFormat(QQuick3D::idealSurfaceFormat());
    const double seconds = argc > 1 ? std::max(1.0, atof(argv[1])) : 5;
    QTemporaryDir dir;
    auto backend = Backend::open(dir.path(), true);
    if (!backend) {
        std::fprintf(stderr, "cannot open a profile: %s\n", qPrintable(backend.error().message));
        return 1;
    }
    Session session(**backend, false);
    Session::setInstance(&session);
    WorldsController worlds(session);
    WorldsController::setInstance(&worlds);
    WorldEditController edit(session, worlds); // the view's selection box reads it
    WorldEditController::setInstance(&edit);
    std::printf("bench_worldpreview: 1280×720, MSAA, shadows, %.0f s per scene after 1 s warm-up (Xvfb, llvmpipe)\n", seconds);
    for (int count : {2000, 5000}) {
        worlds::GenerateOptions o;
        o.objectCount = count;
        o.seed = 7;
        const worlds::Blueprint b = worlds::generateWorld(QStringLiteral("a forest with rocks and a castle"), o);
        QSignalSpy shown(&worlds, &WorldsController::sceneChanged);
        worlds.showBlueprint(b);
        if (!shown.wait(30000)) {
            std::fprintf(stderr, "the world was not shown\n");
            return 1;
        }
        QQuickView world;
        world.engine()->addImportPath(QStringLiteral("qrc:/"));
        world.setResizeMode(QQuickView::SizeRootObjectToView);
        world.resize(1280, 720);
        world.setSource(QUrl(QStringLiteral("qrc:/Nexus/WorldView.qml")));
        if (!world.rootObject())
            return 1;
        // Look at the whole terrain, as the cube scene does.
        QMetaObject::invokeMethod(world.rootObject(), "frameAll");
        const double worldFps = measure(world, seconds);

        QQuickView cubes;
        cubes.setResizeMode(QQuickView::SizeRootObjectToView);
        cubes.resize(1280, 720);
        QQmlComponent component(cubes.engine());
        component.setData(kCubes, QUrl());
        auto *root = qobject_cast<QQuickItem *>(component.create());
        if (!root) {
            std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
            return 1;
        }
        root->setProperty("count", count);
        root->setProperty("extent", b.terrain.size());
        cubes.setContent(QUrl(), &component, root);
        const double cubeFps = measure(cubes, seconds);
        std::printf("%5d objects: world %5.1f fps (%d prefab draws, %lld instances, fog %.4f/m)   plain instanced cubes %5.1f fps   ratio %.2f×\n",
                    count, worldFps, worlds.batchCount(), static_cast<long long>(b.instances.size()), worlds.fogDensity(), cubeFps,
                    cubeFps / std::max(0.01, worldFps));
    }
    return 0;
}
