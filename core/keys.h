#pragma once
// Signing keys for identities: Ed25519 and secp256k1 (OpenSSL), DER public keys, PEM import.

#include "principal.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace nexus {

enum class KeyType { Ed25519, Secp256k1 };
QString keyTypeName(KeyType t); // "ed25519" / "secp256k1"
Result<KeyType> keyTypeFromName(const QString &name);

class KeyPair
{
public:
    KeyPair();
    ~KeyPair();
    KeyPair(KeyPair &&) noexcept;
    KeyPair &operator=(KeyPair &&) noexcept;
    KeyPair(const KeyPair &) = delete;
    KeyPair &operator=(const KeyPair &) = delete;

    static Result<KeyPair> generate(KeyType type);
    // Raw private key: 32-byte Ed25519 seed, or 32-byte secp256k1 scalar.
    static Result<KeyPair> fromRawPrivate(KeyType type, const QByteArray &raw);
    // A dfx identity PEM: PKCS#8 Ed25519 ("BEGIN PRIVATE KEY", v1 or v2 with public key)
    // or SEC1 secp256k1 ("BEGIN EC PRIVATE KEY"). Any other key or curve is an error.
    static Result<KeyPair> fromPem(const QByteArray &pem);

    bool isValid() const;
    KeyType type() const;
    QByteArray rawPrivate() const;     // 32 bytes; handle with care, wipe after use
    QByteArray rawPublic() const;      // Ed25519: 32 bytes; secp256k1: 65-byte uncompressed point
    QByteArray derPublicKey() const;   // IC DER encoding (44 or 88 bytes)
    Principal principal() const;       // self-authenticating principal of derPublicKey()
    QByteArray toPem() const;          // same formats fromPem reads
    // Ed25519: RFC 8032 over message. secp256k1: SHA-256(message), 64-byte r||s with low S.
    Result<QByteArray> sign(const QByteArray &message) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Verify a signature made by KeyPair::sign given the IC DER public key.
bool verifySignature(const QByteArray &derPublicKey, const QByteArray &message, const QByteArray &signature);

} // namespace nexus
