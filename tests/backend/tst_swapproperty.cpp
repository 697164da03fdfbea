// Conservation under random swap operations: 100,000 random gateway calls (initiate, participate,
// redeem by either party with right and wrong secrets, refund, cancel, approve, reject, disputes and
// their resolution, the expiry job, plus ledger transfers and mints, with time jumping past
// timelocks), each predicted by an independent model of the swap rules. After every step, straight
// from the database: each asset's minted / burned / fees-burned totals and every party's balance
// match the model, and the escrow of every swap the step touched holds what the model says. Every
// 10,000 steps and at the end, for each asset, sum(all balances, escrow included) == total supply
// and every escrow account matches; finally the chains verify.

#include "testprofile.h"

#include "ledgerrules.h"
#include "prng.h"
#include "storage/database.h"
#include "storage/dbthread.h"
#include "swapcontract.h"
#include "swapsecret.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>

#include <functional>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr qint64 kT0 = 1'760'000'000'000'000'000;
constexpr qint64 kSecond = 1000000000;
constexpr qint64 kHour = 3600 * kSecond;
const QStringList kAssets{QStringLiteral("ICP"), QStringLiteral("ckBTC"), QStringLiteral("ckETH")};
const QMap<QString, Nat128> kFees{{QStringLiteral("ICP"), 10000}, {QStringLiteral("ckBTC"), 10}, {QStringLiteral("ckETH"), 2000000000000ULL}};
// Base units worth about $10 (ICP $10, BTC $60,000, ETH $3,000): swaps below 50 of them need no
// approval ($500 < $10,000); "big" swaps are worth 3,000 of them ($30,000).
const QMap<QString, Nat128> kTenDollars{{QStringLiteral("ICP"), 100000000}, {QStringLiteral("ckBTC"), 16667},
                                        {QStringLiteral("ckETH"), 3333333333333333ULL}};
constexpr int kPeople = 6;
constexpr int kApprovers = 3;

int steps()
{
    const int fromEnv = qEnvironmentVariableIntValue("NEXUS_SWAP_PROPERTY_STEPS");
    return fromEnv > 0 ? fromEnv : 100000;
}

enum class St { Pending, Initiated, Participated, Redeemed, PRefunded, Disputed, Completed, Refunded, Cancelled, Resolved };
enum class LegSt { None, Locked, Redeemed, Refunded };

struct Leg {
    QString asset;
    Nat128 amount = 0;
    int owner = 0;
    qint64 timelock = 0;
    LegSt state = LegSt::None;
};

struct Swap {
    qint64 id = 0;
    St state = St::Pending;
    int initiator = 0, participant = 0;
    Leg a, b;
    QByteArray secret;
    QSet<int> approvals;
    int required = 0;
    bool hasDue() const { return state == St::Pending || state == St::Initiated || state == St::Participated || state == St::Redeemed || state == St::PRefunded; }
    qint64 due() const { return state == St::Participated ? b.timelock : a.timelock; }
};

// The swap rules and the ledger's fee rules, written again independently of the service.
struct Model {
    QHash<QString, QList<Nat128>> balances; // asset -> per person
    QHash<QString, Nat128> minted, fees, escrowSum;
    QMap<qint64, Swap> swaps;
    qint64 nextId = 1;
    QSet<int> touchedPeople; // whose balances the step changed
    QSet<qint64> active;      // swaps the expiry job may still act on (the others are final or disputed)

    Nat128 &bal(const QString &asset, int person)
    {
        touchedPeople << person;
        return balances[asset][person];
    }
    void lock(Leg &l)
    {
        bal(l.asset, l.owner) -= l.amount + kFees[l.asset];
        fees[l.asset] += kFees[l.asset];
        escrowSum[l.asset] += l.amount;
        l.state = LegSt::Locked;
    }
    void pay(Leg &l, int to, LegSt after)
    {
        escrowSum[l.asset] -= l.amount;
        bal(l.asset, to) += l.amount - kFees[l.asset];
        fees[l.asset] += kFees[l.asset];
        l.state = after;
    }
    Nat128 held(const Leg &l) const { return l.state == LegSt::Locked ? l.amount : 0; }
};

