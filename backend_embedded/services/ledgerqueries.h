#pragma once
// The ledger's read methods (ledgerservice.cpp registers them).

#include "gateway/methoddescriptor.h"

namespace nexus::ledgerq {

Result<QJsonValue> assets(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> balanceOf(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> totalSupply(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> accounts(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> allowance(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> allowances(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> getBlocks(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> history(ExecContext &ctx, const QJsonObject &args);     // ledgerhistory.cpp
Result<QJsonValue> verifyChain(ExecContext &ctx, const QJsonObject &args); // ledgerverify.cpp

} // namespace nexus::ledgerq
