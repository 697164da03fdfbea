#pragma once
// The pure part of a market.search call (marketsearch.cpp runs it): the FTS5 MATCH expression
// (the user's words restricted to the text columns, plus the selective filters as facet terms),
// the sort, and the keyset cursor of the next page.
//
// Two ways to run it (backend_embedded/services/marketsearch.cpp):
//  - full text (words, or a collection / seller / creator filter):
//    market_search MATCH <expression> joined to the listings; newest first walks the FTS index
//    backwards by rowid and stops after a page; other sorts order the matches. Asset, status,
//    hidden and price are checked on the joined rows.
//  - index (neither): the listings' primary key walked backwards (newest), or the (status,
//    hidden, asset, price, id) or (status, hidden, views, id) index gives the order; other
//    filters are checked on the rows it visits.

#include "result.h"
#include "value.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace nexus::marketquery {

enum class Sort { Newest, PriceAsc, PriceDesc, MostViewed };
std::optional<Sort> sortFromName(const QString &name); // "newest", "price_asc", "price_desc", "most_viewed"

// The user's words as FTS5 terms: letters and digits only, each a quoted term; a trailing '*'
// keeps a prefix search. Empty when no word is left.
QStringList textTerms(const QString &query);
// "{title description tags collection_text} : (t1 t2) AND facets : (f1 f2)", either part
// optional; empty when both are.
QString matchExpression(const QStringList &terms, const QStringList &facets);

// Where the next page starts: after (key, id) in the sort order.
struct Cursor {
    Sort sort = Sort::Newest;
    qint64 id = 0;
    Nat128 price = 0;
    qint64 views = 0;
    QString toText() const;                            // "n.<id>", "p.<hex price>.<id>", "v.<views>.<id>"
    static Result<Cursor> fromText(const QString &text, Sort sort); // must belong to the same sort
};

} // namespace nexus::marketquery
