#include "marketfees.h"

#include <QJsonArray>

namespace nexus::market {

namespace {

Error invalid(const QString &field, const QString &msg)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(field, msg),
                       QStringLiteral("Basis points run from 0 to 10000 (100 %); amounts are base-unit strings."));
}

Result<int> bps(const QJsonObject &o, const QString &key, int fallback)
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0 || v.toInteger() > kMaxBps)
        return invalid(key, QStringLiteral("must be a whole number of basis points from 0 to %1.").arg(kMaxBps));
    return int(v.toInteger());
}

} // namespace

FeeSchedule FeeSchedule::defaults()
{
    FeeSchedule s;
    // 20 % off from 1,000 ICP / 0.05 BTC / 1 ETH a month, 50 % off from ten times that.
    FeeTier silver{2000, {{QStringLiteral("ICP"), Nat128(1000) * 100000000},
                          {QStringLiteral("ckBTC"), Nat128(5000000)},
                          {QStringLiteral("ckETH"), Nat128(1000000000000000000ULL)}}};
    FeeTier gold{5000, {{QStringLiteral("ICP"), Nat128(10000) * 100000000},
                        {QStringLiteral("ckBTC"), Nat128(50000000)},
                        {QStringLiteral("ckETH"), Nat128(10) * 1000000000000000000ULL}}};
    s.tiers = {silver, gold};
    return s;
}

Result<FeeSchedule> FeeSchedule::fromJson(const QJsonObject &json)
{
    static const QStringList known{QStringLiteral("listing_bps"), QStringLiteral("sale_bps"), QStringLiteral("tiers"), QStringLiteral("treasury")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(it.key(), QStringLiteral("unknown field (known: %1).").arg(known.join(QStringLiteral(", "))));
    FeeSchedule s;
    s.tiers.clear();
    auto listing = bps(json, QStringLiteral("listing_bps"), s.listingBps);
    if (!listing)
        return listing.error();
    auto sale = bps(json, QStringLiteral("sale_bps"), s.saleBps);
    if (!sale)
        return sale.error();
    s.listingBps = *listing;
    s.saleBps = *sale;
    const QJsonArray tiers = json.value(QStringLiteral("tiers")).toArray();
    if (tiers.size() > kMaxTiers)
        return invalid(QStringLiteral("tiers"), QStringLiteral("at most %1 tiers.").arg(kMaxTiers));
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const QString where = QStringLiteral("tiers[%1]").arg(i);
        const QJsonObject t = tiers.at(i).toObject();
        if (!tiers.at(i).isObject() || t.size() != 2 || !t.contains(QStringLiteral("discount_bps")) || !t.value(QStringLiteral("min_volume")).isObject())
            return invalid(where, QStringLiteral("a tier is {\"discount_bps\": N, \"min_volume\": {\"ICP\": \"base units\", …}}."));
        FeeTier tier;
        auto d = bps(t, QStringLiteral("discount_bps"), 0);
        if (!d)
            return invalid(where + QStringLiteral(".discount_bps"), d.error().message);
        tier.discountBps = *d;
        const QJsonObject mv = t.value(QStringLiteral("min_volume")).toObject();
        for (auto it = mv.begin(); it != mv.end(); ++it) {
            Nat128 n = 0;
            if (!it.value().isString() || !nat128FromString(it.value().toString(), &n))
                return invalid(where + QStringLiteral(".min_volume.") + it.key(), QStringLiteral("must be a base-unit amount as a decimal string."));
            tier.minVolume.insert(it.key(), n);
        }
        s.tiers << tier;
    }
    if (json.contains(QStringLiteral("treasury"))) {
        auto a = Account::fromText(json.value(QStringLiteral("treasury")).toString());
        if (!a)
            return invalid(QStringLiteral("treasury"), a.error().message);
        s.treasury = *a;
    }
    return s;
}

QJsonObject FeeSchedule::toJson() const
{
    QJsonArray ts;
    for (const FeeTier &t : tiers) {
        QJsonObject mv;
        for (auto it = t.minVolume.begin(); it != t.minVolume.end(); ++it)
            mv.insert(it.key(), nat128ToString(it.value()));
        ts.append(QJsonObject{{QStringLiteral("discount_bps"), t.discountBps}, {QStringLiteral("min_volume"), mv}});
    }
    QJsonObject o{{QStringLiteral("listing_bps"), listingBps}, {QStringLiteral("sale_bps"), saleBps}, {QStringLiteral("tiers"), ts}};
    if (treasury)
        o.insert(QStringLiteral("treasury"), treasury->toText());
    return o;
}

Nat128 feeFor(Nat128 price, int bps, int discountBps)
{
    // price = q·10^8 + r, so price·k / 10^8 = q·k + r·k / 10^8 with k = bps·(10000 − discount) ≤ 10^8:
    // q·k ≤ price never overflows and r·k < 10^16 fits easily; only r·k / 10^8 is rounded (down).
    constexpr Nat128 kScale = 100000000;
    const Nat128 k = Nat128(quint64(bps)) * Nat128(quint64(kMaxBps - discountBps));
    return (price / kScale) * k + (price % kScale) * k / kScale;
}

int discountFor(const FeeSchedule &s, const QString &asset, Nat128 volume)
{
    int best = 0;
    for (const FeeTier &t : s.tiers)
        if (t.minVolume.contains(asset) && volume >= t.minVolume.value(asset) && t.discountBps > best)
            best = t.discountBps;
    return best;
}

} // namespace nexus::market
