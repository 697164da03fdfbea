#include "auditwriter.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nexus {

Status AuditWriter::loadHead(QSqlDatabase &db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    m_lastSeq = 0;
    m_lastHash.clear();
    if (q->next()) {
        m_lastSeq = q->value(0).toLongLong();
        m_lastHash = q->value(1).toByteArray();
    }
    m_loaded = true;
    return {};
}

Result<AuditEntry> AuditWriter::append(QSqlDatabase &db, AuditEntry e)
{
    if (!m_loaded)
        if (auto st = loadHead(db); !st)
            return st.error();
    e.seq = m_lastSeq + 1;
    e.phash = m_lastHash;
    e.hash = e.computeHash();
    auto q = Database::exec(db, QStringLiteral("INSERT INTO audit_log (seq, ts_ns, caller, role, method, args_digest, summary, "
                                               "outcome, phash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {e.seq, e.timeNs, e.caller, e.role, e.method, e.argsDigest, e.summary, e.outcome,
                             e.phash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(e.phash), e.hash});
    if (!q)
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot write the audit entry: %1").arg(q.error().message), q.error().hint);
    return e;
}

void AuditWriter::committed(const AuditEntry &entry)
{
    m_lastSeq = entry.seq;
    m_lastHash = entry.hash;
}

} // namespace nexus
