#include "nftstore.h"

#include "jsontext.h"
#include "nftrules.h"
#include "valuejson.h"

#include <QJsonArray>

namespace nexus {

namespace {

QVariant optInt(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }
QString valueText(const Value &v) { return jsonToText(v.toJson()); }
Value valueFromText(const QString &text)
{
    auto json = jsonFromText(text);
    if (!json)
        return Value::map({});
    auto v = valueFromJson(*json);
    return v ? *v : Value::map({});
}

Principal principalOf(const QByteArray &bytes)
{
    auto p = Principal::fromBytes(bytes);
    return p ? *p : Principal();
}

Account accountOf(const QByteArray &owner, const QByteArray &sub)
{
    return Account(principalOf(owner), sub);
}

const QString kCollectionColumns = QStringLiteral(
    "SELECT id, slug, symbol, name, description, logo, creator, supply_cap, total_supply, next_token_id, metadata, "
    "blocks, tip_hash, created_ns FROM nft_collections ");

CollectionRow collectionFromRow(const Rows &q)
{
    CollectionRow c;
    c.id = q.int64(0);
    c.slug = q.text(1);
    c.symbol = q.text(2);
    c.name = q.text(3);
    c.description = q.text(4);
    c.logo = q.text(5);
    c.creator = principalOf(q.blob(6));
    if (!q.isNull(7))
        c.supplyCap = q.int64(7);
    c.totalSupply = q.int64(8);
    c.nextTokenId = q.int64(9);
    c.metadata = valueFromText(q.text(10));
    c.blocks = q.int64(11);
    c.tipHash = q.blob(12);
    c.createdNs = q.int64(13);
    return c;
}

} // namespace

Value CollectionRow::icrc7Metadata() const
{
    Value::Map m;
    auto nat = [&](const char *key, qint64 v) { m.emplace_back(QString::fromLatin1(key), Value::nat(Nat128(quint64(v)))); };
    m.emplace_back(QStringLiteral("icrc7:symbol"), Value::text(symbol));
    m.emplace_back(QStringLiteral("icrc7:name"), Value::text(name));
    if (!description.isEmpty())
        m.emplace_back(QStringLiteral("icrc7:description"), Value::text(description));
    if (!logo.isEmpty())
        m.emplace_back(QStringLiteral("icrc7:logo"), Value::text(logo));
    nat("icrc7:total_supply", totalSupply);
    if (supplyCap)
        nat("icrc7:supply_cap", *supplyCap);
    nat("icrc7:max_query_batch_size", nft::kMaxQueryBatch);
    nat("icrc7:max_update_batch_size", nft::kMaxUpdateBatch);
    nat("icrc7:default_take_value", nft::kDefaultTake);
    nat("icrc7:max_take_value", nft::kMaxTake);
    nat("icrc7:max_memo_size", nft::kMaxMemoBytes);
    nat("icrc7:atomic_batch_transfers", 0);
    nat("icrc37:max_approvals_per_token_or_collection", nft::kMaxApprovals);
    nat("icrc37:max_revoke_approvals", nft::kMaxRevokes);
    if (metadata.kind() == Value::Kind::Map)
        for (const auto &[k, v] : metadata.asMap())
            m.emplace_back(k, v);
    return Value::map(std::move(m));
}

QJsonObject CollectionRow::toJson() const
{
    QJsonObject o{{QStringLiteral("collection"), slug},
                  {QStringLiteral("symbol"), symbol},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("logo"), logo},
                  {QStringLiteral("creator"), creator.toText()},
                  {QStringLiteral("total_supply"), totalSupply},
                  {QStringLiteral("log_length"), blocks},
                  {QStringLiteral("tip_hash"), QString::fromLatin1(tipHash.toHex())},
                  {QStringLiteral("created_ns"), QString::number(createdNs)},
                  {QStringLiteral("metadata"), metadata.toJson()}};
    o.insert(QStringLiteral("supply_cap"), supplyCap ? QJsonValue(*supplyCap) : QJsonValue());
    return o;
}

