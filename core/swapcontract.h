#pragma once
// One HTLC swap as the service stores it (two legs, hashlock, timelocks, state) and the rules that
// depend only on it and the time: where its escrow lives, what a refund returns, what the expiry
// job does, and which actions are open right now.

#include "account.h"
#include "swapstate.h"
#include "value.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace nexus {

enum class SwapLegId { A, B }; // A: the initiator's asset, B: the participant's

struct SwapLeg {
    QString asset;
    Nat128 amount = 0;                // locked in escrow; its owner paid the lock fee on top
    QByteArray subaccount;            // the owner's account the funds come from and go back to (32 bytes)
    std::optional<qint64> timelockNs; // B: none until the participant locks
    LegState state = LegState::None;
};

struct SwapContract {
    qint64 id = 0;
    SwapState state = SwapState::PendingApproval;
    Principal initiator;
    Principal participant;
    QByteArray hashlock;                 // SHA-256 of the secret, 32 bytes
    QByteArray secret;                   // empty until the initiator redeems
    SwapLeg a, b;
    int approvalsRequired = 0;           // M when the swap was initiated (0: none needed)
    std::optional<SwapState> disputedFrom;
    qint64 createdNs = 0;
    qint64 updatedNs = 0;

    const SwapLeg &leg(SwapLegId id) const { return id == SwapLegId::A ? a : b; }
    SwapLeg &leg(SwapLegId id) { return id == SwapLegId::A ? a : b; }
    const Principal &owner(SwapLegId id) const { return id == SwapLegId::A ? initiator : participant; }
    // The owner's account of a leg; B's before participation is the participant's default account.
    Account ownerAccount(SwapLegId id) const { return Account(owner(id), leg(id).subaccount); }
    // Who a leg pays when redeemed: the other party's account.
    Account recipientAccount(SwapLegId id) const { return ownerAccount(id == SwapLegId::A ? SwapLegId::B : SwapLegId::A); }
    bool isParty(const Principal &p) const { return p == initiator || p == participant; }
};

QString swapLegName(SwapLegId id); // "a", "b"

// The escrow: a ledger account per swap and leg, owned by an opaque principal nobody holds a key
// for (the first 9 bytes of SHA-256("nexus-swap-escrow") then 0x01), with the subaccount
// SHA-256("nexus-swap-escrow:<id>:<leg>"). Only the swap service moves funds out of it.
Principal swapEscrowPrincipal();
Account swapEscrowAccount(qint64 swapId, SwapLegId leg);

// When the expiry job next has something to do for the swap (nullopt: never, e.g. final or disputed).
std::optional<qint64> swapDueNs(const SwapContract &c);

// What the expiry job does now, in order: lapse an unapproved swap (Cancel), refund expired legs,
// or pay the initiator's leg to the participant once the secret is public and T1 has passed.
QList<SwapAction> keeperActions(const SwapContract &c, qint64 nowNs);
// What swaps.refund may do now: the expired legs that are still the owner's to take back.
QList<SwapAction> refundActions(const SwapContract &c, qint64 nowNs);

// The leg an action pays out of (nullopt for actions that move nothing).
std::optional<SwapLegId> legOf(SwapAction a);

// The methods open right now, each with who may call it: [{"method", "by", "until_ns"?}, ...].
QJsonArray availableSwapActions(const SwapContract &c, qint64 nowNs);

} // namespace nexus
