#include "cli.h"

#include "auditexport.h"
#include "demo/demoseeder.h"
#include "services/auditservice.h"
#include "storage/dbthread.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace nexus {

int Cli::cmdAudit(const QStringList &args)
{
    const QString sub = args.value(0);
    auto seqOpt = [&](const QString &name, qint64 fallback, bool *ok) {
        if (!has(name))
            return fallback;
        const qint64 v = opt(name).toLongLong(ok);
        *ok = *ok && v >= 1;
        return v;
    };
    if (sub == QLatin1String("verify") && has(QStringLiteral("file")))
        return cmdAuditVerifyFile(opt(QStringLiteral("file")));
    bool okFrom = true, okTo = true;
    const qint64 from = seqOpt(QStringLiteral("from"), 1, &okFrom);
    const qint64 to = seqOpt(QStringLiteral("to"), 0, &okTo);
    if (!okFrom || !okTo)
        return usage(QStringLiteral("--from and --to take sequence numbers (1 or more)."));

    if (sub == QLatin1String("list")) {
        QJsonObject a;
        for (const QString &key : {QStringLiteral("caller"), QStringLiteral("method"), QStringLiteral("outcome"), QStringLiteral("text")})
            if (has(key))
                a.insert(key, opt(key));
        for (const QString &key : {QStringLiteral("limit"), QStringLiteral("offset")})
            if (has(key)) {
                bool ok = false;
                const qint64 v = opt(key).toLongLong(&ok);
                if (!ok)
                    return usage(QStringLiteral("--%1 takes a number.").arg(key));
                a.insert(key, v);
            }
        if (!a.contains(QStringLiteral("limit")))
            a.insert(QStringLiteral("limit"), 50);
        auto r = call(QStringLiteral("audit.list"), a);
        if (!r)
            return fail(r.error(), r.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailed);
        QString human;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            human += QStringLiteral("#%1  %2  %3  %4  %5  %6\n")
                         .arg(o.value(QStringLiteral("seq")).toInteger(), -6)
                         .arg(o.value(QStringLiteral("time")).toString().left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
                              o.value(QStringLiteral("method")).toString().leftJustified(26),
                              o.value(QStringLiteral("outcome")).toString().leftJustified(17),
                              o.value(QStringLiteral("role")).toString().leftJustified(11),
                              o.value(QStringLiteral("summary")).toString());
        }
        human += QStringLiteral("(%1 matching entries)\n").arg(r->toObject().value(QStringLiteral("total")).toInteger());
        print(*r, human);
        return ExitOk;
    }
    if (sub == QLatin1String("verify") || sub == QLatin1String("export")) {
        // Permission check through the gateway first, then the long work on the bulk reader.
        auto probe = call(QStringLiteral("audit.list"), {{QStringLiteral("limit"), 1}});
        if (!probe)
            return fail(probe.error());
        if (sub == QLatin1String("verify")) {
            auto report = m_backend->bulkReader()->runBlocking<Result<AuditVerifyReport>>(
                [&](QSqlDatabase &db) { return verifyAuditLog(db, from, to); });
            if (!report)
                return fail(report.error());
            QJsonObject o{{QStringLiteral("ok"), !report->problem.has_value()}, {QStringLiteral("checked"), report->checked},
                          {QStringLiteral("last_seq"), report->lastSeq}, {QStringLiteral("elapsed_ms"), report->elapsedMs}};
            if (report->problem) {
                o.insert(QStringLiteral("first_bad_seq"), report->problem->seq);
                o.insert(QStringLiteral("reason"), report->problem->reason);
                print(o, QStringLiteral("TAMPERED: %1 (first bad entry: #%2; %3 entries checked)\n")
                             .arg(report->problem->reason).arg(report->problem->seq).arg(report->checked));
                return ExitFailed;
            }
            print(o, QStringLiteral("OK: %1 entries verified (up to #%2) in %3 ms\n").arg(report->checked).arg(report->lastSeq)
                         .arg(report->elapsedMs, 0, 'f', 1));
            return ExitOk;
        }
        if (!has(QStringLiteral("out")))
            return usage(QStringLiteral("audit export needs --out FILE."));
        QSaveFile file(opt(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly))
            return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString())), ExitUsage);
        auto n = m_backend->bulkReader()->runBlocking<Result<qint64>>([&](QSqlDatabase &db) { return exportAuditLog(db, from, to, file); });
        if (!n)
            return fail(n.error());
        if (!file.commit())
            return fail(Error::make(ErrorCode::Storage, QStringLiteral("Cannot finish writing %1: %2").arg(file.fileName(), file.errorString())));
        print(QJsonObject{{QStringLiteral("file"), file.fileName()}, {QStringLiteral("entries"), *n}},
              QStringLiteral("Wrote %1 entries to %2\nCheck it any time with: nexusctl audit verify --file %2\n").arg(*n).arg(file.fileName()));
        return ExitOk;
    }
    return usage(QStringLiteral("audit list | verify | export"));
}

