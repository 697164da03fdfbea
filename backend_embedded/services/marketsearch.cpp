// market.search: full text (SQLite FTS5) over title, description, tags and collection, filters,
// sorts and keyset paging. The plan is described in core/marketquery.h. The selective filters
// (collection, seller, creator) are facet terms in the FTS index, so words and those filters are
// one intersection of posting lists; asset, status, hidden and the price range are checked on the
// listing rows the walk visits.
#include "marketqueries.h"

#include "gateway/gateway.h"
#include "ledgerargs.h"
#include "ledgerrules.h"
#include "ledgerstore.h"
#include "marketquery.h"
#include "marketstore.h"
#include "methodtable.h"
#include "nftstore.h"
#include "servicesupport.h"
#include "storage/database.h"
#include "storage/dbthread.h"

#include <QThread>

namespace nexus::marketq {

namespace {

using marketquery::Cursor;
using marketquery::Sort;
using ledger::toBlob16;

struct Query {
    QStringList terms;
    QStringList facets;
    Sort sort = Sort::Newest;
    std::optional<Cursor> cursor;
    std::optional<Nat128> priceMin, priceMax;
    std::optional<market::ListingStatus> status; // none: any status
    bool includeHidden = false;
    std::optional<qint64> collection;
    QString asset;
    std::optional<Principal> seller, creator;
    int limit = 24;
};

Result<Query> parse(ExecContext &ctx, const QJsonObject &args)
{
    Query q;
    q.terms = marketquery::textTerms(args.value(QStringLiteral("q")).toString());
    q.sort = marketquery::sortFromName(args.value(QStringLiteral("sort")).toString(QStringLiteral("newest"))).value_or(Sort::Newest);
    q.limit = int(args.value(QStringLiteral("limit")).toInteger(24));
    if (args.contains(QStringLiteral("cursor"))) {
        NX_TRY(c, Cursor::fromText(args.value(QStringLiteral("cursor")).toString(), q.sort));
        q.cursor = *c;
    }
    const QString status = args.value(QStringLiteral("status")).toString(QStringLiteral("active"));
    if (status != QLatin1String("any"))
        q.status = market::listingStatusFromName(status);
    if (args.contains(QStringLiteral("collection"))) {
        NX_TRY(c, NftStore(ctx.db).collection(args.value(QStringLiteral("collection")).toString()));
        q.collection = c->id;
        q.facets << market::collectionFacet(c->id);
    }
    if (args.contains(QStringLiteral("asset"))) {
        NX_TRY(a, LedgerStore(ctx.db).asset(args.value(QStringLiteral("asset")).toString()));
        q.asset = a->symbol;
        for (auto [key, slot] : {std::pair{QStringLiteral("price_min"), &q.priceMin}, std::pair{QStringLiteral("price_max"), &q.priceMax}})
            if (args.contains(key)) {
                NX_TRY(v, ledgerargs::amount(args, key, *a));
                *slot = *v;
            }
    }
    const bool pricey = args.contains(QStringLiteral("price_min")) || args.contains(QStringLiteral("price_max"))
                        || q.sort == Sort::PriceAsc || q.sort == Sort::PriceDesc;
    if (pricey && q.asset.isEmpty())
        return svc::invalid(QStringLiteral("Prices in different assets do not compare: a price range or price sort needs an asset."),
                            QStringLiteral("Add \"asset\": \"ICP\" (or ckBTC, ckETH)."));
    if (args.contains(QStringLiteral("seller"))) {
        q.seller = svc::principalArg(ctx, args, QStringLiteral("seller"));
        q.facets << market::sellerFacet(*q.seller);
    }
    if (args.contains(QStringLiteral("creator"))) {
        q.creator = svc::principalArg(ctx, args, QStringLiteral("creator"));
        q.facets << market::creatorFacet(*q.creator);
    }
    // Hidden listings: moderators may ask for them; sellers always see their own.
    const bool ownListings = q.seller && *q.seller == ctx.call.caller;
    q.includeHidden = ownListings || (args.value(QStringLiteral("include_hidden")).toBool() && ctx.caller.holds(Permission::ModerateListings));
    return q;
}

// Conditions and parameters common to both plans: the row attributes, the price range and the
// keyset of the sort.
void addRowConditions(const Query &q, const QString &idColumn, QStringList &where, QVariantList &params)
{
    if (q.status) {
        where << QStringLiteral("l.status = ?");
        params << market::listingStatusName(*q.status);
    }
    if (!q.includeHidden)
        where << QStringLiteral("l.hidden = 0");
    if (!q.asset.isEmpty()) {
        where << QStringLiteral("l.asset = ?");
        params << q.asset;
    }
    if (q.priceMin) {
        where << QStringLiteral("l.price >= ?");
        params << toBlob16(*q.priceMin);
    }
    if (q.priceMax) {
        where << QStringLiteral("l.price <= ?");
        params << toBlob16(*q.priceMax);
    }
    if (!q.cursor)
        return;
    switch (q.sort) {
    case Sort::Newest:
        where << idColumn + QStringLiteral(" < ?");
        params << q.cursor->id;
        break;
    case Sort::PriceAsc:
        where << QStringLiteral("(l.price, l.id) > (?, ?)");
        params << toBlob16(q.cursor->price) << q.cursor->id;
        break;
    case Sort::PriceDesc:
        where << QStringLiteral("(l.price, l.id) < (?, ?)");
        params << toBlob16(q.cursor->price) << q.cursor->id;
        break;
    case Sort::MostViewed:
        where << QStringLiteral("(l.views, l.id) < (?, ?)");
        params << q.cursor->views << q.cursor->id;
        break;
    }
}

QString orderBy(Sort s, const QString &idColumn)
{
    switch (s) {
    case Sort::Newest: return QStringLiteral(" ORDER BY %1 DESC").arg(idColumn);
    case Sort::PriceAsc: return QStringLiteral(" ORDER BY l.price, l.id");
    case Sort::PriceDesc: return QStringLiteral(" ORDER BY l.price DESC, l.id DESC");
    case Sort::MostViewed: return QStringLiteral(" ORDER BY l.views DESC, l.id DESC");
    }
    return {};
}

// SQL and parameters of the full-text plan.
std::pair<QString, QVariantList> ftsPlan(const Query &q)
{
    const QString match = marketquery::matchExpression(q.terms, q.facets);
    // The listing columns, read through the FTS table. CROSS JOIN keeps it the outer loop: left
    // to itself (no ANALYZE statistics) the planner may start from a listings index and run the
    // MATCH once per row, hundreds of times slower.
    QString sql = MarketStore::listingColumns();
    sql.replace(QStringLiteral("FROM market_listings l"), QStringLiteral("FROM market_search f CROSS JOIN market_listings l ON l.id = f.rowid"));
    QStringList where{QStringLiteral("market_search MATCH ?")};
    QVariantList params{match};
    addRowConditions(q, QStringLiteral("f.rowid"), where, params);
    sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + orderBy(q.sort, QStringLiteral("f.rowid")) + QStringLiteral(" LIMIT ?");
    params << q.limit + 1;
    return {sql, params};
}

// SQL and parameters of the index plan (no words and no selective filter).
std::pair<QString, QVariantList> indexPlan(const Query &q)
{
    QStringList where;
    QVariantList params;
    addRowConditions(q, QStringLiteral("l.id"), where, params);
    if (q.collection) {
        where << QStringLiteral("l.collection = ?");
        params << *q.collection;
    }
    if (q.seller) {
        where << QStringLiteral("l.seller = ?");
        params << q.seller->bytes();
    }
    if (q.creator) {
        where << QStringLiteral("l.creator = ?");
        params << q.creator->bytes();
    }
    QString sql = MarketStore::listingColumns();
    // Newest first walks the table backwards by id; an index on status or asset would make the
    // planner collect and sort every matching row instead.
    if (q.sort == Sort::Newest)
        sql.replace(QStringLiteral("FROM market_listings l"), QStringLiteral("FROM market_listings l NOT INDEXED"));
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += orderBy(q.sort, QStringLiteral("l.id")) + QStringLiteral(" LIMIT ?");
    params << q.limit + 1;
    return {sql, params};
}

// New listings wait to join the full-text index in batches (MarketStore::kSearchBatch); before a
// full-text search the writer indexes any that wait, so the search finds every listing. On the
// writer itself (a search inside a change) that happens in the open transaction.
Status indexWaitingListings(ExecContext &ctx)
{
    NX_TRY(waiting, MarketStore(ctx.db).listingsWaitForIndex());
    if (!*waiting)
        return {};
    DbThread *writer = ctx.gateway.writer();
    if (QThread::currentThread() == writer)
        return MarketStore(ctx.db).indexWaitingListings();
    return writer->runBlocking<Status>([](QSqlDatabase &db) { return MarketStore(db).indexWaitingListingsInTransaction(); });
}

} // namespace

Result<QJsonValue> search(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(q, parse(ctx, args));
    // Words or a selective filter (collection, seller, creator): the FTS index narrows the rows.
    const bool fullText = !q->terms.isEmpty() || !q->facets.isEmpty();
    if (fullText)
        if (auto st = indexWaitingListings(ctx); !st)
            return st.error();
    const auto [sql, params] = fullText ? ftsPlan(*q) : indexPlan(*q);
    NX_TRY(rows, Database::execList(ctx.db, sql, params));
    QJsonArray items;
    std::optional<ListingRow> last;
    bool more = false;
    while (rows->next()) {
        if (items.size() == q->limit) {
            more = true;
            break;
        }
        last = MarketStore::listingFromRow(*rows);
        items.append(last->toJson());
    }
    rows->finish();
    QJsonObject out{{QStringLiteral("items"), items}, {QStringLiteral("plan"), fullText ? QStringLiteral("full_text") : QStringLiteral("index")}};
    if (more && last) {
        Cursor c;
        c.sort = q->sort;
        c.id = last->id;
        c.price = last->price;
        c.views = last->views;
        out.insert(QStringLiteral("next_cursor"), c.toText());
    }
    return out;
}

} // namespace nexus::marketq
