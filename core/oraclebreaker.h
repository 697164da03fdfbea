#pragma once
// When a feed publishes (deviation threshold or heartbeat, as Chainlink feeds do), when its price is
// stale, and the per-pair circuit breaker that stops conversions on stale data, an inconsistent
// round or a jump, until an admin resets it or sets a manual price.

#include "oracleaggregate.h"

#include <QString>

#include <optional>

namespace nexus::oracle {

struct PairConfig {
    int deviationBps = 50;    // publish when the rate moved at least this much since the last publication
    qint64 heartbeatS = 3600; // ... or when the last publication is at least this old
    int jumpLimitBps = 1000;  // a move larger than this against the last publication trips the breaker
};

struct Published {
    RateE9 rate = 0;
    qint64 tsNs = 0;
};

enum class Trigger { None, First, Deviation, Heartbeat, Rebase };
QString triggerName(Trigger t); // "", "first", "deviation", "heartbeat", "rebase"

// Publish when there is no publication yet, when |rate - last| * 10000 >= deviationBps * last, or
// when tsNs - last.tsNs >= heartbeat. Deviation wins over heartbeat when both hold.
Trigger publishTrigger(const std::optional<Published> &last, RateE9 rate, qint64 tsNs, const PairConfig &config);

// A price is stale when it is older than twice the heartbeat: nowNs - last.tsNs > 2 * heartbeat.
bool isStale(qint64 publishedNs, qint64 nowNs, const PairConfig &config);

enum class BreakerState { Ok, Tripped, Manual };
enum class TripReason { None, Stale, Inconsistent, Jump };
QString breakerStateName(BreakerState s); // "ok", "tripped", "manual"
std::optional<BreakerState> breakerStateFromName(const QString &name);
QString tripReasonName(TripReason r);     // "", "stale", "inconsistent", "jump"
std::optional<TripReason> tripReasonFromName(const QString &name);

struct RoundDecision {
    bool publish = false;
    Trigger trigger = Trigger::None;
    TripReason trip = TripReason::None; // set when this round tripped the breaker
    QString message;                    // why it tripped, for the alert
};

// The breaker of one pair. States and transitions:
//   ok      --stale | inconsistent | jump round-->  tripped   (the round is recorded, not published)
//   tripped --reset-->                               ok, rebase pending
//   ok | tripped | manual --manual price-->          manual    (served until reset; rounds are recorded only)
//   manual  --reset-->                               ok, rebase pending
// With a rebase pending, the next consistent round is published without the stale and jump checks
// (the admin has accepted the market as it is); an inconsistent round still trips.
struct CircuitBreaker {
    BreakerState state = BreakerState::Ok;
    TripReason reason = TripReason::None;
    qint64 sinceNs = 0;     // when it tripped or went manual
    bool rebase = false;
    RateE9 manualRate = 0;  // valid in the Manual state

    // Decides about one aggregated round against the last publication, and trips when it must.
    RoundDecision onRound(const RoundResult &round, const std::optional<Published> &last, const PairConfig &config);
    Status reset(qint64 nowNs);
    Status setManual(RateE9 rate, qint64 nowNs);
};

} // namespace nexus::oracle
