#include "auditwriter.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nexus {

Result<AuditEntry> AuditWriter::append(QSqlDatabase &db, AuditEntry e)
{
    auto head = Database::exec(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return head.error();
    e.seq = 1;
    e.phash.clear();
    if (head->next()) {
        e.seq = head->value(0).toLongLong() + 1;
        e.phash = head->value(1).toByteArray();
    }
    head->finish();
    e.hash = e.computeHash();
    auto q = Database::exec(db, QStringLiteral("INSERT INTO audit_log (seq, ts_ns, caller, role, method, args_digest, summary, "
                                               "outcome, phash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {e.seq, e.timeNs, e.caller, e.role, e.method, e.argsDigest, e.summary, e.outcome,
                             e.phash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(e.phash), e.hash});
    if (!q)
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot write the audit entry: %1").arg(q.error().message), q.error().hint);
    return e;
}

} // namespace nexus
