#pragma once
// nexusctl: the command line face of the gateway. Every command goes through Backend/Gateway.

#include "backend.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace nexus {

// Exit codes: 0 ok, 1 usage or bad input, 2 refused or failed call, 3 profile cannot be opened.
enum Exit { ExitOk = 0, ExitUsage = 1, ExitFailed = 2, ExitProfile = 3 };

class Cli
{
public:
    Cli();
    int run(const QStringList &arguments);

private:
    // Shared plumbing (cli.cpp)
    int usage(const QString &message);
    int fail(const Error &e, int code = ExitFailed);
    void print(const QJsonValue &v, const QString &human = {});
    void flushOutput(); // both streams, for long-running commands (serve)
    void note(const QString &line); // one line on stderr, flushed
    Result<Backend *> backend(bool create = false);
    Result<Principal> caller();
    Result<QJsonValue> call(const QString &method, const QJsonObject &args);
    Result<QString> passphrase(bool confirm);
    QString opt(const QString &name) const { return m_parser.value(name); }
    bool has(const QString &name) const { return m_parser.isSet(name); }

    // Commands (clicommands.cpp, cliaudit.cpp, clievents.cpp)
    int cmdInit();
    int cmdIdentities(const QStringList &args);
    int cmdMethods(const QStringList &args);
    int cmdCall(const QStringList &args);
    int cmdConfig(const QStringList &args);
    int cmdStatus();
    int cmdAudit(const QStringList &args);
    int cmdAuditVerifyFile(const QString &path);
    int cmdDemo(const QStringList &args);
    int cmdSwapSecret(); // cliswaps.cpp
    int cmdEvents(const QStringList &args); // clievents.cpp
    int cmdTokens(const QStringList &args); // cliserve.cpp
    int cmdServe(const QStringList &args);  // cliserve.cpp
    Status seedDemo(int users);

    QCommandLineParser m_parser;
    bool m_json = false;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Backend> m_backend;
    std::optional<Principal> m_caller;
    bool m_profileFailed = false; // the profile could not be opened: every command then exits 3
};

} // namespace nexus
