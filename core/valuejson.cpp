#include "valuejson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nexus {

namespace {

Error bad(const QString &msg)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Not a Value: %1").arg(msg));
}

} // namespace

Result<Value> valueFromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    if (!json.isObject() || o.size() != 1)
        return bad(QStringLiteral("a Value is an object with one tag (Nat, Int, Text, Blob, Array, Map)."));
    const QString tag = o.begin().key();
    const QJsonValue inner = o.begin().value();
    if (tag == QLatin1String("Nat")) {
        Nat128 n = 0;
        if (!inner.isString() || !nat128FromString(inner.toString(), &n))
            return bad(QStringLiteral("Nat must be a decimal string."));
        return Value::nat(n);
    }
    if (tag == QLatin1String("Int")) {
        QString text = inner.toString();
        const bool negative = text.startsWith(QLatin1Char('-'));
        if (negative)
            text.remove(0, 1);
        Nat128 n = 0;
        const Nat128 limit = Nat128(1) << 127;
        if (!inner.isString() || !nat128FromString(text, &n) || n > limit || (n == limit && !negative))
            return bad(QStringLiteral("Int must be a decimal string within 128 bits."));
        return Value::integer(negative ? Int128(0) - Int128(n - 1) - 1 : Int128(n));
    }
    if (tag == QLatin1String("Text")) {
        if (!inner.isString())
            return bad(QStringLiteral("Text must be a string."));
        return Value::text(inner.toString());
    }
    if (tag == QLatin1String("Blob")) {
        const QString hex = inner.toString();
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        if (!inner.isString() || bytes.toHex() != hex.toLower().toLatin1())
            return bad(QStringLiteral("Blob must be hex."));
        return Value::blob(bytes);
    }
    if (tag == QLatin1String("Array") && inner.isArray()) {
        Value::Array a;
        for (const QJsonValue &e : inner.toArray()) {
            auto v = valueFromJson(e);
            if (!v)
                return v.error();
            a.push_back(std::move(*v));
        }
        return Value::array(std::move(a));
    }
    if (tag == QLatin1String("Map") && inner.isArray()) {
        Value::Map m;
        for (const QJsonValue &e : inner.toArray()) {
            const QJsonArray pair = e.toArray();
            if (pair.size() != 2 || !pair[0].isString())
                return bad(QStringLiteral("Map entries are [key, value] pairs."));
            auto v = valueFromJson(pair[1]);
            if (!v)
                return v.error();
            m.emplace_back(pair[0].toString(), std::move(*v));
        }
        return Value::map(std::move(m));
    }
    return bad(QStringLiteral("unknown Value tag \"%1\".").arg(tag));
}

} // namespace nexus
