#include "httpapi.h"

#include "gateway/gateway.h"
#include "services/tokenservice.h"
#include "tokenverifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

namespace nexus::http {

namespace {

// Splits a path into segments; a trailing slash does not count (ImmersiVerse's paths end in one,
// its clients send both forms).
QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool matches(const QStringList &pattern, const QStringList &path, QStringList *params)
{
    if (pattern.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i].startsWith(QLatin1Char('{')))
            captured.append(path[i]);
        else if (pattern[i] != path[i])
            return false;
    }
    *params = captured;
    return true;
}

} // namespace

HttpApi::HttpApi(Gateway &gateway, DbThread *reader, HttpApiOptions options, QObject *parent)
    : QObject(parent), m_gateway(gateway), m_options(options)
{
    m_server = new ApiServer(options.limits, [this](ApiRequest r, ApiServer::Reply reply) { handle(std::move(r), std::move(reply)); }, this);
    m_tokens = new TokenVerifier(gateway, reader, this);
    m_pool.setMaxThreadCount(std::max(1, options.workers));
    m_routes = apiRoutes(*this);
    for (Route &r : m_routes)
        r.segments = segments(r.pattern);
    m_openApi = QJsonDocument(http::openApiDocument(m_routes, gateway)).toJson(QJsonDocument::Compact);
    m_uptime.start();
}

HttpApi::~HttpApi()
{
    stop();
    m_pool.waitForDone();
}

Result<quint16> HttpApi::start()
{
    auto port = m_server->listenLoopback(m_options.port);
    if (port)
        Q_EMIT runningChanged();
    return port;
}

void HttpApi::stop()
{
    if (!running())
        return;
    m_server->close();
    Q_EMIT runningChanged();
}

quint16 HttpApi::port() const
{
    return m_server->port();
}

QJsonObject HttpApi::health() const
{
    const SystemState s = m_gateway.systemState();
    return {{QStringLiteral("status"), s.emergency ? QStringLiteral("emergency_stop") : s.maintenance ? QStringLiteral("maintenance") : QStringLiteral("ok")},
            {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("version"), QCoreApplication::applicationVersion()},
            {QStringLiteral("uptime_s"), double(m_uptime.elapsed() / 1000)},
            {QStringLiteral("methods"), int(m_gateway.methods().size())}};
}

int HttpApi::statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return 400;
    case ErrorCode::Unauthenticated: return 401;
    case ErrorCode::PermissionDenied: return 403;
    case ErrorCode::NotFound:
    case ErrorCode::UnknownMethod: return 404;
    case ErrorCode::AlreadyExists:
    case ErrorCode::Conflict: return 409;
    case ErrorCode::RateLimited: return 429;
    case ErrorCode::Maintenance:
    case ErrorCode::EmergencyStop: return 503;
    case ErrorCode::SchemaTooNew:
    case ErrorCode::Storage:
    case ErrorCode::Crypto:
    case ErrorCode::Internal: return 500;
    }
    return 500;
}

ApiResponse HttpApi::errorFor(const Error &e)
{
    QJsonObject o = e.toJson();
    ApiResponse r;
    r.status = statusFor(e.code);
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), o}}).toJson(QJsonDocument::Compact);
    if (e.code == ErrorCode::RateLimited)
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(std::max<qint64>(1, (e.retryAfterMs + 999) / 1000))));
    if (e.code == ErrorCode::Unauthenticated)
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"nexus\"")));
    return r;
}

void HttpApi::handle(ApiRequest request, ApiServer::Reply reply)
{
    m_served.fetch_add(1, std::memory_order_relaxed);
    const QStringList path = segments(request.path);
    const Route *found = nullptr;
    QStringList allowed;
    RouteInput input;
    for (const Route &route : std::as_const(m_routes)) {
        QStringList params;
        if (!matches(route.segments, path, &params))
            continue;
        if (route.verb != request.method) {
            if (!allowed.contains(QString::fromLatin1(route.verb)))
                allowed.append(QString::fromLatin1(route.verb));
            continue;
        }
        found = &route;
        input.params = params;
        break;
    }
    if (!found) {
        if (!allowed.isEmpty()) {
            ApiResponse r = ApiServer::errorResponse(405, QStringLiteral("method_not_allowed"),
                                                     QStringLiteral("%1 is not allowed on %2.").arg(QString::fromLatin1(request.method), request.path),
                                                     QStringLiteral("Use %1.").arg(allowed.join(QStringLiteral(" or "))));
            r.headers.append(qMakePair(QByteArray("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()));
            reply(r);
        } else {
            reply(ApiServer::errorResponse(404, QStringLiteral("not_found"),
                                           QStringLiteral("There is no route %1 %2.").arg(QString::fromLatin1(request.method), request.path),
                                           QStringLiteral("GET /api/v1/openapi.json lists every route.")));
        }
        return;
    }
    input.query = request.query;
    if (found->body) {
        QJsonParseError error{};
        const QJsonDocument doc = request.body.trimmed().isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            reply(ApiServer::errorResponse(400, QStringLiteral("invalid_json"),
                                           QStringLiteral("The body is not valid JSON: %1 at byte %2.").arg(error.errorString()).arg(error.offset),
                                           QStringLiteral("Send a JSON object with Content-Type: application/json.")));
            return;
        }
        input.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    if (!found->auth) {
        dispatch(*found, std::move(input), std::move(reply));
        return;
    }
    const QByteArray auth = request.authorization.trimmed();
    if (auth.isEmpty() || !auth.toLower().startsWith("bearer ")) {
        Error e = Error::make(ErrorCode::Unauthenticated,
                              auth.isEmpty() ? QStringLiteral("This route needs a bearer token.") : QStringLiteral("Only bearer tokens are accepted."),
                              tokenHint());
        reply(errorFor(e));
        return;
    }
    const Route route = *found;
    m_tokens->verify(auth.mid(7).trimmed(), this, [this, route, input = std::move(input), reply = std::move(reply)](Result<Principal> who) mutable {
        if (!who) {
            reply(errorFor(who.error()));
            return;
        }
        input.caller = *who;
        dispatch(route, std::move(input), std::move(reply));
    });
}

void HttpApi::dispatch(const Route &route, RouteInput input, ApiServer::Reply reply)
{
    RoutePlan plan = route.plan(input);
    if (plan.immediate) {
        reply(*plan.immediate);
        return;
    }
    CallContext ctx;
    ctx.caller = input.caller;
    ctx.origin = Origin::Http;
    Gateway *gw = &m_gateway;
    // The call and the answer's serialisation both run on the pool: the server thread only moves bytes.
    QFuture<ApiResponse> call = QtConcurrent::run(&m_pool, [gw, ctx, method = plan.method, args = plan.args, shape = std::move(plan.shape)] {
        const Result<QJsonValue> result = gw->callBlocking(ctx, method, args);
        if (!result)
            return errorFor(result.error());
        return shape ? shape(*result) : jsonResponse(200, QJsonObject{{QStringLiteral("result"), *result}});
    });
    auto *watcher = new QFutureWatcher<ApiResponse>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, reply = std::move(reply)] {
        watcher->deleteLater();
        reply(watcher->future().result());
    });
    watcher->setFuture(call);
}

ApiResponse jsonResponse(int status, const QJsonValue &value)
{
    ApiResponse r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace nexus::http
