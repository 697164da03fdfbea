#pragma once
// Reads audit rows in seq order through SQLite's C API (the handle Qt SQL exposes), chunk by chunk,
// without a QVariant per cell: bulk verification reads a million rows in well under a second.

#include "auditentry.h"
#include "result.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace nexus {

// Calls onChunk with up to chunkSize consecutive rows of [fromSeq, toSeq]; the views are valid only
// during the call. Return false from onChunk to stop early.
Status scanAuditRows(QSqlDatabase &db, qint64 fromSeq, qint64 toSeq, int chunkSize,
                     const std::function<bool(const std::vector<AuditEntryView> &)> &onChunk);

} // namespace nexus
