#pragma once
// Runs a callback at most once per interval however often it is poked: change events arrive in
// bursts (thousands per second while seeding), and each refresh is a gateway call.

#include <QObject>
#include <QTimer>

#include <functional>

namespace nexus {

class Throttle : public QObject
{
public:
    Throttle(int intervalMs, std::function<void()> fn, QObject *parent);

    void poke();      // run after the interval unless already scheduled
    void cancel();    // drop a scheduled run

private:
    QTimer m_timer;
    std::function<void()> m_fn;
};

} // namespace nexus
