#include "marketstore.h"

#include "amount.h"
#include "jsontext.h"
#include "ledgerrules.h"

namespace nexus {

using ledger::fromBlob16;
using ledger::toBlob16;

namespace {

Principal principalOf(const QByteArray &bytes)
{
    auto p = Principal::fromBytes(bytes);
    return p ? *p : Principal();
}

const QString kListingColumns = QStringLiteral(
    "SELECT l.id, l.collection, c.slug, l.token_id, l.seller, l.seller_sub, l.creator, l.asset, ifnull(a.decimals, 0), l.price, "
    "l.status, l.hidden, l.title, l.description, l.tags, l.collection_text, l.views, l.listing_fee_paid, l.fee_version, "
    "l.created_ns, l.updated_ns, l.closed_ns, l.buyer FROM market_listings l JOIN nft_collections c ON c.id = l.collection "
    "LEFT JOIN ledger_assets a ON a.symbol = l.asset ");

} // namespace

QString ListingRow::facets() const
{
    return market::listingFacets(collection, seller.owner(), creator);
}

QJsonObject ListingRow::toJson() const
{
    QJsonObject o{{QStringLiteral("listing_id"), id},
                  {QStringLiteral("collection"), collectionSlug},
                  {QStringLiteral("token_id"), tokenId},
                  {QStringLiteral("seller"), seller.toText()},
                  {QStringLiteral("creator"), creator.toText()},
                  {QStringLiteral("asset"), asset},
                  {QStringLiteral("price"), nat128ToString(price)},
                  {QStringLiteral("price_text"), formatAmount(price, decimals)},
                  {QStringLiteral("status"), market::listingStatusName(status)},
                  {QStringLiteral("hidden"), hidden},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                  {QStringLiteral("views"), views},
                  {QStringLiteral("listing_fee_paid"), nat128ToString(listingFeePaid)},
                  {QStringLiteral("fee_version"), feeVersion},
                  {QStringLiteral("created_ns"), QString::number(createdNs)},
                  {QStringLiteral("updated_ns"), QString::number(updatedNs)}};
    if (closedNs)
        o.insert(QStringLiteral("closed_ns"), QString::number(*closedNs));
    if (buyer)
        o.insert(QStringLiteral("buyer"), buyer->toText());
    return o;
}

QJsonObject SaleRow::toJson(int decimals) const
{
    return {{QStringLiteral("sale_id"), id},
            {QStringLiteral("listing_id"), listing},
            {QStringLiteral("seller"), seller.toText()},
            {QStringLiteral("buyer"), buyer.toText()},
            {QStringLiteral("asset"), asset},
            {QStringLiteral("price"), nat128ToString(price)},
            {QStringLiteral("price_text"), formatAmount(price, decimals)},
            {QStringLiteral("sale_fee"), nat128ToString(fee)},
            {QStringLiteral("seller_received"), nat128ToString(price - fee)},
            {QStringLiteral("fee_bps"), feeBps},
            {QStringLiteral("discount_bps"), discountBps},
            {QStringLiteral("fee_version"), feeVersion},
            {QStringLiteral("payment_block"), paymentBlock},
            {QStringLiteral("fee_block"), feeBlock},
            {QStringLiteral("nft_block"), nftBlock},
            {QStringLiteral("timestamp_ns"), QString::number(tsNs)}};
}

const QString &MarketStore::listingColumns() { return kListingColumns; }

ListingRow MarketStore::listingFromRow(const Rows &q)
{
    ListingRow l;
    l.id = q.int64(0);
    l.collection = q.int64(1);
    l.collectionSlug = q.text(2);
    l.tokenId = q.int64(3);
    l.seller = Account(principalOf(q.blob(4)), q.blob(5));
    l.creator = principalOf(q.blob(6));
    l.asset = q.text(7);
    l.decimals = int(q.int64(8));
    l.price = fromBlob16(q.blob(9));
    l.status = market::listingStatusFromName(q.text(10)).value_or(market::ListingStatus::Cancelled);
    l.hidden = q.int64(11) != 0;
    l.title = q.text(12);
    l.description = q.text(13);
    const QString tags = q.text(14);
    l.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(' '));
    l.collectionText = q.text(15);
    l.views = q.int64(16);
    l.listingFeePaid = fromBlob16(q.blob(17));
    l.feeVersion = q.int64(18);
    l.createdNs = q.int64(19);
    l.updatedNs = q.int64(20);
    if (!q.isNull(21))
        l.closedNs = q.int64(21);
    if (!q.isNull(22))
        l.buyer = principalOf(q.blob(22));
    return l;
}

