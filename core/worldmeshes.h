#pragma once
// The meshes of a world beyond its prefabs, in blueprint axes (Unity's: y up, left-handed):
// the terrain grid coloured by setting, shore, slope and height, and the path / road ribbons.
// The 3D preview and the glTF export both draw from these.

#include "prefabmesh.h"
#include "worldblueprint.h"

namespace nexus::worlds {

Mesh terrainMesh(const Blueprint &b);
Mesh pathMesh(const Blueprint &b); // paths and roads (rivers are water)

// A copy in right-handed axes (z mirrored): positions, normals, and the winding of every triangle.
Mesh mirroredZ(const Mesh &m);

// sRGB component (0..1) to linear, as renderers and glTF expect vertex and material colours.
float srgbToLinear(float v);

} // namespace nexus::worlds
