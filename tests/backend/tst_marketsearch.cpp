// market.search through the gateway: words in title, description, tags and collection (any case,
// accents folded), every filter and sort, keyset paging that neither skips nor repeats, the index
// kept in step with price changes, sales, cancels and moderation, and who sees hidden listings.
#include "marketfixture.h"
#include "services/marketstore.h"

#include <QSet>

using namespace nexus;
using namespace nexus::test;

namespace {
constexpr Nat128 kE8 = 100000000;
}

class TestMarketSearch : public QObject, public MarketFixture
{
    Q_OBJECT

    const Principal m_creator2 = principalFor(21);
    QHash<QString, qint64> m_ids; // listing ids by a short name

    qint64 list(const Principal &as, const QString &slug, qint64 token, const QString &asset, Nat128 price, const QString &title,
                const QString &description, const QJsonArray &tags)
    {
        return good(as, QStringLiteral("market.create_listing"),
                    {{QStringLiteral("collection"), slug}, {QStringLiteral("token_id"), token}, {QStringLiteral("asset"), asset},
                     {QStringLiteral("price"), n(price)}, {QStringLiteral("title"), title}, {QStringLiteral("description"), description},
                     {QStringLiteral("tags"), tags}})
            .value(QStringLiteral("listing_id")).toInteger();
    }
    QJsonObject search(const QJsonObject &args, const Principal &as = Principal::anonymous())
    {
        return good(as, QStringLiteral("market.search"), args);
    }
    QList<qint64> ids(const QJsonObject &answer)
    {
        QList<qint64> out;
        for (const QJsonValue &v : answer.value(QStringLiteral("items")).toArray())
            out << v.toObject().value(QStringLiteral("listing_id")).toInteger();
        return out;
    }
    QList<qint64> find(const QJsonObject &args, const Principal &as = Principal::anonymous()) { return ids(search(args, as)); }
    QList<qint64> named(std::initializer_list<const char *> names)
    {
        QList<qint64> out;
        for (const char *n : names)
            out << m_ids.value(QString::fromLatin1(n));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        setUp(this);
        QVERIFY(m_p->addUser(m_creator2, QStringLiteral("Second creator"), Role::Creator));
        collection(QStringLiteral("sky-isles"));
        good(m_creator2, QStringLiteral("nft.create_collection"), {{QStringLiteral("collection"), QStringLiteral("neon-bazaar")},
                                                                   {QStringLiteral("name"), QStringLiteral("Neon Bazaar")}, {QStringLiteral("symbol"), QStringLiteral("NEON")}});
        mintTo(QStringLiteral("sky-isles"), {Account(m_alice), Account(m_alice), Account(m_alice), Account(m_bob)});
        good(m_creator2, QStringLiteral("nft.mint"), {{QStringLiteral("collection"), QStringLiteral("neon-bazaar")},
                                                      {QStringLiteral("tokens"), QJsonArray{QJsonObject{{QStringLiteral("to"), m_bob.toText()}},
                                                                                            QJsonObject{{QStringLiteral("to"), m_bob.toText()}}}}});
        for (const Principal &p : {m_alice, m_bob, m_carol})
            mint(Account(p), 10000 * kE8);
        mint(Account(m_bob), 1000000, BTC);
        const QString sky = QStringLiteral("sky-isles"), neon = QStringLiteral("neon-bazaar");
        m_ids.insert(QStringLiteral("dragon"), list(m_alice, sky, 1, ICP, 50 * kE8, QStringLiteral("Red Dragon Isle"), QStringLiteral("A floating island with a dragon roost"), {QStringLiteral("dragon")}));
        m_ids.insert(QStringLiteral("lagoon"), list(m_alice, sky, 2, ICP, 20 * kE8, QStringLiteral("Île du Lagon"), QStringLiteral("Quiet lagoon, palm trees"), {QStringLiteral("water")}));
        m_ids.insert(QStringLiteral("tower"), list(m_alice, sky, 3, ICP, 80 * kE8, QStringLiteral("Cloud Tower"), QStringLiteral("Tall and windy"), {QStringLiteral("sky"), QStringLiteral("dragon")}));
        m_ids.insert(QStringLiteral("market"), list(m_bob, sky, 4, BTC, 50000, QStringLiteral("Sky Market Stall"), QStringLiteral("Trade hub"), {}));
        m_ids.insert(QStringLiteral("sign"), list(m_bob, neon, 1, ICP, 35 * kE8, QStringLiteral("Neon Sign"), QStringLiteral("Dragon shaped, pink"), {QStringLiteral("light")}));
        m_ids.insert(QStringLiteral("alley"), list(m_bob, neon, 2, ICP, 35 * kE8, QStringLiteral("Back Alley"), QStringLiteral("Rain all night"), {}));
    }
    void cleanup() { tearDown(); }

