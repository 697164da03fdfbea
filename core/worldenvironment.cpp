// The environment a world's settings call for (sun, sky, fog, ambient sound, weather, with the
// ImmersiVerse keys lighting / weather / ambient_sound / skybox kept), and its title and
// description written from what the prompt was understood to ask for.

#include "worldgenerator.h"

#include <QJsonArray>

#include <cmath>
#include <numbers>

namespace nexus::worlds {

namespace {

struct Sun {
    double elevation, azimuth; // degrees
    const char *color;
    double intensity;
    const char *skyTop, *skyHorizon;
    double ambient;
};

Sun sunFor(TimeOfDay t)
{
    switch (t) {
    case TimeOfDay::Dawn: return {6, 95, "#ffb07a", 0.6, "#5b6f9e", "#f4b183", 0.35};
    case TimeOfDay::Morning: return {30, 120, "#fff1dc", 1.0, "#5f9ee0", "#cfe3f5", 0.5};
    case TimeOfDay::Noon: return {70, 180, "#ffffff", 1.2, "#3f86d8", "#c4ddf3", 0.6};
    case TimeOfDay::Afternoon: return {40, 230, "#fff4e0", 1.05, "#4f8fd6", "#d7e6f2", 0.55};
    case TimeOfDay::Sunset: return {8, 265, "#ff9a5a", 0.7, "#3d4f8a", "#f59c62", 0.35};
    case TimeOfDay::Dusk: return {2, 280, "#c98aa8", 0.35, "#232b52", "#8a6a8e", 0.25};
    case TimeOfDay::Night: return {35, 200, "#9fb4ff", 0.18, "#05070f", "#1a2240", 0.12};
    }
    return {45, 180, "#ffffff", 1, "#3f86d8", "#c4ddf3", 0.5};
}

QString hexMix(const QString &a, const QString &b, double t)
{
    const auto channel = [](const QString &hex, int k) { return hex.mid(1 + 2 * k, 2).toInt(nullptr, 16); };
    QString out = QStringLiteral("#");
    for (int k = 0; k < 3; ++k)
        out += QStringLiteral("%1").arg(int(std::lround(channel(a, k) * (1 - t) + channel(b, k) * t)), 2, 16, QLatin1Char('0'));
    return out;
}

QString ambientSound(const ResolvedSettings &s)
{
    if (s.weather == Weather::Storm)
        return QStringLiteral("thunderstorm");
    if (s.weather == Weather::Rain)
        return s.biome == Biome::City ? QStringLiteral("rain_on_streets") : QStringLiteral("rain_on_leaves");
    if (s.weather == Weather::Sandstorm)
        return QStringLiteral("howling_sand");
    if (s.weather == Weather::Wind || s.weather == Weather::Snow)
        return QStringLiteral("wind");
    const bool night = s.time == TimeOfDay::Night || s.time == TimeOfDay::Dusk;
    switch (s.biome) {
    case Biome::Forest: return s.worldType == WorldType::Fantasy ? QStringLiteral("magical_forest") : night ? QStringLiteral("forest_night_crickets") : QStringLiteral("forest_birds");
    case Biome::Jungle: return QStringLiteral("jungle_wildlife");
    case Biome::Meadow: return night ? QStringLiteral("crickets") : QStringLiteral("meadow_birds");
    case Biome::Desert:
    case Biome::Canyon: return QStringLiteral("desert_wind");
    case Biome::Snow:
    case Biome::Mountains: return QStringLiteral("mountain_wind");
    case Biome::OceanCoast:
    case Biome::Island: return QStringLiteral("ocean_waves");
    case Biome::Swamp: return QStringLiteral("swamp_frogs");
    case Biome::Volcano: return QStringLiteral("lava_rumble");
    case Biome::City: return night ? QStringLiteral("city_night") : QStringLiteral("city_traffic");
    case Biome::Village: return QStringLiteral("village_life");
    case Biome::SpaceStation: return QStringLiteral("station_hum");
    case Biome::AlienPlanet: return QStringLiteral("alien_wildlife");
    case Biome::Moon: return QStringLiteral("silence");
    case Biome::Ruins: return s.mood == QLatin1String("eerie") ? QStringLiteral("eerie_wind") : QStringLiteral("ruins_wind");
    }
    return QStringLiteral("nature");
}

QString lighting(const ResolvedSettings &s)
{
    if (s.mood == QLatin1String("eerie"))
        return QStringLiteral("eerie");
    if (s.worldType == WorldType::Fantasy)
        return QStringLiteral("mystical");
    if (s.worldType == WorldType::SciFi || (s.biome == Biome::City && s.time == TimeOfDay::Night))
        return QStringLiteral("neon");
    switch (s.time) {
    case TimeOfDay::Night: return QStringLiteral("moonlight");
    case TimeOfDay::Sunset:
    case TimeOfDay::Dawn: return QStringLiteral("golden_hour");
    case TimeOfDay::Dusk: return QStringLiteral("twilight");
    default: return s.weather == Weather::Cloudy || s.weather == Weather::Rain || s.weather == Weather::Storm ? QStringLiteral("overcast") : QStringLiteral("natural");
    }
}

QString biomeWords(Biome b)
{
    switch (b) {
    case Biome::Meadow: return QStringLiteral("meadow");
    case Biome::Forest: return QStringLiteral("forest");
    case Biome::Jungle: return QStringLiteral("jungle");
    case Biome::Desert: return QStringLiteral("desert");
    case Biome::Snow: return QStringLiteral("snowfield");
    case Biome::OceanCoast: return QStringLiteral("coast");
    case Biome::Island: return QStringLiteral("island");
    case Biome::Swamp: return QStringLiteral("swamp");
    case Biome::Mountains: return QStringLiteral("mountains");
    case Biome::Canyon: return QStringLiteral("canyon");
    case Biome::Volcano: return QStringLiteral("volcano");
    case Biome::City: return QStringLiteral("city");
    case Biome::Village: return QStringLiteral("village");
    case Biome::SpaceStation: return QStringLiteral("space station");
    case Biome::AlienPlanet: return QStringLiteral("alien planet");
    case Biome::Moon: return QStringLiteral("moon");
    case Biome::Ruins: return QStringLiteral("ruins");
    }
    return {};
}

QString timeWords(TimeOfDay t)
{
    switch (t) {
    case TimeOfDay::Dawn: return QStringLiteral("at dawn");
    case TimeOfDay::Morning: return QStringLiteral("in the morning");
    case TimeOfDay::Noon: return QStringLiteral("at midday");
    case TimeOfDay::Afternoon: return QStringLiteral("in the afternoon");
    case TimeOfDay::Sunset: return QStringLiteral("at sunset");
    case TimeOfDay::Dusk: return QStringLiteral("at dusk");
    case TimeOfDay::Night: return QStringLiteral("at night");
    }
    return {};
}

QString titleCase(const QString &text)
{
    static const QStringList small{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("on"),
                                   QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("around"), QStringLiteral("and"),
                                   QStringLiteral("near"), QStringLiteral("with")};
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i)
        if (i == 0 || !small.contains(words[i]))
            words[i][0] = words[i][0].toUpper();
    return words.join(QLatin1Char(' '));
}

// "three towers around a lake": the object's words, its relation and its target's words.
QString objectPhrase(const WorldSpec &spec, int i)
{
    const ObjectRequest &o = spec.objects[i];
    QString phrase = o.words;
    if (o.relation != Relation::None && o.target >= 0 && o.target < spec.objects.size()) {
        const QString target = spec.objects[o.target].words;
        const bool counted = target.startsWith(QLatin1String("a ")) || target.startsWith(QLatin1String("an ")) || spec.objects[o.target].countGiven;
        const QString rel = o.relation == Relation::Around ? QStringLiteral("around") : o.relation == Relation::On ? QStringLiteral("on")
                          : o.relation == Relation::Near ? QStringLiteral("near") : QStringLiteral("in");
        phrase += QLatin1Char(' ') + rel + QLatin1Char(' ') + (counted ? QString() : QStringLiteral("the ")) + target;
    }
    return phrase;
}

} // namespace

