#pragma once
// One HTTP request as the local API sees it (copied out of Qt's per-connection parser, so it
// outlives the parse), and the answer to it.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace nexus::http {

struct ApiRequest {
    QByteArray method;        // "GET", "POST", ...
    QString path;             // decoded, without the query
    QUrlQuery query;
    QByteArray authorization; // the Authorization header as sent
    QByteArray body;
};

struct ApiResponse {
    int status = 200;
    QByteArray body;          // JSON unless contentType says otherwise
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace nexus::http
