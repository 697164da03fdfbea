#include "swapstate.h"

#include <array>
#include <utility>

namespace nexus {

namespace {

constexpr std::array<std::pair<SwapState, const char *>, 10> kStates{{
    {SwapState::PendingApproval, "pending_approval"}, {SwapState::Initiated, "initiated"},
    {SwapState::Participated, "participated"},        {SwapState::Redeemed, "redeemed"},
    {SwapState::ParticipantRefunded, "participant_refunded"}, {SwapState::Disputed, "disputed"},
    {SwapState::Completed, "completed"},              {SwapState::Refunded, "refunded"},
    {SwapState::Cancelled, "cancelled"},              {SwapState::Resolved, "resolved"},
}};

constexpr std::array<std::pair<SwapAction, const char *>, 12> kActions{{
    {SwapAction::Approve, "approve"},
    {SwapAction::Lock, "lock"},
    {SwapAction::Cancel, "cancel"},
    {SwapAction::Reject, "reject"},
    {SwapAction::Participate, "participate"},
    {SwapAction::RedeemParticipantLeg, "redeem_participant_leg"},
    {SwapAction::RedeemInitiatorLeg, "redeem_initiator_leg"},
    {SwapAction::RefundParticipantLeg, "refund_participant_leg"},
    {SwapAction::RefundInitiatorLeg, "refund_initiator_leg"},
    {SwapAction::OpenDispute, "open_dispute"},
    {SwapAction::ResolveRefund, "resolve_refund"},
    {SwapAction::ResolveRelease, "resolve_release"},
}};

constexpr std::array<std::pair<LegState, const char *>, 4> kLegs{{
    {LegState::None, "none"}, {LegState::Locked, "locked"}, {LegState::Redeemed, "redeemed"}, {LegState::Refunded, "refunded"},
}};

struct Edge {
    SwapState from;
    SwapAction action;
    SwapState to;
};

// Every allowed transition; anything else is refused.
constexpr Edge kEdges[] = {
    {SwapState::PendingApproval, SwapAction::Approve, SwapState::PendingApproval},
    {SwapState::PendingApproval, SwapAction::Lock, SwapState::Initiated},
    {SwapState::PendingApproval, SwapAction::Cancel, SwapState::Cancelled},
    {SwapState::PendingApproval, SwapAction::Reject, SwapState::Cancelled},
    {SwapState::Initiated, SwapAction::Participate, SwapState::Participated},
    {SwapState::Initiated, SwapAction::RefundInitiatorLeg, SwapState::Refunded},
    {SwapState::Initiated, SwapAction::OpenDispute, SwapState::Disputed},
    {SwapState::Participated, SwapAction::RedeemParticipantLeg, SwapState::Redeemed},
    {SwapState::Participated, SwapAction::RefundParticipantLeg, SwapState::ParticipantRefunded},
    {SwapState::Participated, SwapAction::OpenDispute, SwapState::Disputed},
    {SwapState::Redeemed, SwapAction::RedeemInitiatorLeg, SwapState::Completed},
    {SwapState::Redeemed, SwapAction::OpenDispute, SwapState::Disputed},
    {SwapState::ParticipantRefunded, SwapAction::RefundInitiatorLeg, SwapState::Refunded},
    {SwapState::ParticipantRefunded, SwapAction::OpenDispute, SwapState::Disputed},
    {SwapState::Disputed, SwapAction::ResolveRefund, SwapState::Resolved},
    {SwapState::Disputed, SwapAction::ResolveRelease, SwapState::Resolved},
};

template<typename Table, typename E>
QString nameOf(const Table &t, E e)
{
    for (const auto &[v, n] : t)
        if (v == e)
            return QString::fromLatin1(n);
    return {};
}

template<typename Table>
auto fromName(const Table &t, const QString &name) -> std::optional<std::remove_cvref_t<decltype(t[0].first)>>
{
    for (const auto &[v, n] : t)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

// Why an action is refused in a state, in words a party can act on.
QString whyNot(SwapState from, SwapAction a)
{
    if (isFinal(from))
        return QStringLiteral("The swap is %1; nothing more can happen to it.").arg(swapStateName(from));
    if (from == SwapState::Disputed)
        return QStringLiteral("The swap is disputed; it is frozen until an admin resolves the dispute.");
    switch (a) {
    case SwapAction::Approve:
    case SwapAction::Lock:
    case SwapAction::Reject:
        return QStringLiteral("Only swaps waiting for approval can be approved or rejected; this one is %1.").arg(swapStateName(from));
    case SwapAction::Cancel:
        return QStringLiteral("Only a swap waiting for approval can be cancelled; once funds are locked, wait for the timelock and refund.");
    case SwapAction::Participate:
        return from == SwapState::PendingApproval
                   ? QStringLiteral("The swap still waits for admin approval; its funds are not locked yet.")
                   : QStringLiteral("The participant has already locked their side.");
    case SwapAction::RedeemParticipantLeg:
        return from == SwapState::Initiated || from == SwapState::PendingApproval
                   ? QStringLiteral("The participant has not locked their side yet; there is nothing to redeem.")
                   : QStringLiteral("The participant's contract is no longer locked (it is %1).").arg(swapStateName(from));
    case SwapAction::RedeemInitiatorLeg:
        return from == SwapState::Participated
                   ? QStringLiteral("The initiator redeems first; their redeem reveals the secret, then the participant redeems.")
                   : QStringLiteral("The initiator's contract can be redeemed only after the secret was revealed (the swap is %1).")
                         .arg(swapStateName(from));
    case SwapAction::RefundParticipantLeg:
        return QStringLiteral("The participant's contract is not locked (the swap is %1).").arg(swapStateName(from));
    case SwapAction::RefundInitiatorLeg:
        if (from == SwapState::Redeemed)
            return QStringLiteral("The secret is public: the initiator's contract now belongs to the participant and is never refunded.");
        if (from == SwapState::Participated)
            return QStringLiteral("The participant's contract expires first; it is refunded before the initiator's.");
        return QStringLiteral("Nothing is locked (the swap is %1).").arg(swapStateName(from));
    case SwapAction::OpenDispute:
        return QStringLiteral("A dispute needs locked funds; the swap is %1.").arg(swapStateName(from));
    case SwapAction::ResolveRefund:
    case SwapAction::ResolveRelease:
        return QStringLiteral("Only a disputed swap can be resolved; this one is %1.").arg(swapStateName(from));
    }
    return QStringLiteral("Not allowed.");
}

} // namespace

QString swapStateName(SwapState s) { return nameOf(kStates, s); }
std::optional<SwapState> swapStateFromName(const QString &name) { return fromName(kStates, name); }
QString swapActionName(SwapAction a) { return nameOf(kActions, a); }
QString legStateName(LegState s) { return nameOf(kLegs, s); }
std::optional<LegState> legStateFromName(const QString &name) { return fromName(kLegs, name); }

QList<SwapState> allSwapStates()
{
    QList<SwapState> out;
    for (const auto &[s, n] : kStates)
        out << s;
    return out;
}

QList<SwapAction> allSwapActions()
{
    QList<SwapAction> out;
    for (const auto &[a, n] : kActions)
        out << a;
    return out;
}

bool isFinal(SwapState s)
{
    return s == SwapState::Completed || s == SwapState::Refunded || s == SwapState::Cancelled || s == SwapState::Resolved;
}

bool holdsFunds(SwapState s)
{
    return s == SwapState::Initiated || s == SwapState::Participated || s == SwapState::Redeemed || s == SwapState::ParticipantRefunded
           || s == SwapState::Disputed;
}

Result<SwapState> swapTransition(SwapState from, SwapAction action)
{
    for (const Edge &e : kEdges)
        if (e.from == from && e.action == action)
            return e.to;
    Error err = Error::make(ErrorCode::Conflict, whyNot(from, action));
    err.details = QJsonObject{{QStringLiteral("state"), swapStateName(from)}, {QStringLiteral("action"), swapActionName(action)}};
    return err;
}

} // namespace nexus
