#include "valuejson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

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

namespace {

bool isTagged(const QJsonObject &o)
{
    static const QStringList tags{QStringLiteral("Nat"), QStringLiteral("Int"), QStringLiteral("Text"), QStringLiteral("Blob"),
                                  QStringLiteral("Array"), QStringLiteral("Map")};
    return o.size() == 1 && tags.contains(o.begin().key());
}

Result<Value> plain(const QJsonValue &v, int depth)
{
    if (depth > 8)
        return bad(QStringLiteral("metadata nests deeper than 8 levels."));
    switch (v.type()) {
    case QJsonValue::String:
        return Value::text(v.toString());
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d > 9007199254740992.0 || d < -9007199254740992.0 || d != std::floor(d))
            return bad(QStringLiteral("numbers must be whole and within 2^53; write larger ones as {\"Nat\": \"...\"}."));
        return d < 0 ? Value::integer(Int128(qint64(d))) : Value::nat(Nat128(quint64(d)));
    }
    case QJsonValue::Array: {
        Value::Array a;
        for (const QJsonValue &e : v.toArray()) {
            auto x = plain(e, depth + 1);
            if (!x)
                return x.error();
            a.push_back(std::move(*x));
        }
        return Value::array(std::move(a));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (isTagged(o))
            return valueFromJson(o);
        Value::Map m;
        for (auto it = o.begin(); it != o.end(); ++it) {
            auto x = plain(it.value(), depth + 1);
            if (!x)
                return x.error();
            m.emplace_back(it.key(), std::move(*x));
        }
        return Value::map(std::move(m));
    }
    case QJsonValue::Bool:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return bad(QStringLiteral("metadata values are strings, whole numbers, arrays, objects or tagged Values (no true/false/null)."));
}

} // namespace

Result<Value> valueMapFromPlainJson(const QJsonObject &json)
{
    auto v = plain(json, 0);
    if (!v)
        return v.error();
    if (v->kind() != Value::Kind::Map)
        return bad(QStringLiteral("metadata must be a map of names to values."));
    return v;
}

} // namespace nexus
