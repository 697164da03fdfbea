#include "marketseed.h"

#include "demoseeder.h"
#include "marketrules.h"

#include <QJsonArray>

#include <algorithm>

namespace nexus {

namespace {

constexpr Nat128 kE8 = 100000000;
const QString kIcp = QStringLiteral("ICP");
const QString kBtc = QStringLiteral("ckBTC");
const QString kEth = QStringLiteral("ckETH");

struct CollectionPlan {
    const char *slug;
    const char *name;
    const char *symbol;
    const char *description;
    const char *noun;       // "Isle", "Stall", ...
    int creator;            // 0: emil, 1: fatima
    int tokens;
};

constexpr CollectionPlan kCollections[] = {
    {"sky-isles", "Sky Isles", "SKY", "Floating islands above a cloud sea, each with its own weather.", "Isle", 0, 120},
    {"neon-bazaar", "Neon Bazaar", "NEON", "Market stalls, signs and alleys of a city that never sleeps.", "Stall", 1, 110},
    {"cloud-foundry", "Cloud Foundry", "CLDF", "Machines that spin weather out of thin air.", "Engine", 0, 80},
    {"deep-reef", "Deep Reef", "REEF", "Coral gardens and wrecks for underwater worlds.", "Reef", 1, 80},
    {"star-harbor", "Star Harbor", "STAR", "Docks, lighthouses and ships for a port between galaxies.", "Dock", 0, 70},
};

constexpr const char *kAdjectives[] = {"Amber", "Crimson", "Silent", "Gilded", "Misty", "Emerald", "Frozen", "Glowing", "Hidden",
                                       "Lunar", "Rusty", "Solar", "Velvet", "Whispering", "Ancient", "Electric", "Coral", "Obsidian"};
constexpr const char *kFeatures[] = {"Spire", "Lagoon", "Garden", "Tower", "Harbor", "Grove", "Observatory", "Bridge", "Market",
                                     "Cavern", "Workshop", "Lighthouse", "Orchard", "Arena", "Library"};
constexpr const char *kMoods[] = {"calm and sunny", "stormy at night", "busy with traders", "quiet, with a dragon roost",
                                  "lit by neon signs", "full of music", "covered in moss", "built for races"};
constexpr const char *kTags[] = {"dragon", "water", "night", "music", "rare", "starter", "garden", "trade", "ruins", "light"};

// Reads a balance through the gateway so purchases are only tried when they can succeed.
Nat128 balance(DemoScript &s, const Principal &who, const QString &asset)
{
    auto r = s.must(who, QStringLiteral("ledger.balance_of"), {{QStringLiteral("asset"), asset}, {QStringLiteral("account"), who.toText()}});
    Nat128 n = 0;
    if (r)
        nat128FromString(r->toObject().value(QStringLiteral("balance")).toString(), &n);
    return n;
}

struct Listed {
    qint64 id;
    Principal seller;
    QString asset;
    Nat128 price;
};

} // namespace

Status seedMarket(DemoScript &s, const DemoCast &cast, Prng &rng)
{
    const auto cancelled = [] { return Error::make(ErrorCode::Conflict, QStringLiteral("Demo seeding was cancelled.")); };
    const Principal creators[] = {cast.emil, cast.fatima};

    // Fees: the launch schedule with two volume tiers, versioned in the configuration.
    s.act(cast.chen, QStringLiteral("market.set_fees"),
          {{QStringLiteral("listing_bps"), 50}, {QStringLiteral("sale_bps"), 250},
           {QStringLiteral("tiers"), QJsonArray{QJsonObject{{QStringLiteral("discount_bps"), 2000},
                                                            {QStringLiteral("min_volume"), QJsonObject{{kIcp, nat128ToString(20 * kE8)}, {kBtc, QStringLiteral("200000")}}}},
                                                QJsonObject{{QStringLiteral("discount_bps"), 5000},
                                                            {QStringLiteral("min_volume"), QJsonObject{{kIcp, nat128ToString(200 * kE8)}}}}}},
           {QStringLiteral("reason"), QStringLiteral("marketplace launch")}});
    s.expectRefusal(cast.emil, QStringLiteral("market.set_fees"), {{QStringLiteral("sale_bps"), 0}});

    // Collections and their tokens: most stay with their creator, some are airdropped to members.
    QHash<QString, QList<std::pair<qint64, Principal>>> tokens; // slug -> (token id, holder)
    for (const CollectionPlan &c : kCollections) {
        const Principal creator = creators[c.creator];
        const QString slug = QLatin1String(c.slug);
        s.act(creator, QStringLiteral("nft.create_collection"),
              {{QStringLiteral("collection"), slug}, {QStringLiteral("name"), QLatin1String(c.name)}, {QStringLiteral("symbol"), QLatin1String(c.symbol)},
               {QStringLiteral("description"), QLatin1String(c.description)}, {QStringLiteral("supply_cap"), c.tokens + 50},
               {QStringLiteral("logo"), QStringLiteral("https://nexus.example/collections/%1.png").arg(slug)},
               {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("royalty_bps"), 500}, {QStringLiteral("website"), QStringLiteral("https://nexus.example/%1").arg(slug)}}}});
        for (int first = 0; first < c.tokens; first += 30) {
            QJsonArray batch;
            QList<Principal> holders;
            for (int i = first; i < std::min(c.tokens, first + 30); ++i) {
                const bool airdrop = !cast.members.isEmpty() && rng.chance(15);
                const Principal holder = airdrop ? cast.members[int(rng.below(quint64(cast.members.size())))] : creator;
                holders << holder;
                batch.append(QJsonObject{{QStringLiteral("to"), holder.toText()},
                                         {QStringLiteral("metadata"),
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("%1 %2 #%3").arg(QLatin1String(kAdjectives[rng.below(std::size(kAdjectives))]),
                                                                                                             QLatin1String(c.noun)).arg(i + 1)},
                                                      {QStringLiteral("rarity"), int(rng.between(1, 5))},
                                                      {QStringLiteral("image"), QStringLiteral("https://nexus.example/%1/%2.png").arg(slug).arg(i + 1)}}}});
            }
            auto minted = s.must(creator, QStringLiteral("nft.mint"), {{QStringLiteral("collection"), slug}, {QStringLiteral("tokens"), batch}});
            if (!minted)
                return minted.error();
            const QJsonArray ids = minted->toObject().value(QStringLiteral("minted")).toArray();
            for (qsizetype k = 0; k < ids.size(); ++k)
                tokens[slug] << std::pair{ids[k].toObject().value(QStringLiteral("token_id")).toInteger(), holders[k]};
        }
        s.advance(rng.between(3600, 7200));
    }
    s.expectRefusal(cast.gus, QStringLiteral("nft.create_collection"), {{QStringLiteral("collection"), QStringLiteral("gus-stuff")},
                                                                        {QStringLiteral("name"), QStringLiteral("Gus")}, {QStringLiteral("symbol"), QStringLiteral("GUS")}});
    if (!s.step(QStringLiteral("Marketplace: collections")))
        return cancelled();

    // A few members move tokens among themselves (ICRC-7 transfers, one to a subaccount).
    for (int i = 0; i < 8; ++i) {
        const QString slug = QLatin1String(kCollections[i % 5].slug);
        const auto &owned = tokens[slug];
        const auto it = std::find_if(owned.cbegin(), owned.cend(), [&](const auto &t) { return !(t.second == creators[kCollections[i % 5].creator]); });
        if (it == owned.cend() || cast.members.size() < 2)
            continue;
        const Principal to = cast.members[int(rng.below(quint64(cast.members.size())))];
        if (to == it->second)
            continue;
        auto r = s.must(it->second, QStringLiteral("nft.transfer"),
                        {{QStringLiteral("collection"), slug}, {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), it->first},
                                                                                                                   {QStringLiteral("to"), to.toText()},
                                                                                                                   {QStringLiteral("memo_text"), QStringLiteral("gift")}}}}});
        if (r && r->toObject().value(QStringLiteral("ok")).toInt() == 1)
            tokens[slug][int(it - owned.cbegin())].second = to;
    }

    // Listings: the creators list most of what they hold; some members list their airdrops.
    QList<Listed> listings;
    const QString assets[] = {kIcp, kIcp, kIcp, kIcp, kBtc, kEth};
    int refusalsShown = 0;
    for (const CollectionPlan &c : kCollections) {
        const QString slug = QLatin1String(c.slug);
        for (const auto &[tokenId, holder] : std::as_const(tokens[slug])) {
            const bool byCreator = holder == creators[c.creator];
            if (!rng.chance(byCreator ? 80 : 45))
                continue;
            // Members list in ICP, and only when they can pay the listing fee.
            const QString asset = byCreator ? assets[rng.below(std::size(assets))] : kIcp;
            if (!byCreator && balance(s, holder, kIcp) < 100 * kE8 / 100)
                continue;
            const Nat128 price = asset == kIcp   ? Nat128(rng.between(50, byCreator ? 6000 : 2000)) * (kE8 / 100)
                                 : asset == kBtc ? Nat128(rng.between(20, 400)) * 1000
                                                 : Nat128(rng.between(5, 300)) * 1000000000000000ULL;
            QJsonArray tags;
            for (int k = int(rng.between(0, 3)); k > 0; --k)
                tags.append(QLatin1String(kTags[rng.below(std::size(kTags))]));
            const QString title = QStringLiteral("%1 %2 %3").arg(QLatin1String(kAdjectives[rng.below(std::size(kAdjectives))]),
                                                                 QLatin1String(kFeatures[rng.below(std::size(kFeatures))]), QLatin1String(c.noun));
            auto r = s.must(holder, QStringLiteral("market.create_listing"),
                            {{QStringLiteral("collection"), slug}, {QStringLiteral("token_id"), tokenId}, {QStringLiteral("asset"), asset},
                             {QStringLiteral("price"), nat128ToString(price)}, {QStringLiteral("title"), title},
                             {QStringLiteral("description"), QStringLiteral("%1 from %2: %3.").arg(title, QLatin1String(c.name),
                                                                                                   QLatin1String(kMoods[rng.below(std::size(kMoods))]))},
                             {QStringLiteral("tags"), tags}});
            if (!r)
                return r.error();
            listings << Listed{r->toObject().value(QStringLiteral("listing_id")).toInteger(), holder, asset, price};
            if (refusalsShown < 2 && rng.chance(5)) { // listing it twice, listing someone else's token
                ++refusalsShown;
                s.expectRefusal(holder, QStringLiteral("market.create_listing"), {{QStringLiteral("collection"), slug}, {QStringLiteral("token_id"), tokenId},
                                                                                  {QStringLiteral("asset"), kIcp}, {QStringLiteral("price"), QStringLiteral("100000000")}});
                s.expectRefusal(cast.hana, QStringLiteral("market.create_listing"), {{QStringLiteral("collection"), slug}, {QStringLiteral("token_id"), tokenId},
                                                                                     {QStringLiteral("asset"), kIcp}, {QStringLiteral("price"), QStringLiteral("100000000")}});
            }
            s.advance(rng.between(60, 900));
        }
    }
    if (!s.step(QStringLiteral("Marketplace: listings")))
        return cancelled();

    // Browsing: views on a few hundred listings, more on the cheap and the rare.
    for (int i = 0; i < 600 && !listings.isEmpty(); ++i) {
        const qint64 pick = qint64(rng.below(quint64(listings.size())));
        const qint64 id = listings[std::min<qint64>(pick, qint64(rng.below(quint64(listings.size()))))].id; // skewed to early listings
        const Principal viewer = cast.members.isEmpty() ? cast.gus : cast.members[int(rng.below(quint64(cast.members.size())))];
        s.act(viewer, QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), id}});
    }

    // Price changes and cancels by their sellers.
    for (int i = 0; i < 20 && i < listings.size(); ++i) {
        Listed &l = listings[int(rng.below(quint64(listings.size())))];
        if (l.id < 0 || !(l.seller == cast.emil || l.seller == cast.fatima))
            continue;
        if (i % 4 == 3) {
            s.act(l.seller, QStringLiteral("market.cancel_listing"), {{QStringLiteral("listing_id"), l.id}});
            l.id = -1;
            continue;
        }
        l.price = rng.chance(60) ? l.price * 9 / 10 : l.price * 6 / 5;
        s.act(l.seller, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), l.id}, {QStringLiteral("price"), nat128ToString(l.price)}});
    }
    if (!s.step(QStringLiteral("Marketplace: browsing")))
        return cancelled();

    // Purchases: ICRC-2 allowance to the marketplace or direct payment, only when affordable.
    QList<Principal> buyers{cast.gus, cast.hana, cast.boris, cast.dana};
    for (int i = 0; i < std::min<qsizetype>(30, cast.members.size()); ++i)
        buyers << cast.members[i * 7 % cast.members.size()];
    const QString spender = market::spenderAccount().toText();
    int sales = 0;
    for (int attempt = 0; attempt < 140 && sales < 45; ++attempt) {
        Listed &l = listings[int(rng.below(quint64(listings.size())))];
        const Principal buyer = buyers[int(rng.below(quint64(buyers.size())))];
        if (l.id < 0 || buyer == l.seller)
            continue;
        const Nat128 fee = l.asset == kIcp ? 10000 : l.asset == kBtc ? 10 : 2000000000000ULL;
        const bool viaAllowance = rng.chance(60);
        if (balance(s, buyer, l.asset) < l.price + 4 * fee)
            continue;
        if (viaAllowance)
            s.act(buyer, QStringLiteral("ledger.approve"), {{QStringLiteral("asset"), l.asset}, {QStringLiteral("spender"), spender},
                                                            {QStringLiteral("amount"), nat128ToString(l.price + 2 * fee)}});
        s.act(buyer, QStringLiteral("market.buy"), {{QStringLiteral("listing_id"), l.id}, {QStringLiteral("expected_price"), nat128ToString(l.price)},
                                                    {QStringLiteral("payment"), viaAllowance ? QStringLiteral("allowance") : QStringLiteral("direct")}});
        if (sales % 10 == 4) // a second buyer a moment too late
            s.expectRefusal(buyers[(buyers.indexOf(buyer) + 1) % buyers.size()], QStringLiteral("market.buy"),
                            {{QStringLiteral("listing_id"), l.id}, {QStringLiteral("payment"), QStringLiteral("direct")}});
        l.id = -1;
        ++sales;
        s.advance(rng.between(600, 5400));
    }
    if (!s.step(QStringLiteral("Marketplace: sales")))
        return cancelled();

    // Moderation: dana hides two listings with reasons, and shows one again after review.
    QList<qint64> hidden;
    for (const Listed &l : std::as_const(listings))
        if (l.id > 0 && hidden.size() < 2 && rng.chance(10))
            hidden << l.id;
    const char *reasons[] = {"Reported as a copy of another creator's artwork", "Misleading title (not a rare item)"};
    for (qsizetype i = 0; i < hidden.size(); ++i)
        s.act(cast.dana, QStringLiteral("market.hide_listing"), {{QStringLiteral("listing_id"), hidden[i]}, {QStringLiteral("reason"), QLatin1String(reasons[i])}});
    if (!hidden.isEmpty())
        s.act(cast.dana, QStringLiteral("market.unhide_listing"), {{QStringLiteral("listing_id"), hidden.last()},
                                                                   {QStringLiteral("reason"), QStringLiteral("Seller corrected the title")}});
    if (!hidden.isEmpty())
        s.expectRefusal(cast.gus, QStringLiteral("market.hide_listing"), {{QStringLiteral("listing_id"), hidden.first()}, {QStringLiteral("reason"), QStringLiteral("I don't like it")}});
    if (!s.step(QStringLiteral("Marketplace: moderation")))
        return cancelled();
    return {};
}

} // namespace nexus