struct Op {
    QString method;
    Principal caller;
    QJsonObject args;
    bool expectOk = true;
    QString kind;                 // for the tally
    std::function<void()> apply;  // the model's change when the call succeeds
};

} // namespace

class TestSwapProperty : public QObject
{
    Q_OBJECT

    TestProfile m_p;
    const Principal m_admin = principalFor(3);
    QList<Principal> m_people, m_approvers;
    QByteArrayList m_peopleBytes;
    Model m_model;
    qint64 m_now = kT0;
    QHash<QString, int> m_tally; // "kind ok" / "kind refused"
    QSet<qint64> m_touched;      // swaps whose escrow the step changed
    double m_seconds = 0;
    QHash<QString, qint64> m_callNs;

    Swap *pick(Prng &rng, std::initializer_list<St> states)
    {
        // Mostly a recent swap in one of the wanted states, sometimes any swap (usually refused).
        if (m_model.swaps.isEmpty())
            return nullptr;
        const QList<St> want(states);
        auto it = m_model.swaps.end();
        for (int tries = 0; tries < 40 && it != m_model.swaps.begin(); ++tries) {
            --it;
            if (want.contains(it->state) && rng.chance(50))
                return &*it;
        }
        const qint64 first = m_model.swaps.firstKey(), last = m_model.swaps.lastKey();
        return &m_model.swaps[qint64(rng.between(first, last))];
    }
    int other(Prng &rng, int not1) { int p = int(rng.below(kPeople)); return p == not1 ? (p + 1) % kPeople : p; }
    QJsonObject idArgs(const Swap &s) const { return {{QStringLiteral("id"), s.id}}; }

    Nat128 amountFor(Prng &rng, const QString &asset, bool big)
    {
        if (rng.chance(2))
            return kFees[asset]; // does not cover the payout fee: refused
        return kTenDollars[asset] * (big ? 30000 : Nat128(rng.between(1, 50))) / 10; // $30,000 or $1 to $50
    }

    Op initiate(Prng &rng)
    {
        const int who = int(rng.below(kPeople));
        const int with = rng.chance(2) ? who : other(rng, who);
        const int ai = int(rng.below(3));
        const QString assetA = kAssets[ai], assetB = kAssets[(ai + 1 + int(rng.below(2))) % 3];
        const bool big = rng.chance(8);
        Swap s;
        s.id = m_model.nextId;
        s.initiator = who;
        s.participant = with;
        s.a = {assetA, amountFor(rng, assetA, big), who, 0, LegSt::None};
        s.b = {assetB, amountFor(rng, assetB, false), with, 0, LegSt::None};
        s.secret = rng.bytes(32);
        const SwapSecret sec = SwapSecret::fromSecret(s.secret);
        Op op{QStringLiteral("swaps.initiate"), m_people[who],
              {{QStringLiteral("participant"), m_people[with].toText()}, {QStringLiteral("asset"), assetA}, {QStringLiteral("amount"), nat128ToString(s.a.amount)},
               {QStringLiteral("participant_asset"), assetB}, {QStringLiteral("participant_amount"), nat128ToString(s.b.amount)},
               {QStringLiteral("hashlock"), sec.hashlockHex()}},
              true, QStringLiteral("initiate"), {}};
        s.a.timelock = m_now + 48 * kHour;
        bool validT1 = true;
        if (rng.chance(20)) {
            const qint64 t1 = m_now + (rng.chance(10) ? 5 * kHour : qint64(rng.between(7, 60)) * kHour);
            validT1 = t1 > m_now + 6 * kHour;
            s.a.timelock = t1;
            op.args.insert(QStringLiteral("timelock_ns"), QString::number(t1));
        }
        op.expectOk = validT1 && who != with && s.a.amount > kFees[assetA] && s.b.amount > kFees[assetB]
                      && m_model.bal(assetA, who) >= s.a.amount + kFees[assetA];
        if (!op.expectOk)
            return op;
        op.apply = [this, s, big]() mutable {
            s.required = big ? 2 : 0;
            s.state = big ? St::Pending : St::Initiated;
            if (!big)
                m_model.lock(s.a);
            m_model.swaps.insert(s.id, s);
            m_model.nextId = s.id + 1;
            m_touched << s.id;
        };
        return op;
    }

