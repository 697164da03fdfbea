// The vocabulary's entries. Object words name a catalog category (the generator picks the
// prefab that suits the setting) or one prefab; every one of them is checked against the catalog
// by the tests.

#include "worldvocabulary.h"

#include <QHash>

namespace nexus::worlds {

QString featureName(Feature f)
{
    switch (f) {
    case Feature::None: return QStringLiteral("none");
    case Feature::Lake: return QStringLiteral("lake");
    case Feature::Pond: return QStringLiteral("pond");
    case Feature::Hill: return QStringLiteral("hill");
    case Feature::River: return QStringLiteral("river");
    case Feature::Clearing: return QStringLiteral("clearing");
    case Feature::Plaza: return QStringLiteral("plaza");
    }
    return {};
}

QString relationName(Relation r)
{
    switch (r) {
    case Relation::None: return QStringLiteral("none");
    case Relation::Around: return QStringLiteral("around");
    case Relation::On: return QStringLiteral("on");
    case Relation::Near: return QStringLiteral("near");
    case Relation::In: return QStringLiteral("in");
    case Relation::SurroundedBy: return QStringLiteral("surrounded_by");
    }
    return {};
}

const Vocabulary &Vocabulary::instance()
{
    static const Vocabulary v;
    return v;
}

Vocabulary::Vocabulary()
{
    const auto add = [this](const char *phrases, TermKind kind, const char *value = "", double number = 0, int intValue = 0) {
        for (const QString &p : QString::fromLatin1(phrases).split(QLatin1Char('|')))
            m_terms.append(Term{p, kind, QString::fromLatin1(value), number, intValue});
    };
    using K = TermKind;

    // Biomes and settings.
    add("meadow|meadows|field|fields|grassland|grasslands|plains|prairie|countryside|garden", K::Biome, "meadow");
    add("forest|forests|woods|woodland|grove|taiga", K::Biome, "forest");
    add("jungle|rainforest|tropical forest", K::Biome, "jungle");
    add("desert|dunes|sand dunes|oasis|savanna|wasteland", K::Biome, "desert");
    add("snow|snowy|arctic|tundra|frozen|glacier|winter|icy", K::Biome, "snow");
    add("ocean|coast|coastal|beach|shore|seaside|sea|harbor|harbour|bay", K::Biome, "ocean_coast");
    add("island|islands|archipelago|atoll", K::Biome, "island");
    add("swamp|marsh|bog|bayou|wetland|wetlands|fen", K::Biome, "swamp");
    add("mountains|mountain|mountainous|peaks|alpine|highlands|cliffs", K::Biome, "mountains");
    add("canyon|canyons|mesa|badlands|gorge", K::Biome, "canyon");
    add("volcano|volcanic|lava|magma", K::Biome, "volcano");
    add("city|downtown|metropolis|town|street|streets|urban|skyline", K::Biome, "city");
    add("village|hamlet|settlement|farm|farmland", K::Biome, "village");
    add("space station|starbase|orbital station|spaceport", K::Biome, "space_station");
    add("alien planet|alien world|exoplanet|mars|martian", K::Biome, "alien_planet");
    add("moon|lunar|asteroid field|crater", K::Biome, "moon");
    add("ruins|ruined city|lost city|ancient ruins", K::Biome, "ruins");

    // Time of day.
    add("dawn|daybreak|sunrise|first light", K::Time, "dawn");
    add("morning", K::Time, "morning");
    add("noon|midday|daytime|day", K::Time, "noon");
    add("afternoon", K::Time, "afternoon");
    add("sunset|golden hour|sundown", K::Time, "sunset");
    add("dusk|twilight|evening", K::Time, "dusk");
    add("night|midnight|nighttime|moonlight|moonlit|starry|starlit", K::Time, "night");

    // Weather.
    add("clear|sunny|bright|cloudless", K::Weather, "clear");
    add("cloudy|overcast|grey sky|gray sky", K::Weather, "cloudy");
    add("rain|rainy|raining|drizzle|showers|wet", K::Weather, "rain");
    add("storm|stormy|thunder|thunderstorm|lightning", K::Weather, "storm");
    add("snowing|snowfall|blizzard|snowstorm", K::Weather, "snow");
    add("fog|foggy|mist|misty|haze|hazy", K::Weather, "fog");
    add("windy|wind|breezy|gusty", K::Weather, "wind");
    add("sandstorm|dust storm|dusty", K::Weather, "sandstorm");

    // World types (ImmersiVerse WorldType).
    add("fantasy|magic|magical|enchanted|mystical|fairy|fairytale|mythical|wizard", K::WorldType, "fantasy");
    add("sci-fi|sci fi|scifi|science fiction|futuristic|future|cyberpunk|high-tech|robotic", K::WorldType, "sci_fi");
    add("realistic|real|photorealistic|modern day", K::WorldType, "realistic");
    add("surreal|dreamlike|dream|psychedelic|bizarre|otherworldly|floating", K::WorldType, "surreal");
    add("historical|medieval|ancient|victorian|roman|viking|old-world", K::WorldType, "historical");
    add("cosmic|outer space|space|galactic|interstellar|zero gravity", K::WorldType, "space");
    add("natural|wild|wilderness|untouched|nature", K::WorldType, "nature");
    add("metropolitan|industrial|neon", K::WorldType, "urban");

    // Moods.
    add("peaceful|calm|serene|tranquil|quiet|cozy|cosy", K::Mood, "peaceful");
    add("spooky|haunted|eerie|creepy|dark|gloomy|sinister|abandoned", K::Mood, "eerie");
    add("cheerful|happy|vibrant|colorful|colourful|festive", K::Mood, "cheerful");
    add("epic|majestic|grand|dramatic", K::Mood, "epic");

    // Density.
    add("empty|barren|desolate|sparse|lonely|bare|minimal", K::Density, "", 0.35);
    add("dense|lush|crowded|bustling|busy|overgrown|thick|packed|teeming", K::Density, "", 1.8);

    // Objects: catalog categories.
    add("castle|fortress|citadel|keep|palace", K::Object, "castle");
    add("tower|watchtower|turret|spire", K::Object, "tower");
    add("wizard tower|mage tower", K::Prefab, "wizard_tower_01");
    add("house|home|cottage|cabin|building|dwelling", K::Object, "house");
    add("hut|shack|shelter", K::Object, "hut");
    add("skyscraper|high-rise|highrise", K::Object, "skyscraper");
    add("office|office building", K::Object, "office");
    add("temple|shrine|sanctuary", K::Object, "temple");
    add("lighthouse", K::Object, "lighthouse");
    add("windmill|mill", K::Object, "windmill");
    add("igloo", K::Object, "igloo");
    add("dome|habitat|colony|base|outpost", K::Object, "dome");
    add("pyramid", K::Object, "pyramid");
    add("station", K::Object, "station");
    add("stall|market stall|market|shop|stand", K::Object, "stall");
    add("car|vehicle|taxi", K::Object, "car");
    add("boat|canoe|rowboat|dinghy", K::Object, "boat");
    add("ship|sailing ship|galleon|pirate ship", K::Object, "ship");
    add("spaceship|starship|spacecraft|rocket|shuttle", K::Object, "spaceship");
    add("rover|buggy|lander", K::Object, "rover");
    add("cart|wagon|carriage", K::Object, "cart");
    add("knight|guard|soldier|warrior", K::Object, "knight");
    add("villager|person|farmer|merchant|townsfolk|traveller|traveler", K::Object, "villager");
    add("robot|android|droid|mech", K::Object, "robot");
    add("alien|creature|martian creature", K::Object, "alien");
    add("dragon|wyvern", K::Object, "dragon");
    add("snowman", K::Object, "snowman");
    add("barrel|keg", K::Object, "barrel");
    add("crate|box|cargo", K::Object, "crate");
    add("bench|seat", K::Object, "bench");
    add("fountain", K::Object, "fountain");
    add("statue|monument|sculpture", K::Object, "statue");
    add("well", K::Object, "well");
    add("fence", K::Object, "fence");
    add("tent|camp", K::Object, "tent");
    add("signpost|sign", K::Object, "signpost");
    add("bridge", K::Object, "bridge");
    add("obelisk|monolith", K::Object, "obelisk");
    add("pillar|column", K::Object, "pillar");
    add("tree", K::Object, "tree");
    add("oak|oak tree", K::Prefab, "oak_tree_01");
    add("pine|pine tree|fir|fir tree|spruce|conifer", K::Prefab, "pine_tree_01");
    add("palm|palm tree", K::Prefab, "palm_tree_01");
    add("dead tree|bare tree", K::Prefab, "dead_tree_01");
    add("cactus", K::Object, "cactus");
    add("rock|stone|boulder", K::Object, "rock");
    add("bush|shrub|hedge", K::Object, "bush");
    add("flower|wildflower|blossom", K::Object, "flowers");
    add("mushroom|toadstool|fungus", K::Object, "mushroom");
    add("crystal|gem|gemstone", K::Object, "crystal");
    add("reed|cattail", K::Object, "reeds");
    add("iceberg|ice floe", K::Object, "iceberg");
    add("asteroid|floating rock|meteor", K::Object, "asteroid");
    add("lamp|street lamp|streetlight|lamppost", K::Object, "lamp");
    add("lantern", K::Object, "lantern");
    add("torch|brazier", K::Object, "torch");
    add("neon sign|billboard", K::Object, "neon");
    add("pylon|beacon", K::Object, "pylon");
    add("campfire|fire|bonfire", K::Object, "campfire");
    add("firefly", K::Object, "fireflies");
    add("portal|gateway|stargate", K::Object, "portal");
    add("smoke|chimney smoke", K::Object, "smoke");
    add("sparkle|glitter", K::Object, "sparkles");
    add("hologram|holographic display|screen", K::Object, "hologram");
    add("notice board|information board|board|map", K::Object, "board");
    add("waypoint|marker", K::Object, "waypoint");

    // Terrain features.
    add("lake|lagoon|reservoir", K::Feature, "lake", 0, int(Feature::Lake));
    add("pond|pool|spring", K::Feature, "pond", 0, int(Feature::Pond));
    add("hill|hilltop|mound|knoll|rise", K::Feature, "hill", 0, int(Feature::Hill));
    add("river|stream|creek|brook", K::Feature, "river", 0, int(Feature::River));
    add("clearing|glade", K::Feature, "clearing", 0, int(Feature::Clearing));
    add("plaza|square|courtyard", K::Feature, "plaza", 0, int(Feature::Plaza));

    // Counts.
    add("a|an|one|single|lone|solitary", K::Count, "", 1);
    add("two|pair of|a pair of|couple of|a couple of|twin", K::Count, "", 2);
    add("three|few|a few", K::Count, "", 3);
    add("four", K::Count, "", 4);
    add("five|some|handful of|a handful of", K::Count, "", 5);
    add("six|several", K::Count, "", 6);
    add("seven", K::Count, "", 7);
    add("eight", K::Count, "", 8);
    add("nine", K::Count, "", 9);
    add("ten|many|lots of|plenty of|numerous", K::Count, "", 10);
    add("eleven", K::Count, "", 11);
    add("twelve|dozen|a dozen", K::Count, "", 12);
    add("twenty|dozens of|scores of", K::Count, "", 20);

    // Traits and sizes of the next object.
    add("glowing|luminous|glowy|shining|radiant|bioluminescent", K::Trait, "glow");
    add("ruined|crumbling|broken|collapsed", K::Trait, "ruin");
    add("giant|gigantic|enormous|colossal|massive", K::Size, "", 2.2);
    add("huge|towering|large|big", K::Size, "", 1.6);
    add("tall|high", K::Size, "", 1.3);
    add("small|little|short", K::Size, "", 0.65);
    add("tiny|miniature|mini", K::Size, "", 0.4);

    // Relations.
    add("around|encircling|circling|ringed around|round", K::Relation, "", 0, int(Relation::Around));
    add("on|on top of|atop|upon|over|above", K::Relation, "", 0, int(Relation::On));
    add("near|next to|beside|by|close to|besides|alongside|along|beneath|under|below|behind|facing", K::Relation, "", 0, int(Relation::Near));
    add("in|inside|within|among|amid|amongst|at|across|throughout", K::Relation, "", 0, int(Relation::In));
    add("surrounded by|encircled by|ringed by|circled by|guarded by|lined with", K::Relation, "", 0, int(Relation::SurroundedBy));

    // Grammar: understood, no effect of their own.
    add("the|and|with|of|or|to|is|are|there|where|which|that|its|it|their|full of|filled with|has|have|having|plus|this|these|those|"
        "world|scene|place|land|landscape|realm|area|setting|environment|view|very|quite|some kind of|kind of|from|for|as|into|onto|"
        "make|create|build|generate|show|me|please|featuring|containing",
        K::Grammar);

    for (qsizetype i = 0; i < m_terms.size(); ++i)
        m_index.insert(m_terms[i].phrase, i);
}

const Term *Vocabulary::exact(const QString &phrase) const
{
    const auto it = m_index.constFind(phrase);
    return it == m_index.constEnd() ? nullptr : &m_terms[*it];
}

const Term *Vocabulary::match(const QStringList &words, qsizetype at, int *length, bool *plural) const
{
    *plural = false;
    for (int n = 3; n >= 1; --n) {
        if (at + n > words.size())
            continue;
        QStringList parts = words.mid(at, n);
        QString phrase = parts.join(QLatin1Char(' '));
        if (const Term *t = exact(phrase)) {
            *length = n;
            return t;
        }
        // Plurals of object and prefab words: towers, benches, bushes, ponies → pony, fungi are listed.
        QString &last = parts.last();
        static const QHash<QString, QString> irregular{{QStringLiteral("people"), QStringLiteral("person")}, {QStringLiteral("cacti"), QStringLiteral("cactus")},
                                                       {QStringLiteral("fungi"), QStringLiteral("fungus")}, {QStringLiteral("mice"), QStringLiteral("mouse")},
                                                       {QStringLiteral("wolves"), QStringLiteral("wolf")}, {QStringLiteral("shelves"), QStringLiteral("shelf")}};
        QStringList singulars;
        if (irregular.contains(last))
            singulars << irregular.value(last);
        if (last.endsWith(QLatin1String("ies")))
            singulars << last.chopped(3) + QLatin1Char('y');
        if (last.endsWith(QLatin1String("es")))
            singulars << last.chopped(2);
        if (last.endsWith(QLatin1Char('s')) && !last.endsWith(QLatin1String("ss")))
            singulars << last.chopped(1);
        for (const QString &s : std::as_const(singulars)) {
            QStringList candidate = parts;
            candidate.last() = s;
            const Term *t = exact(candidate.join(QLatin1Char(' ')));
            if (t && (t->kind == TermKind::Object || t->kind == TermKind::Prefab || t->kind == TermKind::Feature)) {
                *length = n;
                *plural = true;
                return t;
            }
        }
    }
    return nullptr;
}

int Vocabulary::meaningfulCount() const
{
    int n = 0;
    for (const Term &t : m_terms)
        n += t.kind != TermKind::Grammar;
    return n;
}

} // namespace nexus::worlds
