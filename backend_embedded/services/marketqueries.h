#pragma once
// market.buy (marketbuy.cpp) and the market.* reads: listing details, search (marketsearch.cpp),
// sales, the fee schedule and fee quotes (marketqueries.cpp).

#include "gateway/methoddescriptor.h"

namespace nexus {
class Gateway;
namespace marketq {

Result<QJsonValue> buy(ExecContext &ctx, const QJsonObject &args);
Result<QJsonValue> search(ExecContext &ctx, const QJsonObject &args);
void registerReads(Gateway &gw);

} // namespace marketq
} // namespace nexus
