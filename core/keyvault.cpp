#include "keyvault.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QtEndian>

#include <cstring>
#include <memory>

namespace nexus {

namespace {

constexpr char kMagic[4] = {'N', 'X', 'K', '1'};
constexpr qsizetype kSaltLen = 16;
constexpr qsizetype kNonceLen = 12;
constexpr qsizetype kTagLen = 16;
constexpr qsizetype kHeaderLen = 4 + 8 + 4 + 4 + kSaltLen + kNonceLen; // everything before the ciphertext
constexpr int kKeyLen = 32;

// A blob chooses its own KDF cost, so a hostile or corrupt one could ask for gigabytes of memory
// or minutes of CPU. These caps leave 8x headroom over the default (n=2^15, r=8: 32 MiB).
constexpr quint64 kMinN = 1u << 10;
constexpr quint64 kMaxN = 1u << 20;
constexpr quint64 kMaxMemory = quint64(256) << 20; // 128 * r * n bytes
constexpr quint64 kMaxWork = quint64(1) << 30;     // 128 * r * n * p, proportional to time

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

struct Wiper {
    QByteArray &b;
    ~Wiper() { OPENSSL_cleanse(b.data(), size_t(b.size())); }
};

uchar *w(QByteArray &b) { return reinterpret_cast<uchar *>(b.data()); }
const uchar *u(const QByteArray &b) { return reinterpret_cast<const uchar *>(b.constData()); }

Error malformed(const QString &what)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("The sealed key is malformed: %1.").arg(what),
                       QStringLiteral("The stored key data is damaged; restore it from a backup or re-import the identity."));
}

Error cryptoError(const char *what)
{
    return Error::make(ErrorCode::Crypto, QStringLiteral("OpenSSL failed: %1").arg(QLatin1String(what)));
}

Status checkParams(const KdfParams &k)
{
    if (k.n < kMinN || k.n > kMaxN || (k.n & (k.n - 1)) != 0)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("Invalid scrypt cost n = %1: it must be a power of two from 2^10 to 2^20.").arg(k.n));
    if (k.r == 0 || k.p == 0)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Invalid scrypt parameters: r and p must be at least 1."));
    const quint64 memory = 128 * quint64(k.r) * k.n; // < 2^59: r < 2^32, n <= 2^20
    if (memory > kMaxMemory || memory * k.p > kMaxWork) // memory <= 2^28 here, so no overflow
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("Scrypt parameters n = %1, r = %2, p = %3 need too much memory or time.")
                               .arg(k.n)
                               .arg(k.r)
                               .arg(k.p));
    return {};
}

Status deriveKey(const QString &passphrase, QByteArrayView salt, const KdfParams &k, QByteArray &key)
{
    QByteArray pass = passphrase.toUtf8();
    Wiper wipe{pass};
    key.resize(kKeyLen);
    const quint64 maxMem = 128 * quint64(k.r) * (k.n + 2) + 128 * quint64(k.r) * k.p + (1u << 16);
    if (EVP_PBE_scrypt(pass.constData(), size_t(pass.size()), reinterpret_cast<const uchar *>(salt.data()),
                       size_t(salt.size()), k.n, k.r, k.p, maxMem, w(key), size_t(kKeyLen))
        != 1)
        return cryptoError("scrypt key derivation");
    return {};
}

// Initialises AES-256-GCM and feeds the associated data. The blob header is authenticated too, so a
// changed version or KDF field fails like any other modification, whatever the derived key.
CipherCtxPtr startGcm(bool encrypt, const QByteArray &key, QByteArrayView header, const QByteArray &ad)
{
    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const QByteArrayView nonce = header.last(kNonceLen);
    int len = 0;
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(kNonceLen), nullptr) != 1
        || EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, u(key), reinterpret_cast<const uchar *>(nonce.data()),
                             encrypt ? 1 : 0)
               != 1
        || EVP_CipherUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const uchar *>(header.data()), int(header.size())) != 1
        || (!ad.isEmpty() && EVP_CipherUpdate(ctx.get(), nullptr, &len, u(ad), int(ad.size())) != 1))
        return nullptr;
    return ctx;
}

} // namespace

