#include "ledgerseed.h"

#include "account.h"

#include <QJsonArray>

#include <algorithm>

namespace nexus {

namespace {

const QString kIcp = QStringLiteral("ICP");
const QString kBtc = QStringLiteral("ckBTC");
const QString kEth = QStringLiteral("ckETH");
constexpr Nat128 kE8 = 100000000;
constexpr Nat128 kMicroEth = 1000000000000ULL; // 10^12 wei

constexpr const char *kMemos[] = {"rent", "thanks!", "ticket #4411", "split dinner", "world commission", "refund",
                                  "gallery entry", "tip for the concert", "skin bundle", "invoice 2026-117"};

QByteArray subaccount(int n)
{
    QByteArray sub(32, '\0');
    sub[31] = char(n);
    return sub;
}

// Drives the ledger through the script and keeps its own model of balances and allowances, so
// every call meant to succeed does (the seed stops at an unexpected refusal) and the refusals
// are chosen on purpose.
class LedgerDemo
{
public:
    explicit LedgerDemo(DemoScript &s) : m_s(s) {}

    Status loadFees()
    {
        auto assets = m_s.must(Principal::anonymous(), QStringLiteral("ledger.assets"), {});
        if (!assets)
            return assets.error();
        for (const QJsonValue &v : assets->toObject().value(QStringLiteral("items")).toArray()) {
            Nat128 fee = 0;
            nat128FromString(v.toObject().value(QStringLiteral("fee")).toString(), &fee);
            m_fee.insert(v.toObject().value(QStringLiteral("symbol")).toString(), fee);
        }
        return {};
    }
    Nat128 fee(const QString &asset) const { return m_fee.value(asset); }
    void setFee(const Principal &admin, const QString &asset, Nat128 fee, const QString &reason)
    {
        if (m_s.must(admin, QStringLiteral("ledger.set_fee"),
                     {{QStringLiteral("asset"), asset}, {QStringLiteral("fee"), nat128ToString(fee)}, {QStringLiteral("reason"), reason}}))
            m_fee.insert(asset, fee);
    }
    Nat128 balance(const QString &asset, const Account &a) const { return m_balance.value(key(asset, a)); }

    void mint(const Principal &admin, const QString &asset, const Account &to, Nat128 amount, const QString &memo)
    {
        if (m_s.must(admin, QStringLiteral("ledger.mint"),
                     {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), to.toText()}, {QStringLiteral("amount"), nat128ToString(amount)},
                      {QStringLiteral("memo_text"), memo}}))
            m_balance[key(asset, to)] += amount;
    }

    // A transfer the model says will land; returns its arguments (for a replay).
    QJsonObject transfer(const Account &from, const Account &to, const QString &asset, Nat128 amount, const QString &memo, bool timed)
    {
        QJsonObject args{{QStringLiteral("asset"), asset}, {QStringLiteral("to"), to.toText()}, {QStringLiteral("amount"), nat128ToString(amount)}};
        if (!from.isDefaultSubaccount())
            args.insert(QStringLiteral("from_subaccount"), QString::fromLatin1(from.subaccount().toHex()));
        if (!memo.isEmpty())
            args.insert(QStringLiteral("memo_text"), memo);
        if (timed)
            args.insert(QStringLiteral("created_at_time"), QString::number(m_s.clockNs()));
        if (m_s.must(from.owner(), QStringLiteral("ledger.transfer"), args)) {
            m_balance[key(asset, from)] -= amount + fee(asset);
            m_balance[key(asset, to)] += amount;
        }
        return args;
    }

    // expiresAt 0: no expiry.
    void approve(const Account &owner, const Account &spender, const QString &asset, Nat128 amount, qint64 expiresAt, bool compareAndSet)
    {
        QJsonObject args{{QStringLiteral("asset"), asset}, {QStringLiteral("spender"), spender.toText()}, {QStringLiteral("amount"), nat128ToString(amount)}};
        if (expiresAt != 0)
            args.insert(QStringLiteral("expires_at"), QString::number(expiresAt));
        if (compareAndSet)
            args.insert(QStringLiteral("expected_allowance"), nat128ToString(allowance(asset, owner, spender)));
        if (m_s.must(owner.owner(), QStringLiteral("ledger.approve"), args)) {
            m_balance[key(asset, owner)] -= fee(asset);
            m_allowance[key(asset, owner) + spender.toText()] = {amount, expiresAt};
        }
    }
    Nat128 allowance(const QString &asset, const Account &owner, const Account &spender) const
    {
        const auto a = m_allowance.value(key(asset, owner) + spender.toText());
        return a.second != 0 && a.second < m_s.clockNs() ? 0 : a.first;
    }
    void transferFrom(const Account &spender, const Account &owner, const Account &to, const QString &asset, Nat128 amount)
    {
        QJsonObject args{{QStringLiteral("asset"), asset}, {QStringLiteral("from"), owner.toText()}, {QStringLiteral("to"), to.toText()},
                         {QStringLiteral("amount"), nat128ToString(amount)}, {QStringLiteral("memo_text"), QStringLiteral("marketplace sale")}};
        if (!spender.isDefaultSubaccount())
            args.insert(QStringLiteral("spender_subaccount"), QString::fromLatin1(spender.subaccount().toHex()));
        if (m_s.must(spender.owner(), QStringLiteral("ledger.transfer_from"), args)) {
            m_balance[key(asset, owner)] -= amount + fee(asset);
            m_balance[key(asset, to)] += amount;
            m_allowance[key(asset, owner) + spender.toText()].first -= amount + fee(asset);
        }
    }
    void burn(const Account &from, const QString &asset, Nat128 amount)
    {
        if (m_s.must(from.owner(), QStringLiteral("ledger.burn"),
                     {{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), nat128ToString(amount)}, {QStringLiteral("memo_text"), QStringLiteral("burn")}}))
            m_balance[key(asset, from)] -= amount;
    }

