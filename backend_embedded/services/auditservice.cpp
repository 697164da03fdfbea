#include "auditservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "servicesupport.h"

#include <QBuffer>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace nexus {

using namespace svc;

namespace {

const QString kColumns = QStringLiteral("seq, ts_ns, caller, role, method, args_digest, summary, outcome, phash, hash");

AuditEntry rowToEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.timeNs = q.value(1).toLongLong();
    e.caller = q.value(2).toByteArray();
    e.role = q.value(3).toString();
    e.method = q.value(4).toString();
    e.argsDigest = q.value(5).toByteArray();
    e.summary = q.value(6).toString();
    e.outcome = q.value(7).toString();
    e.phash = q.value(8).toByteArray();
    e.hash = q.value(9).toByteArray();
    return e;
}

Result<std::vector<AuditEntry>> loadRange(QSqlDatabase &db, qint64 from, qint64 to)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq BETWEEN ? AND ? ORDER BY seq").arg(kColumns));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return Database::storageError(QStringLiteral("Cannot read the audit log"), QString());
    std::vector<AuditEntry> out;
    out.reserve(size_t(std::max<qint64>(0, to - from + 1)));
    while (q.next())
        out.push_back(rowToEntry(q));
    return out;
}


// Filters shared by list and count: returns the WHERE clause and fills params.
Result<QString> filterClause(const QJsonObject &args, QVariantList &params)
{
    QString where = QStringLiteral(" WHERE 1");
    if (args.contains(QStringLiteral("caller"))) {
        where += QStringLiteral(" AND caller = ?");
        params << Principal::fromText(args.value(QStringLiteral("caller")).toString())->bytes();
    }
    if (args.contains(QStringLiteral("method"))) {
        const QString m = args.value(QStringLiteral("method")).toString();
        if (m.endsWith(QLatin1Char('.'))) {
            where += QStringLiteral(" AND substr(method, 1, ?) = ?");
            params << m.size() << m;
        } else {
            where += QStringLiteral(" AND method = ?");
            params << m;
        }
    }
    if (args.contains(QStringLiteral("outcome"))) {
        const QString o = args.value(QStringLiteral("outcome")).toString();
        where += o == QLatin1String("error") ? QStringLiteral(" AND outcome <> 'ok'") : QStringLiteral(" AND outcome = ?");
        if (o != QLatin1String("error"))
            params << o;
    }
    if (args.contains(QStringLiteral("from_ms"))) {
        where += QStringLiteral(" AND ts_ns >= ?");
        params << args.value(QStringLiteral("from_ms")).toInteger() * 1000000;
    }
    if (args.contains(QStringLiteral("to_ms"))) {
        where += QStringLiteral(" AND ts_ns < ?");
        params << args.value(QStringLiteral("to_ms")).toInteger() * 1000000;
    }
    const QString text = args.value(QStringLiteral("text")).toString().trimmed();
    if (!text.isEmpty()) {
        QString like = text;
        like.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
        like = QLatin1Char('%') + like + QLatin1Char('%');
        where += QStringLiteral(" AND (summary LIKE ? ESCAPE '\\' OR method LIKE ? ESCAPE '\\')");
        params << like << like;
    }
    return where;
}

QJsonObject entryJson(const AuditEntry &e)
{
    QJsonObject o = e.toJson();
    o.insert(QStringLiteral("caller_hex"), QString::fromLatin1(e.caller.toHex()));
    return o;
}

