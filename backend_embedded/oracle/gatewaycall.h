#pragma once
// Runs a gateway call on a worker pool and hands the result to `context`'s thread while `context`
// lives (the watcher is its child). The oracle's feeders use it so no SQL runs on their thread.

#include "gateway/gateway.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

namespace nexus::oracle {

template<typename Callback>
void callInPool(Gateway &gw, QThreadPool *pool, const CallContext &ctx, const QString &method, const QJsonObject &args,
                QObject *context, Callback callback)
{
    Gateway *g = &gw;
    QFuture<Result<QJsonValue>> future = QtConcurrent::run(pool, [g, ctx, method, args] { return g->callBlocking(ctx, method, args); });
    auto *watcher = new QFutureWatcher<Result<QJsonValue>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, callback = std::move(callback)]() mutable {
        watcher->deleteLater();
        callback(watcher->future().result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace nexus::oracle
