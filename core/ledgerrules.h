#pragma once
// The ledger's fixed rules: deduplication window, minting accounts, the 16-byte storage form of
// amounts, and exact parsing of base-unit amounts from the wire.

#include "account.h"
#include "ledgererror.h"
#include "result.h"
#include "value.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nexus::ledger {

// ICRC-1 deduplication: a transaction with created_at_time is accepted from
// now - kTxWindowNs - kPermittedDriftNs up to now + kPermittedDriftNs (both ends inclusive).
constexpr qint64 kTxWindowNs = 24LL * 3600 * 1000000000;
constexpr qint64 kPermittedDriftNs = 60LL * 1000000000;
constexpr int kMaxMemoBytes = 32;

// TooOld / CreatedInFuture for created_at_time against the ledger time; nullopt when accepted.
std::optional<LedgerError> checkCreatedAtTime(quint64 createdAtNs, qint64 nowNs);

// Each asset has its own minting account: an opaque principal (10 bytes: the first 9 bytes of
// SHA-256("nexus-ledger-minting-account:" + symbol), then 0x01) with the default subaccount.
// Transfers from it are mints, transfers to it are burns; nobody holds its key.
Account mintingAccount(const QString &symbol);

// Amounts are stored as 16-byte big-endian BLOBs: exact, fixed width, ordered like the numbers.
QByteArray toBlob16(Nat128 n);
Nat128 fromBlob16(QByteArrayView bytes); // shorter input is read as a big-endian number

// A wire amount: decimal digits of base units, no sign, no point, at most 2^128 - 1.
// `what` names the argument in the error ("amount", "fee").
Result<Nat128> parseBaseUnits(const QString &text, const QString &what, int decimals = -1, const QString &symbol = {});

// Overflow-checked arithmetic on amounts.
inline bool addOverflows(Nat128 a, Nat128 b, Nat128 *sum) { return __builtin_add_overflow(a, b, sum); }

} // namespace nexus::ledger