    Op participate(Prng &rng)
    {
        Swap *s = pick(rng, {St::Initiated});
        if (!s)
            return initiate(rng);
        const int who = rng.chance(90) ? s->participant : int(rng.below(kPeople));
        Op op{QStringLiteral("swaps.participate"), m_people[who], idArgs(*s), true, QStringLiteral("participate"), {}};
        qint64 t2 = m_now + 24 * kHour;
        if (rng.chance(40)) {
            t2 = m_now + qint64(rng.between(1, 30)) * kHour;
            op.args.insert(QStringLiteral("timelock_ns"), QString::number(t2));
        }
        op.expectOk = s->state == St::Initiated && who == s->participant && t2 < s->a.timelock - 6 * kHour
                      && m_model.bal(s->b.asset, who) >= s->b.amount + kFees[s->b.asset];
        const qint64 id = s->id;
        op.apply = [this, id, t2] {
            Swap &w = m_model.swaps[id];
            w.b.timelock = t2;
            m_model.lock(w.b);
            w.state = St::Participated;
            m_touched << id;
        };
        return op;
    }

    Op redeem(Prng &rng)
    {
        Swap *s = pick(rng, {St::Participated, St::Redeemed});
        if (!s)
            return initiate(rng);
        const bool initiatorTurn = s->state != St::Redeemed;
        int who = initiatorTurn ? s->initiator : s->participant;
        if (rng.chance(8))
            who = int(rng.below(kPeople));
        const bool right = rng.chance(90);
        const QByteArray secret = right ? s->secret : SwapSecret::fromSecret(rng.bytes(32)).secret;
        Op op{QStringLiteral("swaps.redeem"), m_people[who], idArgs(*s), true, QStringLiteral("redeem"), {}};
        op.args.insert(QStringLiteral("secret"), QString::fromLatin1(secret.toHex()));
        const qint64 id = s->id;
        if (who == s->initiator && s->initiator != s->participant) {
            op.expectOk = right && s->state == St::Participated && m_now < s->b.timelock;
            op.apply = [this, id] {
                Swap &w = m_model.swaps[id];
                m_model.pay(w.b, w.initiator, LegSt::Redeemed);
                w.state = St::Redeemed;
                m_touched << id;
            };
        } else if (who == s->participant) {
            op.expectOk = right && s->state == St::Redeemed;
            op.apply = [this, id] {
                Swap &w = m_model.swaps[id];
                m_model.pay(w.a, w.participant, LegSt::Redeemed);
                w.state = St::Completed;
                m_touched << id;
            };
        } else {
            op.expectOk = false;
        }
        return op;
    }

    // What a refund (or the expiry job) does to one swap now; false when nothing is due.
    bool refundNow(Swap &w, bool dryRun)
    {
        const bool t1 = m_now >= w.a.timelock, t2 = w.b.timelock && m_now >= w.b.timelock;
        switch (w.state) {
        case St::Initiated:
        case St::PRefunded:
            if (!t1)
                return false;
            if (!dryRun) {
                m_model.pay(w.a, w.initiator, LegSt::Refunded);
                w.state = St::Refunded;
            }
            return true;
        case St::Participated:
            if (!t2)
                return false;
            if (!dryRun) {
                m_model.pay(w.b, w.participant, LegSt::Refunded);
                w.state = St::PRefunded;
                if (t1) {
                    m_model.pay(w.a, w.initiator, LegSt::Refunded);
                    w.state = St::Refunded;
                }
            }
            return true;
        default:
            return false;
        }
    }

