// ledger.history: an account's blocks, newest first, one range scan of its ledger_entries rows
// (keyset paging on the global block seq), each with the account's balance after the block.
#include "ledgerqueries.h"

#include "amount.h"
#include "ledgerargs.h"
#include "ledgerrules.h"
#include "ledgerstore.h"

#include <QJsonArray>
#include <QStringDecoder>

#include <limits>

namespace nexus::ledgerq {

namespace {

namespace la = ledgerargs;
using ledger::fromBlob16;

const QString kColumns = QStringLiteral(
    "SELECT e.seq, e.asset, e.btype, e.ts_ns, e.balance, b.idx, b.amount, b.fee, b.memo, b.from_acct, b.to_acct, b.spender_acct, "
    "fa.owner, fa.subaccount, ta.owner, ta.subaccount, sa.owner, sa.subaccount "
    "FROM ledger_entries e JOIN ledger_blocks b ON b.asset = e.asset AND b.idx = e.idx "
    "LEFT JOIN ledger_accounts fa ON fa.id = b.from_acct LEFT JOIN ledger_accounts ta ON ta.id = b.to_acct "
    "LEFT JOIN ledger_accounts sa ON sa.id = b.spender_acct "
    "WHERE e.account = ? AND e.seq < ? ");
const QString kFilters = QStringLiteral(
    "AND (? IS NULL OR e.btype = ?) AND (? IS NULL OR e.ts_ns >= ?) AND (? IS NULL OR e.ts_ns < ?) ORDER BY e.seq DESC LIMIT ?");
const QString kAllAssets = kColumns + kFilters;
const QString kOneAsset = kColumns + QStringLiteral("AND e.asset = ? ") + kFilters;

const QHash<QString, QString> &typeNames()
{
    static const QHash<QString, QString> names{{QStringLiteral("transfer"), QStringLiteral("1xfer")},
                                               {QStringLiteral("mint"), QStringLiteral("1mint")},
                                               {QStringLiteral("burn"), QStringLiteral("1burn")},
                                               {QStringLiteral("approve"), QStringLiteral("2approve")},
                                               {QStringLiteral("transfer_from"), QStringLiteral("2xfer")}};
    return names;
}

std::optional<Account> accountAt(const Rows &q, int col)
{
    if (q.value(col).isNull())
        return std::nullopt;
    auto p = Principal::fromBytes(q.value(col).toByteArray());
    if (!p)
        return std::nullopt;
    return Account(*p, q.value(col + 1).toByteArray());
}

QString signedText(bool negative, Nat128 n)
{
    if (n == 0)
        return QStringLiteral("0");
    return (negative ? QLatin1Char('-') : QLatin1Char('+')) + nat128ToString(n);
}

QString memoText(const QByteArray &memo)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(memo);
    if (utf8.hasError())
        return {};
    for (QChar c : text)
        if (!c.isPrint())
            return {};
    return text;
}

} // namespace