QJsonObject environmentSettings(const ResolvedSettings &s, std::optional<double> waterLevel)
{
    const Sun sun = sunFor(s.time);
    const double el = sun.elevation * std::numbers::pi / 180, az = sun.azimuth * std::numbers::pi / 180;
    // The direction the light travels (from the sun towards the ground), y up.
    const QJsonArray direction{std::round(-std::cos(el) * std::sin(az) * 1000) / 1000, std::round(-std::sin(el) * 1000) / 1000,
                               std::round(-std::cos(el) * std::cos(az) * 1000) / 1000};
    double fogDensity = 0.0015;
    QString fogColor = QString::fromLatin1(sun.skyHorizon);
    double intensity = sun.intensity;
    QString skyTop = QString::fromLatin1(sun.skyTop), skyHorizon = QString::fromLatin1(sun.skyHorizon);
    switch (s.weather) {
    case Weather::Clear: break;
    case Weather::Cloudy:
        fogDensity = 0.004, intensity *= 0.7, skyTop = hexMix(skyTop, QStringLiteral("#8a9099"), 0.6), skyHorizon = hexMix(skyHorizon, QStringLiteral("#a4a9b0"), 0.6);
        break;
    case Weather::Rain:
        fogDensity = 0.008, intensity *= 0.55, skyTop = hexMix(skyTop, QStringLiteral("#5c6470"), 0.7), skyHorizon = hexMix(skyHorizon, QStringLiteral("#7d858f"), 0.7);
        break;
    case Weather::Storm:
        fogDensity = 0.012, intensity *= 0.4, skyTop = hexMix(skyTop, QStringLiteral("#2e333b"), 0.8), skyHorizon = hexMix(skyHorizon, QStringLiteral("#4a5059"), 0.8);
        break;
    case Weather::Snow:
        fogDensity = 0.01, intensity *= 0.75, skyTop = hexMix(skyTop, QStringLiteral("#c9d2dc"), 0.6), skyHorizon = hexMix(skyHorizon, QStringLiteral("#e6ecf2"), 0.6);
        break;
    case Weather::Fog:
        fogDensity = 0.02, intensity *= 0.6, skyHorizon = hexMix(skyHorizon, QStringLiteral("#c8ccd0"), 0.7);
        break;
    case Weather::Wind: fogDensity = 0.003; break;
    case Weather::Sandstorm:
        fogDensity = 0.03, intensity *= 0.5, skyTop = hexMix(skyTop, QStringLiteral("#b08a55"), 0.8), skyHorizon = hexMix(skyHorizon, QStringLiteral("#c8a870"), 0.85);
        break;
    }
    if (s.weather != Weather::Clear && s.weather != Weather::Wind)
        fogColor = skyHorizon;
    if (s.mood == QLatin1String("eerie"))
        fogDensity = std::max(fogDensity, 0.012), fogColor = hexMix(fogColor, QStringLiteral("#4a5a5a"), 0.5);
    if (s.biome == Biome::SpaceStation || s.biome == Biome::Moon)
        fogDensity = 0, skyTop = QStringLiteral("#000005"), skyHorizon = QStringLiteral("#0a0c1a");
    QString skybox = s.biome == Biome::SpaceStation || s.biome == Biome::Moon || s.worldType == WorldType::Space ? QStringLiteral("space_starfield")
                     : s.worldType == WorldType::Fantasy ? QStringLiteral("fantasy_sky")
                     : s.biome == Biome::AlienPlanet ? QStringLiteral("alien_sky")
                                                     : timeOfDayName(s.time) + QLatin1Char('_') + weatherName(s.weather);
    QJsonObject env{{QStringLiteral("lighting"), lighting(s)},
                    {QStringLiteral("weather"), weatherName(s.weather)},
                    {QStringLiteral("ambient_sound"), ambientSound(s)},
                    {QStringLiteral("skybox"), skybox},
                    {QStringLiteral("biome"), biomeName(s.biome)},
                    {QStringLiteral("time_of_day"), timeOfDayName(s.time)},
                    {QStringLiteral("sun"), QJsonObject{{QStringLiteral("direction"), direction},
                                                        {QStringLiteral("color"), QString::fromLatin1(sun.color)},
                                                        {QStringLiteral("intensity"), std::round(intensity * 1000) / 1000},
                                                        {QStringLiteral("elevation_deg"), sun.elevation}}},
                    {QStringLiteral("sky"), QJsonObject{{QStringLiteral("top"), skyTop}, {QStringLiteral("horizon"), skyHorizon}}},
                    {QStringLiteral("fog"), QJsonObject{{QStringLiteral("enabled"), fogDensity > 0},
                                                        {QStringLiteral("color"), fogColor},
                                                        {QStringLiteral("density"), fogDensity}}},
                    {QStringLiteral("ambient"), QJsonObject{{QStringLiteral("color"), skyHorizon}, {QStringLiteral("intensity"), sun.ambient}}}};
    if (!s.mood.isEmpty())
        env.insert(QStringLiteral("mood"), s.mood);
    if (waterLevel)
        env.insert(QStringLiteral("water"), QJsonObject{{QStringLiteral("level"), *waterLevel},
                                                       {QStringLiteral("color"), s.biome == Biome::Swamp ? QStringLiteral("#4d5a3a")
                                                                                 : s.biome == Biome::Volcano ? QStringLiteral("#ff5a1f")
                                                                                                            : QStringLiteral("#3a7bbf")}});
    return env;
}

