// The Marketplace panel's controller and listings model against a real profile: keyset paging as
// the view scrolls (never everything at once), filters and their validation, a listing's detail
// with its metadata and counted view, creating, re-pricing and cancelling through the controller,
// and moderation with the reason the seller sees.

#include "appfixture.h"
#include "marketcontroller.h"

using namespace nexus;
using namespace nexus::test;

class TestMarketController : public QObject
{
    Q_OBJECT

    AppFixture f;
    std::unique_ptr<MarketController> market;
    Principal sam;
    QList<qint64> adaTokens;

    bool loaded(MarketListingsModel *m)
    {
        return QTest::qWaitFor([m] { return !m->loading() && m->count() > 0; }, 10000);
    }
    bool searched(MarketListingsModel *m)
    {
        QTest::qWait(200); // the filter pause
        return QTest::qWaitFor([m] { return !m->loading(); }, 10000);
    }
    QJsonObject must(const Principal &as, const QString &method, const QJsonObject &args)
    {
        auto r = f.call(as, method, args);
        if (!r)
            qWarning("%s: %s", qPrintable(method), describe(r).constData());
        return r ? r->toObject() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        sam = f.createUser(1, QStringLiteral("Sam"), QStringLiteral("creator"));
        must(f.controller, QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), sam.toText()}, {QStringLiteral("amount"), QStringLiteral("10000000000")}});
        must(f.controller, QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), f.controller.toText()}, {QStringLiteral("amount"), QStringLiteral("1000000000")}});
        must(sam, QStringLiteral("nft.create_collection"), {{QStringLiteral("collection"), QStringLiteral("isles")}, {QStringLiteral("name"), QStringLiteral("Isles")}, {QStringLiteral("symbol"), QStringLiteral("ISL")}});
        // 130 tokens for sam (listed below), 2 for ada (listed through the controller).
        QJsonArray minted;
        for (int batch = 0; batch < 2; ++batch) { // at most 100 per nft.mint
            QJsonArray tokens;
            for (int i = batch * 66; i < (batch + 1) * 66; ++i)
                tokens.append(QJsonObject{{QStringLiteral("to"), (i < 130 ? sam : f.controller).toText()},
                                          {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Isle %1").arg(i)}, {QStringLiteral("rarity"), i % 5}}}});
            for (const QJsonValue &m : must(sam, QStringLiteral("nft.mint"), {{QStringLiteral("collection"), QStringLiteral("isles")}, {QStringLiteral("tokens"), tokens}}).value(QStringLiteral("minted")).toArray())
                minted.append(m);
        }
        QCOMPARE(minted.size(), 132);
        for (int batch = 0; batch < 2; ++batch) {
            QJsonArray listings;
            for (int i = batch * 65; i < (batch + 1) * 65; ++i)
                listings.append(QJsonObject{{QStringLiteral("collection"), QStringLiteral("isles")}, {QStringLiteral("token_id"), minted.at(i).toObject().value(QStringLiteral("token_id"))},
                                            {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("price"), QString::number(100000000LL + i * 1000000LL)},
                                            {QStringLiteral("title"), i % 10 == 0 ? QStringLiteral("Lighthouse isle %1").arg(i) : QStringLiteral("Isle %1").arg(i)}});
            QCOMPARE(must(sam, QStringLiteral("market.create_listings"), {{QStringLiteral("listings"), listings}}).value(QStringLiteral("ok")).toInt(), 65);
        }
        adaTokens = {minted.at(130).toObject().value(QStringLiteral("token_id")).toInteger(), minted.at(131).toObject().value(QStringLiteral("token_id")).toInteger()};
        QVERIFY(f.startSession());
        market = std::make_unique<MarketController>(*f.session);
        QSignalSpy collections(market.get(), &MarketController::collectionsChanged);
        market->refresh();
        QVERIFY(collections.wait(10000));
    }

    void pagesAsTheViewScrolls()
    {
        MarketListingsModel *m = market->browse();
        QVERIFY(loaded(m));
        QCOMPARE(m->rowCount(), 60); // one page, not everything
        QVERIFY(m->hasMore());
        QVERIFY(m->canFetchMore({}));
        m->loadMore();
        QVERIFY(QTest::qWaitFor([m] { return !m->loading() && m->count() == 120; }, 10000));
        m->loadMore();
        QVERIFY(QTest::qWaitFor([m] { return !m->loading() && m->count() == 130; }, 10000));
        QVERIFY(!m->hasMore());
        // Newest first by default: the last listing made comes first, no duplicates across pages.
        QSet<qint64> ids;
        for (int i = 0; i < m->rowCount(); ++i)
            ids.insert(m->get(i).value(QStringLiteral("listing_id")).toLongLong());
        QCOMPARE(ids.size(), 130);
        QCOMPARE(m->get(0).value(QStringLiteral("title")).toString(), QStringLiteral("Isle 129"));
    }

    void filtersAndTheirErrors()
    {
        MarketListingsModel *m = market->browse();
        m->setQuery(QStringLiteral("lighthouse"));
        QVERIFY(searched(m));
        QCOMPARE(m->count(), 13);
        // A price range needs an asset; bad amounts are named, and nothing is searched.
        m->setPriceMin(QStringLiteral("1.5"));
        QVERIFY(searched(m));
        QVERIFY(m->filterError().contains(QStringLiteral("asset")));
        QCOMPARE(m->count(), 0);
        m->setAsset(QStringLiteral("ICP"));
        QVERIFY(searched(m));
        QVERIFY(m->filterError().isEmpty());
        QCOMPARE(m->count(), 8); // 50, 60, … 120 (prices 1.5 to 2.29 ICP)
        m->setPriceMax(QStringLiteral("1.2.3"));
        QVERIFY(searched(m));
        QVERIFY(!m->filterError().isEmpty());
        m->setPriceMax(QStringLiteral("1.8"));
        m->setSort(QStringLiteral("price_desc"));
        QVERIFY(searched(m));
        QCOMPARE(m->count(), 4); // 50, 60, 70, 80 → 1.5 … 1.8
        QCOMPARE(m->get(0).value(QStringLiteral("price_text")).toString(), QStringLiteral("1.8"));
        m->clearFilters();
        m->setAsset(QString());
        m->setPriceMin(QString());
        m->setPriceMax(QString());
        QVERIFY(searched(m));
        QCOMPARE(m->count(), 60);
    }

    void detailHasMetadataAndCountsAView()
    {
        const qint64 id = market->browse()->get(0).value(QStringLiteral("listing_id")).toLongLong();
        QSignalSpy detail(market.get(), &MarketController::detailChanged);
        market->openListing(id);
        QVERIFY(QTest::qWaitFor([&] { return !market->detailLoading() && market->detail().contains(QStringLiteral("metadata")); }, 10000));
        const QVariantMap d = market->detail();
        QCOMPARE(d.value(QStringLiteral("listing_id")).toLongLong(), id);
        QCOMPARE(d.value(QStringLiteral("views")).toLongLong(), 1);
        QCOMPARE(d.value(QStringLiteral("mine")).toBool(), false);
        QStringList keys;
        for (const QVariant &m : d.value(QStringLiteral("metadata")).toList())
            keys << m.toMap().value(QStringLiteral("key")).toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("name"), QStringLiteral("rarity")}));
        QVERIFY(!d.value(QStringLiteral("fiatNote")).toString().isEmpty()); // no prices in this profile: said so
        QVERIFY(d.value(QStringLiteral("history")).toList().isEmpty());
        // Reloads after changes do not count more views.
        market->refresh();
        QVERIFY(QTest::qWaitFor([&] { return !market->detailLoading(); }, 10000));
        QTest::qWait(300);
        QCOMPARE(market->detail().value(QStringLiteral("views")).toLongLong(), 1);
    }

    void createRepriceAndCancelThroughTheController()
    {
        QSignalSpy tokens(market.get(), &MarketController::myTokensChanged);
        market->loadMyTokens();
        QVERIFY(tokens.wait(10000));
        QCOMPARE(market->myTokens().size(), 2);
        QSignalSpy done(market.get(), &MarketController::actionFinished);
        // Invalid price: refused before any call.
        market->createListing(QStringLiteral("isles"), adaTokens[0], QStringLiteral("ICP"), QStringLiteral("-1"), {}, {}, {});
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.takeFirst().at(1).toBool(), false);
        market->createListing(QStringLiteral("isles"), adaTokens[0], QStringLiteral("ICP"), QStringLiteral("2.5"), QStringLiteral("My isle"),
                              QStringLiteral("With a dock"), QStringLiteral("dock, calm"));
        QVERIFY(done.wait(10000));
        QList<QVariant> r = done.takeFirst();
        QVERIFY2(r.at(1).toBool(), qPrintable(r.at(2).toString() + r.at(3).toString()));
        QVERIFY(QTest::qWaitFor([&] { return market->myTokens().size() == 1; }, 10000)); // the listed one is locked
        MarketListingsModel *mine = market->mine();
        QVERIFY(QTest::qWaitFor([mine] { return !mine->loading() && mine->count() == 1; }, 10000));
        const qint64 id = mine->get(0).value(QStringLiteral("listing_id")).toLongLong();
        QCOMPARE(mine->get(0).value(QStringLiteral("tags")).toStringList(), (QStringList{QStringLiteral("dock"), QStringLiteral("calm")}));
        market->updatePrice(id, QStringLiteral("3"), QStringLiteral("ICP"));
        QVERIFY(done.wait(10000));
        QVERIFY(done.takeFirst().at(1).toBool());
        QVERIFY(QTest::qWaitFor([mine] { return !mine->loading() && mine->count() == 1 && mine->get(0).value(QStringLiteral("price_text")) == QStringLiteral("3"); }, 10000));
        market->cancelListing(id);
        QVERIFY(done.wait(10000));
        QVERIFY(done.takeFirst().at(1).toBool());
        QVERIFY(QTest::qWaitFor([mine] { return !mine->loading() && mine->count() == 1 && mine->get(0).value(QStringLiteral("status")) == QStringLiteral("cancelled"); }, 10000));
        // Cancelling twice is refused with the reason in the panel's banner.
        market->cancelListing(id);
        QVERIFY(done.wait(10000));
        QVERIFY(!done.takeFirst().at(1).toBool());
        QVERIFY(market->error()->active());
    }

    void moderationNeedsAReasonAndTheSellerSeesIt()
    {
        const qint64 id = market->browse()->get(1).value(QStringLiteral("listing_id")).toLongLong();
        QSignalSpy done(market.get(), &MarketController::actionFinished);
        market->setHidden(id, true, QStringLiteral("  "));
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.takeFirst().at(1).toBool());
        market->setHidden(id, true, QStringLiteral("Copied artwork"));
        QVERIFY(done.wait(10000));
        QVERIFY(done.takeFirst().at(1).toBool());
        const QJsonObject seen = must(sam, QStringLiteral("market.get_listing"), {{QStringLiteral("listing_id"), id}});
        QCOMPARE(seen.value(QStringLiteral("hidden")).toBool(), true);
        QCOMPARE(seen.value(QStringLiteral("moderation")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Copied artwork"));
        // Gone from the public results once they are refreshed.
        MarketListingsModel *m = market->browse();
        QVERIFY(QTest::qWaitFor([m, id] { return !m->loading() && m->count() > 0 && m->rowOf(id) < 0; }, 10000));
    }
};

QTEST_MAIN(TestMarketController)
#include "tst_marketcontroller.moc"
