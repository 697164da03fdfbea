#pragma once
// Reading the nft.* methods' JSON arguments: the collection, token ids, accounts (ICRC-1 text),
// subaccounts (hex), metadata (plain JSON or tagged Values), memos and created_at_time.

#include "gateway/methoddescriptor.h"
#include "nftops.h"

namespace nexus::nftargs {

// The collection named by args["collection"].
Result<CollectionRow> collection(NftStore &store, const QJsonObject &args);
// args[key] as a token id (a JSON number, 0 to 2^53).
Result<qint64> tokenId(const QJsonObject &args, const QString &key = QStringLiteral("token_id"));
Result<QList<qint64>> tokenIds(const QJsonObject &args, const QString &key = QStringLiteral("token_ids"));
// The optional spender (absent: every spender).
Result<std::optional<Account>> optionalAccount(const QJsonObject &args, const QString &key);
// expires_at as a signed ns time (absent: never).
Result<std::optional<qint64>> expiresAt(const QJsonObject &args);
// memo / memo_text and created_at_time of one item.
Result<ItemCommon> common(const QJsonObject &item);
// Metadata (a Map); absent: an empty Map.
Result<Value> metadata(const QJsonObject &args, const QString &key = QStringLiteral("metadata"));
// args[key] as an array of objects with 1 to nft::kMaxUpdateBatch entries.
Result<QList<QJsonObject>> items(const QJsonObject &args, const QString &key);

} // namespace nexus::nftargs
