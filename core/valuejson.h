#pragma once
// Reading ICRC-3 Values back from the tagged JSON that Value::toJson writes (get_blocks answers).

#include "result.h"
#include "value.h"

#include <QJsonValue>

namespace nexus {

// Tagged JSON ({"Nat":"42"}, {"Map":[["k",v],...]}, ...; Value::toJson's form) back to a Value.
Result<Value> valueFromJson(const QJsonValue &json);

// Metadata as people write it: a JSON object whose values are strings (Text), whole numbers (Nat,
// or Int when negative), arrays (Array), objects (Map), or tagged Values ({"Nat": "42"}, an
// object with exactly one of the tags). The result is a Map.
Result<Value> valueMapFromPlainJson(const QJsonObject &json);

} // namespace nexus
