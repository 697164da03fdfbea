#pragma once
// Marketplace listings as the views scroll: market.search pages of 60 rows by keyset cursor, so
// 100,000+ listings never load at once. Text and filters (collection, asset, price range, status,
// seller, hidden) and the sort are properties; a change starts a new search after a short pause
// (typing), and answers to an older search are dropped.

#include "errorinfo.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

// A stable colour for a token's generated artwork: a hue (0–359) from its collection and id.
int listingHue(const QString &collection, qint64 tokenId);

class MarketListingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Market controller")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(QString collection READ collection WRITE setCollection NOTIFY filterChanged)
    Q_PROPERTY(QString asset READ asset WRITE setAsset NOTIFY filterChanged)
    Q_PROPERTY(QString priceMin READ priceMin WRITE setPriceMin NOTIFY filterChanged) // decimals of `asset`
    Q_PROPERTY(QString priceMax READ priceMax WRITE setPriceMax NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)       // active, sold, cancelled, any
    Q_PROPERTY(QString sort READ sort WRITE setSort NOTIFY filterChanged)             // newest, price_asc, price_desc, most_viewed
    Q_PROPERTY(QString seller READ seller WRITE setSeller NOTIFY filterChanged)       // principal text, "" for everyone
    Q_PROPERTY(bool includeHidden READ includeHidden WRITE setIncludeHidden NOTIFY filterChanged)
    Q_PROPERTY(QString filterError READ filterError NOTIFY filterChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY loadingChanged)
    Q_PROPERTY(int searchMs READ searchMs NOTIFY loadingChanged) // the first page's round trip
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    enum Roles { ListingIdRole = Qt::UserRole + 1, TitleRole, DescriptionRole, CollectionRole, TokenIdRole, AssetRole,
                 PriceRole, PriceTextRole, SellerRole, SellerShortRole, CreatorRole, StatusRole, HiddenRole, ViewsRole,
                 TagsRole, CreatedRole, MineRole, HueRole };
    Q_ENUM(Roles)

    MarketListingsModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_query; }
    void setQuery(const QString &v) { setFilter(m_query, v.trimmed()); }
    QString collection() const { return m_collection; }
    void setCollection(const QString &v) { setFilter(m_collection, v); }
    QString asset() const { return m_asset; }
    void setAsset(const QString &v) { setFilter(m_asset, v); }
    QString priceMin() const { return m_priceMin; }
    void setPriceMin(const QString &v) { setFilter(m_priceMin, v.trimmed()); }
    QString priceMax() const { return m_priceMax; }
    void setPriceMax(const QString &v) { setFilter(m_priceMax, v.trimmed()); }
    QString status() const { return m_status; }
    void setStatus(const QString &v) { setFilter(m_status, v); }
    QString sort() const { return m_sort; }
    void setSort(const QString &v) { setFilter(m_sort, v); }
    QString seller() const { return m_seller; }
    void setSeller(const QString &v) { setFilter(m_seller, v); }
    bool includeHidden() const { return m_includeHidden; }
    void setIncludeHidden(bool v);
    QString filterError() const { return m_filterError; }
    bool loading() const { return m_loading; }
    bool hasMore() const { return !m_cursor.isEmpty(); }
    int count() const { return int(m_rows.size()); }
    int searchMs() const { return int(m_searchMs); }
    ErrorInfo *error() const { return m_error; }

    // Asset decimals for the price range (the controller passes them in from ledger.assets).
    void setDecimals(const QHash<QString, int> &decimals) { m_decimals = decimals; }
    // The row's fields by name, for the detail pane and dialogs.
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int rowOf(qint64 listingId) const;
    Q_INVOKABLE double idAt(int row) const { return row >= 0 && row < m_rows.size() ? double(m_rows.at(row).value(QStringLiteral("listing_id")).toInteger()) : 0; }
    Q_INVOKABLE void refresh(); // search again now (keeps nothing)
    Q_INVOKABLE void loadMore() { fetchMore({}); } // the next page, when the view nears its end
    Q_INVOKABLE void clearFilters();
    // The search arguments the current filters make, or the reason they are invalid.
    QJsonObject searchArgs(QString *error) const;

Q_SIGNALS:
    void filterChanged();
    void loadingChanged();

private:
    void setFilter(QString &field, const QString &value);
    void load(bool first);

    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_restart;
    QList<QJsonObject> m_rows;
    QHash<QString, int> m_decimals;
    QString m_query, m_collection, m_asset, m_priceMin, m_priceMax;
    QString m_status = QStringLiteral("active");
    QString m_sort = QStringLiteral("newest");
    QString m_seller;
    bool m_includeHidden = false;
    QString m_filterError;
    QString m_cursor;
    bool m_loading = false;
    bool m_started = false;
    qint64 m_searchMs = 0;
    quint64 m_generation = 0;
};

} // namespace nexus
