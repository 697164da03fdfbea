#pragma once
// The Marketplace panel: browsing and searching listings (MarketListingsModel), one listing's
// detail (NFT metadata, price in its asset and in fiat, seller, the token's market history,
// moderation), buying with a review step, the caller's own listings (create, re-price, cancel),
// collections, and moderation (hide / unhide with a reason) for moderate_listings holders.

#include "errorinfo.h"
#include "marketlistingsmodel.h"
#include "qmlsingleton.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class MarketController : public QObject, public QmlSingleton<MarketController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Market)
    QML_SINGLETON
    Q_PROPERTY(nexus::MarketListingsModel *browse READ browse CONSTANT)
    Q_PROPERTY(nexus::MarketListingsModel *mine READ mine CONSTANT)
    Q_PROPERTY(QVariantList collections READ collections NOTIFY collectionsChanged)
    Q_PROPERTY(QVariantList collectionOptions READ collectionOptions NOTIFY collectionsChanged) // [{value, text}], "All" first
    Q_PROPERTY(QVariantList assetOptions READ assetOptions NOTIFY collectionsChanged)           // [{value, text}], "All" first
    Q_PROPERTY(QVariantList assetChoices READ assetChoices NOTIFY collectionsChanged)          // [{value, text}], assets only
    Q_PROPERTY(QVariantList sortOptions READ sortOptions CONSTANT)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(bool detailLoading READ detailLoading NOTIFY detailChanged)
    Q_PROPERTY(double detailId READ detailId NOTIFY detailChanged) // 0: none open
    Q_PROPERTY(QVariantList myTokens READ myTokens NOTIFY myTokensChanged) // unlisted tokens the caller holds
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool browseStale READ browseStale NOTIFY browseStaleChanged) // listings changed since the search ran
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    explicit MarketController(Session &session, QObject *parent = nullptr);

    MarketListingsModel *browse() const { return m_browse; }
    MarketListingsModel *mine() const { return m_mine; }
    QVariantList collections() const { return m_collections; }
    QVariantList collectionOptions() const;
    QVariantList assetOptions() const;
    QVariantList assetChoices() const;
    QVariantList sortOptions() const;
    QVariantList statusOptions() const;
    QVariantMap detail() const { return m_detail; }
    bool detailLoading() const { return m_detailLoading; }
    double detailId() const { return double(m_detailId); }
    QVariantList myTokens() const { return m_myTokens; }
    bool busy() const { return m_busy; }
    bool browseStale() const { return m_browseStale; }
    ErrorInfo *error() const { return m_error; }

    Q_INVOKABLE void refresh(); // everything, the search results included
    Q_INVOKABLE void openListing(qint64 listingId);
    Q_INVOKABLE void closeDetail();
    Q_INVOKABLE int assetDecimals(const QString &asset) const { return m_decimals.value(asset, -1); }
    // Checks a decimal price for `asset`: {ok, message, units}.
    Q_INVOKABLE QVariantMap checkPrice(const QString &text, const QString &asset) const;
    // Review data for buying a listing as the caller; answered by buyReviewReady.
    Q_INVOKABLE void reviewBuy(qint64 listingId);
    // payment: "direct" or "allowance" (approves the marketplace for price + fees first).
    Q_INVOKABLE void buy(qint64 listingId, const QString &payment, const QString &expectedPrice);
    Q_INVOKABLE void quoteFees(const QString &asset, const QString &priceText); // answered by feesQuoted
    Q_INVOKABLE void loadMyTokens();
    Q_INVOKABLE void createListing(const QString &collection, qint64 tokenId, const QString &asset, const QString &priceText,
                                   const QString &title, const QString &description, const QString &tagsText);
    Q_INVOKABLE void updatePrice(qint64 listingId, const QString &priceText, const QString &asset);
    Q_INVOKABLE void cancelListing(qint64 listingId);
    Q_INVOKABLE void setHidden(qint64 listingId, bool hidden, const QString &reason);

Q_SIGNALS:
    void collectionsChanged();
    void detailChanged();
    void myTokensChanged();
    void busyChanged();
    void browseStaleChanged();
    void buyReviewReady(const QVariantMap &review);
    // ok: `message` says what happened; otherwise `message` and `hint` say what went wrong and what to do.
    void buyFinished(bool ok, const QString &message, const QString &hint);
    void feesQuoted(const QVariantMap &quote);
    void actionFinished(const QString &action, bool ok, const QString &message, const QString &hint);

private:
    void loadReference();
    void reloadQuietly(); // after a change event: all but the search results, which only go stale
    void loadDetail(bool countView);
    void setBusy(bool busy);
    void finishAction(const QString &action, const Result<QJsonValue> &r, const QString &done);

    Session &m_session;
    MarketListingsModel *m_browse;
    MarketListingsModel *m_mine;
    ErrorInfo *m_error;
    Throttle *m_reload;
    QVariantList m_collections;
    QVariantList m_assets; // {symbol, name, decimals, fee}
    QHash<QString, int> m_decimals;
    QVariantMap m_detail;
    qint64 m_detailId = 0;
    bool m_detailLoading = false;
    QVariantList m_myTokens;
    bool m_busy = false;
    bool m_browseStale = false;
    quint64 m_detailGeneration = 0;
};

} // namespace nexus
