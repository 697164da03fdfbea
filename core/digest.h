#pragma once
// SHA-2 digests through OpenSSL's EVP with a pre-fetched algorithm and a reused context per thread.

#include <QByteArray>
#include <QByteArrayView>

namespace nexus {

QByteArray sha256(QByteArrayView data);
QByteArray sha224(QByteArrayView data);
// Writes 32 bytes to out. The fast path used by the audit and block chains.
void sha256Into(QByteArrayView data, unsigned char *out);
// Hash of several parts without concatenating them first.
void sha256PartsInto(const QByteArrayView *parts, int count, unsigned char *out);

} // namespace nexus
