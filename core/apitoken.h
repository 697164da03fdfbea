#pragma once
// Bearer tokens of the local HTTP API: "nxs_" + 43 base64url characters (32 random bytes). Only
// SHA-256 of a token is ever stored; the token itself is shown once, when it is made.

#include "result.h"

#include <QByteArray>
#include <QString>

namespace nexus {

struct ApiToken {
    static constexpr int kRandomBytes = 32;

    QString text;     // what the client sends after "Bearer "
    QByteArray hash;  // SHA-256 of text, what the profile keeps

    // A new token from the operating system's CSPRNG.
    static Result<ApiToken> generate();
    // True for the shape generate() makes (cheap check before any lookup).
    static bool wellFormed(QByteArrayView text);
    static QByteArray hashOf(QByteArrayView text);
    // The first characters after the "nxs_" tag: enough to tell tokens apart in a list.
    static QString prefixOf(const QString &text);
};

} // namespace nexus
