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
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, ts_ns, caller, role, method, args_digest, summary, outcome, "
                             "phash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    q.addBindValue(e.timeNs);
    q.addBindValue(e.caller);
    q.addBindValue(e.role);
    q.addBindValue(e.method);
    q.addBindValue(e.argsDigest);
    q.addBindValue(e.summary);
    q.addBindValue(e.outcome);
    q.addBindValue(e.phash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(e.phash));
    q.addBindValue(e.hash);
    if (!q.exec())
        return Database::storageError(QStringLiteral("Cannot write the audit entry"), q.lastError().text());
    return e;
}

void AuditWriter::committed(const AuditEntry &entry)
{
    m_lastSeq = entry.seq;
    m_lastHash = entry.hash;
}

} // namespace nexus
