// Attendance passes through the gateway: the organiser signs a pass for a ticket with their own
// identity's key (unlocked with its passphrase for this one call, never stored), anyone verifies
// one, and the organiser checks a ticket in once. The pass format is core/attendancepass.h; here
// it is also checked against the database: the event's organiser, the ticket's event and its
// current holder, the event's status.
#include "eventpasses.h"

#include "argschema.h"
#include "attendancepass.h"
#include "eventstore.h"
#include "gateway/gateway.h"
#include "identityservice.h"
#include "ledgerargs.h"
#include "methodtable.h"
#include "servicesupport.h"
#include "ticketid.h"
#include "ticketstore.h"

#include <QDateTime>

namespace nexus {

namespace {

using events::EventStatus;

struct Verdict {
    PassCheck check;
    std::optional<EventRow> event;
    std::optional<CheckInRow> checkedIn;
    QString problem; // empty when valid
    QString reason;
    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("valid"), problem.isEmpty()}};
        if (!problem.isEmpty()) {
            o.insert(QStringLiteral("problem"), problem);
            o.insert(QStringLiteral("reason"), reason);
        }
        if (const auto &p = check.pass) {
            o.insert(QStringLiteral("event_id"), qint64(p->eventId));
            o.insert(QStringLiteral("event_name"), p->eventName);
            o.insert(QStringLiteral("ticket_id"), qint64(p->ticketId));
            o.insert(QStringLiteral("token_id"), tickets::tokenId(p->ticketId));
            o.insert(QStringLiteral("holder"), p->holder.toText());
            o.insert(QStringLiteral("organiser"), p->organiser().toText());
            o.insert(QStringLiteral("issued_at"), QString::number(p->issuedNs));
            o.insert(QStringLiteral("expires_at"), QString::number(p->expiresNs));
        }
        if (checkedIn)
            o.insert(QStringLiteral("checked_in_at"), QString::number(checkedIn->checkedNs));
        return o;
    }
};

Result<Verdict> judge(ExecContext &ctx, const QString &text)
{
    const qint64 now = svc::callTime(ctx);
    Verdict v;
    v.check = verifyAttendancePass(text, now);
    auto refuse = [&](const QString &problem, const QString &reason) {
        v.problem = problem;
        v.reason = reason;
        return v;
    };
    if (!v.check.pass)
        return refuse(v.check.problemName(), v.check.reason);
    const AttendancePass &p = *v.check.pass;
    EventStore events(ctx.db);
    auto e = events.event(qint64(p.eventId));
    if (!e) {
        if (e.error().code != ErrorCode::NotFound)
            return e.error();
        return refuse(QStringLiteral("unknown_event"), QStringLiteral("There is no event %1 here.").arg(p.eventId));
    }
    v.event = *e;
    // Now against the event's organiser: a pass signed by any other key is refused.
    v.check = verifyAttendancePass(text, now, e->organiser);
    if (!v.check.ok())
        return refuse(v.check.problemName(), v.check.reason);
    auto t = TicketStore(ctx.db).ticket(qint64(p.ticketId));
    if (!t) {
        if (t.error().code != ErrorCode::NotFound)
            return t.error();
        return refuse(QStringLiteral("unknown_ticket"), t.error().message);
    }
    if (t->eventId != qint64(p.eventId))
        return refuse(QStringLiteral("wrong_event"), QStringLiteral("Ticket %1 is not a ticket for event %2.").arg(tickets::tokenId(p.ticketId)).arg(p.eventId));
    if (!(t->owner == p.holder))
        return refuse(QStringLiteral("holder_changed"),
                      QStringLiteral("Ticket %1 has changed hands since the pass was issued; the new holder needs a new pass.").arg(tickets::tokenId(p.ticketId)));
    if (e->status != EventStatus::Active)
        return refuse(QStringLiteral("event_not_active"), QStringLiteral("Event %1 is %2.").arg(e->id).arg(events::statusName(e->status)));
    NX_TRY(checked, events.checkIn(e->id, t->id));
    v.checkedIn = *checked;
    return v;
}

