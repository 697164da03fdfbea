#include "marketcontroller.h"

#include "amountfield.h"
#include "demoseeding.h"
#include "format.h"
#include "gateway/gateway.h"
#include "session.h"
#include "throttle.h"

#include "amount.h"
#include "value.h"

#include <QSet>

#include <QJsonArray>

namespace nexus {

namespace {

Nat128 unitsOf(const QJsonValue &v)
{
    Nat128 n = 0;
    return nat128FromString(v.toString(), &n) ? n : 0;
}

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// An ICRC-3 Value in its JSON form ({"Text": …}, {"Nat": …}, …) as one line of text.
QString valueText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return v.toVariant().toString();
    const QString kind = o.keys().constFirst();
    const QJsonValue inner = o.value(kind);
    if (kind == QLatin1String("Array")) {
        QStringList parts;
        for (const QJsonValue &e : inner.toArray())
            parts << valueText(e);
        return parts.join(QStringLiteral(", "));
    }
    if (kind == QLatin1String("Map"))
        return QObject::tr("%n field(s)", "", int(inner.toArray().size()));
    if (kind == QLatin1String("Blob"))
        return QObject::tr("%n byte(s)", "", int(inner.toString().size() / 2));
    return inner.toVariant().toString();
}

struct Detail {
    QVariantMap map;
    std::optional<Error> error;
};

// Everything the detail pane shows for one listing; counts a view when the caller is not the seller.
Detail fetchDetail(Gateway &gw, const CallContext &ctx, qint64 id, const QString &me, bool countView)
{
    Detail d;
    auto listing = gw.callBlocking(ctx, QStringLiteral("market.get_listing"), {{QStringLiteral("listing_id"), id}});
    if (!listing) {
        d.error = listing.error();
        return d;
    }
    QJsonObject l = listing->toObject();
    const bool mine = s(l, "seller") == me;
    if (countView && !mine && s(l, "status") == QLatin1String("active"))
        if (auto viewed = gw.callBlocking(ctx, QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), id}}))
            l.insert(QStringLiteral("views"), l.value(QStringLiteral("views")).toInteger() + 1);
    QVariantMap m = l.toVariantMap();
    m.insert(QStringLiteral("mine"), mine);
    m.insert(QStringLiteral("hue"), listingHue(s(l, "collection"), l.value(QStringLiteral("token_id")).toInteger()));
    m.insert(QStringLiteral("sellerShort"), fmt::shortPrincipal(s(l, "seller")));
    m.insert(QStringLiteral("creatorShort"), fmt::shortPrincipal(s(l, "creator")));
    m.insert(QStringLiteral("created"), fmt::timeFromNsText(s(l, "created_ns")));
    m.insert(QStringLiteral("tagsText"), fmt::stringList(l.value(QStringLiteral("tags"))).join(QStringLiteral(", ")));
    // The token's own metadata (ICRC-7 Values): name, image, rarity, …
    QVariantList metadata;
    auto meta = gw.callBlocking(ctx, QStringLiteral("nft.token_metadata"),
                                {{QStringLiteral("collection"), s(l, "collection")}, {QStringLiteral("token_ids"), QJsonArray{l.value(QStringLiteral("token_id"))}}});
    if (meta)
        for (const QJsonValue &e : meta->toObject().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("Map")).toArray())
            metadata << QVariantMap{{QStringLiteral("key"), e.toArray().at(0).toString()}, {QStringLiteral("value"), valueText(e.toArray().at(1))}};
    m.insert(QStringLiteral("metadata"), metadata);
    // The price in fiat from the oracle, or why there is none (stale, breaker tripped).
    auto fiat = gw.callBlocking(ctx, QStringLiteral("oracle.get_conversion_amount"),
                                {{QStringLiteral("amount"), s(l, "price")}, {QStringLiteral("from"), s(l, "asset")}, {QStringLiteral("to"), QStringLiteral("USD")}});
    m.insert(QStringLiteral("fiatText"), fiat ? QObject::tr("≈ %1 USD").arg(s(fiat->toObject(), "amount_text")) : QString());
    m.insert(QStringLiteral("fiatNote"), fiat ? QString() : fiat.error().message);
    QVariantList history;
    for (const QJsonValue &v : l.value(QStringLiteral("token_history")).toArray()) {
        const QJsonObject h = v.toObject();
        const QString status = s(h, "status");
        QString text = status == QLatin1String("sold")
            ? QObject::tr("Sold for %1 %2 to %3").arg(s(h, "price_text"), s(h, "asset"), fmt::shortPrincipal(s(h, "buyer")))
            : status == QLatin1String("cancelled")
            ? QObject::tr("Listed for %1 %2 by %3, cancelled").arg(s(h, "price_text"), s(h, "asset"), fmt::shortPrincipal(s(h, "seller")))
            : QObject::tr("Listed for %1 %2 by %3").arg(s(h, "price_text"), s(h, "asset"), fmt::shortPrincipal(s(h, "seller")));
        history << QVariantMap{{QStringLiteral("text"), text}, {QStringLiteral("status"), status},
                               {QStringLiteral("when"), fmt::timeFromNsText(h.contains(QStringLiteral("closed_ns")) ? s(h, "closed_ns") : s(h, "created_ns"))}};
    }
    m.insert(QStringLiteral("history"), history);
    QVariantList moderation;
    for (const QJsonValue &v : l.value(QStringLiteral("moderation")).toArray()) {
        const QJsonObject e = v.toObject();
        moderation << QVariantMap{{QStringLiteral("action"), s(e, "action")}, {QStringLiteral("reason"), s(e, "reason")},
                                  {QStringLiteral("moderatorShort"), fmt::shortPrincipal(s(e, "moderator"))},
                                  {QStringLiteral("when"), fmt::timeFromNsText(s(e, "timestamp_ns"))}};
    }
    m.insert(QStringLiteral("moderation"), moderation);
    d.map = m;
    return d;
}

