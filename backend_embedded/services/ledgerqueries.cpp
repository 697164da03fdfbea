#include "ledgerqueries.h"

#include "amount.h"
#include "ledgerargs.h"
#include "ledgerrules.h"
#include "ledgerstore.h"

#include <QJsonArray>

namespace nexus::ledgerq {

namespace {

namespace la = ledgerargs;
using ledger::fromBlob16;

const QString kAsset = QStringLiteral("asset");

QJsonObject amountJson(const QString &key, Nat128 n, const AssetRow &a)
{
    return {{key, nat128ToString(n)}, {key + QStringLiteral("_text"), formatAmount(n, a.decimals)}};
}

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

Result<QJsonValue> assets(ExecContext &ctx, const QJsonObject &)
{
    auto all = LedgerStore(ctx.db).assets();
    if (!all)
        return all.error();
    QJsonArray items;
    for (const AssetRow &a : std::as_const(*all))
        items.append(a.toJson());
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonValue> balanceOf(ExecContext &ctx, const QJsonObject &args)
{
    LedgerStore store(ctx.db);
    auto a = store.asset(args.value(kAsset).toString());
    if (!a)
        return a.error();
    auto acct = la::accountOrCaller(ctx, args, QStringLiteral("account"));
    if (!acct)
        return acct.error();
    auto row = store.party(*acct, a->symbol, false); // one indexed lookup: account and balance
    if (!row)
        return row.error();
    QJsonObject out{{kAsset, a->symbol}, {QStringLiteral("account"), acct->toText()}, {QStringLiteral("decimals"), a->decimals}};
    merge(out, amountJson(QStringLiteral("balance"), row->balance, *a));
    return out;
}

Result<QJsonValue> totalSupply(ExecContext &ctx, const QJsonObject &args)
{
    auto a = LedgerStore(ctx.db).asset(args.value(kAsset).toString());
    if (!a)
        return a.error();
    QJsonObject out{{kAsset, a->symbol},
                    {QStringLiteral("decimals"), a->decimals},
                    {QStringLiteral("minted"), nat128ToString(a->minted)},
                    {QStringLiteral("burned"), nat128ToString(a->burned)},
                    {QStringLiteral("fees_burned"), nat128ToString(a->feesBurned)}};
    merge(out, amountJson(QStringLiteral("total_supply"), a->totalSupply(), *a));
    return out;
}

Result<QJsonValue> accounts(ExecContext &ctx, const QJsonObject &args)
{
    const Principal owner = args.contains(QStringLiteral("owner"))
                                ? Principal::fromText(args.value(QStringLiteral("owner")).toString()).value()
                                : ctx.call.caller;
    LedgerStore store(ctx.db);
    auto all = store.assets();
    if (!all)
        return all.error();
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT a.subaccount, b.asset, b.amount FROM ledger_accounts a "
                                                   "LEFT JOIN ledger_balances b ON b.account = a.id WHERE a.owner = ? "
                                                   "ORDER BY a.subaccount"),
                            {owner.bytes()});
    if (!q)
        return q.error();
    // The default account first, even before it has been used.
    QList<QByteArray> order{QByteArray(32, '\0')};
    QHash<QByteArray, QHash<QString, Nat128>> balances;
    while (q->next()) {
        const QByteArray sub = q->value(0).toByteArray();
        if (!order.contains(sub))
            order << sub;
        if (!q->value(1).isNull())
            balances[sub].insert(q->value(1).toString(), fromBlob16(q->value(2).toByteArray()));
    }
    QJsonArray items;
    for (const QByteArray &sub : std::as_const(order)) {
        const Account acct(owner, sub);
        QJsonArray perAsset;
        for (const AssetRow &a : std::as_const(*all)) {
            QJsonObject row{{kAsset, a.symbol}, {QStringLiteral("decimals"), a.decimals}};
            merge(row, amountJson(QStringLiteral("balance"), balances.value(sub).value(a.symbol), a));
            perAsset.append(row);
        }
        items.append(QJsonObject{{QStringLiteral("account"), acct.toText()},
                                 {QStringLiteral("subaccount"), QString::fromLatin1(sub.toHex())},
                                 {QStringLiteral("default"), acct.isDefaultSubaccount()},
                                 {QStringLiteral("balances"), perAsset}});
    }
    return QJsonObject{{QStringLiteral("owner"), owner.toText()}, {QStringLiteral("items"), items}};
}

Result<QJsonValue> allowance(ExecContext &ctx, const QJsonObject &args)
{
    LedgerStore store(ctx.db);
    auto a = store.asset(args.value(kAsset).toString());
    if (!a)
        return a.error();
    auto owner = la::account(args, QStringLiteral("account"));
    if (!owner)
        return owner.error();
    auto spender = la::account(args, QStringLiteral("spender"));
    if (!spender)
        return spender.error();
    QJsonObject out{{kAsset, a->symbol}, {QStringLiteral("account"), owner->toText()}, {QStringLiteral("spender"), spender->toText()}};
    auto ownerId = store.accountId(*owner, false);
    auto spenderId = store.accountId(*spender, false);
    if (!ownerId || !spenderId)
        return !ownerId ? ownerId.error() : spenderId.error();
    AllowanceRow row;
    if (*ownerId && *spenderId) {
        auto r = store.allowance(**ownerId, a->symbol, **spenderId);
        if (!r)
            return r.error();
        row = *r;
    }
    // ICRC-2: an expired allowance is 0, without an expiry.
    const Nat128 effective = row.effective(la::now(ctx));
    merge(out, amountJson(QStringLiteral("allowance"), effective, *a));
    if (effective > 0 && row.expiresAt)
        out.insert(QStringLiteral("expires_at"), QString::number(*row.expiresAt));
    return out;
}

Result<QJsonValue> allowances(ExecContext &ctx, const QJsonObject &args)
{
    LedgerStore store(ctx.db);
    auto acct = la::accountOrCaller(ctx, args, QStringLiteral("account"));
    if (!acct)
        return acct.error();
    auto all = store.assets();
    if (!all)
        return all.error();
    QHash<QString, AssetRow> bySymbol;
    for (const AssetRow &a : std::as_const(*all))
        bySymbol.insert(a.symbol, a);
    const QString only = args.value(kAsset).toString();
    if (!only.isEmpty() && !bySymbol.contains(only))
        return store.asset(only).error();
    const bool includeExpired = args.value(QStringLiteral("include_expired")).toBool();
    const qint64 now = la::now(ctx);
    QJsonObject out{{QStringLiteral("account"), acct->toText()}};
    auto id = store.accountId(*acct, false);
    if (!id)
        return id.error();
    for (const bool given : {true, false}) {
        QJsonArray rows;
        if (*id) {
            const QString sql = given ? QStringLiteral("SELECT l.asset, o.owner, o.subaccount, l.amount, l.expires_at FROM ledger_allowances l "
                                                       "JOIN ledger_accounts o ON o.id = l.spender WHERE l.owner = ? ORDER BY l.asset, l.seq")
                                      : QStringLiteral("SELECT l.asset, o.owner, o.subaccount, l.amount, l.expires_at FROM ledger_allowances l "
                                                       "JOIN ledger_accounts o ON o.id = l.owner WHERE l.spender = ? ORDER BY l.asset, l.seq");
            auto q = Database::exec(ctx.db, sql, {**id});
            if (!q)
                return q.error();
            while (q->next()) {
                const QString symbol = q->value(0).toString();
                if (!only.isEmpty() && symbol != only)
                    continue;
                AllowanceRow row{fromBlob16(q->value(3).toByteArray()), std::nullopt};
                if (!q->value(4).isNull())
                    row.expiresAt = q->value(4).toLongLong();
                const bool expired = row.effective(now) == 0;
                if (expired && !includeExpired)
                    continue;
                auto other = Principal::fromBytes(q->value(1).toByteArray());
                if (!other)
                    return other.error();
                QJsonObject r{{kAsset, symbol},
                              {given ? QStringLiteral("spender") : QStringLiteral("owner"), Account(*other, q->value(2).toByteArray()).toText()},
                              {QStringLiteral("expired"), expired}};
                merge(r, amountJson(QStringLiteral("amount"), row.amount, bySymbol.value(symbol)));
                if (row.expiresAt)
                    r.insert(QStringLiteral("expires_at"), QString::number(*row.expiresAt));
                rows.append(r);
            }
        }
        out.insert(given ? QStringLiteral("given") : QStringLiteral("received"), rows);
    }
    return out;
}

Result<QJsonValue> getBlocks(ExecContext &ctx, const QJsonObject &args)
{
    LedgerStore store(ctx.db);
    auto a = store.asset(args.value(kAsset).toString());
    if (!a)
        return a.error();
    const qint64 start = args.value(QStringLiteral("start")).toInteger();
    const qint64 length = args.value(QStringLiteral("length")).toInteger();
    auto blocks = store.blocks(a->symbol, start, length);
    if (!blocks)
        return blocks.error();
    QJsonArray items;
    for (const StoredBlock &s : std::as_const(*blocks))
        items.append(QJsonObject{{QStringLiteral("id"), s.index},
                                 {QStringLiteral("block"), s.block.toValue().toJson()},
                                 {QStringLiteral("hash"), QString::fromLatin1(s.hash.toHex())}});
    return QJsonObject{{kAsset, a->symbol}, {QStringLiteral("log_length"), a->blocks}, {QStringLiteral("blocks"), items}};
}

} // namespace nexus::ledgerq
