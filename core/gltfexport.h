#pragma once
// A world as glTF 2.0 binary (.glb): the terrain (vertex colours), paths, water, and one mesh per
// prefab with a material per part colour (glowing parts emissive), placed by one node per
// instance with its translation, rotation and scale. Blueprint axes (Unity, left-handed) are
// mirrored in z into glTF's right-handed ones.

#include "worldblueprint.h"

#include <QByteArray>

namespace nexus::worlds {

QByteArray exportGlb(const Blueprint &b);

} // namespace nexus::worlds
