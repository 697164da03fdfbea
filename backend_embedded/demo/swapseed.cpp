#include "swapseed.h"

#include "account.h"
#include "swapsecret.h"

#include <QJsonArray>

#include <algorithm>

namespace nexus {

namespace {

constexpr qint64 kHourNs = 3600LL * 1000000000;
const QString kIcp = QStringLiteral("ICP");
const QString kBtc = QStringLiteral("ckBTC");
const QString kEth = QStringLiteral("ckETH");

Nat128 natOf(const QJsonValue &v)
{
    Nat128 n = 0;
    nat128FromString(v.toString(), &n);
    return n;
}

// Drives the swaps through the script; remembers each swap's secret as its initiator's app would.
class SwapDemo
{
public:
    SwapDemo(DemoScript &s, Prng &rng) : m_s(s), m_rng(rng) {}

    Nat128 balance(const Principal &p, const QString &asset)
    {
        auto r = m_s.must(p, QStringLiteral("ledger.balance_of"), {{QStringLiteral("asset"), asset}});
        return r ? natOf(r->toObject().value(QStringLiteral("balance"))) : 0;
    }
    // Base units of `asset` worth `cents` US cents at the oracle's price.
    Nat128 worth(const QString &asset, qint64 cents)
    {
        auto r = m_s.must(Principal::anonymous(), QStringLiteral("oracle.get_conversion_amount"),
                          {{QStringLiteral("amount"), QString::number(cents)}, {QStringLiteral("from"), QStringLiteral("USD")}, {QStringLiteral("to"), asset}});
        return r ? natOf(r->toObject().value(QStringLiteral("amount"))) : 0;
    }
    // A small swap amount: a twentieth of what `p` holds, at most about $400.
    Nat128 small(const Principal &p, const QString &asset) { return std::min(balance(p, asset) / 20, worth(asset, 40000)); }

