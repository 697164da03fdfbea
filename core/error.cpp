#include "error.h"

#include <array>
#include <utility>

namespace nexus {

namespace {
constexpr std::array<std::pair<ErrorCode, const char *>, 14> kNames{{
    {ErrorCode::InvalidArgument, "invalid_argument"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::AlreadyExists, "already_exists"},
    {ErrorCode::PermissionDenied, "permission_denied"},
    {ErrorCode::Unauthenticated, "unauthenticated"},
    {ErrorCode::RateLimited, "rate_limited"},
    {ErrorCode::Maintenance, "maintenance"},
    {ErrorCode::EmergencyStop, "emergency_stop"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::UnknownMethod, "unknown_method"},
    {ErrorCode::SchemaTooNew, "schema_too_new"},
    {ErrorCode::Storage, "storage"},
    {ErrorCode::Crypto, "crypto"},
    {ErrorCode::Internal, "internal"},
}};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, n] : kNames)
        if (c == code)
            return QString::fromLatin1(n);
    return QStringLiteral("internal");
}

QJsonObject Error::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), codeName()}, {QStringLiteral("message"), message}};
    if (!hint.isEmpty())
        o.insert(QStringLiteral("hint"), hint);
    if (retryAfterMs > 0)
        o.insert(QStringLiteral("retry_after_ms"), retryAfterMs);
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

Error Error::fromJson(const QJsonObject &o)
{
    Error e;
    const QString name = o.value(QStringLiteral("code")).toString();
    e.code = ErrorCode::Internal;
    for (const auto &[c, n] : kNames)
        if (name == QLatin1String(n))
            e.code = c;
    e.message = o.value(QStringLiteral("message")).toString();
    e.hint = o.value(QStringLiteral("hint")).toString();
    e.retryAfterMs = o.value(QStringLiteral("retry_after_ms")).toInteger();
    e.details = o.value(QStringLiteral("details")).toObject();
    return e;
}

} // namespace nexus
