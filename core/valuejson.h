#pragma once
// Reading ICRC-3 Values back from the tagged JSON that Value::toJson writes (get_blocks answers).

#include "result.h"
#include "value.h"

#include <QJsonValue>

namespace nexus {

// Tagged JSON ({"Nat":"42"}, {"Map":[["k",v],...]}, ...; Value::toJson's form) back to a Value.
Result<Value> valueFromJson(const QJsonValue &json);

} // namespace nexus