QJsonObject ApprovalRow::toJson() const
{
    QJsonObject o{{QStringLiteral("spender"), spender.toText()},
                  {QStringLiteral("owner"), owner.toText()},
                  {QStringLiteral("created_ns"), QString::number(createdNs)}};
    if (tokenId >= 0)
        o.insert(QStringLiteral("token_id"), tokenId);
    o.insert(QStringLiteral("expires_at"), expiresAt ? QJsonValue(QString::number(*expiresAt)) : QJsonValue());
    return o;
}

Result<CollectionRow> NftStore::collection(const QString &slug)
{
    static const QString sql = kCollectionColumns + QStringLiteral("WHERE slug = ?");
    auto q = Database::exec(m_db, sql, {slug});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no NFT collection \"%1\".").arg(slug),
                           QStringLiteral("`nexusctl call nft.collections` lists them."));
    return collectionFromRow(*q);
}

Result<CollectionRow> NftStore::collectionById(qint64 id)
{
    static const QString sql = kCollectionColumns + QStringLiteral("WHERE id = ?");
    auto q = Database::exec(m_db, sql, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no NFT collection #%1.").arg(id));
    return collectionFromRow(*q);
}

Result<QList<CollectionRow>> NftStore::collections(const std::optional<Principal> &creator, qint64 afterId, int limit)
{
    static const QString sql = kCollectionColumns + QStringLiteral("WHERE id > ? AND (? IS NULL OR creator = ?) ORDER BY id LIMIT ?");
    const QVariant c = creator ? QVariant(creator->bytes()) : QVariant();
    auto q = Database::exec(m_db, sql, {afterId, c, c, limit});
    if (!q)
        return q.error();
    QList<CollectionRow> out;
    while (q->next())
        out << collectionFromRow(*q);
    return out;
}

Result<qint64> NftStore::insertCollection(const CollectionRow &c)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO nft_collections (slug, symbol, name, description, logo, creator, supply_cap, "
                                                 "metadata, created_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            {c.slug, c.symbol, c.name, c.description, c.logo, c.creator.bytes(), optInt(c.supplyCap),
                             valueText(c.metadata), c.createdNs});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot number a new collection."));
    return q->int64(0);
}

Status NftStore::saveCollection(const CollectionRow &c)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE nft_collections SET total_supply = ?, next_token_id = ?, blocks = ?, tip_hash = ? "
                                                 "WHERE id = ?"),
                            {c.totalSupply, c.nextTokenId, c.blocks, c.tipHash.isEmpty() ? QVariant() : QVariant(c.tipHash), c.id});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<TokenRow>> NftStore::token(qint64 collection, qint64 tokenId)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT owner, subaccount, metadata, minted_ns, locked_by FROM nft_tokens "
                                                 "WHERE collection = ? AND token_id = ?"),
                            {collection, tokenId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<TokenRow>();
    TokenRow t;
    t.collection = collection;
    t.tokenId = tokenId;
    t.owner = accountOf(q->blob(0), q->blob(1));
    t.metadata = valueFromText(q->text(2));
    t.mintedNs = q->int64(3);
    if (!q->isNull(4))
        t.lockedBy = q->int64(4);
    return std::optional<TokenRow>(t);
}

Status NftStore::insertToken(const TokenRow &t)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO nft_tokens (collection, token_id, owner, subaccount, metadata, minted_ns) "
                                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                            {t.collection, t.tokenId, t.owner.owner().bytes(), t.owner.subaccount(), valueText(t.metadata), t.mintedNs});
    if (!q)
        return q.error();
    return {};
}

Status NftStore::setOwner(qint64 collection, qint64 tokenId, const Account &owner)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE nft_tokens SET owner = ?, subaccount = ? WHERE collection = ? AND token_id = ?"),
                            {owner.owner().bytes(), owner.subaccount(), collection, tokenId});
    if (!q)
        return q.error();
    return {};
}

Status NftStore::setLock(qint64 collection, qint64 tokenId, std::optional<qint64> listingId)
{
    auto q = Database::exec(m_db, QStringLiteral("UPDATE nft_tokens SET locked_by = ? WHERE collection = ? AND token_id = ?"),
                            {optInt(listingId), collection, tokenId});
    if (!q)
        return q.error();
    return {};
}

Result<QList<qint64>> NftStore::tokens(qint64 collection, qint64 prev, int take)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT token_id FROM nft_tokens WHERE collection = ? AND token_id > ? ORDER BY token_id LIMIT ?"),
                            {collection, prev, take});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->int64(0);
    return out;
}

