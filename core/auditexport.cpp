#include "auditexport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace nexus {

Result<ExportCheck> verifyAuditExport(QIODevice &in)
{
    ExportCheck check;
    std::vector<AuditEntry> entries;
    qint64 lineNo = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            check.problem = ChainProblem{0, QStringLiteral("line %1 is not a JSON object (%2)").arg(lineNo).arg(err.errorString())};
            return check;
        }
        auto entry = AuditEntry::fromJson(doc.object());
        if (!entry) {
            check.problem = ChainProblem{0, QStringLiteral("line %1: %2").arg(lineNo).arg(entry.error().message)};
            return check;
        }
        entries.push_back(std::move(entry).value());
    }
    if (entries.empty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("The file holds no audit entries."),
                           QStringLiteral("Export a range with `nexusctl audit export --out FILE`."));
    check.entries = qint64(entries.size());
    check.firstSeq = entries.front().seq;
    check.lastSeq = entries.back().seq;
    check.lastHash = entries.back().hash;
    // The first line's phash is taken as given (the range may start mid-log); entry 1 must have none.
    if (entries.front().seq == 1 && !entries.front().phash.isEmpty()) {
        check.problem = ChainProblem{1, QStringLiteral("entry 1 must not have a phash")};
        return check;
    }
    check.problem = verifyAuditChain(entries, entries.front().phash, 2);
    return check;
}

} // namespace nexus
