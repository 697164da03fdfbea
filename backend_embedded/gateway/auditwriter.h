#pragma once
// Appends hash-chained audit entries inside the caller's write transaction. The chain head is read
// inside that transaction every time, so appends by other connections (nexusctl beside the GUI)
// and rolled-back appends can never leave it stale.

#include "auditentry.h"
#include "result.h"

#include <QSqlDatabase>

namespace nexus {

class AuditWriter
{
public:
    // Inserts the entry (seq, phash and hash filled in) inside the caller's open transaction.
    Result<AuditEntry> append(QSqlDatabase &db, AuditEntry entry);
};

} // namespace nexus
