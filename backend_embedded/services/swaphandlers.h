#pragma once
// The swap service's method handlers (registered in swapservice.cpp), grouped by file:
// swapops.cpp (what the parties do), swapadmin.cpp (approvals, rejections, dispute resolution),
// swapexpiry.cpp (the expiry job) and swapqueries.cpp (reads).

#include "gateway/methoddescriptor.h"

namespace nexus::swaps {

Result<QJsonValue> initiate(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> participate(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> redeem(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> refund(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> cancel(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> openDispute(ExecContext &ctx, const QJsonObject &args);

Result<QJsonValue> approve(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> reject(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> resolveDispute(ExecContext &ctx, const QJsonObject &args);

Result<QJsonValue> processExpired(ExecContext &ctx, const QJsonObject &args);

Result<QJsonValue> auditContract(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> extractSecret(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> list(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> counts(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> due(ExecContext &ctx, const QJsonObject &args);

} // namespace nexus::swaps