// The buyer's side of a purchase: price, ledger fees, balance before and after.
QVariantMap loadBuyReview(Gateway &gw, const CallContext &ctx, qint64 id, const QString &me)
{
    auto fail = [](const QString &message, const QString &hint = {}) {
        return QVariantMap{{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}, {QStringLiteral("hint"), hint}};
    };
    auto listing = gw.callBlocking(ctx, QStringLiteral("market.get_listing"), {{QStringLiteral("listing_id"), id}});
    if (!listing)
        return fail(listing.error().message, listing.error().hint);
    const QJsonObject l = listing->toObject();
    if (s(l, "seller") == me)
        return fail(QObject::tr("This is your own listing."), QObject::tr("Cancel it under My listings if you want the token back."));
    if (s(l, "status") != QLatin1String("active") || l.value(QStringLiteral("hidden")).toBool())
        return fail(QObject::tr("This listing is no longer for sale."), QObject::tr("Search again for another one."));
    const QString asset = s(l, "asset");
    auto balance = gw.callBlocking(ctx, QStringLiteral("ledger.balance_of"), {{QStringLiteral("asset"), asset}});
    auto assets = gw.callBlocking(ctx, QStringLiteral("ledger.assets"), {});
    if (!balance || !assets)
        return fail(QObject::tr("Your balance could not be read."), (!balance ? balance.error() : assets.error()).message);
    Nat128 fee = 0;
    int decimals = 0;
    for (const QJsonValue &a : assets->toObject().value(QStringLiteral("items")).toArray())
        if (s(a.toObject(), "symbol") == asset) {
            fee = unitsOf(a.toObject().value(QStringLiteral("fee")));
            decimals = a.toObject().value(QStringLiteral("decimals")).toInt();
        }
    const Nat128 price = unitsOf(l.value(QStringLiteral("price")));
    const Nat128 have = unitsOf(balance->toObject().value(QStringLiteral("balance")));
    // Direct: two ledger transfers (seller, treasury). By allowance: one approve, then the two transfer_from.
    const Nat128 direct = price + 2 * fee;
    const Nat128 allowance = price + 3 * fee;
    auto text = [&](Nat128 n) { return formatAmount(n, decimals); };
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("listingId"), id},
            {QStringLiteral("title"), s(l, "title")},
            {QStringLiteral("collection"), s(l, "collection")},
            {QStringLiteral("tokenId"), l.value(QStringLiteral("token_id")).toInteger()},
            {QStringLiteral("sellerShort"), fmt::shortPrincipal(s(l, "seller"))},
            {QStringLiteral("asset"), asset},
            {QStringLiteral("price"), s(l, "price")},
            {QStringLiteral("priceText"), s(l, "price_text")},
            {QStringLiteral("feeText"), text(fee)},
            {QStringLiteral("directTotalText"), text(direct)},
            {QStringLiteral("allowanceTotalText"), text(allowance)},
            {QStringLiteral("allowanceAmount"), nat128ToString(price + 2 * fee)},
            {QStringLiteral("balanceText"), text(have)},
            {QStringLiteral("directAfterText"), have >= direct ? text(have - direct) : QString()},
            {QStringLiteral("allowanceAfterText"), have >= allowance ? text(have - allowance) : QString()},
            {QStringLiteral("enoughDirect"), have >= direct},
            {QStringLiteral("enoughAllowance"), have >= allowance}};
}

} // namespace

