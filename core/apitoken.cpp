#include "apitoken.h"

#include "digest.h"

#include <openssl/rand.h>

namespace nexus {

namespace {
constexpr QByteArrayView kTag = "nxs_";
constexpr qsizetype kEncodedLength = 43; // 32 bytes in unpadded base64url
}

Result<ApiToken> ApiToken::generate()
{
    QByteArray bytes(kRandomBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), kRandomBytes) != 1)
        return Error::make(ErrorCode::Crypto, QStringLiteral("The system's random number generator failed; no token was made."),
                           QStringLiteral("Try again; if it keeps failing, the machine's entropy source needs attention."));
    const QByteArray text = kTag.toByteArray() + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return ApiToken{QString::fromLatin1(text), hashOf(text)};
}

bool ApiToken::wellFormed(QByteArrayView text)
{
    if (text.size() != kTag.size() + kEncodedLength || !text.startsWith(kTag))
        return false;
    for (char c : text.sliced(kTag.size()))
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

QByteArray ApiToken::hashOf(QByteArrayView text)
{
    return sha256(text);
}

QString ApiToken::prefixOf(const QString &text)
{
    return text.left(int(kTag.size()) + 6);
}

} // namespace nexus
