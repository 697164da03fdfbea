#pragma once
// A gateway call that must succeed: its answer as an object, or a test failure naming the
// method and the error (for the suites that drive one service through many calls).

#include "testprofile.h"

namespace nexus::test {

inline QJsonObject callOk(TestProfile &p, const Principal &as, const QString &method, const QJsonObject &args, qint64 atNs = 0)
{
    auto r = p.call(as, method, args, Origin::Seed, atNs);
    if (!r)
        QTest::qFail(qPrintable(method + QStringLiteral(": ") + QString::fromUtf8(errText(r))), __FILE__, __LINE__);
    return obj(r);
}

} // namespace nexus::test
