#pragma once
// Reads audit rows in seq order through SQLite's C API (the handle Qt SQL exposes), chunk by chunk,
// without a QVariant per cell: bulk verification reads a million rows in well under a second.

#include "auditentry.h"
#include "result.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace nexus {

// Up to chunkSize consecutive rows: the views point into `arena`, so a chunk may be moved to
// another thread and verified there while the next one is read.
struct AuditChunk {
    QByteArray arena;
    std::vector<AuditEntryView> views;
};

// Calls onChunk with consecutive chunks of [fromSeq, toSeq]; onChunk may keep the chunk by moving
// it out. Return false from onChunk to stop early.
Status scanAuditRows(QSqlDatabase &db, qint64 fromSeq, qint64 toSeq, int chunkSize,
                     const std::function<bool(AuditChunk &)> &onChunk);

} // namespace nexus
