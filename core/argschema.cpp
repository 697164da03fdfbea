#include "argschema.h"

#include "principal.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace nexus {

// One schema node, read once: which checks apply and their bounds (absent bounds are open).
struct ArgSchema::Node {
    enum class Type { Any, Null, Boolean, Number, Integer, String, Array, Object, Unknown };
    Type type = Type::Any;
    QString typeName; // as the schema spells it, for messages
    std::optional<QJsonArray> allowed;
    QString allowedText;
    std::optional<qint64> minLength, maxLength, maxItems;
    std::optional<double> minimum, maximum;
    bool principal = false;
    std::shared_ptr<const Node> items;                        // null: any item
    std::vector<std::pair<QString, Node>> properties;         // sorted by name
    QStringList required;
    bool closed = false;

    const Node *property(const QString &name) const
    {
        auto it = std::lower_bound(properties.begin(), properties.end(), name, [](const auto &p, const QString &n) { return p.first < n; });
        return it != properties.end() && it->first == name ? &it->second : nullptr;
    }
};

namespace {

using Node = ArgSchema::Node;

Node::Type typeNamed(const QString &t)
{
    static const std::pair<const char *, Node::Type> kTypes[] = {
        {"null", Node::Type::Null},     {"boolean", Node::Type::Boolean}, {"number", Node::Type::Number}, {"integer", Node::Type::Integer},
        {"string", Node::Type::String}, {"array", Node::Type::Array},     {"object", Node::Type::Object}};
    if (t.isEmpty())
        return Node::Type::Any;
    for (const auto &[name, type] : kTypes)
        if (t == QLatin1String(name))
            return type;
    return Node::Type::Unknown; // no value has it: every check fails, naming it
}

Node compile(const QJsonObject &s)
{
    Node n;
    n.typeName = s.value(QStringLiteral("type")).toString();
    n.type = typeNamed(n.typeName);
    if (s.contains(QStringLiteral("enum"))) {
        n.allowed = s.value(QStringLiteral("enum")).toArray();
        QStringList names;
        for (const QJsonValue &a : *n.allowed)
            names << a.toString();
        n.allowedText = names.join(QStringLiteral(", "));
    }
    auto optInt = [&](const char *key) -> std::optional<qint64> {
        const QString k = QLatin1String(key);
        return s.contains(k) ? std::optional<qint64>(s.value(k).toInteger()) : std::nullopt;
    };
    auto optDouble = [&](const char *key) -> std::optional<double> {
        const QString k = QLatin1String(key);
        return s.contains(k) ? std::optional<double>(s.value(k).toDouble()) : std::nullopt;
    };
    n.minLength = optInt("minLength");
    n.maxLength = optInt("maxLength");
    n.maxItems = optInt("maxItems");
    n.minimum = optDouble("minimum");
    n.maximum = optDouble("maximum");
    n.principal = s.value(QStringLiteral("format")).toString() == QLatin1String("principal");
    const QJsonObject items = s.value(QStringLiteral("items")).toObject();
    if (!items.isEmpty())
        n.items = std::make_shared<const Node>(compile(items));
    const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) // QJsonObject iterates in key order
        n.properties.emplace_back(it.key(), compile(it.value().toObject()));
    for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray())
        n.required << r.toString();
    n.closed = s.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
    return n;
}

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

bool hasType(const Node &n, const QJsonValue &v)
{
    switch (n.type) {
    case Node::Type::Any: return true;
    case Node::Type::Null: return v.isNull();
    case Node::Type::Boolean: return v.isBool();
    case Node::Type::Number: return v.isDouble();
    case Node::Type::Integer: return v.isDouble() && std::isfinite(v.toDouble()) && std::floor(v.toDouble()) == v.toDouble();
    case Node::Type::String: return v.isString();
    case Node::Type::Array: return v.isArray();
    case Node::Type::Object: return v.isObject();
    case Node::Type::Unknown: break;
    }
    return false;
}

// Where a value sits in the arguments ("tags[0]", "listing.price"); spelled out only for an error.
struct Where {
    const Where *parent = nullptr;
    const QString *key = nullptr;
    qsizetype index = -1;

    QString text() const
    {
        if (!parent)
            return QString();
        const QString up = parent->text();
        if (key)
            return up.isEmpty() ? *key : up + QLatin1Char('.') + *key;
        return QStringLiteral("%1[%2]").arg(up).arg(index);
    }
};

Error invalid(const Where &where, const QString &msg)
{
    const QString path = where.text();
    return Error::make(ErrorCode::InvalidArgument,
                       path.isEmpty() ? msg : QStringLiteral("%1: %2").arg(path, msg),
                       QStringLiteral("Run `nexusctl methods` to see the expected arguments."));
}

Status check(const Node &s, const QJsonValue &v, const Where &where)
{
    if (!hasType(s, v))
        return invalid(where, QStringLiteral("expected %1, got %2").arg(s.typeName, typeOf(v)));
    if (s.allowed && !s.allowed->contains(v))
        return invalid(where, QStringLiteral("must be one of %1").arg(s.allowedText));
    if (v.isString()) {
        const QString text = v.toString();
        const qsizetype len = text.size();
        if (s.minLength && len < *s.minLength)
            return invalid(where, QStringLiteral("must have at least %1 characters").arg(*s.minLength));
        if (s.maxLength && len > *s.maxLength)
            return invalid(where, QStringLiteral("must have at most %1 characters").arg(*s.maxLength));
        if (s.principal) {
            const auto p = Principal::fromText(text);
            if (!p)
                return invalid(where, p.error().message);
        }
    }
    if (v.isDouble()) {
        if (s.minimum && v.toDouble() < *s.minimum)
            return invalid(where, QStringLiteral("must be at least %1").arg(*s.minimum));
        if (s.maximum && v.toDouble() > *s.maximum)
            return invalid(where, QStringLiteral("must be at most %1").arg(*s.maximum));
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.maxItems && a.size() > *s.maxItems)
            return invalid(where, QStringLiteral("has more than %1 items").arg(*s.maxItems));
        if (s.items)
            for (qsizetype i = 0; i < a.size(); ++i)
                if (auto st = check(*s.items, a.at(i), Where{&where, nullptr, i}); !st)
                    return st;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QString &r : s.required)
            if (!o.contains(r))
                return invalid(where, QStringLiteral("\"%1\" is required").arg(r));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            const Node *sub = s.property(key);
            if (!sub) {
                if (s.closed)
                    return invalid(where, QStringLiteral("unknown argument \"%1\"").arg(key));
                continue;
            }
            if (auto st = check(*sub, it.value(), Where{&where, &key}); !st)
                return st;
        }
    }
    return {};
}

} // namespace

ArgSchema::ArgSchema(const QJsonObject &schema) : m_root(std::make_shared<const Node>(compile(schema))) {}

Status ArgSchema::validate(const QJsonValue &value) const
{
    return m_root ? check(*m_root, value, Where{}) : Status{};
}

Status validateArgs(const QJsonObject &schemaObj, const QJsonValue &value)
{
    return ArgSchema(schemaObj).validate(value);
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
