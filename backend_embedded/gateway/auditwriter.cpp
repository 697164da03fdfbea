#include "auditwriter.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nexus {

Result<AuditEntry> AuditWriter::append(QSqlDatabase &db, AuditEntry e)
{
    if (!m_head) {
        auto head = Database::exec(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!head)
            return head.error();
        m_head = Head{};
        if (head->next())
            m_head = Head{head->value(0).toLongLong(), head->value(1).toByteArray()};
        head->finish();
    }
    e.seq = m_head->seq + 1;
    e.phash = m_head->hash; // empty for the first entry
    e.hash = e.computeHash();
    auto q = Database::exec(db, QStringLiteral("INSERT INTO audit_log (seq, ts_ns, caller, role, method, args_digest, summary, "
                                               "outcome, phash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {e.seq, e.timeNs, e.caller, e.role, e.method, e.argsDigest, e.summary, e.outcome,
                             e.phash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(e.phash), e.hash});
    if (!q) {
        m_head.reset();
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot write the audit entry: %1").arg(q.error().message), q.error().hint);
    }
    m_head = Head{e.seq, e.hash};
    return e;
}

} // namespace nexus
