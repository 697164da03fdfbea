#pragma once
// Resolves the price of any pair the feeds can answer: a feed itself, its inverse, or a cross rate
// through a common quote (BTC/ICP = BTC/USD / ICP/USD). A current price is refused while a leg's
// breaker is tripped or its price is stale; a price "at" a past time is the last publication then.

#include "oraclestore.h"

#include <QList>

namespace nexus::oracle {

struct PriceLeg {
    QString pair;
    RateE9 rate = 0;
    qint64 tsNs = 0;
    QString kind;       // "feed" or "manual"
    bool stale = false; // only for prices at a past time; a current stale price is an error
    int queried = 0, received = 0, used = 0;
    RateE9 stddev = 0;
};

struct ResolvedPrice {
    PairName pair;
    RateE9 rate = 0;
    qint64 tsNs = 0;    // the oldest leg's time
    QString kind;       // "feed", "manual", "inverse", "cross", "identity"
    bool stale = false;
    QList<PriceLeg> legs;
};

// nowNs: the call's time; atNs: a past time for historical prices (breakers are not consulted).
Result<ResolvedPrice> resolvePrice(QSqlDatabase &db, const PairName &pair, qint64 nowNs, std::optional<qint64> atNs = std::nullopt);

// `amount` base units of asset `from` in base units of `to` (ledger assets, or BTC / ETH / USD / EUR),
// at the current price, rounded down: what oracle.get_conversion_amount answers, without the report.
Result<Nat128> convertAmount(QSqlDatabase &db, const QString &from, const QString &to, Nat128 amount, qint64 nowNs);

QString timeText(qint64 ns); // ISO 8601, UTC, seconds
QJsonObject priceJson(const ResolvedPrice &p, qint64 nowNs);

} // namespace nexus::oracle