Result<QJsonValue> history(ExecContext &ctx, const QJsonObject &args)
{
    LedgerStore store(ctx.db);
    auto acct = la::accountOrCaller(ctx, args, QStringLiteral("account"));
    if (!acct)
        return acct.error();
    const QString asset = args.value(QStringLiteral("asset")).toString();
    QHash<QString, int> decimals;
    auto all = store.assets();
    if (!all)
        return all.error();
    for (const AssetRow &a : std::as_const(*all))
        decimals.insert(a.symbol, a.decimals);
    if (!asset.isEmpty() && !decimals.contains(asset))
        return store.asset(asset).error();
    auto fromNs = la::optionalTime(args, QStringLiteral("from_ns"), true);
    auto toNs = la::optionalTime(args, QStringLiteral("to_ns"), true);
    if (!fromNs || !toNs)
        return !fromNs ? fromNs.error() : toNs.error();
    const int limit = args.value(QStringLiteral("limit")).toInt(50);
    const qint64 before = args.value(QStringLiteral("before")).toInteger(std::numeric_limits<qint64>::max());

    QJsonObject out{{QStringLiteral("account"), acct->toText()}};
    auto id = store.accountId(*acct, false);
    if (!id)
        return id.error();
    if (!*id) {
        out.insert(QStringLiteral("items"), QJsonArray());
        return out;
    }
    const QVariant btype = args.contains(QStringLiteral("type")) ? QVariant(typeNames().value(args.value(QStringLiteral("type")).toString())) : QVariant();
    const QVariant from = *fromNs ? QVariant(qint64(**fromNs)) : QVariant();
    const QVariant to = *toNs ? QVariant(qint64(**toNs)) : QVariant();
    auto q = asset.isEmpty() ? Database::exec(ctx.db, kAllAssets, {**id, before, btype, btype, from, from, to, to, limit + 1})
                             : Database::exec(ctx.db, kOneAsset, {**id, before, asset, btype, btype, from, from, to, to, limit + 1});
    if (!q)
        return q.error();
    QHash<QString, Account> mintingAccounts;
    QJsonArray items;
    qint64 lastSeq = 0;
    bool more = false;
    while (q->next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        const qint64 seq = q->value(0).toLongLong();
        const QString symbol = q->value(1).toString();
        const auto type = blockTypeFromName(q->value(2).toString()).value_or(BlockType::Transfer);
        const Nat128 amount = fromBlob16(q->value(6).toByteArray());
        const Nat128 fee = q->value(7).isNull() ? 0 : fromBlob16(q->value(7).toByteArray());
        const qint64 self = **id;
        const bool isFrom = !q->value(9).isNull() && q->value(9).toLongLong() == self;
        const bool isTo = !q->value(10).isNull() && q->value(10).toLongLong() == self;
        const std::optional<Account> fromAcct = accountAt(*q, 12), toAcct = accountAt(*q, 14), spenderAcct = accountAt(*q, 16);
        if (!mintingAccounts.contains(symbol))
            mintingAccounts.insert(symbol, ledger::mintingAccount(symbol));
        const Account mintAcct = mintingAccounts.value(symbol);

        QString role;
        std::optional<Account> counterparty;
        bool negative = false;
        Nat128 delta = 0;
        if (isFrom && isTo) {
            role = QStringLiteral("self");
            counterparty = toAcct;
            negative = true;
            delta = fee;
        } else if (isFrom) {
            role = QStringLiteral("from");
            negative = true;
            if (type == BlockType::Approve) {
                counterparty = spenderAcct;
                delta = fee;
            } else {
                counterparty = type == BlockType::Burn ? std::optional<Account>(mintAcct) : toAcct;
                delta = amount + fee;
            }
        } else if (isTo) {
            role = QStringLiteral("to");
            counterparty = type == BlockType::Mint ? std::optional<Account>(mintAcct) : fromAcct;
            delta = amount;
        } else {
            role = QStringLiteral("spender");
            counterparty = fromAcct;
        }
        QJsonObject row{{QStringLiteral("seq"), seq},
                        {QStringLiteral("asset"), symbol},
                        {QStringLiteral("decimals"), decimals.value(symbol)},
                        {QStringLiteral("index"), q->value(5).toLongLong()},
                        {QStringLiteral("btype"), blockTypeName(type)},
                        {QStringLiteral("type"), typeNames().key(blockTypeName(type))},
                        {QStringLiteral("role"), role},
                        {QStringLiteral("counterparty"), counterparty ? counterparty->toText() : QString()},
                        {QStringLiteral("amount"), nat128ToString(amount)},
                        {QStringLiteral("fee"), nat128ToString(fee)},
                        {QStringLiteral("delta"), signedText(negative, delta)},
                        {QStringLiteral("time_ns"), QString::number(q->value(3).toLongLong())},
                        {QStringLiteral("balance"), nat128ToString(fromBlob16(q->value(4).toByteArray()))}};
        if (!q->value(8).isNull()) {
            const QByteArray memo = q->value(8).toByteArray();
            row.insert(QStringLiteral("memo"), QString::fromLatin1(memo.toHex()));
            if (const QString text = memoText(memo); !text.isEmpty())
                row.insert(QStringLiteral("memo_text"), text);
        }
        items.append(row);
        lastSeq = seq;
    }
    out.insert(QStringLiteral("items"), items);
    if (more)
        out.insert(QStringLiteral("next_before"), lastSeq);
    return out;
}

} // namespace nexus::ledgerq
