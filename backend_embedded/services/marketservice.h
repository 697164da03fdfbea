#pragma once
// The marketplace service (market.*): listings of NFTs for a price in any ledger asset with a
// listing fee, atomic purchases settled on the ledger with a sale fee to the treasury, versioned
// fee schedules with volume discounts (manage_fees), moderation (moderate_listings), views,
// full-text search and sales history.

namespace nexus {

class Gateway;

void registerMarketMethods(Gateway &gw);

} // namespace nexus
