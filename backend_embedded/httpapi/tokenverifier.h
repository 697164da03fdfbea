#pragma once
// Checks bearer tokens of the local API against the profile's api_tokens table (on the reader
// thread) and remembers good ones for a moment. A revocation made through this profile's gateway
// clears the memo at once; one made by another process on the same profile takes effect within
// kMemoMs.

#include "principal.h"
#include "result.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <functional>

namespace nexus {
class DbThread;
class Gateway;
}

namespace nexus::http {

class TokenVerifier : public QObject
{
public:
    static constexpr qint64 kMemoMs = 2000;

    TokenVerifier(Gateway &gateway, DbThread *reader, QObject *parent = nullptr);

    // `done` runs on `context`'s thread: at once when the token is remembered, else after the read.
    void verify(const QByteArray &token, QObject *context, std::function<void(Result<Principal>)> done);
    void forget();

private:
    struct Memo {
        Principal principal;
        qint64 expiresNs = 0; // 0: never
        qint64 checkedMs = 0;
    };
    DbThread *m_reader;
    QMutex m_mutex;
    QHash<QByteArray, Memo> m_memo; // key: SHA-256 of the token
    quint64 m_generation = 0;       // bumped by forget()
};

} // namespace nexus::http
