#pragma once
// SQL of the listing tables (resources/migrations/0007_marketplace.sql): listings, sales,
// moderation records, the seller volume behind fee discounts, and the fee schedule in the
// versioned configuration (key market.fees). No rules here: see marketservice / marketbuy.

#include "account.h"
#include "marketfees.h"
#include "marketrules.h"
#include "result.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace nexus {

struct ListingRow {
    qint64 id = 0;
    qint64 collection = 0;
    QString collectionSlug;
    qint64 tokenId = 0;
    Account seller;
    Principal creator;
    QString asset;
    int decimals = 0;
    Nat128 price = 0;
    market::ListingStatus status = market::ListingStatus::Active;
    bool hidden = false;
    QString title;
    QString description;
    QStringList tags;
    QString collectionText; // the collection's name and handle, searched with the listing
    qint64 views = 0;
    Nat128 listingFeePaid = 0;
    qint64 feeVersion = 0;
    qint64 createdNs = 0;
    qint64 updatedNs = 0;
    std::optional<qint64> closedNs;
    std::optional<Principal> buyer;

    QString facets() const;
    QJsonObject toJson() const;
};

struct SaleRow {
    qint64 id = 0;
    qint64 listing = 0;
    Principal seller;
    Principal buyer;
    QString asset;
    Nat128 price = 0;
    Nat128 fee = 0;
    int feeBps = 0;
    int discountBps = 0;
    qint64 feeVersion = 0;
    qint64 paymentBlock = -1;   // ledger block paying the seller
    qint64 feeBlock = -1;       // ledger block paying the treasury (-1: no fee)
    qint64 nftBlock = -1;       // the collection's 37xfer block
    qint64 tsNs = 0;
    QJsonObject toJson(int decimals) const;
};

struct FeeConfig {
    market::FeeSchedule schedule;
    qint64 version = 0; // 0: the built-in defaults (never configured)
    Account treasury() const { return schedule.treasury.value_or(market::defaultTreasury()); }
};

class MarketStore
{
public:
    explicit MarketStore(QSqlDatabase &db) : m_db(db) {}

    Result<ListingRow> listing(qint64 id); // NotFound with a hint
    // "SELECT <listing columns> FROM market_listings l JOIN ... " for queries that add their own
    // WHERE, and the row they read.
    static const QString &listingColumns();
    static ListingRow listingFromRow(const Rows &q);
    // A new listing; it joins the full-text index with the batch it waits in (see below).
    Result<qint64> insertListing(const ListingRow &l);
    // New listings wait to be indexed for full-text search (FTS5 writes an index segment per
    // transaction, too dear for one listing): every kSearchBatch-th new listing indexes the
    // waiting ones, and a full-text search has the writer index them first
    // (indexWaitingListings, inside the caller's transaction).
    static constexpr int kSearchBatch = 64;
    Result<bool> listingsWaitForIndex(); // any at all
    Status indexWaitingListings();              // in the caller's transaction
    Status indexWaitingListingsInTransaction(); // in one of its own
    // Price, status, hidden, fee paid, fee version, updated, closed and buyer.
    Status updateListing(const ListingRow &l);
    Status addView(qint64 id);

    // Sum of the seller's sale prices in `asset` at or after `sinceNs`.
    Result<Nat128> sellerVolume(const Principal &seller, const QString &asset, qint64 sinceNs);
    Result<qint64> insertSale(const SaleRow &s);
    Result<QList<SaleRow>> sales(const std::optional<Principal> &seller, const std::optional<Principal> &buyer, qint64 beforeId, int limit);

    Status addModeration(qint64 listing, const QString &action, const QString &reason, const Principal &by, qint64 tsNs);
    Result<QJsonArray> moderation(qint64 listing);
    // The token's earlier listings (newest first, at most `limit`): price, seller, outcome.
    Result<QJsonArray> tokenHistory(const ListingRow &current, int limit);

    Result<FeeConfig> fees();

private:
    QSqlDatabase &m_db;
};

} // namespace nexus
