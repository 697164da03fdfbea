#include "cli.h"

#include "attendancepass.h"
#include "ticketid.h"

#include <QDateTime>
#include <QJsonObject>

namespace nexus {

namespace {

QString isoTime(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

// `events verify-pass PASS [--organiser PRINCIPAL] [--at NS]`: offline, without a profile. The
// pass carries the organiser's public key; the principal it pins is compared with --organiser.
int Cli::cmdEvents(const QStringList &args)
{
    if (args.value(0) != QLatin1String("verify-pass") || args.size() != 2)
        return usage(QStringLiteral("events verify-pass PASS-TEXT [--organiser PRINCIPAL] [--at NS]"));
    std::optional<Principal> organiser;
    if (has(QStringLiteral("organiser"))) {
        auto p = Principal::fromText(opt(QStringLiteral("organiser")));
        if (!p)
            return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("--organiser: %1").arg(p.error().message)), ExitUsage);
        organiser = *p;
    }
    qint64 at = nowNs();
    if (has(QStringLiteral("at"))) {
        bool ok = false;
        at = opt(QStringLiteral("at")).toLongLong(&ok);
        if (!ok || at < 0)
            return usage(QStringLiteral("--at takes a time in ns since 1970-01-01 UTC."));
    }
    const PassCheck c = verifyAttendancePass(args[1], at, organiser);
    QJsonObject o{{QStringLiteral("valid"), c.ok()}, {QStringLiteral("checked_at"), QString::number(at)}};
    if (!c.ok()) {
        o.insert(QStringLiteral("problem"), c.problemName());
        o.insert(QStringLiteral("reason"), c.reason);
    }
    QString human;
    if (const auto &p = c.pass) {
        o.insert(QStringLiteral("event_id"), qint64(p->eventId));
        o.insert(QStringLiteral("event_name"), p->eventName);
        o.insert(QStringLiteral("ticket_id"), qint64(p->ticketId));
        o.insert(QStringLiteral("token_id"), tickets::tokenId(p->ticketId));
        o.insert(QStringLiteral("holder"), p->holder.toText());
        o.insert(QStringLiteral("organiser"), p->organiser().toText());
        o.insert(QStringLiteral("organiser_checked"), organiser.has_value());
        o.insert(QStringLiteral("issued_at"), QString::number(p->issuedNs));
        o.insert(QStringLiteral("expires_at"), QString::number(p->expiresNs));
        human = QStringLiteral("%1 for event %2 \"%3\"\n  holder:    %4\n  signed by: %5%6\n  valid:     %7 – %8\n")
                    .arg(tickets::tokenId(p->ticketId)).arg(p->eventId).arg(p->eventName, p->holder.toText(), p->organiser().toText(),
                         organiser ? QStringLiteral(" (the organiser you named)")
                                   : QStringLiteral("\n             (no --organiser given: compare this with the event's organiser)"),
                         isoTime(p->issuedNs), isoTime(p->expiresNs));
    }
    print(o, (c.ok() ? QStringLiteral("VALID pass: ") : QStringLiteral("INVALID pass (%1): %2\n").arg(c.problemName(), c.reason)) + human);
    return c.ok() ? ExitOk : ExitFailed;
}

} // namespace nexus
