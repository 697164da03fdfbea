#pragma once
// Labels on wallet transactions and addresses, exchanged as JSON Lines in the style of BIP-329:
// one {"type", "ref", "label"} object per line.
//
//   type "tx":   ref is a ledger block, written "<ASSET>:<block index>", e.g. "ICP:1042"
//   type "addr": ref is an ICRC-1 account in its textual form (checked, canonical)
//
// Other BIP-329 fields (origin, spendable, …) are accepted and ignored on import; other types are
// refused, so nothing is silently dropped.

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nexus {

struct WalletLabel {
    QString type;
    QString ref;
    QString label;
    bool operator==(const WalletLabel &o) const { return type == o.type && ref == o.ref && label == o.label; }
};

constexpr int kMaxLabelLength = 255; // BIP-329's advice for interoperable labels

Status validateWalletLabel(const WalletLabel &label);
// Parses a whole file; the first bad line is an error naming its line number, and nothing is
// returned for a file with any bad line. Blank lines are skipped.
Result<QList<WalletLabel>> parseWalletLabels(const QByteArray &jsonLines);
QByteArray walletLabelsToJsonLines(const QList<WalletLabel> &labels);

} // namespace nexus
