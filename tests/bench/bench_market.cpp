// Marketplace benchmarks: listings created per second through the gateway (each an audited
// transaction with the token lock, the FTS index row and, when the schedule charges one, the
// listing-fee ledger transfer), then market.search p50 / p99 on 1,000,000 listings with a text
// query and two filters. The big table is filled by direct bulk insert in the setup (not measured).
#include "benchprofile.h"

#include "ledgerrules.h"
#include "marketfees.h"
#include "marketrules.h"
#include "prng.h"
#include "services/marketstore.h"
#include "storage/database.h"
#include "storage/dbthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace nexus;

namespace {

using bench::call;
using bench::die;
using bench::percentile;
Principal benchPrincipal(int n) { return bench::principal(n, '\x6b'); }

constexpr Nat128 kE8 = 100000000;

constexpr const char *kAdjectives[] = {"amber", "crimson", "silent", "gilded", "misty", "emerald", "frozen", "glowing", "hidden", "lunar",
                                       "rusty", "solar", "velvet", "whispering", "ancient", "electric", "coral", "obsidian", "hollow", "radiant",
                                       "sunken", "storm", "ivory", "copper", "twilight", "feral", "crystal", "ember", "jade", "northern"};
constexpr const char *kFeatures[] = {"spire", "lagoon", "garden", "tower", "harbor", "grove", "observatory", "bridge", "market", "cavern",
                                     "workshop", "lighthouse", "orchard", "arena", "library", "temple", "canyon", "forge", "meadow", "citadel",
                                     "dock", "palace", "reef", "station", "vault", "pier", "tunnel", "plaza", "mill", "archive"};
constexpr const char *kNouns[] = {"isle", "stall", "engine", "dock", "realm", "world", "cabin", "studio", "den", "outpost",
                                  "hangar", "gallery", "shrine", "farm", "camp", "keep", "club", "lab", "yard", "court"};
constexpr const char *kMoods[] = {"calm and sunny", "stormy at night", "busy with traders", "quiet with a dragon roost", "lit by neon signs",
                                  "full of music", "covered in moss", "built for races", "half flooded", "frozen in time"};
constexpr const char *kTags[] = {"dragon", "water", "night", "music", "rare", "starter", "garden", "trade", "ruins", "light",
                                 "snow", "desert", "forest", "space", "retro", "cozy", "spooky", "sport", "art", "sky"};

template<size_t N>
const char *pick(Prng &rng, const char *const (&words)[N]) { return words[rng.below(N)]; }





QJsonObject must(Gateway &gw, const Principal &as, const QString &method, const QJsonObject &args)
{
    auto r = call(gw, as, method, args);
    if (!r)
        die(method, r.error());
    return r->toObject();
}

// Listings per second through the gateway: `sellers` callers at once, each listing its own tokens,
// one per call or `batch` per market.create_listings call.
double listingRate(int n, int sellers, int listingBps, int batch = 1)
{
    auto p = bench::makeProfile();
    Gateway &gw = p->backend->gateway();
    bench::raiseRateLimits(gw, p->controller);
    if (listingBps != market::FeeSchedule::defaults().listingBps)
        must(gw, p->controller, QStringLiteral("market.set_fees"), {{QStringLiteral("listing_bps"), listingBps}});
    must(gw, p->controller, QStringLiteral("nft.create_collection"), {{QStringLiteral("collection"), QStringLiteral("bench")},
                                                                      {QStringLiteral("name"), QStringLiteral("Bench")}, {QStringLiteral("symbol"), QStringLiteral("B")}});
    QList<Principal> who;
    for (int s = 0; s < sellers; ++s) {
        who << benchPrincipal(s + 1);
        must(gw, p->controller, QStringLiteral("users.create"), {{QStringLiteral("principal"), who.last().toText()}, {QStringLiteral("name"), QStringLiteral("seller")}});
        must(gw, p->controller, QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), who.last().toText()},
                                                               {QStringLiteral("amount"), QStringLiteral("100000000000000000")}});
    }
    // Token k * sellers + s + 1 belongs to seller s.
    for (int first = 0; first < n; first += 100) {
        QJsonArray batch;
        for (int i = first; i < std::min(n, first + 100); ++i)
            batch.append(QJsonObject{{QStringLiteral("to"), who[i % sellers].toText()}});
        must(gw, p->controller, QStringLiteral("nft.mint"), {{QStringLiteral("collection"), QStringLiteral("bench")}, {QStringLiteral("tokens"), batch}});
    }
    std::atomic<int> failures{0};
    QElapsedTimer t;
    t.start();
    std::vector<std::thread> pool;
    for (int s = 0; s < sellers; ++s)
        pool.emplace_back([&, s] {
            Prng rng(quint64(s) + 11);
            QJsonArray pending;
            for (int i = s; i < n; i += sellers) {
                const QString title = QStringLiteral("%1 %2 %3").arg(QLatin1String(pick(rng, kAdjectives)), QLatin1String(pick(rng, kFeatures)),
                                                                     QLatin1String(pick(rng, kNouns)));
                const QJsonObject args{{QStringLiteral("collection"), QStringLiteral("bench")}, {QStringLiteral("token_id"), i + 1}, {QStringLiteral("asset"), QStringLiteral("ICP")},
                                       {QStringLiteral("price"), QString::number(rng.between(1, 10000) * 100000000LL)}, {QStringLiteral("title"), title},
                                       {QStringLiteral("tags"), QJsonArray{QLatin1String(pick(rng, kTags))}}};
                if (batch == 1) {
                    auto r = call(gw, who[s], QStringLiteral("market.create_listing"), args);
                    if (!r && failures.fetch_add(1) == 0)
                        std::fprintf(stderr, "create_listing: %s\n", qPrintable(r.error().message));
                    continue;
                }
                pending.append(args);
                if (pending.size() == batch || i + sellers >= n) {
                    auto r = call(gw, who[s], QStringLiteral("market.create_listings"), {{QStringLiteral("listings"), pending}});
                    if (!r || r->toObject().value(QStringLiteral("refused")).toInt() != 0)
                        failures.fetch_add(1);
                    pending = QJsonArray();
                }
            }
        });
    for (auto &th : pool)
        th.join();
    const double rate = n / (t.nsecsElapsed() / 1e9);
    if (failures > 0)
        die(QStringLiteral("listing"), Error::make(ErrorCode::Internal, QStringLiteral("%1 listings failed").arg(failures.load())));
    return rate;
}

