#include "worldgenerator.h"

#include "worldlayout.h"

#include <QHash>

#include <algorithm>

namespace nexus::worlds {

namespace {

// Settings implied by the objects a prompt names, when it names no setting itself.
std::optional<Biome> biomeHint(const QString &category)
{
    static const QHash<QString, Biome> hints{{QStringLiteral("lighthouse"), Biome::OceanCoast}, {QStringLiteral("boat"), Biome::OceanCoast},
                                             {QStringLiteral("ship"), Biome::OceanCoast},       {QStringLiteral("cactus"), Biome::Desert},
                                             {QStringLiteral("pyramid"), Biome::Desert},        {QStringLiteral("igloo"), Biome::Snow},
                                             {QStringLiteral("snowman"), Biome::Snow},          {QStringLiteral("iceberg"), Biome::Snow},
                                             {QStringLiteral("skyscraper"), Biome::City},       {QStringLiteral("office"), Biome::City},
                                             {QStringLiteral("car"), Biome::City},              {QStringLiteral("neon"), Biome::City},
                                             {QStringLiteral("station"), Biome::SpaceStation},  {QStringLiteral("spaceship"), Biome::SpaceStation},
                                             {QStringLiteral("dome"), Biome::Moon},             {QStringLiteral("rover"), Biome::Moon},
                                             {QStringLiteral("alien"), Biome::AlienPlanet},     {QStringLiteral("temple"), Biome::Ruins},
                                             {QStringLiteral("pillar"), Biome::Ruins},          {QStringLiteral("windmill"), Biome::Village},
                                             {QStringLiteral("well"), Biome::Village},          {QStringLiteral("stall"), Biome::Village},
                                             {QStringLiteral("house"), Biome::Village},         {QStringLiteral("cart"), Biome::Village},
                                             {QStringLiteral("castle"), Biome::Meadow},         {QStringLiteral("tree"), Biome::Forest}};
    const auto it = hints.constFind(category);
    return it == hints.constEnd() ? std::nullopt : std::optional<Biome>(*it);
}

std::optional<WorldType> typeHint(const QString &category)
{
    static const QHash<QString, WorldType> hints{{QStringLiteral("castle"), WorldType::Fantasy},   {QStringLiteral("dragon"), WorldType::Fantasy},
                                                 {QStringLiteral("knight"), WorldType::Fantasy},   {QStringLiteral("portal"), WorldType::Fantasy},
                                                 {QStringLiteral("station"), WorldType::SciFi},    {QStringLiteral("spaceship"), WorldType::SciFi},
                                                 {QStringLiteral("robot"), WorldType::SciFi},      {QStringLiteral("hologram"), WorldType::SciFi},
                                                 {QStringLiteral("rover"), WorldType::SciFi},      {QStringLiteral("dome"), WorldType::SciFi},
                                                 {QStringLiteral("alien"), WorldType::SciFi},      {QStringLiteral("pyramid"), WorldType::Historical},
                                                 {QStringLiteral("temple"), WorldType::Historical}, {QStringLiteral("skyscraper"), WorldType::Urban}};
    const auto it = hints.constFind(category);
    return it == hints.constEnd() ? std::nullopt : std::optional<WorldType>(*it);
}

WorldType typeOfBiome(Biome b)
{
    switch (b) {
    case Biome::City: return WorldType::Urban;
    case Biome::SpaceStation:
    case Biome::AlienPlanet: return WorldType::SciFi;
    case Biome::Moon: return WorldType::Space;
    case Biome::Ruins: return WorldType::Historical;
    case Biome::Village: return WorldType::Realistic;
    default: return WorldType::Nature;
    }
}

Biome biomeOfType(WorldType t)
{
    switch (t) {
    case WorldType::Fantasy: return Biome::Forest;
    case WorldType::SciFi: return Biome::SpaceStation;
    case WorldType::Space: return Biome::Moon;
    case WorldType::Urban: return Biome::City;
    case WorldType::Historical: return Biome::Village;
    case WorldType::Nature: return Biome::Forest;
    case WorldType::Surreal: return Biome::AlienPlanet;
    case WorldType::Realistic: return Biome::Meadow;
    }
    return Biome::Meadow;
}

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace

ResolvedSettings resolveSettings(const WorldSpec &spec, const GenerateOptions &options)
{
    ResolvedSettings s;
    std::optional<Biome> biome = spec.biome;
    std::optional<WorldType> type = options.worldType ? options.worldType : spec.worldType;
    for (const ObjectRequest &o : spec.objects) {
        const QString category = o.category.isEmpty() && !o.prefabId.isEmpty() ? PrefabCatalog::instance().find(o.prefabId)->category : o.category;
        if (!type)
            type = typeHint(category);
        if (!biome && o.feature == Feature::None)
            biome = biomeHint(category);
    }
    if (!biome && type)
        biome = biomeOfType(*type);
    s.biome = biome.value_or(Biome::Meadow);
    s.secondBiome = spec.secondBiome;
    s.worldType = type.value_or(spec.biome ? typeOfBiome(s.biome) : WorldType::Realistic);
    const bool space = s.biome == Biome::SpaceStation || s.biome == Biome::Moon;
    s.time = spec.time.value_or(space ? TimeOfDay::Night : TimeOfDay::Noon);
    s.weather = spec.weather.value_or(s.biome == Biome::Swamp ? Weather::Fog : Weather::Clear);
    if (space && s.weather != Weather::Clear)
        s.weather = Weather::Clear; // no weather in vacuum
    s.mood = spec.mood;
    s.density = spec.density;
    return s;
}

Blueprint generateWorld(const QString &prompt, const GenerateOptions &options)
{
    const WorldSpec spec = parsePrompt(prompt);
    const ResolvedSettings settings = resolveSettings(spec, options);
    // Everything random comes from this one number: the prompt's bytes and the seed.
    const quint64 seed = fnv1a(prompt.toUtf8()) ^ (options.seed * 0x9e3779b97f4a7c15ULL);

    Blueprint b;
    b.prompt = prompt;
    b.seed = options.seed;
    b.id = uuidFrom(seed, fnv1a(QByteArray::number(options.seed) + prompt.toUtf8()));
    b.worldType = settings.worldType;
    b.understanding = spec.toJson();
    b.ignored = spec.ignored;
    layOutWorld({spec, settings, seed, std::clamp(options.objectCount, 0, kMaxGeneratedObjects)}, b);
    b.environment = environmentSettings(settings, b.terrain.waterLevel());
    b.title = worldTitle(spec, settings);
    b.description = worldDescription(spec, settings, int(b.instances.size()));
    return b;
}

} // namespace nexus::worlds
