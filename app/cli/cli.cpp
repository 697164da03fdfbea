#include "cli.h"

#include "demo/demoseeder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace nexus {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const char *kUsage = R"(Usage: nexusctl [--profile DIR | --demo] [--as IDENTITY] [--json] COMMAND ...

Commands:
  init [--name NAME] [--key-type ed25519|secp256k1]   create a profile and its controller identity
  status                                               maintenance / emergency state and counts
  identities list
  identities create NAME [--key-type T] [--no-register]
  identities import-pem NAME FILE                      import a dfx identity PEM
  identities export-principal NAME
  identities change-passphrase NAME                    re-seal a key ($NEXUS_NEW_PASSPHRASE or a prompt)
  methods [SERVICE]                                    the gateway's method table with argument schemas
  call SERVICE.METHOD ['JSON-ARGS']                    call any gateway method
  config get [KEY] | set KEY JSON [--reason R] | history KEY | rollback KEY VERSION [--reason R]
  audit list [--caller P] [--method M] [--outcome ok|error|CODE] [--text T] [--limit N] [--offset N]
  audit verify [--from SEQ] [--to SEQ] | audit verify --file FILE
  audit export --out FILE [--from SEQ] [--to SEQ]
  demo seed [--users N]                                fill a new profile with the demo dataset
  swap-secret                                          a new swap secret and its hashlock (for swaps.initiate)
  events verify-pass PASS [--organiser P] [--at NS]    check an attendance pass offline (no profile needed)
  tokens create [NAME] [--expires-days N]              a bearer token for the HTTP API, acting as --as
  tokens list [--all] | tokens revoke ID
  serve [--port N] [--max-body BYTES]                  the local HTTP API on 127.0.0.1 (default port 8787)

Options:
  --profile DIR        profile folder (default: the app's data folder, or $NEXUS_PROFILE)
  --demo               a fresh temporary profile filled with the demo dataset
  --as IDENTITY        act as this identity name or principal (default: $NEXUS_AS, else the controller)
  --json               machine-readable JSON output
  --passphrase-file F  read the key passphrase from F (else $NEXUS_PASSPHRASE, else a prompt)

Exit codes: 0 ok, 1 usage or bad input, 2 refused or failed call, 3 profile cannot be opened.
)";

} // namespace

Cli::Cli()
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("Profile folder."), QStringLiteral("DIR")},
        {QStringLiteral("demo"), QStringLiteral("Temporary demo profile.")},
        {QStringLiteral("as"), QStringLiteral("Identity to act as."), QStringLiteral("IDENTITY")},
        {QStringLiteral("json"), QStringLiteral("JSON output.")},
        {QStringLiteral("passphrase-file"), QStringLiteral("Passphrase file."), QStringLiteral("FILE")},
        {QStringLiteral("name"), QStringLiteral("Name."), QStringLiteral("NAME")},
        {QStringLiteral("key-type"), QStringLiteral("Key type."), QStringLiteral("TYPE")},
        {QStringLiteral("no-register"), QStringLiteral("Do not register the identity as a user.")},
        {QStringLiteral("reason"), QStringLiteral("Reason."), QStringLiteral("TEXT")},
        {QStringLiteral("caller"), QStringLiteral("Caller filter."), QStringLiteral("PRINCIPAL")},
        {QStringLiteral("method"), QStringLiteral("Method filter."), QStringLiteral("METHOD")},
        {QStringLiteral("outcome"), QStringLiteral("Outcome filter."), QStringLiteral("OUTCOME")},
        {QStringLiteral("text"), QStringLiteral("Text filter."), QStringLiteral("TEXT")},
        {QStringLiteral("limit"), QStringLiteral("Page size."), QStringLiteral("N")},
        {QStringLiteral("offset"), QStringLiteral("Page offset."), QStringLiteral("N")},
        {QStringLiteral("from"), QStringLiteral("First sequence number."), QStringLiteral("SEQ")},
        {QStringLiteral("to"), QStringLiteral("Last sequence number."), QStringLiteral("SEQ")},
        {QStringLiteral("file"), QStringLiteral("Input file."), QStringLiteral("FILE")},
        {QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE")},
        {QStringLiteral("users"), QStringLiteral("Generated demo users."), QStringLiteral("N")},
        {QStringLiteral("organiser"), QStringLiteral("Expected organiser of a pass."), QStringLiteral("PRINCIPAL")},
        {QStringLiteral("at"), QStringLiteral("Check time in ns."), QStringLiteral("NS")},
        {QStringLiteral("port"), QStringLiteral("HTTP port."), QStringLiteral("N")},
        {QStringLiteral("max-body"), QStringLiteral("Largest request body."), QStringLiteral("BYTES")},
        {QStringLiteral("expires-days"), QStringLiteral("Token lifetime in days."), QStringLiteral("N")},
        {QStringLiteral("all"), QStringLiteral("Everyone's, not only yours.")},
    });
    m_parser.addHelpOption();
    m_parser.addVersionOption();
}

