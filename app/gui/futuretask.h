#pragma once
// A QFuture as a QCoro task, so QCoro::connect can deliver its result to a QObject on its thread.

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>

namespace nexus {

template<typename T>
QCoro::Task<T> futureTask(QFuture<T> future)
{
    co_return co_await future;
}

} // namespace nexus
