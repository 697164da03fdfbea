// Conservation under random operations: 100,000 random ledger calls through the gateway
// (transfers, burns, approvals, transfer_from, mints, fee changes; with bad fees, short funds,
// expired and changed allowances, duplicates, stale and future created_at_time, calls by the wrong
// role), each one checked against an independent model of the ICRC rules, and after every step,
// for each asset, straight from the database:
//     sum(balances) == minted - burned - fees_burned        (fees are burned)
// and equal to the model's totals. At the end every balance is compared and the chains verified.

#include "testprofile.h"

#include "ledgererror.h"
#include "ledgerrules.h"
#include "prng.h"
#include "storage/database.h"
#include "storage/dbthread.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>

using namespace nexus;
using namespace nexus::test;

namespace {

constexpr qint64 kT0 = 1'760'000'000'000'000'000;
constexpr qint64 kSecond = 1000000000;
const QStringList kAssets{QStringLiteral("ICP"), QStringLiteral("ckBTC"), QStringLiteral("ckETH")};

int steps()
{
    const int fromEnv = qEnvironmentVariableIntValue("NEXUS_LEDGER_PROPERTY_STEPS");
    return fromEnv > 0 ? fromEnv : 100000;
}

using Kind = LedgerError::Kind;

QString kindName(Kind k)
{
    static const char *const names[] = {"BadFee", "BadBurn", "InsufficientFunds", "TooOld", "CreatedInFuture", "Duplicate",
                                        "InsufficientAllowance", "AllowanceChanged", "Expired", "TemporarilyUnavailable", "GenericError"};
    return QLatin1String(names[int(k)]);
}

// What the model expects a call to do: succeed, or fail with a ledger error of this kind (and
// data), or be refused by the gateway (PermissionDenied) / argument checks.
struct Expect {
    bool ok = true;
    std::optional<Kind> kind;
    Nat128 amount = 0;      // the variant's amount field, when it has one
    bool denied = false;    // the gateway's role check
    bool conflict = false;  // set_fee to the fee in force
    static Expect success() { return {}; }
    static Expect error(Kind k, Nat128 amount = 0) { return {false, k, amount, false, false}; }
};

struct Allowance {
    Nat128 amount = 0;
    qint64 expiresAt = 0; // 0: never
    Nat128 effective(qint64 now) const { return expiresAt != 0 && expiresAt < now ? 0 : amount; }
};

// The ICRC rules as the ledger documents them, written again independently of ledgerops.cpp.
struct Model {
    struct Asset {
        Nat128 fee = 0, minted = 0, burned = 0, fees = 0;
        qint64 blocks = 0;
    };
    QMap<QString, Asset> assets;
    QHash<QString, Nat128> balances;           // asset|account text
    QHash<QString, Allowance> allowances;      // asset|owner|spender
    QHash<QString, std::pair<qint64, qint64>> dedup; // tx key -> (block index, created_at)

    Nat128 &bal(const QString &asset, const QString &account) { return balances[asset + QLatin1Char('|') + account]; }
    Allowance &allowance(const QString &asset, const QString &owner, const QString &spender)
    {
        return allowances[asset + QLatin1Char('|') + owner + QLatin1Char('|') + spender];
    }
    Nat128 sum(const QString &asset) const
    {
        Nat128 total = 0;
        for (auto it = balances.cbegin(); it != balances.cend(); ++it)
            if (it.key().startsWith(asset + QLatin1Char('|')))
                total += it.value();
        return total;
    }

    // Time window, then duplicates. `key` is empty for untimed transactions.
    std::optional<Expect> window(const QString &key, std::optional<qint64> created, qint64 now) const
    {
        if (!created)
            return std::nullopt;
        if (*created < now - ledger::kTxWindowNs - ledger::kPermittedDriftNs)
            return Expect::error(Kind::TooOld);
        if (*created > now + ledger::kPermittedDriftNs)
            return Expect::error(Kind::CreatedInFuture);
        if (dedup.contains(key))
            return Expect::error(Kind::Duplicate, Nat128(dedup.value(key).first));
        return std::nullopt;
    }
    void accept(const QString &asset, const QString &key, std::optional<qint64> created)
    {
        if (created)
            dedup.insert(key, {assets[asset].blocks, *created});
        assets[asset].blocks += 1;
    }
};

struct Op {
    QString method;
    Principal caller;
    QJsonObject args;
    Expect expect;
    std::function<void()> apply; // the model's change when the call succeeds
};

} // namespace

