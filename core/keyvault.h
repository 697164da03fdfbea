#pragma once
// Private keys at rest: scrypt(passphrase) -> AES-256-GCM. The sealed blob is self-describing.

#include "result.h"

#include <QByteArray>
#include <QString>

namespace nexus {

struct KdfParams {
    quint64 n = 1u << 15; // scrypt cost
    quint32 r = 8;
    quint32 p = 1;
};

// Blob layout (versioned): "NXK1" | n (u64 BE) | r (u32 BE) | p (u32 BE) | salt(16) | nonce(12) | ciphertext | tag(16)
// `associatedData` (e.g. the principal bytes) is authenticated but not stored.
Result<QByteArray> sealSecret(const QByteArray &secret, const QString &passphrase, const QByteArray &associatedData,
                              const KdfParams &params = {});
// Wrong passphrase, wrong associated data or a modified blob -> ErrorCode::Unauthenticated.
Result<QByteArray> openSecret(const QByteArray &sealed, const QString &passphrase, const QByteArray &associatedData);

} // namespace nexus
