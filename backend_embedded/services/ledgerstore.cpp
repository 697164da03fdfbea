#include "ledgerstore.h"

#include "amount.h"
#include "ledgerrules.h"

#include <QStringList>

namespace nexus {

using ledger::fromBlob16;
using ledger::toBlob16;

namespace {

QVariant optInt(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
QVariant optBlob(const QByteArray &b) { return b.isEmpty() ? QVariant() : QVariant(b); }

const QString kBlockColumns = QStringLiteral(
    "SELECT b.seq, b.idx, b.btype, b.ts_ns, fa.owner, fa.subaccount, ta.owner, ta.subaccount, sa.owner, sa.subaccount, "
    "b.amount, b.fee, b.fee_in_tx, b.memo, b.created_at, b.expected_allowance, b.expires_at, b.phash, b.hash "
    "FROM ledger_blocks b LEFT JOIN ledger_accounts fa ON fa.id = b.from_acct "
    "LEFT JOIN ledger_accounts ta ON ta.id = b.to_acct LEFT JOIN ledger_accounts sa ON sa.id = b.spender_acct ");

// A row of kBlockColumns. Damage that cannot even be parsed (a type name or an owner that is not a
// principal) is reported in `damage`; verification names the block.
StoredBlock blockFromRow(const Rows &q)
{
    StoredBlock s;
    QString *damage = &s.damage;
    s.seq = q.value(0).toLongLong();
    s.index = q.value(1).toLongLong();
    LedgerBlock &b = s.block;
    const auto type = blockTypeFromName(q.value(2).toString());
    if (!type)
        *damage = QStringLiteral("unknown block type \"%1\"").arg(q.value(2).toString());
    b.type = type.value_or(BlockType::Transfer);
    b.tsNs = q.value(3).toLongLong();
    auto account = [&](int col) -> std::optional<Account> {
        const QVariant owner = q.value(col);
        if (owner.isNull())
            return std::nullopt;
        auto p = Principal::fromBytes(owner.toByteArray());
        if (!p) {
            *damage = QStringLiteral("an account owner is not a principal");
            return std::nullopt;
        }
        return Account(*p, q.value(col + 1).toByteArray());
    };
    b.from = account(4);
    b.to = account(6);
    b.spender = account(8);
    b.amount = fromBlob16(q.value(10).toByteArray());
    if (!q.value(11).isNull())
        b.fee = fromBlob16(q.value(11).toByteArray());
    b.feeInTx = q.value(12).toInt() != 0;
    if (!q.value(13).isNull())
        b.memo = q.value(13).toByteArray();
    if (!q.value(14).isNull())
        b.createdAtTime = quint64(q.value(14).toLongLong());
    if (!q.value(15).isNull())
        b.expectedAllowance = fromBlob16(q.value(15).toByteArray());
    if (!q.value(16).isNull())
        b.expiresAt = quint64(q.value(16).toLongLong());
    b.phash = q.value(17).toByteArray();
    s.hash = q.value(18).toByteArray();
    return s;
}

} // namespace

QJsonObject AssetRow::toJson() const
{
    return {{QStringLiteral("symbol"), symbol},
            {QStringLiteral("name"), name},
            {QStringLiteral("decimals"), decimals},
            {QStringLiteral("fee"), nat128ToString(fee)},
            {QStringLiteral("fee_text"), formatAmount(fee, decimals)},
            {QStringLiteral("min_burn_amount"), nat128ToString(fee)},
            {QStringLiteral("total_supply"), nat128ToString(totalSupply())},
            {QStringLiteral("minted"), nat128ToString(minted)},
            {QStringLiteral("burned"), nat128ToString(burned)},
            {QStringLiteral("fees_burned"), nat128ToString(feesBurned)},
            {QStringLiteral("log_length"), blocks},
            {QStringLiteral("tip_hash"), QString::fromLatin1(tipHash.toHex())},
            {QStringLiteral("minting_account"), ledger::mintingAccount(symbol).toText()}};
}

Result<AssetRow> LedgerStore::asset(const QString &symbol)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT name, decimals, fee, minted, burned, fees_burned, blocks, tip_hash, "
                                                 "(SELECT sum(blocks) FROM ledger_assets) FROM ledger_assets WHERE symbol = ?"),
                            {symbol});
    if (!q)
        return q.error();
    if (!q->next()) {
        q->finish();
        QStringList known;
        if (auto all = assets())
            for (const AssetRow &a : *all)
                known << a.symbol;
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no asset \"%1\" on this ledger.").arg(symbol),
                           QStringLiteral("Known assets: %1 (symbols are case-sensitive).").arg(known.join(QStringLiteral(", "))));
    }
    AssetRow a;
    a.symbol = symbol;
    a.name = q->text(0);
    a.decimals = int(q->int64(1));
    a.fee = fromBlob16(q->blob(2));
    a.minted = fromBlob16(q->blob(3));
    a.burned = fromBlob16(q->blob(4));
    a.feesBurned = fromBlob16(q->blob(5));
    a.blocks = q->int64(6);
    a.tipHash = q->blob(7);
    a.nextSeq = q->int64(8) + 1;
    return a;
}

