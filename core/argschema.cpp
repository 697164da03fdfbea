#include "argschema.h"

#include "principal.h"

#include <QJsonArray>

#include <cmath>

namespace nexus {

namespace {

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

Error invalid(const QString &path, const QString &msg)
{
    return Error::make(ErrorCode::InvalidArgument,
                       path.isEmpty() ? msg : QStringLiteral("%1: %2").arg(path, msg),
                       QStringLiteral("Run `nexusctl methods` to see the expected arguments."));
}

Status check(const QJsonObject &s, const QJsonValue &v, const QString &path)
{
    const QString type = s.value(QStringLiteral("type")).toString();
    if (!type.isEmpty()) {
        bool ok = typeOf(v) == type;
        if (type == QLatin1String("integer"))
            ok = v.isDouble() && std::isfinite(v.toDouble()) && std::floor(v.toDouble()) == v.toDouble();
        if (!ok)
            return invalid(path, QStringLiteral("expected %1, got %2").arg(type, typeOf(v)));
    }
    if (s.contains(QStringLiteral("enum"))) {
        const QJsonArray allowed = s.value(QStringLiteral("enum")).toArray();
        if (!allowed.contains(v)) {
            QStringList names;
            for (const QJsonValue &a : allowed)
                names << a.toString();
            return invalid(path, QStringLiteral("must be one of %1").arg(names.join(QStringLiteral(", "))));
        }
    }
    if (v.isString()) {
        const qsizetype len = v.toString().size();
        if (s.contains(QStringLiteral("minLength")) && len < s.value(QStringLiteral("minLength")).toInteger())
            return invalid(path, QStringLiteral("must have at least %1 characters").arg(s.value(QStringLiteral("minLength")).toInteger()));
        if (s.contains(QStringLiteral("maxLength")) && len > s.value(QStringLiteral("maxLength")).toInteger())
            return invalid(path, QStringLiteral("must have at most %1 characters").arg(s.value(QStringLiteral("maxLength")).toInteger()));
        if (s.value(QStringLiteral("format")).toString() == QLatin1String("principal")) {
            const auto p = Principal::fromText(v.toString());
            if (!p)
                return invalid(path, p.error().message);
        }
    }
    if (v.isDouble()) {
        if (s.contains(QStringLiteral("minimum")) && v.toDouble() < s.value(QStringLiteral("minimum")).toDouble())
            return invalid(path, QStringLiteral("must be at least %1").arg(s.value(QStringLiteral("minimum")).toDouble()));
        if (s.contains(QStringLiteral("maximum")) && v.toDouble() > s.value(QStringLiteral("maximum")).toDouble())
            return invalid(path, QStringLiteral("must be at most %1").arg(s.value(QStringLiteral("maximum")).toDouble()));
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(QStringLiteral("maxItems")) && a.size() > s.value(QStringLiteral("maxItems")).toInteger())
            return invalid(path, QStringLiteral("has more than %1 items").arg(s.value(QStringLiteral("maxItems")).toInteger()));
        const QJsonObject items = s.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto st = check(items, a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)); !st)
                return st;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray())
            if (!o.contains(r.toString()))
                return invalid(path, QStringLiteral("\"%1\" is required").arg(r.toString()));
        const bool closed = s.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString sub = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!props.contains(it.key())) {
                if (closed)
                    return invalid(path, QStringLiteral("unknown argument \"%1\"").arg(it.key()));
                continue;
            }
            if (auto st = check(props.value(it.key()).toObject(), it.value(), sub); !st)
                return st;
        }
    }
    return {};
}

} // namespace

Status validateArgs(const QJsonObject &schemaObj, const QJsonValue &value)
{
    return check(schemaObj, value, QString());
}

namespace schema {
QJsonObject object(const QJsonObject &properties, const QStringList &required)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), QJsonArray::fromStringList(required)},
            {QStringLiteral("additionalProperties"), false}};
}
QJsonObject string(int minLength, int maxLength)
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("minLength"), minLength},
            {QStringLiteral("maxLength"), maxLength}};
}
QJsonObject principal()
{
    return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("principal")}};
}
QJsonObject integer(qint64 minimum, qint64 maximum)
{
    return {{QStringLiteral("type"), QStringLiteral("integer")},
            {QStringLiteral("minimum"), double(minimum)},
            {QStringLiteral("maximum"), double(maximum)}};
}
QJsonObject boolean() { return {{QStringLiteral("type"), QStringLiteral("boolean")}}; }
QJsonObject enumOf(const QStringList &values)
{
    return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("enum"), QJsonArray::fromStringList(values)}};
}
QJsonObject arrayOf(const QJsonObject &items, int maxItems)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items},
            {QStringLiteral("maxItems"), maxItems}};
}
QJsonObject any() { return {}; }
} // namespace schema

} // namespace nexus
