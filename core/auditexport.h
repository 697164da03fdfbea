#pragma once
// Verifying an exported audit range (JSON Lines, one AuditEntry::toJson() per line) offline.

#include "auditentry.h"

#include <QIODevice>

namespace nexus {

struct ExportCheck {
    qint64 entries = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray lastHash;
    std::optional<ChainProblem> problem; // first entry or line that does not verify
};

// Reads the whole device. A malformed line is reported as a problem naming its line number.
Result<ExportCheck> verifyAuditExport(QIODevice &in);

} // namespace nexus