Result<QList<AssetRow>> LedgerStore::assets()
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT symbol FROM ledger_assets ORDER BY position, symbol"));
    if (!q)
        return q.error();
    QStringList symbols;
    while (q->next())
        symbols << q->value(0).toString();
    q->finish();
    QList<AssetRow> out;
    for (const QString &s : std::as_const(symbols)) {
        auto a = asset(s);
        if (!a)
            return a.error();
        out << *a;
    }
    return out;
}

Status LedgerStore::saveAssetTotals(const AssetRow &a)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE ledger_assets SET minted = ?, burned = ?, fees_burned = ?, blocks = ?, "
                                                 "tip_hash = ? WHERE symbol = ?"),
                            {toBlob16(a.minted), toBlob16(a.burned), toBlob16(a.feesBurned), a.blocks, optBlob(a.tipHash), a.symbol});
    if (!q)
        return q.error();
    return {};
}

Status LedgerStore::setFee(const QString &symbol, Nat128 fee)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE ledger_assets SET fee = ? WHERE symbol = ?"), {toBlob16(fee), symbol});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<qint64>> LedgerStore::accountId(const Account &a, bool create)
{
    const QByteArray owner = a.owner().bytes();
    const QByteArray sub = a.subaccount();
    {
        auto q = Database::exec(m_db, QStringLiteral("SELECT id FROM ledger_accounts WHERE owner = ? AND subaccount = ?"), {owner, sub});
        if (!q)
            return q.error();
        if (q->next())
            return std::optional<qint64>(q->value(0).toLongLong());
    }
    if (!create)
        return std::optional<qint64>();
    auto ins = Database::exec(m_db, QStringLiteral("INSERT INTO ledger_accounts (owner, subaccount) VALUES (?, ?) RETURNING id"), {owner, sub});
    if (!ins)
        return ins.error();
    if (!ins->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new ledger account."));
    return std::optional<qint64>(ins->value(0).toLongLong());
}

Result<PartyRow> LedgerStore::party(const Account &a, const QString &asset, bool create)
{
    const QByteArray owner = a.owner().bytes();
    const QByteArray sub = a.subaccount();
    {
        auto q = Database::exec(m_db, QStringLiteral("SELECT a.id, b.amount FROM ledger_accounts a LEFT JOIN ledger_balances b "
                                                     "ON b.account = a.id AND b.asset = ? WHERE a.owner = ? AND a.subaccount = ?"),
                                {asset, owner, sub});
        if (!q)
            return q.error();
        if (q->next())
            return PartyRow{q->int64(0), q->isNull(1) ? Nat128(0) : fromBlob16(q->blob(1))};
    }
    if (!create)
        return PartyRow{};
    auto id = accountId(a, true);
    if (!id)
        return id.error();
    return PartyRow{*id, 0};
}

Status LedgerStore::setBalances(const QString &asset, const QList<std::pair<qint64, Nat128>> &r)
{
    // One statement per row count: the parameter list of a prepared statement is fixed.
#define NX_BALANCES(values) \
    QStringLiteral("INSERT INTO ledger_balances (account, asset, amount) VALUES " values \
                   " ON CONFLICT (account, asset) DO UPDATE SET amount = excluded.amount")
    static const QString one = NX_BALANCES("(?, ?, ?)");
    static const QString two = NX_BALANCES("(?, ?, ?), (?, ?, ?)");
    static const QString three = NX_BALANCES("(?, ?, ?), (?, ?, ?), (?, ?, ?)");
#undef NX_BALANCES
    Result<Rows> q = Error();
    switch (r.size()) {
    case 0:
        return {};
    case 1:
        q = Database::exec(m_db, one, {r[0].first, asset, toBlob16(r[0].second)});
        break;
    case 2:
        q = Database::exec(m_db, two, {r[0].first, asset, toBlob16(r[0].second), r[1].first, asset, toBlob16(r[1].second)});
        break;
    default:
        Q_ASSERT(r.size() == 3);
        q = Database::exec(m_db, three,
                           {r[0].first, asset, toBlob16(r[0].second), r[1].first, asset, toBlob16(r[1].second),
                            r[2].first, asset, toBlob16(r[2].second)});
        break;
    }
    if (!q)
        return q.error();
    return {};
}

Result<AllowanceRow> LedgerStore::allowance(qint64 ownerId, const QString &asset, qint64 spenderId)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT amount, expires_at FROM ledger_allowances WHERE owner = ? AND asset = ? AND spender = ?"),
                            {ownerId, asset, spenderId});
    if (!q)
        return q.error();
    AllowanceRow a;
    if (q->next()) {
        a.amount = fromBlob16(q->value(0).toByteArray());
        if (!q->value(1).isNull())
            a.expiresAt = q->value(1).toLongLong();
    }
    return a;
}

