#pragma once
// Shared set-up of the marketplace suites (nft.*, market.*, tickets.*, events.*): the ledger
// fixture's cast and clock, plus helpers that make collections and tokens through the gateway.

#include "ledgerfixture.h"

namespace nexus::test {

class MarketFixture : public LedgerFixture
{
protected:
    // Any method at the next tick of the test clock (or at `at`).
    Result<QJsonValue> M(const Principal &as, const QString &method, const QJsonObject &args, qint64 at = 0)
    {
        m_now = at ? at : m_now + 1000;
        return m_p->call(as, method, args, Origin::Seed, m_now);
    }
    QJsonObject good(const Principal &as, const QString &method, const QJsonObject &args, qint64 at = 0)
    {
        auto r = M(as, method, args, at);
        if (!r)
            QTest::qFail(qPrintable(method + QStringLiteral(": ") + QString::fromUtf8(errText(r))), __FILE__, __LINE__);
        return obj(r);
    }
    // A collection made by m_creator.
    QJsonObject collection(const QString &slug, std::optional<qint64> cap = std::nullopt)
    {
        QJsonObject a{{QStringLiteral("collection"), slug}, {QStringLiteral("name"), QStringLiteral("Collection %1").arg(slug)},
                      {QStringLiteral("symbol"), slug.left(4).toUpper()}};
        if (cap)
            a.insert(QStringLiteral("supply_cap"), *cap);
        return good(m_creator, QStringLiteral("nft.create_collection"), a);
    }
    // Mints one token per owner (in order) into `slug`; returns the token ids.
    QList<qint64> mintTo(const QString &slug, const QList<Account> &owners, const QString &namePrefix = QStringLiteral("Token"))
    {
        QJsonArray tokens;
        for (const Account &o : owners)
            tokens.append(QJsonObject{{QStringLiteral("to"), o.toText()},
                                      {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("%1 %2").arg(namePrefix).arg(tokens.size())}}}});
        const QJsonObject r = good(m_creator, QStringLiteral("nft.mint"), {{QStringLiteral("collection"), slug}, {QStringLiteral("tokens"), tokens}});
        QList<qint64> ids;
        for (const QJsonValue &v : r.value(QStringLiteral("minted")).toArray())
            ids << v.toObject().value(QStringLiteral("token_id")).toInteger();
        return ids;
    }
    QString ownerOf(const QString &slug, qint64 id)
    {
        return good(m_alice, QStringLiteral("nft.owner_of"), {{QStringLiteral("collection"), slug}, {QStringLiteral("token_ids"), QJsonArray{id}}})
            .value(QStringLiteral("items")).toArray().at(0).toString();
    }
    // The per-item results of a batch answer.
    static QJsonArray results(const QJsonObject &answer) { return answer.value(QStringLiteral("results")).toArray(); }
    static QString itemError(const QJsonArray &results, int i)
    {
        return results.at(i).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("error")).toString();
    }
    // Everything the NFT tables hold, to show a refused call changed nothing.
    QList<QVariantList> nftState() const
    {
        return sqlRows(m_p->dbPath(), QStringLiteral(
            "SELECT 'c', id, total_supply || '/' || next_token_id || '/' || blocks, hex(ifnull(tip_hash, '')) FROM nft_collections "
            "UNION ALL SELECT 't', collection, token_id, hex(owner) || hex(subaccount) || ifnull(locked_by, '') FROM nft_tokens "
            "UNION ALL SELECT 'a', collection, token_id, hex(spender) || ifnull(expires_at, '') FROM nft_token_approvals "
            "UNION ALL SELECT 'k', collection, hex(owner), hex(spender) || ifnull(expires_at, '') FROM nft_collection_approvals "
            "UNION ALL SELECT 'b', collection, idx, hex(hash) FROM nft_blocks "
            "UNION ALL SELECT 'd', collection, idx, hex(tx_hash) FROM nft_dedup ORDER BY 1, 2, 3"));
    }
};

} // namespace nexus::test
