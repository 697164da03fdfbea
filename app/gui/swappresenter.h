#pragma once
// What the Swaps panel shows of one swap JSON (swaps.list / swaps.audit_contract), decided in C++
// so QML only binds: which actions the acting identity may take now (from the backend's `actions`
// and the identity's role in the swap), the timeline steps, the deadline that matters next and the
// labels of states and history events.

#include <QCoreApplication>
#include <functional>
#include <QJsonObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace nexus {

// Who is looking at a swap: their principal and whether they hold manage_swaps.
struct SwapViewer {
    QString principal;
    bool manager = false;
};

class SwapPresenter
{
    Q_DECLARE_TR_FUNCTIONS(SwapPresenter)

public:
    // The action keys the panel knows, in button order.
    static QStringList actionKeys(); // participate, redeem, extract, refund, cancel, dispute, approve, reject, resolve

    // {key: {enabled, shown, reason}} for every action key: `shown` when the backend offers the
    // action in this state at all, `enabled` when the viewer may take it now, `reason` (for a
    // tooltip) says why not, or what it does.
    static QVariantMap actions(const QJsonObject &swap, const SwapViewer &viewer);
    // "initiator", "participant", or "" (not a party).
    static QString roleOf(const QJsonObject &swap, const QString &principal);
    // True when the viewer, as a party, has something to do now (participate, redeem, refund).
    static bool needsViewer(const QVariantMap &actions);

    // The row and detail fields QML binds: the JSON as a map plus stateLabel, tone, role,
    // counterparty, summary, deadline (deadlineMs from `loadedMs`, deadlineLabel), can (actions),
    // needsMe; with `detail`, also timeline and history.
    static QVariantMap present(const QJsonObject &swap, const SwapViewer &viewer, double loadedMs, bool detail,
                               const std::function<QString(const QString &)> &nameOf);

    static QString stateLabel(const QString &state);
    static QString stateTone(const QString &state);
    static QString eventLabel(const QString &action);
    // Steps initiated → participated → redeemed → completed, or the way this swap left that path.
    static QVariantList timeline(const QJsonObject &swap);
    // "3 h 12 min 05 s", "45 s"; `ms` ≤ 0 gives "passed".
    static QString countdownText(double ms);
};

} // namespace nexus
