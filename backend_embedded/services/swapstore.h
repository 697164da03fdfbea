#pragma once
// SQL of the swap tables (resources/migrations/0006_swaps.sql): contracts, approvals, disputes and
// per-swap events, plus the swaps.* configuration. No rules here (see swapengine.h, core/swap*.h).

#include "result.h"
#include "storage/database.h"
#include "swapcontract.h"
#include "swappolicy.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace nexus {

struct SwapRow {
    SwapContract contract;
    QString valueUsd;  // empty: not priced
    QString valueNote;
};

struct SwapApprovalRow {
    Principal approver;
    qint64 approvedNs = 0;
    QString note;
};

struct SwapDisputeRow {
    Principal openedBy;
    qint64 openedNs = 0;
    QString reason;
    std::optional<Principal> resolvedBy;
    qint64 resolvedNs = 0;
    QString resolution; // "refund", "release", or empty while open
    QString resolutionReason;
};

struct SwapEventRow {
    qint64 tsNs = 0;
    Principal actor;
    QString action;
    QString detail;
    QString asset;
    std::optional<qint64> blockIndex;
};

struct SwapListFilter {
    std::optional<Principal> party;
    std::optional<SwapState> state;
    std::optional<bool> final; // only ended swaps (completed, refunded, cancelled, resolved), or only open ones
    int limit = 50;
    qint64 offset = 0;
};

class SwapStore
{
public:
    explicit SwapStore(QSqlDatabase &db) : m_db(db) {}

    Result<SwapRow> load(qint64 id); // NotFound with a hint when absent
    Result<qint64> insert(const SwapRow &row);
    // Writes the contract's mutable fields (state, legs, secret, dispute origin, due time).
    Status save(const SwapContract &c);
    Result<bool> hashlockUsed(const QByteArray &hashlock);

    Status addEvent(qint64 id, const SwapEventRow &e);
    Result<QList<SwapEventRow>> events(qint64 id);

    // Conflict when this approver already approved; returns the number of approvals after it.
    Result<int> addApproval(qint64 id, const SwapApprovalRow &a);
    Result<QList<SwapApprovalRow>> approvals(qint64 id);

    Status openDispute(qint64 id, const SwapDisputeRow &d);
    Status resolveDispute(qint64 id, const Principal &by, qint64 ns, const QString &resolution, const QString &reason);
    Result<std::optional<SwapDisputeRow>> dispute(qint64 id);

    // Ids of swaps the expiry job should look at now (due_ns <= now), oldest due first.
    Result<QList<qint64>> dueIds(qint64 nowNs, int limit);
    Result<qint64> dueCount(qint64 nowNs);

    Result<QList<SwapRow>> list(const SwapListFilter &f, qint64 *total);
    // How many swaps are in each state (states without swaps are absent); a party's, or all.
    Result<QMap<SwapState, qint64>> stateCounts(const std::optional<Principal> &party);

    Result<SwapPolicy> policy(); // swaps.* config over the defaults

private:
    QSqlDatabase &m_db;
};

} // namespace nexus
