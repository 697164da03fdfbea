#pragma once
// Triangle meshes built from a prefab's primitives (prefabcatalog.h): what the 3D preview uploads
// once per prefab and instances, and what the glTF export writes. Counter-clockwise front faces,
// y up, metres; a part's colour and glow are carried per vertex.

#include "prefabcatalog.h"

#include <QList>

namespace nexus::worlds {

struct Mesh {
    QList<float> positions; // x y z per vertex
    QList<float> normals;   // unit x y z per vertex
    QList<float> colors;    // r g b (sRGB, 0..1) and glow (0..1) per vertex
    QList<quint32> indices; // three per triangle
    Vec3 min, max;          // bounds of the positions

    int vertexCount() const { return int(positions.size() / 3); }
    int triangleCount() const { return int(indices.size() / 3); }
};

Mesh buildPrefabMesh(const Prefab &prefab);
// One part alone (for tests and for meshes of single shapes).
void appendPart(Mesh &mesh, const MeshPart &part);

} // namespace nexus::worlds
