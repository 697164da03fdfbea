#pragma once
// Shared set-up of the swap suites: the ledger fixture's cast and clock, three swap approvers
// (admins holding manage_swaps), manual oracle prices (ICP $10, BTC $60,000, ETH $3,000) so swaps
// can be valued, funded parties, deterministic secrets, and helpers that call swaps.* methods.

#include "ledgerfixture.h"

#include "swapcontract.h"
#include "swapsecret.h"

namespace nexus::test {

inline const QString kSwapIcpUsd = QStringLiteral("10");
constexpr Nat128 kE8 = 100000000;

class SwapFixture : public LedgerFixture
{
protected:
    const Principal m_approver1 = principalFor(30);
    const Principal m_approver2 = principalFor(31);
    const Principal m_approver3 = principalFor(32);
    const Principal m_plainAdmin = m_admin; // an admin without manage_swaps

    // A secret derived from n (the same n gives the same secret).
    static SwapSecret secret(int n) { return SwapSecret::fromSecret(QCryptographicHash::hash("swap secret " + QByteArray::number(n), QCryptographicHash::Sha256)); }

    // A swaps.* call at the next tick of the test clock (or at `at`).
    Result<QJsonValue> S(const Principal &as, const QString &method, const QJsonObject &args, qint64 at = 0)
    {
        m_now = at ? at : m_now + 1000;
        return m_p->call(as, QStringLiteral("swaps.") + method, args, Origin::Seed, m_now);
    }
    QJsonObject sok(const Principal &as, const QString &method, const QJsonObject &args, qint64 at = 0)
    {
        auto r = S(as, method, args, at);
        if (!r)
            QTest::qFail(qPrintable(QStringLiteral("swaps.") + method + QStringLiteral(": ") + QString::fromUtf8(errText(r))), __FILE__, __LINE__);
        return obj(r);
    }
    static QJsonObject initiateArgs(const Principal &participant, const SwapSecret &sec, const QString &asset = ICP, Nat128 amount = 10 * kE8,
                                    const QString &wantAsset = BTC, Nat128 wantAmount = 100000)
    {
        return {{QStringLiteral("participant"), participant.toText()},
                {QStringLiteral("asset"), asset},
                {QStringLiteral("amount"), n(amount)},
                {QStringLiteral("participant_asset"), wantAsset},
                {QStringLiteral("participant_amount"), n(wantAmount)},
                {QStringLiteral("hashlock"), sec.hashlockHex()}};
    }
    static QJsonObject idArgs(qint64 id, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("id"), id);
        return extra;
    }
    // Alice initiates (10 ICP for 0.001 ckBTC from Bob) with secret n; returns the swap id.
    qint64 initiated(int n = 1, const Principal &initiator = {}, const Principal &participant = {})
    {
        const QJsonObject r = sok(initiator.bytes().isEmpty() ? m_alice : initiator, QStringLiteral("initiate"),
                                  initiateArgs(participant.bytes().isEmpty() ? m_bob : participant, secret(n)));
        return r.value(QStringLiteral("id")).toInteger();
    }
    qint64 participated(int n = 1)
    {
        const qint64 id = initiated(n);
        sok(m_bob, QStringLiteral("participate"), idArgs(id));
        return id;
    }
    qint64 redeemed(int n = 1)
    {
        const qint64 id = participated(n);
        sok(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), secret(n).secretHex()}}));
        return id;
    }
    QJsonObject contract(qint64 id) { return sok(m_carol, QStringLiteral("audit_contract"), idArgs(id)); }
    QString state(qint64 id) { return contract(id).value(QStringLiteral("state")).toString(); }
    Nat128 escrow(qint64 id, SwapLegId leg, const QString &asset) { return balance(asset, swapEscrowAccount(id, leg)); }

    // For each asset, straight from the tables: every balance (escrow included) sums to the supply.
    QString conservation() const
    {
        const auto rows = sqlRows(m_p->dbPath(), QStringLiteral("SELECT symbol, hex(minted), hex(burned), hex(fees_burned) FROM ledger_assets"));
        for (const QVariantList &r : rows) {
            Nat128 sum = 0;
            for (const QVariantList &b : sqlRows(m_p->dbPath(), QStringLiteral("SELECT amount FROM ledger_balances WHERE asset = ?"), {r[0]}))
                sum += ledger::fromBlob16(b[0].toByteArray());
            const auto val = [](const QVariant &hex) { return ledger::fromBlob16(QByteArray::fromHex(hex.toByteArray())); };
            if (sum != val(r[1]) - val(r[2]) - val(r[3]))
                return QStringLiteral("%1: balances %2 != supply %3").arg(r[0].toString(), n(sum), n(val(r[1]) - val(r[2]) - val(r[3])));
        }
        return {};
    }

    void setUpSwaps(QObject *receiver)
    {
        setUp(receiver);
        for (const Principal &p : {m_approver1, m_approver2, m_approver3}) {
            QVERIFY(m_p->addUser(p, QStringLiteral("Approver"), Role::Admin));
            QVERIFY(m_p->grant(p, QStringLiteral("manage_swaps")));
        }
        for (const auto &[pair, rate] : {std::pair{QStringLiteral("ICP/USD"), kSwapIcpUsd}, std::pair{QStringLiteral("BTC/USD"), QStringLiteral("60000")},
                                         std::pair{QStringLiteral("ETH/USD"), QStringLiteral("3000")}})
            NX_VERIFY_OK(m_p->call(m_p->controller, QStringLiteral("oracle.set_manual_price"),
                                   {{QStringLiteral("pair"), pair}, {QStringLiteral("rate"), rate}, {QStringLiteral("reason"), QStringLiteral("test prices")}},
                                   Origin::Seed, m_now));
        for (const Principal &p : {m_alice, m_bob, m_carol}) {
            mint(Account(p), 1000 * kE8, ICP);
            mint(Account(p), 10 * kE8, BTC);
            mint(Account(p), Nat128(10) * 1000000000000000000ULL, ETH);
        }
    }
};

} // namespace nexus::test