MarketController::MarketController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_browse(new MarketListingsModel(session, this)),
      m_mine(new MarketListingsModel(session, this)), m_error(new ErrorInfo(this)),
      m_reload(new Throttle(400, [this] { reloadQuietly(); }, this))
{
    m_mine->setStatus(QStringLiteral("any"));
    m_mine->setIncludeHidden(true);
    connect(&session, &Session::callerChanged, this, [this] {
        m_mine->setSeller(m_session.activePrincipal());
        closeDetail();
        m_myTokens.clear();
        Q_EMIT myTokensChanged();
        refresh();
    });
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("market") || topic == QLatin1String("nft"))
            m_reload->poke();
    });
    if (DemoSeeding *seeding = session.seeding())
        connect(seeding, &DemoSeeding::completed, this, [this](bool ok) {
            if (ok)
                refresh(); // the results too: everything changed
        });
}

void MarketController::refresh()
{
    if (!m_session.hasCaller())
        return;
    m_mine->setSeller(m_session.activePrincipal());
    loadReference();
    m_browse->refresh();
    m_mine->refresh();
    if (m_browseStale) {
        m_browseStale = false;
        Q_EMIT browseStaleChanged();
    }
    if (m_detailId > 0)
        loadDetail(false);
}

void MarketController::reloadQuietly()
{
    if (!m_session.hasCaller())
        return;
    loadReference();
    m_mine->refresh();
    if (m_detailId > 0)
        loadDetail(false);
    if (!m_browseStale && m_browse->count() > 0) {
        m_browseStale = true;
        Q_EMIT browseStaleChanged();
    } else if (m_browse->count() == 0) {
        m_browse->refresh();
    }
}

void MarketController::loadReference()
{
    m_session.call(this, QStringLiteral("ledger.assets"), {}, [this](const Result<QJsonValue> &r) {
        if (!r)
            return;
        m_assets.clear();
        m_decimals.clear();
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject a = v.toObject();
            m_decimals.insert(s(a, "symbol"), a.value(QStringLiteral("decimals")).toInt());
            m_assets << QVariantMap{{QStringLiteral("symbol"), s(a, "symbol")}, {QStringLiteral("feeText"), s(a, "fee_text")}};
        }
        m_browse->setDecimals(m_decimals);
        m_mine->setDecimals(m_decimals);
        Q_EMIT collectionsChanged();
    });
    m_session.call(this, QStringLiteral("nft.collections"), {{QStringLiteral("limit"), 200}}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_error->set(tr("Could not load the collections"), r.error());
            return;
        }
        m_collections.clear();
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject c = v.toObject();
            QVariantMap m = c.toVariantMap();
            m.remove(QStringLiteral("metadata"));
            const QString creatorName = m_session.identityName(s(c, "creator"));
            m.insert(QStringLiteral("creatorShort"), creatorName.isEmpty() ? fmt::shortPrincipal(s(c, "creator")) : creatorName);
            m.insert(QStringLiteral("created"), fmt::timeFromNsText(s(c, "created_ns")));
            m_collections << m;
        }
        Q_EMIT collectionsChanged();
    });
}

