#pragma once
// The routes of the local HTTP API: ImmersiVerse's /api/v1 routes (same paths, fields and
// answers, so its Unity clients work), /api/v1/call/{service.method} for every gateway method,
// /api/v1/openapi.json and /health. A route turns a request into an answer or into one gateway
// call whose result it shapes.

#include "apimessage.h"
#include "principal.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <optional>

namespace nexus::http {

class HttpApi;

struct RouteInput {
    Principal caller;   // who the bearer token speaks for (authenticated routes)
    QStringList params; // path captures, in order
    QUrlQuery query;
    QJsonValue body;    // the parsed JSON body; Undefined when there is none
};

struct RoutePlan {
    std::optional<ApiResponse> immediate;                  // the answer, without a gateway call
    QString method;                                        // else: this gateway method
    QJsonObject args;                                      // with these arguments
    std::function<ApiResponse(const QJsonValue &)> shape;  // and this answer from its result
};

struct Route {
    QByteArray verb;
    QString pattern;   // "/api/v1/prefab-catalog/{id}": a {name} segment captures one segment
    bool auth = true;  // needs a bearer token
    bool body = false; // takes a JSON body
    QString summary;
    std::function<RoutePlan(const RouteInput &)> plan;
    QStringList segments{}; // the pattern split at '/', filled in once by HttpApi
};

QList<Route> apiRoutes(const HttpApi &api);

ApiResponse jsonResponse(int status, const QJsonValue &value);

} // namespace nexus::http