int Cli::cmdAuditVerifyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("Cannot read %1: %2").arg(path, f.errorString())), ExitUsage);
    auto check = verifyAuditExport(f);
    if (!check)
        return fail(check.error(), ExitUsage);
    QJsonObject o{{QStringLiteral("ok"), !check->problem.has_value()}, {QStringLiteral("entries"), check->entries},
                  {QStringLiteral("first_seq"), check->firstSeq}, {QStringLiteral("last_seq"), check->lastSeq},
                  {QStringLiteral("last_hash"), QString::fromLatin1(check->lastHash.toHex())}};
    if (check->problem) {
        o.insert(QStringLiteral("first_bad_seq"), check->problem->seq);
        o.insert(QStringLiteral("reason"), check->problem->reason);
        print(o, QStringLiteral("TAMPERED: %1\n").arg(check->problem->reason));
        return ExitFailed;
    }
    print(o, QStringLiteral("OK: entries #%1–#%2 (%3) form an intact chain; last hash %4\n")
                 .arg(check->firstSeq).arg(check->lastSeq).arg(check->entries).arg(QString::fromLatin1(check->lastHash.toHex())));
    return ExitOk;
}

int Cli::cmdDemo(const QStringList &args)
{
    if (args.value(0) != QLatin1String("seed") || args.size() != 1)
        return usage(QStringLiteral("demo seed [--users N]"));
    if (has(QStringLiteral("demo")))
        return usage(QStringLiteral("--demo profiles are seeded already."));
    int users = -1;
    if (has(QStringLiteral("users"))) {
        bool ok = false;
        users = opt(QStringLiteral("users")).toInt(&ok);
        if (!ok || users < 0 || users > 1000000)
            return usage(QStringLiteral("--users takes a number from 0 to 1000000."));
    }
    auto b = backend(true);
    if (!b)
        return fail(b.error(), ExitProfile);
    CallContext anon;
    anon.caller = Principal::anonymous();
    auto status = (*b)->gateway().callBlocking(anon, QStringLiteral("system.status"), {});
    if (!status)
        return fail(status.error());
    if (!status->toObject().value(QStringLiteral("controller")).toString().isEmpty())
        return fail(Error::make(ErrorCode::AlreadyExists, QStringLiteral("This profile already has data; the demo seeds only new profiles."),
                                QStringLiteral("Use a new folder: nexusctl --profile NEW_DIR demo seed")),
                    ExitUsage);
    if (auto st = seedDemo(users); !st)
        return fail(st.error());
    auto after = (*b)->gateway().callBlocking(anon, QStringLiteral("system.status"), {});
    print(*after, QStringLiteral("Demo data written to %1: %2 users, %3 audit entries. Identities use the passphrase \"%4\".\n")
                      .arg((*b)->profileDir()).arg(after->toObject().value(QStringLiteral("users")).toInteger())
                      .arg(after->toObject().value(QStringLiteral("audit_entries")).toInteger()).arg(DemoSeeder::passphrase()));
    return ExitOk;
}

} // namespace nexus
