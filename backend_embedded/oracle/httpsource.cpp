#include "httpsource.h"

#include "jsonpath.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace nexus::oracle {

namespace {

constexpr FetchError kAll[] = {FetchError::Timeout, FetchError::Network, FetchError::HttpStatus,
                               FetchError::BadJson, FetchError::MissingPath, FetchError::NotANumber};

Error fetchError(FetchError kind, const QString &message, const QString &hint)
{
    const bool content = kind == FetchError::BadJson || kind == FetchError::MissingPath || kind == FetchError::NotANumber;
    Error e = Error::make(content ? ErrorCode::InvalidArgument : ErrorCode::Internal, message, hint);
    e.details.insert(QStringLiteral("kind"), fetchErrorName(kind));
    return e;
}

} // namespace

QString fetchErrorName(FetchError e)
{
    switch (e) {
    case FetchError::Timeout: return QStringLiteral("timeout");
    case FetchError::Network: return QStringLiteral("network");
    case FetchError::HttpStatus: return QStringLiteral("http_status");
    case FetchError::BadJson: return QStringLiteral("bad_json");
    case FetchError::MissingPath: return QStringLiteral("missing_path");
    case FetchError::NotANumber: return QStringLiteral("not_a_number");
    }
    return {};
}

std::optional<FetchError> fetchErrorOf(const Error &e)
{
    const QString kind = e.details.value(QStringLiteral("kind")).toString();
    for (FetchError k : kAll)
        if (fetchErrorName(k) == kind)
            return k;
    return std::nullopt;
}

Result<RateE9> rateFromJson(const QByteArray &body, const QString &jsonPath)
{
    auto leaf = jsonLeafAt(body, jsonPath);
    if (!leaf) {
        const QString kind = leaf.error().details.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("missing"))
            return fetchError(FetchError::MissingPath, leaf.error().message, leaf.error().hint);
        if (kind == QLatin1String("bad_path"))
            return fetchError(FetchError::MissingPath, leaf.error().message, leaf.error().hint);
        return fetchError(FetchError::BadJson, leaf.error().message, QStringLiteral("Check that the URL returns JSON (not an HTML error page)."));
    }
    if (leaf->kind != JsonLeaf::Kind::Number && leaf->kind != JsonLeaf::Kind::String)
        return fetchError(FetchError::NotANumber,
                          QStringLiteral("The value at \"%1\" is not a number: %2.").arg(jsonPath, leaf->text.left(60)),
                          QStringLiteral("Point the JSON path at the price itself."));
    auto rate = parseRate(leaf->text);
    if (!rate)
        return fetchError(FetchError::NotANumber, QStringLiteral("The value at \"%1\" is not a usable rate: %2").arg(jsonPath, rate.error().message),
                          QStringLiteral("Point the JSON path at the price itself."));
    return *rate;
}

void HttpSource::fetch(QNetworkAccessManager &nam, const HttpSourceSpec &spec, int timeoutMs, QObject *context, Callback done)
{
    QNetworkRequest request(spec.url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("NexusStudio-oracle/1"));
    QNetworkReply *reply = nam.get(request);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("nexusTimedOut", true);
        reply->abort();
    });
    timer->start(timeoutMs);
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    const QString host = spec.url.host();
    const QString path = spec.jsonPath;
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, host, path, timeoutMs, done = std::move(done)] {
        if (reply->property("nexusTimedOut").toBool()) {
            done(fetchError(FetchError::Timeout, QStringLiteral("%1 did not answer within %2 s.").arg(host).arg(timeoutMs / 1000.0),
                            QStringLiteral("The exchange may be down or slow; the round counts it as no answer.")));
            return;
        }
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && (status.toInt() < 200 || status.toInt() >= 300)) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            Error e = fetchError(FetchError::HttpStatus,
                                 QStringLiteral("%1 answered HTTP %2%3.").arg(host).arg(status.toInt()).arg(reason.isEmpty() ? QString() : QStringLiteral(" ") + reason),
                                 status.toInt() >= 500 ? QStringLiteral("A server-side error; it usually passes.")
                                                       : QStringLiteral("Check the URL (and any API key in it)."));
            e.details.insert(QStringLiteral("http_status"), status.toInt());
            done(e);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(fetchError(FetchError::Network, QStringLiteral("Cannot reach %1: %2").arg(host, reply->errorString()),
                            QStringLiteral("Check the network connection and the URL.")));
            return;
        }
        if (reply->bytesAvailable() > kMaxBodyBytes) {
            done(fetchError(FetchError::BadJson, QStringLiteral("%1 sent more than 1 MiB; that is not a price.").arg(host),
                            QStringLiteral("Use an endpoint that returns only the price.")));
            return;
        }
        done(rateFromJson(reply->readAll(), path));
    });
}

} // namespace nexus::oracle
