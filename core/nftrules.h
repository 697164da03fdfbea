#pragma once
// The fixed limits of every NFT collection (the icrc7_* / icrc37_* limit queries answer them) and
// the shape of collection handles.

#include "result.h"

#include <QString>

namespace nexus::nft {

constexpr int kMaxQueryBatch = 100;    // icrc7_max_query_batch_size
constexpr int kMaxUpdateBatch = 100;   // icrc7_max_update_batch_size
constexpr int kDefaultTake = 100;      // icrc7_default_take_value
constexpr int kMaxTake = 1000;         // icrc7_max_take_value
constexpr int kMaxMemoBytes = 32;      // icrc7_max_memo_size
constexpr int kMaxApprovals = 10;      // icrc37_max_approvals_per_token_or_collection
constexpr int kMaxRevokes = 100;       // icrc37_max_revoke_approvals
constexpr qint64 kMaxTokenId = (1LL << 53); // token ids travel as JSON numbers

// A collection's handle ("sky-isles"): 2-32 lower-case letters, digits and '-', starting with a
// letter or digit.
Status checkSlug(const QString &slug);

} // namespace nexus::nft
