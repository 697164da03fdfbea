#pragma once
// The local HTTP API's bearer tokens (tokens.*): create one for yourself (shown once, stored as
// SHA-256), list yours (or everyone's, for user managers), revoke one.

#include "principal.h"
#include "result.h"

#include <QSqlDatabase>

namespace nexus {

class Gateway;

void registerTokenMethods(Gateway &gw);

struct TokenOwner {
    Principal principal;
    qint64 expiresNs = 0; // 0: never
};

// Whom a presented token speaks for and until when, read straight from the table (the HTTP
// API's verifier runs this on the reader thread). Unauthenticated with what to do when it is
// unknown, revoked or expired at `nowNs`.
Result<TokenOwner> tokenOwner(QSqlDatabase &db, const QByteArray &tokenHash, qint64 nowNs);
// What to do without a usable token (every 401 of the HTTP API says it).
QString tokenHint();

} // namespace nexus
