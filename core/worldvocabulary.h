#pragma once
// The words and phrases the world generator understands, each mapped to what it sets: a biome,
// time of day, weather, world type, mood or density; a prefab category or one prefab; a terrain
// feature; a count; a trait or size of the next object; a relation between two objects; or a
// grammar word that carries no meaning of its own. Plurals of object words are understood
// without entries of their own ("towers" → "tower").

#include "worldtypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nexus::worlds {

enum class TermKind { Biome, Time, Weather, WorldType, Mood, Density, Object, Prefab, Feature, Count, Trait, Size, Relation, Grammar };

// Terrain features that objects can stand on or around.
enum class Feature { None, Lake, Pond, Hill, River, Clearing, Plaza };
QString featureName(Feature f);

enum class Relation { None, Around, On, Near, In, SurroundedBy };
QString relationName(Relation r);

struct Term {
    QString phrase;    // lower case, words separated by single spaces
    TermKind kind = TermKind::Grammar;
    QString value;     // the biome / time / weather / world type / mood name, category, prefab id, trait
    double number = 0; // count, density factor, size factor
    int intValue = 0;  // Feature or Relation as int
};

class Vocabulary
{
public:
    static const Vocabulary &instance();
    const QList<Term> &terms() const { return m_terms; }
    // The longest phrase starting at words[at] (up to three words), or nullptr; *length gets its
    // word count. Object words also match in the plural; *plural says so.
    const Term *match(const QStringList &words, qsizetype at, int *length, bool *plural) const;
    // Entries that mean something (every kind but Grammar).
    int meaningfulCount() const;

private:
    Vocabulary();
    const Term *exact(const QString &phrase) const;
    QList<Term> m_terms;
    QHash<QString, qsizetype> m_index;
};

} // namespace nexus::worlds
