#pragma once
// The local HTTP API on a free loopback port over a test profile, for the HTTP suites.

#include "testprofile.h"

#include "httpapi/httpapi.h"

namespace nexus::test {

// Starts it, or fails the test; `port` gets the port it listens on.
inline std::unique_ptr<http::HttpApi> startLocalApi(TestProfile &p, quint16 *port, http::ServerLimits limits = {})
{
    http::HttpApiOptions o;
    o.port = 0;
    o.limits = limits;
    auto api = std::make_unique<http::HttpApi>(p.backend->gateway(), p.backend->gateway().reader(), o);
    auto started = api->start();
    if (!started) {
        QTest::qFail(errText(started).constData(), __FILE__, __LINE__);
        return nullptr;
    }
    *port = *started;
    return api;
}

} // namespace nexus::test
