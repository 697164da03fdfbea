#include "principal.h"

#include <QVarLengthArray>

#include <openssl/evp.h>

#include <array>

namespace nexus {

namespace {

constexpr int kMaxPrincipalBytes = 29;
constexpr int kMaxPrincipalText = 63;
constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        table[i] = c;
    }
    return table;
}
constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

int base32Value(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 'a' && u <= 'z')
        return u - 'a';
    if (u >= 'A' && u <= 'Z')
        return u - 'A';
    if (u >= '2' && u <= '7')
        return u - '2' + 26;
    return -1;
}

Error badPrincipal(const QString &why)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Invalid principal: %1").arg(why),
                       QStringLiteral("A principal looks like \"ryjl3-tyaaa-aaaaa-aaaba-cai\": groups of five "
                                      "letters a-z or digits 2-7 separated by dashes."));
}

} // namespace

quint32 crc32(QByteArrayView data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = kCrcTable[(c ^ static_cast<quint8>(ch)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QString base32Encode(QByteArrayView data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char ch : data) {
        buffer = (buffer << 8) | static_cast<quint8>(ch);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1Fu]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1Fu]));
    return out;
}

Result<QByteArray> base32Decode(const QString &text)
{
    // Lengths 1, 3 and 6 (mod 8) cannot come from whole bytes; rejecting them (and non-zero
    // leftover bits below) keeps exactly one text per byte string.
    const qsizetype rem = text.size() % 8;
    if (rem == 1 || rem == 3 || rem == 6)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("Invalid base32: a length of %1 characters cannot encode whole bytes")
                               .arg(text.size()));
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int v = base32Value(text.at(i));
        if (v < 0)
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("Invalid base32: character '%1' at position %2 is not in a-z, 2-7")
                                   .arg(text.at(i))
                                   .arg(i + 1));
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xFFu));
        }
    }
    if (bits > 0 && (buffer & ((1u << bits) - 1u)) != 0)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Invalid base32: non-zero padding bits at the end"));
    return out;
}

Result<Principal> Principal::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() > kMaxPrincipalBytes)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("Invalid principal: %1 bytes, at most %2 are allowed")
                               .arg(bytes.size())
                               .arg(kMaxPrincipalBytes));
    return Principal(bytes);
}

Result<Principal> Principal::fromText(const QString &text)
{
    if (text.isEmpty())
        return badPrincipal(QStringLiteral("the text is empty"));
    if (text.size() > kMaxPrincipalText)
        return badPrincipal(QStringLiteral("%1 characters, at most %2 are allowed").arg(text.size()).arg(kMaxPrincipalText));

    const QString lower = text.toLower();
    QString compact = lower;
    compact.remove(QLatin1Char('-'));
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        if (c != QLatin1Char('-') && base32Value(c) < 0)
            return badPrincipal(QStringLiteral("character '%1' at position %2 is not allowed").arg(c).arg(i + 1));
    }

    auto decoded = base32Decode(compact);
    if (!decoded)
        return badPrincipal(QStringLiteral("it is not valid base32 (wrong length or trailing bits)"));
    const QByteArray &raw = decoded.value();
    if (raw.size() < 4)
        return badPrincipal(QStringLiteral("too short to contain a checksum"));
    if (raw.size() - 4 > kMaxPrincipalBytes)
        return badPrincipal(QStringLiteral("it encodes %1 bytes, at most %2 are allowed").arg(raw.size() - 4).arg(kMaxPrincipalBytes));

    const QByteArray body = raw.mid(4);
    const quint32 stored = (quint32(quint8(raw[0])) << 24) | (quint32(quint8(raw[1])) << 16)
                           | (quint32(quint8(raw[2])) << 8) | quint32(quint8(raw[3]));
    if (stored != crc32(body))
        return badPrincipal(QStringLiteral("the checksum does not match (a character is probably mistyped)"));

    Principal p(body);
    // Only the canonical spelling is accepted so that one principal has one text form.
    if (p.toText() != lower)
        return badPrincipal(QStringLiteral("dashes must separate groups of exactly five characters"));
    return p;
}

Principal Principal::selfAuthenticating(const QByteArray &derPublicKey)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    size_t len = 0;
    if (!EVP_Q_digest(nullptr, "SHA224", nullptr, derPublicKey.constData(), size_t(derPublicKey.size()), digest, &len)
        || len != 28)
        return anonymous(); // unreachable with a working libcrypto; never impersonate another principal
    QByteArray bytes(reinterpret_cast<const char *>(digest), qsizetype(len));
    bytes.append('\x02');
    return Principal(bytes);
}

Principal Principal::anonymous()
{
    return Principal(QByteArray(1, '\x04'));
}

QString Principal::toText() const
{
    // CRC-32 (big-endian) then the bytes, in base32, grouped by five with dashes: written in one
    // pass into one buffer (a 29-byte principal gives 53 letters and 10 dashes).
    const qsizetype rawSize = 4 + m_bytes.size();
    QVarLengthArray<char, 128> text(rawSize * 8 / 5 + 1 + (rawSize * 8 / 5 + 1) / 5 + 1);
    qsizetype len = 0, letters = 0;
    auto put = [&](quint32 index) {
        if (letters > 0 && letters % 5 == 0)
            text[len++] = '-';
        text[len++] = kAlphabet[index & 0x1Fu];
        ++letters;
    };
    quint32 buffer = 0;
    int bits = 0;
    auto feed = [&](quint8 byte) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            put(buffer >> bits);
        }
    };
    const quint32 c = crc32(m_bytes);
    for (int shift = 24; shift >= 0; shift -= 8)
        feed(quint8(c >> shift));
    for (const char ch : m_bytes)
        feed(static_cast<quint8>(ch));
    if (bits > 0)
        put(buffer << (5 - bits));
    return QString::fromLatin1(text.constData(), len);
}

bool Principal::isAnonymous() const
{
    return m_bytes.size() == 1 && m_bytes[0] == '\x04';
}

bool Principal::isSelfAuthenticating() const
{
    return m_bytes.size() == kMaxPrincipalBytes && m_bytes.back() == '\x02';
}

} // namespace nexus
