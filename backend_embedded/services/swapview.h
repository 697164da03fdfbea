#pragma once
// How a swap reads in answers and audit summaries: the contract as JSON (every parameter, each
// leg's timelock and the time left, what can happen next), and short texts. Never the secret
// unless asked for explicitly (extract_secret).

#include "swapengine.h"

#include <QJsonObject>

namespace nexus::swaps {

struct ViewOptions {
    bool history = false; // approvals, dispute and events (audit_contract)
    bool brief = false;   // the receipt a party's action answers with: states, timelocks, moves (no accounts or values)
};

Result<QJsonObject> contractJson(QSqlDatabase &db, const SwapRow &row, qint64 nowNs, ViewOptions o = {});
QJsonArray movesJson(const QList<SwapMove> &moves);
// "swap 12" plus the blocks moved, e.g. "ICP block 41 (4.9999 ICP → …)".
QString movesText(QSqlDatabase &db, const QList<SwapMove> &moves);
QString hashText(const QByteArray &hashlock); // first 16 hex digits and an ellipsis

// Loads the swap named by args["id"].
Result<SwapRow> loadSwap(SwapEngine &engine, const QJsonObject &args);
// PermissionDenied unless `who` is the initiator or the participant.
Status requireParty(const SwapContract &c, const Principal &who, const QString &what);

} // namespace nexus::swaps
