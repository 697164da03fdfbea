#pragma once
// Validates method arguments against the small JSON Schema subset the gateway's method table uses:
// type, properties, required, additionalProperties:false, enum, minLength/maxLength,
// minimum/maximum, items, maxItems, and format "principal".

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace nexus {

// A schema read once into a tree of checks, so that checking a call's arguments looks up no schema
// keys: the gateway compiles each method's schema when the method is registered.
class ArgSchema
{
public:
    ArgSchema() = default; // accepts any value
    explicit ArgSchema(const QJsonObject &schema);
    Status validate(const QJsonValue &value) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

Status validateArgs(const QJsonObject &schema, const QJsonValue &value); // compiles, then checks

// Helpers that keep schema literals short in the method table.
namespace schema {
QJsonObject object(const QJsonObject &properties, const QStringList &required = {});
QJsonObject string(int minLength = 0, int maxLength = 1000);
QJsonObject principal();
QJsonObject integer(qint64 minimum, qint64 maximum);
QJsonObject boolean();
QJsonObject enumOf(const QStringList &values);
QJsonObject arrayOf(const QJsonObject &items, int maxItems = 1000);
QJsonObject any(); // any JSON value (config values)
} // namespace schema

} // namespace nexus
