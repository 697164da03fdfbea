#pragma once
// Helpers for the services' method tables: one line per method, the call's clock, and NX_TRY.

#include "gateway/methoddescriptor.h"

namespace nexus::svc {

inline MethodDescriptor makeMethod(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h, bool mutates,
                                   Role minRole, std::optional<Permission> perm = std::nullopt)
{
    MethodDescriptor m;
    m.name = name;
    m.summary = summary;
    m.schema = std::move(argSchema);
    m.mutates = mutates;
    m.minRole = minRole;
    m.permission = perm;
    m.rateClass = !mutates ? QStringLiteral("read") : minRole >= Role::Admin ? QStringLiteral("admin") : QStringLiteral("write");
    m.handler = std::move(h);
    return m;
}

// The clock of a call: the call's time (demo and tests set it), else now.
inline qint64 callTime(const ExecContext &ctx) { return ctx.call.timeNs ? ctx.call.timeNs : nowNs(); }

} // namespace nexus::svc

// Unwraps a Result into `var` or returns its error from the enclosing handler.
#define NX_TRY(var, expr)  \
    auto var = (expr);     \
    if (!var)              \
        return var.error();
