#include "throttle.h"

namespace nexus {

Throttle::Throttle(int intervalMs, std::function<void()> fn, QObject *parent)
    : QObject(parent), m_fn(std::move(fn))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_fn(); });
}

void Throttle::poke()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void Throttle::cancel()
{
    m_timer.stop();
}

} // namespace nexus