    // Initiates and returns the id (0 when refused); `t1` 0: the default timelock.
    qint64 initiate(const Principal &from, const Principal &to, const QString &asset, Nat128 amount, const QString &want, Nat128 wantAmount, qint64 t1 = 0)
    {
        const SwapSecret sec = SwapSecret::fromSecret(m_rng.bytes(32));
        QJsonObject args{{QStringLiteral("participant"), to.toText()}, {QStringLiteral("asset"), asset}, {QStringLiteral("amount"), nat128ToString(amount)},
                         {QStringLiteral("participant_asset"), want}, {QStringLiteral("participant_amount"), nat128ToString(wantAmount)},
                         {QStringLiteral("hashlock"), sec.hashlockHex()}};
        if (t1)
            args.insert(QStringLiteral("timelock_ns"), QString::number(t1));
        auto r = m_s.must(from, QStringLiteral("swaps.initiate"), args);
        if (!r)
            return 0;
        const qint64 id = r->toObject().value(QStringLiteral("id")).toInteger();
        m_secrets.insert(id, sec.secretHex());
        m_parties.insert(id, {from, to});
        return id;
    }
    void participate(qint64 id, qint64 t2 = 0)
    {
        QJsonObject args{{QStringLiteral("id"), id}};
        if (t2)
            args.insert(QStringLiteral("timelock_ns"), QString::number(t2));
        m_s.act(m_parties.value(id).second, QStringLiteral("swaps.participate"), args);
    }
    // The initiator redeems with the secret their app kept.
    void redeemByInitiator(qint64 id) { redeem(id, m_parties.value(id).first, m_secrets.value(id)); }
    // The participant reads the revealed secret from the contract and redeems with it.
    void redeemByParticipant(qint64 id)
    {
        const Principal p = m_parties.value(id).second;
        auto x = m_s.must(p, QStringLiteral("swaps.extract_secret"), {{QStringLiteral("id"), id}});
        if (x)
            redeem(id, p, x->toObject().value(QStringLiteral("secret")).toString());
    }
    void redeem(qint64 id, const Principal &who, const QString &secret)
    {
        m_s.act(who, QStringLiteral("swaps.redeem"), {{QStringLiteral("id"), id}, {QStringLiteral("secret"), secret}});
    }
    Principal initiator(qint64 id) const { return m_parties.value(id).first; }
    Principal participant(qint64 id) const { return m_parties.value(id).second; }
    QString secret(qint64 id) const { return m_secrets.value(id); }

private:
    DemoScript &m_s;
    Prng &m_rng;
    QHash<qint64, QString> m_secrets;
    QHash<qint64, std::pair<Principal, Principal>> m_parties;
};

} // namespace

Status seedSwaps(DemoScript &s, const DemoCast &c, Prng &rng, qint64 liveUntilNs)
{
    const auto cancelled = [] { return Error::make(ErrorCode::Conflict, QStringLiteral("Demo seeding was cancelled.")); };
    SwapDemo d(s, rng);
    // chen and dana approve high-value swaps beside boris and ada (super admin and controller).
    for (const Principal &p : {c.chen, c.dana})
        s.act(c.boris, QStringLiteral("users.grant_permission"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("permission"), QStringLiteral("manage_swaps")}});
    // Swaps meant to stay open in the app keep their timelocks past the demo's "today".
    const qint64 liveT1 = std::max(s.clockNs() + 48 * kHourNs, liveUntilNs + 48 * kHourNs);
    const qint64 liveT2 = liveT1 - 24 * kHourNs;
    const qint64 start = s.clockNs();
    // An OTC desk float for the high-value swaps ($15,000 each, above the $10,000 threshold).
    const Nat128 bigEth = d.worth(kEth, 1500000), bigBtc = d.worth(kBtc, 1500000);
    s.act(c.chen, QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), kEth}, {QStringLiteral("to"), Account(c.emil).toText()},
                                                   {QStringLiteral("amount"), nat128ToString(bigEth * 2)}, {QStringLiteral("memo_text"), QStringLiteral("OTC desk float")}});
    s.act(c.chen, QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), kBtc}, {QStringLiteral("to"), Account(c.fatima).toText()},
                                                   {QStringLiteral("amount"), nat128ToString(bigBtc * 2)}, {QStringLiteral("memo_text"), QStringLiteral("OTC desk float")}});

    // Initiations first, while the oracle's prices are fresh (they value every swap).
    const qint64 completed = d.initiate(c.gus, c.hana, kIcp, d.small(c.gus, kIcp), kBtc, d.small(c.hana, kBtc));
    const qint64 expired = d.initiate(c.emil, c.fatima, kIcp, d.small(c.emil, kIcp), kEth, d.small(c.fatima, kEth), start + 8 * kHourNs);
    const qint64 settledByJob = d.initiate(c.hana, c.emil, kBtc, d.small(c.hana, kBtc), kIcp, d.small(c.emil, kIcp), start + 10 * kHourNs);
    const qint64 approved = d.initiate(c.fatima, c.gus, kBtc, bigBtc, kIcp, d.small(c.gus, kIcp), liveT1);
    const qint64 pending = d.initiate(c.emil, c.hana, kEth, bigEth, kIcp, d.small(c.hana, kIcp), liveT1);
    const qint64 rejected = d.initiate(c.emil, c.gus, kEth, bigEth, kBtc, d.small(c.gus, kBtc), liveT1);
    const qint64 withdrawn = d.initiate(c.fatima, c.hana, kBtc, bigBtc, kEth, d.small(c.hana, kEth), liveT1);
    const qint64 resolved = d.initiate(c.gus, c.fatima, kIcp, d.small(c.gus, kIcp), kEth, d.small(c.fatima, kEth));
    const qint64 disputed = d.initiate(c.hana, c.gus, kIcp, d.small(c.hana, kIcp), kBtc, d.small(c.gus, kBtc), liveT1);
    const qint64 waiting = d.initiate(c.chen, c.dana, kIcp, d.small(c.chen, kIcp), kEth, d.small(c.dana, kEth), liveT1);
    const qint64 revealed = d.initiate(c.ada, c.hana, kEth, d.small(c.ada, kEth), kIcp, d.small(c.hana, kIcp), liveT1);
    const qint64 halfRefunded = d.initiate(c.boris, c.gus, kIcp, d.small(c.boris, kIcp), kEth, d.small(c.gus, kEth), liveT1);
    const qint64 participated = d.initiate(c.dana, c.emil, kBtc, d.small(c.dana, kBtc), kIcp, d.small(c.emil, kIcp), liveT1);
    if (!s.step(QStringLiteral("Swaps: contracts")))
        return cancelled();

    // Approvals: two of the four approvers lock a high-value swap; another waits for its second.
    s.act(c.chen, QStringLiteral("swaps.approve"), {{QStringLiteral("id"), approved}, {QStringLiteral("note"), QStringLiteral("KYC verified on both sides")}});
    s.act(c.dana, QStringLiteral("swaps.approve"), {{QStringLiteral("id"), approved}, {QStringLiteral("note"), QStringLiteral("within desk limits")}});
    s.act(c.chen, QStringLiteral("swaps.approve"), {{QStringLiteral("id"), pending}, {QStringLiteral("note"), QStringLiteral("first look: fine")}});
    s.expectRefusal(c.chen, QStringLiteral("swaps.approve"), {{QStringLiteral("id"), pending}}); // approvers count once
    s.expectRefusal(c.emil, QStringLiteral("swaps.approve"), {{QStringLiteral("id"), pending}}); // no manage_swaps
    s.act(c.dana, QStringLiteral("swaps.reject"), {{QStringLiteral("id"), rejected}, {QStringLiteral("reason"), QStringLiteral("Counterparty's KYC is still pending")}});
    s.act(c.fatima, QStringLiteral("swaps.cancel"), {{QStringLiteral("id"), withdrawn}, {QStringLiteral("reason"), QStringLiteral("Price moved; will renegotiate")}});

    // Participations, with the refusal of a timelock too close to the initiator's.
    s.expectRefusal(c.hana, QStringLiteral("swaps.participate"),
                    {{QStringLiteral("id"), completed}, {QStringLiteral("timelock_ns"), QString::number(s.clockNs() + 47 * kHourNs)}});
    d.participate(completed);
    d.participate(expired, s.clockNs() + kHourNs);
    d.participate(settledByJob, s.clockNs() + 2 * kHourNs);
    d.participate(approved, liveT2);
    d.participate(resolved);
    d.participate(disputed, liveT2);
    d.participate(revealed, liveT2);
    d.participate(halfRefunded, s.clockNs() + kHourNs);
    d.participate(participated, liveT2);

    // Redeems: a wrong secret first, then the real ones; one participant never comes back.
    s.expectRefusal(c.gus, QStringLiteral("swaps.redeem"), {{QStringLiteral("id"), completed}, {QStringLiteral("secret"), d.secret(resolved)}});
    d.redeemByInitiator(completed);
    d.redeemByParticipant(completed);
    d.redeemByInitiator(settledByJob);
    d.redeemByInitiator(revealed);

    // Disputes: one resolved by a refund, one still open.
    s.act(c.fatima, QStringLiteral("swaps.open_dispute"), {{QStringLiteral("id"), resolved}, {QStringLiteral("reason"), QStringLiteral("Agreed 0.5 % more ckETH in chat")}});
    s.act(c.boris, QStringLiteral("swaps.resolve_dispute"),
          {{QStringLiteral("id"), resolved}, {QStringLiteral("resolution"), QStringLiteral("refund")},
           {QStringLiteral("reason"), QStringLiteral("Terms unclear; both sides refunded, please initiate again")}});
    s.act(c.gus, QStringLiteral("swaps.open_dispute"), {{QStringLiteral("id"), disputed}, {QStringLiteral("reason"), QStringLiteral("Initiator stopped answering")}});

    // Time passes: refunds after the timelocks, by hand and by the expiry job.
    s.expectRefusal(c.emil, QStringLiteral("swaps.refund"), {{QStringLiteral("id"), expired}}); // too early
    s.advance(3 * 3600);
    s.act(c.gus, QStringLiteral("swaps.refund"), {{QStringLiteral("id"), halfRefunded}});
    s.act(c.ada, QStringLiteral("swaps.process_expired"), {});
    s.advance(8 * 3600);
    s.act(c.ada, QStringLiteral("swaps.process_expired"), {});
    Q_UNUSED(waiting);
    Q_UNUSED(participated);
    if (!s.step(QStringLiteral("Swaps: settlement")))
        return cancelled();
    return {};
}

} // namespace nexus
