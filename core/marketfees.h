#pragma once
// The marketplace's fee schedule and its arithmetic: a listing fee and a sale fee in basis points
// of the price, both reduced by a volume discount picked from the seller's 30-day sales volume in
// the listing's asset. Exact integers only.
//
// fee = floor(price × bps × (10000 − discount_bps) / 100,000,000)
// Rounding is always down (towards the seller): a fee never exceeds its exact rational value and
// differs from it by less than one base unit. The seller receives price − sale fee exactly.

#include "account.h"
#include "result.h"
#include "value.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace nexus::market {

constexpr int kMaxBps = 10000;
constexpr int kMaxTiers = 10;
constexpr qint64 kVolumeWindowNs = 30LL * 86400 * 1000000000; // the seller's volume looks back 30 days

// A discount for sellers whose 30-day volume in an asset reaches min_volume[asset]. Assets the
// tier does not name do not qualify for it.
struct FeeTier {
    int discountBps = 0;
    QHash<QString, Nat128> minVolume;
};

struct FeeSchedule {
    int listingBps = 50;   // 0.5 % of the asking price, charged when listing (and on price rises)
    int saleBps = 250;     // 2.5 % of the price, from the buyer's payment to the treasury
    QList<FeeTier> tiers;
    std::optional<Account> treasury; // absent: the marketplace treasury account (marketaccounts.h)

    // The schedule a fresh profile uses (no market.fees configuration yet).
    static FeeSchedule defaults();
    // Strict: unknown fields, out-of-range basis points, bad amounts or accounts are errors that
    // name the field.
    static Result<FeeSchedule> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// floor(price × bps × (10000 − discountBps) / 10^8), exact for every 128-bit price.
Nat128 feeFor(Nat128 price, int bps, int discountBps);

// The largest discount of a tier the seller's volume reaches in `asset` (0 when none).
int discountFor(const FeeSchedule &s, const QString &asset, Nat128 volume);

} // namespace nexus::market
