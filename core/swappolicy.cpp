#include "swappolicy.h"

#include "amount.h"

#include <QDateTime>

namespace nexus {

namespace {

const QString kInitiator = QStringLiteral("swaps.initiator_timelock_s");
const QString kParticipant = QStringLiteral("swaps.participant_timelock_s");
const QString kMargin = QStringLiteral("swaps.safety_margin_s");
const QString kMax = QStringLiteral("swaps.max_timelock_s");
const QString kThreshold = QStringLiteral("swaps.approval_threshold_usd");
const QString kRequired = QStringLiteral("swaps.approvals_required");

Error bad(const QString &key, const QString &what)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" must be %2.").arg(key, what),
                       QStringLiteral("See the swaps.* keys in README (nexusctl config get --prefix swaps.)."));
}

std::optional<qint64> seconds(const QJsonValue &v, qint64 lo, qint64 hi)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < double(lo) || d > double(hi))
        return std::nullopt;
    return qint64(d);
}

// Dollars as a JSON number or a decimal string, to cents.
std::optional<Nat128> cents(const QJsonValue &v)
{
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e15)
        text = QString::number(v.toDouble(), 'f', 2);
    else
        return std::nullopt;
    auto parsed = parseAmount(text, 2);
    return parsed ? std::optional<Nat128>(*parsed) : std::nullopt;
}

} // namespace

QStringList SwapPolicy::keys() { return {kInitiator, kParticipant, kMargin, kMax, kThreshold, kRequired}; }

Status SwapPolicy::validate(const QString &key, const QJsonValue &value)
{
    constexpr qint64 kYear = 366LL * 86400;
    if (key == kInitiator || key == kParticipant || key == kMax)
        return seconds(value, 600, kYear) ? Status() : bad(key, QStringLiteral("a whole number of seconds from 600 to one year"));
    if (key == kMargin)
        return seconds(value, 0, kYear) ? Status() : bad(key, QStringLiteral("a whole number of seconds from 0 to one year"));
    if (key == kRequired)
        return seconds(value, 0, 20) ? Status() : bad(key, QStringLiteral("a whole number of approvals from 0 to 20"));
    if (key == kThreshold)
        return cents(value) ? Status() : bad(key, QStringLiteral("an amount of US dollars (a number or a decimal string, at most 2 decimals)"));
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a swap setting.").arg(key),
                       QStringLiteral("The swap settings are %1.").arg(keys().join(QStringLiteral(", "))));
}

Result<SwapPolicy> SwapPolicy::fromConfig(const QHash<QString, QJsonValue> &values)
{
    SwapPolicy p;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto st = validate(it.key(), it.value()); !st)
            return st.error();
        const QJsonValue &v = it.value();
        if (it.key() == kInitiator)
            p.initiatorTimelockS = qint64(v.toDouble());
        else if (it.key() == kParticipant)
            p.participantTimelockS = qint64(v.toDouble());
        else if (it.key() == kMargin)
            p.safetyMarginS = qint64(v.toDouble());
        else if (it.key() == kMax)
            p.maxTimelockS = qint64(v.toDouble());
        else if (it.key() == kRequired)
            p.approvalsRequired = int(v.toDouble());
        else if (it.key() == kThreshold)
            p.approvalThresholdCents = *cents(v);
    }
    return p;
}

Status SwapPolicy::checkInitiatorTimelock(qint64 t1Ns, qint64 nowNs) const
{
    const qint64 earliest = nowNs + safetyMarginS * kSecondNs;
    if (t1Ns <= earliest)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("timelock_ns: %1 leaves the participant no time; the initiator's timelock must be after %2 "
                                          "(now + the %3 safety margin).")
                               .arg(swapTimeText(t1Ns), swapTimeText(earliest), swapDurationText(safetyMarginS * kSecondNs)),
                           QStringLiteral("Leave timelock_ns out for the default (now + %1).").arg(swapDurationText(initiatorTimelockS * kSecondNs)));
    if (t1Ns - nowNs > maxTimelockS * kSecondNs)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("timelock_ns: %1 is more than %2 away.").arg(swapTimeText(t1Ns), swapDurationText(maxTimelockS * kSecondNs)),
                           QStringLiteral("Timelocks are nanoseconds since 1970 (UTC); an admin can raise swaps.max_timelock_s."));
    return {};
}

Status SwapPolicy::checkParticipantTimelock(qint64 t2Ns, qint64 t1Ns, qint64 nowNs) const
{
    const qint64 latest = t1Ns - safetyMarginS * kSecondNs; // exclusive
    if (t2Ns <= nowNs)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("timelock_ns: %1 is not in the future.").arg(swapTimeText(t2Ns)),
                           QStringLiteral("Choose a time before %1.").arg(swapTimeText(latest)));
    if (t2Ns >= latest)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("timelock_ns: the participant's timelock %1 must be before %2 (the initiator's timelock %3 minus the "
                                          "%4 safety margin), so the participant can still redeem after the secret is revealed.")
                               .arg(swapTimeText(t2Ns), swapTimeText(latest), swapTimeText(t1Ns), swapDurationText(safetyMarginS * kSecondNs)),
                           latest > nowNs ? QStringLiteral("Pass an earlier timelock_ns (before %1).").arg(swapTimeText(latest))
                                          : QStringLiteral("It is too late to participate in this swap; let it expire."));
    if (t2Ns - nowNs > maxTimelockS * kSecondNs)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("timelock_ns: %1 is more than %2 away.").arg(swapTimeText(t2Ns), swapDurationText(maxTimelockS * kSecondNs)));
    return {};
}

QString swapTimeText(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate);
}

QString swapDurationText(qint64 ns)
{
    const qint64 s = (ns < 0 ? -ns : ns) / SwapPolicy::kSecondNs;
    if (s >= 86400)
        return s % 86400 / 3600 ? QStringLiteral("%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600) : QStringLiteral("%1 d").arg(s / 86400);
    if (s >= 3600)
        return s % 3600 / 60 ? QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60) : QStringLiteral("%1 h").arg(s / 3600);
    if (s >= 60)
        return QStringLiteral("%1 min").arg(s / 60);
    return QStringLiteral("%1 s").arg(s);
}

} // namespace nexus
