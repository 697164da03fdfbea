#pragma once
// The oracle service's method handlers (registered in oracleservice.cpp), grouped by file:
// oraclefeed.cpp (rounds), oracleprices.cpp (prices and conversion), oraclehistory.cpp (reads for
// the dashboard) and oracleadmin.cpp (configuration, breaker, sources, alerts).

#include "gateway/methoddescriptor.h"

namespace nexus::oracle {

Result<QJsonValue> updatePrice(ExecContext &ctx, const QJsonObject &args);

Result<QJsonValue> listPairs(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> getPrice(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> conversionAmount(ExecContext &ctx, const QJsonObject &args);

Result<QJsonValue> history(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> sources(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> alerts(ExecContext &ctx, const QJsonObject &args);

Result<QJsonValue> setPairConfig(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> breakerReset(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> setManualPrice(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> ackAlert(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> addPair(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> addSource(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> setSource(ExecContext &ctx, const QJsonObject &args);

} // namespace nexus::oracle
