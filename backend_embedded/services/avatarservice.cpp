#include "avatarservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "jsontext.h"
#include "methodtable.h"
#include "servicesupport.h"

#include <QJsonArray>

namespace nexus {

namespace {

constexpr int kMaxAvatarName = 32;

// The canister's InvalidName: 1 to 32 characters, no control characters, not only spaces.
std::optional<Error> invalidName(const QString &name)
{
    const QString trimmed = name.trimmed();
    bool control = false;
    for (const QChar c : name)
        control = control || c.category() == QChar::Other_Control;
    if (trimmed.isEmpty() || name.size() > kMaxAvatarName || control)
        return svc::invalid(QStringLiteral("InvalidName: an avatar name has 1 to %1 characters, not only spaces and no control characters (this one has %2).")
                                .arg(kMaxAvatarName)
                                .arg(name.size()),
                            QStringLiteral("Choose a shorter name."));
    return std::nullopt;
}

Result<QJsonObject> avatarOf(QSqlDatabase &db, const Principal &owner)
{
    auto q = Database::exec(db, QStringLiteral("SELECT name, metadata, created_ns, updated_ns FROM avatars WHERE owner = ?"), {owner.bytes()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("NotFound: %1 has no avatar.").arg(owner.toText()),
                           QStringLiteral("avatars.register creates one."));
    auto meta = jsonFromText(q->text(1));
    return QJsonObject{{QStringLiteral("owner"), owner.toText()},
                       {QStringLiteral("name"), q->text(0)},
                       {QStringLiteral("metadata"), meta ? meta->toObject() : QJsonObject()},
                       {QStringLiteral("created_ns"), QString::number(q->int64(2))},
                       {QStringLiteral("updated_ns"), QString::number(q->int64(3))}};
}

Result<QJsonValue> registerAvatar(ExecContext &ctx, const QJsonObject &args)
{
    const QString name = args.value(QStringLiteral("name")).toString();
    if (auto e = invalidName(name))
        return *e;
    auto existing = avatarOf(ctx.db, ctx.call.caller);
    if (existing)
        return Error::make(ErrorCode::AlreadyExists, QStringLiteral("AlreadyExists: you already have the avatar \"%1\"; each owner has one.")
                                                         .arg(existing->value(QStringLiteral("name")).toString()),
                           QStringLiteral("Change it with avatars.update."));
    const qint64 now = svc::callTime(ctx);
    auto q = Database::exec(ctx.db, QStringLiteral("INSERT INTO avatars (owner, name, metadata, created_ns, updated_ns) VALUES (?, ?, ?, ?, ?)"),
                            {ctx.call.caller.bytes(), name.trimmed(), jsonToText(args.value(QStringLiteral("metadata")).toObject()), now, now});
    if (!q)
        return q.error();
    ctx.summary = QStringLiteral("avatar \"%1\"").arg(name.trimmed());
    ctx.changed(QStringLiteral("avatars"), {ctx.call.caller.toText()});
    NX_TRY(a, avatarOf(ctx.db, ctx.call.caller));
    return *a;
}

Result<QJsonValue> updateAvatar(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, avatarOf(ctx.db, ctx.call.caller));
    QString name = a->value(QStringLiteral("name")).toString();
    if (args.contains(QStringLiteral("name"))) {
        name = args.value(QStringLiteral("name")).toString();
        if (auto e = invalidName(name))
            return *e;
    }
    const QJsonObject metadata = args.contains(QStringLiteral("metadata")) ? args.value(QStringLiteral("metadata")).toObject()
                                                                           : a->value(QStringLiteral("metadata")).toObject();
    auto q = Database::exec(ctx.db, QStringLiteral("UPDATE avatars SET name = ?, metadata = ?, updated_ns = ? WHERE owner = ?"),
                            {name.trimmed(), jsonToText(metadata), svc::callTime(ctx), ctx.call.caller.bytes()});
    if (!q)
        return q.error();
    ctx.summary = QStringLiteral("avatar \"%1\"").arg(name.trimmed());
    ctx.changed(QStringLiteral("avatars"), {ctx.call.caller.toText()});
    NX_TRY(updated, avatarOf(ctx.db, ctx.call.caller));
    return *updated;
}

Result<QJsonValue> getAvatar(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, avatarOf(ctx.db, svc::principalArg(ctx, args, QStringLiteral("owner"))));
    return *a;
}

// Sessions ------------------------------------------------------------------------------------

Result<QJsonObject> sessionJson(QSqlDatabase &db, qint64 id)
{
    auto q = Database::exec(db, QStringLiteral("SELECT world_id, host, state, max_participants, created_ns, ended_ns FROM vr_sessions WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no VR session %1.").arg(id), QStringLiteral("sessions.list shows the sessions."));
    QJsonObject o{{QStringLiteral("session_id"), id},
                  {QStringLiteral("world_id"), q->int64(0)},
                  {QStringLiteral("host"), svc::principalText(q->blob(1))},
                  {QStringLiteral("state"), q->text(2)},
                  {QStringLiteral("max_participants"), int(q->int64(3))},
                  {QStringLiteral("created_ns"), QString::number(q->int64(4))}};
    if (!q->isNull(5))
        o.insert(QStringLiteral("ended_ns"), QString::number(q->int64(5)));
    q->finish();
    auto p = Database::exec(db, QStringLiteral("SELECT p.principal, p.joined_ns, a.name FROM vr_participants p LEFT JOIN avatars a ON a.owner = p.principal "
                                               "WHERE p.session_id = ? ORDER BY p.joined_ns, p.principal"),
                            {id});
    if (!p)
        return p.error();
    QJsonArray people;
    while (p->next()) {
        QJsonObject who{{QStringLiteral("principal"), svc::principalText(p->blob(0))},
                        {QStringLiteral("joined_ns"), QString::number(p->int64(1))}};
        if (!p->isNull(2))
            who.insert(QStringLiteral("avatar"), p->text(2));
        people.append(who);
    }
    o.insert(QStringLiteral("participants"), people);
    return o;
}

Result<QJsonValue> createSession(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 world = args.value(QStringLiteral("world_id")).toInteger();
    auto w = Database::exec(ctx.db, QStringLiteral("SELECT title FROM worlds WHERE id = ?"), {world});
    if (!w)
        return w.error();
    if (!w->next())
        return svc::notFound(QStringLiteral("There is no world %1.").arg(world), QStringLiteral("worlds.list shows the stored worlds."));
    const QString title = w->text(0);
    w->finish();
    const qint64 now = svc::callTime(ctx);
    auto q = Database::exec(ctx.db, QStringLiteral("INSERT INTO vr_sessions (world_id, host, state, max_participants, created_ns) VALUES (?, ?, 'open', ?, ?) RETURNING id"),
                            {world, ctx.call.caller.bytes(), args.value(QStringLiteral("max_participants")).toInt(16), now});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new session."));
    const qint64 id = q->int64(0);
    q->finish();
    auto j = Database::exec(ctx.db, QStringLiteral("INSERT INTO vr_participants (session_id, principal, joined_ns) VALUES (?, ?, ?)"), {id, ctx.call.caller.bytes(), now});
    if (!j)
        return j.error();
    ctx.summary = QStringLiteral("session %1 in world %2 \"%3\"").arg(id).arg(world).arg(title);
    ctx.changed(QStringLiteral("sessions"), {QString::number(id)});
    NX_TRY(s, sessionJson(ctx.db, id));
    return *s;
}

Result<QJsonValue> joinSession(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 id = args.value(QStringLiteral("session_id")).toInteger();
    NX_TRY(s, sessionJson(ctx.db, id));
    if (s->value(QStringLiteral("state")).toString() != QLatin1String("open"))
        return Error::make(ErrorCode::Conflict, QStringLiteral("VR session %1 has ended.").arg(id), QStringLiteral("Start a new one with sessions.create."));
    const QJsonArray people = s->value(QStringLiteral("participants")).toArray();
    for (const QJsonValue &p : people)
        if (p.toObject().value(QStringLiteral("principal")).toString() == ctx.call.caller.toText())
            return Error::make(ErrorCode::AlreadyExists, QStringLiteral("You are already in VR session %1.").arg(id));
    if (people.size() >= s->value(QStringLiteral("max_participants")).toInt())
        return Error::make(ErrorCode::Conflict, QStringLiteral("VR session %1 is full (%2 participants).").arg(id).arg(people.size()),
                           QStringLiteral("Wait for someone to leave, or join another session."));
    auto j = Database::exec(ctx.db, QStringLiteral("INSERT INTO vr_participants (session_id, principal, joined_ns) VALUES (?, ?, ?)"),
                            {id, ctx.call.caller.bytes(), svc::callTime(ctx)});
    if (!j)
        return j.error();
    ctx.summary = QStringLiteral("joined session %1").arg(id);
    ctx.changed(QStringLiteral("sessions"), {QString::number(id)});
    NX_TRY(after, sessionJson(ctx.db, id));
    return *after;
}

Status endSession(ExecContext &ctx, qint64 id)
{
    auto q = Database::exec(ctx.db, QStringLiteral("UPDATE vr_sessions SET state = 'ended', ended_ns = ? WHERE id = ?"), {svc::callTime(ctx), id});
    if (!q)
        return q.error();
    auto p = Database::exec(ctx.db, QStringLiteral("DELETE FROM vr_participants WHERE session_id = ?"), {id});
    if (!p)
        return p.error();
    return {};
}

Result<QJsonValue> leaveSession(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 id = args.value(QStringLiteral("session_id")).toInteger();
    NX_TRY(s, sessionJson(ctx.db, id));
    auto q = Database::exec(ctx.db, QStringLiteral("DELETE FROM vr_participants WHERE session_id = ? AND principal = ? RETURNING 1"), {id, ctx.call.caller.bytes()});
    if (!q)
        return q.error();
    if (!q->next())
        return svc::notFound(QStringLiteral("You are not in VR session %1.").arg(id));
    q->finish();
    // The last one out ends the session.
    if (s->value(QStringLiteral("participants")).toArray().size() == 1)
        if (auto st = endSession(ctx, id); !st)
            return st.error();
    ctx.summary = QStringLiteral("left session %1").arg(id);
    ctx.changed(QStringLiteral("sessions"), {QString::number(id)});
    NX_TRY(after, sessionJson(ctx.db, id));
    return *after;
}

Result<QJsonValue> finishSession(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 id = args.value(QStringLiteral("session_id")).toInteger();
    NX_TRY(s, sessionJson(ctx.db, id));
    if (s->value(QStringLiteral("host")).toString() != ctx.call.caller.toText() && ctx.caller.role < Role::Admin)
        return svc::denied(QStringLiteral("Only the host of VR session %1 (or an admin) can end it.").arg(id));
    if (s->value(QStringLiteral("state")).toString() == QLatin1String("ended"))
        return Error::make(ErrorCode::Conflict, QStringLiteral("VR session %1 has ended already.").arg(id));
    if (auto st = endSession(ctx, id); !st)
        return st.error();
    ctx.summary = QStringLiteral("ended session %1").arg(id);
    ctx.changed(QStringLiteral("sessions"), {QString::number(id)});
    NX_TRY(after, sessionJson(ctx.db, id));
    return *after;
}

Result<QJsonValue> getSession(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(s, sessionJson(ctx.db, args.value(QStringLiteral("session_id")).toInteger()));
    return *s;
}

Result<QJsonValue> listSessions(ExecContext &ctx, const QJsonObject &args)
{
    const QVariant world = args.contains(QStringLiteral("world_id")) ? QVariant(args.value(QStringLiteral("world_id")).toInteger()) : QVariant();
    const bool active = args.value(QStringLiteral("active")).toBool(true);
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT id FROM vr_sessions WHERE (?1 IS NULL OR world_id = ?1) AND (?2 = 0 OR state = 'open') ORDER BY id DESC LIMIT ?3"),
                            {world, int(active), args.value(QStringLiteral("limit")).toInt(50)});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->int64(0);
    q->finish();
    QJsonArray items;
    for (qint64 id : std::as_const(ids)) {
        NX_TRY(s, sessionJson(ctx.db, id));
        items.append(*s);
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

} // namespace

void registerAvatarMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    const QJsonObject meta{{QStringLiteral("type"), QStringLiteral("object")}};
    const QJsonObject sessionId = object({{QStringLiteral("session_id"), integer(1, 1LL << 53)}}, {QStringLiteral("session_id")});
    gw.registerMethod(makeMethod(QStringLiteral("avatars.register"), QStringLiteral("Create your avatar (one per owner; a name of 1 to 32 characters, metadata)"),
                                 object({{QStringLiteral("name"), string(0, 200)}, {QStringLiteral("metadata"), meta}}, {QStringLiteral("name")}),
                                 registerAvatar, true, Role::User)); // the canister's Unauthorized: the gateway refuses guests
    gw.registerMethod(makeMethod(QStringLiteral("avatars.update"), QStringLiteral("Rename your avatar or replace its metadata"),
                                 object({{QStringLiteral("name"), string(0, 200)}, {QStringLiteral("metadata"), meta}}), updateAvatar, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("avatars.get"), QStringLiteral("An owner's avatar (default: yours)"),
                                 object({{QStringLiteral("owner"), principal()}}), getAvatar, false, Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("sessions.create"), QStringLiteral("Open a VR session in a stored world; you host it and are its first participant"),
                                 object({{QStringLiteral("world_id"), integer(1, 1LL << 53)}, {QStringLiteral("max_participants"), integer(1, 100)}},
                                        {QStringLiteral("world_id")}),
                                 createSession, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("sessions.join"), QStringLiteral("Join an open VR session that has room"), sessionId, joinSession, true, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("sessions.leave"), QStringLiteral("Leave a VR session; the last one out ends it"), sessionId, leaveSession, true,
                                 Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("sessions.end"), QStringLiteral("End a VR session (its host, or an admin)"), sessionId, finishSession, true,
                                 Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("sessions.get"), QStringLiteral("A VR session with its state and participants"), sessionId, getSession, false,
                                 Role::Guest));
    gw.registerMethod(makeMethod(QStringLiteral("sessions.list"), QStringLiteral("VR sessions, newest first: open ones (active, the default) or all, optionally of one world"),
                                 object({{QStringLiteral("world_id"), integer(1, 1LL << 53)}, {QStringLiteral("active"), boolean()},
                                         {QStringLiteral("limit"), integer(1, 200)}}),
                                 listSessions, false, Role::Guest));
}

} // namespace nexus
