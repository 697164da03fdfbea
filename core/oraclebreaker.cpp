#include "oraclebreaker.h"

namespace nexus::oracle {

namespace {
constexpr qint64 kSecondNs = 1000000000;

QString percent(qint64 bps)
{
    // 1523 -> "15.23 %"
    const qint64 a = bps < 0 ? -bps : bps;
    return QStringLiteral("%1%2.%3 %").arg(bps < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

QString triggerName(Trigger t)
{
    switch (t) {
    case Trigger::None: return {};
    case Trigger::First: return QStringLiteral("first");
    case Trigger::Deviation: return QStringLiteral("deviation");
    case Trigger::Heartbeat: return QStringLiteral("heartbeat");
    case Trigger::Rebase: return QStringLiteral("rebase");
    }
    return {};
}

QString breakerStateName(BreakerState s)
{
    switch (s) {
    case BreakerState::Ok: return QStringLiteral("ok");
    case BreakerState::Tripped: return QStringLiteral("tripped");
    case BreakerState::Manual: return QStringLiteral("manual");
    }
    return {};
}

std::optional<BreakerState> breakerStateFromName(const QString &name)
{
    for (BreakerState s : {BreakerState::Ok, BreakerState::Tripped, BreakerState::Manual})
        if (breakerStateName(s) == name)
            return s;
    return std::nullopt;
}

QString tripReasonName(TripReason r)
{
    switch (r) {
    case TripReason::None: return {};
    case TripReason::Stale: return QStringLiteral("stale");
    case TripReason::Inconsistent: return QStringLiteral("inconsistent");
    case TripReason::Jump: return QStringLiteral("jump");
    }
    return {};
}

std::optional<TripReason> tripReasonFromName(const QString &name)
{
    for (TripReason r : {TripReason::None, TripReason::Stale, TripReason::Inconsistent, TripReason::Jump})
        if (tripReasonName(r) == name)
            return r;
    return std::nullopt;
}

Trigger publishTrigger(const std::optional<Published> &last, RateE9 rate, qint64 tsNs, const PairConfig &config)
{
    if (!last)
        return Trigger::First;
    const Int128 diff = rate > last->rate ? Int128(rate) - last->rate : Int128(last->rate) - rate;
    if (diff * 10000 >= Int128(config.deviationBps) * last->rate)
        return Trigger::Deviation;
    if (tsNs - last->tsNs >= config.heartbeatS * kSecondNs)
        return Trigger::Heartbeat;
    return Trigger::None;
}

bool isStale(qint64 publishedNs, qint64 nowNs, const PairConfig &config)
{
    return nowNs - publishedNs > 2 * config.heartbeatS * kSecondNs;
}

RoundDecision CircuitBreaker::onRound(const RoundResult &round, const std::optional<Published> &last, const PairConfig &config)
{
    RoundDecision d;
    if (state != BreakerState::Ok)
        return d; // recorded only, until an admin acts
    const auto trip = [&](TripReason r, const QString &message) {
        state = BreakerState::Tripped;
        reason = r;
        sinceNs = round.tsNs;
        d.trip = r;
        d.message = message;
        return d;
    };
    if (round.status == RoundStatus::Inconsistent) {
        rebase = false;
        return trip(TripReason::Inconsistent,
                    QStringLiteral("Inconsistent round: no %1 of the %2 surviving sources agree within %3 % (quotes %4 … %5).")
                        .arg((round.used + 1) / 2).arg(round.used).arg(kAgreementPercent)
                        .arg(formatRate(round.bandLo), formatRate(round.bandHi)));
    }
    if (rebase) {
        if (!round.consistent())
            return d;
        rebase = false;
        d.publish = true;
        d.trigger = Trigger::Rebase;
        return d;
    }
    if (last && isStale(last->tsNs, round.tsNs, config)) {
        const qint64 ageS = (round.tsNs - last->tsNs) / kSecondNs;
        return trip(TripReason::Stale, QStringLiteral("Stale feed: the last price is %1 h %2 min old; the limit is 2 × heartbeat = %3 min.")
                                           .arg(ageS / 3600).arg(ageS % 3600 / 60).arg(2 * config.heartbeatS / 60));
    }
    if (!round.consistent())
        return d; // too few or no rates: nothing to publish, staleness will catch a long outage
    if (last) {
        const Int128 diff = round.rate > last->rate ? Int128(round.rate) - last->rate : Int128(last->rate) - round.rate;
        if (diff * 10000 > Int128(config.jumpLimitBps) * last->rate)
            return trip(TripReason::Jump, QStringLiteral("Jump of %1 in one round (from %2 to %3); the limit is %4.")
                                              .arg(percent(deviationBps(last->rate, round.rate)), formatRate(last->rate),
                                                   formatRate(round.rate), percent(config.jumpLimitBps)));
    }
    d.trigger = publishTrigger(last, round.rate, round.tsNs, config);
    d.publish = d.trigger != Trigger::None;
    return d;
}

Status CircuitBreaker::reset(qint64 nowNs)
{
    if (state == BreakerState::Ok)
        return Error::make(ErrorCode::Conflict, QStringLiteral("The circuit breaker is not tripped."),
                           QStringLiteral("Nothing to reset; prices are flowing."));
    state = BreakerState::Ok;
    reason = TripReason::None;
    sinceNs = nowNs;
    rebase = true;
    manualRate = 0;
    return {};
}

Status CircuitBreaker::setManual(RateE9 rate, qint64 nowNs)
{
    if (rate <= 0)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("A manual price must be positive."));
    state = BreakerState::Manual;
    reason = TripReason::None;
    sinceNs = nowNs;
    manualRate = rate;
    rebase = false;
    return {};
}

} // namespace nexus::oracle