    Op refund(Prng &rng)
    {
        Swap *s = pick(rng, {St::Initiated, St::Participated, St::PRefunded});
        if (!s)
            return initiate(rng);
        const int who = rng.chance(90) ? (rng.chance(50) ? s->initiator : s->participant) : int(rng.below(kPeople));
        Op op{QStringLiteral("swaps.refund"), m_people[who], idArgs(*s), true, QStringLiteral("refund"), {}};
        op.expectOk = (who == s->initiator || who == s->participant) && refundNow(*s, true);
        const qint64 id = s->id;
        op.apply = [this, id] {
            refundNow(m_model.swaps[id], false);
            m_touched << id;
        };
        return op;
    }

    Op cancel(Prng &rng)
    {
        Swap *s = pick(rng, {St::Pending});
        if (!s)
            return initiate(rng);
        const int who = rng.chance(85) ? s->initiator : int(rng.below(kPeople));
        Op op{QStringLiteral("swaps.cancel"), m_people[who], idArgs(*s), who == s->initiator && s->state == St::Pending, QStringLiteral("cancel"), {}};
        const qint64 id = s->id;
        op.apply = [this, id] {
            m_model.swaps[id].state = St::Cancelled;
            m_touched << id;
        };
        return op;
    }

    Op approve(Prng &rng)
    {
        Swap *s = pick(rng, {St::Pending});
        if (!s)
            return initiate(rng);
        const int who = int(rng.below(kApprovers));
        Op op{QStringLiteral("swaps.approve"), m_approvers[who], idArgs(*s), true, QStringLiteral("approve"), {}};
        const bool last = s->approvals.size() + 1 >= s->required;
        op.expectOk = s->state == St::Pending && !s->approvals.contains(who) && m_now < s->a.timelock
                      && (!last || (m_now < s->a.timelock - 6 * kHour && m_model.bal(s->a.asset, s->initiator) >= s->a.amount + kFees[s->a.asset]));
        const qint64 id = s->id;
        op.apply = [this, id, who, last] {
            Swap &w = m_model.swaps[id];
            w.approvals << who;
            if (last) {
                m_model.lock(w.a);
                w.state = St::Initiated;
                m_touched << id;
            }
        };
        return op;
    }

    Op reject(Prng &rng)
    {
        Swap *s = pick(rng, {St::Pending});
        if (!s)
            return initiate(rng);
        Op op{QStringLiteral("swaps.reject"), m_approvers[int(rng.below(kApprovers))], idArgs(*s), s->state == St::Pending, QStringLiteral("reject"), {}};
        op.args.insert(QStringLiteral("reason"), QStringLiteral("property"));
        const qint64 id = s->id;
        op.apply = [this, id] {
            m_model.swaps[id].state = St::Cancelled;
            m_touched << id;
        };
        return op;
    }

    Op dispute(Prng &rng)
    {
        Swap *s = pick(rng, {St::Initiated, St::Participated, St::Redeemed, St::PRefunded});
        if (!s)
            return initiate(rng);
        const int who = rng.chance(90) ? (rng.chance(50) ? s->initiator : s->participant) : int(rng.below(kPeople));
        const bool funded = s->state == St::Initiated || s->state == St::Participated || s->state == St::Redeemed || s->state == St::PRefunded;
        Op op{QStringLiteral("swaps.open_dispute"), m_people[who], idArgs(*s), (who == s->initiator || who == s->participant) && funded,
              QStringLiteral("dispute"), {}};
        op.args.insert(QStringLiteral("reason"), QStringLiteral("property"));
        const qint64 id = s->id;
        op.apply = [this, id] {
            m_model.swaps[id].state = St::Disputed;
            m_touched << id;
        };
        return op;
    }

