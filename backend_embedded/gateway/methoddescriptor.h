#pragma once
// One row of the gateway's method table: name, argument schema, whether it mutates, who may call it.

#include "access.h"
#include "argschema.h"
#include "callcontext.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace nexus {

class Gateway;

struct CallerInfo {
    Principal principal;
    Role role = Role::Guest;
    QSet<Permission> permissions;
    bool registered = false;
    bool disabled = false;
    bool holds(Permission p) const { return permissions.contains(p); }
};

struct ChangeEvent {
    QString topic;   // "users", "config", "system", "identities", "audit", ...
    QStringList ids;
};

// What a handler sees: the connection (inside the call's transaction for mutations), the caller,
// and places to leave a readable audit summary, change events and post-commit actions.
struct ExecContext {
    QSqlDatabase &db;
    const CallContext &call;
    CallerInfo caller;
    Gateway &gateway;
    QString summary;                              // audit summary; defaults to redacted arguments
    QList<ChangeEvent> events;
    QList<std::function<void()>> afterCommit;
    std::shared_ptr<const void> prepared;         // the method's prepare product, if it has one

    void changed(const QString &topic, const QStringList &ids = {}) { events.append({topic, ids}); }
};

using MethodHandler = std::function<Result<QJsonValue>(ExecContext &, const QJsonObject &)>;
// Work a mutation does before its transaction, on the calling thread (never the writer): pure
// computation from the validated arguments and the call (its time is stamped first), such as
// generating a world, so the single writer only stores. Its product reaches the handler as
// ExecContext::prepared; its error is answered and audited like the handler's.
using MethodPrepare = std::function<Result<std::shared_ptr<const void>>(const CallContext &, const QJsonObject &)>;

struct MethodDescriptor {
    QString name;                          // "service.method"
    QString summary;                       // one line for `nexusctl methods`
    QJsonObject schema;                    // JSON Schema subset (argschema.h)
    ArgSchema argCheck;                    // `schema` compiled; Gateway::registerMethod fills it in
    bool mutates = false;
    std::optional<Permission> permission;  // needed permission, if any
    Role minRole = Role::Guest;            // lowest role allowed to call
    QString rateClass = QStringLiteral("read");
    bool allowedInMaintenance = false;     // mutations that must work while maintenance is on
    bool allowedInEmergency = false;       // mutations that must work during an emergency stop
    QStringList secretArgs;                // never stored in clear: redacted before digest and summary
    MethodHandler handler;
    MethodPrepare prepare;                 // optional, mutations only

    QString service() const { return name.section(QLatin1Char('.'), 0, 0); }
    QJsonObject toJson() const;
};

} // namespace nexus