Result<ListingRow> MarketStore::listing(qint64 id)
{
    static const QString sql = kListingColumns + QStringLiteral("WHERE l.id = ?");
    auto q = Database::exec(m_db, sql, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no listing %1.").arg(id),
                           QStringLiteral("Search the marketplace (market.search) for listings."));
    return listingFromRow(*q);
}

Result<qint64> MarketStore::insertListing(const ListingRow &l)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO market_listings (collection, token_id, seller, seller_sub, creator, asset, price, status, "
                                                 "hidden, title, description, tags, collection_text, facets, listing_fee_paid, fee_version, created_ns, "
                                                 "updated_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {l.collection, l.tokenId, l.seller.owner().bytes(), l.seller.subaccount(), l.creator.bytes(), l.asset, toBlob16(l.price),
                             market::listingStatusName(l.status), l.hidden ? 1 : 0, l.title, l.description, l.tags.join(QLatin1Char(' ')),
                             l.collectionText, l.facets(), toBlob16(l.listingFeePaid), l.feeVersion, l.createdNs, l.updatedNs});
    if (!q)
        return q.error();
    const qint64 id = q->insertedRowId();
    q->finish();
    // Listing ids count up, so every kSearchBatch-th listing indexes the queue (never more than
    // that many wait; a search may have indexed some already).
    if (id % kSearchBatch == 0)
        if (auto st = indexWaitingListings(); !st)
            return st.error();
    return id;
}

Result<bool> MarketStore::listingsWaitForIndex()
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM market_search_pending)"));
    if (!q)
        return q.error();
    const bool any = q->next() && q->int64(0) != 0;
    q->finish();
    return any;
}

Status MarketStore::indexWaitingListings()
{
    auto in = Database::exec(m_db, QStringLiteral("INSERT INTO market_search (rowid, title, description, tags, collection_text, facets) "
                                                  "SELECT l.id, l.title, l.description, l.tags, l.collection_text, l.facets "
                                                  "FROM market_search_pending p JOIN market_listings l ON l.id = p.listing ORDER BY p.listing"));
    if (!in)
        return in.error();
    auto out = Database::exec(m_db, QStringLiteral("DELETE FROM market_search_pending"));
    if (!out)
        return out.error();
    return {};
}

Status MarketStore::indexWaitingListingsInTransaction()
{
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    if (auto st = indexWaitingListings(); !st)
        return st;
    return tx.commit();
}

Status MarketStore::updateListing(const ListingRow &l)
{
    // The searched text and the facets never change after listing, so this leaves the FTS index alone.
    auto q = Database::exec(m_db, QStringLiteral("UPDATE market_listings SET price = ?, status = ?, hidden = ?, listing_fee_paid = ?, "
                                                 "fee_version = ?, updated_ns = ?, closed_ns = ?, buyer = ? WHERE id = ?"),
                            {toBlob16(l.price), market::listingStatusName(l.status), l.hidden ? 1 : 0, toBlob16(l.listingFeePaid),
                             l.feeVersion, l.updatedNs, l.closedNs ? QVariant(*l.closedNs) : QVariant(),
                             l.buyer ? QVariant(l.buyer->bytes()) : QVariant(), l.id});
    if (!q)
        return q.error();
    return {};
}

Status MarketStore::addView(qint64 id)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE market_listings SET views = views + 1 WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Result<Nat128> MarketStore::sellerVolume(const Principal &seller, const QString &asset, qint64 sinceNs)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT price FROM market_sales WHERE seller = ? AND asset = ? AND ts_ns >= ?"),
                            {seller.bytes(), asset, sinceNs});
    if (!q)
        return q.error();
    Nat128 sum = 0;
    while (q->next())
        if (ledger::addOverflows(sum, fromBlob16(q->blob(0)), &sum))
            return ~Nat128(0); // beyond every threshold
    return sum;
}

Result<qint64> MarketStore::insertSale(const SaleRow &s)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO market_sales (listing, seller, buyer, asset, price, fee, fee_bps, discount_bps, "
                                                 "fee_version, payment_block, fee_block, nft_block, ts_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                                 "RETURNING id"),
                            {s.listing, s.seller.bytes(), s.buyer.bytes(), s.asset, toBlob16(s.price), toBlob16(s.fee), s.feeBps, s.discountBps,
                             s.feeVersion, s.paymentBlock, s.feeBlock, s.nftBlock, s.tsNs});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new sale."));
    return q->int64(0);
}

