#pragma once
// Reading the ledger methods' JSON arguments: accounts in ICRC-1 text, subaccounts in hex,
// amounts and nat64 times as decimal strings (never JSON numbers), memos. Every error names the
// argument and says how to write it.

#include "account.h"
#include "gateway/methoddescriptor.h"
#include "ledgerstore.h"

#include <QJsonObject>

#include <optional>

namespace nexus::ledgerargs {

// The ledger's clock: the call's time (demo and tests set it), else now.
inline qint64 now(const ExecContext &ctx) { return ctx.call.timeNs ? ctx.call.timeNs : nowNs(); }

// `key` as an ICRC-1 account: principal text, or principal-checksum.subaccount.
Result<Account> account(const QJsonObject &args, const QString &key);
// `key` as the account a transfer or mint pays into; swap escrow accounts are refused (only the
// swap service pays into them, so each holds exactly what its swap locked).
Result<Account> payee(const QJsonObject &args, const QString &key);
// The caller's principal with the subaccount in `subKey` (hex, up to 64 digits; absent: default).
Result<Account> callerAccount(const ExecContext &ctx, const QJsonObject &args, const QString &subKey);
// `key` if present, otherwise the caller's account (with `subaccount`).
Result<Account> accountOrCaller(const ExecContext &ctx, const QJsonObject &args, const QString &key);

Result<Nat128> amount(const QJsonObject &args, const QString &key, const AssetRow &a);
Result<std::optional<Nat128>> optionalAmount(const QJsonObject &args, const QString &key, const AssetRow &a);
// A nat64 time in ns since the Unix epoch; `maxSigned` refuses values above 2^63 - 1.
Result<std::optional<quint64>> optionalTime(const QJsonObject &args, const QString &key, bool maxSigned);
// "memo" (hex) or "memo_text" (UTF-8), at most 32 bytes.
Result<std::optional<QByteArray>> memo(const QJsonObject &args);

// Short form of an account's text for audit summaries.
QString shortText(const QString &accountText);

} // namespace nexus::ledgerargs
