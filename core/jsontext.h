#pragma once
// Any JSON value (including scalars, which QJsonDocument cannot hold alone) to and from compact text.

#include "result.h"

#include <QJsonValue>
#include <QString>

namespace nexus {

QString jsonToText(const QJsonValue &v);
Result<QJsonValue> jsonFromText(const QString &text);

} // namespace nexus