// SETUP, not measured: `count` listings across 200 collections, 5,000 sellers and three assets,
// written straight into market_listings in one transaction (its trigger queues them for the FTS index; the caller indexes them).
Status buildListings(QSqlDatabase &db, int count)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    const Principal creator = benchPrincipal(900000);
    for (int c = 1; c <= 200; ++c)
        if (auto r = Database::exec(db, QStringLiteral("INSERT INTO nft_collections (id, slug, symbol, name, creator, metadata, created_ns) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {c, QStringLiteral("col-%1").arg(c), QStringLiteral("C%1").arg(c), QStringLiteral("Collection %1").arg(c),
                                     benchPrincipal(900000 + c).bytes(), QStringLiteral("{\"Map\":[]}"), qint64(1)});
            !r)
            return r.error();
    Prng rng(42);
    const QString assets[] = {QStringLiteral("ICP"), QStringLiteral("ICP"), QStringLiteral("ICP"), QStringLiteral("ckBTC"), QStringLiteral("ckETH")};
    const QByteArray zeroSub(32, '\0');
    const QByteArray zeroFee = ledger::toBlob16(0);
    qint64 ts = 1'760'000'000'000'000'000;
    for (int i = 1; i <= count; ++i) {
        const int c = int(rng.below(200)) + 1;
        const Principal seller = benchPrincipal(int(rng.below(5000)) + 1);
        const Principal maker = benchPrincipal(900000 + c);
        const QString asset = assets[rng.below(5)];
        const Nat128 price = asset == QLatin1String("ICP") ? Nat128(rng.between(1, 10000)) * kE8 : Nat128(rng.between(1000, 10000000));
        const quint64 roll = rng.below(1000);
        const market::ListingStatus status = roll < 850 ? market::ListingStatus::Active : roll < 950 ? market::ListingStatus::Sold : market::ListingStatus::Cancelled;
        const bool hidden = rng.below(1000) < 5;
        const QString noun = QLatin1String(pick(rng, kNouns));
        const QString title = QStringLiteral("%1 %2 %3").arg(QLatin1String(pick(rng, kAdjectives)), QLatin1String(pick(rng, kFeatures)), noun);
        const QString description = QStringLiteral("A %1 %2, %3.").arg(QLatin1String(pick(rng, kAdjectives)), noun, QLatin1String(pick(rng, kMoods)));
        const QString tags = QStringLiteral("%1 %2").arg(QLatin1String(pick(rng, kTags)), QLatin1String(pick(rng, kTags)));
        ts += 1000000000;
        auto r = Database::exec(db, QStringLiteral("INSERT INTO market_listings (id, collection, token_id, seller, seller_sub, creator, asset, price, status, hidden, "
                                                   "title, description, tags, collection_text, facets, views, listing_fee_paid, fee_version, created_ns, updated_ns) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
                                {i, c, i, seller.bytes(), zeroSub, maker.bytes(), asset, ledger::toBlob16(price), market::listingStatusName(status),
                                 hidden ? 1 : 0, title, description, tags, QStringLiteral("Collection %1 col-%1").arg(c),
                                 market::listingFacets(c, seller, maker), qint64(rng.below(5000)), zeroFee, ts, ts});
        if (!r)
            return r.error();
    }
    Q_UNUSED(creator);
    return tx.commit();
}

