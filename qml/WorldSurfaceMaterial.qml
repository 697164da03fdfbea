import QtQuick
import QtQuick3D
import Nexus

// A surface of the world preview (terrain, paths, water, prefabs): `tint` times the mesh's
// vertex colours, lit by the scene, then faded into the blueprint's exponential fog (density per
// metre towards the fog colour; Worlds.fogShown turns it off). Inside the world the fog thickens
// from the camera, as a visitor sees it; from outside it starts at the world's near edge, so an
// overview shows the world fading into its fog rather than a wall of it.
CustomMaterial {
    property color tint: "white"
    property real roughness: 0.9
    property real specular: 0
    property real fogDensity: Worlds.fogShown ? Worlds.fogDensity : 0
    property color fogColor: Worlds.fogColor
    property vector3d worldCenter: Worlds.center
    property real worldRadius: Worlds.radius

    shadingMode: CustomMaterial.Shaded
    fragmentShader: "shaders/worldsurface.frag"
    // Translucent (water): the shader's output is premultiplied by its alpha.
    sourceBlend: tint.a < 1 ? CustomMaterial.One : CustomMaterial.NoBlend
    destinationBlend: tint.a < 1 ? CustomMaterial.OneMinusSrcAlpha : CustomMaterial.NoBlend
}