Status LedgerStore::setAllowance(qint64 ownerId, const QString &asset, qint64 spenderId, const AllowanceRow &a, qint64 seq)
{
    auto q = a.amount == 0
                 ? Database::exec(m_db, QStringLiteral("DELETE FROM ledger_allowances WHERE owner = ? AND asset = ? AND spender = ?"),
                                  {ownerId, asset, spenderId})
                 : Database::exec(m_db, QStringLiteral("INSERT INTO ledger_allowances (owner, asset, spender, amount, expires_at, seq) "
                                                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (owner, asset, spender) DO UPDATE SET "
                                                       "amount = excluded.amount, expires_at = excluded.expires_at, seq = excluded.seq"),
                                  {ownerId, asset, spenderId, toBlob16(a.amount), optInt(a.expiresAt), seq});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<qint64>> LedgerStore::claimTransaction(const QString &asset, quint64 createdAtNs, const QByteArray &txHash, qint64 index)
{
    {
        auto q = Database::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO ledger_dedup (created_at, asset, tx_hash, idx) VALUES (?, ?, ?, ?)"),
                                {qint64(createdAtNs), asset, txHash, index});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 1)
            return std::optional<qint64>();
    }
    auto q = Database::exec(m_db, QStringLiteral("SELECT idx FROM ledger_dedup WHERE created_at = ? AND asset = ? AND tx_hash = ?"),
                            {qint64(createdAtNs), asset, txHash});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("The ledger's deduplication index is inconsistent."));
    return std::optional<qint64>(q->int64(0));
}

