#include "ticketservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "methodtable.h"
#include "servicesupport.h"
#include "ticketid.h"
#include "ticketstore.h"

#include <QJsonArray>

namespace nexus {

namespace {

Result<qint64> ticketArg(const QJsonObject &args)
{
    if (args.contains(QStringLiteral("ticket_id")))
        return args.value(QStringLiteral("ticket_id")).toInteger();
    const auto id = tickets::ticketIdFromTokenId(args.value(QStringLiteral("token_id")).toString());
    if (!id)
        return svc::invalid(QStringLiteral("Give ticket_id (a number) or token_id (\"VRN-0000001A\")."));
    return qint64(*id);
}

Result<QJsonValue> mint(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(name, tickets::checkEventName(args.value(QStringLiteral("event_name")).toString()));
    TicketRow t;
    t.eventName = *name;
    t.owner = svc::principalArg(ctx, args, QStringLiteral("to"));
    t.metadata = args.value(QStringLiteral("metadata")).toObject();
    t.mintedNs = svc::callTime(ctx);
    NX_TRY(id, TicketStore(ctx.db).insert(t));
    t.id = *id;
    ctx.summary = QStringLiteral("ticket %1 for \"%2\" to %3").arg(tickets::tokenId(quint64(t.id)), t.eventName, t.owner.toText());
    ctx.changed(QStringLiteral("tickets"), {QString::number(t.id)});
    return t.toJson();
}

Result<QJsonValue> transfer(ExecContext &ctx, const QJsonObject &args)
{
    TicketStore store(ctx.db);
    NX_TRY(id, ticketArg(args));
    NX_TRY(t, store.ticket(*id));
    if (!(t->owner == ctx.call.caller))
        return svc::denied(QStringLiteral("Only the holder of %1 can transfer it.").arg(tickets::tokenId(quint64(t->id))),
                           QStringLiteral("Act as the holder (%1).").arg(t->owner.toText()));
    const Principal to = Principal::fromText(args.value(QStringLiteral("to")).toString()).value();
    if (to == t->owner)
        return svc::invalid(QStringLiteral("%1 already belongs to %2.").arg(tickets::tokenId(quint64(t->id)), to.toText()));
    if (auto st = store.setOwner(t->id, to); !st)
        return st.error();
    ctx.summary = QStringLiteral("ticket %1 → %2").arg(tickets::tokenId(quint64(t->id)), to.toText());
    ctx.changed(QStringLiteral("tickets"), {QString::number(t->id)});
    t->owner = to;
    return t->toJson();
}

Result<QJsonValue> get(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(id, ticketArg(args));
    NX_TRY(t, TicketStore(ctx.db).ticket(*id));
    return t->toJson();
}

Result<QJsonValue> list(ExecContext &ctx, const QJsonObject &args)
{
    const Principal owner = svc::principalArg(ctx, args, QStringLiteral("owner"));
    NX_TRY(rows, TicketStore(ctx.db).byOwner(owner, args.value(QStringLiteral("after")).toInteger(0), int(args.value(QStringLiteral("limit")).toInteger(100))));
    QJsonArray items;
    for (const TicketRow &t : std::as_const(*rows))
        items.append(t.toJson());
    return QJsonObject{{QStringLiteral("owner"), owner.toText()}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> total(ExecContext &ctx, const QJsonObject &)
{
    NX_TRY(n, TicketStore(ctx.db).total());
    return QJsonObject{{QStringLiteral("total"), *n}};
}

} // namespace

void registerTicketMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject id = integer(1, 1LL << 53);
    const QJsonObject token = string(12, 20);
    const QJsonObject meta{{QStringLiteral("type"), QStringLiteral("object")}};
    gw.registerMethod(makeMethod(QStringLiteral("tickets.mint"), QStringLiteral("Mint a ticket for an event (name up to 64 bytes) to you or another principal"),
                                 object({{QStringLiteral("event_name"), string(1, 256)}, {QStringLiteral("to"), principal()}, {QStringLiteral("metadata"), meta}},
                                        {QStringLiteral("event_name")}),
                                 mint, true, Role::Creator));
    gw.registerMethod(makeMethod(QStringLiteral("tickets.transfer"), QStringLiteral("Give a ticket you hold to another principal"),
                                 object({{QStringLiteral("ticket_id"), id}, {QStringLiteral("token_id"), token}, {QStringLiteral("to"), principal()}},
                                        {QStringLiteral("to")}),
                                 transfer, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("tickets.get"), QStringLiteral("A ticket by number or by token id (VRN-%08X)"),
                                 object({{QStringLiteral("ticket_id"), id}, {QStringLiteral("token_id"), token}}), get, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("tickets.list"), QStringLiteral("Tickets a principal holds (default: yours), by number, keyset paged"),
                                 object({{QStringLiteral("owner"), principal()}, {QStringLiteral("after"), integer(0, 1LL << 53)},
                                         {QStringLiteral("limit"), integer(1, 500)}}),
                                 list, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("tickets.total"), QStringLiteral("How many tickets exist"), object({}), total, false, Role::Guest));
}

} // namespace nexus
