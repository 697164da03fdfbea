#pragma once
// The oracle service's tables, read and written inside the caller's transaction: pairs with their
// effective (versioned) configuration and breaker state, sources, and alerts.

#include "gateway/methoddescriptor.h"
#include "oraclebreaker.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace nexus::oracle {

struct PairName {
    QString base, quote;
    QString text() const { return base + QLatin1Char('/') + quote; }
};
// "btc/usd" -> {BTC, USD}; symbols are 2..10 letters or digits.
Result<PairName> parsePairName(const QString &text);

struct PairRow {
    qint64 id = 0;
    PairName name;
    PairConfig config;      // effective: the versioned config keys, else the pair's defaults
    CircuitBreaker breaker;
    std::optional<Published> last; // last published round
    qint64 lastRoundNs = 0;        // newest recorded round (0: none yet)
    qint64 createdNs = 0;

    QString text() const { return name.text(); }
    QString slug() const { return name.base.toLower() + QLatin1Char('_') + name.quote.toLower(); }
};

// Config keys that version a pair's settings: oracle.btc_usd.deviation_bps, .heartbeat_s, .jump_limit_bps.
QString configKey(const PairName &pair, const QString &field);
inline const QStringList kConfigFields{QStringLiteral("deviation_bps"), QStringLiteral("heartbeat_s"), QStringLiteral("jump_limit_bps")};
// Allowed range of each field.
struct FieldRange {
    qint64 min, max;
};
FieldRange configRange(const QString &field);

Result<std::optional<PairRow>> findPair(QSqlDatabase &db, const PairName &name);
Result<PairRow> loadPair(QSqlDatabase &db, const QString &text); // NotFound names the known pairs
Result<QList<PairRow>> loadPairs(QSqlDatabase &db);
Status savePairState(QSqlDatabase &db, const PairRow &pair);

struct SourceRow {
    qint64 id = 0;
    QString name, kind, url, jsonPath;
    int pollS = 60;
    bool enabled = true;
};
Result<QList<SourceRow>> loadSources(QSqlDatabase &db, qint64 pairId);

enum class AlertSeverity { Info, Critical };
Result<qint64> insertAlert(QSqlDatabase &db, const PairRow &pair, qint64 tsNs, const QString &kind, AlertSeverity severity,
                           const QString &message);

qint64 callTimeNs(const ExecContext &ctx);
inline QString nsText(qint64 ns) { return QString::number(ns); }
// A "…_ns" argument given as decimal text (JSON numbers cannot hold nanoseconds exactly).
Result<qint64> nsArg(const QJsonObject &args, const QString &key, qint64 fallback);

} // namespace nexus::oracle
