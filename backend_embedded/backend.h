#pragma once
// The embedded backend of one profile: its database threads, the gateway and every service.

#include "gateway/gateway.h"
#include "keys.h"
#include "result.h"

#include <QObject>

#include <memory>

namespace nexus {

class DbThread;
class WalCheckpointer;

class Backend : public QObject
{
    Q_OBJECT
public:
    ~Backend() override;

    // Opens the profile in `profileDir` (its database is profileDir/nexus.db), migrating it.
    // With `create`, a missing profile is created empty (see initProfile).
    static Result<std::unique_ptr<Backend>> open(const QString &profileDir, bool create);
    static QString defaultProfileDir();
    static bool profileExists(const QString &profileDir);

    // Creates the controller identity and bootstraps a new profile. Returns the controller's principal.
    Result<Principal> initProfile(const QString &controllerName, const QString &passphrase, KeyType keyType = KeyType::Ed25519);
    // Resolves an identity name or principal text to a principal (identities, then users).
    Result<Principal> resolveCaller(const QString &nameOrPrincipal);

    Gateway &gateway() { return *m_gateway; }
    DbThread *bulkReader() const { return m_bulk.get(); } // long reads (verify, export) off the main reader
    QString profileDir() const { return m_profileDir; }
    QString databasePath() const;

private:
    Backend() = default;
    QString m_profileDir;
    std::unique_ptr<DbThread> m_writer;
    std::unique_ptr<DbThread> m_reader;
    std::unique_ptr<DbThread> m_bulk;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // outlives the writer, whose commits call it
    std::unique_ptr<Gateway> m_gateway;
};

} // namespace nexus
