#include "swapsecret.h"

#include "digest.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace nexus {

Result<SwapSecret> SwapSecret::generate()
{
    QByteArray bytes(kBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), kBytes) != 1)
        return Error::make(ErrorCode::Crypto, QStringLiteral("The system's random number generator failed; no swap secret was made."),
                           QStringLiteral("Try again; if it keeps failing, the machine's entropy source needs attention."));
    return fromSecret(bytes);
}

SwapSecret SwapSecret::fromSecret(const QByteArray &secret)
{
    return SwapSecret{secret, swapHashlock(secret)};
}

QByteArray swapHashlock(QByteArrayView preimage)
{
    return sha256(preimage);
}

bool swapSecretMatches(QByteArrayView preimage, QByteArrayView hashlock)
{
    if (preimage.size() != SwapSecret::kBytes || hashlock.size() != 32)
        return false;
    const QByteArray h = swapHashlock(preimage);
    return CRYPTO_memcmp(h.constData(), hashlock.data(), 32) == 0;
}

Result<QByteArray> parseSwapHash(const QString &hex, const QString &what)
{
    bool digits = hex.size() == 64;
    for (QChar c : hex)
        digits = digits && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'));
    if (!digits)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1: expected 32 bytes written as 64 hex digits.").arg(what),
                           QStringLiteral("A swap secret and its hashlock are 32 bytes each (64 hex digits)."));
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace nexus
