#pragma once
// Typed error that a person can act on: what happened (message) and what to do (hint).

#include <QJsonObject>
#include <QString>

namespace nexus {

enum class ErrorCode {
    InvalidArgument,   // malformed or out-of-range input
    NotFound,
    AlreadyExists,
    PermissionDenied,  // caller lacks role or permission
    Unauthenticated,   // unknown caller / wrong passphrase
    RateLimited,       // retryAfterMs says when to try again
    Maintenance,       // mutations refused while maintenance mode is on
    EmergencyStop,     // mutations refused while the emergency stop is active
    Conflict,          // state changed underneath, or a rule forbids the transition
    UnknownMethod,
    SchemaTooNew,      // database written by a newer app version
    Storage,           // SQLite / file system failure
    Crypto,
    Internal,
};

QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;      // what happened, in plain words
    QString hint;         // what the user can do about it (may be empty)
    qint64 retryAfterMs = 0;
    QJsonObject details;  // structured data for machines (e.g. expected values)

    static Error make(ErrorCode c, QString msg, QString hint = {})
    {
        Error e;
        e.code = c;
        e.message = std::move(msg);
        e.hint = std::move(hint);
        return e;
    }
    QString codeName() const { return errorCodeName(code); }
    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &o);
};

} // namespace nexus
