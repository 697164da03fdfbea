#include "tokenverifier.h"

#include "apitoken.h"
#include "gateway/gateway.h"
#include "services/tokenservice.h"
#include "storage/dbthread.h"

#include <QDateTime>
#include <QFutureWatcher>

namespace nexus::http {

TokenVerifier::TokenVerifier(Gateway &gateway, DbThread *reader, QObject *parent) : QObject(parent), m_reader(reader)
{
    // Emitted on the writer thread; the memo is guarded by its mutex.
    connect(&gateway, &Gateway::changed, this, [this](const QString &topic) {
        if (topic == QLatin1String("tokens"))
            forget();
    }, Qt::DirectConnection);
}

void TokenVerifier::forget()
{
    QMutexLocker lock(&m_mutex);
    m_memo.clear();
    ++m_generation;
}

void TokenVerifier::verify(const QByteArray &token, QObject *context, std::function<void(Result<Principal>)> done)
{
    if (!ApiToken::wellFormed(token)) {
        done(Error::make(ErrorCode::Unauthenticated, QStringLiteral("The bearer token is malformed (expected nxs_ and 43 characters)."), tokenHint()));
        return;
    }
    const QByteArray hash = ApiToken::hashOf(token);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        generation = m_generation;
        auto it = m_memo.constFind(hash);
        if (it != m_memo.cend() && nowMs - it->checkedMs < kMemoMs && (it->expiresNs == 0 || it->expiresNs > nowNs())) {
            const Principal p = it->principal;
            lock.unlock();
            done(p);
            return;
        }
    }
    QFuture<Result<TokenOwner>> read = m_reader->submit<Result<TokenOwner>>([hash](QSqlDatabase &db) { return tokenOwner(db, hash, nowNs()); });
    auto *watcher = new QFutureWatcher<Result<TokenOwner>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [this, watcher, hash, nowMs, generation, done = std::move(done)] {
        watcher->deleteLater();
        const Result<TokenOwner> owner = watcher->future().result();
        if (!owner) {
            done(owner.error());
            return;
        }
        {
            QMutexLocker lock(&m_mutex);
            if (generation == m_generation) // no token changed while it was read
                m_memo.insert(hash, Memo{owner->principal, owner->expiresNs, nowMs});
        }
        done(owner->principal);
    });
    watcher->setFuture(read);
}

} // namespace nexus::http
