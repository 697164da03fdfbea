#pragma once
// Generated worlds by request (prompt, seed, world type, object count, generator version). The
// generator is a pure function of those, so a world asked for again is the same bytes: the
// cache hands back the canonical blueprint instead of generating it again.
// Process-wide, bounded by size (least recently used goes first), thread-safe.

#include "worldgenerator.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <memory>

namespace nexus {

struct GeneratedWorld {
    QByteArray json;        // the canonical blueprint (Blueprint::toCanonicalJson)
    QByteArray hash;        // its SHA-256 (how the store keeps it)
    QString title;
    QString worldType;
    int version = 0;        // the blueprint format version
    quint64 seed = 0;
    int instances = 0;
    double generateMs = 0;  // what generating and serialising it took
};

// What worlds.generate was asked for, with the seed filled in: without one, it comes from the
// prompt, so the same prompt gives the same world unless a seed asks for a variation.
struct WorldRequest {
    QString prompt;
    worlds::GenerateOptions options;
    QByteArray key() const;
};
WorldRequest worldRequest(const QJsonObject &args);
quint64 seedFromPrompt(const QString &prompt);

class WorldCache
{
public:
    static constexpr qint64 kBudgetBytes = 48LL << 20;

    static WorldCache &instance();
    // From the cache, or generated now and remembered; `hit` says which.
    std::shared_ptr<const GeneratedWorld> get(const WorldRequest &request, bool *hit = nullptr);
    std::shared_ptr<const GeneratedWorld> find(const QByteArray &key);
    void clear();

private:
    struct Entry {
        std::shared_ptr<const GeneratedWorld> world;
        quint64 lastUse = 0;
    };
    void evictOverBudget(); // mutex held
    mutable QMutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    qint64 m_bytes = 0;
    quint64 m_clock = 0;
};

} // namespace nexus