    Op resolve(Prng &rng)
    {
        Swap *s = pick(rng, {St::Disputed});
        if (!s)
            return initiate(rng);
        const bool release = rng.chance(50);
        Op op{QStringLiteral("swaps.resolve_dispute"), m_approvers[int(rng.below(kApprovers))], idArgs(*s), s->state == St::Disputed,
              QStringLiteral("resolve"), {}};
        op.args.insert(QStringLiteral("resolution"), release ? QStringLiteral("release") : QStringLiteral("refund"));
        op.args.insert(QStringLiteral("reason"), QStringLiteral("property"));
        const qint64 id = s->id;
        op.apply = [this, id, release] {
            Swap &w = m_model.swaps[id];
            for (Leg *l : {&w.b, &w.a})
                if (l->state == LegSt::Locked) {
                    const int counterparty = l == &w.a ? w.participant : w.initiator;
                    m_model.pay(*l, release ? counterparty : l->owner, release ? LegSt::Redeemed : LegSt::Refunded);
                }
            w.state = St::Resolved;
            m_touched << id;
        };
        return op;
    }

    Op expiry(Prng &rng)
    {
        Op op{QStringLiteral("swaps.process_expired"), m_people[int(rng.below(kPeople))], {{QStringLiteral("limit"), 1000}}, true,
              QStringLiteral("expiry"), {}};
        op.apply = [this] {
            QList<std::pair<qint64, qint64>> due; // (due, id), as the job orders them
            for (qint64 id : std::as_const(m_model.active))
                if (const Swap &w = m_model.swaps[id]; w.due() <= m_now)
                    due.append({w.due(), w.id});
            std::sort(due.begin(), due.end());
            for (int i = 0; i < due.size() && i < 1000; ++i) {
                Swap &w = m_model.swaps[due[i].second];
                if (w.state == St::Pending) {
                    w.state = St::Cancelled;
                } else if (w.state == St::Redeemed) {
                    m_model.pay(w.a, w.participant, LegSt::Redeemed);
                    w.state = St::Completed;
                } else {
                    refundNow(w, false);
                }
                m_touched << w.id;
            }
        };
        return op;
    }

