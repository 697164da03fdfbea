#include "tokenservice.h"

#include "apitoken.h"
#include "argschema.h"
#include "gateway/gateway.h"
#include "methodtable.h"
#include "servicesupport.h"

#include <QJsonArray>

namespace nexus {

namespace {

constexpr qint64 kDayNs = 86400LL * 1000000000LL;
const QString kColumns = QStringLiteral("id, owner, name, prefix, created_ns, expires_ns, revoked_ns");

QJsonObject tokenJson(const Rows &q, qint64 now)
{
    QJsonObject o{{QStringLiteral("id"), q.int64(0)},
                  {QStringLiteral("owner"), svc::principalText(q.blob(1))},
                  {QStringLiteral("name"), q.text(2)},
                  {QStringLiteral("prefix"), q.text(3)},
                  {QStringLiteral("created_ns"), QString::number(q.int64(4))}};
    QString state = QStringLiteral("active");
    if (!q.isNull(5)) {
        o.insert(QStringLiteral("expires_ns"), QString::number(q.int64(5)));
        if (q.int64(5) <= now)
            state = QStringLiteral("expired");
    }
    if (!q.isNull(6)) {
        o.insert(QStringLiteral("revoked_ns"), QString::number(q.int64(6)));
        state = QStringLiteral("revoked");
    }
    o.insert(QStringLiteral("state"), state);
    return o;
}

Result<QJsonValue> create(ExecContext &ctx, const QJsonObject &args)
{
    const QString name = args.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        return svc::invalid(QStringLiteral("A token needs a name (what it is for)."), QStringLiteral("For example \"unity-client\"."));
    NX_TRY(token, ApiToken::generate());
    const qint64 now = svc::callTime(ctx);
    QVariant expires;
    if (args.contains(QStringLiteral("expires_in_days")))
        expires = now + args.value(QStringLiteral("expires_in_days")).toInteger() * kDayNs;
    NX_TRY(q, Database::exec(ctx.db,
                             QStringLiteral("INSERT INTO api_tokens (owner, name, token_hash, prefix, created_ns, expires_ns) "
                                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                             {ctx.call.caller.bytes(), name, token->hash, ApiToken::prefixOf(token->text), now, expires}));
    q->next();
    const qint64 id = q->int64(0);
    q->finish();
    ctx.summary = QStringLiteral("API token %1 \"%2\" (%3…)").arg(id).arg(name, ApiToken::prefixOf(token->text));
    ctx.changed(QStringLiteral("tokens"), {QString::number(id)});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("owner"), ctx.call.caller.toText()},
                  {QStringLiteral("prefix"), ApiToken::prefixOf(token->text)},
                  {QStringLiteral("token"), token->text},
                  {QStringLiteral("created_ns"), QString::number(now)}};
    if (expires.isValid())
        o.insert(QStringLiteral("expires_ns"), QString::number(expires.toLongLong()));
    return o;
}

Result<QJsonValue> list(ExecContext &ctx, const QJsonObject &args)
{
    const bool all = args.value(QStringLiteral("all")).toBool();
    if (all && !ctx.caller.holds(Permission::ManageUsers))
        return svc::denied(QStringLiteral("Listing everyone's tokens needs the manage_users permission."),
                           QStringLiteral("Leave out \"all\" to list your own."));
    auto q = all ? Database::exec(ctx.db, QStringLiteral("SELECT %1 FROM api_tokens ORDER BY id DESC").arg(kColumns))
                 : Database::exec(ctx.db, QStringLiteral("SELECT %1 FROM api_tokens WHERE owner = ? ORDER BY id DESC").arg(kColumns),
                                  {ctx.call.caller.bytes()});
    if (!q)
        return q.error();
    const qint64 now = svc::callTime(ctx);
    QJsonArray items;
    while (q->next())
        items.append(tokenJson(*q, now));
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonValue> revoke(ExecContext &ctx, const QJsonObject &args)
{
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    NX_TRY(q, Database::exec(ctx.db, QStringLiteral("SELECT owner, revoked_ns, name FROM api_tokens WHERE id = ?"), {id}));
    if (!q->next())
        return svc::notFound(QStringLiteral("There is no API token %1.").arg(id), QStringLiteral("tokens.list shows your tokens and their ids."));
    const QByteArray owner = q->blob(0);
    const bool revoked = !q->isNull(1);
    const QString name = q->text(2);
    q->finish();
    if (owner != ctx.call.caller.bytes() && !ctx.caller.holds(Permission::ManageUsers))
        return svc::denied(QStringLiteral("API token %1 belongs to someone else.").arg(id),
                           QStringLiteral("Only its owner or a holder of manage_users can revoke it."));
    if (revoked)
        return Error::make(ErrorCode::Conflict, QStringLiteral("API token %1 is already revoked.").arg(id));
    NX_TRY(u, Database::exec(ctx.db, QStringLiteral("UPDATE api_tokens SET revoked_ns = ? WHERE id = ?"), {svc::callTime(ctx), id}));
    ctx.summary = QStringLiteral("revoked API token %1 \"%2\"").arg(id).arg(name);
    ctx.changed(QStringLiteral("tokens"), {QString::number(id)});
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("revoked"), true}};
}

} // namespace

QString tokenHint()
{
    return QStringLiteral("Create a token with `nexusctl tokens create --as IDENTITY NAME` and send it as \"Authorization: Bearer TOKEN\".");
}

Result<TokenOwner> tokenOwner(QSqlDatabase &db, const QByteArray &tokenHash, qint64 now)
{
    NX_TRY(q, Database::exec(db, QStringLiteral("SELECT owner, expires_ns, revoked_ns FROM api_tokens WHERE token_hash = ?"), {tokenHash}));
    if (!q->next())
        return Error::make(ErrorCode::Unauthenticated, QStringLiteral("The bearer token is not known to this profile."), tokenHint());
    if (!q->isNull(2))
        return Error::make(ErrorCode::Unauthenticated, QStringLiteral("The bearer token was revoked."), tokenHint());
    if (!q->isNull(1) && q->int64(1) <= now)
        return Error::make(ErrorCode::Unauthenticated, QStringLiteral("The bearer token has expired."), tokenHint());
    auto p = Principal::fromBytes(q->blob(0));
    if (!p)
        return Error::make(ErrorCode::Internal, QStringLiteral("A stored token names no valid principal."));
    return TokenOwner{*p, q->isNull(1) ? 0 : q->int64(1)};
}

void registerTokenMethods(Gateway &gw)
{
    using svc::makeMethod;
    using namespace schema;
    MethodDescriptor make = makeMethod(QStringLiteral("tokens.create"),
                                       QStringLiteral("A bearer token for the local HTTP API acting as you; the token is shown only in this answer"),
                                       object({{QStringLiteral("name"), string(1, 64)}, {QStringLiteral("expires_in_days"), integer(1, 3650)}},
                                              {QStringLiteral("name")}),
                                       create, true, Role::User);
    make.rateClass = QStringLiteral("sensitive");
    gw.registerMethod(make);
    gw.registerMethod(makeMethod(QStringLiteral("tokens.list"),
                                 QStringLiteral("Your API tokens (all: everyone's, with manage_users): name, prefix, state; never the token"),
                                 object({{QStringLiteral("all"), boolean()}}), list, false, Role::User));
    gw.registerMethod(makeMethod(QStringLiteral("tokens.revoke"), QStringLiteral("Revoke an API token (its owner, or a holder of manage_users)"),
                                 object({{QStringLiteral("id"), integer(1, 1LL << 53)}}, {QStringLiteral("id")}), revoke, true, Role::User));
}

} // namespace nexus