private:
    static QString key(const QString &asset, const Account &a) { return asset + QLatin1Char('|') + a.toText(); }
    DemoScript &m_s;
    QHash<QString, Nat128> m_fee;
    QHash<QString, Nat128> m_balance;
    QHash<QString, std::pair<Nat128, qint64>> m_allowance; // amount, expires_at (0: never)
};

Nat128 between(Prng &rng, Nat128 unit, qint64 lo, qint64 hi) { return unit * Nat128(rng.between(lo, hi)); }

} // namespace

Status seedLedger(DemoScript &s, const DemoCast &cast, Prng &rng)
{
    const auto cancelled = [] { return Error::make(ErrorCode::Conflict, QStringLiteral("Demo seeding was cancelled.")); };
    LedgerDemo ledger(s);
    if (auto st = ledger.loadFees(); !st)
        return st;
    const QList<Principal> named{cast.ada, cast.boris, cast.chen, cast.dana, cast.emil, cast.fatima, cast.gus, cast.hana};
    QList<Principal> people = named;
    people << cast.members;
    const auto admin = [&] { return rng.chance(50) ? cast.chen : cast.dana; };

    // Faucet: the admins mint through each asset's minting account.
    for (const Principal &p : named) {
        ledger.mint(admin(), kIcp, Account(p), between(rng, kE8 / 100, 25000, 200000), QStringLiteral("welcome grant"));
        ledger.mint(admin(), kBtc, Account(p), between(rng, 1000, 5000, 150000), QStringLiteral("welcome grant"));
        ledger.mint(admin(), kEth, Account(p), between(rng, kMicroEth, 1000000, 20000000), QStringLiteral("welcome grant"));
    }
    for (const Principal &p : cast.members) {
        ledger.mint(admin(), kIcp, Account(p), between(rng, kE8 / 100, 200, 30000), QStringLiteral("airdrop"));
        if (rng.chance(40))
            ledger.mint(admin(), kBtc, Account(p), between(rng, 1000, 100, 10000), QStringLiteral("airdrop"));
        if (rng.chance(30))
            ledger.mint(admin(), kEth, Account(p), between(rng, kMicroEth, 10000, 3000000), QStringLiteral("airdrop"));
    }
    // Creators keep savings in subaccounts.
    for (const Principal &p : {cast.emil, cast.fatima})
        ledger.transfer(Account(p), Account(p, subaccount(1)), kIcp, 50 * kE8, QStringLiteral("savings"), true);
    s.expectRefusal(cast.emil, QStringLiteral("ledger.mint"),
                    {{QStringLiteral("asset"), kIcp}, {QStringLiteral("to"), Account(cast.emil).toText()}, {QStringLiteral("amount"), QStringLiteral("100000000000")}});
    if (!s.step(QStringLiteral("Ledger: minting")))
        return cancelled();

    // Everyday transfers between everyone, some to subaccounts, some with memos and created_at_time.
    const int transfers = std::clamp(int(cast.members.size()) * 7, 200, 2800);
    const QString assets[] = {kIcp, kIcp, kIcp, kIcp, kBtc, kEth};
    for (int i = 0; i < transfers; ++i) {
        if (i == transfers / 2) // congestion on Bitcoin: the ckBTC fee doubles, then returns
            ledger.setFee(cast.chen, kBtc, ledger.fee(kBtc) * 2, QStringLiteral("Bitcoin mempool congestion"));
        if (i == transfers * 3 / 4)
            ledger.setFee(cast.chen, kBtc, ledger.fee(kBtc) / 2, QStringLiteral("congestion over"));
        const QString asset = assets[rng.below(std::size(assets))];
        const Nat128 fee = ledger.fee(asset);
        Account from;
        for (int tries = 0; tries < 8; ++tries) {
            const Principal p = people[int(rng.below(quint64(people.size())))];
            const bool savings = (p == cast.emil || p == cast.fatima) && rng.chance(20);
            from = savings ? Account(p, subaccount(1)) : Account(p);
            if (ledger.balance(asset, from) > fee * 20)
                break;
        }
        const Nat128 bal = ledger.balance(asset, from);
        if (bal <= fee * 20)
            continue;
        Principal other = people[int(rng.below(quint64(people.size())))];
        if (other == from.owner())
            other = people[(people.indexOf(other) + 1) % people.size()];
        const Account to = rng.chance(10) ? Account(other, subaccount(int(rng.between(1, 3)))) : Account(other);
        const Nat128 amount = (bal - fee) / 100 * Nat128(rng.between(1, 25));
        const QString memo = rng.chance(30) ? QLatin1String(kMemos[rng.below(std::size(kMemos))]) : QString();
        const QJsonObject args = ledger.transfer(from, to, asset, amount, memo, rng.chance(50));
        if (i % 400 == 7 && args.contains(QStringLiteral("created_at_time"))) // a client retrying: Duplicate
            s.expectRefusal(from.owner(), QStringLiteral("ledger.transfer"), args);
        s.advance(rng.between(60, 600));
        if (i == transfers / 2 && !s.step(QStringLiteral("Ledger: transfers")))
            return cancelled();
    }
    if (!s.step(QStringLiteral("Ledger: transfers")))
        return cancelled();

    // Refusals people run into.
    const Account gus(cast.gus), hana(cast.hana);
    s.expectRefusal(cast.gus, QStringLiteral("ledger.transfer"),
                    {{QStringLiteral("asset"), kIcp}, {QStringLiteral("to"), hana.toText()}, {QStringLiteral("amount"), nat128ToString(ledger.balance(kIcp, gus))}});
    s.expectRefusal(cast.hana, QStringLiteral("ledger.transfer"),
                    {{QStringLiteral("asset"), kIcp}, {QStringLiteral("to"), gus.toText()}, {QStringLiteral("amount"), QStringLiteral("100000")},
                     {QStringLiteral("fee"), QStringLiteral("1000")}});
    s.expectRefusal(cast.hana, QStringLiteral("ledger.transfer"),
                    {{QStringLiteral("asset"), kIcp}, {QStringLiteral("to"), gus.toText()}, {QStringLiteral("amount"), QStringLiteral("100000")},
                     {QStringLiteral("created_at_time"), QString::number(s.clockNs() - 2 * 86400 * 1000000000LL)}});
    s.expectRefusal(cast.emil, QStringLiteral("ledger.set_fee"), {{QStringLiteral("asset"), kIcp}, {QStringLiteral("fee"), QStringLiteral("0")}});

    // Approvals: members let the creators' shops pull payments (ICRC-2), some with an expiry.
    const Account shops[] = {Account(cast.emil, subaccount(7)), Account(cast.fatima, subaccount(7))};
    const int approvals = std::clamp(int(cast.members.size()) / 2, 10, 150);
    for (int i = 0; i < approvals; ++i) {
        const Account owner(cast.members.isEmpty() ? cast.gus : cast.members[int(rng.below(quint64(cast.members.size())))]);
        const Account shop = shops[rng.below(2)];
        const Nat128 fee = ledger.fee(kIcp);
        const Nat128 bal = ledger.balance(kIcp, owner);
        if (bal < fee * 100)
            continue;
        const Nat128 limit = bal / 4;
        const qint64 expires = rng.chance(30) ? s.clockNs() + rng.between(1, 30) * 86400 * 1000000000LL : 0;
        ledger.approve(owner, shop, kIcp, limit, expires, rng.chance(30));
        const Nat128 price = limit / 100 * Nat128(rng.between(10, 90));
        if (price > 0 && ledger.allowance(kIcp, owner, shop) >= price + fee && ledger.balance(kIcp, owner) >= price + fee)
            ledger.transferFrom(shop, owner, Account(shop.owner()), kIcp, price);
        if (i % 25 == 3) { // taking more than allowed, and a stale compare-and-set
            s.expectRefusal(shop.owner(), QStringLiteral("ledger.transfer_from"),
                            {{QStringLiteral("asset"), kIcp}, {QStringLiteral("spender_subaccount"), QStringLiteral("07")},
                             {QStringLiteral("from"), owner.toText()}, {QStringLiteral("to"), Account(shop.owner()).toText()},
                             {QStringLiteral("amount"), nat128ToString(limit * 2)}});
            s.expectRefusal(owner.owner(), QStringLiteral("ledger.approve"),
                            {{QStringLiteral("asset"), kIcp}, {QStringLiteral("spender"), shop.toText()}, {QStringLiteral("amount"), QStringLiteral("1")},
                             {QStringLiteral("expected_allowance"), nat128ToString(limit + 1)}});
        }
        if (i % 10 == 9) // revoke
            ledger.approve(owner, shop, kIcp, 0, 0, false);
        s.advance(rng.between(300, 3600));
    }
    if (!s.step(QStringLiteral("Ledger: approvals")))
        return cancelled();

    // A few members burn ICP (at least the fee).
    for (int i = 0; i < std::min<qsizetype>(5, cast.members.size()); ++i) {
        const Account a(cast.members[i]);
        if (ledger.balance(kIcp, a) > ledger.fee(kIcp) * 10)
            ledger.burn(a, kIcp, std::max(ledger.fee(kIcp), ledger.balance(kIcp, a) / 10));
    }
    if (!s.step(QStringLiteral("Ledger: burns")))
        return cancelled();
    return {};
}

} // namespace nexus