QVariantList MarketController::collectionOptions() const
{
    QVariantList out{QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), tr("All collections")}}};
    for (const QVariant &c : m_collections)
        out << QVariantMap{{QStringLiteral("value"), c.toMap().value(QStringLiteral("collection"))},
                           {QStringLiteral("text"), c.toMap().value(QStringLiteral("name"))}};
    return out;
}

QVariantList MarketController::assetChoices() const
{
    QVariantList out;
    for (const QVariant &a : m_assets)
        out << QVariantMap{{QStringLiteral("value"), a.toMap().value(QStringLiteral("symbol"))}, {QStringLiteral("text"), a.toMap().value(QStringLiteral("symbol"))}};
    return out;
}

QVariantList MarketController::assetOptions() const
{
    return QVariantList{QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), tr("Any asset")}}} + assetChoices();
}

QVariantList MarketController::sortOptions() const
{
    auto o = [](const QString &v, const QString &t) { return QVariantMap{{QStringLiteral("value"), v}, {QStringLiteral("text"), t}}; };
    return {o(QStringLiteral("newest"), tr("Newest first")), o(QStringLiteral("price_asc"), tr("Price: low to high")),
            o(QStringLiteral("price_desc"), tr("Price: high to low")), o(QStringLiteral("most_viewed"), tr("Most viewed"))};
}

QVariantList MarketController::statusOptions() const
{
    auto o = [](const QString &v, const QString &t) { return QVariantMap{{QStringLiteral("value"), v}, {QStringLiteral("text"), t}}; };
    return {o(QStringLiteral("active"), tr("For sale")), o(QStringLiteral("sold"), tr("Sold")),
            o(QStringLiteral("cancelled"), tr("Cancelled")), o(QStringLiteral("any"), tr("Any status"))};
}

void MarketController::openListing(qint64 listingId)
{
    if (listingId != m_detailId) {
        m_detail.clear();
        m_detailId = listingId;
    }
    loadDetail(true);
}

void MarketController::loadDetail(bool countView)
{
    const quint64 gen = ++m_detailGeneration;
    m_detailLoading = true;
    Q_EMIT detailChanged();
    auto future = m_session.runAsync<Detail>([listingId = m_detailId, countView, me = m_session.activePrincipal()](Gateway &gw, const CallContext &ctx) {
        return fetchDetail(gw, ctx, listingId, me, countView);
    });
    whenReady(future, this, [this, gen](const Detail &d) {
        if (gen != m_detailGeneration)
            return;
        m_detailLoading = false;
        if (d.error) {
            m_error->set(tr("Could not open the listing"), *d.error);
            m_detail.clear();
            m_detailId = 0;
        } else {
            m_detail = d.map;
        }
        Q_EMIT detailChanged();
    });
}

void MarketController::closeDetail()
{
    ++m_detailGeneration;
    m_detailId = 0;
    m_detail.clear();
    m_detailLoading = false;
    Q_EMIT detailChanged();
}

QVariantMap MarketController::checkPrice(const QString &text, const QString &asset) const
{
    const int decimals = m_decimals.value(asset, -1);
    const auto n = amountfield::parse(text, decimals, tr("Enter a price above zero."));
    return n.units ? amountfield::accept(*n.units, decimals) : n.refusal;
}

void MarketController::reviewBuy(qint64 listingId)
{
    auto future = m_session.runAsync<QVariantMap>([listingId, me = m_session.activePrincipal()](Gateway &gw, const CallContext &ctx) {
        return loadBuyReview(gw, ctx, listingId, me);
    });
    whenReady(future, this, [this](const QVariantMap &review) { Q_EMIT buyReviewReady(review); });
}