int Cli::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << kUsage;
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out() << "nexusctl " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    m_json = has(QStringLiteral("json"));
    if (has(QStringLiteral("demo")) && has(QStringLiteral("profile")))
        return usage(QStringLiteral("--demo and --profile cannot be combined."));
    const QStringList pos = m_parser.positionalArguments();
    if (pos.isEmpty())
        return usage(QStringLiteral("No command given."));
    const QString cmd = pos.first();
    const QStringList rest = pos.mid(1);
    int code = ExitUsage;
    if (cmd == QLatin1String("init"))
        code = cmdInit();
    else if (cmd == QLatin1String("identities"))
        code = cmdIdentities(rest);
    else if (cmd == QLatin1String("methods"))
        code = cmdMethods(rest);
    else if (cmd == QLatin1String("call"))
        code = cmdCall(rest);
    else if (cmd == QLatin1String("config"))
        code = cmdConfig(rest);
    else if (cmd == QLatin1String("status"))
        code = cmdStatus();
    else if (cmd == QLatin1String("audit"))
        code = cmdAudit(rest);
    else if (cmd == QLatin1String("demo"))
        code = cmdDemo(rest);
    else if (cmd == QLatin1String("swap-secret"))
        code = rest.isEmpty() ? cmdSwapSecret() : usage(QStringLiteral("swap-secret takes no arguments."));
    else if (cmd == QLatin1String("events"))
        code = cmdEvents(rest);
    else if (cmd == QLatin1String("tokens"))
        code = cmdTokens(rest);
    else if (cmd == QLatin1String("serve"))
        code = cmdServe(rest);
    else
        code = usage(QStringLiteral("Unknown command \"%1\".").arg(cmd));
    out().flush();
    err().flush();
    return code;
}

int Cli::usage(const QString &message)
{
    err() << "nexusctl: " << message << "\n\n" << kUsage;
    return ExitUsage;
}

int Cli::fail(const Error &e, int code)
{
    if (m_profileFailed && code == ExitFailed)
        code = ExitProfile;
    if (m_json) {
        err() << QJsonDocument(QJsonObject{{QStringLiteral("error"), e.toJson()}}).toJson(QJsonDocument::Compact) << "\n";
    } else {
        err() << "error (" << e.codeName() << "): " << e.message << "\n";
        if (!e.hint.isEmpty())
            err() << "  what to do: " << e.hint << "\n";
        if (e.retryAfterMs > 0)
            err() << "  retry after: " << e.retryAfterMs << " ms\n";
    }
    return code;
}

void Cli::print(const QJsonValue &v, const QString &human)
{
    if (m_json || human.isNull()) {
        const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
        if (v.isObject() || v.isArray())
            out() << doc.toJson(m_json ? QJsonDocument::Compact : QJsonDocument::Indented);
        else
            out() << v.toVariant().toString() << "\n";
        if (m_json)
            out() << "\n";
        return;
    }
    out() << human;
    if (!human.endsWith(QLatin1Char('\n')))
        out() << "\n";
}

void Cli::flushOutput()
{
    out().flush();
    err().flush();
}

void Cli::note(const QString &line)
{
    err() << line << "\n";
    err().flush();
}

