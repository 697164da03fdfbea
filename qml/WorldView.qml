import QtQuick
import QtQuick3D
import QtQuick3D.Helpers
import Nexus

// The 3D preview of the generated world: the terrain, water, paths, and one instanced draw per
// prefab, lit by the blueprint's sun and ambient light under its sky colour and faded into its
// fog (WorldSurfaceMaterial). Drag to orbit, wheel to zoom; frameAll() looks at what the prompt
// asked for. With `flying`, a second camera starts where the orbit camera is and moves with
// W A S D (R / F up and down, Shift faster) and drag to look. A click selects the object under
// it (WorldEdit), shown by a translucent box.
Item {
    id: view

    function frameAll() {
        orbitOrigin.position = Worlds.center
        orbitOrigin.eulerRotation = Qt.vector3d(-28, 35, 0)
        camera.position = Qt.vector3d(0, 0, Math.max(40, Worlds.radius * 2.4))
    }

    // The current view as an image, handed to `done` (for a published experience's thumbnail).
    function grabPreview(done: var) {
        view3d.grabToImage(result => done(result.image), Qt.size(640, 400))
    }

    // A PNG of the current view beside the exported files.
    function saveThumbnail(path: string) {
        view3d.grabToImage(result => result.saveToFile(path), Qt.size(640, 400))
    }

    property bool flying: false

    onFlyingChanged: {
        if (flying) {
            flyCamera.position = camera.scenePosition
            flyCamera.rotation = camera.sceneRotation
            wasd.forceActiveFocus()
        } else {
            view.frameAll()
        }
    }

    // The world the view is centred on (not after each edit of it).
    readonly property vector3d lookAt: orbitOrigin.position

    Connections {
        target: Worlds
        function onWorldReplaced() {
            view.flying = false
            view.frameAll()
        }
    }

    View3D {
        id: view3d
        objectName: "worldView3D"
        anchors.fill: parent
        camera: view.flying ? flyCamera : camera

        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: Worlds.hasWorld ? Worlds.skyColor : Theme.surfaceAlt
            antialiasingMode: SceneEnvironment.MSAA
            antialiasingQuality: SceneEnvironment.Medium
        }

        Node {
            id: orbitOrigin
            eulerRotation: Qt.vector3d(-28, 35, 0)

            PerspectiveCamera {
                id: camera
                position: Qt.vector3d(0, 0, 200)
                clipNear: 0.5
                clipFar: 5000
                fieldOfView: 50
            }
        }

        PerspectiveCamera {
            id: flyCamera
            clipNear: 0.5
            clipFar: 5000
            fieldOfView: 50
        }

        DirectionalLight {
            rotation: Worlds.sunRotation
            color: Worlds.sunColor
            brightness: 0.3 + 0.6 * Worlds.sunBrightness
            ambientColor: Worlds.ambientColor
            castsShadow: true
            shadowMapQuality: Light.ShadowMapQualityMedium
            shadowFactor: 40
        }

        Model {
            objectName: "worldTerrain"
            visible: Worlds.hasWorld
            geometry: WorldGeometry {
                part: -1
                revision: Worlds.sceneRevision
            }
            materials: WorldSurfaceMaterial {}
            receivesShadows: true
        }

        Model {
            visible: Worlds.hasWorld
            geometry: WorldGeometry {
                part: -2
                revision: Worlds.sceneRevision
            }
            materials: WorldSurfaceMaterial {}
        }

        Model {
            objectName: "worldWater"
            visible: Worlds.hasWorld && Worlds.hasWater
            source: "#Rectangle"
            position: Qt.vector3d(0, Worlds.waterLevel, 0)
            eulerRotation.x: -90
            scale: Qt.vector3d(Worlds.terrainSize / 100, Worlds.terrainSize / 100, 1)
            materials: WorldSurfaceMaterial {
                tint: Qt.rgba(Worlds.waterColor.r, Worlds.waterColor.g, Worlds.waterColor.b, 0.78)
                specular: 0.6
                roughness: 0.2
            }
        }

        Model {
            objectName: "worldSelection"
            visible: Worlds.hasWorld && WorldEdit.hasSelection
            source: "#Cube"
            position: WorldEdit.selectionCenter
            scale: WorldEdit.selectionSize.times(0.0105)
            materials: DefaultMaterial {
                diffuseColor: Theme.accent
                opacity: 0.3
                lighting: DefaultMaterial.NoLighting
            }
        }

        Repeater3D {
            model: Worlds.hasWorld ? Worlds.batchCount : 0
            delegate: Model {
                id: prefabModel
                required property int index
                geometry: WorldGeometry {
                    part: prefabModel.index
                    revision: Worlds.sceneRevision
                }
                instancing: WorldInstancing {
                    batch: prefabModel.index
                    revision: Worlds.sceneRevision
                }
                materials: WorldSurfaceMaterial {
                    specular: 0.1
                }
                castsShadows: true
                receivesShadows: true
            }
        }
    }

    TapHandler {
        objectName: "worldTap"
        enabled: Worlds.hasWorld
        onTapped: (eventPoint) => {
            const near = view3d.mapTo3DScene(Qt.vector3d(eventPoint.position.x, eventPoint.position.y, 0))
            const far = view3d.mapTo3DScene(Qt.vector3d(eventPoint.position.x, eventPoint.position.y, 1000))
            WorldEdit.pick(near, far.minus(near))
        }
    }

    OrbitCameraController {
        anchors.fill: parent
        enabled: !view.flying
        origin: orbitOrigin
        camera: camera
        panEnabled: true
    }

    WasdController {
        id: wasd
        anchors.fill: parent
        enabled: view.flying
        keysEnabled: view.flying
        mouseEnabled: view.flying
        controlledObject: flyCamera
        speed: Math.max(0.5, Worlds.radius / 80)
    }
}