class TestLedgerProperty : public QObject
{
    Q_OBJECT

    TestProfile m_p;
    const Principal m_admin = principalFor(3);
    const Principal m_fees = principalFor(4);
    QList<Principal> m_people;
    QList<Account> m_accounts;
    QStringList m_texts;
    Model m_model;
    qint64 m_now = kT0;
    QList<Op> m_timedDone; // accepted timed calls, replayed later as duplicates
    QHash<QString, int> m_outcomes;
    double m_seconds = 0;

    QString key(const QStringList &parts) const { return parts.join(QLatin1Char('|')); }
    QString text(int i) const { return m_texts[i]; }
    QString minting(const QString &asset) const { return ledger::mintingAccount(asset).toText(); }

    // An amount near the account's balance: mostly affordable, sometimes not.
    Nat128 amountNear(Prng &rng, Nat128 balance, Nat128 fee)
    {
        if (balance == 0 || rng.chance(8))
            return Nat128(rng.between(0, 50000));
        const Nat128 pct = Nat128(rng.between(1, 110));
        const Nat128 a = balance / 100 * pct;
        return a > fee && rng.chance(80) ? a - fee : a;
    }

    void addCommon(Prng &rng, QJsonObject &args, std::optional<Nat128> *fee, std::optional<qint64> *created, QString *memo, Nat128 assetFee)
    {
        const int f = int(rng.below(100));
        if (f < 8) {
            *fee = assetFee;
        } else if (f < 12) {
            *fee = assetFee + 1 + Nat128(rng.below(5)); // BadFee
        }
        if (*fee)
            args.insert(QStringLiteral("fee"), nat128ToString(**fee));
        if (rng.chance(30)) {
            const int which = int(rng.below(100));
            qint64 c = m_now - qint64(rng.below(3600)) * kSecond;
            if (which < 3)
                c = m_now - ledger::kTxWindowNs - ledger::kPermittedDriftNs - 1 - qint64(rng.below(1000)); // TooOld
            else if (which < 6)
                c = m_now + ledger::kPermittedDriftNs + 1 + qint64(rng.below(1000)); // CreatedInFuture
            else if (which < 9)
                c = m_now - ledger::kTxWindowNs - ledger::kPermittedDriftNs; // the oldest accepted
            *created = c;
            args.insert(QStringLiteral("created_at_time"), QString::number(c));
        }
        if (rng.chance(20)) {
            *memo = QStringLiteral("m%1").arg(rng.below(4));
            args.insert(QStringLiteral("memo_text"), *memo);
        }
    }

