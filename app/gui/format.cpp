#include "format.h"

#include <QJsonArray>

#include <QDateTime>
#include <QStringList>

namespace nexus::fmt {

QString shortPrincipal(const QString &principal)
{
    const QStringList groups = principal.split(QLatin1Char('-'));
    if (groups.size() <= 3)
        return principal;
    return groups.first() + QStringLiteral("-…-") + groups.last();
}

QString timeFromNs(qint64 ns)
{
    if (ns <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString timeFromNsText(const QString &ns)
{
    return timeFromNs(ns.toLongLong());
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace nexus::fmt