    void words()
    {
        // Title, description, tags and the collection's name; any case; accents folded; newest first.
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}}), named({"sign", "tower", "dragon"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("DRAGON isle")}}), named({"dragon"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("ile")}}), named({"lagoon"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("bazaar")}}), named({"alley", "sign"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("water")}}), named({"lagoon"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("lag*")}}), named({"lagoon"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("unicorn")}}), QList<qint64>());
        // Syntax in the words is just separators; facet terms cannot be reached from the text.
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("\"dragon\" OR (")}}).size(), 0); // "OR" is a word nobody used
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("sactive")}}), QList<qint64>());
        QCOMPARE(search({{QStringLiteral("q"), QStringLiteral("dragon")}}).value(QStringLiteral("plan")).toString(), QStringLiteral("full_text"));
    }

    void filters()
    {
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}, {QStringLiteral("collection"), QStringLiteral("sky-isles")}}), named({"tower", "dragon"}));
        QCOMPARE(find({{QStringLiteral("collection"), QStringLiteral("neon-bazaar")}}), named({"alley", "sign"}));
        QCOMPARE(find({{QStringLiteral("asset"), BTC}}), named({"market"}));
        QCOMPARE(find({{QStringLiteral("asset"), ICP}, {QStringLiteral("price_min"), n(35 * kE8)}, {QStringLiteral("price_max"), n(50 * kE8)}}),
                 named({"alley", "sign", "dragon"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}, {QStringLiteral("asset"), ICP}, {QStringLiteral("price_max"), n(50 * kE8)}}), named({"sign", "dragon"}));
        QCOMPARE(find({{QStringLiteral("seller"), m_bob.toText()}}), named({"alley", "sign", "market"}));
        QCOMPARE(find({{QStringLiteral("creator"), m_creator2.toText()}}), named({"alley", "sign"}));
        QCOMPARE(find({{QStringLiteral("creator"), m_creator.toText()}, {QStringLiteral("seller"), m_bob.toText()}}), named({"market"}));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.search"), {{QStringLiteral("price_min"), QStringLiteral("1")}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.search"), {{QStringLiteral("collection"), QStringLiteral("nowhere")}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.search"), {{QStringLiteral("asset"), QStringLiteral("DOGE")}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.search"), {{QStringLiteral("status"), QStringLiteral("lost")}}), ErrorCode::InvalidArgument);
    }

    void sortsAndPaging()
    {
        QCOMPARE(find({{QStringLiteral("asset"), ICP}, {QStringLiteral("sort"), QStringLiteral("price_asc")}}), named({"lagoon", "sign", "alley", "dragon", "tower"}));
        QCOMPARE(find({{QStringLiteral("asset"), ICP}, {QStringLiteral("sort"), QStringLiteral("price_desc")}}), named({"tower", "dragon", "alley", "sign", "lagoon"}));
        QCOMPARE(search({{QStringLiteral("asset"), ICP}, {QStringLiteral("sort"), QStringLiteral("price_asc")}}).value(QStringLiteral("plan")).toString(), QStringLiteral("index"));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}, {QStringLiteral("asset"), ICP}, {QStringLiteral("sort"), QStringLiteral("price_desc")}}),
                 named({"tower", "dragon", "sign"}));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.search"), {{QStringLiteral("sort"), QStringLiteral("price_asc")}}), ErrorCode::InvalidArgument);
        for (int i = 0; i < 3; ++i)
            good(principalFor(500 + i), QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), m_ids.value(QStringLiteral("lagoon"))}});
        good(m_carol, QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), m_ids.value(QStringLiteral("alley"))}});
        const QList<qint64> viewed = find({{QStringLiteral("sort"), QStringLiteral("most_viewed")}});
        QCOMPARE(viewed.mid(0, 2), named({"lagoon", "alley"}));
        QCOMPARE(viewed.size(), 6);

        // Every sort pages through everything exactly once, two at a time.
        for (const QJsonObject &base : {QJsonObject{{QStringLiteral("sort"), QStringLiteral("newest")}},
                                        QJsonObject{{QStringLiteral("sort"), QStringLiteral("most_viewed")}},
                                        QJsonObject{{QStringLiteral("sort"), QStringLiteral("price_asc")}, {QStringLiteral("asset"), ICP}},
                                        QJsonObject{{QStringLiteral("sort"), QStringLiteral("price_desc")}, {QStringLiteral("asset"), ICP}},
                                        QJsonObject{{QStringLiteral("sort"), QStringLiteral("price_desc")}, {QStringLiteral("asset"), ICP}, {QStringLiteral("q"), QStringLiteral("dragon")}}}) {
            QJsonObject args = base;
            args.insert(QStringLiteral("limit"), 2);
            QList<qint64> all;
            for (int page = 0; page < 10; ++page) {
                const QJsonObject r = search(args);
                all += ids(r);
                if (!r.contains(QStringLiteral("next_cursor")))
                    break;
                args.insert(QStringLiteral("cursor"), r.value(QStringLiteral("next_cursor")));
            }
            QJsonObject whole = base;
            whole.insert(QStringLiteral("limit"), 100);
            QCOMPARE(all, find(whole));
            QCOMPARE(QSet<qint64>(all.begin(), all.end()).size(), all.size());
        }
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.search"), {{QStringLiteral("cursor"), QStringLiteral("p.00.1")}}), ErrorCode::InvalidArgument);
    }

    void indexFollowsChanges()
    {
        // Sold, cancelled and repriced listings move between filters at once.
        NX_VERIFY_OK(M(m_carol, QStringLiteral("market.buy"), {{QStringLiteral("listing_id"), m_ids.value(QStringLiteral("dragon"))}, {QStringLiteral("payment"), QStringLiteral("direct")}}));
        good(m_bob, QStringLiteral("market.cancel_listing"), {{QStringLiteral("listing_id"), m_ids.value(QStringLiteral("alley"))}});
        good(m_alice, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), m_ids.value(QStringLiteral("lagoon"))}, {QStringLiteral("price"), n(90 * kE8)}});
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}}), named({"sign", "tower"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}, {QStringLiteral("status"), QStringLiteral("sold")}}), named({"dragon"}));
        QCOMPARE(find({{QStringLiteral("status"), QStringLiteral("cancelled")}}), named({"alley"}));
        QCOMPARE(find({{QStringLiteral("status"), QStringLiteral("any")}, {QStringLiteral("collection"), QStringLiteral("neon-bazaar")}}), named({"alley", "sign"}));
        QCOMPARE(find({{QStringLiteral("asset"), ICP}, {QStringLiteral("sort"), QStringLiteral("price_desc")}}).first(), m_ids.value(QStringLiteral("lagoon")));
        QCOMPARE(find({{QStringLiteral("asset"), ICP}, {QStringLiteral("price_min"), n(85 * kE8)}}), named({"lagoon"}));
        // The index agrees with its content table.
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("INSERT INTO market_search(market_search) VALUES ('integrity-check')")), QString());
    }

    void newListingsJoinTheIndexInBatches()
    {
        const auto waiting = [this] { return m_p->count(QStringLiteral("market_search_pending")); };
        const auto indexed = [this](const QString &word) {
            return sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM market_search WHERE market_search MATCH ?"), {word}).toLongLong();
        };
        // The six listings made in init() wait; browsing without words leaves them waiting.
        QCOMPARE(waiting(), 6);
        QCOMPARE(find({{QStringLiteral("asset"), BTC}}), named({"market"}));
        QCOMPARE(waiting(), 6);
        // A full-text search has them indexed first, so it finds them all.
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}}), named({"sign", "tower", "dragon"}));
        QCOMPARE(waiting(), 0);
        // Every 64th listing indexes the waiting ones, without a search.
        const int count = MarketStore::kSearchBatch + 2;
        QList<Account> owners;
        for (int i = 0; i < count; ++i)
            owners << Account(m_carol);
        const QList<qint64> tokens = mintTo(QStringLiteral("sky-isles"), owners);
        QJsonArray listings;
        for (qint64 token : tokens)
            listings.append(QJsonObject{{QStringLiteral("collection"), QStringLiteral("sky-isles")}, {QStringLiteral("token_id"), token},
                                        {QStringLiteral("asset"), ICP}, {QStringLiteral("price"), n(kE8)}, {QStringLiteral("title"), QStringLiteral("Batch plot %1").arg(token)}});
        const QJsonObject made = good(m_carol, QStringLiteral("market.create_listings"), {{QStringLiteral("listings"), listings}});
        QCOMPARE(made.value(QStringLiteral("refused")).toInt(), 0);
        // Listings 7 to 72: the 64th indexed 7 to 64; 65 to 72 wait.
        const qint64 last = sqlValue(m_p->dbPath(), QStringLiteral("SELECT max(id) FROM market_listings")).toLongLong();
        const qint64 firstOfBatch = last - count + 1;
        QCOMPARE(firstOfBatch, 7);
        const qint64 left = last % MarketStore::kSearchBatch;
        QCOMPARE(waiting(), left);
        QCOMPARE(indexed(QStringLiteral("batch")), count - left);
        // Deleting a waiting listing touches only the queue, an indexed one only the index.
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("DELETE FROM market_listings WHERE id IN (?, ?)"), {last, firstOfBatch}), QString());
        QCOMPARE(waiting(), left - 1);
        QCOMPARE(indexed(QStringLiteral("batch")), count - left - 1);
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("INSERT INTO market_search(market_search) VALUES ('integrity-check')")), QString());
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("batch")}, {QStringLiteral("limit"), 100}}).size(), count - 2);
        QCOMPARE(waiting(), 0);
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("INSERT INTO market_search(market_search) VALUES ('integrity-check')")), QString());
    }

    void hiddenListings()
    {
        const qint64 sign = m_ids.value(QStringLiteral("sign"));
        good(m_admin, QStringLiteral("market.hide_listing"), {{QStringLiteral("listing_id"), sign}, {QStringLiteral("reason"), QStringLiteral("Trademark")}});
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}}), named({"tower", "dragon"}));
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}, {QStringLiteral("include_hidden"), true}}, m_alice), named({"tower", "dragon"})); // not a moderator
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}, {QStringLiteral("include_hidden"), true}}, m_admin), named({"sign", "tower", "dragon"}));
        // The seller sees their own hidden listing, flagged, among their listings.
        const QJsonObject mine = search({{QStringLiteral("seller"), m_bob.toText()}}, m_bob);
        QCOMPARE(ids(mine), named({"alley", "sign", "market"}));
        QVERIFY(mine.value(QStringLiteral("items")).toArray().at(1).toObject().value(QStringLiteral("hidden")).toBool());
        QCOMPARE(find({{QStringLiteral("seller"), m_bob.toText()}}, m_alice), named({"alley", "market"}));
        QCOMPARE(find({{QStringLiteral("asset"), ICP}, {QStringLiteral("sort"), QStringLiteral("price_asc")}}).contains(sign), false);
        good(m_admin, QStringLiteral("market.unhide_listing"), {{QStringLiteral("listing_id"), sign}, {QStringLiteral("reason"), QStringLiteral("Licensed")}});
        QCOMPARE(find({{QStringLiteral("q"), QStringLiteral("dragon")}}), named({"sign", "tower", "dragon"}));
    }
};

QTEST_GUILESS_MAIN(TestMarketSearch)
#include "tst_marketsearch.moc"