Result<QByteArray> sealSecret(const QByteArray &secret, const QString &passphrase, const QByteArray &associatedData,
                              const KdfParams &params)
{
    if (const Status st = checkParams(params); !st)
        return st.error();
    if (passphrase.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("The passphrase must not be empty."),
                           QStringLiteral("Choose a passphrase to protect the private key."));
    if (secret.size() > (1 << 24))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("The secret is too large to seal (over 16 MiB)."));

    QByteArray blob(kHeaderLen, '\0');
    memcpy(blob.data(), kMagic, 4);
    qToBigEndian<quint64>(params.n, w(blob) + 4);
    qToBigEndian<quint32>(params.r, w(blob) + 12);
    qToBigEndian<quint32>(params.p, w(blob) + 16);
    if (RAND_bytes(w(blob) + 20, int(kSaltLen + kNonceLen)) != 1)
        return cryptoError("random number generation");

    QByteArray key;
    Wiper wipeKey{key};
    if (const Status st = deriveKey(passphrase, QByteArrayView(blob).sliced(20, kSaltLen), params, key); !st)
        return st.error();
    CipherCtxPtr ctx = startGcm(true, key, blob, associatedData);
    if (!ctx)
        return cryptoError("AES-GCM setup");
    blob.resize(kHeaderLen + secret.size() + kTagLen);
    int len = 0, fin = 0;
    if (EVP_CipherUpdate(ctx.get(), w(blob) + kHeaderLen, &len, u(secret), int(secret.size())) != 1
        || EVP_CipherFinal_ex(ctx.get(), w(blob) + kHeaderLen + len, &fin) != 1 || len + fin != secret.size()
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(kTagLen), w(blob) + kHeaderLen + secret.size()) != 1)
        return cryptoError("AES-GCM encryption");
    return blob;
}

Result<QByteArray> openSecret(const QByteArray &sealed, const QString &passphrase, const QByteArray &associatedData)
{
    if (sealed.size() < 4 || memcmp(sealed.constData(), kMagic, 4) != 0)
        return malformed(QStringLiteral("it does not start with \"NXK1\" (unknown format or version)"));
    if (sealed.size() < kHeaderLen + kTagLen)
        return malformed(QStringLiteral("it is truncated (%1 bytes, at least %2 needed)").arg(sealed.size()).arg(kHeaderLen + kTagLen));

    KdfParams params;
    params.n = qFromBigEndian<quint64>(u(sealed) + 4);
    params.r = qFromBigEndian<quint32>(u(sealed) + 12);
    params.p = qFromBigEndian<quint32>(u(sealed) + 16);
    if (const Status st = checkParams(params); !st)
        return malformed(st.error().message);

    QByteArray key;
    Wiper wipeKey{key};
    if (const Status st = deriveKey(passphrase, QByteArrayView(sealed).sliced(20, kSaltLen), params, key); !st)
        return st.error();
    const QByteArrayView header = QByteArrayView(sealed).first(kHeaderLen);
    CipherCtxPtr ctx = startGcm(false, key, header, associatedData);
    if (!ctx)
        return cryptoError("AES-GCM setup");

    const qsizetype ctLen = sealed.size() - kHeaderLen - kTagLen;
    QByteArray tag = sealed.right(kTagLen);
    QByteArray plain(ctLen, '\0');
    int len = 0, fin = 0;
    if (EVP_CipherUpdate(ctx.get(), w(plain), &len, u(sealed) + kHeaderLen, int(ctLen)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(kTagLen), tag.data()) != 1)
        return cryptoError("AES-GCM decryption");
    if (EVP_CipherFinal_ex(ctx.get(), w(plain) + len, &fin) != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return Error::make(ErrorCode::Unauthenticated,
                           QStringLiteral("The passphrase is wrong, or the sealed key was modified."),
                           QStringLiteral("Check the passphrase (it is case-sensitive) and try again."));
    }
    return plain;
}

} // namespace nexus
