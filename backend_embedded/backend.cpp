#include "backend.h"

#include "services/auditservice.h"
#include "services/eventservice.h"
#include "services/identityservice.h"
#include "services/labelservice.h"
#include "services/ledgerservice.h"
#include "services/marketservice.h"
#include "services/nftservice.h"
#include "services/oracleservice.h"
#include "services/swapservice.h"
#include "services/systemservice.h"
#include "services/ticketservice.h"
#include "services/tokenservice.h"
#include "services/worldservice.h"
#include "services/avatarservice.h"
#include "services/experienceservice.h"
#include "services/usersservice.h"
#include "storage/dbthread.h"
#include "storage/migrator.h"
#include "storage/walcheckpointer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace nexus {

namespace {
QString uniqueName(const QString &role)
{
    static QAtomicInt counter;
    return QStringLiteral("nexus-%1-%2").arg(role).arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Backend::~Backend()
{
    // Stop the threads before the gateway they call into goes away.
    if (m_bulk)
        m_bulk->stopAndWait();
    if (m_reader)
        m_reader->stopAndWait();
    if (m_writer)
        m_writer->stopAndWait();
    if (m_checkpointer)
        m_checkpointer->stop();
}

QString Backend::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/default");
}

bool Backend::profileExists(const QString &profileDir)
{
    return QFileInfo::exists(profileDir + QStringLiteral("/nexus.db"));
}

QString Backend::databasePath() const
{
    return m_profileDir + QStringLiteral("/nexus.db");
}

Result<std::unique_ptr<Backend>> Backend::open(const QString &profileDir, bool create)
{
    std::unique_ptr<Backend> b(new Backend);
    b->m_profileDir = QDir(profileDir).absolutePath();
    if (create && !QDir().mkpath(b->m_profileDir))
        return Error::make(ErrorCode::Storage, QStringLiteral("Cannot create the profile folder %1.").arg(b->m_profileDir),
                           QStringLiteral("Check the path and your permissions, or pick another with --profile."));
    if (!create && !profileExists(b->m_profileDir))
        return Error::make(ErrorCode::NotFound, QStringLiteral("There is no profile in %1.").arg(b->m_profileDir),
                           QStringLiteral("Create one with `nexusctl --profile %1 init`, or try the demo with --demo.").arg(b->m_profileDir));
    const QString path = b->databasePath();
    auto known = Migrator().latestVersion();
    if (!known)
        return known.error();
    b->m_writer = std::make_unique<DbThread>(path, uniqueName(QStringLiteral("writer")), create, *known);
    if (auto st = b->m_writer->startAndOpen(); !st)
        return st.error();
    const QString backups = b->m_profileDir + QStringLiteral("/backups");
    auto migrated = b->m_writer->runBlocking<Result<int>>(
        [&](QSqlDatabase &db) { return Migrator().migrate(db, backups); });
    if (!migrated)
        return migrated.error();
    b->m_checkpointer = std::make_unique<WalCheckpointer>(path, uniqueName(QStringLiteral("checkpoint")));
    if (auto st = b->m_checkpointer->start(); !st)
        return st.error();
    WalCheckpointer *ckpt = b->m_checkpointer.get();
    if (auto st = b->m_writer->runBlocking<Status>([ckpt](QSqlDatabase &db) { return ckpt->attach(db); }); !st)
        return st.error();
    b->m_reader = std::make_unique<DbThread>(path, uniqueName(QStringLiteral("reader")));
    b->m_bulk = std::make_unique<DbThread>(path, uniqueName(QStringLiteral("bulk")));
    for (DbThread *t : {b->m_reader.get(), b->m_bulk.get()})
        if (auto st = t->startAndOpen(); !st)
            return st.error();
    b->m_gateway = std::make_unique<Gateway>(b->m_writer.get(), b->m_reader.get());
    registerSystemMethods(*b->m_gateway);
    registerUserMethods(*b->m_gateway);
    registerIdentityMethods(*b->m_gateway);
    registerAuditMethods(*b->m_gateway);
    registerLedgerMethods(*b->m_gateway);
    registerOracleMethods(*b->m_gateway);
    registerLabelMethods(*b->m_gateway);
    registerSwapMethods(*b->m_gateway);
    registerNftMethods(*b->m_gateway);
    registerMarketMethods(*b->m_gateway);
    registerTicketMethods(*b->m_gateway);
    registerEventMethods(*b->m_gateway);
    registerWorldMethods(*b->m_gateway);
    registerAvatarMethods(*b->m_gateway);
    registerExperienceMethods(*b->m_gateway);
    registerTokenMethods(*b->m_gateway);
    Gateway *gw = b->m_gateway.get();
    if (auto st = b->m_writer->runBlocking<Status>([gw](QSqlDatabase &db) { return gw->reloadFromConfig(db); }); !st)
        return st.error();
    return b;
}

Result<Principal> Backend::initProfile(const QString &controllerName, const QString &passphrase, KeyType keyType)
{
    CallContext anon;
    anon.caller = Principal::anonymous();
    anon.origin = Origin::Cli;
    auto created = m_gateway->callBlocking(anon, QStringLiteral("identities.create"),
                                           {{QStringLiteral("name"), controllerName},
                                            {QStringLiteral("key_type"), keyTypeName(keyType)},
                                            {QStringLiteral("passphrase"), passphrase},
                                            {QStringLiteral("register"), false}});
    if (!created)
        return created.error();
    const Principal controller = Principal::fromText(created->toObject().value(QStringLiteral("principal")).toString()).value();
    CallContext ctx;
    ctx.caller = controller;
    ctx.origin = Origin::Cli;
    auto boot = m_gateway->callBlocking(ctx, QStringLiteral("system.bootstrap"), {{QStringLiteral("name"), controllerName}});
    if (!boot)
        return boot.error();
    return controller;
}

Result<Principal> Backend::resolveCaller(const QString &nameOrPrincipal)
{
    auto found = m_reader->runBlocking<Result<IdentityRecord>>(
        [&](QSqlDatabase &db) { return findIdentity(db, nameOrPrincipal); });
    if (found)
        return found->principal;
    if (auto p = Principal::fromText(nameOrPrincipal))
        return *p;
    return found.error();
}

} // namespace nexus
