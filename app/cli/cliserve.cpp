// `nexusctl serve` (the local HTTP API until Ctrl+C) and `nexusctl tokens` (its bearer tokens).

#include "cli.h"

#include "httpapi/httpapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace nexus {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1); // async-signal-safe
}

QString tokenLine(const QJsonObject &t)
{
    return QStringLiteral("%1  %2…  %3  %4\n")
        .arg(t.value(QStringLiteral("id")).toInteger(), 4)
        .arg(t.value(QStringLiteral("prefix")).toString(), -12)
        .arg(t.value(QStringLiteral("state")).toString(), -8)
        .arg(t.value(QStringLiteral("name")).toString());
}

} // namespace

int Cli::cmdTokens(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create") && args.size() <= 2) {
        QJsonObject a{{QStringLiteral("name"), args.value(1, QStringLiteral("nexusctl"))}};
        if (has(QStringLiteral("expires-days"))) {
            bool ok = false;
            const int days = opt(QStringLiteral("expires-days")).toInt(&ok);
            if (!ok || days < 1)
                return usage(QStringLiteral("--expires-days takes a whole number of days (1 or more)."));
            a.insert(QStringLiteral("expires_in_days"), days);
        }
        auto r = call(QStringLiteral("tokens.create"), a);
        if (!r)
            return fail(r.error());
        const QJsonObject t = r->toObject();
        print(t, QStringLiteral("%1\n\nToken %2 \"%3\" acts as %4. It is shown only now: keep it somewhere safe.\n"
                                "Send it as \"Authorization: Bearer TOKEN\"; revoke it with `nexusctl tokens revoke %2`.\n")
                     .arg(t.value(QStringLiteral("token")).toString())
                     .arg(t.value(QStringLiteral("id")).toInteger())
                     .arg(t.value(QStringLiteral("name")).toString(), t.value(QStringLiteral("owner")).toString()));
        return ExitOk;
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        QJsonObject a;
        if (has(QStringLiteral("all")))
            a.insert(QStringLiteral("all"), true);
        auto r = call(QStringLiteral("tokens.list"), a);
        if (!r)
            return fail(r.error());
        QString human;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray())
            human += tokenLine(v.toObject());
        print(*r, human.isEmpty() ? QStringLiteral("No API tokens.\n") : human);
        return ExitOk;
    }
    if (sub == QLatin1String("revoke") && args.size() == 2) {
        bool ok = false;
        const qint64 id = args[1].toLongLong(&ok);
        if (!ok || id < 1)
            return usage(QStringLiteral("tokens revoke takes a token id (see tokens list)."));
        auto r = call(QStringLiteral("tokens.revoke"), {{QStringLiteral("id"), id}});
        if (!r)
            return fail(r.error());
        print(*r, QStringLiteral("Token %1 revoked: it no longer opens the HTTP API.\n").arg(id));
        return ExitOk;
    }
    return usage(QStringLiteral("tokens create [NAME] [--expires-days N] | tokens list [--all] | tokens revoke ID"));
}

int Cli::cmdServe(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(QStringLiteral("serve takes options only: [--port N] [--max-body BYTES]"));
    http::HttpApiOptions options;
    if (has(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = opt(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return usage(QStringLiteral("--port takes a port number from 0 (any free port) to 65535."));
        options.port = quint16(port);
    }
    if (has(QStringLiteral("max-body"))) {
        bool ok = false;
        const qint64 bytes = opt(QStringLiteral("max-body")).toLongLong(&ok);
        if (!ok || bytes < 1024 || bytes > (64LL << 20))
            return usage(QStringLiteral("--max-body takes a size in bytes from 1024 to 67108864."));
        options.limits.maxBodyBytes = bytes;
    }
    auto b = backend();
    if (!b)
        return fail(b.error());
    http::HttpApi api((*b)->gateway(), (*b)->gateway().reader(), options);
    auto port = api.start();
    if (!port)
        return fail(port.error());
    if (has(QStringLiteral("demo"))) {
        // A temporary profile has no tokens yet and no other process can make one for it.
        auto t = call(QStringLiteral("tokens.create"), {{QStringLiteral("name"), QStringLiteral("demo")}});
        if (!t)
            return fail(t.error());
        note(QStringLiteral("demo token (acts as %1): %2")
                 .arg(t->toObject().value(QStringLiteral("owner")).toString(), t->toObject().value(QStringLiteral("token")).toString()));
    }
    print(QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(*port)}, {QStringLiteral("port"), *port}},
          QStringLiteral("Serving the local HTTP API on http://127.0.0.1:%1 (Ctrl+C stops it).\n"
                         "  try:   curl http://127.0.0.1:%1/health\n"
                         "  token: nexusctl tokens create --as IDENTITY NAME\n")
              .arg(*port));
    flushOutput();

    if (::pipe(g_signalPipe) != 0)
        return fail(Error::make(ErrorCode::Internal, QStringLiteral("Cannot set up the stop signal.")));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    api.stop();
    note(QStringLiteral("stopped after %1 requests").arg(api.served()));
    return ExitOk;
}

} // namespace nexus
