#pragma once
// The local key store: named identities whose private keys are sealed with a passphrase
// (identities.* methods). Secrets never reach the audit log: they are declared secret args.

#include "keys.h"
#include "result.h"

#include <QSqlDatabase>

namespace nexus {
class Gateway;
void registerIdentityMethods(Gateway &gateway);

struct IdentityRecord {
    QString name;
    Principal principal;
    KeyType keyType = KeyType::Ed25519;
    QByteArray publicDer;
};
// Finds an identity by name or principal text.
Result<IdentityRecord> findIdentity(QSqlDatabase &db, const QString &nameOrPrincipal);
// Unseals the private key (wrong passphrase -> Unauthenticated).
Result<KeyPair> unlockIdentity(QSqlDatabase &db, const QString &name, const QString &passphrase);
} // namespace nexus
