#pragma once
// The swap state machine: which action may follow which state, and the state it leads to.
//
// A swap has two contracts ("legs"): A, the initiator's asset locked for the participant until T1,
// and B, the participant's asset locked for the initiator until T2 < T1. The initiator redeems B
// first (revealing the secret), then the participant redeems A with it.
//
//   pending_approval --approve (M-th: lock)--> initiated --participate--> participated
//   participated --redeem B--> redeemed --redeem A--> completed
//   initiated / participant_refunded --refund A (after T1)--> refunded
//   participated --refund B (after T2)--> participant_refunded
//   pending_approval --cancel / reject--> cancelled
//   initiated / participated / redeemed / participant_refunded --dispute--> disputed --resolve--> resolved
//
// Once the secret is public (redeemed), leg A can only go to the participant: it is never refunded.

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace nexus {

enum class SwapState {
    PendingApproval,     // nothing locked; waiting for M approvals
    Initiated,           // A locked
    Participated,        // A and B locked
    Redeemed,            // B paid to the initiator, the secret is public; A locked for the participant
    ParticipantRefunded, // B returned to the participant after T2; A locked until T1
    Disputed,            // frozen until an admin resolves it; timelocks do not act
    Completed,           // both legs paid to their counterparties
    Refunded,            // every locked leg returned to its owner
    Cancelled,           // ended before anything was locked
    Resolved,            // an admin refunded or released what was locked
};

enum class SwapAction {
    Approve,              // one more approval, not yet M
    Lock,                 // the M-th approval: A is locked
    Cancel,               // the initiator withdraws, or the approval window lapses at T1
    Reject,               // an admin refuses to approve
    Participate,
    RedeemParticipantLeg, // the initiator takes B with the secret
    RedeemInitiatorLeg,   // the participant takes A with the revealed secret
    RefundParticipantLeg, // B back to the participant (T2 passed)
    RefundInitiatorLeg,   // A back to the initiator (T1 passed, secret not revealed)
    OpenDispute,
    ResolveRefund,
    ResolveRelease,
};

enum class LegState { None, Locked, Redeemed, Refunded };

QString swapStateName(SwapState s); // "pending_approval", "initiated", ...
std::optional<SwapState> swapStateFromName(const QString &name);
QString swapActionName(SwapAction a); // "approve", "lock", ...
QString legStateName(LegState s);     // "none", "locked", "redeemed", "refunded"
std::optional<LegState> legStateFromName(const QString &name);
QList<SwapState> allSwapStates();
QList<SwapAction> allSwapActions();

bool isFinal(SwapState s); // completed, refunded, cancelled, resolved
// Funds are locked (a dispute may be opened).
bool holdsFunds(SwapState s);

// The state `action` leads to from `from`, or a Conflict error saying why it cannot happen there.
Result<SwapState> swapTransition(SwapState from, SwapAction action);

} // namespace nexus
