#pragma once
// The secret of an HTLC swap and its hashlock: 32 random bytes made in the initiator's app, and
// SHA-256 of them. Only the hashlock reaches the backend until the initiator redeems.

#include "result.h"

#include <QByteArray>
#include <QString>

namespace nexus {

struct SwapSecret {
    static constexpr int kBytes = 32;

    QByteArray secret;   // 32 bytes; keep it in the initiator's app until redeem
    QByteArray hashlock; // SHA-256(secret), what swaps.initiate takes

    // 32 bytes from the operating system's CSPRNG (OpenSSL RAND_bytes).
    static Result<SwapSecret> generate();
    // The hashlock for given secret bytes (demo data and tests derive secrets deterministically).
    static SwapSecret fromSecret(const QByteArray &secret);

    QString secretHex() const { return QString::fromLatin1(secret.toHex()); }
    QString hashlockHex() const { return QString::fromLatin1(hashlock.toHex()); }
};

// SHA-256(preimage).
QByteArray swapHashlock(QByteArrayView preimage);
// True when the preimage is 32 bytes and hashes to `hashlock` (compared in constant time).
bool swapSecretMatches(QByteArrayView preimage, QByteArrayView hashlock);
// 64 hex digits to 32 bytes; `what` names the argument in the error. The error never repeats the
// text it was given (it may be a secret).
Result<QByteArray> parseSwapHash(const QString &hex, const QString &what);

} // namespace nexus
