#pragma once
// The demo seeder's script: gateway calls as a given identity on a simulated clock, with progress.
// Each demo stage (users, ledger, oracle, …) drives one of these.

#include "backend.h"
#include "gateway/gateway.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace nexus {

// The named demo identities (see DemoSeeder) and the generated community members.
struct DemoCast {
    Principal ada, boris, chen, dana, emil, fatima, gus, hana; // controller … user
    QList<Principal> members;                                   // registered, not disabled
};

class DemoScript
{
public:
    DemoScript(Backend &b, qint64 startNs, const std::function<bool(int, int, const QString &)> &progress, int total)
        : m_backend(b), m_clockNs(startNs), m_progress(progress), m_total(total) {}

    // A call that must succeed; the demo data is only useful if every step lands.
    Result<QJsonValue> must(const Principal &as, const QString &method, const QJsonObject &args)
    {
        auto r = call(as, method, args);
        if (!r && !m_firstFailure) {
            qCWarning(lcDemo) << "demo step failed:" << method << r.error().message;
            m_firstFailure = Error::make(ErrorCode::Internal, QStringLiteral("Demo step %1 failed: %2").arg(method, r.error().message));
        }
        return r;
    }
    void act(const Principal &as, const QString &method, const QJsonObject &args) { (void)must(as, method, args); }
    // A call that is expected to be refused (denials belong in a realistic audit log).
    void expectRefusal(const Principal &as, const QString &method, const QJsonObject &args)
    {
        if (call(as, method, args))
            qCWarning(lcDemo) << "demo expected a refusal from" << method;
    }
    bool step(const QString &stage)
    {
        ++m_done;
        return !m_progress || m_progress(m_done, m_total, stage);
    }
    void advance(qint64 seconds) { m_clockNs += seconds * 1000000000LL; }
    // Activity that goes on while later stages run (visitors' telemetry): `tick` runs before the
    // first call at or after `firstNs` and returns when it wants to run next (0: never). Its
    // calls hardly move the clock, so the stages it runs beside keep their timing.
    void setBackground(std::function<qint64(DemoScript &, qint64 dueNs)> tick, qint64 firstNs)
    {
        m_background = std::move(tick);
        m_backgroundNs = firstNs;
    }
    qint64 clockNs() const { return m_clockNs; }
    void setClockNs(qint64 ns) { m_clockNs = ns; }
    Backend &backend() { return m_backend; }
    int done() const { return m_done; }
    const std::optional<Error> &firstFailure() const { return m_firstFailure; }

private:
    Result<QJsonValue> call(const Principal &as, const QString &method, const QJsonObject &args)
    {
        if (m_background && !m_inBackground) {
            // Each tick's calls are stamped from its due time on, a second apart, so the audit
            // log stays in time order when a stage has jumped the clock over several ticks.
            m_inBackground = true;
            const qint64 resume = m_clockNs;
            while (m_backgroundNs > 0 && resume >= m_backgroundNs) {
                m_clockNs = std::max(m_lastCallNs + 1000000000LL, m_backgroundNs);
                m_backgroundNs = m_background(*this, m_backgroundNs);
            }
            m_clockNs = std::max(resume, m_clockNs);
            m_inBackground = false;
        }
        CallContext ctx;
        ctx.caller = as;
        ctx.origin = Origin::Seed;
        ctx.timeNs = m_clockNs;
        m_lastCallNs = m_clockNs;
        m_clockNs += (m_inBackground ? 1 : 37) * 1000000000LL; // calls are spread out like real activity
        return m_backend.gateway().callBlocking(ctx, method, args);
    }

    Backend &m_backend;
    qint64 m_clockNs;
    const std::function<bool(int, int, const QString &)> &m_progress;
    int m_total;
    int m_done = 0;
    std::optional<Error> m_firstFailure;
    std::function<qint64(DemoScript &, qint64)> m_background;
    qint64 m_backgroundNs = 0;
    qint64 m_lastCallNs = 0;
    bool m_inBackground = false;
};

} // namespace nexus