void MarketController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void MarketController::buy(qint64 listingId, const QString &payment, const QString &expectedPrice)
{
    if (m_busy)
        return;
    setBusy(true);
    struct Outcome {
        bool ok = false;
        QString message, hint;
    };
    // By allowance the app first approves the marketplace's spender account for the price and the
    // two ledger fees; the purchase then collects it. A refused purchase leaves that approval,
    // which the Wallets panel can revoke.
    auto future = m_session.runAsync<Outcome>([listingId, payment, expectedPrice](Gateway &gw, const CallContext &ctx) {
        Outcome o;
        auto listing = gw.callBlocking(ctx, QStringLiteral("market.get_listing"), {{QStringLiteral("listing_id"), listingId}});
        if (!listing) {
            o.message = listing.error().message;
            o.hint = listing.error().hint;
            return o;
        }
        const QJsonObject l = listing->toObject();
        if (payment == QLatin1String("allowance")) {
            auto fees = gw.callBlocking(ctx, QStringLiteral("market.fees"), {});
            auto assets = gw.callBlocking(ctx, QStringLiteral("ledger.assets"), {});
            Nat128 fee = 0;
            if (assets)
                for (const QJsonValue &a : assets->toObject().value(QStringLiteral("items")).toArray())
                    if (s(a.toObject(), "symbol") == s(l, "asset"))
                        fee = unitsOf(a.toObject().value(QStringLiteral("fee")));
            if (!fees) {
                o.message = fees.error().message;
                return o;
            }
            auto approved = gw.callBlocking(ctx, QStringLiteral("ledger.approve"),
                                            {{QStringLiteral("asset"), s(l, "asset")}, {QStringLiteral("spender"), s(fees->toObject(), "spender")},
                                             {QStringLiteral("amount"), nat128ToString(unitsOf(QJsonValue(expectedPrice)) + 2 * fee)}});
            if (!approved) {
                o.message = QObject::tr("The approval for the marketplace was refused: %1").arg(approved.error().message);
                o.hint = approved.error().hint;
                return o;
            }
        }
        auto sale = gw.callBlocking(ctx, QStringLiteral("market.buy"),
                                    {{QStringLiteral("listing_id"), listingId}, {QStringLiteral("payment"), payment},
                                     {QStringLiteral("expected_price"), expectedPrice}});
        if (!sale) {
            o.message = sale.error().message;
            o.hint = sale.error().hint;
            return o;
        }
        o.ok = true;
        o.message = QObject::tr("You own “%1” now (payment block %2).")
                        .arg(s(l, "title")).arg(sale->toObject().value(QStringLiteral("payment_block")).toInteger());
        return o;
    });
    whenReady(future, this, [this](const Outcome &o) {
        setBusy(false);
        Q_EMIT buyFinished(o.ok, o.message, o.hint);
        if (o.ok) {
            m_session.notify(o.message);
            refresh(); // the bought listing leaves the results
        }
    });
}

void MarketController::quoteFees(const QString &asset, const QString &priceText)
{
    const QVariantMap price = checkPrice(priceText, asset);
    if (!price.value(QStringLiteral("ok")).toBool()) {
        Q_EMIT feesQuoted({{QStringLiteral("ok"), false}, {QStringLiteral("message"), price.value(QStringLiteral("message"))}});
        return;
    }
    const int decimals = m_decimals.value(asset);
    m_session.call(this, QStringLiteral("market.fee_quote"), {{QStringLiteral("asset"), asset}, {QStringLiteral("price"), price.value(QStringLiteral("units")).toString()}},
                   [this, decimals, asset, priceText](const Result<QJsonValue> &r) {
        if (!r) {
            Q_EMIT feesQuoted({{QStringLiteral("ok"), false}, {QStringLiteral("message"), r.error().message}});
            return;
        }
        const QJsonObject q = r->toObject();
        auto text = [&](const char *key) { return formatAmount(unitsOf(q.value(QLatin1String(key))), decimals); };
        Q_EMIT feesQuoted({{QStringLiteral("ok"), true}, {QStringLiteral("asset"), asset}, {QStringLiteral("priceText"), priceText},
                           {QStringLiteral("listingFeeText"), text("listing_fee")}, {QStringLiteral("saleFeeText"), text("sale_fee")},
                           {QStringLiteral("receivesText"), text("seller_receives")},
                           {QStringLiteral("listingBps"), q.value(QStringLiteral("listing_bps")).toInt()},
                           {QStringLiteral("saleBps"), q.value(QStringLiteral("sale_bps")).toInt()},
                           {QStringLiteral("discountBps"), q.value(QStringLiteral("discount_bps")).toInt()}});
    });
}

