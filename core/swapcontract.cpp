#include "swapcontract.h"

#include "digest.h"

#include <QJsonObject>

namespace nexus {

QString swapLegName(SwapLegId id) { return id == SwapLegId::A ? QStringLiteral("a") : QStringLiteral("b"); }

Principal swapEscrowPrincipal()
{
    static const Principal p = [] {
        QByteArray bytes = sha256(QByteArrayLiteral("nexus-swap-escrow")).left(9);
        bytes.append('\x01');
        return Principal::fromBytes(bytes).value();
    }();
    return p;
}

Account swapEscrowAccount(qint64 swapId, SwapLegId leg)
{
    const QByteArray tag = QByteArrayLiteral("nexus-swap-escrow:") + QByteArray::number(swapId) + ':' + swapLegName(leg).toLatin1();
    return Account(swapEscrowPrincipal(), sha256(tag));
}

std::optional<qint64> swapDueNs(const SwapContract &c)
{
    switch (c.state) {
    case SwapState::PendingApproval:
    case SwapState::Initiated:
    case SwapState::Redeemed:
    case SwapState::ParticipantRefunded:
        return c.a.timelockNs;
    case SwapState::Participated:
        return c.b.timelockNs;
    case SwapState::Disputed:
    case SwapState::Completed:
    case SwapState::Refunded:
    case SwapState::Cancelled:
    case SwapState::Resolved:
        return std::nullopt;
    }
    return std::nullopt;
}

QList<SwapAction> refundActions(const SwapContract &c, qint64 nowNs)
{
    const bool t1 = c.a.timelockNs && nowNs >= *c.a.timelockNs;
    const bool t2 = c.b.timelockNs && nowNs >= *c.b.timelockNs;
    switch (c.state) {
    case SwapState::Initiated:
    case SwapState::ParticipantRefunded:
        return t1 ? QList<SwapAction>{SwapAction::RefundInitiatorLeg} : QList<SwapAction>{};
    case SwapState::Participated:
        if (!t2)
            return {};
        return t1 ? QList<SwapAction>{SwapAction::RefundParticipantLeg, SwapAction::RefundInitiatorLeg}
                  : QList<SwapAction>{SwapAction::RefundParticipantLeg};
    default:
        return {};
    }
}

QList<SwapAction> keeperActions(const SwapContract &c, qint64 nowNs)
{
    const bool t1 = c.a.timelockNs && nowNs >= *c.a.timelockNs;
    if (c.state == SwapState::PendingApproval)
        return t1 ? QList<SwapAction>{SwapAction::Cancel} : QList<SwapAction>{};
    if (c.state == SwapState::Redeemed)
        return t1 ? QList<SwapAction>{SwapAction::RedeemInitiatorLeg} : QList<SwapAction>{};
    return refundActions(c, nowNs);
}

std::optional<SwapLegId> legOf(SwapAction a)
{
    switch (a) {
    case SwapAction::RedeemParticipantLeg:
    case SwapAction::RefundParticipantLeg:
        return SwapLegId::B;
    case SwapAction::RedeemInitiatorLeg:
    case SwapAction::RefundInitiatorLeg:
        return SwapLegId::A;
    default:
        return std::nullopt;
    }
}

QJsonArray availableSwapActions(const SwapContract &c, qint64 nowNs)
{
    QJsonArray out;
    const auto add = [&](const char *method, const char *by, std::optional<qint64> until = std::nullopt) {
        QJsonObject o{{QStringLiteral("method"), QLatin1String(method)}, {QStringLiteral("by"), QLatin1String(by)}};
        if (until)
            o.insert(QStringLiteral("until_ns"), QString::number(*until));
        out.append(o);
    };
    const qint64 t1 = c.a.timelockNs.value_or(0);
    const qint64 t2 = c.b.timelockNs.value_or(0);
    switch (c.state) {
    case SwapState::PendingApproval:
        if (nowNs < t1) {
            add("swaps.approve", "approver", t1);
            add("swaps.reject", "approver", t1);
        }
        add("swaps.cancel", "initiator");
        break;
    case SwapState::Initiated:
        if (nowNs < t1)
            add("swaps.participate", "participant", t1);
        else
            add("swaps.refund", "initiator or participant");
        add("swaps.open_dispute", "initiator or participant");
        break;
    case SwapState::Participated:
        if (nowNs < t2)
            add("swaps.redeem", "initiator", t2);
        else
            add("swaps.refund", "initiator or participant");
        add("swaps.open_dispute", "initiator or participant");
        break;
    case SwapState::Redeemed:
        add("swaps.redeem", "participant");
        add("swaps.extract_secret", "initiator or participant");
        add("swaps.open_dispute", "initiator or participant");
        break;
    case SwapState::ParticipantRefunded:
        if (nowNs >= t1)
            add("swaps.refund", "initiator or participant");
        add("swaps.open_dispute", "initiator or participant");
        break;
    case SwapState::Disputed:
        add("swaps.resolve_dispute", "approver");
        break;
    case SwapState::Completed:
    case SwapState::Resolved:
        if (!c.secret.isEmpty())
            add("swaps.extract_secret", "initiator or participant");
        break;
    case SwapState::Refunded:
    case SwapState::Cancelled:
        break;
    }
    return out;
}

} // namespace nexus
