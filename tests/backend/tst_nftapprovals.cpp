// ICRC-37 approvals through the gateway: token and collection approvals with expiry at its exact
// edge, transfer_from by an approved spender, revoke, the limits, and approvals ending when a
// token moves.
#include "marketfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestNftApprovals : public QObject, public MarketFixture
{
    Q_OBJECT

    const QString C = QStringLiteral("collection");
    const QString kSlug = QStringLiteral("gallery");

    QJsonObject approve(const Principal &owner, qint64 id, const Account &spender, std::optional<qint64> expires, qint64 at = 0)
    {
        QJsonObject item{{QStringLiteral("token_id"), id}, {QStringLiteral("spender"), spender.toText()}};
        if (expires)
            item.insert(QStringLiteral("expires_at"), s(*expires));
        return good(owner, QStringLiteral("nft.approve_tokens"), {{C, kSlug}, {QStringLiteral("approvals"), QJsonArray{item}}}, at);
    }
    QJsonObject transferFrom(const Principal &spender, const Account &from, const Account &to, qint64 id, qint64 at = 0)
    {
        return good(spender, QStringLiteral("nft.transfer_from"),
                    {{C, kSlug}, {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), id}, {QStringLiteral("from"), from.toText()},
                                                                                      {QStringLiteral("to"), to.toText()}}}}},
                    at);
    }
    bool isApproved(const Account &spender, qint64 id, qint64 at = 0)
    {
        return good(m_carol, QStringLiteral("nft.is_approved"),
                    {{C, kSlug}, {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("spender"), spender.toText()}, {QStringLiteral("token_id"), id}}}}}, at)
            .value(QStringLiteral("items")).toArray().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        setUp(this);
        collection(kSlug);
    }
    void cleanup() { tearDown(); }

    void tokenApprovalExpiresAtItsEdge()
    {
        const QList<qint64> ids = mintTo(kSlug, {Account(m_alice), Account(m_alice)});
        const qint64 t = kT0 + 10 * kHour;
        const qint64 expires = t + kHour;
        QCOMPARE(results(approve(m_alice, ids[0], Account(m_bob), expires, t)).at(0).toObject().value(QStringLiteral("block_index")).toInteger(), 2);
        QVERIFY(isApproved(Account(m_bob), ids[0], t + 1));
        QVERIFY(isApproved(Account(m_bob), ids[0], expires));           // still live at expires_at
        QVERIFY(!isApproved(Account(m_bob), ids[0], expires + 1));      // gone one ns later
        QVERIFY(!isApproved(Account(m_bob), ids[1], t + 2));            // only the approved token
        QVERIFY(!isApproved(Account(m_carol), ids[0], t + 3));
        const QJsonArray listed = good(m_bob, QStringLiteral("nft.get_token_approvals"), {{C, kSlug}, {QStringLiteral("token_id"), ids[0]}}, t + 4)
                                      .value(QStringLiteral("items")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("expires_at")).toString(), s(expires));
        QCOMPARE(good(m_bob, QStringLiteral("nft.get_token_approvals"), {{C, kSlug}, {QStringLiteral("token_id"), ids[0]}}, expires + 1)
                     .value(QStringLiteral("items")).toArray().size(), 0);

        // After expiry transfer_from is Unauthorized and changes nothing; before it, it moves the token.
        const auto before = nftState();
        QCOMPARE(itemError(results(transferFrom(m_bob, Account(m_alice), Account(m_bob), ids[0], expires + 1)), 0), QStringLiteral("Unauthorized"));
        QCOMPARE(nftState(), before);
        const QJsonObject moved = transferFrom(m_bob, Account(m_alice), Account(m_carol), ids[0], expires);
        QVERIFY(results(moved).at(0).toObject().contains(QStringLiteral("block_index")));
        QCOMPARE(ownerOf(kSlug, ids[0]), m_carol.toText());
        // The 37xfer block names the spender; the approval ended with the move.
        const QJsonArray blocks = good(m_bob, QStringLiteral("nft.get_blocks"), {{C, kSlug}, {QStringLiteral("start"), 3}, {QStringLiteral("length"), 1}})
                                      .value(QStringLiteral("blocks")).toArray();
        const Value b = valueFromJson(blocks.at(0).toObject().value(QStringLiteral("block"))).value();
        QCOMPARE(b.field(QStringLiteral("btype"))->asText(), QStringLiteral("37xfer"));
        QCOMPARE(accountFromValue(*b.field(QStringLiteral("tx"))->field(QStringLiteral("spender"))).value(), Account(m_bob));
        QVERIFY(!isApproved(Account(m_bob), ids[0]));
        QCOMPARE(itemError(results(transferFrom(m_bob, Account(m_carol), Account(m_bob), ids[0])), 0), QStringLiteral("Unauthorized"));
        // Refusals of approve itself.
        QCOMPARE(itemError(results(approve(m_bob, ids[1], Account(m_carol), std::nullopt)), 0), QStringLiteral("Unauthorized"));
        QCOMPARE(itemError(results(approve(m_alice, 99, Account(m_carol), std::nullopt)), 0), QStringLiteral("NonExistingTokenId"));
        const QJsonObject self = approve(m_alice, ids[1], Account(m_alice), std::nullopt);
        QCOMPARE(results(self).at(0).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("error_code")).toInt(), 3);
        const QJsonObject past = approve(m_alice, ids[1], Account(m_carol), m_now - 10);
        QCOMPARE(results(past).at(0).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("error_code")).toInt(), 4);
        QVERIFY(good(m_alice, QStringLiteral("nft.verify_chain"), {}).value(QStringLiteral("ok")).toBool());
    }

    void collectionApprovalCoversEveryToken()
    {
        const QList<qint64> ids = mintTo(kSlug, {Account(m_alice), Account(m_alice), Account(m_bob)});
        const qint64 t = kT0 + 20 * kHour;
        const QJsonObject r = good(m_alice, QStringLiteral("nft.approve_collection"),
                                   {{C, kSlug}, {QStringLiteral("spender"), m_carol.toText()}, {QStringLiteral("expires_at"), s(t + kHour)}}, t);
        QVERIFY(results(r).at(0).toObject().contains(QStringLiteral("block_index")));
        QVERIFY(isApproved(Account(m_carol), ids[0], t + 1));
        QVERIFY(isApproved(Account(m_carol), ids[1], t + 1));
        QVERIFY(!isApproved(Account(m_carol), ids[2], t + 1)); // bob's token
        // Tokens alice receives later are covered too.
        mintTo(kSlug, {Account(m_alice)});
        QVERIFY(isApproved(Account(m_carol), 4, t + 2));
        QCOMPARE(good(m_alice, QStringLiteral("nft.get_collection_approvals"), {{C, kSlug}}, t + 3).value(QStringLiteral("items")).toArray().size(), 1);
        transferFrom(m_carol, Account(m_alice), Account(m_carol), ids[1], t + 4);
        QCOMPARE(ownerOf(kSlug, ids[1]), m_carol.toText());
        // Expired: refused. Renewed and revoked: refused again.
        QCOMPARE(itemError(results(transferFrom(m_carol, Account(m_alice), Account(m_carol), ids[0], t + kHour + 1)), 0), QStringLiteral("Unauthorized"));
        good(m_alice, QStringLiteral("nft.approve_collection"), {{C, kSlug}, {QStringLiteral("spender"), m_carol.toText()}}, t + kHour + 2);
        QVERIFY(isApproved(Account(m_carol), ids[0], t + 10 * kHour));
        const QJsonObject revoked = good(m_alice, QStringLiteral("nft.revoke_collection_approvals"), {{C, kSlug}, {QStringLiteral("spender"), m_carol.toText()}});
        QVERIFY(results(revoked).at(0).toObject().contains(QStringLiteral("block_index")));
        QVERIFY(!isApproved(Account(m_carol), ids[0]));
        QCOMPARE(itemError(results(good(m_alice, QStringLiteral("nft.revoke_collection_approvals"), {{C, kSlug}})), 0), QStringLiteral("ApprovalDoesNotExist"));
        QCOMPARE(itemError(results(good(m_alice, QStringLiteral("nft.approve_collection"), {{C, kSlug}, {QStringLiteral("spender"), m_alice.toText()}})), 0),
                 QStringLiteral("GenericError"));
    }

    void revokeAndLimits()
    {
        const QList<qint64> ids = mintTo(kSlug, {Account(m_alice)});
        for (int i = 0; i < 10; ++i)
            QVERIFY(results(approve(m_alice, ids[0], Account(principalFor(300 + i)), std::nullopt)).at(0).toObject().contains(QStringLiteral("block_index")));
        const QJsonObject eleventh = approve(m_alice, ids[0], Account(principalFor(400)), std::nullopt);
        QCOMPARE(results(eleventh).at(0).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("error_code")).toInt(), 2);
        // Re-approving an existing spender replaces it (a new expiry), within the limit.
        QVERIFY(results(approve(m_alice, ids[0], Account(principalFor(300)), m_now + kHour)).at(0).toObject().contains(QStringLiteral("block_index")));
        auto revoke = [&](const Principal &as, QJsonObject item) {
            item.insert(QStringLiteral("token_id"), ids[0]);
            return results(good(as, QStringLiteral("nft.revoke_token_approvals"), {{C, kSlug}, {QStringLiteral("revokes"), QJsonArray{item}}}));
        };
        QCOMPARE(itemError(revoke(m_bob, {}), 0), QStringLiteral("Unauthorized"));
        QVERIFY(revoke(m_alice, {{QStringLiteral("spender"), principalFor(301).toText()}}).at(0).toObject().contains(QStringLiteral("block_index")));
        QCOMPARE(itemError(revoke(m_alice, {{QStringLiteral("spender"), principalFor(301).toText()}}), 0), QStringLiteral("ApprovalDoesNotExist"));
        QCOMPARE(good(m_bob, QStringLiteral("nft.get_token_approvals"), {{C, kSlug}, {QStringLiteral("token_id"), ids[0]}}).value(QStringLiteral("items")).toArray().size(), 9);
        QVERIFY(revoke(m_alice, {}).at(0).toObject().contains(QStringLiteral("block_index"))); // every spender
        QCOMPARE(good(m_bob, QStringLiteral("nft.get_token_approvals"), {{C, kSlug}, {QStringLiteral("token_id"), ids[0]}}).value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(itemError(revoke(m_alice, {}), 0), QStringLiteral("ApprovalDoesNotExist"));
        // A plain transfer also ends token approvals.
        approve(m_alice, ids[0], Account(m_bob), std::nullopt);
        good(m_alice, QStringLiteral("nft.transfer"), {{C, kSlug}, {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), ids[0]}, {QStringLiteral("to"), m_carol.toText()}}}}});
        QVERIFY(!isApproved(Account(m_bob), ids[0]));
        // is_approved checks the holder's subaccount too.
        const QJsonArray bySub = good(m_carol, QStringLiteral("nft.is_approved"),
                                      {{C, kSlug}, {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("spender"), m_bob.toText()}, {QStringLiteral("token_id"), ids[0]},
                                                                                                    {QStringLiteral("from_subaccount"), QStringLiteral("1")}}}}})
                                     .value(QStringLiteral("items")).toArray();
        QCOMPARE(bySub, (QJsonArray{false}));
        QVERIFY(good(m_alice, QStringLiteral("nft.verify_chain"), {}).value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestNftApprovals)
#include "tst_nftapprovals.moc"