    Op transfer(Prng &rng)
    {
        const int from = int(rng.below(kPeople)), to = other(rng, from);
        const QString asset = kAssets[int(rng.below(3))];
        const Nat128 bal = m_model.bal(asset, from);
        const Nat128 amount = bal / 100 * Nat128(rng.between(1, 30)) + 1;
        Op op{QStringLiteral("ledger.transfer"), m_people[from],
              {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), m_people[to].toText()}, {QStringLiteral("amount"), nat128ToString(amount)}},
              bal >= amount + kFees[asset], QStringLiteral("transfer"), {}};
        op.apply = [this, asset, from, to, amount] {
            m_model.bal(asset, from) -= amount + kFees[asset];
            m_model.bal(asset, to) += amount;
            m_model.fees[asset] += kFees[asset];
        };
        return op;
    }

    Op mint(Prng &rng)
    {
        const int to = int(rng.below(kPeople));
        const QString asset = kAssets[int(rng.below(3))];
        const Nat128 amount = kTenDollars[asset] * Nat128(rng.between(100, 5000));
        Op op{QStringLiteral("ledger.mint"), m_admin,
              {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), m_people[to].toText()}, {QStringLiteral("amount"), nat128ToString(amount)}},
              true, QStringLiteral("mint"), {}};
        op.apply = [this, asset, to, amount] {
            m_model.bal(asset, to) += amount;
            m_model.minted[asset] += amount;
        };
        return op;
    }

    Op next(Prng &rng)
    {
        const int p = int(rng.below(1000));
        if (p < 40)
            return mint(rng);
        if (p < 120)
            return transfer(rng);
        if (p < 300)
            return initiate(rng);
        if (p < 520)
            return participate(rng);
        if (p < 700)
            return redeem(rng);
        if (p < 780)
            return refund(rng);
        if (p < 800)
            return cancel(rng);
        if (p < 860)
            return approve(rng);
        if (p < 870)
            return reject(rng);
        if (p < 900)
            return dispute(rng);
        if (p < 930)
            return resolve(rng);
        return expiry(rng);
    }

    // The step's view of the database: totals per asset, every person's balances, the escrow of
    // the swaps it touched. Empty when all agree with the model.
    QString check(QSqlDatabase &db, int step)
    {
        auto totals = Database::exec(db, QStringLiteral("SELECT symbol, minted, burned, fees_burned FROM ledger_assets"));
        if (!totals)
            return totals.error().message;
        while (totals->next()) {
            const QString a = totals->text(0);
            if (ledger::fromBlob16(totals->blob(1)) != m_model.minted[a] || ledger::fromBlob16(totals->blob(2)) != 0
                || ledger::fromBlob16(totals->blob(3)) != m_model.fees[a])
                return QStringLiteral("step %1: %2 totals differ (fees %3, model %4)").arg(step).arg(a, nat128ToString(ledger::fromBlob16(totals->blob(3))),
                                                                                              nat128ToString(m_model.fees[a]));
        }
        totals->finish();
        // The model itself conserves: people + escrow == minted - fees.
        for (const QString &a : kAssets) {
            Nat128 sum = m_model.escrowSum[a];
            for (const Nat128 &b : std::as_const(m_model.balances[a]))
                sum += b;
            if (sum != m_model.minted[a] - m_model.fees[a])
                return QStringLiteral("step %1: the model lost %2").arg(step).arg(a);
        }
        // The balances of everyone the step touched (everyone's every 10,000 steps in fullCheck).
        for (int who : std::as_const(m_model.touchedPeople))
            if (const QString e = checkPerson(db, who, step); !e.isEmpty())
                return e;
        for (qint64 id : std::as_const(m_touched))
            if (const QString e = checkEscrow(db, m_model.swaps[id], step); !e.isEmpty())
                return e;
        return {};
    }

    QString checkPerson(QSqlDatabase &db, int who, int step)
    {
        auto rows = Database::exec(db, QStringLiteral("SELECT b.asset, b.amount FROM ledger_balances b JOIN ledger_accounts a ON a.id = b.account "
                                                      "WHERE a.owner = ?"),
                                   {m_peopleBytes[who]});
        if (!rows)
            return rows.error().message;
        QStringList seen;
        while (rows->next()) {
            seen << rows->text(0);
            if (ledger::fromBlob16(rows->blob(1)) != m_model.balances[rows->text(0)][who])
                return QStringLiteral("step %1: person %2 holds %3 %4, the model says %5")
                    .arg(step).arg(who).arg(nat128ToString(ledger::fromBlob16(rows->blob(1))), rows->text(0),
                                           nat128ToString(m_model.balances[rows->text(0)][who]));
        }
        for (const QString &a : kAssets) // no balance row: the model must say 0
            if (!seen.contains(a) && m_model.balances[a][who] != 0)
                return QStringLiteral("step %1: person %2 has no %3 balance, the model says %4").arg(step).arg(who).arg(a, nat128ToString(m_model.balances[a][who]));
        return {};
    }

    QString checkEscrow(QSqlDatabase &db, const Swap &w, int step)
    {
        for (const auto &[leg, l] : {std::pair{SwapLegId::A, &w.a}, std::pair{SwapLegId::B, &w.b}}) {
            const Account acct = swapEscrowAccount(w.id, leg);
            auto q = Database::exec(db, QStringLiteral("SELECT b.amount FROM ledger_balances b JOIN ledger_accounts a ON a.id = b.account "
                                                       "WHERE a.owner = ? AND a.subaccount = ? AND b.asset = ?"),
                                    {acct.owner().bytes(), acct.subaccount(), l->asset});
            if (!q)
                return q.error().message;
            const Nat128 held = q->next() ? ledger::fromBlob16(q->blob(0)) : 0;
            if (held != m_model.held(*l))
                return QStringLiteral("step %1: swap %2 leg %3 escrow holds %4, the model says %5")
                    .arg(step).arg(w.id).arg(swapLegName(leg), nat128ToString(held), nat128ToString(m_model.held(*l)));
        }
        return {};
    }

    // Every balance row (escrow included) against the supply, and every escrow against the model.
    QString fullCheck(QSqlDatabase &db, int step)
    {
        auto rows = Database::exec(db, QStringLiteral("SELECT asset, amount FROM ledger_balances"));
        if (!rows)
            return rows.error().message;
        QHash<QString, Nat128> sums;
        while (rows->next())
            sums[rows->text(0)] += ledger::fromBlob16(rows->blob(1));
        rows->finish();
        for (const QString &a : kAssets)
            if (sums[a] != m_model.minted[a] - m_model.fees[a])
                return QStringLiteral("step %1: %2 balances sum to %3, supply %4").arg(step).arg(a, nat128ToString(sums[a]),
                                                                                         nat128ToString(m_model.minted[a] - m_model.fees[a]));
        // Every escrow account at once: each must be a swap leg holding what the model says.
        const Principal escrow = swapEscrowPrincipal();
        auto held = Database::exec(db, QStringLiteral("SELECT a.subaccount, b.asset, b.amount FROM ledger_balances b "
                                                      "JOIN ledger_accounts a ON a.id = b.account WHERE a.owner = ?"),
                                   {escrow.bytes()});
        if (!held)
            return held.error().message;
        QHash<QByteArray, Nat128> bySub;
        while (held->next())
            bySub.insert(held->blob(0) + held->text(1).toUtf8(), ledger::fromBlob16(held->blob(2)));
        held->finish();
        qsizetype legs = 0;
        for (const Swap &w : std::as_const(m_model.swaps))
            for (const auto &[leg, l] : {std::pair{SwapLegId::A, &w.a}, std::pair{SwapLegId::B, &w.b}}) {
                const QByteArray key = swapEscrowAccount(w.id, leg).subaccount() + l->asset.toUtf8();
                legs += bySub.contains(key);
                if (bySub.value(key) != m_model.held(*l))
                    return QStringLiteral("step %1: swap %2 leg %3 escrow holds %4, the model says %5")
                        .arg(step).arg(w.id).arg(swapLegName(leg), nat128ToString(bySub.value(key)), nat128ToString(m_model.held(*l)));
            }
        if (legs != bySub.size())
            return QStringLiteral("step %1: %2 escrow balances belong to no swap leg").arg(step).arg(bySub.size() - legs);
        for (int who = 0; who < kPeople; ++who)
            if (const QString e = checkPerson(db, who, step); !e.isEmpty())
                return e;
        return {};
    }

    QString run(QSqlDatabase &db, int n)
    {
        Prng rng(20261123);
        QElapsedTimer timer;
        timer.start();
        for (int step = 0; step < n; ++step) {
            m_now += qint64(rng.between(1, 120)) * kSecond;
            if (rng.chance(2))
                m_now += qint64(rng.between(1, 30)) * kHour; // timelocks pass
            m_touched.clear();
            Op op = next(rng);
            m_model.touchedPeople.clear(); // planning the op read balances; its effects and its caller count
            if (const int caller = int(m_people.indexOf(op.caller)); caller >= 0)
                m_model.touchedPeople << caller;
            QElapsedTimer callTimer;
            callTimer.start();
            const auto r = m_p.call(op.caller, op.method, op.args, Origin::Seed, m_now);
            m_callNs[op.kind] += callTimer.nsecsElapsed();
            if (bool(r) != op.expectOk)
                return QStringLiteral("step %1: %2 %3 %4, expected %5").arg(step).arg(op.method,
                    QString::fromUtf8(QJsonDocument(op.args).toJson(QJsonDocument::Compact)), QString::fromUtf8(errText(r)),
                    op.expectOk ? QStringLiteral("success") : QStringLiteral("a refusal"));
            ++m_tally[op.kind + (r ? QStringLiteral(" ok") : QStringLiteral(" refused"))];
            if (r && op.apply)
                op.apply();
            for (qint64 id : std::as_const(m_touched)) {
                if (m_model.swaps[id].hasDue())
                    m_model.active.insert(id);
                else
                    m_model.active.remove(id);
            }
            if (r && op.method == QLatin1String("swaps.initiate") && r->toObject().value(QStringLiteral("id")).toInteger() != m_model.nextId - 1)
                return QStringLiteral("step %1: the new swap's id differs from the model's").arg(step);
            QElapsedTimer checkTimer;
            checkTimer.start();
            const QString checked = check(db, step);
            m_callNs[QStringLiteral("(check)")] += checkTimer.nsecsElapsed();
            if (const QString e = checked; !e.isEmpty())
                return e + QStringLiteral(" after %1 %2 (%3)").arg(op.method, QString::fromUtf8(QJsonDocument(op.args).toJson(QJsonDocument::Compact)),
                                                                   r ? QStringLiteral("ok") : QString::fromUtf8(errText(r)));
            if (step % 10000 == 9999) {
                if (const QString e = fullCheck(db, step); !e.isEmpty())
                    return e;
                qInfo("%d steps in %.1f s, %lld swaps", step + 1, timer.elapsed() / 1000.0, qint64(m_model.swaps.size()));
            }
        }
        m_seconds = timer.elapsed() / 1000.0;
        QStringList spent;
        for (auto it = m_callNs.cbegin(); it != m_callNs.cend(); ++it)
            spent << QStringLiteral("%1 %2 s").arg(it.key()).arg(it.value() / 1e9, 0, 'f', 1);
        spent.sort();
        qInfo("time spent: %s", qPrintable(spent.join(QStringLiteral(", "))));
        return fullCheck(db, n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_p.init());
        QVERIFY(m_p.addUser(m_admin, QStringLiteral("Admin"), Role::Admin));
        for (int i = 0; i < kApprovers; ++i) {
            m_approvers << principalFor(40 + i);
            QVERIFY(m_p.addUser(m_approvers.last(), QStringLiteral("Approver %1").arg(i), Role::Admin));
            QVERIFY(m_p.grant(m_approvers.last(), QStringLiteral("manage_swaps")));
        }
        for (int i = 0; i < kPeople; ++i) {
            m_people << principalFor(20 + i);
            m_peopleBytes << m_people.last().bytes();
            QVERIFY(m_p.addUser(m_people.last(), QStringLiteral("P%1").arg(i), Role::User));
        }
        for (const QString &a : kAssets)
            m_model.balances[a] = QList<Nat128>(kPeople, 0);
        for (const auto &[pair, rate] : {std::pair{"ICP/USD", "10"}, std::pair{"BTC/USD", "60000"}, std::pair{"ETH/USD", "3000"}})
            NX_VERIFY_OK(m_p.call(m_p.controller, QStringLiteral("oracle.set_manual_price"),
                                  {{QStringLiteral("pair"), QLatin1String(pair)}, {QStringLiteral("rate"), QLatin1String(rate)},
                                   {QStringLiteral("reason"), QStringLiteral("property")}},
                                  Origin::Seed, m_now));
    }

    void conservationUnderRandomSwaps()
    {
        const int n = steps();
        QString failure;
        m_p.gw().writer()->runBlocking<bool>([&](QSqlDatabase &db) {
            failure = run(db, n);
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QStringList summary;
        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
            summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        summary.sort();
        QMap<St, int> states;
        for (const Swap &w : std::as_const(m_model.swaps))
            ++states[w.state];
        qInfo("%d operations in %.1f s, %lld swaps: %s", n, m_seconds, qint64(m_model.swaps.size()), qPrintable(summary.join(QStringLiteral(", "))));
        // Every operation both landed and was refused, and swaps ended in every final state.
        if (n >= 20000) {
            for (const char *k : {"initiate", "participate", "redeem", "refund", "cancel", "approve", "reject", "dispute", "resolve", "transfer"})
                QVERIFY2(m_tally.value(QLatin1String(k) + QStringLiteral(" ok")) > 0 && m_tally.value(QLatin1String(k) + QStringLiteral(" refused")) > 0, k);
            for (St s : {St::Completed, St::Refunded, St::Cancelled, St::Resolved})
                QVERIFY(states.value(s) > 0);
        }
        auto v = m_p.call(m_admin, QStringLiteral("ledger.verify_chain"), {});
        QVERIFY(v);
        QVERIFY2(v->toObject().value(QStringLiteral("ok")).toBool(), qPrintable(v->toObject().value(QStringLiteral("reason")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSwapProperty)
#include "tst_swapproperty.moc"
