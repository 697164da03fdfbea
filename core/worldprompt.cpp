#include "worldprompt.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nexus::worlds {

QJsonObject ObjectRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("words"), words}, {QStringLiteral("count"), count}};
    if (!category.isEmpty())
        o.insert(QStringLiteral("category"), category);
    if (!prefabId.isEmpty())
        o.insert(QStringLiteral("prefab_id"), prefabId);
    if (feature != Feature::None)
        o.insert(QStringLiteral("feature"), featureName(feature));
    if (!traits.isEmpty())
        o.insert(QStringLiteral("traits"), QJsonArray::fromStringList(traits));
    if (scale != 1)
        o.insert(QStringLiteral("scale"), scale);
    if (relation != Relation::None && target >= 0) {
        o.insert(QStringLiteral("relation"), relationName(relation));
        o.insert(QStringLiteral("target"), target);
    }
    return o;
}

QJsonObject WorldSpec::toJson() const
{
    QJsonArray objectList;
    for (const ObjectRequest &r : objects)
        objectList.append(r.toJson());
    QJsonObject o{{QStringLiteral("objects"), objectList},
                  {QStringLiteral("density"), density},
                  {QStringLiteral("understood"), QJsonArray::fromStringList(understood)},
                  {QStringLiteral("ignored"), QJsonArray::fromStringList(ignored)}};
    if (biome)
        o.insert(QStringLiteral("biome"), biomeName(*biome));
    if (secondBiome)
        o.insert(QStringLiteral("second_biome"), biomeName(*secondBiome));
    if (time)
        o.insert(QStringLiteral("time_of_day"), timeOfDayName(*time));
    if (weather)
        o.insert(QStringLiteral("weather"), weatherName(*weather));
    if (worldType)
        o.insert(QStringLiteral("world_type"), worldTypeName(*worldType));
    if (!mood.isEmpty())
        o.insert(QStringLiteral("mood"), mood);
    return o;
}

namespace {

// Lower-case words: letters, digits, and inner hyphens ("sci-fi", "high-rise").
QStringList wordsOf(const QString &prompt)
{
    static const QRegularExpression word(QStringLiteral("[a-z0-9]+(?:-[a-z0-9]+)*"));
    QStringList out;
    auto it = word.globalMatch(prompt.toLower());
    while (it.hasNext())
        out << it.next().captured();
    return out;
}

} // namespace

WorldSpec parsePrompt(const QString &prompt)
{
    const Vocabulary &vocab = Vocabulary::instance();
    const QStringList words = wordsOf(prompt);
    WorldSpec spec;

    // What the next object word takes: a count, traits and a size, and the words that gave them.
    std::optional<int> count;
    QStringList traits;
    double scale = 1;
    QStringList pendingWords;
    Relation relation = Relation::None;
    int subject = -1; // the object the pending relation starts from

    const auto resetPending = [&] {
        count.reset();
        traits.clear();
        scale = 1;
        pendingWords.clear();
    };

    for (qsizetype i = 0; i < words.size();) {
        // Numbers in digits.
        bool isNumber = false;
        const int n = words[i].toInt(&isNumber);
        if (isNumber) {
            if (n <= 0) {
                spec.ignored << words[i];
            } else {
                if (n > kMaxObjectCount)
                    spec.ignored << QStringLiteral("%1 (max %2)").arg(n).arg(kMaxObjectCount);
                count = std::min(n, kMaxObjectCount);
                pendingWords << words[i];
                spec.understood << words[i];
            }
            ++i;
            continue;
        }
        int length = 1;
        bool plural = false;
        const Term *t = vocab.match(words, i, &length, &plural);
        if (!t) {
            spec.ignored << words[i];
            ++i;
            continue;
        }
        const QString phrase = words.mid(i, length).join(QLatin1Char(' '));
        i += length;
        if (t->kind != TermKind::Grammar)
            spec.understood << phrase;
        switch (t->kind) {
        case TermKind::Grammar:
            break;
        case TermKind::Biome: {
            const auto b = biomeFromName(t->value);
            if (!spec.biome)
                spec.biome = b;
            else if (!spec.secondBiome && b != spec.biome)
                spec.secondBiome = b;
            // "ruined city": the trait before a biome word is the biome's, not an object's; and
            // "mushrooms in the forest" ends the relation at the setting.
            resetPending();
            relation = Relation::None;
            break;
        }
        case TermKind::Time:
            spec.time = timeOfDayFromName(t->value);
            break;
        case TermKind::Weather:
            spec.weather = weatherFromName(t->value);
            break;
        case TermKind::WorldType:
            if (!spec.worldType)
                spec.worldType = worldTypeFromName(t->value);
            break;
        case TermKind::Mood:
            spec.mood = t->value;
            break;
        case TermKind::Density:
            spec.density = t->number;
            break;
        case TermKind::Count:
            count = int(t->number);
            pendingWords << phrase;
            break;
        case TermKind::Trait:
            if (!traits.contains(t->value))
                traits << t->value;
            pendingWords << phrase;
            break;
        case TermKind::Size:
            scale = t->number;
            pendingWords << phrase;
            break;
        case TermKind::Relation:
            relation = Relation(t->intValue);
            subject = int(spec.objects.size()) - 1;
            resetPending();
            break;
        case TermKind::Object:
        case TermKind::Prefab:
        case TermKind::Feature: {
            ObjectRequest r;
            r.words = (pendingWords + QStringList{phrase}).join(QLatin1Char(' '));
            if (t->kind == TermKind::Object)
                r.category = t->value;
            else if (t->kind == TermKind::Prefab)
                r.prefabId = t->value;
            else
                r.feature = Feature(t->intValue);
            r.countGiven = count.has_value();
            r.count = count.value_or(plural ? 5 : 1);
            r.traits = traits;
            r.scale = scale;
            const int index = int(spec.objects.size());
            if (relation == Relation::SurroundedBy && subject >= 0) {
                r.relation = Relation::Around; // "a castle surrounded by trees": the trees go around the castle
                r.target = subject;
            } else if (relation != Relation::None && subject >= 0) {
                spec.objects[subject].relation = relation;
                spec.objects[subject].target = index;
            }
            relation = Relation::None;
            subject = -1;
            resetPending();
            spec.objects.append(r);
            break;
        }
        }
    }
    return spec;
}

} // namespace nexus::worlds
