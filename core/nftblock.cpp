#include "nftblock.h"

#include "ledgerblock.h"

#include <array>
#include <limits>
#include <utility>

namespace nexus {

namespace {

constexpr std::array<std::pair<NftBlockType, const char *>, 7> kTypes{{
    {NftBlockType::Mint, "7mint"},
    {NftBlockType::Transfer, "7xfer"},
    {NftBlockType::Approve, "37approve"},
    {NftBlockType::ApproveCollection, "37approve_coll"},
    {NftBlockType::Revoke, "37revoke"},
    {NftBlockType::RevokeCollection, "37revoke_coll"},
    {NftBlockType::TransferFrom, "37xfer"},
}};

Error bad(const QString &msg)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Not an NFT block: %1").arg(msg));
}

} // namespace

QString nftBlockTypeName(NftBlockType t)
{
    for (const auto &[k, n] : kTypes)
        if (k == t)
            return QString::fromLatin1(n);
    return {};
}

std::optional<NftBlockType> nftBlockTypeFromName(const QString &name)
{
    for (const auto &[k, n] : kTypes)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

Value NftBlock::txValue() const
{
    Value::Map tx;
    if (tokenId)
        tx.emplace_back(QStringLiteral("tid"), Value::nat(*tokenId));
    if (from)
        tx.emplace_back(QStringLiteral("from"), accountValue(*from));
    if (to)
        tx.emplace_back(QStringLiteral("to"), accountValue(*to));
    if (spender)
        tx.emplace_back(QStringLiteral("spender"), accountValue(*spender));
    if (meta)
        tx.emplace_back(QStringLiteral("meta"), *meta);
    if (expiresAt)
        tx.emplace_back(QStringLiteral("exp"), Value::nat(*expiresAt));
    if (memo)
        tx.emplace_back(QStringLiteral("memo"), Value::blob(*memo));
    if (createdAtTime)
        tx.emplace_back(QStringLiteral("ts"), Value::nat(*createdAtTime));
    return Value::map(std::move(tx));
}

Value NftBlock::toValue() const
{
    Value::Map m;
    m.emplace_back(QStringLiteral("btype"), Value::text(nftBlockTypeName(type)));
    m.emplace_back(QStringLiteral("ts"), Value::nat(Nat128(quint64(tsNs))));
    if (!phash.isEmpty())
        m.emplace_back(QStringLiteral("phash"), Value::blob(phash));
    m.emplace_back(QStringLiteral("tx"), txValue());
    return Value::map(std::move(m));
}

QByteArray NftBlock::txHash() const
{
    Value::Map m;
    m.emplace_back(QStringLiteral("btype"), Value::text(nftBlockTypeName(type)));
    m.emplace_back(QStringLiteral("tx"), txValue());
    return Value::map(std::move(m)).hash();
}

Result<NftBlockSummary> summariseNftBlock(const Value &block)
{
    if (block.kind() != Value::Kind::Map)
        return bad(QStringLiteral("a block must be a Map."));
    NftBlockSummary s;
    const Value *btype = block.field(QStringLiteral("btype"));
    const Value *tx = block.field(QStringLiteral("tx"));
    if (!btype || btype->kind() != Value::Kind::Text || !tx || tx->kind() != Value::Kind::Map
        || !block.field(QStringLiteral("ts")))
        return bad(QStringLiteral("btype (Text), ts and tx (Map) are required."));
    const auto type = nftBlockTypeFromName(btype->asText());
    if (!type)
        return bad(QStringLiteral("unknown btype \"%1\".").arg(btype->asText()));
    s.type = *type;
    if (const Value *p = block.field(QStringLiteral("phash"))) {
        if (p->kind() != Value::Kind::Blob || p->asBlob().size() != 32)
            return bad(QStringLiteral("phash must be a 32-byte Blob."));
        s.phash = p->asBlob();
    }
    if (const Value *tid = tx->field(QStringLiteral("tid"))) {
        if (tid->kind() != Value::Kind::Nat || tid->asNat() > std::numeric_limits<quint64>::max())
            return bad(QStringLiteral("tid must be a Nat64."));
        s.tokenId = quint64(tid->asNat());
    }
    if (const Value *to = tx->field(QStringLiteral("to"))) {
        auto a = accountFromValue(*to);
        if (!a)
            return bad(a.error().message);
        s.to = *a;
    }
    const bool moves = s.type == NftBlockType::Mint || s.type == NftBlockType::Transfer || s.type == NftBlockType::TransferFrom;
    if (moves && (!s.tokenId || !s.to))
        return bad(QStringLiteral("%1 needs tx.tid and tx.to.").arg(btype->asText()));
    return s;
}

} // namespace nexus
