#pragma once
// Appends hash-chained audit entries. Lives on the writer thread; the chain head is cached
// and only advanced after the surrounding transaction commits.

#include "auditentry.h"
#include "result.h"

#include <QSqlDatabase>

namespace nexus {

class AuditWriter
{
public:
    // Inserts the entry (seq, phash and hash filled in) inside the caller's open transaction.
    Result<AuditEntry> append(QSqlDatabase &db, AuditEntry entry);
    // Call after COMMIT with what append() returned.
    void committed(const AuditEntry &entry);
    // Call after ROLLBACK: the cached head may be ahead of the database.
    void invalidate() { m_loaded = false; }

private:
    Status loadHead(QSqlDatabase &db);
    bool m_loaded = false;
    qint64 m_lastSeq = 0;
    QByteArray m_lastHash;
};

} // namespace nexus
