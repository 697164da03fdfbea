#pragma once
// Audit log queries, chain verification and export (audit.* methods), plus the direct
// functions the CLI and GUI use for long work on a reader connection.

#include "auditentry.h"
#include "result.h"

#include <QIODevice>
#include <QSqlDatabase>

#include <functional>

namespace nexus {

class Gateway;
void registerAuditMethods(Gateway &gateway);

struct AuditVerifyReport {
    qint64 checked = 0;
    qint64 lastSeq = 0;
    double elapsedMs = 0;
    std::optional<ChainProblem> problem;
};

// Verifies entries [fromSeq, toSeq] (toSeq <= 0: to the end), reporting the first bad entry.
// Long ranges are read and hashed in `parts` parallel parts (0: one per core, at most 4), each
// with a read-only connection of its own. `progress(done, total)` may cancel by returning false.
Result<AuditVerifyReport> verifyAuditLog(QSqlDatabase &db, qint64 fromSeq, qint64 toSeq,
                                         const std::function<bool(qint64, qint64)> &progress = {}, int parts = 0);
// The newest entry's seq (0 for an empty log).
Result<qint64> auditLastSeq(QSqlDatabase &db);
// Writes entries [fromSeq, toSeq] as JSON Lines. Returns the number written.
Result<qint64> exportAuditLog(QSqlDatabase &db, qint64 fromSeq, qint64 toSeq, QIODevice &out);

} // namespace nexus
