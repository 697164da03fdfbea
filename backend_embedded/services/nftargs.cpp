#include "nftargs.h"

#include "ledgerargs.h"
#include "nftrules.h"
#include "valuejson.h"

#include <QJsonArray>

namespace nexus::nftargs {

namespace {

Error invalid(const QString &key, const QString &msg, const QString &hint = {})
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(key, msg), hint);
}

} // namespace

Result<CollectionRow> collection(NftStore &store, const QJsonObject &args)
{
    return store.collection(args.value(QStringLiteral("collection")).toString());
}

Result<qint64> tokenId(const QJsonObject &args, const QString &key)
{
    const QJsonValue v = args.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > double(nft::kMaxTokenId) || d != double(qint64(d)))
        return invalid(key, QStringLiteral("a token id is a whole number from 0 to 2^53."));
    return qint64(d);
}

Result<QList<qint64>> tokenIds(const QJsonObject &args, const QString &key)
{
    const QJsonArray a = args.value(key).toArray();
    if (a.isEmpty() || a.size() > nft::kMaxQueryBatch)
        return invalid(key, QStringLiteral("give 1 to %1 token ids.").arg(nft::kMaxQueryBatch));
    QList<qint64> out;
    for (const QJsonValue &v : a) {
        auto id = tokenId(QJsonObject{{key, v}}, key);
        if (!id)
            return id.error();
        out << *id;
    }
    return out;
}

Result<std::optional<Account>> optionalAccount(const QJsonObject &args, const QString &key)
{
    if (!args.contains(key))
        return std::optional<Account>();
    auto a = ledgerargs::account(args, key);
    if (!a)
        return a.error();
    return std::optional<Account>(*a);
}

Result<std::optional<qint64>> expiresAt(const QJsonObject &args)
{
    auto t = ledgerargs::optionalTime(args, QStringLiteral("expires_at"), true);
    if (!t)
        return t.error();
    return *t ? std::optional<qint64>(qint64(**t)) : std::optional<qint64>();
}

Result<ItemCommon> common(const QJsonObject &item)
{
    ItemCommon c;
    auto memo = ledgerargs::memo(item);
    if (!memo)
        return memo.error();
    c.memo = *memo;
    auto created = ledgerargs::optionalTime(item, QStringLiteral("created_at_time"), false);
    if (!created)
        return created.error();
    c.createdAtTime = *created;
    return c;
}

Result<Value> metadata(const QJsonObject &args, const QString &key)
{
    if (!args.contains(key))
        return Value::map({});
    if (!args.value(key).isObject())
        return invalid(key, QStringLiteral("metadata is a JSON object of names to values."));
    auto v = valueMapFromPlainJson(args.value(key).toObject());
    if (!v)
        return invalid(key, v.error().message,
                       QStringLiteral("For example {\"name\": \"Sky Isle #1\", \"rarity\": 3, \"image\": \"https://…\"}."));
    return v;
}

Result<QList<QJsonObject>> items(const QJsonObject &args, const QString &key)
{
    const QJsonArray a = args.value(key).toArray();
    if (a.isEmpty() || a.size() > nft::kMaxUpdateBatch)
        return invalid(key, QStringLiteral("give 1 to %1 items.").arg(nft::kMaxUpdateBatch));
    QList<QJsonObject> out;
    for (const QJsonValue &v : a)
        out << v.toObject();
    return out;
}

} // namespace nexus::nftargs