Result<QList<SaleRow>> MarketStore::sales(const std::optional<Principal> &seller, const std::optional<Principal> &buyer, qint64 beforeId, int limit)
{
    const QVariant s = seller ? QVariant(seller->bytes()) : QVariant();
    const QVariant b = buyer ? QVariant(buyer->bytes()) : QVariant();
    auto q = Database::exec(m_db, QStringLiteral("SELECT id, listing, seller, buyer, asset, price, fee, fee_bps, discount_bps, fee_version, "
                                                 "payment_block, fee_block, nft_block, ts_ns FROM market_sales WHERE id < ? "
                                                 "AND (? IS NULL OR seller = ?) AND (? IS NULL OR buyer = ?) ORDER BY id DESC LIMIT ?"),
                            {beforeId, s, s, b, b, limit});
    if (!q)
        return q.error();
    QList<SaleRow> out;
    while (q->next()) {
        SaleRow r;
        r.id = q->int64(0);
        r.listing = q->int64(1);
        r.seller = principalOf(q->blob(2));
        r.buyer = principalOf(q->blob(3));
        r.asset = q->text(4);
        r.price = fromBlob16(q->blob(5));
        r.fee = fromBlob16(q->blob(6));
        r.feeBps = int(q->int64(7));
        r.discountBps = int(q->int64(8));
        r.feeVersion = q->int64(9);
        r.paymentBlock = q->int64(10);
        r.feeBlock = q->int64(11);
        r.nftBlock = q->int64(12);
        r.tsNs = q->int64(13);
        out << r;
    }
    return out;
}

Status MarketStore::addModeration(qint64 listing, const QString &action, const QString &reason, const Principal &by, qint64 tsNs)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO market_moderation (listing, action, reason, moderator, ts_ns) VALUES (?, ?, ?, ?, ?)"),
                            {listing, action, reason, by.bytes(), tsNs});
    if (!q)
        return q.error();
    return {};
}

Result<QJsonArray> MarketStore::moderation(qint64 listing)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT action, reason, moderator, ts_ns FROM market_moderation WHERE listing = ? ORDER BY id"), {listing});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next())
        out.append(QJsonObject{{QStringLiteral("action"), q->text(0)}, {QStringLiteral("reason"), q->text(1)},
                               {QStringLiteral("moderator"), principalOf(q->blob(2)).toText()}, {QStringLiteral("timestamp_ns"), QString::number(q->int64(3))}});
    return out;
}

Result<QJsonArray> MarketStore::tokenHistory(const ListingRow &current, int limit)
{
    static const QString sql = kListingColumns + QStringLiteral("WHERE l.collection = ? AND l.token_id = ? AND l.id < ? ORDER BY l.id DESC LIMIT ?");
    auto q = Database::exec(m_db, sql, {current.collection, current.tokenId, current.id, limit});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next()) {
        const ListingRow l = listingFromRow(*q);
        QJsonObject row{{QStringLiteral("listing_id"), l.id},
                        {QStringLiteral("seller"), l.seller.owner().toText()},
                        {QStringLiteral("asset"), l.asset},
                        {QStringLiteral("price"), nat128ToString(l.price)},
                        {QStringLiteral("price_text"), formatAmount(l.price, l.decimals)},
                        {QStringLiteral("status"), market::listingStatusName(l.status)},
                        {QStringLiteral("created_ns"), QString::number(l.createdNs)}};
        if (l.closedNs)
            row.insert(QStringLiteral("closed_ns"), QString::number(*l.closedNs));
        if (l.buyer)
            row.insert(QStringLiteral("buyer"), l.buyer->toText());
        out.append(row);
    }
    return out;
}

Result<FeeConfig> MarketStore::fees()
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT value, version FROM config WHERE key = 'market.fees'"));
    if (!q)
        return q.error();
    if (!q->next()) {
        static const FeeConfig defaults{market::FeeSchedule::defaults(), 0};
        return defaults;
    }
    // Every listing and sale reads the schedule: the last one parsed on this thread is kept with
    // the stored text it came from, and reused while that text and its version are unchanged.
    struct Parsed {
        QString text;
        FeeConfig config;
    };
    thread_local std::optional<Parsed> last;
    const QString text = q->text(0);
    const qint64 version = q->int64(1);
    if (last && last->config.version == version && last->text == text)
        return last->config;
    auto json = jsonFromText(text);
    if (!json)
        return json.error();
    auto s = market::FeeSchedule::fromJson(json->toObject());
    if (!s)
        return Error::make(ErrorCode::Internal, QStringLiteral("The stored fee schedule is invalid: %1").arg(s.error().message),
                           QStringLiteral("Set it again with market.set_fees."));
    last = Parsed{text, FeeConfig{*s, version}};
    return last->config;
}

} // namespace nexus
