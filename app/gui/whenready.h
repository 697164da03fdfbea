#pragma once
// Delivers a QFuture's result to `context`'s thread once it is ready, and only while `context`
// exists (the watcher is its child). Plain QFutureWatcher rather than QCoro::connect: chaining
// QCoro 0.8 tasks that way lost an answer now and then under GCC 12 (about 1 run in 12 of the
// controller tests stalled), which a watcher never does.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace nexus {

template<typename T, typename Callback>
void whenReady(QFuture<T> future, QObject *context, Callback callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, callback = std::move(callback)]() mutable {
        watcher->deleteLater();
        callback(watcher->future().result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace nexus