QString worldTitle(const WorldSpec &spec, const ResolvedSettings &s)
{
    QString setting = biomeWords(s.biome);
    if (s.worldType == WorldType::Fantasy && s.biome == Biome::Forest)
        setting = QStringLiteral("enchanted forest");
    QString title;
    // The first object that is not a feature someone else refers to leads the title.
    for (int i = 0; i < spec.objects.size() && title.isEmpty(); ++i) {
        bool isTarget = false;
        for (const ObjectRequest &o : spec.objects)
            isTarget = isTarget || o.target == i;
        if (!isTarget || spec.objects.size() == 1)
            title = objectPhrase(spec, i);
    }
    QString phrase = title.isEmpty() ? setting : title + QStringLiteral(" in the ") + setting;
    if (spec.time)
        phrase += QLatin1Char(' ') + timeWords(s.time);
    // Leading "a"/"an" reads oddly in a title.
    for (const QString &article : {QStringLiteral("a "), QStringLiteral("an ")})
        if (phrase.startsWith(article))
            phrase = phrase.mid(article.size());
    return titleCase(phrase).left(200);
}

QString worldDescription(const WorldSpec &spec, const ResolvedSettings &s, int instanceCount)
{
    QStringList parts;
    for (int i = 0; i < spec.objects.size(); ++i) {
        bool isTarget = false;
        for (const ObjectRequest &o : spec.objects)
            isTarget = isTarget || o.target == i;
        if (!isTarget)
            parts << objectPhrase(spec, i);
    }
    QString text = QStringLiteral("A %1%2 %3 %4").arg(s.mood.isEmpty() ? QString() : s.mood + QLatin1Char(' '),
                                                       worldTypeName(s.worldType).replace(QLatin1Char('_'), QLatin1Char('-')), biomeWords(s.biome),
                                                       timeWords(s.time));
    if (s.weather != Weather::Clear)
        text += QStringLiteral(", weather: %1").arg(weatherName(s.weather));
    text += QStringLiteral(". ");
    if (!parts.isEmpty())
        text += QStringLiteral("Features %1. ").arg(parts.join(QStringLiteral(", ")));
    text += QStringLiteral("%1 objects placed.").arg(instanceCount);
    if (!spec.ignored.isEmpty())
        text += QStringLiteral(" Not understood: %1.").arg(spec.ignored.join(QStringLiteral(", ")));
    return text.left(2000);
}

} // namespace nexus::worlds