Result<QList<qint64>> NftStore::tokensOf(qint64 collection, const Account &owner, qint64 prev, int take)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT token_id FROM nft_tokens WHERE owner = ? AND subaccount = ? AND collection = ? "
                                                 "AND token_id > ? ORDER BY token_id LIMIT ?"),
                            {owner.owner().bytes(), owner.subaccount(), collection, prev, take});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->int64(0);
    return out;
}

Result<qint64> NftStore::balanceOf(qint64 collection, const Account &owner)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT count(*) FROM nft_tokens WHERE owner = ? AND subaccount = ? AND collection = ?"),
                            {owner.owner().bytes(), owner.subaccount(), collection});
    if (!q)
        return q.error();
    return q->next() ? q->int64(0) : 0;
}

Result<QList<ApprovalRow>> NftStore::tokenApprovals(qint64 collection, qint64 tokenId, qint64 nowNs, const std::optional<Account> &spender)
{
    const QVariant so = spender ? QVariant(spender->owner().bytes()) : QVariant();
    const QVariant ss = spender ? QVariant(spender->subaccount()) : QVariant();
    auto q = Database::exec(m_db, QStringLiteral("SELECT a.spender, a.spender_sub, a.expires_at, a.created_ns, t.owner, t.subaccount "
                                                 "FROM nft_token_approvals a JOIN nft_tokens t ON t.collection = a.collection AND t.token_id = a.token_id "
                                                 "WHERE a.collection = ? AND a.token_id = ? AND (a.expires_at IS NULL OR a.expires_at >= ?) "
                                                 "AND (? IS NULL OR (a.spender = ? AND a.spender_sub = ?)) ORDER BY a.spender, a.spender_sub"),
                            {collection, tokenId, nowNs, so, so, ss});
    if (!q)
        return q.error();
    QList<ApprovalRow> out;
    while (q->next()) {
        ApprovalRow a;
        a.spender = accountOf(q->blob(0), q->blob(1));
        if (!q->isNull(2))
            a.expiresAt = q->int64(2);
        a.createdNs = q->int64(3);
        a.owner = accountOf(q->blob(4), q->blob(5));
        a.tokenId = tokenId;
        out << a;
    }
    return out;
}

Result<QList<ApprovalRow>> NftStore::collectionApprovals(qint64 collection, const Account &owner, qint64 nowNs,
                                                         const std::optional<Account> &spender)
{
    const QVariant so = spender ? QVariant(spender->owner().bytes()) : QVariant();
    const QVariant ss = spender ? QVariant(spender->subaccount()) : QVariant();
    auto q = Database::exec(m_db, QStringLiteral("SELECT spender, spender_sub, expires_at, created_ns FROM nft_collection_approvals "
                                                 "WHERE collection = ? AND owner = ? AND owner_sub = ? AND (expires_at IS NULL OR expires_at >= ?) "
                                                 "AND (? IS NULL OR (spender = ? AND spender_sub = ?)) ORDER BY spender, spender_sub"),
                            {collection, owner.owner().bytes(), owner.subaccount(), nowNs, so, so, ss});
    if (!q)
        return q.error();
    QList<ApprovalRow> out;
    while (q->next()) {
        ApprovalRow a;
        a.owner = owner;
        a.spender = accountOf(q->blob(0), q->blob(1));
        if (!q->isNull(2))
            a.expiresAt = q->int64(2);
        a.createdNs = q->int64(3);
        out << a;
    }
    return out;
}

Status NftStore::putTokenApproval(qint64 collection, const ApprovalRow &a)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO nft_token_approvals (collection, token_id, spender, spender_sub, expires_at, created_ns) "
                                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (collection, token_id, spender, spender_sub) DO UPDATE SET "
                                                 "expires_at = excluded.expires_at, created_ns = excluded.created_ns"),
                            {collection, a.tokenId, a.spender.owner().bytes(), a.spender.subaccount(), optInt(a.expiresAt), a.createdNs});
    if (!q)
        return q.error();
    return {};
}

