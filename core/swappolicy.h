#pragma once
// The swap service's configuration (keys swaps.*, versioned through system.config_set): default
// timelocks, the safety margin between them, the longest timelock, and the value above which a
// swap needs M admin approvals before anything is locked. Also the timelock rules themselves.

#include "result.h"
#include "value.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace nexus {

struct SwapPolicy {
    static constexpr qint64 kSecondNs = 1000000000;

    qint64 initiatorTimelockS = 48 * 3600;   // swaps.initiator_timelock_s: default T1 = now + 48 h
    qint64 participantTimelockS = 24 * 3600; // swaps.participant_timelock_s: default T2 = now + 24 h
    qint64 safetyMarginS = 6 * 3600;         // swaps.safety_margin_s: T2 must be before T1 - margin
    qint64 maxTimelockS = 90LL * 86400;      // swaps.max_timelock_s: no timelock further than this from now
    Nat128 approvalThresholdCents = 1000000; // swaps.approval_threshold_usd: swaps worth more need approvals ($10,000)
    int approvalsRequired = 2;               // swaps.approvals_required: M (0: no approvals at all)

    static QStringList keys();
    // Defaults overridden by the config values present (key -> value); a bad value is an error.
    static Result<SwapPolicy> fromConfig(const QHash<QString, QJsonValue> &values);
    // Checks one configuration value before system.config_set stores it.
    static Status validate(const QString &key, const QJsonValue &value);

    // T1: later than now + margin (room for the participant's T2), at most now + max.
    Status checkInitiatorTimelock(qint64 t1Ns, qint64 nowNs) const;
    // T2: after now, before T1 - margin, at most now + max.
    Status checkParticipantTimelock(qint64 t2Ns, qint64 t1Ns, qint64 nowNs) const;
    bool needsApproval(Nat128 valueCents) const { return approvalsRequired > 0 && valueCents > approvalThresholdCents; }
};

QString swapTimeText(qint64 ns);     // ISO 8601 UTC, seconds
QString swapDurationText(qint64 ns); // "2 d 3 h", "5 h 12 min", "40 s"

} // namespace nexus