Status Cli::seedDemo(int users)
{
    DemoOptions options;
    if (users >= 0)
        options.generatedUsers = users;
    DemoSeeder seeder(*m_backend, options);
    int lastPercent = -1;
    return seeder.run([&](int done, int total, const QString &stage) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (!m_json && percent != lastPercent && percent % 10 == 0)
            err() << "seeding demo data: " << percent << "% (" << stage << ")\n";
        lastPercent = percent;
        err().flush();
        return true;
    });
}

Result<Backend *> Cli::backend(bool create)
{
    if (m_backend)
        return m_backend.get();
    if (has(QStringLiteral("demo"))) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        if (!m_demoDir->isValid())
            return Error::make(ErrorCode::Storage, QStringLiteral("Cannot create a temporary folder for the demo profile."));
        auto b = Backend::open(m_demoDir->path(), true);
        if (!b) {
            m_profileFailed = true;
            return b.error();
        }
        m_backend = std::move(b).value();
        if (auto st = seedDemo(-1); !st)
            return st.error();
        return m_backend.get();
    }
    QString dir = opt(QStringLiteral("profile"));
    if (dir.isEmpty())
        dir = qEnvironmentVariable("NEXUS_PROFILE", Backend::defaultProfileDir());
    auto b = Backend::open(dir, create);
    if (!b) {
        m_profileFailed = true;
        return b.error();
    }
    m_backend = std::move(b).value();
    return m_backend.get();
}

Result<Principal> Cli::caller()
{
    if (m_caller)
        return *m_caller;
    auto b = backend();
    if (!b)
        return b.error();
    QString who = opt(QStringLiteral("as"));
    if (who.isEmpty())
        who = qEnvironmentVariable("NEXUS_AS");
    if (who.isEmpty()) {
        // Default: the profile's controller.
        CallContext anon;
        anon.caller = Principal::anonymous();
        anon.origin = Origin::Cli;
        auto st = (*b)->gateway().callBlocking(anon, QStringLiteral("system.status"), {});
        if (!st)
            return st.error();
        const QString controller = st->toObject().value(QStringLiteral("controller")).toString();
        if (controller.isEmpty())
            return Error::make(ErrorCode::NotFound, QStringLiteral("This profile has no controller yet."),
                               QStringLiteral("Run `nexusctl init` first."));
        who = controller;
    }
    auto p = (*b)->resolveCaller(who);
    if (!p)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("--as %1: %2").arg(who, p.error().message), p.error().hint);
    m_caller = *p;
    return *p;
}

Result<QJsonValue> Cli::call(const QString &method, const QJsonObject &args)
{
    auto who = caller();
    if (!who)
        return who.error();
    CallContext ctx;
    ctx.caller = *who;
    ctx.origin = Origin::Cli;
    return m_backend->gateway().callBlocking(ctx, method, args);
}

Result<QString> Cli::passphrase(bool confirm)
{
    if (has(QStringLiteral("passphrase-file"))) {
        QFile f(opt(QStringLiteral("passphrase-file")));
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Cannot read the passphrase file %1.").arg(f.fileName()));
        return QString::fromUtf8(f.readAll()).section(QLatin1Char('\n'), 0, 0);
    }
    if (qEnvironmentVariableIsSet("NEXUS_PASSPHRASE"))
        return qEnvironmentVariable("NEXUS_PASSPHRASE");
    if (!isatty(STDIN_FILENO))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("A passphrase is needed but there is no terminal to ask on."),
                           QStringLiteral("Pass --passphrase-file FILE or set NEXUS_PASSPHRASE."));
    auto ask = [](const char *prompt) {
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::fputs(prompt, stderr);
        char buf[1024] = {};
        const bool ok = std::fgets(buf, sizeof buf, stdin) != nullptr;
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
        QString s = ok ? QString::fromUtf8(buf) : QString();
        s.chop(s.endsWith(QLatin1Char('\n')) ? 1 : 0);
        return s;
    };
    const QString first = ask("Passphrase: ");
    if (confirm && ask("Repeat passphrase: ") != first)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("The passphrases do not match."));
    return first;
}

} // namespace nexus
