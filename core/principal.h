#pragma once
// IC principal: up to 29 bytes, with the textual form CRC32 + base32 + dashes (IC interface spec).

#include "result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace nexus {

class Principal
{
public:
    Principal() = default; // the empty principal (management canister, aaaaa-aa)
    static Result<Principal> fromBytes(const QByteArray &bytes);  // error if > 29 bytes
    static Result<Principal> fromText(const QString &text);       // checks CRC, grouping, alphabet
    static Principal selfAuthenticating(const QByteArray &derPublicKey); // SHA-224(DER) . 0x02
    static Principal anonymous();                                  // 0x04 -> "2vxsx-fae"

    const QByteArray &bytes() const { return m_bytes; }
    QString toText() const;
    bool isAnonymous() const;
    bool isSelfAuthenticating() const;
    bool operator==(const Principal &o) const { return m_bytes == o.m_bytes; }
    bool operator<(const Principal &o) const { return m_bytes < o.m_bytes; }

private:
    explicit Principal(QByteArray b) : m_bytes(std::move(b)) {}
    QByteArray m_bytes;
};

quint32 crc32(QByteArrayView data);                 // ISO 3309 / zlib CRC32
QString base32Encode(QByteArrayView data);          // RFC 4648, lower case, no padding
Result<QByteArray> base32Decode(const QString &text); // case-insensitive, no padding

} // namespace nexus

Q_DECLARE_METATYPE(nexus::Principal)
