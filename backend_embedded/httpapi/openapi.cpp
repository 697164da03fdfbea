// The OpenAPI 3.0 document of the local API: the fixed routes, and one path per gateway method
// under /api/v1/call/ with the method's own argument schema as the request body.

#include "httpapi.h"

#include "gateway/gateway.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nexus::http {

namespace {

QJsonObject ref(const QString &name)
{
    return {{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/%1").arg(name)}};
}

QJsonObject jsonContent(const QJsonObject &schema)
{
    return {{QStringLiteral("application/json"), QJsonObject{{QStringLiteral("schema"), schema}}}};
}

QJsonObject errorResponses(bool auth)
{
    QJsonObject r{{QStringLiteral("default"), QJsonObject{{QStringLiteral("description"), QStringLiteral("An error: {\"error\": {\"code\", \"message\", \"hint\"}}")},
                                                          {QStringLiteral("content"), jsonContent(ref(QStringLiteral("Error")))}}}};
    if (auth) {
        r.insert(QStringLiteral("401"), QJsonObject{{QStringLiteral("description"), QStringLiteral("No, a malformed, an unknown, a revoked or an expired bearer token")},
                                                    {QStringLiteral("content"), jsonContent(ref(QStringLiteral("Error")))}});
        r.insert(QStringLiteral("429"), QJsonObject{{QStringLiteral("description"), QStringLiteral("Rate limited; Retry-After says when to try again")},
                                                    {QStringLiteral("content"), jsonContent(ref(QStringLiteral("Error")))}});
    }
    return r;
}

QJsonObject operation(const Route &route)
{
    QJsonObject op{{QStringLiteral("summary"), route.summary}};
    QJsonArray parameters;
    for (const QString &segment : route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        if (segment.startsWith(QLatin1Char('{')))
            parameters.append(QJsonObject{{QStringLiteral("name"), segment.mid(1).chopped(1)},
                                          {QStringLiteral("in"), QStringLiteral("path")},
                                          {QStringLiteral("required"), true},
                                          {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
    if (!parameters.isEmpty())
        op.insert(QStringLiteral("parameters"), parameters);
    if (route.body)
        op.insert(QStringLiteral("requestBody"), QJsonObject{{QStringLiteral("required"), true},
                                                            {QStringLiteral("content"), jsonContent({{QStringLiteral("type"), QStringLiteral("object")}})}});
    QJsonObject responses = errorResponses(route.auth);
    responses.insert(QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("OK")},
                                                        {QStringLiteral("content"), jsonContent({{QStringLiteral("type"), QStringLiteral("object")}})}});
    op.insert(QStringLiteral("responses"), responses);
    if (!route.auth)
        op.insert(QStringLiteral("security"), QJsonArray());
    return op;
}

QJsonObject methodOperation(const MethodDescriptor &m)
{
    QJsonObject extension = m.toJson();
    extension.remove(QStringLiteral("args"));
    QJsonObject responses = errorResponses(true);
    responses.insert(QStringLiteral("200"),
                     QJsonObject{{QStringLiteral("description"), QStringLiteral("The method's result")},
                                 {QStringLiteral("content"), jsonContent({{QStringLiteral("type"), QStringLiteral("object")},
                                                                          {QStringLiteral("properties"), QJsonObject{{QStringLiteral("result"), QJsonObject()}}}})}});
    return {{QStringLiteral("operationId"), m.name},
            {QStringLiteral("summary"), m.summary},
            {QStringLiteral("tags"), QJsonArray{m.service()}},
            {QStringLiteral("requestBody"), QJsonObject{{QStringLiteral("required"), true}, {QStringLiteral("content"), jsonContent(m.schema)}}},
            {QStringLiteral("responses"), responses},
            {QStringLiteral("x-nexus"), extension}};
}

} // namespace

QJsonObject openApiDocument(const QList<Route> &routes, const Gateway &gateway)
{
    QJsonObject paths;
    for (const Route &route : routes) {
        if (route.pattern.contains(QLatin1String("{method}")))
            continue; // spelled out per method below
        QJsonObject item = paths.value(route.pattern).toObject();
        item.insert(QString::fromLatin1(route.verb).toLower(), operation(route));
        paths.insert(route.pattern, item);
    }
    for (const MethodDescriptor *m : gateway.methods())
        paths.insert(QStringLiteral("/api/v1/call/") + m->name, QJsonObject{{QStringLiteral("post"), methodOperation(*m)}});

    const QJsonObject error{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("error")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("required"), QJsonArray{QStringLiteral("code"), QStringLiteral("message")}},
                                  {QStringLiteral("properties"), QJsonObject{{QStringLiteral("code"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                                                             {QStringLiteral("message"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                                                             {QStringLiteral("hint"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}}}};
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Nexus Studio local API")},
                                                 {QStringLiteral("version"), QCoreApplication::applicationVersion().isEmpty()
                                                                                 ? QStringLiteral("0")
                                                                                 : QCoreApplication::applicationVersion()},
                                                 {QStringLiteral("description"),
                                                  QStringLiteral("The embedded backend's gateway on 127.0.0.1. ImmersiVerse-compatible world routes, and "
                                                                 "every gateway method under /api/v1/call/. Tokens: nexusctl tokens create --as IDENTITY NAME.")}}},
            {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8787")}}}},
            {QStringLiteral("security"), QJsonArray{QJsonObject{{QStringLiteral("bearer"), QJsonArray()}}}},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("securitySchemes"),
                          QJsonObject{{QStringLiteral("bearer"), QJsonObject{{QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}},
                         {QStringLiteral("schemas"), QJsonObject{{QStringLiteral("Error"), error}}}}}};
}

} // namespace nexus::http
