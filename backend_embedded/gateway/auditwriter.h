#pragma once
// Appends hash-chained audit entries inside the caller's write transaction. It remembers the chain
// head it last wrote; the gateway drops that memo when a transaction rolls back or when another
// connection (nexusctl beside the GUI) or other code may have appended, and it is then read again
// inside the transaction.

#include "auditentry.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace nexus {

class AuditWriter
{
public:
    // Inserts the entry (seq, phash and hash filled in) inside the caller's open transaction.
    Result<AuditEntry> append(QSqlDatabase &db, AuditEntry entry);
    void forgetHead() { m_head.reset(); }

private:
    struct Head {
        qint64 seq = 0;
        QByteArray hash;
    };
    std::optional<Head> m_head;
};

} // namespace nexus
