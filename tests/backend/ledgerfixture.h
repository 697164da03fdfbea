#pragma once
// Shared set-up of the ledger suites: a profile with an admin, a fee admin (manage_fees), three
// users and a creator, a test clock for ledger time, and helpers that call ledger.* methods.

#include "testprofile.h"

#include "ledgerblock.h"
#include "ledgerchain.h"
#include "ledgererror.h"
#include "ledgerrules.h"
#include "valuejson.h"

#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace nexus::test {

inline const QString ICP = QStringLiteral("ICP");
inline const QString BTC = QStringLiteral("ckBTC");
inline const QString ETH = QStringLiteral("ckETH");
constexpr qint64 kT0 = 1'760'000'000'000'000'000;
constexpr qint64 kHour = 3600LL * 1000000000;
constexpr qint64 kDrift = ledger::kPermittedDriftNs;
constexpr qint64 kWindow = ledger::kTxWindowNs;

inline QString s(qint64 v) { return QString::number(v); }
inline QString n(Nat128 v) { return nat128ToString(v); }
inline Nat128 nat(const QJsonValue &v)
{
    Nat128 out = 0;
    if (!nat128FromString(v.toString(), &out))
        qWarning("not a nat: %s", qPrintable(v.toString()));
    return out;
}
inline QString sub(int k) { return QString::number(k, 16); }
inline Account withSub(const Principal &p, int k)
{
    QByteArray b(32, '\0');
    b[31] = char(k);
    return Account(p, b);
}

// The ICRC variant an Error carries (fails the test when it carries none).
inline LedgerError icrc(const Result<QJsonValue> &r)
{
    if (r) {
        QTest::qFail("expected a ledger error, got success", __FILE__, __LINE__);
        return LedgerError::temporarilyUnavailable();
    }
    auto e = LedgerError::fromDetails(r.error().details);
    if (!e) {
        QTest::qFail(qPrintable(QStringLiteral("no ledger error in: ") + QString::fromUtf8(errText(r))), __FILE__, __LINE__);
        return LedgerError::temporarilyUnavailable();
    }
    return *e;
}

// The fixture proper; each suite derives from it besides QObject and calls setUp / tearDown.
class LedgerFixture
{
protected:
    TestProfile *m_p = nullptr;
    const Principal m_admin = principalFor(3);
    const Principal m_fees = principalFor(4);   // admin holding manage_fees
    const Principal m_alice = principalFor(10);
    const Principal m_bob = principalFor(11);
    const Principal m_carol = principalFor(12);
    const Principal m_creator = principalFor(13);
    qint64 m_now = kT0;
    QMutex m_eventsMutex;
    QList<std::pair<QString, QStringList>> m_events;

    // A ledger call at the next tick of the test clock (or at `at`).
    Result<QJsonValue> L(const Principal &as, const QString &method, const QJsonObject &args, qint64 at = 0)
    {
        m_now = at ? at : m_now + 1000;
        return m_p->call(as, QStringLiteral("ledger.") + method, args, Origin::Seed, m_now);
    }
    QJsonObject ok(const Principal &as, const QString &method, const QJsonObject &args, qint64 at = 0)
    {
        auto r = L(as, method, args, at);
        if (!r)
            QTest::qFail(qPrintable(method + QStringLiteral(": ") + QString::fromUtf8(errText(r))), __FILE__, __LINE__);
        return obj(r);
    }
    Nat128 balance(const QString &asset, const Account &a)
    {
        return nat(ok(m_alice, QStringLiteral("balance_of"), {{QStringLiteral("asset"), asset}, {QStringLiteral("account"), a.toText()}})
                       .value(QStringLiteral("balance")));
    }
    Nat128 balance(const QString &asset, const Principal &p) { return balance(asset, Account(p)); }
    QJsonObject mint(const Account &to, Nat128 amount, const QString &asset = ICP)
    {
        return ok(m_admin, QStringLiteral("mint"), {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), to.toText()}, {QStringLiteral("amount"), n(amount)}});
    }
    QJsonObject asset(const QString &symbol)
    {
        for (const QJsonValue &v : ok(m_alice, QStringLiteral("assets"), {}).value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("symbol")).toString() == symbol)
                return v.toObject();
        return {};
    }
    QJsonObject transferArgs(const Account &to, Nat128 amount, const QString &asset = ICP)
    {
        return {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), to.toText()}, {QStringLiteral("amount"), n(amount)}};
    }
    // Everything the ledger stores, to show a refused call changed nothing.
    QList<QVariantList> ledgerState() const
    {
        return sqlRows(m_p->dbPath(), QStringLiteral(
            "SELECT 'blk', asset, idx, hex(hash) FROM ledger_blocks "
            "UNION ALL SELECT 'bal', account, asset, hex(amount) FROM ledger_balances "
            "UNION ALL SELECT 'alw', owner, asset, hex(amount) || '/' || spender || '/' || ifnull(expires_at, '') FROM ledger_allowances "
            "UNION ALL SELECT 'ast', symbol, hex(fee), hex(minted) || hex(burned) || hex(fees_burned) || blocks || hex(ifnull(tip_hash, '')) FROM ledger_assets "
            "UNION ALL SELECT 'acc', id, hex(owner), hex(subaccount) FROM ledger_accounts "
            "UNION ALL SELECT 'ddp', asset, hex(tx_hash), idx FROM ledger_dedup "
            "UNION ALL SELECT 'ent', account, seq, hex(balance) FROM ledger_entries ORDER BY 1, 2, 3"));
    }
    Nat128 fee(const QString &asset = ICP) { return nat(this->asset(asset).value(QStringLiteral("fee"))); }
    QJsonObject verify(const QString &asset = {})
    {
        QJsonObject args;
        if (!asset.isEmpty())
            args.insert(QStringLiteral("asset"), asset);
        return ok(m_alice, QStringLiteral("verify_chain"), args);
    }

    void setUp(QObject *receiver)
    {
        m_now = kT0;
        m_p = new TestProfile;
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_admin, QStringLiteral("Admin"), Role::Admin));
        QVERIFY(m_p->addUser(m_fees, QStringLiteral("Fee admin"), Role::Admin));
        QVERIFY(m_p->grant(m_fees, QStringLiteral("manage_fees")));
        QVERIFY(m_p->addUser(m_alice, QStringLiteral("Alice"), Role::User));
        QVERIFY(m_p->addUser(m_bob, QStringLiteral("Bob"), Role::User));
        QVERIFY(m_p->addUser(m_carol, QStringLiteral("Carol"), Role::User));
        QVERIFY(m_p->addUser(m_creator, QStringLiteral("Creator"), Role::Creator));
        m_events.clear();
        QObject::connect(&m_p->gw(), &Gateway::changed, receiver, [this](const QString &topic, const QStringList &ids) {
            QMutexLocker lock(&m_eventsMutex);
            m_events.append({topic, ids});
        }, Qt::DirectConnection);
    }
    void tearDown()
    {
        delete m_p;
        m_p = nullptr;
    }
};

} // namespace nexus::test