Result<QJsonValue> issuePass(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 now = svc::callTime(ctx);
    NX_TRY(e, EventStore(ctx.db).event(args.value(QStringLiteral("event_id")).toInteger()));
    if (!(e->organiser == ctx.call.caller))
        return svc::denied(QStringLiteral("Only the organiser of event %1 signs its passes.").arg(e->id),
                           QStringLiteral("Act as the organiser (%1).").arg(e->organiser.toText()));
    if (e->status != EventStatus::Active)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Event %1 is %2; passes are issued for active events.").arg(e->id).arg(events::statusName(e->status)));
    NX_TRY(t, TicketStore(ctx.db).ticket(args.value(QStringLiteral("ticket_id")).toInteger()));
    if (t->eventId != e->id)
        return svc::invalid(QStringLiteral("Ticket %1 is not a ticket for event %2.").arg(tickets::tokenId(quint64(t->id))).arg(e->id),
                            QStringLiteral("events.participants lists the event's tickets."));
    qint64 expires = e->endsNs;
    if (args.contains(QStringLiteral("expires_at"))) {
        NX_TRY(at, ledgerargs::optionalTime(args, QStringLiteral("expires_at"), true));
        expires = qint64(**at);
    }
    if (expires <= now)
        return svc::invalid(QStringLiteral("The pass would expire before it is issued."), QStringLiteral("Give expires_at in the future."));
    // The organiser's own key: their identity in this profile's key store.
    const QString who = args.value(QStringLiteral("identity")).toString(ctx.call.caller.toText());
    NX_TRY(identity, findIdentity(ctx.db, who));
    if (!(identity->principal == ctx.call.caller))
        return svc::denied(QStringLiteral("Identity \"%1\" is not you; passes are signed with your own key.").arg(identity->name));
    NX_TRY(key, unlockIdentity(ctx.db, identity->name, args.value(QStringLiteral("passphrase")).toString()));
    AttendancePass p;
    p.eventId = quint64(e->id);
    p.ticketId = quint64(t->id);
    p.eventName = e->name;
    p.holder = t->owner;
    p.issuedNs = now;
    p.expiresNs = expires;
    NX_TRY(text, signAttendancePass(p, *key));
    ctx.summary = QStringLiteral("pass for %1 (event %2) held by %3, until %4")
                      .arg(tickets::tokenId(p.ticketId)).arg(e->id).arg(p.holder.toText(),
                           QDateTime::fromMSecsSinceEpoch(expires / 1000000, Qt::UTC).toString(Qt::ISODate));
    return QJsonObject{{QStringLiteral("pass"), *text},
                       {QStringLiteral("event_id"), e->id},
                       {QStringLiteral("ticket_id"), t->id},
                       {QStringLiteral("token_id"), tickets::tokenId(quint64(t->id))},
                       {QStringLiteral("holder"), p.holder.toText()},
                       {QStringLiteral("organiser"), ctx.call.caller.toText()},
                       {QStringLiteral("key_type"), keyTypeName(key->type())},
                       {QStringLiteral("expires_at"), QString::number(expires)}};
}

Result<QJsonValue> verifyPass(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(v, judge(ctx, args.value(QStringLiteral("pass")).toString()));
    return v->toJson();
}

Result<QJsonValue> checkIn(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(v, judge(ctx, args.value(QStringLiteral("pass")).toString()));
    if (v->event && !(v->event->organiser == ctx.call.caller))
        return svc::denied(QStringLiteral("Only the organiser of event %1 checks tickets in.").arg(v->event->id));
    if (!v->problem.isEmpty()) {
        Error e = Error::make(v->problem == QLatin1String("holder_changed") || v->problem == QLatin1String("event_not_active") ? ErrorCode::Conflict
                                                                                                                                 : ErrorCode::InvalidArgument,
                              QStringLiteral("The pass is not valid: %1").arg(v->reason), QStringLiteral("Nobody was checked in."));
        e.details = v->toJson();
        return e;
    }
    const AttendancePass &p = *v->check.pass;
    if (v->checkedIn)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("%1 already checked in to event %2 at %3.").arg(tickets::tokenId(p.ticketId)).arg(p.eventId)
                               .arg(QDateTime::fromMSecsSinceEpoch(v->checkedIn->checkedNs / 1000000, Qt::UTC).toString(Qt::ISODate)),
                           QStringLiteral("A ticket checks in once."));
    CheckInRow c{qint64(p.eventId), qint64(p.ticketId), p.holder, ctx.call.caller, svc::callTime(ctx)};
    if (auto st = EventStore(ctx.db).addCheckIn(c); !st)
        return st.error();
    ctx.summary = QStringLiteral("checked in %1 (%2) to event %3").arg(tickets::tokenId(p.ticketId), p.holder.toText()).arg(p.eventId);
    ctx.changed(QStringLiteral("events"), {QString::number(p.eventId)});
    return c.toJson();
}

} // namespace

void registerPassMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject id = integer(1, 1LL << 53);
    const QJsonObject pass = string(1, 2000);
    MethodDescriptor issue = makeMethod(QStringLiteral("events.issue_pass"),
                                        QStringLiteral("Sign an attendance pass (QR text) for a ticket of your event with your identity's key"),
                                        object({{QStringLiteral("event_id"), id}, {QStringLiteral("ticket_id"), id}, {QStringLiteral("passphrase"), string(1, 1024)},
                                                {QStringLiteral("identity"), string(1, 64)}, {QStringLiteral("expires_at"), string(1, 20)}},
                                               {QStringLiteral("event_id"), QStringLiteral("ticket_id"), QStringLiteral("passphrase")}),
                                        issuePass, true, Role::Creator);
    issue.secretArgs = {QStringLiteral("passphrase")};
    issue.rateClass = QStringLiteral("sensitive");
    gw.registerMethod(issue);
    gw.registerMethod(makeMethod(QStringLiteral("events.verify_pass"),
                                 QStringLiteral("Check a pass: signature, organiser, expiry, ticket holder, event status, check-in"),
                                 object({{QStringLiteral("pass"), pass}}, {QStringLiteral("pass")}), verifyPass, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("events.check_in"), QStringLiteral("Check a ticket in with its pass, once (the event's organiser)"),
                                 object({{QStringLiteral("pass"), pass}}, {QStringLiteral("pass")}), checkIn, true, Role::Creator));
}

} // namespace nexus
