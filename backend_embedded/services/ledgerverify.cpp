// ledger.verify_chain: per asset, walks the blocks in index order checking the phash chain and each
// recorded hash (ChainVerifier), replays them into balances and totals, and compares the replay
// with the asset's tip, totals and balance rows — so a change to any ledger table is found.
#include "ledgerqueries.h"

#include "ledgerchain.h"
#include "ledgerrules.h"
#include "ledgerstore.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLedger)

namespace nexus::ledgerq {

namespace {

using ledger::fromBlob16;

QByteArray key(const Account &a) { return a.owner().bytes() + a.subaccount(); }

struct Replay {
    QHash<QByteArray, Nat128> balances;
    Nat128 minted = 0, burned = 0, fees = 0;

    // Applies the block as ledgerops.cpp did; an error text if it cannot have happened.
    QString apply(const LedgerBlock &b)
    {
        const Nat128 fee = b.fee.value_or(0);
        Nat128 out = 0;
        switch (b.type) {
        case BlockType::Transfer:
        case BlockType::TransferFrom:
            if (ledger::addOverflows(b.amount, fee, &out))
                return QStringLiteral("its amount plus fee exceeds 2^128 - 1");
            break;
        case BlockType::Approve:
            out = fee;
            break;
        case BlockType::Burn:
            out = b.amount;
            burned += b.amount;
            break;
        case BlockType::Mint:
            if (ledger::addOverflows(minted, b.amount, &minted))
                return QStringLiteral("it mints beyond 2^128 - 1");
            break;
        }
        if (b.from) {
            Nat128 &bal = balances[key(*b.from)];
            if (bal < out)
                return QStringLiteral("it spends more than %1 held").arg(b.from->toText());
            bal -= out;
        }
        if (b.to && b.type != BlockType::Approve && b.type != BlockType::Burn)
            balances[key(*b.to)] += b.amount;
        fees += fee;
        return {};
    }
};

QJsonObject verifyAsset(LedgerStore &store, QSqlDatabase &db, const AssetRow &a)
{
    ChainVerifier chain;
    Replay replay;
    QString replayError;
    qint64 replayBad = -1;
    auto walked = store.forEachBlock(a.symbol, [&](const StoredBlock &s) {
        if (!s.damage.isEmpty()) {
            replayBad = s.index;
            replayError = QStringLiteral("block %1: %2").arg(s.index).arg(s.damage);
            return false;
        }
        if (!chain.add(s.index, s.block, s.hash))
            return false;
        if (const QString e = replay.apply(s.block); !e.isEmpty()) {
            replayBad = s.index;
            replayError = QStringLiteral("block %1: %2").arg(s.index).arg(e);
            return false;
        }
        return true;
    });
    const ChainReport &r = chain.report();
    QJsonObject out{{QStringLiteral("asset"), a.symbol}, {QStringLiteral("checked"), r.checked}, {QStringLiteral("log_length"), a.blocks}};
    auto fail = [&](qint64 firstBad, const QString &reason) {
        out.insert(QStringLiteral("ok"), false);
        out.insert(QStringLiteral("first_bad"), firstBad >= 0 ? QJsonValue(firstBad) : QJsonValue());
        out.insert(QStringLiteral("reason"), reason);
        qCWarning(lcLedger) << "ledger verification failed:" << a.symbol << reason;
        return out;
    };
    if (!walked)
        return fail(-1, walked.error().message);
    if (!r.ok)
        return fail(r.firstBad, r.reason);
    if (replayBad >= 0)
        return fail(replayBad, replayError);
    if (a.blocks != r.checked || a.tipHash != r.tipHash)
        return fail(a.blocks > r.checked ? r.checked : -1,
                    QStringLiteral("the asset records %1 blocks ending in %2, but its chain has %3 blocks ending in %4")
                        .arg(a.blocks).arg(QString::fromLatin1(a.tipHash.toHex().left(16))).arg(r.checked)
                        .arg(QString::fromLatin1(r.tipHash.toHex().left(16))));
    if (a.minted != replay.minted || a.burned != replay.burned || a.feesBurned != replay.fees)
        return fail(-1, QStringLiteral("the asset's totals (minted, burned, fees burned) do not match its blocks"));

    auto q = Database::exec(db, QStringLiteral("SELECT a.owner, a.subaccount, b.amount FROM ledger_balances b "
                                               "JOIN ledger_accounts a ON a.id = b.account WHERE b.asset = ?"),
                            {a.symbol});
    if (!q)
        return fail(-1, q.error().message);
    Nat128 sum = 0;
    qint64 rows = 0;
    QString mismatch;
    while (q->next()) {
        const QByteArray k = q->value(0).toByteArray() + q->value(1).toByteArray();
        const Nat128 stored = fromBlob16(q->value(2).toByteArray());
        const Nat128 replayed = replay.balances.value(k);
        if (stored != replayed && mismatch.isEmpty()) {
            const auto owner = Principal::fromBytes(q->value(0).toByteArray());
            mismatch = QStringLiteral("the balance of %1 is %2, but its blocks give %3")
                           .arg(owner ? Account(*owner, q->value(1).toByteArray()).toText() : QStringLiteral("(damaged owner)"),
                                nat128ToString(stored), nat128ToString(replayed));
        }
        if (ledger::addOverflows(sum, stored, &sum) && mismatch.isEmpty())
            mismatch = QStringLiteral("the balances add up to more than 2^128 - 1");
        if (replayed != 0 || stored != 0)
            ++rows;
    }
    qint64 nonZero = 0;
    for (auto it = replay.balances.cbegin(); it != replay.balances.cend(); ++it)
        nonZero += it.value() != 0;
    if (mismatch.isEmpty() && rows < nonZero)
        mismatch = QStringLiteral("%1 accounts with a balance have no balance row").arg(nonZero - rows);
    if (mismatch.isEmpty() && sum != a.totalSupply())
        mismatch = QStringLiteral("the balances add up to %1, not minted - burned - fees burned = %2")
                       .arg(nat128ToString(sum), nat128ToString(a.totalSupply()));
    if (!mismatch.isEmpty())
        return fail(-1, mismatch);
    out.insert(QStringLiteral("ok"), true);
    out.insert(QStringLiteral("tip_hash"), QString::fromLatin1(r.tipHash.toHex()));
    out.insert(QStringLiteral("total_supply"), nat128ToString(a.totalSupply()));
    return out;
}

} // namespace

Result<QJsonValue> verifyChain(ExecContext &ctx, const QJsonObject &args)
{
    LedgerStore store(ctx.db);
    QList<AssetRow> assets;
    if (args.contains(QStringLiteral("asset"))) {
        auto a = store.asset(args.value(QStringLiteral("asset")).toString());
        if (!a)
            return a.error();
        assets << *a;
    } else {
        auto all = store.assets();
        if (!all)
            return all.error();
        assets = *all;
    }
    QJsonArray results;
    bool ok = true;
    QString reason;
    for (const AssetRow &a : std::as_const(assets)) {
        const QJsonObject r = verifyAsset(store, ctx.db, a);
        if (ok && !r.value(QStringLiteral("ok")).toBool()) {
            ok = false;
            reason = QStringLiteral("%1: %2").arg(a.symbol, r.value(QStringLiteral("reason")).toString());
        }
        results.append(r);
    }
    QJsonObject out{{QStringLiteral("ok"), ok}, {QStringLiteral("assets"), results}};
    if (!ok)
        out.insert(QStringLiteral("reason"), reason);
    return out;
}

} // namespace nexus::ledgerq
