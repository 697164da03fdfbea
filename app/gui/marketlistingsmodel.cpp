#include "marketlistingsmodel.h"

#include "format.h"
#include "session.h"
#include "throttle.h"

#include "amount.h"
#include "value.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>

namespace nexus {

namespace {

constexpr int kPage = 60;

} // namespace

int listingHue(const QString &collection, qint64 tokenId)
{
    const QByteArray key = (collection + QLatin1Char('#') + QString::number(tokenId)).toUtf8();
    const QByteArray h = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return (quint8(h[0]) << 8 | quint8(h[1])) % 360;
}

MarketListingsModel::MarketListingsModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_error(new ErrorInfo(this)),
      m_restart(new Throttle(150, [this] { load(true); }, this))
{
}

int MarketListingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MarketListingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &l = m_rows.at(index.row());
    auto s = [&](const char *key) { return l.value(QLatin1String(key)).toString(); };
    switch (role) {
    case ListingIdRole: return l.value(QStringLiteral("listing_id")).toInteger();
    case TitleRole: return s("title");
    case DescriptionRole: return s("description");
    case CollectionRole: return s("collection");
    case TokenIdRole: return l.value(QStringLiteral("token_id")).toInteger();
    case AssetRole: return s("asset");
    case PriceRole: return s("price");
    case PriceTextRole: return s("price_text");
    case SellerRole: return s("seller");
    case SellerShortRole: return fmt::shortPrincipal(s("seller"));
    case CreatorRole: return s("creator");
    case StatusRole: return s("status");
    case HiddenRole: return l.value(QStringLiteral("hidden")).toBool();
    case ViewsRole: return l.value(QStringLiteral("views")).toInteger();
    case TagsRole: return fmt::stringList(l.value(QStringLiteral("tags"))).join(QStringLiteral(", "));
    case CreatedRole: return fmt::timeFromNsText(s("created_ns"));
    case MineRole: return s("seller") == m_session.activePrincipal();
    case HueRole: return listingHue(s("collection"), l.value(QStringLiteral("token_id")).toInteger());
    }
    return {};
}

QHash<int, QByteArray> MarketListingsModel::roleNames() const
{
    return {{ListingIdRole, "listingId"}, {TitleRole, "title"}, {DescriptionRole, "description"},
            {CollectionRole, "collection"}, {TokenIdRole, "tokenId"}, {AssetRole, "asset"}, {PriceRole, "price"},
            {PriceTextRole, "priceText"}, {SellerRole, "seller"}, {SellerShortRole, "sellerShort"}, {CreatorRole, "creator"},
            {StatusRole, "status"}, {HiddenRole, "hidden"}, {ViewsRole, "views"}, {TagsRole, "tags"},
            {CreatedRole, "created"}, {MineRole, "mine"}, {HueRole, "hue"}};
}

bool MarketListingsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && (!m_started || !m_cursor.isEmpty());
}

void MarketListingsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(!m_started);
}

void MarketListingsModel::setIncludeHidden(bool v)
{
    if (v == m_includeHidden)
        return;
    m_includeHidden = v;
    Q_EMIT filterChanged();
    m_restart->poke();
}

void MarketListingsModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filterChanged();
    m_restart->poke();
}

void MarketListingsModel::clearFilters()
{
    m_query.clear();
    m_collection.clear();
    m_asset.clear();
    m_priceMin.clear();
    m_priceMax.clear();
    m_status = QStringLiteral("active");
    m_sort = QStringLiteral("newest");
    Q_EMIT filterChanged();
    m_restart->poke();
}

QJsonObject MarketListingsModel::searchArgs(QString *error) const
{
    QJsonObject args{{QStringLiteral("limit"), kPage}, {QStringLiteral("sort"), m_sort}, {QStringLiteral("status"), m_status}};
    auto put = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            args.insert(QLatin1String(key), v);
    };
    put("q", m_query);
    put("collection", m_collection);
    put("asset", m_asset);
    put("seller", m_seller);
    if (m_includeHidden)
        args.insert(QStringLiteral("include_hidden"), true);
    if (!m_priceMin.isEmpty() || !m_priceMax.isEmpty()) {
        if (m_asset.isEmpty()) {
            *error = tr("Choose an asset to filter by price: prices in different assets do not compare.");
            return {};
        }
        const int decimals = m_decimals.value(m_asset, -1);
        if (decimals < 0) {
            *error = tr("Unknown asset %1.").arg(m_asset);
            return {};
        }
        for (const auto &[key, text] : {std::pair{"price_min", m_priceMin}, std::pair{"price_max", m_priceMax}}) {
            if (text.isEmpty())
                continue;
            auto units = parseAmount(text, decimals);
            if (!units) {
                *error = tr("Price %1: %2").arg(text, units.error().message);
                return {};
            }
            args.insert(QLatin1String(key), nat128ToString(*units));
        }
    }
    return args;
}

void MarketListingsModel::refresh()
{
    m_restart->cancel();
    load(true);
}

void MarketListingsModel::load(bool first)
{
    if (!m_session.hasCaller())
        return;
    QString error;
    QJsonObject args = searchArgs(&error);
    if (first) {
        m_restart->cancel();
        ++m_generation;
        // Started and loading before the reset: views ask for more on a reset (canFetchMore).
        m_started = true;
        m_loading = error.isEmpty();
        beginResetModel();
        m_rows.clear();
        m_cursor.clear();
        endResetModel();
        if (error != m_filterError) {
            m_filterError = error;
            Q_EMIT filterChanged();
        }
    }
    if (!error.isEmpty()) {
        m_loading = false;
        Q_EMIT loadingChanged();
        return;
    }
    if (!first)
        args.insert(QStringLiteral("cursor"), m_cursor);
    m_loading = true;
    Q_EMIT loadingChanged();
    const quint64 gen = m_generation;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_session.call(this, QStringLiteral("market.search"), args, [this, gen, first, timer](const Result<QJsonValue> &r) {
        if (gen != m_generation)
            return; // a newer search started
        m_loading = false;
        if (first)
            m_searchMs = timer->elapsed();
        if (!r) {
            m_cursor.clear();
            m_error->set(tr("Search failed"), r.error());
            Q_EMIT loadingChanged();
            return;
        }
        m_error->clear();
        const QJsonObject page = r->toObject();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        m_cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
            for (const QJsonValue &v : items)
                m_rows << v.toObject();
            endInsertRows();
        }
        Q_EMIT loadingChanged();
    });
}

QVariantMap MarketListingsModel::get(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).toVariantMap();
}

int MarketListingsModel::rowOf(qint64 listingId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QStringLiteral("listing_id")).toInteger() == listingId)
            return i;
    return -1;
}

} // namespace nexus
