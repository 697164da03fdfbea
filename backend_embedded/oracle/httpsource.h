#pragma once
// One HTTP JSON price source: GET a URL, read the number at a JSON path exactly (no doubles), with
// a timeout. Failures are typed (FetchError in the error's details) and say what to check.

#include "oraclerates.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace nexus::oracle {

enum class FetchError { Timeout, Network, HttpStatus, BadJson, MissingPath, NotANumber };
QString fetchErrorName(FetchError e); // "timeout", "network", "http_status", "bad_json", "missing_path", "not_a_number"
std::optional<FetchError> fetchErrorOf(const Error &e);

struct HttpSourceSpec {
    QString pair;     // "BTC/USD"
    QString name;     // the source's name in the feed
    QUrl url;
    QString jsonPath; // "data.rates.USD", "result[0].price"
    int pollS = 60;
};

// The rate at `jsonPath` in a JSON body: a number or a numeric string, parsed from its text.
Result<RateE9> rateFromJson(const QByteArray &body, const QString &jsonPath);

class HttpSource
{
public:
    using Callback = std::function<void(const Result<RateE9> &)>;
    static constexpr int kDefaultTimeoutMs = 10000;
    static constexpr qint64 kMaxBodyBytes = 1 << 20;

    // Starts the GET; `done` runs on `context`'s thread once (not at all if `context` dies first).
    static void fetch(QNetworkAccessManager &nam, const HttpSourceSpec &spec, int timeoutMs, QObject *context, Callback done);
};

} // namespace nexus::oracle
