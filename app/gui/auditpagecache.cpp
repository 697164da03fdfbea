#include "auditpagecache.h"

namespace nexus {

const AuditRow *AuditPageCache::row(qint64 bottomIndex)
{
    auto it = m_blocks.find(blockOf(bottomIndex));
    if (it == m_blocks.end())
        return nullptr;
    const qint64 k = bottomIndex - qint64(it.key()) * kBlockSize;
    if (k >= it->rows.size())
        return nullptr;
    it->used = ++m_tick;
    return &it->rows.at(k);
}

void AuditPageCache::insert(int block, QList<AuditRow> rows)
{
    Block &b = m_blocks[block];
    b.rows = std::move(rows);
    b.used = ++m_tick;
    evict();
}

void AuditPageCache::clear()
{
    m_blocks.clear();
}

void AuditPageCache::evict()
{
    while (m_blocks.size() > m_maxBlocks) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
            if (it->used < oldest->used)
                oldest = it;
        m_blocks.erase(oldest);
    }
}

} // namespace nexus
