// Listings, fees and purchases through the gateway: the listing fee and the lock, price changes,
// cancel, buying by ICRC-2 allowance and directly (exact balances for seller, buyer and treasury),
// every refusal leaving all tables as they were, volume discounts over 30 days, versioned fee
// schedules, moderation, views, and two buyers racing for one listing.
#include "marketfixture.h"

#include "marketfees.h"
#include "marketrules.h"

#include <atomic>
#include <thread>

using namespace nexus;
using namespace nexus::test;

namespace {
constexpr Nat128 kE8 = 100000000;
constexpr Nat128 kFee = 10000; // the ICP ledger fee
}

class TestMarket : public QObject, public MarketFixture
{
    Q_OBJECT

    const QString kArt = QStringLiteral("art");
    const Account kTreasury = market::defaultTreasury();
    QList<qint64> m_tokens; // alice's tokens in "art"

    QJsonObject listArgs(qint64 tokenId, Nat128 price, const QString &asset = ICP)
    {
        return {{QStringLiteral("collection"), kArt}, {QStringLiteral("token_id"), tokenId}, {QStringLiteral("asset"), asset},
                {QStringLiteral("price"), n(price)}, {QStringLiteral("tags"), QJsonArray{QStringLiteral("Sky"), QStringLiteral("isle"), QStringLiteral("sky")}}};
    }
    qint64 list(const Principal &as, qint64 tokenId, Nat128 price, qint64 at = 0)
    {
        return good(as, QStringLiteral("market.create_listing"), listArgs(tokenId, price), at).value(QStringLiteral("listing_id")).toInteger();
    }
    Result<QJsonValue> buy(const Principal &as, qint64 listing, const QString &payment, qint64 at = 0)
    {
        return M(as, QStringLiteral("market.buy"), {{QStringLiteral("listing_id"), listing}, {QStringLiteral("payment"), payment}}, at);
    }
    QJsonObject listing(qint64 id, const Principal &as)
    {
        return good(as, QStringLiteral("market.get_listing"), {{QStringLiteral("listing_id"), id}});
    }
    // Every table a purchase or listing touches.
    QList<QVariantList> everything() const
    {
        QList<QVariantList> all = ledgerState();
        all += nftState();
        all += sqlRows(m_p->dbPath(), QStringLiteral("SELECT 'l', id, status || hidden || hex(price) || hex(listing_fee_paid), ifnull(hex(buyer), '') FROM market_listings "
                                                     "UNION ALL SELECT 's', id, listing, hex(price) FROM market_sales "
                                                     "UNION ALL SELECT 'm', id, listing, reason FROM market_moderation ORDER BY 1, 2"));
        return all;
    }
    void approveMarket(const Principal &buyer, Nat128 amount)
    {
        ok(buyer, QStringLiteral("approve"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("spender"), market::spenderAccount().toText()},
                                             {QStringLiteral("amount"), n(amount)}});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        setUp(this);
        collection(kArt);
        m_tokens = mintTo(kArt, {Account(m_alice), Account(m_alice), Account(m_alice), Account(m_bob)}, QStringLiteral("Sky Isle"));
        for (const Principal &p : {m_alice, m_bob, m_carol})
            mint(Account(p), 10000 * kE8);
    }
    void cleanup() { tearDown(); }

    void createListingChargesTheFeeAndLocks()
    {
        const QJsonObject r = good(m_alice, QStringLiteral("market.create_listing"), listArgs(m_tokens[0], 100 * kE8));
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(r.value(QStringLiteral("title")).toString(), QStringLiteral("Sky Isle 0")); // from the token's name
        QCOMPARE(r.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("sky"), QStringLiteral("isle")}));
        QCOMPARE(r.value(QStringLiteral("price_text")).toString(), QStringLiteral("100"));
        // 0.5 % of 100 ICP = 0.5 ICP to the treasury, plus the ledger fee of that transfer.
        QCOMPARE(nat(r.value(QStringLiteral("listing_fee_charged"))), Nat128(50000000));
        QCOMPARE(balance(ICP, m_alice), 10000 * kE8 - 50000000 - kFee);
        QCOMPARE(balance(ICP, kTreasury), Nat128(50000000));
        // The token is locked while listed.
        const QJsonObject moved = good(m_alice, QStringLiteral("nft.transfer"), {{QStringLiteral("collection"), kArt},
                                                                                 {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), m_tokens[0]}, {QStringLiteral("to"), m_bob.toText()}}}}});
        QCOMPARE(itemError(results(moved), 0), QStringLiteral("GenericError"));

        const auto before = everything();
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.create_listing"), listArgs(m_tokens[0], 5 * kE8)), ErrorCode::Conflict);   // listed already
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.create_listing"), listArgs(m_tokens[3], 5 * kE8)), ErrorCode::PermissionDenied); // bob's
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.create_listing"), listArgs(99, 5 * kE8)), ErrorCode::NotFound);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.create_listing"), listArgs(m_tokens[1], 5 * kE8, QStringLiteral("DOGE"))), ErrorCode::NotFound);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.create_listing"), listArgs(m_tokens[1], 0)), ErrorCode::InvalidArgument);
        QJsonObject badTags = listArgs(m_tokens[1], 5 * kE8);
        badTags.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("no spaces")});
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.create_listing"), badTags), ErrorCode::InvalidArgument);
        // A listing fee the seller cannot pay refuses the listing, and nothing changes.
        auto poor = M(m_alice, QStringLiteral("market.create_listing"), listArgs(m_tokens[1], 10000000 * kE8));
        NX_VERIFY_ERROR(poor, ErrorCode::Conflict);
        QCOMPARE(icrc(poor).kind(), LedgerError::Kind::InsufficientFunds);
        QCOMPARE(everything(), before);
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void batchListing()
    {
        // Three good items and two refused ones (someone else's token, a token listed twice in the
        // batch): each refused item changes nothing, the others land with their fees.
        QJsonArray items{listArgs(m_tokens[0], 10 * kE8), listArgs(m_tokens[3], 10 * kE8), listArgs(m_tokens[1], 20 * kE8),
                         listArgs(m_tokens[1], 30 * kE8), listArgs(m_tokens[2], 40 * kE8)};
        const Nat128 before = balance(ICP, m_alice);
        const QJsonObject r = good(m_alice, QStringLiteral("market.create_listings"), {{QStringLiteral("listings"), items}});
        QCOMPARE(r.value(QStringLiteral("ok")).toInt(), 3);
        QCOMPARE(r.value(QStringLiteral("refused")).toInt(), 2);
        const QJsonArray res = r.value(QStringLiteral("results")).toArray();
        QCOMPARE(res.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("permission_denied"));
        QCOMPARE(res.at(3).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("conflict"));
        Nat128 fees = 0;
        for (int i : {0, 2, 4}) {
            const qint64 id = res.at(i).toObject().value(QStringLiteral("listing_id")).toInteger();
            fees += nat(res.at(i).toObject().value(QStringLiteral("listing_fee_charged")));
            QCOMPARE(listing(id, m_bob).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        }
        QCOMPARE(fees, Nat128(5000000 + 10000000 + 20000000)); // 0.5 % of 10, 20 and 40 ICP
        // The batch's fees go to the treasury in one transfer: one ledger fee, not three.
        const QJsonArray payments = r.value(QStringLiteral("fee_payments")).toArray();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(nat(payments.at(0).toObject().value(QStringLiteral("amount"))), fees);
        QCOMPARE(payments.at(0).toObject().value(QStringLiteral("listings")).toInt(), 3);
        QCOMPARE(payments.at(0).toObject().value(QStringLiteral("asset")).toString(), ICP);
        QCOMPARE(balance(ICP, m_alice), before - fees - kFee);
        QCOMPARE(balance(ICP, kTreasury), fees);
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM market_listings")).toInt(), 3);
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("3 listing(s) created, 2 refused")));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.create_listings"), {{QStringLiteral("listings"), QJsonArray{}}}), ErrorCode::InvalidArgument);
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void batchListingPaysWhatTheAccountCan()
    {
        // Alice holds 10,000 ICP. The first item's fee (0.5 % of 1,000,000 ICP = 5,000) fits, the
        // second would need 10,000 plus the transfer's fee and is refused, the third still fits.
        QJsonArray items{listArgs(m_tokens[0], 1000000 * kE8), listArgs(m_tokens[1], 1000000 * kE8), listArgs(m_tokens[2], 10 * kE8)};
        const Nat128 before = balance(ICP, m_alice);
        const QJsonObject r = good(m_alice, QStringLiteral("market.create_listings"), {{QStringLiteral("listings"), items}});
        QCOMPARE(r.value(QStringLiteral("ok")).toInt(), 2);
        const QJsonObject refused = r.value(QStringLiteral("results")).toArray().at(1).toObject().value(QStringLiteral("error")).toObject();
        QVERIFY2(refused.value(QStringLiteral("message")).toString().contains(QLatin1String("5,000")) || refused.value(QStringLiteral("message")).toString().contains(QLatin1String("5000")),
                 qPrintable(refused.value(QStringLiteral("message")).toString())); // the balance left for it
        const Nat128 fees = Nat128(5000) * kE8 + 5000000;
        QCOMPARE(balance(ICP, m_alice), before - fees - kFee);
        QCOMPARE(balance(ICP, kTreasury), fees);
        QCOMPARE(r.value(QStringLiteral("fee_payments")).toArray().size(), 1);
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM market_listings")).toInt(), 2);
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }

    void updatePriceAndCancel()
    {
        const qint64 id = list(m_alice, m_tokens[0], 100 * kE8);
        const Nat128 afterListing = balance(ICP, m_alice);
        // A rise pays 0.5 % of the difference; a cut pays nothing and refunds nothing.
        QJsonObject r = good(m_alice, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("price"), n(300 * kE8)}});
        QCOMPARE(nat(r.value(QStringLiteral("listing_fee_charged"))), Nat128(100000000));
        QCOMPARE(nat(r.value(QStringLiteral("listing_fee_paid"))), Nat128(150000000));
        QCOMPARE(balance(ICP, m_alice), afterListing - 100000000 - kFee);
        r = good(m_alice, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("price"), n(50 * kE8)}});
        QCOMPARE(nat(r.value(QStringLiteral("listing_fee_charged"))), Nat128(0));
        QCOMPARE(balance(ICP, m_alice), afterListing - 100000000 - kFee);
        // Rising back to 300 owes nothing more: the fee paid already covers it.
        r = good(m_alice, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("price"), n(300 * kE8)}});
        QCOMPARE(nat(r.value(QStringLiteral("listing_fee_charged"))), Nat128(0));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("price"), n(300 * kE8)}}), ErrorCode::Conflict);
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("price"), n(1 * kE8)}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), 999}, {QStringLiteral("price"), n(1 * kE8)}}), ErrorCode::NotFound);

        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("market.cancel_listing"), {{QStringLiteral("listing_id"), id}}), ErrorCode::PermissionDenied);
        r = good(m_alice, QStringLiteral("market.cancel_listing"), {{QStringLiteral("listing_id"), id}});
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.cancel_listing"), {{QStringLiteral("listing_id"), id}}), ErrorCode::Conflict);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("market.update_price"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("price"), n(1 * kE8)}}), ErrorCode::Conflict);
        NX_VERIFY_ERROR(buy(m_bob, id, QStringLiteral("direct")), ErrorCode::Conflict);
        // Free to move again, and to list again.
        const QJsonObject moved = good(m_alice, QStringLiteral("nft.transfer"), {{QStringLiteral("collection"), kArt},
                                                                                 {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), m_tokens[0]}, {QStringLiteral("to"), m_carol.toText()}}}}});
        QCOMPARE(moved.value(QStringLiteral("ok")).toInt(), 1);
        const qint64 again = list(m_carol, m_tokens[0], 7 * kE8);
        // The new listing's detail carries the token's earlier listing (anyone may read it).
        const QJsonArray earlier = listing(again, m_bob).value(QStringLiteral("token_history")).toArray();
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.at(0).toObject().value(QStringLiteral("listing_id")).toInteger(), id);
        QCOMPARE(earlier.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(earlier.at(0).toObject().value(QStringLiteral("price_text")).toString(), QStringLiteral("300"));
        QCOMPARE(earlier.at(0).toObject().value(QStringLiteral("seller")).toString(), m_alice.toText());
        QCOMPARE(listing(id, m_bob).value(QStringLiteral("token_history")).toArray().size(), 0); // only earlier ones
    }

    void buyDirectSettlesExactly()
    {
        const qint64 id = list(m_alice, m_tokens[0], 100 * kE8);
        const Nat128 seller0 = balance(ICP, m_alice), buyer0 = balance(ICP, m_bob), treasury0 = balance(ICP, kTreasury);
        const QJsonObject sale = obj(buy(m_bob, id, QStringLiteral("direct")));
        QCOMPARE(nat(sale.value(QStringLiteral("sale_fee"))), Nat128(250000000)); // 2.5 %
        QCOMPARE(nat(sale.value(QStringLiteral("seller_received"))), 100 * kE8 - 250000000);
        QCOMPARE(balance(ICP, m_alice), seller0 + 100 * kE8 - 250000000);
        QCOMPARE(balance(ICP, m_bob), buyer0 - 100 * kE8 - 2 * kFee); // two ledger transfers
        QCOMPARE(balance(ICP, kTreasury), treasury0 + 250000000);
        QCOMPARE(ownerOf(kArt, m_tokens[0]), m_bob.toText());
        const QJsonObject l = listing(id, m_carol);
        QCOMPARE(l.value(QStringLiteral("status")).toString(), QStringLiteral("sold"));
        QCOMPARE(l.value(QStringLiteral("buyer")).toString(), m_bob.toText());
        // The ledger blocks record both payments; the collection's 37xfer names the marketplace.
        const QJsonArray blocks = ok(m_carol, QStringLiteral("get_blocks"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("start"), sale.value(QStringLiteral("payment_block")).toInteger()},
                                                                             {QStringLiteral("length"), 2}}).value(QStringLiteral("blocks")).toArray();
        const Value pay = valueFromJson(blocks.at(0).toObject().value(QStringLiteral("block"))).value();
        QCOMPARE(accountFromValue(*pay.field(QStringLiteral("tx"))->field(QStringLiteral("to"))).value(), Account(m_alice));
        const Value feeBlock = valueFromJson(blocks.at(1).toObject().value(QStringLiteral("block"))).value();
        QCOMPARE(accountFromValue(*feeBlock.field(QStringLiteral("tx"))->field(QStringLiteral("to"))).value(), kTreasury);
        const QJsonArray nftBlocks = good(m_carol, QStringLiteral("nft.get_blocks"), {{QStringLiteral("collection"), kArt}, {QStringLiteral("start"), sale.value(QStringLiteral("nft_block")).toInteger()},
                                                                                     {QStringLiteral("length"), 1}}).value(QStringLiteral("blocks")).toArray();
        const Value x = valueFromJson(nftBlocks.at(0).toObject().value(QStringLiteral("block"))).value();
        QCOMPARE(x.field(QStringLiteral("btype"))->asText(), QStringLiteral("37xfer"));
        QCOMPARE(accountFromValue(*x.field(QStringLiteral("tx"))->field(QStringLiteral("spender"))).value(), market::spenderAccount());
        // The buyer owns a free token; the sale is in the history of both sides.
        QCOMPARE(good(m_bob, QStringLiteral("nft.transfer"), {{QStringLiteral("collection"), kArt},
                                                              {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), m_tokens[0]}, {QStringLiteral("to"), m_carol.toText()}}}}})
                     .value(QStringLiteral("ok")).toInt(), 1);
        QCOMPARE(good(m_carol, QStringLiteral("market.sales"), {{QStringLiteral("seller"), m_alice.toText()}}).value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(good(m_carol, QStringLiteral("market.sales"), {{QStringLiteral("buyer"), m_carol.toText()}}).value(QStringLiteral("items")).toArray().size(), 0);
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
        QVERIFY(good(m_alice, QStringLiteral("nft.verify_chain"), {}).value(QStringLiteral("ok")).toBool());
    }

    void buyByAllowance()
    {
        const qint64 id = list(m_alice, m_tokens[1], 40 * kE8);
        const auto before = everything();
        // Without an approval the marketplace cannot pay; nothing changes.
        auto refused = buy(m_bob, id, QStringLiteral("allowance"));
        NX_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QCOMPARE(icrc(refused).kind(), LedgerError::Kind::InsufficientAllowance);
        QCOMPARE(everything(), before);
        // Enough for the price but not the two ledger fees: still refused as a whole.
        approveMarket(m_bob, 40 * kE8 + kFee);
        const auto approved = everything();
        NX_VERIFY_ERROR(buy(m_bob, id, QStringLiteral("allowance")), ErrorCode::Conflict);
        QCOMPARE(everything(), approved);
        approveMarket(m_bob, 40 * kE8 + 2 * kFee + 123);
        const Nat128 buyer0 = balance(ICP, m_bob), seller0 = balance(ICP, m_alice);
        const QJsonObject sale = obj(buy(m_bob, id, QStringLiteral("allowance")));
        QCOMPARE(sale.value(QStringLiteral("payment")).toString(), QStringLiteral("allowance"));
        QCOMPARE(balance(ICP, m_bob), buyer0 - 40 * kE8 - 2 * kFee);
        QCOMPARE(balance(ICP, m_alice), seller0 + 40 * kE8 - 100000000);
        const QJsonObject left = ok(m_bob, QStringLiteral("allowance"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("account"), m_bob.toText()},
                                                                        {QStringLiteral("spender"), market::spenderAccount().toText()}});
        QCOMPARE(nat(left.value(QStringLiteral("allowance"))), Nat128(123));
        QCOMPARE(ownerOf(kArt, m_tokens[1]), m_bob.toText());
    }

    void buyRefusals()
    {
        const qint64 id = list(m_alice, m_tokens[0], 100 * kE8);
        NX_VERIFY_ERROR(buy(m_alice, id, QStringLiteral("direct")), ErrorCode::InvalidArgument); // own listing
        NX_VERIFY_ERROR(buy(m_bob, 999, QStringLiteral("direct")), ErrorCode::NotFound);
        auto moved = M(m_bob, QStringLiteral("market.buy"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("payment"), QStringLiteral("direct")},
                                                             {QStringLiteral("expected_price"), n(90 * kE8)}});
        NX_VERIFY_ERROR(moved, ErrorCode::Conflict);
        QCOMPARE(moved.error().details.value(QStringLiteral("current_price")).toString(), n(100 * kE8));
        // A buyer who cannot pay: refused by the ledger, and nothing at all changes.
        const Principal poor = principalFor(30);
        QVERIFY(m_p->addUser(poor, QStringLiteral("Poor"), Role::User));
        mint(Account(poor), 100 * kE8); // the price but not the ledger fees
        const auto funded = everything();
        auto r = buy(poor, id, QStringLiteral("direct"));
        NX_VERIFY_ERROR(r, ErrorCode::Conflict);
        QCOMPARE(icrc(r).kind(), LedgerError::Kind::InsufficientFunds);
        QCOMPARE(everything(), funded);
        // Sold: the next buyer is told so, and by whom it was bought.
        NX_VERIFY_OK(buy(m_bob, id, QStringLiteral("direct")));
        auto late = buy(m_carol, id, QStringLiteral("direct"));
        NX_VERIFY_ERROR(late, ErrorCode::Conflict);
        QVERIFY(late.error().message.contains(QLatin1String("sold")));
        QVERIFY(late.error().message.contains(m_bob.toText()));
    }

    void feeArithmeticAndVolumeDiscount()
    {
        // The exact figure: floor(999,999 × 250 × 10,000 / 10^8) = floor(24,999.975) = 24,999.
        QCOMPARE(market::feeFor(999999, 250, 0), Nat128(24999));
        const QJsonObject tiers{{QStringLiteral("discount_bps"), 2000}, {QStringLiteral("min_volume"), QJsonObject{{ICP, n(100 * kE8)}}}};
        const QJsonObject v = good(m_fees, QStringLiteral("market.set_fees"), {{QStringLiteral("tiers"), QJsonArray{tiers}}, {QStringLiteral("reason"), QStringLiteral("test tiers")}});
        QCOMPARE(v.value(QStringLiteral("version")).toInteger(), 2); // v1 records the defaults it replaced
        const qint64 t0 = m_now + kHour;
        const qint64 first = list(m_alice, m_tokens[0], 100 * kE8, t0);
        QCOMPARE(nat(obj(buy(m_bob, first, QStringLiteral("direct"), t0 + 10)).value(QStringLiteral("sale_fee"))), Nat128(250000000));
        // 100 ICP sold within 30 days: 20 % off both fees.
        const QJsonObject quote = good(m_carol, QStringLiteral("market.fee_quote"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("price"), n(999999)},
                                                                                     {QStringLiteral("seller"), m_alice.toText()}}, t0 + 20);
        QCOMPARE(quote.value(QStringLiteral("discount_bps")).toInt(), 2000);
        QCOMPARE(nat(quote.value(QStringLiteral("seller_volume_30d"))), 100 * kE8);
        QCOMPARE(nat(quote.value(QStringLiteral("sale_fee"))), Nat128(19999));   // floor(19,999.98)
        QCOMPARE(nat(quote.value(QStringLiteral("listing_fee"))), Nat128(3999)); // floor(3,999.996)
        const qint64 second = list(m_alice, m_tokens[1], 100 * kE8, t0 + 30);
        QCOMPARE(nat(listing(second, m_alice).value(QStringLiteral("listing_fee_paid"))), Nat128(40000000));
        const QJsonObject discounted = obj(buy(m_carol, second, QStringLiteral("direct"), t0 + 40));
        QCOMPARE(discounted.value(QStringLiteral("discount_bps")).toInt(), 2000);
        QCOMPARE(nat(discounted.value(QStringLiteral("sale_fee"))), Nat128(200000000));
        // 30 days after the first sale it no longer counts; the second sale (100 ICP) still does.
        const qint64 month = market::kVolumeWindowNs;
        QCOMPARE(good(m_carol, QStringLiteral("market.fee_quote"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("price"), n(kE8)}, {QStringLiteral("seller"), m_alice.toText()}},
                      t0 + 10 + month).value(QStringLiteral("seller_volume_30d")).toString(), n(200 * kE8));
        QCOMPARE(good(m_carol, QStringLiteral("market.fee_quote"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("price"), n(kE8)}, {QStringLiteral("seller"), m_alice.toText()}},
                      t0 + 11 + month).value(QStringLiteral("seller_volume_30d")).toString(), n(100 * kE8));
        QCOMPARE(good(m_carol, QStringLiteral("market.fee_quote"), {{QStringLiteral("asset"), ICP}, {QStringLiteral("price"), n(kE8)}, {QStringLiteral("seller"), m_alice.toText()}},
                      t0 + 41 + month).value(QStringLiteral("discount_bps")).toInt(), 0);
        // Volume in ckBTC does not count for ICP, and the tier names no ckBTC threshold anyway.
        QCOMPARE(good(m_carol, QStringLiteral("market.fee_quote"), {{QStringLiteral("asset"), BTC}, {QStringLiteral("price"), QStringLiteral("100000")},
                                                                    {QStringLiteral("seller"), m_alice.toText()}}, t0 + 50).value(QStringLiteral("discount_bps")).toInt(), 0);
    }

    void feeSchedulesAreVersionedAndGuarded()
    {
        QCOMPARE(good(m_alice, QStringLiteral("market.fees"), {}).value(QStringLiteral("version")).toInteger(), 0);
        NX_VERIFY_ERROR(M(m_fees, QStringLiteral("market.set_fees"), {{QStringLiteral("sale_bps"), 250}}), ErrorCode::Conflict); // the defaults already
        NX_VERIFY_ERROR(M(m_admin, QStringLiteral("market.set_fees"), {{QStringLiteral("sale_bps"), 100}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(M(m_fees, QStringLiteral("market.set_fees"), {{QStringLiteral("sale_bps"), 10001}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_fees, QStringLiteral("market.set_fees"), {{QStringLiteral("treasury"), QStringLiteral("nope")}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_fees, QStringLiteral("market.set_fees"),
                          {{QStringLiteral("tiers"), QJsonArray{QJsonObject{{QStringLiteral("discount_bps"), 10}, {QStringLiteral("min_volume"), QJsonObject{{QStringLiteral("DOGE"), QStringLiteral("1")}}}}}}}),
                        ErrorCode::NotFound);
        NX_VERIFY_ERROR(M(m_fees, QStringLiteral("market.set_fees"),
                          {{QStringLiteral("tiers"), QJsonArray{QJsonObject{{QStringLiteral("discount_bps"), 10}, {QStringLiteral("min_volume"), QJsonObject{{ICP, 5}}}}}}}),
                        ErrorCode::InvalidArgument);
        const Account treasury(m_carol, QByteArray(32, '\x07'));
        QJsonObject r = good(m_fees, QStringLiteral("market.set_fees"), {{QStringLiteral("sale_bps"), 1000}, {QStringLiteral("listing_bps"), 0},
                                                                        {QStringLiteral("treasury"), treasury.toText()}, {QStringLiteral("reason"), QStringLiteral("launch")}});
        QCOMPARE(r.value(QStringLiteral("version")).toInteger(), 2);
        r = good(m_fees, QStringLiteral("market.set_fees"), {{QStringLiteral("sale_bps"), 500}});
        QCOMPARE(r.value(QStringLiteral("version")).toInteger(), 3);
        QCOMPARE(r.value(QStringLiteral("listing_bps")).toInt(), 0); // untouched fields carry over
        NX_VERIFY_ERROR(M(m_fees, QStringLiteral("market.set_fees"), {{QStringLiteral("sale_bps"), 500}}), ErrorCode::Conflict);
        const QJsonObject history = good(m_p->controller, QStringLiteral("system.config_history"), {{QStringLiteral("key"), QStringLiteral("market.fees")}});
        QCOMPARE(history.value(QStringLiteral("total")).toInteger(), 3);
        // The configuration's own methods cannot bypass the schedule's checks.
        NX_VERIFY_ERROR(M(m_p->controller, QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("market.fees")}, {QStringLiteral("value"), QJsonObject{}}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_p->controller, QStringLiteral("system.config_rollback"), {{QStringLiteral("key"), QStringLiteral("market.fees")}, {QStringLiteral("version"), 1}}),
                        ErrorCode::InvalidArgument);
        // No listing fee now; the sale fee (5 %) goes to the configured treasury, recorded with its version.
        const qint64 id = list(m_alice, m_tokens[0], 20 * kE8);
        const QJsonObject sale = obj(buy(m_bob, id, QStringLiteral("direct")));
        QCOMPARE(nat(sale.value(QStringLiteral("sale_fee"))), Nat128(100000000));
        QCOMPARE(sale.value(QStringLiteral("fee_version")).toInteger(), 3);
        QCOMPARE(balance(ICP, treasury), Nat128(100000000));
    }

    void moderation()
    {
        const qint64 id = list(m_alice, m_tokens[0], 10 * kE8);
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("market.hide_listing"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("reason"), QStringLiteral("spam")}}),
                        ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(M(m_admin, QStringLiteral("market.hide_listing"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("reason"), QStringLiteral("   ")}}),
                        ErrorCode::InvalidArgument);
        const QJsonObject hidden = good(m_admin, QStringLiteral("market.hide_listing"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("reason"), QStringLiteral("Copied artwork")}});
        QVERIFY(hidden.value(QStringLiteral("hidden")).toBool());
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("Copied artwork")));
        NX_VERIFY_ERROR(M(m_admin, QStringLiteral("market.hide_listing"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("reason"), QStringLiteral("again")}}), ErrorCode::Conflict);
        // Gone for everyone but the seller (who sees why) and moderators.
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("market.get_listing"), {{QStringLiteral("listing_id"), id}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), id}}), ErrorCode::NotFound);
        NX_VERIFY_ERROR(buy(m_bob, id, QStringLiteral("direct")), ErrorCode::NotFound);
        const QJsonObject seen = listing(id, m_alice);
        QCOMPARE(seen.value(QStringLiteral("moderation")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Copied artwork"));
        QCOMPARE(listing(id, m_admin).value(QStringLiteral("moderation")).toArray().size(), 1);
        NX_VERIFY_ERROR(buy(m_admin, id, QStringLiteral("direct")), ErrorCode::Conflict); // moderators see it, nobody buys it
        good(m_admin, QStringLiteral("market.unhide_listing"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("reason"), QStringLiteral("Licence shown")}});
        QCOMPARE(listing(id, m_alice).value(QStringLiteral("moderation")).toArray().size(), 2);
        QVERIFY(!listing(id, m_bob).contains(QStringLiteral("moderation")));
        NX_VERIFY_ERROR(M(m_admin, QStringLiteral("market.unhide_listing"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("reason"), QStringLiteral("x")}}), ErrorCode::Conflict);
        NX_VERIFY_OK(buy(m_bob, id, QStringLiteral("direct")));
    }

    void views()
    {
        const qint64 id = list(m_alice, m_tokens[0], 10 * kE8);
        const Principal guest = principalFor(77777);
        QCOMPARE(good(guest, QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), id}}).value(QStringLiteral("views")).toInteger(), 1);
        QCOMPARE(good(m_bob, QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), id}}).value(QStringLiteral("views")).toInteger(), 2);
        QCOMPARE(listing(id, m_bob).value(QStringLiteral("views")).toInteger(), 2);
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("market.view_listing"), {{QStringLiteral("listing_id"), 4242}}), ErrorCode::NotFound);
    }

    void twoBuyersRaceForOneListing()
    {
        // Twenty rounds: each time bob and carol call market.buy at once from their own threads.
        mintTo(kArt, QList<Account>(20, Account(m_alice)), QStringLiteral("Race"));
        QList<qint64> listings;
        for (qint64 tokenId = 5; tokenId < 25; ++tokenId)
            listings << list(m_alice, tokenId, 3 * kE8);
        const Nat128 bob0 = balance(ICP, m_bob), carol0 = balance(ICP, m_carol), alice0 = balance(ICP, m_alice);
        int bobWins = 0, carolWins = 0;
        for (qint64 id : std::as_const(listings)) {
            std::atomic<int> ready{0};
            Result<QJsonValue> r1 = Error(), r2 = Error();
            auto racer = [&](const Principal &who, Result<QJsonValue> *out) {
                ready.fetch_add(1);
                while (ready.load() < 2) {
                }
                *out = m_p->call(who, QStringLiteral("market.buy"), {{QStringLiteral("listing_id"), id}, {QStringLiteral("payment"), QStringLiteral("direct")}},
                                 Origin::Gui, kT0 + 400 * kHour);
            };
            std::thread a(racer, m_bob, &r1), b(racer, m_carol, &r2);
            a.join();
            b.join();
            QVERIFY2(bool(r1) != bool(r2), qPrintable(QStringLiteral("listing %1: %2 / %3").arg(id).arg(QString::fromUtf8(errText(r1)), QString::fromUtf8(errText(r2)))));
            const Result<QJsonValue> &loser = r1 ? r2 : r1;
            QCOMPARE(loser.error().code, ErrorCode::Conflict);
            QVERIFY2(loser.error().message.contains(QLatin1String("no longer for sale")), qPrintable(loser.error().message));
            (r1 ? bobWins : carolWins) += 1;
            const QString winner = (r1 ? m_bob : m_carol).toText();
            QCOMPARE(listing(id, m_alice).value(QStringLiteral("buyer")).toString(), winner);
        }
        QCOMPARE(bobWins + carolWins, 20);
        // Money moved exactly once per listing.
        const Nat128 price = 3 * kE8, fee = market::feeFor(price, 250, 0);
        QCOMPARE(balance(ICP, m_bob), bob0 - Nat128(bobWins) * (price + 2 * kFee));
        QCOMPARE(balance(ICP, m_carol), carol0 - Nat128(carolWins) * (price + 2 * kFee));
        QCOMPARE(balance(ICP, m_alice), alice0 + 20 * (price - fee));
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM market_sales")).toInt(), 20);
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
        QVERIFY(good(m_alice, QStringLiteral("nft.verify_chain"), {}).value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestMarket)
#include "tst_market.moc"
