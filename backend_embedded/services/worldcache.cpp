#include "worldcache.h"

#include "digest.h"

#include <QElapsedTimer>
#include <QtEndian>

namespace nexus {

quint64 seedFromPrompt(const QString &prompt)
{
    const QByteArray h = sha256(prompt.simplified().toLower().toUtf8());
    return qFromBigEndian<quint32>(h.constData()); // 32 bits, like the seeds people type
}

WorldRequest worldRequest(const QJsonObject &args)
{
    WorldRequest r;
    r.prompt = args.value(QStringLiteral("prompt")).toString().trimmed();
    r.options.seed = args.contains(QStringLiteral("seed")) ? quint64(args.value(QStringLiteral("seed")).toInteger()) : seedFromPrompt(r.prompt);
    if (args.contains(QStringLiteral("world_type")))
        r.options.worldType = worlds::worldTypeFromName(args.value(QStringLiteral("world_type")).toString());
    r.options.objectCount = int(args.value(QStringLiteral("object_count")).toInteger(0));
    return r;
}

QByteArray WorldRequest::key() const
{
    QByteArray k = QByteArray::number(options.seed) + '|' + QByteArray::number(options.objectCount) + '|'
                   + (options.worldType ? worlds::worldTypeName(*options.worldType).toLatin1() : QByteArray()) + '|'
                   + worlds::kGeneratorVersion.toLatin1() + '|' + prompt.toUtf8();
    return k;
}

WorldCache &WorldCache::instance()
{
    static WorldCache cache;
    return cache;
}

std::shared_ptr<const GeneratedWorld> WorldCache::find(const QByteArray &key)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return nullptr;
    it->lastUse = ++m_clock;
    return it->world;
}

std::shared_ptr<const GeneratedWorld> WorldCache::get(const WorldRequest &request, bool *hit)
{
    const QByteArray key = request.key();
    if (auto w = find(key)) {
        if (hit)
            *hit = true;
        return w;
    }
    if (hit)
        *hit = false;
    QElapsedTimer timer;
    timer.start();
    const worlds::Blueprint b = worlds::generateWorld(request.prompt, request.options);
    auto w = std::make_shared<GeneratedWorld>();
    w->json = b.toCanonicalJson();
    w->generateMs = double(timer.nsecsElapsed()) / 1e6;
    w->hash = sha256(w->json);
    w->title = b.title;
    w->worldType = worlds::worldTypeName(b.worldType);
    w->version = b.version;
    w->seed = b.seed;
    w->instances = int(b.instances.size());
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it != m_entries.end()) // another thread made it meanwhile: keep one
        return it->world;
    m_entries.insert(key, Entry{w, ++m_clock});
    m_bytes += w->json.size() + key.size();
    evictOverBudget();
    return w;
}

void WorldCache::evictOverBudget()
{
    while (m_bytes > kBudgetBytes && m_entries.size() > 1) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_bytes -= oldest->world->json.size() + oldest.key().size();
        m_entries.erase(oldest);
    }
}

void WorldCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

} // namespace nexus
