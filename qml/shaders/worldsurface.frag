// WorldSurfaceMaterial: lit by the scene like a DefaultMaterial (Qt multiplies in the mesh's
// vertex colours), then blended into the blueprint's exponential fog by the distance from the
// camera, counted from the world's near edge when the camera is outside it
// (Qt 6.4's SceneEnvironment has no fog of its own).
void MAIN()
{
    BASE_COLOR = tint;
    METALNESS = 0.0;
    ROUGHNESS = roughness;
    SPECULAR_AMOUNT = specular;
}

void POST_PROCESS()
{
    float fogStart = max(0.0, length(CAMERA_POSITION - worldCenter) - worldRadius);
    float distance = max(0.0, length(VAR_WORLD_POSITION - CAMERA_POSITION) - fogStart);
    float fogged = 1.0 - exp(-fogDensity * distance);
    // COLOR_SUM is premultiplied by its alpha (water), so the fog is too.
    COLOR_SUM = vec4(mix(COLOR_SUM.rgb, fogColor.rgb * COLOR_SUM.a, fogged), COLOR_SUM.a);
}
