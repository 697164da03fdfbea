#include "tokenverifier.h"

#include "apitoken.h"
#include "gateway/gateway.h"
#include "services/tokenservice.h"
#include "storage/database.h"
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
    const QString hint = QStringLiteral("Create a token with `nexusctl tokens create --as IDENTITY NAME` and send it as \"Authorization: Bearer TOKEN\".");
    if (!ApiToken::wellFormed(token)) {
        done(Error::make(ErrorCode::Unauthenticated, QStringLiteral("The bearer token is malformed (expected nxs_ and 43 characters)."), hint));
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
    struct Answer {
        Result<Principal> owner = Error::make(ErrorCode::Internal, QString());
        qint64 expiresNs = 0;
    };
    QFuture<Answer> read = m_reader->submit<Answer>([hash](QSqlDatabase &db) {
        Answer a;
        a.owner = tokenOwner(db, hash, nowNs());
        if (a.owner) {
            auto q = Database::exec(db, QStringLiteral("SELECT expires_ns FROM api_tokens WHERE token_hash = ?"), {hash});
            if (q && q->next() && !q->isNull(0))
                a.expiresNs = q->int64(0);
        }
        return a;
    });
    auto *watcher = new QFutureWatcher<Answer>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [this, watcher, hash, nowMs, generation, done = std::move(done)] {
        watcher->deleteLater();
        const Answer a = watcher->future().result();
        if (a.owner) {
            QMutexLocker lock(&m_mutex);
            if (generation == m_generation) // no token changed while it was read
                m_memo.insert(hash, Memo{*a.owner, a.expiresNs, nowMs});
        }
        done(a.owner);
    });
    watcher->setFuture(read);
}

} // namespace nexus::http
