#include "eventservice.h"

#include "argschema.h"
#include "eventpasses.h"
#include "eventstore.h"
#include "gateway/gateway.h"
#include "ledgerargs.h"
#include "methodtable.h"
#include "servicesupport.h"
#include "ticketid.h"
#include "ticketstore.h"

namespace nexus {

namespace {

using events::EventStatus;

Result<qint64> timeArg(const QJsonObject &args, const QString &key)
{
    NX_TRY(t, ledgerargs::optionalTime(args, key, true));
    if (!*t)
        return svc::invalid(QStringLiteral("%1: a time in ns is required.").arg(key));
    return qint64(**t);
}

Result<QJsonValue> create(ExecContext &ctx, const QJsonObject &args)
{
    EventRow e;
    NX_TRY(name, tickets::checkEventName(args.value(QStringLiteral("name")).toString()));
    e.name = *name;
    e.description = args.value(QStringLiteral("description")).toString();
    e.organiser = ctx.call.caller;
    e.capacity = args.value(QStringLiteral("capacity")).toInteger();
    NX_TRY(starts, timeArg(args, QStringLiteral("starts_at")));
    NX_TRY(ends, timeArg(args, QStringLiteral("ends_at")));
    if (*ends <= *starts)
        return svc::invalid(QStringLiteral("ends_at must come after starts_at."));
    e.startsNs = *starts;
    e.endsNs = *ends;
    e.status = events::statusFromName(args.value(QStringLiteral("status")).toString(QStringLiteral("draft"))).value_or(EventStatus::Draft);
    e.createdNs = e.updatedNs = svc::callTime(ctx);
    NX_TRY(id, EventStore(ctx.db).insert(e));
    e.id = *id;
    ctx.summary = QStringLiteral("event %1 \"%2\" (%3, capacity %4)").arg(e.id).arg(e.name, events::statusName(e.status)).arg(e.capacity);
    ctx.changed(QStringLiteral("events"), {QString::number(e.id)});
    return e.toJson();
}

Result<QJsonValue> setStatus(ExecContext &ctx, const QJsonObject &args)
{
    EventStore store(ctx.db);
    NX_TRY(e, store.event(args.value(QStringLiteral("event_id")).toInteger()));
    if (!(e->organiser == ctx.call.caller))
        return svc::denied(QStringLiteral("Only the organiser of event %1 changes its status.").arg(e->id),
                           QStringLiteral("Act as the organiser (%1).").arg(e->organiser.toText()));
    const EventStatus to = events::statusFromName(args.value(QStringLiteral("status")).toString()).value();
    if (!events::canMove(e->status, to))
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("Event %1 is %2 and cannot become %3.").arg(e->id).arg(events::statusName(e->status), events::statusName(to)),
                           QStringLiteral("Drafts become active or cancelled; active events become completed or cancelled."));
    const EventStatus from = e->status;
    e->status = to;
    e->updatedNs = svc::callTime(ctx);
    if (auto st = store.setStatus(e->id, to, e->updatedNs); !st)
        return st.error();
    ctx.summary = QStringLiteral("event %1 \"%2\": %3 → %4").arg(e->id).arg(e->name, events::statusName(from), events::statusName(to));
    ctx.changed(QStringLiteral("events"), {QString::number(e->id)});
    return e->toJson();
}

// Registration mints the registrant a ticket for the event; the capacity is checked and counted
// in one statement.
Result<QJsonValue> registerFor(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 now = svc::callTime(ctx);
    EventStore store(ctx.db);
    NX_TRY(e, store.event(args.value(QStringLiteral("event_id")).toInteger()));
    if (e->status != EventStatus::Active)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Event %1 is %2; registration is open only while it is active.").arg(e->id).arg(events::statusName(e->status)));
    if (now >= e->endsNs)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Event %1 has ended.").arg(e->id));
    NX_TRY(existing, store.registration(e->id, ctx.call.caller));
    if (*existing)
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("You are already registered for event %1 (ticket %2).").arg(e->id).arg(tickets::tokenId(quint64(**existing))));
    TicketRow t;
    t.eventName = e->name;
    t.eventId = e->id;
    t.owner = ctx.call.caller;
    t.mintedNs = now;
    NX_TRY(ticketId, TicketStore(ctx.db).insert(t));
    t.id = *ticketId;
    NX_TRY(seated, store.addRegistration(e->id, ctx.call.caller, t.id, now));
    if (!*seated)
        return Error::make(ErrorCode::Conflict, QStringLiteral("Event %1 is full (%2 of %2 places taken).").arg(e->id).arg(e->capacity),
                           QStringLiteral("Nothing was charged or minted. Ask the organiser for more places."));
    ctx.summary = QStringLiteral("registered for event %1 \"%2\" with %3 (%4/%5)")
                      .arg(e->id).arg(e->name, tickets::tokenId(quint64(t.id))).arg(e->registered + 1).arg(e->capacity);
    ctx.changed(QStringLiteral("events"), {QString::number(e->id)});
    ctx.changed(QStringLiteral("tickets"), {QString::number(t.id)});
    return QJsonObject{{QStringLiteral("event_id"), e->id}, {QStringLiteral("ticket"), t.toJson()},
                       {QStringLiteral("registered"), e->registered + 1}, {QStringLiteral("capacity"), e->capacity}};
}