Status NftStore::putCollectionApproval(qint64 collection, const ApprovalRow &a)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO nft_collection_approvals (collection, owner, owner_sub, spender, spender_sub, expires_at, "
                                                 "created_ns) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (collection, owner, owner_sub, spender, spender_sub) "
                                                 "DO UPDATE SET expires_at = excluded.expires_at, created_ns = excluded.created_ns"),
                            {collection, a.owner.owner().bytes(), a.owner.subaccount(), a.spender.owner().bytes(), a.spender.subaccount(),
                             optInt(a.expiresAt), a.createdNs});
    if (!q)
        return q.error();
    return {};
}

Result<int> NftStore::deleteTokenApprovals(qint64 collection, qint64 tokenId, const std::optional<Account> &spender)
{
    const QVariant so = spender ? QVariant(spender->owner().bytes()) : QVariant();
    const QVariant ss = spender ? QVariant(spender->subaccount()) : QVariant();
    auto q = Database::exec(m_db, QStringLiteral("DELETE FROM nft_token_approvals WHERE collection = ? AND token_id = ? "
                                                 "AND (? IS NULL OR (spender = ? AND spender_sub = ?))"),
                            {collection, tokenId, so, so, ss});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<int> NftStore::deleteCollectionApprovals(qint64 collection, const Account &owner, const std::optional<Account> &spender)
{
    const QVariant so = spender ? QVariant(spender->owner().bytes()) : QVariant();
    const QVariant ss = spender ? QVariant(spender->subaccount()) : QVariant();
    auto q = Database::exec(m_db, QStringLiteral("DELETE FROM nft_collection_approvals WHERE collection = ? AND owner = ? AND owner_sub = ? "
                                                 "AND (? IS NULL OR (spender = ? AND spender_sub = ?))"),
                            {collection, owner.owner().bytes(), owner.subaccount(), so, so, ss});
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<std::optional<qint64>> NftStore::duplicateOf(qint64 collection, quint64 createdAtNs, const QByteArray &txHash)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT idx FROM nft_dedup WHERE created_at = ? AND collection = ? AND tx_hash = ?"),
                            {qint64(createdAtNs), collection, txHash});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->int64(0));
}

Status NftStore::recordTransaction(qint64 collection, quint64 createdAtNs, const QByteArray &txHash, qint64 index)
{
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO nft_dedup (created_at, collection, tx_hash, idx) VALUES (?, ?, ?, ?)"),
                            {qint64(createdAtNs), collection, txHash, index});
    if (!q)
        return q.error();
    return {};
}

Status NftStore::forgetTransactionsBefore(qint64 createdAtNs)
{
    auto q = Database::exec(m_db, QStringLiteral("DELETE FROM nft_dedup WHERE created_at < ?"), {createdAtNs});
    if (!q)
        return q.error();
    return {};
}

Result<qint64> NftStore::appendBlock(CollectionRow &c, NftBlock &b)
{
    b.phash = c.tipHash;
    const Value v = b.toValue();
    const QByteArray hash = v.hash();
    auto q = Database::exec(m_db, QStringLiteral("INSERT INTO nft_blocks (collection, idx, btype, ts_ns, block, hash) VALUES (?, ?, ?, ?, ?, ?)"),
                            {c.id, c.blocks, nftBlockTypeName(b.type), b.tsNs, valueText(v), hash});
    if (!q)
        return q.error();
    const qint64 index = c.blocks;
    c.blocks += 1;
    c.tipHash = hash;
    return index;
}

Result<QList<StoredNftBlock>> NftStore::blocks(qint64 collection, qint64 start, qint64 length)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT idx, block, hash FROM nft_blocks WHERE collection = ? AND idx >= ? AND idx < ? ORDER BY idx"),
                            {collection, start, start + length});
    if (!q)
        return q.error();
    QList<StoredNftBlock> out;
    while (q->next())
        out << StoredNftBlock{q->int64(0), q->text(1), q->blob(2)};
    return out;
}

Status NftStore::forEachBlock(qint64 collection, const std::function<bool(const StoredNftBlock &)> &fn)
{
    auto q = Database::exec(m_db, QStringLiteral("SELECT idx, block, hash FROM nft_blocks WHERE collection = ? ORDER BY idx"), {collection});
    if (!q)
        return q.error();
    while (q->next())
        if (!fn(StoredNftBlock{q->int64(0), q->text(1), q->blob(2)}))
            break;
    return {};
}

} // namespace nexus