Status LedgerStore::forgetTransactionsBefore(qint64 createdAtNs)
{
    auto q = Database::exec(m_db, QStringLiteral("DELETE FROM ledger_dedup WHERE created_at < ?"), {createdAtNs});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> LedgerStore::appendBlock(AssetRow &a, BlockWrite &w)
{
    LedgerBlock &b = w.block;
    b.phash = a.tipHash;
    const QByteArray hash = b.hash();
    const qint64 seq = a.nextSeq;
    auto q = Database::exec(
        m_db,
        QStringLiteral("INSERT INTO ledger_blocks (asset, idx, seq, btype, ts_ns, from_acct, to_acct, spender_acct, amount, fee, fee_in_tx, "
                       "memo, created_at, expected_allowance, expires_at, phash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.symbol, a.blocks, seq, blockTypeName(b.type), b.tsNs, optInt(w.fromId), optInt(w.toId), optInt(w.spenderId),
         toBlob16(b.amount), b.fee ? QVariant(toBlob16(*b.fee)) : QVariant(), b.feeInTx ? 1 : 0,
         b.memo ? QVariant(*b.memo) : QVariant(), b.createdAtTime ? QVariant(qint64(*b.createdAtTime)) : QVariant(),
         b.expectedAllowance ? QVariant(toBlob16(*b.expectedAllowance)) : QVariant(),
         b.expiresAt ? QVariant(qint64(*b.expiresAt)) : QVariant(), optBlob(b.phash), hash});
    if (!q)
        return q.error();
    a.blocks += 1;
    a.tipHash = hash;
    a.nextSeq += 1;
    return seq;
}

Status LedgerStore::addEntries(qint64 seq, qint64 index, const AssetRow &a, BlockType type, qint64 tsNs,
                               const QList<std::pair<qint64, Nat128>> &r)
{
#define NX_ENTRIES(values) QStringLiteral("INSERT INTO ledger_entries (account, seq, asset, idx, btype, ts_ns, balance) VALUES " values)
    static const QString one = NX_ENTRIES("(?, ?, ?, ?, ?, ?, ?)");
    static const QString two = NX_ENTRIES("(?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)");
    static const QString three = NX_ENTRIES("(?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?, ?)");
#undef NX_ENTRIES
    const QString t = blockTypeName(type);
    Result<Rows> q = Error();
    switch (r.size()) {
    case 0:
        return {};
    case 1:
        q = Database::exec(m_db, one, {r[0].first, seq, a.symbol, index, t, tsNs, toBlob16(r[0].second)});
        break;
    case 2:
        q = Database::exec(m_db, two,
                           {r[0].first, seq, a.symbol, index, t, tsNs, toBlob16(r[0].second),
                            r[1].first, seq, a.symbol, index, t, tsNs, toBlob16(r[1].second)});
        break;
    default:
        Q_ASSERT(r.size() == 3);
        q = Database::exec(m_db, three,
                           {r[0].first, seq, a.symbol, index, t, tsNs, toBlob16(r[0].second),
                            r[1].first, seq, a.symbol, index, t, tsNs, toBlob16(r[1].second),
                            r[2].first, seq, a.symbol, index, t, tsNs, toBlob16(r[2].second)});
        break;
    }
    if (!q)
        return q.error();
    return {};
}

Result<QList<StoredBlock>> LedgerStore::blocks(const QString &asset, qint64 start, qint64 length)
{
    static const QString sql = kBlockColumns + QStringLiteral("WHERE b.asset = ? AND b.idx >= ? AND b.idx < ? ORDER BY b.idx");
    auto q = Database::exec(m_db, sql,
                            {asset, start, start + length});
    if (!q)
        return q.error();
    QList<StoredBlock> out;
    while (q->next()) {
        StoredBlock s = blockFromRow(*q);
        if (!s.damage.isEmpty())
            return Error::make(ErrorCode::Storage, QStringLiteral("%1 block %2 is damaged: %3.").arg(asset).arg(s.index).arg(s.damage),
                               QStringLiteral("Run ledger.verify_chain to find where the ledger was changed."));
        out << std::move(s);
    }
    return out;
}

Status LedgerStore::forEachBlock(const QString &asset, const std::function<bool(const StoredBlock &)> &fn)
{
    static const QString sql = kBlockColumns + QStringLiteral("WHERE b.asset = ? ORDER BY b.idx");
    auto q = Database::exec(m_db, sql, {asset});
    if (!q)
        return q.error();
    while (q->next())
        if (!fn(blockFromRow(*q)))
            break;
    return {};
}

} // namespace nexus
