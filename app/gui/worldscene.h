#pragma once
// What the Worlds panel's View3D draws, prepared from a blueprint off the GUI thread: vertex data
// for the terrain, the paths and each prefab's mesh, and each prefab's instance table (one draw
// per prefab). Blueprints use Unity's left-handed axes; the preview mirrors z into Qt Quick 3D's
// right-handed ones (positions, rotations, and the meshes with their winding).

#include "worldblueprint.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QQuaternion>
#include <QVector3D>

namespace nexus {

// Interleaved vertices: position (3 floats), normal (3), colour (4: r g b a); 32-bit indices.
constexpr int kSceneStride = 10 * sizeof(float);

struct SceneMesh {
    QByteArray vertices;
    QByteArray indices;
    QVector3D min, max;
    bool isEmpty() const { return indices.isEmpty(); }
};

struct SceneBatch {
    QString prefabId;
    QString prefabName;
    SceneMesh mesh;       // shared by every instance
    QByteArray instances; // QQuick3DInstancing table entries
    int count = 0;
};

struct PreparedScene {
    SceneMesh terrain;
    SceneMesh paths;
    QList<SceneBatch> batches;
    double size = 0;
    bool hasWater = false;
    double waterLevel = 0;
    QColor waterColor;
    QVector3D center; // of what is worth looking at
    double radius = 50;
    QQuaternion sunRotation;
    QColor sunColor;
    double sunBrightness = 1;
    QColor skyTop, skyHorizon, ambient;
    double fogDensity = 0;
    QColor fogColor;
};

// The mesh of one prefab in preview axes (cached per prefab id; thread-safe).
SceneMesh prefabSceneMesh(const QString &prefabId);
PreparedScene prepareScene(const worlds::Blueprint &b);

} // namespace nexus