Result<QJsonValue> get(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(e, EventStore(ctx.db).event(args.value(QStringLiteral("event_id")).toInteger()));
    return e->toJson();
}

Result<QJsonValue> list(ExecContext &ctx, const QJsonObject &args)
{
    std::optional<EventStatus> status;
    if (args.contains(QStringLiteral("status")))
        status = events::statusFromName(args.value(QStringLiteral("status")).toString());
    std::optional<Principal> organiser;
    if (args.contains(QStringLiteral("organiser")))
        organiser = svc::principalArg(ctx, args, QStringLiteral("organiser"));
    NX_TRY(rows, EventStore(ctx.db).list(status, organiser, args.value(QStringLiteral("after")).toInteger(0), int(args.value(QStringLiteral("limit")).toInteger(100))));
    QJsonArray items;
    for (const EventRow &e : std::as_const(*rows))
        items.append(e.toJson());
    return QJsonObject{{QStringLiteral("items"), items}};
}

// Who registered, who holds each ticket now, who checked in: for the organiser and admins.
Result<QJsonValue> participants(ExecContext &ctx, const QJsonObject &args)
{
    EventStore store(ctx.db);
    NX_TRY(e, store.event(args.value(QStringLiteral("event_id")).toInteger()));
    if (!(e->organiser == ctx.call.caller) && ctx.caller.role < Role::Admin)
        return svc::denied(QStringLiteral("Only the organiser and admins see who registered for event %1.").arg(e->id));
    NX_TRY(items, store.participants(e->id));
    return QJsonObject{{QStringLiteral("event_id"), e->id}, {QStringLiteral("items"), *items}};
}

} // namespace

void registerEventMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject id = integer(1, 1LL << 53);
    const QJsonObject time = string(1, 20);
    const QStringList statuses{QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("cancelled")};
    const QString E = QStringLiteral("event_id");
    gw.registerMethod(makeMethod(QStringLiteral("events.create"), QStringLiteral("Create an event you organise: name, capacity, dates (ns), draft or active"),
                                 object({{QStringLiteral("name"), string(1, 256)}, {QStringLiteral("description"), string(0, 2000)},
                                         {QStringLiteral("capacity"), integer(1, 1000000)}, {QStringLiteral("starts_at"), time}, {QStringLiteral("ends_at"), time},
                                         {QStringLiteral("status"), enumOf({QStringLiteral("draft"), QStringLiteral("active")})}},
                                        {QStringLiteral("name"), QStringLiteral("capacity"), QStringLiteral("starts_at"), QStringLiteral("ends_at")}),
                                 create, true, Role::Creator));
    gw.registerMethod(makeMethod(QStringLiteral("events.set_status"),
                                 QStringLiteral("Move your event on: draft → active | cancelled, active → completed | cancelled"),
                                 object({{E, id}, {QStringLiteral("status"), enumOf(statuses)}}, {E, QStringLiteral("status")}), setStatus, true, Role::Creator));
    gw.registerMethod(makeMethod(QStringLiteral("events.register"), QStringLiteral("Register for an active event (capacity enforced); mints your ticket"),
                                 object({{E, id}}, {E}), registerFor, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("events.get"), QStringLiteral("An event with its places left"), object({{E, id}}, {E}), get, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("events.list"), QStringLiteral("Events by status or organiser, keyset paged by id"),
                                 object({{QStringLiteral("status"), enumOf(statuses)}, {QStringLiteral("organiser"), principal()},
                                         {QStringLiteral("after"), integer(0, 1LL << 53)}, {QStringLiteral("limit"), integer(1, 500)}}),
                                 list, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("events.participants"),
                                 QStringLiteral("Registrations with each ticket's holder and check-in (organiser and admins)"),
                                 object({{E, id}}, {E}), participants, false, Role::User));
    registerPassMethods(gw);
}

} // namespace nexus
