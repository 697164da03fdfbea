// NFT collections through the gateway: create and mint (supply cap, metadata Values), ICRC-7
// queries and paging, batch transfers with per-item results and dedup, the block chain and its
// verification (tampering is named).
#include "marketfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestNft : public QObject, public MarketFixture
{
    Q_OBJECT

    const QString C = QStringLiteral("collection");

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUp(this); }
    void cleanup() { tearDown(); }

    void createCollection()
    {
        const QJsonObject c = collection(QStringLiteral("sky-isles"), 3);
        QCOMPARE(c.value(C).toString(), QStringLiteral("sky-isles"));
        QCOMPARE(c.value(QStringLiteral("creator")).toString(), m_creator.toText());
        QCOMPARE(c.value(QStringLiteral("supply_cap")).toInteger(), 3);
        // Handles are unique and shaped; plain users do not create collections.
        const QJsonObject again{{C, QStringLiteral("sky-isles")}, {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("symbol"), QStringLiteral("X")}};
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("nft.create_collection"), again), ErrorCode::AlreadyExists);
        QJsonObject bad = again;
        bad.insert(C, QStringLiteral("Sky Isles"));
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("nft.create_collection"), bad), ErrorCode::InvalidArgument);
        bad.insert(C, QStringLiteral("blank-name"));
        bad.insert(QStringLiteral("name"), QStringLiteral("   "));
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("nft.create_collection"), bad), ErrorCode::InvalidArgument);
        QJsonObject byUser = again;
        byUser.insert(C, QStringLiteral("alices"));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("nft.create_collection"), byUser), ErrorCode::PermissionDenied);

        const QJsonObject meta = good(m_bob, QStringLiteral("nft.collection_metadata"), {{C, QStringLiteral("sky-isles")}});
        auto value = valueFromJson(meta.value(QStringLiteral("icrc7_metadata")));
        NX_VERIFY_OK(value);
        QCOMPARE(value->field(QStringLiteral("icrc7:symbol"))->asText(), QStringLiteral("SKY-"));
        QCOMPARE(value->field(QStringLiteral("icrc7:supply_cap"))->asNat(), Nat128(3));
        QCOMPARE(value->field(QStringLiteral("icrc7:max_update_batch_size"))->asNat(), Nat128(100));
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("nft.collection_metadata"), {{C, QStringLiteral("nope")}}), ErrorCode::NotFound);
        QCOMPARE(good(m_bob, QStringLiteral("nft.collections"), {}).value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(good(m_bob, QStringLiteral("nft.collections"), {{QStringLiteral("creator"), m_alice.toText()}}).value(QStringLiteral("items")).toArray().size(), 0);
    }

    void mintWithMetadataAndCap()
    {
        collection(QStringLiteral("capped"), 3);
        // Plain JSON and tagged Values both become Value metadata.
        QJsonObject meta{{QStringLiteral("name"), QStringLiteral("Isle #1")}, {QStringLiteral("rarity"), 3}, {QStringLiteral("depth"), -2},
                         {QStringLiteral("big"), QJsonObject{{QStringLiteral("Nat"), QStringLiteral("340282366920938463463374607431768211455")}}},
                         {QStringLiteral("tags"), QJsonArray{QStringLiteral("sky"), QStringLiteral("isle")}}};
        const QJsonObject r = good(m_creator, QStringLiteral("nft.mint"),
                                   {{C, QStringLiteral("capped")},
                                    {QStringLiteral("tokens"), QJsonArray{QJsonObject{{QStringLiteral("to"), m_alice.toText()}, {QStringLiteral("metadata"), meta}},
                                                                          QJsonObject{{QStringLiteral("token_id"), 42}}}}});
        const QJsonArray minted = r.value(QStringLiteral("minted")).toArray();
        QCOMPARE(minted.at(0).toObject().value(QStringLiteral("token_id")).toInteger(), 1);
        QCOMPARE(minted.at(1).toObject().value(QStringLiteral("token_id")).toInteger(), 42);
        QCOMPARE(minted.at(1).toObject().value(QStringLiteral("owner")).toString(), m_creator.toText()); // default: the minter
        const QJsonArray metas = good(m_bob, QStringLiteral("nft.token_metadata"), {{C, QStringLiteral("capped")}, {QStringLiteral("token_ids"), QJsonArray{1, 42, 7}}})
                                     .value(QStringLiteral("items")).toArray();
        auto v = valueFromJson(metas.at(0));
        NX_VERIFY_OK(v);
        QCOMPARE(v->field(QStringLiteral("name"))->asText(), QStringLiteral("Isle #1"));
        QCOMPARE(v->field(QStringLiteral("rarity"))->asNat(), Nat128(3));
        QCOMPARE(v->field(QStringLiteral("depth"))->asInt(), Int128(-2));
        QCOMPARE(v->field(QStringLiteral("big"))->asNat(), ~Nat128(0));
        QCOMPARE(v->field(QStringLiteral("tags"))->asArray().size(), size_t(2));
        QVERIFY(metas.at(2).isNull());

        // Only the creator mints; a taken id, a bad value or the cap refuse the whole batch.
        const auto before = nftState();
        const QJsonObject one{{C, QStringLiteral("capped")}, {QStringLiteral("tokens"), QJsonArray{QJsonObject{}}}};
        QVERIFY(m_p->addUser(principalFor(20), QStringLiteral("Other creator"), Role::Creator));
        auto other = M(principalFor(20), QStringLiteral("nft.mint"), one);
        NX_VERIFY_ERROR(other, ErrorCode::PermissionDenied);
        QVERIFY(!isGatewayDenialText(other.error().message));
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("nft.mint"),
                          {{C, QStringLiteral("capped")}, {QStringLiteral("tokens"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), 42}}}}}),
                        ErrorCode::AlreadyExists);
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("nft.mint"),
                          {{C, QStringLiteral("capped")}, {QStringLiteral("tokens"), QJsonArray{QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("x"), true}}}}}}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("nft.mint"), {{C, QStringLiteral("capped")}, {QStringLiteral("tokens"), QJsonArray{QJsonObject{}, QJsonObject{}}}}),
                        ErrorCode::Conflict);
        QCOMPARE(nftState(), before);
        good(m_creator, QStringLiteral("nft.mint"), one);
        auto full = M(m_creator, QStringLiteral("nft.mint"), one);
        NX_VERIFY_ERROR(full, ErrorCode::Conflict);
        QVERIFY(full.error().message.contains(QLatin1String("supply cap")));
        QCOMPARE(good(m_bob, QStringLiteral("nft.collection_metadata"), {{C, QStringLiteral("capped")}}).value(QStringLiteral("total_supply")).toInteger(), 3);
    }

    void queriesAndPaging()
    {
        collection(QStringLiteral("pages"));
        QList<Account> owners;
        for (int i = 0; i < 7; ++i)
            owners << (i % 2 == 0 ? Account(m_alice) : i == 5 ? withSub(m_alice, 3) : Account(m_bob));
        const QList<qint64> ids = mintTo(QStringLiteral("pages"), owners);
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5, 6, 7}));
        const QJsonArray balances = good(m_carol, QStringLiteral("nft.balance_of"),
                                         {{C, QStringLiteral("pages")}, {QStringLiteral("accounts"), QJsonArray{m_alice.toText(), m_bob.toText(), withSub(m_alice, 3).toText(), m_carol.toText()}}})
                                        .value(QStringLiteral("items")).toArray();
        QCOMPARE(balances, (QJsonArray{4, 2, 1, 0}));
        QCOMPARE(ownerOf(QStringLiteral("pages"), 6), withSub(m_alice, 3).toText());
        auto page = [&](const QString &method, QJsonObject args) {
            args.insert(C, QStringLiteral("pages"));
            return good(m_alice, method, args).value(QStringLiteral("items")).toArray();
        };
        QCOMPARE(page(QStringLiteral("nft.tokens"), {{QStringLiteral("take"), 3}}), (QJsonArray{1, 2, 3}));
        QCOMPARE(page(QStringLiteral("nft.tokens"), {{QStringLiteral("prev"), 3}, {QStringLiteral("take"), 3}}), (QJsonArray{4, 5, 6}));
        QCOMPARE(page(QStringLiteral("nft.tokens"), {{QStringLiteral("prev"), 6}}), (QJsonArray{7}));
        QCOMPARE(page(QStringLiteral("nft.tokens_of"), {}), (QJsonArray{1, 3, 5, 7})); // default: the caller's account
        QCOMPARE(page(QStringLiteral("nft.tokens_of"), {{QStringLiteral("prev"), 3}, {QStringLiteral("take"), 1}}), (QJsonArray{5}));
        QCOMPARE(page(QStringLiteral("nft.tokens_of"), {{QStringLiteral("account"), m_bob.toText()}}), (QJsonArray{2, 4}));
        QCOMPARE(page(QStringLiteral("nft.tokens_of"), {{QStringLiteral("subaccount"), QStringLiteral("3")}}), (QJsonArray{6}));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("nft.tokens"), {{C, QStringLiteral("pages")}, {QStringLiteral("take"), 1001}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("nft.owner_of"), {{C, QStringLiteral("pages")}, {QStringLiteral("token_ids"), QJsonArray{}}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("nft.balance_of"), {{C, QStringLiteral("pages")}, {QStringLiteral("accounts"), QJsonArray{QStringLiteral("not-an-account")}}}),
                        ErrorCode::InvalidArgument);
    }

    void batchTransferPerItemResults()
    {
        collection(QStringLiteral("moves"));
        const QList<qint64> ids = mintTo(QStringLiteral("moves"), {Account(m_alice), Account(m_alice), Account(m_bob), Account(m_alice)});
        const QString slug = QStringLiteral("moves");
        const qint64 t = m_now + kHour;
        auto item = [&](qint64 id, const Account &to, std::optional<qint64> created = std::nullopt) {
            QJsonObject o{{QStringLiteral("token_id"), id}, {QStringLiteral("to"), to.toText()}};
            if (created)
                o.insert(QStringLiteral("created_at_time"), s(*created));
            return o;
        };
        const QJsonObject r = good(m_alice, QStringLiteral("nft.transfer"),
                                   {{C, slug},
                                    {QStringLiteral("transfers"), QJsonArray{item(ids[0], Account(m_carol), t),      // ok
                                                                             item(ids[2], Account(m_carol)),         // bob's: Unauthorized
                                                                             item(99, Account(m_carol)),             // NonExistingTokenId
                                                                             item(ids[1], Account(m_alice)),         // to itself: InvalidRecipient
                                                                             item(ids[0], Account(m_carol), t),      // the first again: Duplicate
                                                                             item(ids[3], Account(m_carol), t - kWindow - kDrift - 1), // TooOld
                                                                             item(ids[3], Account(m_carol), t + kDrift + 1),           // CreatedInFuture
                                                                             item(ids[1], withSub(m_alice, 9))}}},   // ok: to a subaccount
                                   t);
        const QJsonArray res = results(r);
        QCOMPARE(r.value(QStringLiteral("ok")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("refused")).toInt(), 6);
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("block_index")).toInteger(), 4); // after 4 mint blocks
        QCOMPARE(itemError(res, 1), QStringLiteral("Unauthorized"));
        QCOMPARE(itemError(res, 2), QStringLiteral("NonExistingTokenId"));
        QCOMPARE(itemError(res, 3), QStringLiteral("InvalidRecipient"));
        QCOMPARE(itemError(res, 4), QStringLiteral("Duplicate"));
        QCOMPARE(res.at(4).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("duplicate_of")).toInteger(), 4);
        QCOMPARE(itemError(res, 5), QStringLiteral("TooOld"));
        QCOMPARE(itemError(res, 6), QStringLiteral("CreatedInFuture"));
        QCOMPARE(res.at(6).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("ledger_time")).toString(), s(t));
        QCOMPARE(res.at(7).toObject().value(QStringLiteral("block_index")).toInteger(), 5);
        QCOMPARE(ownerOf(slug, ids[0]), m_carol.toText());
        QCOMPARE(ownerOf(slug, ids[1]), withSub(m_alice, 9).toText());
        QCOMPARE(ownerOf(slug, ids[2]), m_bob.toText());
        // The retry of a landed transfer in a later call is still a Duplicate naming its block.
        const QJsonObject retry = good(m_alice, QStringLiteral("nft.transfer"), {{C, slug}, {QStringLiteral("transfers"), QJsonArray{item(ids[0], Account(m_carol), t)}}}, t + kHour);
        QCOMPARE(itemError(results(retry), 0), QStringLiteral("Duplicate"));
        // From a subaccount: from_subaccount picks the sending account.
        QJsonObject fromSub = item(ids[1], Account(m_bob));
        fromSub.insert(QStringLiteral("from_subaccount"), QStringLiteral("9"));
        QVERIFY(results(good(m_alice, QStringLiteral("nft.transfer"), {{C, slug}, {QStringLiteral("transfers"), QJsonArray{fromSub}}})).at(0).toObject().contains(QStringLiteral("block_index")));
        QCOMPARE(ownerOf(slug, ids[1]), m_bob.toText());
        // The audit entry says what happened; a batch with only refusals is still an ok call.
        QVERIFY(m_p->lastEntry().value(3).toString().contains(QLatin1String("moves: 1 transfer(s) ok")));
        const auto before = nftState();
        const QJsonObject allBad = good(m_carol, QStringLiteral("nft.transfer"), {{C, slug}, {QStringLiteral("transfers"), QJsonArray{item(ids[2], Account(m_alice))}}});
        QCOMPARE(allBad.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(nftState(), before);
        // Malformed input refuses the call; more than 100 items too.
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("nft.transfer"), {{C, slug}, {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), 1}, {QStringLiteral("to"), QStringLiteral("x")}}}}}),
                        ErrorCode::InvalidArgument);
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(item(1, Account(m_bob)));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("nft.transfer"), {{C, slug}, {QStringLiteral("transfers"), many}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("nft.transfer"), {{C, QStringLiteral("nope")}, {QStringLiteral("transfers"), QJsonArray{item(1, Account(m_bob))}}}),
                        ErrorCode::NotFound);
        QVERIFY(good(m_alice, QStringLiteral("nft.verify_chain"), {}).value(QStringLiteral("ok")).toBool());
    }

    void lockedTokensDoNotMove()
    {
        collection(QStringLiteral("locks"));
        const QList<qint64> ids = mintTo(QStringLiteral("locks"), {Account(m_alice)});
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("UPDATE nft_tokens SET locked_by = 77")), QString());
        const QJsonObject r = good(m_alice, QStringLiteral("nft.transfer"),
                                   {{C, QStringLiteral("locks")}, {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), ids[0]}, {QStringLiteral("to"), m_bob.toText()}}}}});
        const QJsonObject e = results(r).at(0).toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("error")).toString(), QStringLiteral("GenericError"));
        QCOMPARE(e.value(QStringLiteral("error_code")).toInt(), 1);
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(QLatin1String("listing 77")));
    }

    void blocksAndVerification()
    {
        collection(QStringLiteral("chain"));
        const QList<qint64> ids = mintTo(QStringLiteral("chain"), {Account(m_alice), Account(m_bob)});
        good(m_alice, QStringLiteral("nft.transfer"), {{C, QStringLiteral("chain")}, {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), ids[0]}, {QStringLiteral("to"), m_carol.toText()}, {QStringLiteral("memo_text"), QStringLiteral("gift")}}}}});
        const QJsonObject r = good(m_carol, QStringLiteral("nft.get_blocks"), {{C, QStringLiteral("chain")}, {QStringLiteral("start"), 0}, {QStringLiteral("length"), 10}});
        QCOMPARE(r.value(QStringLiteral("log_length")).toInteger(), 3);
        const QJsonArray blocks = r.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.size(), 3);
        QList<Value> values;
        for (const QJsonValue &b : blocks)
            values << valueFromJson(b.toObject().value(QStringLiteral("block"))).value();
        QCOMPARE(values[0].field(QStringLiteral("btype"))->asText(), QStringLiteral("7mint"));
        QVERIFY(!values[0].field(QStringLiteral("phash")));
        QCOMPARE(values[1].field(QStringLiteral("phash"))->asBlob(), values[0].hash());
        QCOMPARE(values[2].field(QStringLiteral("phash"))->asBlob(), values[1].hash());
        const Value *tx = values[2].field(QStringLiteral("tx"));
        QCOMPARE(values[2].field(QStringLiteral("btype"))->asText(), QStringLiteral("7xfer"));
        QCOMPARE(tx->field(QStringLiteral("tid"))->asNat(), Nat128(ids[0]));
        QCOMPARE(accountFromValue(*tx->field(QStringLiteral("to"))).value(), Account(m_carol));
        QCOMPARE(tx->field(QStringLiteral("memo"))->asBlob(), QByteArray("gift"));
        QCOMPARE(values[0].field(QStringLiteral("tx"))->field(QStringLiteral("meta"))->field(QStringLiteral("name"))->asText(), QStringLiteral("Token 0"));
        // The generic chain check agrees, and the collection's tip is the last hash.
        QVERIFY(verifyBlockValuesLike(values));
        QCOMPARE(good(m_carol, QStringLiteral("nft.collection_metadata"), {{C, QStringLiteral("chain")}}).value(QStringLiteral("tip_hash")).toString(),
                 QString::fromLatin1(values[2].hash().toHex()));
        QJsonObject v = good(m_alice, QStringLiteral("nft.verify_chain"), {{C, QStringLiteral("chain")}});
        QVERIFY(v.value(QStringLiteral("ok")).toBool());

        // A holder changed behind the chain's back is found by the replay.
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("UPDATE nft_tokens SET owner = ? WHERE token_id = 2"), {m_alice.bytes()}), QString());
        v = good(m_alice, QStringLiteral("nft.verify_chain"), {{C, QStringLiteral("chain")}});
        QVERIFY(!v.value(QStringLiteral("ok")).toBool());
        QVERIFY(v.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("token 2")));
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("UPDATE nft_tokens SET owner = ? WHERE token_id = 2"), {m_bob.bytes()}), QString());
        // Blocks are append-only; rewriting one anyway is named by its index.
        QVERIFY(!sqlExec(m_p->dbPath(), QStringLiteral("UPDATE nft_blocks SET block = block")).isEmpty());
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("DROP TRIGGER nft_blocks_no_update")), QString());
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("UPDATE nft_blocks SET block = replace(block, 'gift', 'gaft') WHERE idx = 2")), QString());
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("UPDATE nft_blocks SET block = replace(block, '\"Token 1\"', '\"Token X\"') WHERE idx = 1")), QString());
        v = good(m_alice, QStringLiteral("nft.verify_chain"), {});
        QVERIFY(!v.value(QStringLiteral("ok")).toBool());
        const QJsonObject item = v.value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("first_bad_block")).toInteger(), 1);
    }

private:
    static bool isGatewayDenialText(const QString &m) { return m.contains(QLatin1String("needs the role")) || m.contains(QLatin1String("which you do not hold")); }
    static bool verifyBlockValuesLike(const QList<Value> &values)
    {
        QByteArray prev;
        for (const Value &v : values) {
            const Value *p = v.field(QStringLiteral("phash"));
            if ((p ? p->asBlob() : QByteArray()) != prev)
                return false;
            prev = v.hash();
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestNft)
#include "tst_nft.moc"