    Op transfer(Prng &rng, const QString &asset)
    {
        const int from = int(rng.below(quint64(m_accounts.size())));
        const bool burn = rng.chance(6);
        const int to = int(rng.below(quint64(m_accounts.size())));
        const QString toText = burn ? minting(asset) : text(to);
        Model::Asset &a = m_model.assets[asset];
        const Nat128 bal = m_model.bal(asset, text(from));
        const Nat128 amount = burn && rng.chance(30) ? Nat128(rng.between(0, qint64(a.fee) + 3)) : amountNear(rng, bal, a.fee);
        Op op{QStringLiteral("ledger.transfer"), m_accounts[from].owner(),
              {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), toText}, {QStringLiteral("amount"), nat128ToString(amount)}}, {}, {}};
        if (!m_accounts[from].isDefaultSubaccount())
            op.args.insert(QStringLiteral("from_subaccount"), QStringLiteral("1"));
        std::optional<Nat128> fee;
        std::optional<qint64> created;
        QString memo;
        addCommon(rng, op.args, &fee, &created, &memo, a.fee);
        plan(op, asset, burn ? QStringLiteral("1burn") : QStringLiteral("1xfer"), text(from), burn ? QString() : toText, QString(), amount, fee,
             created, memo);
        return op;
    }

    Op burnOp(Prng &rng, const QString &asset)
    {
        const int from = int(rng.below(quint64(m_accounts.size())));
        const Model::Asset &a = m_model.assets[asset];
        const Nat128 amount = rng.chance(20) ? Nat128(rng.between(0, qint64(a.fee))) : amountNear(rng, m_model.bal(asset, text(from)), 0);
        Op op{QStringLiteral("ledger.burn"), m_accounts[from].owner(), {{QStringLiteral("asset"), asset}, {QStringLiteral("amount"), nat128ToString(amount)}}, {}, {}};
        if (!m_accounts[from].isDefaultSubaccount())
            op.args.insert(QStringLiteral("from_subaccount"), QStringLiteral("1"));
        std::optional<Nat128> fee;
        std::optional<qint64> created;
        QString memo;
        addCommon(rng, op.args, &fee, &created, &memo, 0);
        plan(op, asset, QStringLiteral("1burn"), text(from), QString(), QString(), amount, fee, created, memo);
        return op;
    }

    // The expected outcome and model change of a transfer-like operation: btype after the
    // ledger's conversions (burns), `spender` set for transfer_from.
    void plan(Op &op, const QString &asset, const QString &btype, const QString &from, const QString &to, const QString &spender, Nat128 amount,
              std::optional<Nat128> fee, std::optional<qint64> created, const QString &memo)
    {
        Model &m = m_model;
        const bool burn = btype == QLatin1String("1burn");
        const Nat128 assetFee = m.assets[asset].fee;
        const Nat128 charged = burn ? 0 : assetFee;
        const QString k = key({asset, btype, from, to, spender, nat128ToString(amount), fee && !burn ? nat128ToString(*fee) : QString(), memo,
                               created ? QString::number(*created) : QString()});
        if (auto e = m.window(k, created, m_now)) {
            op.expect = *e;
            return;
        }
        if (fee && *fee != charged) {
            op.expect = Expect::error(Kind::BadFee, charged);
            return;
        }
        if (burn && amount < assetFee) {
            op.expect = Expect::error(Kind::BadBurn, assetFee);
            return;
        }
        const Nat128 need = amount + charged;
        const QString allowanceKey = asset + QLatin1Char('|') + from + QLatin1Char('|') + spender;
        if (!spender.isEmpty()) {
            const Nat128 current = m.allowances.value(allowanceKey).effective(m_now);
            if (current < need) {
                op.expect = Expect::error(Kind::InsufficientAllowance, current);
                return;
            }
        }
        const Nat128 bal = m.bal(asset, from);
        if (bal < need) {
            op.expect = Expect::error(Kind::InsufficientFunds, bal);
            return;
        }
        op.expect = Expect::success();
        const qint64 now = m_now;
        op.apply = [this, asset, from, to, spender, amount, need, burn, charged, k, created, allowanceKey, now] {
            Model &m = m_model;
            m.bal(asset, from) -= need;
            if (burn)
                m.assets[asset].burned += amount;
            else
                m.bal(asset, to) += amount;
            m.assets[asset].fees += charged;
            if (!spender.isEmpty()) {
                Allowance &al = m.allowances[allowanceKey];
                al.amount = al.effective(now) - need;
                if (al.amount == 0)
                    m.allowances.remove(allowanceKey);
            }
            m.accept(asset, k, created);
        };
    }

    Op approve(Prng &rng, const QString &asset)
    {
        const int owner = int(rng.below(quint64(m_accounts.size())));
        const int spender = rng.chance(3) ? owner : int(rng.below(quint64(m_accounts.size())));
        Model &m = m_model;
        const Nat128 amount = rng.chance(10) ? 0 : Nat128(rng.between(0, 2000000)) * (asset == QLatin1String("ckETH") ? 1000000 : 1);
        Op op{QStringLiteral("ledger.approve"), m_accounts[owner].owner(),
              {{QStringLiteral("asset"), asset}, {QStringLiteral("spender"), text(spender)}, {QStringLiteral("amount"), nat128ToString(amount)}}, {}, {}};
        if (!m_accounts[owner].isDefaultSubaccount())
            op.args.insert(QStringLiteral("from_subaccount"), QStringLiteral("1"));
        const Allowance current = m.allowance(asset, text(owner), text(spender));
        std::optional<Nat128> expected;
        if (rng.chance(25)) {
            expected = rng.chance(70) ? current.effective(m_now) : current.amount + 1;
            op.args.insert(QStringLiteral("expected_allowance"), nat128ToString(*expected));
        }
        qint64 expires = 0;
        if (rng.chance(40)) {
            expires = m_now + (rng.chance(10) ? -qint64(rng.between(1, 100)) : qint64(rng.between(0, 7200)) * kSecond);
            op.args.insert(QStringLiteral("expires_at"), QString::number(expires));
        }
        std::optional<Nat128> fee;
        std::optional<qint64> created;
        QString memo;
        addCommon(rng, op.args, &fee, &created, &memo, m.assets[asset].fee);
        if (owner == spender) {
            op.expect = Expect::error(Kind::GenericError, 0);
            return op;
        }
        const QString k = key({asset, QStringLiteral("2approve"), text(owner), text(spender), nat128ToString(amount),
                               fee ? nat128ToString(*fee) : QString(), memo, created ? QString::number(*created) : QString(),
                               expected ? nat128ToString(*expected) : QString(), expires ? QString::number(expires) : QString()});
        const Nat128 assetFee = m.assets[asset].fee;
        if (auto e = m.window(k, created, m_now))
            op.expect = *e;
        else if (fee && *fee != assetFee)
            op.expect = Expect::error(Kind::BadFee, assetFee);
        else if (expires && expires < m_now)
            op.expect = Expect::error(Kind::Expired);
        else if (expected && *expected != current.effective(m_now))
            op.expect = Expect::error(Kind::AllowanceChanged, current.effective(m_now));
        else if (m.bal(asset, text(owner)) < assetFee)
            op.expect = Expect::error(Kind::InsufficientFunds, m.bal(asset, text(owner)));
        else {
            const QString o = text(owner), s = text(spender);
            op.apply = [this, asset, o, s, amount, expires, assetFee, k, created] {
                m_model.bal(asset, o) -= assetFee;
                m_model.assets[asset].fees += assetFee;
                if (amount == 0)
                    m_model.allowances.remove(asset + QLatin1Char('|') + o + QLatin1Char('|') + s);
                else
                    m_model.allowance(asset, o, s) = {amount, expires};
                m_model.accept(asset, k, created);
            };
        }
        return op;
    }

    Op transferFrom(Prng &rng, const QString &asset)
    {
        const int spender = int(rng.below(quint64(m_accounts.size())));
        // Prefer owners who approved this spender.
        int owner = int(rng.below(quint64(m_accounts.size())));
        for (int tries = 0; tries < 6 && !m_model.allowances.contains(asset + QLatin1Char('|') + text(owner) + QLatin1Char('|') + text(spender)); ++tries)
            owner = int(rng.below(quint64(m_accounts.size())));
        const bool burn = rng.chance(5);
        const int to = int(rng.below(quint64(m_accounts.size())));
        const QString toText = burn ? minting(asset) : text(to);
        const Model::Asset &a = m_model.assets[asset];
        const Nat128 limit = std::min(m_model.allowances.value(asset + QLatin1Char('|') + text(owner) + QLatin1Char('|') + text(spender)).amount,
                                      m_model.bal(asset, text(owner)));
        const Nat128 amount = amountNear(rng, limit, a.fee);
        Op op{QStringLiteral("ledger.transfer_from"), m_accounts[spender].owner(),
              {{QStringLiteral("asset"), asset}, {QStringLiteral("from"), text(owner)}, {QStringLiteral("to"), toText}, {QStringLiteral("amount"), nat128ToString(amount)}},
              {}, {}};
        if (!m_accounts[spender].isDefaultSubaccount())
            op.args.insert(QStringLiteral("spender_subaccount"), QStringLiteral("1"));
        std::optional<Nat128> fee;
        std::optional<qint64> created;
        QString memo;
        addCommon(rng, op.args, &fee, &created, &memo, a.fee);
        const bool own = owner == spender; // an ordinary transfer (or burn) from the caller's account
        const QString btype = burn ? QStringLiteral("1burn") : own ? QStringLiteral("1xfer") : QStringLiteral("2xfer");
        plan(op, asset, btype, text(owner), burn ? QString() : toText, own ? QString() : text(spender), amount, fee, created, memo);
        return op;
    }

    Op mint(Prng &rng, const QString &asset)
    {
        const int to = int(rng.below(quint64(m_accounts.size())));
        const Nat128 amount = Nat128(rng.between(1, 1000000000)) * (asset == QLatin1String("ckETH") ? Nat128(1000000000000ULL) : 1);
        const bool byUser = rng.chance(5);
        Op op{QStringLiteral("ledger.mint"), byUser ? m_people[int(rng.below(quint64(m_people.size())))] : m_admin,
              {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), text(to)}, {QStringLiteral("amount"), nat128ToString(amount)}}, {}, {}};
        if (byUser) {
            op.expect.ok = false;
            op.expect.denied = true;
            return op;
        }
        const QString t = text(to);
        op.apply = [this, asset, t, amount] {
            m_model.bal(asset, t) += amount;
            m_model.assets[asset].minted += amount;
            m_model.accept(asset, QString(), std::nullopt);
        };
        return op;
    }

    Op setFee(Prng &rng, const QString &asset)
    {
        static const QMap<QString, QList<qint64>> choices{{QStringLiteral("ICP"), {10000, 20000, 5000}},
                                                          {QStringLiteral("ckBTC"), {10, 20, 0}},
                                                          {QStringLiteral("ckETH"), {2000000000000LL, 3000000000000LL}}};
        const QList<qint64> &c = choices[asset];
        const Nat128 fee = Nat128(c[int(rng.below(quint64(c.size())))]);
        Op op{QStringLiteral("ledger.set_fee"), m_fees, {{QStringLiteral("asset"), asset}, {QStringLiteral("fee"), nat128ToString(fee)}}, {}, {}};
        if (fee == m_model.assets[asset].fee) {
            op.expect.ok = false;
            op.expect.conflict = true;
            return op;
        }
        op.apply = [this, asset, fee] { m_model.assets[asset].fee = fee; };
        return op;
    }

    // Replays an earlier accepted timed call: a Duplicate while its created_at_time is in the
    // window, TooOld after.
    std::optional<Op> replay(Prng &rng)
    {
        if (m_timedDone.isEmpty())
            return std::nullopt;
        Op op = m_timedDone[int(rng.below(quint64(m_timedDone.size())))];
        const qint64 created = op.args.value(QStringLiteral("created_at_time")).toString().toLongLong();
        op.apply = {};
        if (created < m_now - ledger::kTxWindowNs - ledger::kPermittedDriftNs)
            op.expect = Expect::error(Kind::TooOld);
        else
            op.expect = Expect::error(Kind::Duplicate, op.expect.amount); // the block index, kept below
        return op;
    }

    // An empty string when the call did what the model said, else what differed.
    QString checkOutcome(int step, const Op &op, const Result<QJsonValue> &r)
    {
        const auto where = [&] {
            return QStringLiteral("step %1: %2 %3").arg(step).arg(op.method, QString::fromUtf8(QJsonDocument(op.args).toJson(QJsonDocument::Compact)));
        };
        if (op.expect.ok) {
            ++m_outcomes[QStringLiteral("ok")];
            return r ? QString() : where() + QStringLiteral(" failed: ") + QString::fromUtf8(errText(r));
        }
        if (r)
            return where() + QStringLiteral(" succeeded, expected a refusal");
        if (op.expect.denied || op.expect.conflict) {
            const ErrorCode want = op.expect.denied ? ErrorCode::PermissionDenied : ErrorCode::Conflict;
            ++m_outcomes[errorCodeName(want)];
            return r.error().code == want ? QString() : where() + QStringLiteral(": ") + QString::fromUtf8(errText(r));
        }
        const auto e = LedgerError::fromDetails(r.error().details);
        if (!e)
            return where() + QStringLiteral(": not a ledger error: ") + QString::fromUtf8(errText(r));
        ++m_outcomes[e->name()];
        if (e->kind() != *op.expect.kind)
            return where() + QStringLiteral(": got %1, expected %2").arg(e->name(), kindName(*op.expect.kind));
        if (*op.expect.kind == Kind::Duplicate ? e->number() != quint64(op.expect.amount) : e->amount() != op.expect.amount)
            return where() + QStringLiteral(": %1 with data %2/%3, expected %4")
                               .arg(e->name(), nat128ToString(e->amount())).arg(e->number()).arg(nat128ToString(op.expect.amount));
        return {};
    }

    // The property, straight from the database (on the writer's own connection, whose page cache
    // stays warm), and against the model. Empty when it holds.
    QString checkConservation(QSqlDatabase &db, int step)
    {
        // One statement (one read transaction): every balance row, then each asset's totals.
        static const QString sql = QStringLiteral("SELECT 0, asset, amount, NULL, NULL, NULL FROM ledger_balances UNION ALL "
                                                  "SELECT 1, symbol, minted, burned, fees_burned, blocks FROM ledger_assets");
        auto rows = Database::exec(db, sql);
        if (!rows)
            return rows.error().message;
        Nat128 sums[3] = {0, 0, 0};
        while (rows->next()) {
            const int asset = int(kAssets.indexOf(rows->text(1)));
            if (rows->int64(0) == 0) {
                sums[asset] += ledger::fromBlob16(rows->blob(2));
                continue;
            }
            const Nat128 minted = ledger::fromBlob16(rows->blob(2)), burned = ledger::fromBlob16(rows->blob(3)),
                         fees = ledger::fromBlob16(rows->blob(4));
            const Model::Asset &m = m_model.assets[kAssets[asset]];
            // The model's own balances are compared account by account every 10,000 steps.
            if (sums[asset] != minted - burned - fees || minted != m.minted || burned != m.burned || fees != m.fees
                || rows->int64(5) != m.blocks)
                return QStringLiteral("step %1, %2: balances %3, minted %4 - burned %5 - fees %6; model %7 / %8 / %9 / %10")
                    .arg(step)
                    .arg(kAssets[asset], nat128ToString(sums[asset]), nat128ToString(minted), nat128ToString(burned), nat128ToString(fees),
                         nat128ToString(m_model.sum(kAssets[asset])), nat128ToString(m.minted), nat128ToString(m.burned), nat128ToString(m.fees));
        }
        return {};
    }

    // Every account's balance in the database against the model.
    QString compareAccounts(QSqlDatabase &db, int step)
    {
        auto rows = Database::exec(db, QStringLiteral("SELECT a.owner, a.subaccount, b.asset, b.amount FROM ledger_balances b "
                                                      "JOIN ledger_accounts a ON a.id = b.account"));
        if (!rows)
            return rows.error().message;
        int seen = 0;
        while (rows->next()) {
            const QString account = Account(Principal::fromBytes(rows->blob(0)).value(), rows->blob(1)).toText();
            const QString asset = rows->text(2);
            if (ledger::fromBlob16(rows->blob(3)) != m_model.balances.value(asset + QLatin1Char('|') + account))
                return QStringLiteral("step %1: %2 holds %3 %4, the model says %5")
                    .arg(step).arg(account, nat128ToString(ledger::fromBlob16(rows->blob(3))), asset,
                                   nat128ToString(m_model.balances.value(asset + QLatin1Char('|') + account)));
            ++seen;
        }
        return seen > 0 ? QString() : QStringLiteral("step %1: no balances").arg(step);
    }

    // The random walk. It runs on the backend's writer thread: gateway calls made there skip the
    // thread hand-off (callBlocking runs the same pipeline in place), which halves the wall time
    // on a busy machine without changing what each call does.
    QString run(QSqlDatabase &db, int n)
    {
        Prng rng(20261122);
        QElapsedTimer timer;
        timer.start();
        for (int step = 0; step < n; ++step) {
            m_now += qint64(rng.between(1, 2000)) * 1000000; // 1 ms .. 2 s
            if (rng.chance(1))
                m_now += qint64(rng.between(1, 6)) * 3600 * kSecond; // time jumps: allowances expire, dedup windows close
            const QString asset = kAssets[int(rng.below(quint64(kAssets.size())))];
            const int pick = int(rng.below(1000));
            Op op;
            if (pick < 70 || m_model.assets[asset].minted == 0)
                op = mint(rng, asset);
            else if (pick < 470)
                op = transfer(rng, asset);
            else if (pick < 560)
                op = burnOp(rng, asset);
            else if (pick < 740)
                op = approve(rng, asset);
            else if (pick < 950)
                op = transferFrom(rng, asset);
            else if (pick < 953)
                op = setFee(rng, asset);
            else if (auto r = replay(rng))
                op = *r;
            else
                op = transfer(rng, asset);
            const qint64 blockIndex = m_model.assets[op.args.value(QStringLiteral("asset")).toString()].blocks;
            const auto r = m_p.call(op.caller, op.method, op.args, Origin::Seed, m_now);
            if (const QString e = checkOutcome(step, op, r); !e.isEmpty())
                return e;
            if (r && op.apply) {
                op.apply();
                if (op.args.contains(QStringLiteral("created_at_time"))) {
                    Op done = op;
                    done.expect.amount = Nat128(blockIndex); // what a replay names as duplicate_of
                    m_timedDone << done;
                }
            }
            if (const QString e = checkConservation(db, step); !e.isEmpty())
                return e;
            if (step % 10000 == 9999) {
                if (const QString e = compareAccounts(db, step); !e.isEmpty())
                    return e;
                qInfo("%d steps in %.1f s", step + 1, timer.elapsed() / 1000.0);
            }
        }
        m_seconds = timer.elapsed() / 1000.0;
        return {};
    }

    void checkEveryBalance()
    {
        for (const QString &asset : kAssets)
            for (const QString &t : std::as_const(m_texts)) {
                auto r = m_p.call(m_admin, QStringLiteral("ledger.balance_of"), {{QStringLiteral("asset"), asset}, {QStringLiteral("account"), t}});
                QVERIFY(r);
                QCOMPARE(r->toObject().value(QStringLiteral("balance")).toString(), nat128ToString(m_model.bal(asset, t)));
            }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_p.init());
        QVERIFY(m_p.addUser(m_admin, QStringLiteral("Admin"), Role::Admin));
        QVERIFY(m_p.addUser(m_fees, QStringLiteral("Fees"), Role::Admin));
        QVERIFY(m_p.grant(m_fees, QStringLiteral("manage_fees")));
        for (int i = 0; i < 6; ++i) {
            m_people << principalFor(20 + i);
            QVERIFY(m_p.addUser(m_people.last(), QStringLiteral("P%1").arg(i), Role::User));
            QByteArray one(32, '\0');
            one[31] = 1;
            m_accounts << Account(m_people.last()) << Account(m_people.last(), one);
        }
        for (const Account &a : std::as_const(m_accounts))
            m_texts << a.toText();
        m_model.assets[QStringLiteral("ICP")].fee = 10000;
        m_model.assets[QStringLiteral("ckBTC")].fee = 10;
        m_model.assets[QStringLiteral("ckETH")].fee = 2000000000000ULL;
    }

    void conservationUnderRandomOperations()
    {
        const int n = steps();
        QString failure;
        m_p.gw().writer()->runBlocking<bool>([&](QSqlDatabase &db) {
            failure = run(db, n);
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        checkEveryBalance();
        QStringList summary;
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        summary.sort();
        qInfo("%d operations in %.1f s: %s", n, m_seconds, qPrintable(summary.join(QStringLiteral(", "))));
        // Every kind of refusal happened, and most calls landed.
        for (const char *k : {"BadFee", "BadBurn", "InsufficientFunds", "TooOld", "CreatedInFuture", "Duplicate", "InsufficientAllowance",
                              "AllowanceChanged", "Expired", "GenericError", "permission_denied"})
            QVERIFY2(m_outcomes.value(QLatin1String(k)) > 0 || n < 20000, k);
        QVERIFY(m_outcomes.value(QStringLiteral("ok")) > n / 2);

        auto v = m_p.call(m_admin, QStringLiteral("ledger.verify_chain"), {});
        QVERIFY(v);
        QVERIFY2(v->toObject().value(QStringLiteral("ok")).toBool(), qPrintable(v->toObject().value(QStringLiteral("reason")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestLedgerProperty)
#include "tst_ledgerproperty.moc"
