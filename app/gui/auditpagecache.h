#pragma once
// Fixed-size blocks of audit rows, kept least-recently-used. Blocks are counted from the oldest
// matching entry ("bottom index"), so appending new entries never shifts what is cached.

#include <QHash>
#include <QList>
#include <QString>

namespace nexus {

struct AuditRow {
    qint64 seq = 0;
    QString time;       // local time, for display
    QString caller;     // principal text
    QString role;
    QString method;
    QString summary;
    QString outcome;
};

class AuditPageCache
{
public:
    static constexpr int kBlockSize = 200;

    explicit AuditPageCache(int maxBlocks = 80) : m_maxBlocks(maxBlocks) {}

    static int blockOf(qint64 bottomIndex) { return int(bottomIndex / kBlockSize); }

    // The row at `bottomIndex`, or nullptr when its block is not loaded (or ends before it).
    const AuditRow *row(qint64 bottomIndex);
    // Stores block `block`: rows[k] is bottom index block * kBlockSize + k (oldest first).
    void insert(int block, QList<AuditRow> rows);
    void clear();
    int size() const { return int(m_blocks.size()); }

private:
    struct Block {
        QList<AuditRow> rows;
        quint64 used = 0;
    };
    void evict();

    QHash<int, Block> m_blocks;
    int m_maxBlocks;
    quint64 m_tick = 0;
};

} // namespace nexus
