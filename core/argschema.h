#pragma once
// Validates method arguments against the small JSON Schema subset the gateway's method table uses:
// type, properties, required, additionalProperties:false, enum, minLength/maxLength,
// minimum/maximum, items, maxItems, and format "principal".

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace nexus {

Status validateArgs(const QJsonObject &schema, const QJsonValue &value);

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
