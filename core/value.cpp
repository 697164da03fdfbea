#include "value.h"

#include "digest.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace nexus {

QByteArray leb128(Nat128 n)
{
    QByteArray out;
    do {
        unsigned char byte = n & 0x7f;
        n >>= 7;
        if (n != 0)
            byte |= 0x80;
        out.append(char(byte));
    } while (n != 0);
    return out;
}

QByteArray sleb128(Int128 i)
{
    QByteArray out;
    bool more = true;
    while (more) {
        unsigned char byte = static_cast<unsigned char>(i & 0x7f);
        i >>= 7; // arithmetic shift for signed values (GCC)
        const bool signBit = byte & 0x40;
        if ((i == 0 && !signBit) || (i == -1 && signBit))
            more = false;
        else
            byte |= 0x80;
        out.append(char(byte));
    }
    return out;
}

QString nat128ToString(Nat128 n)
{
    if (n == 0)
        return QStringLiteral("0");
    QString s;
    while (n != 0) {
        s.prepend(QChar(u'0' + int(n % 10)));
        n /= 10;
    }
    return s;
}

bool nat128FromString(const QString &s, Nat128 *out)
{
    if (s.isEmpty() || s.size() > 39)
        return false;
    Nat128 v = 0;
    const Nat128 max = ~Nat128(0);
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
        const unsigned d = c.unicode() - u'0';
        if (v > (max - d) / 10)
            return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

const Value *Value::field(const QString &key) const
{
    if (kind() != Kind::Map)
        return nullptr;
    for (const auto &[k, v] : asMap())
        if (k == key)
            return &v;
    return nullptr;
}

QByteArray hashMapPairs(std::vector<QByteArray> &pairs)
{
    std::sort(pairs.begin(), pairs.end());
    QByteArray all;
    all.reserve(qsizetype(pairs.size()) * 64);
    for (const QByteArray &p : pairs)
        all.append(p);
    return sha256(all);
}

QByteArray Value::hash() const
{
    switch (kind()) {
    case Kind::Nat:
        return sha256(leb128(asNat()));
    case Kind::Int:
        return sha256(sleb128(asInt()));
    case Kind::Text:
        return sha256(asText().toUtf8());
    case Kind::Blob:
        return sha256(asBlob());
    case Kind::Array: {
        QByteArray all;
        for (const Value &v : asArray())
            all.append(v.hash());
        return sha256(all);
    }
    case Kind::Map: {
        std::vector<QByteArray> pairs;
        pairs.reserve(asMap().size());
        for (const auto &[k, v] : asMap())
            pairs.push_back(sha256(k.toUtf8()) + v.hash());
        return hashMapPairs(pairs);
    }
    }
    return {};
}

QJsonValue Value::toJson() const
{
    switch (kind()) {
    case Kind::Nat:
        return QJsonObject{{QStringLiteral("Nat"), nat128ToString(asNat())}};
    case Kind::Int: {
        const Int128 i = asInt();
        const QString digits = nat128ToString(i < 0 ? Nat128(-(i + 1)) + 1 : Nat128(i));
        return QJsonObject{{QStringLiteral("Int"), i < 0 ? QLatin1Char('-') + digits : digits}};
    }
    case Kind::Text:
        return QJsonObject{{QStringLiteral("Text"), asText()}};
    case Kind::Blob:
        return QJsonObject{{QStringLiteral("Blob"), QString::fromLatin1(asBlob().toHex())}};
    case Kind::Array: {
        QJsonArray a;
        for (const Value &v : asArray())
            a.append(v.toJson());
        return QJsonObject{{QStringLiteral("Array"), a}};
    }
    case Kind::Map: {
        QJsonArray a;
        for (const auto &[k, v] : asMap())
            a.append(QJsonArray{k, v.toJson()});
        return QJsonObject{{QStringLiteral("Map"), a}};
    }
    }
    return {};
}

} // namespace nexus
