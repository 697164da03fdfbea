#pragma once
// Small text formatting shared by the models: principals, timestamps, JSON string lists.

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace nexus::fmt {

// "abcde-…-qae": first and last groups of a principal's textual form (short ones stay whole).
QString shortPrincipal(const QString &principal);
// Local date and time of a nanosecond Unix timestamp, "2025-11-22 14:03:07".
QString timeFromNs(qint64 ns);
QString timeFromNsText(const QString &ns);
// The strings of a JSON array (anything else gives an empty list).
QStringList stringList(const QJsonValue &v);

} // namespace nexus::fmt
