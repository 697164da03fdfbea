#include "methoddescriptor.h"

#include <QJsonArray>

#include <chrono>

namespace nexus {

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

QJsonObject MethodDescriptor::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("mutates"), mutates},
        {QStringLiteral("min_role"), roleName(minRole)},
        {QStringLiteral("rate_class"), rateClass},
        {QStringLiteral("args"), schema},
    };
    if (permission)
        o.insert(QStringLiteral("permission"), permissionName(*permission));
    if (!secretArgs.isEmpty())
        o.insert(QStringLiteral("secret_args"), QJsonArray::fromStringList(secretArgs));
    return o;
}

} // namespace nexus
