#include "ledgerblock.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <limits>
#include <utility>

namespace nexus {

namespace {

constexpr std::array<std::pair<BlockType, const char *>, 5> kTypes{{
    {BlockType::Transfer, "1xfer"},
    {BlockType::Mint, "1mint"},
    {BlockType::Burn, "1burn"},
    {BlockType::Approve, "2approve"},
    {BlockType::TransferFrom, "2xfer"},
}};

Error bad(const QString &msg)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Not a ledger block: %1").arg(msg));
}

Result<Nat128> natField(const Value &v, const QString &name)
{
    if (v.kind() != Value::Kind::Nat)
        return bad(QStringLiteral("%1 must be a Nat.").arg(name));
    return v.asNat();
}

Result<quint64> nat64Field(const Value &v, const QString &name)
{
    auto n = natField(v, name);
    if (!n)
        return n.error();
    if (*n > std::numeric_limits<quint64>::max())
        return bad(QStringLiteral("%1 does not fit in 64 bits.").arg(name));
    return quint64(*n);
}

} // namespace

QString blockTypeName(BlockType t)
{
    for (const auto &[k, n] : kTypes)
        if (k == t)
            return QString::fromLatin1(n);
    return {};
}

std::optional<BlockType> blockTypeFromName(const QString &name)
{
    for (const auto &[k, n] : kTypes)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

Value accountValue(const Account &a)
{
    Value::Array parts{Value::blob(a.owner().bytes())};
    if (!a.isDefaultSubaccount())
        parts.push_back(Value::blob(a.subaccount()));
    return Value::array(std::move(parts));
}

Result<Account> accountFromValue(const Value &v)
{
    if (v.kind() != Value::Kind::Array || v.asArray().empty() || v.asArray().size() > 2)
        return bad(QStringLiteral("an account must be an Array of an owner and an optional subaccount."));
    const Value::Array &a = v.asArray();
    for (const Value &part : a)
        if (part.kind() != Value::Kind::Blob)
            return bad(QStringLiteral("account parts must be Blobs."));
    auto owner = Principal::fromBytes(a[0].asBlob());
    if (!owner)
        return bad(owner.error().message);
    if (a.size() == 1)
        return Account(*owner);
    if (a[1].asBlob().size() != 32)
        return bad(QStringLiteral("a subaccount must have 32 bytes."));
    return Account(*owner, a[1].asBlob());
}

Value LedgerBlock::txValue() const
{
    Value::Map tx;
    tx.emplace_back(QStringLiteral("amt"), Value::nat(amount));
    if (from)
        tx.emplace_back(QStringLiteral("from"), accountValue(*from));
    if (to)
        tx.emplace_back(QStringLiteral("to"), accountValue(*to));
    if (spender)
        tx.emplace_back(QStringLiteral("spender"), accountValue(*spender));
    if (memo)
        tx.emplace_back(QStringLiteral("memo"), Value::blob(*memo));
    if (createdAtTime)
        tx.emplace_back(QStringLiteral("ts"), Value::nat(*createdAtTime));
    if (fee && feeInTx)
        tx.emplace_back(QStringLiteral("fee"), Value::nat(*fee));
    if (expectedAllowance)
        tx.emplace_back(QStringLiteral("expected_allowance"), Value::nat(*expectedAllowance));
    if (expiresAt)
        tx.emplace_back(QStringLiteral("expires_at"), Value::nat(*expiresAt));
    return Value::map(std::move(tx));
}

Value LedgerBlock::toValue() const
{
    Value::Map m;
    m.emplace_back(QStringLiteral("btype"), Value::text(blockTypeName(type)));
    m.emplace_back(QStringLiteral("ts"), Value::nat(Nat128(quint64(tsNs))));
    if (!phash.isEmpty())
        m.emplace_back(QStringLiteral("phash"), Value::blob(phash));
    if (fee && !feeInTx)
        m.emplace_back(QStringLiteral("fee"), Value::nat(*fee));
    m.emplace_back(QStringLiteral("tx"), txValue());
    return Value::map(std::move(m));
}

Result<LedgerBlock> LedgerBlock::fromValue(const Value &v)
{
    if (v.kind() != Value::Kind::Map)
        return bad(QStringLiteral("a block must be a Map."));
    LedgerBlock b;
    const Value *tx = nullptr;
    bool topFee = false;
    for (const auto &[key, field] : v.asMap()) {
        if (key == QLatin1String("btype")) {
            if (field.kind() != Value::Kind::Text)
                return bad(QStringLiteral("btype must be Text."));
            const auto t = blockTypeFromName(field.asText());
            if (!t)
                return bad(QStringLiteral("unknown btype \"%1\".").arg(field.asText()));
            b.type = *t;
        } else if (key == QLatin1String("ts")) {
            auto ts = nat64Field(field, key);
            if (!ts)
                return ts.error();
            if (*ts > quint64(std::numeric_limits<qint64>::max()))
                return bad(QStringLiteral("ts is out of range."));
            b.tsNs = qint64(*ts);
        } else if (key == QLatin1String("phash")) {
            if (field.kind() != Value::Kind::Blob || field.asBlob().size() != 32)
                return bad(QStringLiteral("phash must be a 32-byte Blob."));
            b.phash = field.asBlob();
        } else if (key == QLatin1String("fee")) {
            auto fee = natField(field, key);
            if (!fee)
                return fee.error();
            b.fee = *fee;
            topFee = true;
        } else if (key == QLatin1String("tx")) {
            if (field.kind() != Value::Kind::Map)
                return bad(QStringLiteral("tx must be a Map."));
            tx = &field;
        } else {
            return bad(QStringLiteral("unexpected field \"%1\".").arg(key));
        }
    }
    if (!v.field(QStringLiteral("btype")) || !v.field(QStringLiteral("ts")) || !tx)
        return bad(QStringLiteral("btype, ts and tx are required."));
    bool hasAmount = false;
    for (const auto &[key, field] : tx->asMap()) {
        if (key == QLatin1String("amt")) {
            auto n = natField(field, key);
            if (!n)
                return n.error();
            b.amount = *n;
            hasAmount = true;
        } else if (key == QLatin1String("from") || key == QLatin1String("to") || key == QLatin1String("spender")) {
            auto a = accountFromValue(field);
            if (!a)
                return a.error();
            (key == QLatin1String("from") ? b.from : key == QLatin1String("to") ? b.to : b.spender) = *a;
        } else if (key == QLatin1String("memo")) {
            if (field.kind() != Value::Kind::Blob)
                return bad(QStringLiteral("memo must be a Blob."));
            b.memo = field.asBlob();
        } else if (key == QLatin1String("ts") || key == QLatin1String("expires_at")) {
            auto n = nat64Field(field, key);
            if (!n)
                return n.error();
            (key == QLatin1String("ts") ? b.createdAtTime : b.expiresAt) = *n;
        } else if (key == QLatin1String("fee")) {
            if (topFee)
                return bad(QStringLiteral("the fee is recorded twice (top level and tx)."));
            auto n = natField(field, key);
            if (!n)
                return n.error();
            b.fee = *n;
            b.feeInTx = true;
        } else if (key == QLatin1String("expected_allowance")) {
            auto n = natField(field, key);
            if (!n)
                return n.error();
            b.expectedAllowance = *n;
        } else {
            return bad(QStringLiteral("unexpected tx field \"%1\".").arg(key));
        }
    }
    if (!hasAmount)
        return bad(QStringLiteral("tx.amt is required."));
    const bool needFrom = b.type != BlockType::Mint;
    const bool needTo = b.type == BlockType::Transfer || b.type == BlockType::Mint || b.type == BlockType::TransferFrom;
    const bool needSpender = b.type == BlockType::Approve || b.type == BlockType::TransferFrom;
    if (needFrom != b.from.has_value() || needTo != b.to.has_value()
        || (needSpender && !b.spender) || (b.spender && !needSpender && b.type != BlockType::Burn))
        return bad(QStringLiteral("the accounts do not fit a %1 block.").arg(blockTypeName(b.type)));
    return b;
}

} // namespace nexus