Result<QJsonValue> listEntries(ExecContext &ctx, const QJsonObject &args)
{
    QVariantList params;
    auto where = filterClause(args, params);
    if (!where)
        return where.error();
    QSqlQuery count(ctx.db);
    count.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + *where);
    for (const QVariant &v : params)
        count.addBindValue(v);
    if (!count.exec() || !count.next())
        return Database::storageError(QStringLiteral("Cannot count audit entries"), QString());
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(kColumns) + *where;
    QVariantList pageParams = params;
    if (args.contains(QStringLiteral("before_seq"))) {
        sql += QStringLiteral(" AND seq < ?");
        pageParams << args.value(QStringLiteral("before_seq")).toInteger();
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?");
    pageParams << args.value(QStringLiteral("limit")).toInt(100) << args.value(QStringLiteral("offset")).toInteger(0);
    QSqlQuery q(ctx.db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : pageParams)
        q.addBindValue(v);
    if (!q.exec())
        return Database::storageError(QStringLiteral("Cannot list audit entries"), QString());
    QJsonArray items;
    while (q.next())
        items.append(entryJson(rowToEntry(q)));
    return QJsonObject{{QStringLiteral("total"), count.value(0).toLongLong()}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> getEntry(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 seq = args.value(QStringLiteral("seq")).toInteger();
    auto range = loadRange(ctx.db, seq, seq);
    if (!range)
        return range.error();
    if (range->empty())
        return notFound(QStringLiteral("There is no audit entry %1.").arg(seq));
    const AuditEntry &e = range->front();
    QJsonObject o = entryJson(e);
    const QByteArray recomputed = e.computeHash();
    o.insert(QStringLiteral("recomputed_hash"), QString::fromLatin1(recomputed.toHex()));
    o.insert(QStringLiteral("hash_matches"), recomputed == e.hash);
    o.insert(QStringLiteral("value"), e.toValue().toJson());
    return o;
}

Result<QJsonValue> verifyMethod(ExecContext &ctx, const QJsonObject &args)
{
    auto report = verifyAuditLog(ctx.db, args.value(QStringLiteral("from_seq")).toInteger(1),
                                 args.value(QStringLiteral("to_seq")).toInteger(0));
    if (!report)
        return report.error();
    QJsonObject o{{QStringLiteral("ok"), !report->problem.has_value()},
                  {QStringLiteral("checked"), report->checked},
                  {QStringLiteral("last_seq"), report->lastSeq},
                  {QStringLiteral("elapsed_ms"), report->elapsedMs}};
    if (report->problem) {
        o.insert(QStringLiteral("first_bad_seq"), report->problem->seq);
        o.insert(QStringLiteral("reason"), report->problem->reason);
    }
    return o;
}

Result<QJsonValue> exportMethod(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 from = args.value(QStringLiteral("from_seq")).toInteger(1);
    auto last = auditLastSeq(ctx.db);
    if (!last)
        return last.error();
    const qint64 to = std::min(args.value(QStringLiteral("to_seq")).toInteger(*last), from + 9999);
    QByteArray buffer;
    QBuffer dev(&buffer);
    dev.open(QIODevice::WriteOnly);
    auto n = exportAuditLog(ctx.db, from, to, dev);
    if (!n)
        return n.error();
    return QJsonObject{{QStringLiteral("count"), *n}, {QStringLiteral("from_seq"), from}, {QStringLiteral("to_seq"), to},
                       {QStringLiteral("jsonl"), QString::fromUtf8(buffer)}};
}

MethodDescriptor reader(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h)
{
    MethodDescriptor m;
    m.name = name;
    m.summary = summary;
    m.schema = std::move(argSchema);
    m.permission = Permission::ViewAudit;
    m.minRole = Role::Admin;
    m.handler = std::move(h);
    return m;
}

} // namespace

Result<qint64> auditLastSeq(QSqlDatabase &db)
{
    auto q = Database::exec(db, QStringLiteral("SELECT ifnull(max(seq), 0) FROM audit_log"));
    if (!q || !q->next())
        return Database::storageError(QStringLiteral("Cannot read the audit log"), QString());
    return q->value(0).toLongLong();
}

Result<qint64> exportAuditLog(QSqlDatabase &db, qint64 fromSeq, qint64 toSeq, QIODevice &out)
{
    auto last = auditLastSeq(db);
    if (!last)
        return last.error();
    const qint64 to = toSeq <= 0 ? *last : std::min(toSeq, *last);
    qint64 written = 0;
    constexpr qint64 kChunk = 20000;
    for (qint64 start = std::max<qint64>(1, fromSeq); start <= to; start += kChunk) {
        auto chunk = loadRange(db, start, std::min(to, start + kChunk - 1));
        if (!chunk)
            return chunk.error();
        for (const AuditEntry &e : *chunk) {
            if (out.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n') < 0)
                return Error::make(ErrorCode::Storage, QStringLiteral("Cannot write the export: %1").arg(out.errorString()),
                                   QStringLiteral("Check the disk space and the target folder's permissions."));
            ++written;
        }
    }
    return written;
}

void registerAuditMethods(Gateway &gw)
{
    const QJsonObject listSchema = schema::object({
        {QStringLiteral("caller"), schema::principal()},
        {QStringLiteral("method"), schema::string(1, 80)},
        {QStringLiteral("outcome"), schema::string(1, 40)},
        {QStringLiteral("from_ms"), schema::integer(0, 253402300799000)},
        {QStringLiteral("to_ms"), schema::integer(0, 253402300799000)},
        {QStringLiteral("text"), schema::string(0, 200)},
        {QStringLiteral("before_seq"), schema::integer(1, 9007199254740991)},
        {QStringLiteral("offset"), schema::integer(0, 9007199254740991)},
        {QStringLiteral("limit"), schema::integer(1, 1000)},
    });
    gw.registerMethod(reader(QStringLiteral("audit.list"), QStringLiteral("Audit entries, newest first, filtered and paged"), listSchema, listEntries));
    gw.registerMethod(reader(QStringLiteral("audit.get"), QStringLiteral("One entry with its hashes and ICRC-3 Value form"),
                             schema::object({{QStringLiteral("seq"), schema::integer(1, 9007199254740991)}}, {QStringLiteral("seq")}), getEntry));
    gw.registerMethod(reader(QStringLiteral("audit.verify"), QStringLiteral("Verify the hash chain; reports the first bad entry"),
                             schema::object({{QStringLiteral("from_seq"), schema::integer(1, 9007199254740991)},
                                             {QStringLiteral("to_seq"), schema::integer(1, 9007199254740991)}}),
                             verifyMethod));
    gw.registerMethod(reader(QStringLiteral("audit.export"), QStringLiteral("Up to 10,000 entries as JSON Lines with their hashes"),
                             schema::object({{QStringLiteral("from_seq"), schema::integer(1, 9007199254740991)},
                                             {QStringLiteral("to_seq"), schema::integer(1, 9007199254740991)}}),
                             exportMethod));
}

} // namespace nexus