struct Figures {
    double p50 = 0, p99 = 0;
    qint64 rows = 0;
};

Figures measure(Gateway &gw, const Principal &caller, int queries, const std::function<QJsonObject(Prng &)> &makeArgs)
{
    Prng rng(7);
    std::vector<double> us;
    Figures f;
    for (int i = 0; i < queries; ++i) {
        const QJsonObject args = makeArgs(rng);
        QElapsedTimer t;
        t.start();
        auto r = call(gw, caller, QStringLiteral("market.search"), args);
        us.push_back(t.nsecsElapsed() / 1e3);
        if (!r)
            die(QStringLiteral("search"), r.error());
        f.rows += r->toObject().value(QStringLiteral("items")).toArray().size();
    }
    f.p50 = percentile(us, 0.5) / 1000;
    f.p99 = percentile(us, 0.99) / 1000;
    return f;
}

// Search figures name the size of the table they were measured on ("1M", "10k").
void figureOn(int rows, const char *name, double value, const char *unit, const char *target = nullptr)
{
    const QString size = rows % 1000000 == 0 ? QStringLiteral("%1M").arg(rows / 1000000)
                          : rows % 1000 == 0  ? QStringLiteral("%1k").arg(rows / 1000)
                                              : QString::number(rows);
    const QByteArray label = QString::fromUtf8(name).arg(size).toUtf8();
    bench::figure(label.constData(), value, unit, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;
    const int big = argc > 2 ? std::max(10000, QString::fromLocal8Bit(argv[2]).toInt()) : 1000000;
    std::printf("Nexus Studio marketplace benchmark (%d listings created per run, %d-listing search table, %d cores)\n", n, big, QThread::idealThreadCount());

    bench::figure("market.create_listing/s, 1 caller, 0.5 % listing fee (ledger transfer)", listingRate(n, 1, 50), "calls/s", ">= 5000");
    bench::figure("market.create_listing/s, 4 callers, 0.5 % listing fee", listingRate(n, 4, 50), "calls/s", ">= 5000");
    bench::figure("market.create_listing/s, 1 caller, no listing fee", listingRate(n, 1, 0), "calls/s", ">= 5000");
    bench::figure("listings/s by market.create_listings (100 per call), 0.5 % listing fee", listingRate(n, 1, 50, 100), "listings/s", ">= 5000");
    bench::figure("listings/s by market.create_listings (100 per call), no listing fee", listingRate(n, 1, 0, 100), "listings/s", ">= 5000");

    auto p = bench::makeProfile();
    Gateway &gw = p->backend->gateway();
    bench::raiseRateLimits(gw, p->controller);
    QElapsedTimer t;
    t.start();
    auto built = gw.writer()->runBlocking<Status>([&](QSqlDatabase &db) -> Status {
        if (auto st = buildListings(db, big); !st)
            return st;
        // They wait to be indexed, as new listings do; here all of them in one transaction.
        return MarketStore(db).indexWaitingListingsInTransaction();
    });
    if (!built)
        die(QStringLiteral("building the listings"), built.error());
    std::printf("(setup: %d listings inserted with their FTS rows in %.1f s)\n", big, t.nsecsElapsed() / 1e9);
    t.restart();
    auto merged = gw.writer()->runBlocking<Status>([&](QSqlDatabase &db) -> Status {
        auto r = Database::exec(db, QStringLiteral("INSERT INTO market_search(market_search) VALUES ('optimize')"));
        if (!r)
            return r.error();
        return {};
    });
    if (!merged)
        die(QStringLiteral("optimize"), merged.error());
    std::printf("(setup: FTS index merged in %.1f s)\n", t.nsecsElapsed() / 1e9);

    const Principal guest = benchPrincipal(777777);
    const int queries = 2000;
    auto word = [](Prng &rng) {
        return QString::fromLatin1(rng.chance(50) ? pick(rng, kAdjectives) : rng.chance(50) ? pick(rng, kFeatures) : pick(rng, kNouns));
    };
    const Figures a = measure(gw, guest, queries, [&](Prng &rng) {
        return QJsonObject{{QStringLiteral("q"), word(rng)}, {QStringLiteral("collection"), QStringLiteral("col-%1").arg(rng.below(200) + 1)},
                           {QStringLiteral("asset"), QStringLiteral("ICP")}};
    });
    figureOn(big, "market.search p50: word + collection + asset, newest (%1)", a.p50, "ms");
    figureOn(big, "market.search p99: word + collection + asset, newest (%1)", a.p99, "ms", "<= 20");
    const Figures b = measure(gw, guest, queries, [&](Prng &rng) {
        const qint64 lo = rng.between(1, 9000);
        return QJsonObject{{QStringLiteral("q"), word(rng)}, {QStringLiteral("asset"), QStringLiteral("ICP")},
                           {QStringLiteral("price_min"), QString::number(lo * 100000000LL)}, {QStringLiteral("price_max"), QString::number((lo + 400) * 100000000LL)}};
    });
    figureOn(big, "market.search p50: word + asset + price range, newest (%1)", b.p50, "ms");
    figureOn(big, "market.search p99: word + asset + price range, newest (%1)", b.p99, "ms", "<= 20");
    const Figures c = measure(gw, guest, queries, [&](Prng &rng) {
        return QJsonObject{{QStringLiteral("q"), word(rng)}, {QStringLiteral("collection"), QStringLiteral("col-%1").arg(rng.below(200) + 1)},
                           {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("sort"), QStringLiteral("price_asc")}};
    });
    figureOn(big, "market.search p50: word + collection + asset, cheapest first (%1)", c.p50, "ms");
    figureOn(big, "market.search p99: word + collection + asset, cheapest first (%1)", c.p99, "ms", "<= 20");
    const Figures d = measure(gw, guest, queries, [&](Prng &rng) {
        return QJsonObject{{QStringLiteral("q"), word(rng)}, {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("sort"), QStringLiteral("most_viewed")}};
    });
    figureOn(big, "market.search p50: word + asset, most viewed (%1, ~3 % match)", d.p50, "ms");
    figureOn(big, "market.search p99: word + asset, most viewed (%1, ~3 % match)", d.p99, "ms");
    const Figures e = measure(gw, guest, 600, [&](Prng &rng) {
        const QString sorts[] = {QStringLiteral("newest"), QStringLiteral("price_asc"), QStringLiteral("most_viewed")};
        return QJsonObject{{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("sort"), sorts[rng.below(3)]}};
    });
    figureOn(big, "market.search p99: browse ICP, newest / cheapest / most viewed, no words (%1)", e.p99, "ms");
    const Figures g = measure(gw, guest, 600, [&](Prng &rng) {
        return QJsonObject{{QStringLiteral("collection"), QStringLiteral("col-%1").arg(rng.below(200) + 1)}, {QStringLiteral("asset"), QStringLiteral("ICP")},
                           {QStringLiteral("sort"), rng.chance(50) ? QStringLiteral("price_desc") : QStringLiteral("newest")}};
    });
    figureOn(big, "market.search p99: one collection, priciest / newest, no words (%1)", g.p99, "ms");
    return a.rows > 0 && b.rows > 0 ? 0 : 1;
}