void MarketController::loadMyTokens()
{
    // Every collection's tokens held by the caller's default account, less those listed now.
    auto future = m_session.runAsync<QVariantList>([](Gateway &gw, const CallContext &ctx) {
        QVariantList out;
        auto collections = gw.callBlocking(ctx, QStringLiteral("nft.collections"), {{QStringLiteral("limit"), 200}});
        if (!collections)
            return out;
        // The caller's active listings (pages of 100) lock their tokens.
        QSet<QString> locked;
        QString cursor;
        for (int page = 0; page < 50; ++page) {
            QJsonObject args{{QStringLiteral("seller"), ctx.caller.toText()}, {QStringLiteral("limit"), 100}, {QStringLiteral("include_hidden"), true}};
            if (!cursor.isEmpty())
                args.insert(QStringLiteral("cursor"), cursor);
            auto listed = gw.callBlocking(ctx, QStringLiteral("market.search"), args);
            if (!listed)
                break;
            for (const QJsonValue &v : listed->toObject().value(QStringLiteral("items")).toArray())
                locked.insert(s(v.toObject(), "collection") + QLatin1Char('#') + QString::number(v.toObject().value(QStringLiteral("token_id")).toInteger()));
            cursor = listed->toObject().value(QStringLiteral("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        for (const QJsonValue &cv : collections->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject c = cv.toObject();
            auto tokens = gw.callBlocking(ctx, QStringLiteral("nft.tokens_of"), {{QStringLiteral("collection"), s(c, "collection")}, {QStringLiteral("take"), 100}});
            if (!tokens)
                continue;
            QJsonArray ids;
            for (const QJsonValue &t : tokens->toObject().value(QStringLiteral("items")).toArray())
                if (!locked.contains(s(c, "collection") + QLatin1Char('#') + QString::number(t.toInteger())))
                    ids.append(t);
            if (ids.isEmpty())
                continue;
            auto meta = gw.callBlocking(ctx, QStringLiteral("nft.token_metadata"), {{QStringLiteral("collection"), s(c, "collection")}, {QStringLiteral("token_ids"), ids}});
            for (qsizetype i = 0; i < ids.size(); ++i) {
                QString name;
                if (meta)
                    for (const QJsonValue &e : meta->toObject().value(QStringLiteral("items")).toArray().at(i).toObject().value(QStringLiteral("Map")).toArray())
                        if (e.toArray().at(0).toString() == QLatin1String("name"))
                            name = valueText(e.toArray().at(1));
                const qint64 id = ids.at(i).toInteger();
                out << QVariantMap{{QStringLiteral("value"), s(c, "collection") + QLatin1Char('#') + QString::number(id)},
                                   {QStringLiteral("text"), QObject::tr("%1 — %2 #%3").arg(name.isEmpty() ? QObject::tr("Token") : name, s(c, "name")).arg(id)},
                                   {QStringLiteral("collection"), s(c, "collection")},
                                   {QStringLiteral("tokenId"), id},
                                   {QStringLiteral("name"), name}};
            }
        }
        return out;
    });
    whenReady(future, this, [this](const QVariantList &tokens) {
        m_myTokens = tokens;
        Q_EMIT myTokensChanged();
    });
}

void MarketController::finishAction(const QString &action, const Result<QJsonValue> &r, const QString &done)
{
    setBusy(false);
    if (!r) {
        // The create dialog shows its own refusals; the others surface in the panel's banner.
        if (action == QLatin1String("price"))
            m_error->set(tr("The price was not changed"), r.error());
        else if (action == QLatin1String("cancel"))
            m_error->set(tr("The listing was not cancelled"), r.error());
        else if (action == QLatin1String("moderate"))
            m_error->set(tr("The listing's visibility was not changed"), r.error());
        Q_EMIT actionFinished(action, false, r.error().message, r.error().hint);
        return;
    }
    m_error->clear();
    Q_EMIT actionFinished(action, true, done, {});
    m_session.notify(done);
    refresh();
}

void MarketController::createListing(const QString &collection, qint64 tokenId, const QString &asset, const QString &priceText,
                                     const QString &title, const QString &description, const QString &tagsText)
{
    const QVariantMap price = checkPrice(priceText, asset);
    if (!price.value(QStringLiteral("ok")).toBool()) {
        Q_EMIT actionFinished(QStringLiteral("create"), false, tr("The listing was not created."), price.value(QStringLiteral("message")).toString());
        return;
    }
    QJsonArray tags;
    for (const QString &t : tagsText.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    QJsonObject args{{QStringLiteral("collection"), collection}, {QStringLiteral("token_id"), tokenId}, {QStringLiteral("asset"), asset},
                     {QStringLiteral("price"), price.value(QStringLiteral("units")).toString()}, {QStringLiteral("tags"), tags}};
    if (!title.trimmed().isEmpty())
        args.insert(QStringLiteral("title"), title.trimmed());
    if (!description.trimmed().isEmpty())
        args.insert(QStringLiteral("description"), description.trimmed());
    setBusy(true);
    m_session.call(this, QStringLiteral("market.create_listing"), args, [this](const Result<QJsonValue> &r) {
        finishAction(QStringLiteral("create"), r, r ? tr("Listed as #%1.").arg(r->toObject().value(QStringLiteral("listing_id")).toInteger()) : QString());
        if (r)
            loadMyTokens();
    });
}

void MarketController::updatePrice(qint64 listingId, const QString &priceText, const QString &asset)
{
    const QVariantMap price = checkPrice(priceText, asset);
    if (!price.value(QStringLiteral("ok")).toBool()) {
        m_error->set(tr("The price was not changed"), price.value(QStringLiteral("message")).toString(), tr("Enter a price above zero, with at most %n decimal(s).", "", m_decimals.value(asset)));
        Q_EMIT actionFinished(QStringLiteral("price"), false, tr("The price was not changed."), price.value(QStringLiteral("message")).toString());
        return;
    }
    setBusy(true);
    m_session.call(this, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), listingId}, {QStringLiteral("price"), price.value(QStringLiteral("units")).toString()}},
                   [this, priceText, asset](const Result<QJsonValue> &r) {
        finishAction(QStringLiteral("price"), r, tr("The price is now %1 %2.").arg(priceText.trimmed(), asset));
    });
}

void MarketController::cancelListing(qint64 listingId)
{
    setBusy(true);
    m_session.call(this, QStringLiteral("market.cancel_listing"), {{QStringLiteral("listing_id"), listingId}}, [this, listingId](const Result<QJsonValue> &r) {
        finishAction(QStringLiteral("cancel"), r, tr("Listing #%1 cancelled; the token is yours to move again.").arg(listingId));
        if (r)
            loadMyTokens();
    });
}

void MarketController::setHidden(qint64 listingId, bool hidden, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT actionFinished(QStringLiteral("moderate"), false, tr("Give a reason."), tr("The seller sees it."));
        return;
    }
    setBusy(true);
    m_session.call(this, hidden ? QStringLiteral("market.hide_listing") : QStringLiteral("market.unhide_listing"),
                   {{QStringLiteral("listing_id"), listingId}, {QStringLiteral("reason"), reason.trimmed()}},
                   [this, listingId, hidden](const Result<QJsonValue> &r) {
        finishAction(QStringLiteral("moderate"), r, hidden ? tr("Listing #%1 hidden.").arg(listingId) : tr("Listing #%1 visible again.").arg(listingId));
    });
}

} // namespace nexus
