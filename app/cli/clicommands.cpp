#include "cli.h"

#include "jsontext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nexus {

namespace {

QString timeText(const QString &ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns.toLongLong() / 1000000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString argsSummary(const QJsonObject &schema)
{
    QStringList parts;
    const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
    const QJsonArray required = schema.value(QStringLiteral("required")).toArray();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        QString type = p.value(QStringLiteral("format")).toString(p.value(QStringLiteral("type")).toString(QStringLiteral("any")));
        if (p.contains(QStringLiteral("enum"))) {
            QStringList values;
            for (const QJsonValue &v : p.value(QStringLiteral("enum")).toArray())
                values << v.toString();
            type = values.join(QLatin1Char('|'));
        }
        const bool req = required.contains(it.key());
        parts << QStringLiteral("%1%2: %3%4").arg(req ? QString() : QStringLiteral("["), it.key(), type, req ? QString() : QStringLiteral("]"));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

int Cli::cmdInit()
{
    const QString dir = has(QStringLiteral("profile")) ? opt(QStringLiteral("profile"))
                                                       : qEnvironmentVariable("NEXUS_PROFILE", Backend::defaultProfileDir());
    if (has(QStringLiteral("demo")))
        return usage(QStringLiteral("init creates a real profile; it cannot be combined with --demo."));
    if (Backend::profileExists(dir))
        return fail(Error::make(ErrorCode::AlreadyExists, QStringLiteral("There is already a profile in %1.").arg(dir),
                                QStringLiteral("Use it as it is, or pick another folder with --profile DIR.")),
                    ExitUsage);
    const QString name = opt(QStringLiteral("name")).isEmpty() ? QStringLiteral("controller") : opt(QStringLiteral("name"));
    auto type = keyTypeFromName(opt(QStringLiteral("key-type")).isEmpty() ? QStringLiteral("ed25519") : opt(QStringLiteral("key-type")));
    if (!type)
        return fail(type.error(), ExitUsage);
    auto pass = passphrase(true);
    if (!pass)
        return fail(pass.error(), ExitUsage);
    auto b = backend(true);
    if (!b)
        return fail(b.error(), ExitProfile);
    auto controller = (*b)->initProfile(name, *pass, *type);
    if (!controller) {
        // Leave no half-made profile behind.
        const QString path = (*b)->databasePath();
        m_backend.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return fail(controller.error(), controller.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailed);
    }
    print(QJsonObject{{QStringLiteral("profile"), (*b)->profileDir()}, {QStringLiteral("controller"), controller->toText()},
                      {QStringLiteral("identity"), name}},
          QStringLiteral("Created profile %1\nController identity \"%2\": %3\n").arg((*b)->profileDir(), name, controller->toText()));
    return ExitOk;
}

int Cli::cmdIdentities(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        auto r = call(QStringLiteral("identities.list"), {});
        if (!r)
            return fail(r.error());
        QString human;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            human += QStringLiteral("%1  %2  %3  %4\n").arg(o.value(QStringLiteral("name")).toString(), -12)
                         .arg(o.value(QStringLiteral("role")).toString(), -11)
                         .arg(o.value(QStringLiteral("key_type")).toString(), -9)
                         .arg(o.value(QStringLiteral("principal")).toString());
        }
        print(*r, human.isEmpty() ? QStringLiteral("No identities.\n") : human);
        return ExitOk;
    }
    if (sub == QLatin1String("create") || sub == QLatin1String("import-pem")) {
        const bool import = sub == QLatin1String("import-pem");
        if (args.size() != (import ? 3 : 2))
            return usage(import ? QStringLiteral("identities import-pem NAME FILE") : QStringLiteral("identities create NAME"));
        QJsonObject callArgs{{QStringLiteral("name"), args[1]}, {QStringLiteral("register"), !has(QStringLiteral("no-register"))}};
        if (import) {
            QFile f(args[2]);
            if (!f.open(QIODevice::ReadOnly))
                return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("Cannot read %1.").arg(args[2])), ExitUsage);
            callArgs.insert(QStringLiteral("pem"), QString::fromUtf8(f.read(65536)));
        } else if (has(QStringLiteral("key-type"))) {
            callArgs.insert(QStringLiteral("key_type"), opt(QStringLiteral("key-type")));
        }
        auto b = backend();
        if (!b)
            return fail(b.error(), ExitProfile);
        auto pass = passphrase(!import);
        if (!pass)
            return fail(pass.error(), ExitUsage);
        callArgs.insert(QStringLiteral("passphrase"), *pass);
        auto r = call(import ? QStringLiteral("identities.import_pem") : QStringLiteral("identities.create"), callArgs);
        if (!r)
            return fail(r.error(), r.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailed);
        const QJsonObject o = r->toObject();
        print(o, QStringLiteral("%1 identity \"%2\" (%3): %4").arg(import ? QStringLiteral("Imported") : QStringLiteral("Created"),
                                                                    o.value(QStringLiteral("name")).toString(),
                                                                    o.value(QStringLiteral("key_type")).toString(),
                                                                    o.value(QStringLiteral("principal")).toString()));
        return ExitOk;
    }
    if (sub == QLatin1String("change-passphrase")) {
        if (args.size() != 2)
            return usage(QStringLiteral("identities change-passphrase NAME   (current: --passphrase-file/$NEXUS_PASSPHRASE, "
                                        "new: $NEXUS_NEW_PASSPHRASE or a prompt)"));
        auto b = backend();
        if (!b)
            return fail(b.error(), ExitProfile);
        auto current = passphrase(false);
        if (!current)
            return fail(current.error(), ExitUsage);
        QString next = qEnvironmentVariable("NEXUS_NEW_PASSPHRASE");
        if (next.isEmpty()) {
            if (has(QStringLiteral("passphrase-file")) || qEnvironmentVariableIsSet("NEXUS_PASSPHRASE"))
                return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("The new passphrase is missing."),
                                        QStringLiteral("Set NEXUS_NEW_PASSPHRASE.")),
                            ExitUsage);
            auto asked = passphrase(true);
            if (!asked)
                return fail(asked.error(), ExitUsage);
            next = *asked;
        }
        auto r = call(QStringLiteral("identities.change_passphrase"),
                      {{QStringLiteral("name"), args[1]}, {QStringLiteral("passphrase"), *current}, {QStringLiteral("new_passphrase"), next}});
        if (!r)
            return fail(r.error(), r.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailed);
        print(*r, QStringLiteral("Identity \"%1\" now uses the new passphrase.").arg(args[1]));
        return ExitOk;
    }
    if (sub == QLatin1String("export-principal")) {
        if (args.size() != 2)
            return usage(QStringLiteral("identities export-principal NAME"));
        auto r = call(QStringLiteral("identities.export_principal"), {{QStringLiteral("name"), args[1]}});
        if (!r)
            return fail(r.error());
        print(*r, r->toObject().value(QStringLiteral("principal")).toString());
        return ExitOk;
    }
    return usage(QStringLiteral("identities list | create NAME | import-pem NAME FILE | export-principal NAME | change-passphrase NAME"));
}

int Cli::cmdMethods(const QStringList &args)
{
    auto b = backend();
    if (!b)
        return fail(b.error(), ExitProfile);
    const QString service = args.value(0);
    QJsonArray all;
    QString human;
    for (const MethodDescriptor *m : (*b)->gateway().methods()) {
        if (!service.isEmpty() && m->service() != service)
            continue;
        all.append(m->toJson());
        human += QStringLiteral("%1 %2  %3\n    args: %4\n    who: %5%6\n")
                     .arg(m->name, -30)
                     .arg(m->mutates ? QStringLiteral("[change]") : QStringLiteral("[read]  "), m->summary,
                          argsSummary(m->schema).isEmpty() ? QStringLiteral("(none)") : argsSummary(m->schema),
                          roleName(m->minRole) + QStringLiteral(" or higher"),
                          m->permission ? QStringLiteral(", permission %1").arg(permissionName(*m->permission)) : QString());
    }
    if (all.isEmpty())
        return fail(Error::make(ErrorCode::NotFound, QStringLiteral("No methods for service \"%1\".").arg(service)), ExitUsage);
    print(all, human);
    return ExitOk;
}

int Cli::cmdCall(const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(QStringLiteral("call SERVICE.METHOD ['JSON-ARGS']"));
    QJsonObject callArgs;
    if (args.size() == 2) {
        auto parsed = jsonFromText(args[1]);
        if (!parsed)
            return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("The arguments are not valid JSON: %1").arg(parsed.error().message),
                                    QStringLiteral("Pass one JSON object, e.g. '{\"key\": \"ui.fiat_currency\"}'.")),
                        ExitUsage);
        if (!parsed->isObject())
            return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("The arguments must be a JSON object."),
                                    QStringLiteral("Wrap them in {...}; use '{}' for no arguments.")),
                        ExitUsage);
        callArgs = parsed->toObject();
    }
    auto b = backend();
    if (!b)
        return fail(b.error(), ExitProfile);
    auto r = call(args[0], callArgs);
    if (!r)
        return fail(r.error(), r.error().code == ErrorCode::InvalidArgument || r.error().code == ErrorCode::UnknownMethod ? ExitUsage : ExitFailed);
    print(*r);
    return ExitOk;
}

int Cli::cmdConfig(const QStringList &args)
{
    const QString sub = args.value(0);
    const QString reason = opt(QStringLiteral("reason"));
    if (sub == QLatin1String("get")) {
        QJsonObject a;
        if (args.size() > 1)
            a.insert(QStringLiteral("key"), args[1]);
        auto r = call(QStringLiteral("system.config_get"), a);
        if (!r)
            return fail(r.error());
        QString human;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            human += QStringLiteral("%1 = %2   (v%3)\n").arg(o.value(QStringLiteral("key")).toString(), -36)
                         .arg(jsonToText(o.value(QStringLiteral("value"))))
                         .arg(o.value(QStringLiteral("version")).toInteger());
        }
        print(*r, human);
        return ExitOk;
    }
    if (sub == QLatin1String("set")) {
        if (args.size() != 3)
            return usage(QStringLiteral("config set KEY JSON-VALUE   (strings need quotes: '\"EUR\"')"));
        auto value = jsonFromText(args[2]);
        if (!value)
            return fail(value.error(), ExitUsage);
        auto r = call(QStringLiteral("system.config_set"), {{QStringLiteral("key"), args[1]}, {QStringLiteral("value"), *value}, {QStringLiteral("reason"), reason}});
        if (!r)
            return fail(r.error(), r.error().code == ErrorCode::InvalidArgument ? ExitUsage : ExitFailed);
        print(*r, QStringLiteral("%1 is now %2 (version %3)").arg(args[1], jsonToText(*value)).arg(r->toObject().value(QStringLiteral("version")).toInteger()));
        return ExitOk;
    }
    if (sub == QLatin1String("history")) {
        if (args.size() != 2)
            return usage(QStringLiteral("config history KEY"));
        auto r = call(QStringLiteral("system.config_history"), {{QStringLiteral("key"), args[1]}});
        if (!r)
            return fail(r.error());
        QString human;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("versions")).toArray()) {
            const QJsonObject o = v.toObject();
            human += QStringLiteral("v%1  %2  %3  by %4%5\n").arg(o.value(QStringLiteral("version")).toInteger(), -4)
                         .arg(timeText(o.value(QStringLiteral("changed_ns")).toString()), jsonToText(o.value(QStringLiteral("value"))),
                              o.value(QStringLiteral("changed_by")).toString(),
                              o.value(QStringLiteral("reason")).toString().isEmpty() ? QString() : QStringLiteral("  (%1)").arg(o.value(QStringLiteral("reason")).toString()));
        }
        print(*r, human);
        return ExitOk;
    }
    if (sub == QLatin1String("rollback")) {
        bool ok = false;
        const qint64 version = args.value(2).toLongLong(&ok);
        if (args.size() != 3 || !ok || version < 1)
            return usage(QStringLiteral("config rollback KEY VERSION"));
        QJsonObject a{{QStringLiteral("key"), args[1]}, {QStringLiteral("version"), version}};
        if (!reason.isEmpty())
            a.insert(QStringLiteral("reason"), reason);
        auto r = call(QStringLiteral("system.config_rollback"), a);
        if (!r)
            return fail(r.error());
        print(*r, QStringLiteral("%1 restored to the value of v%2, saved as v%3").arg(args[1]).arg(version).arg(r->toObject().value(QStringLiteral("version")).toInteger()));
        return ExitOk;
    }
    return usage(QStringLiteral("config get [KEY] | set KEY JSON | history KEY | rollback KEY VERSION"));
}

int Cli::cmdStatus()
{
    auto r = call(QStringLiteral("system.status"), {});
    if (!r)
        return fail(r.error());
    const QJsonObject o = r->toObject();
    QString human = QStringLiteral("profile:      %1\nschema:       v%2\ncontroller:   %3\nusers:        %4\naudit:        %5 entries\n")
                        .arg(m_backend->profileDir())
                        .arg(o.value(QStringLiteral("schema_version")).toInt())
                        .arg(o.value(QStringLiteral("controller")).toString())
                        .arg(o.value(QStringLiteral("users")).toInteger())
                        .arg(o.value(QStringLiteral("audit_entries")).toInteger());
    human += o.value(QStringLiteral("maintenance")).toBool()
                 ? QStringLiteral("maintenance:  ON (%1)\n").arg(o.value(QStringLiteral("maintenance_message")).toString())
                 : QStringLiteral("maintenance:  off\n");
    human += o.value(QStringLiteral("emergency")).toBool()
                 ? QStringLiteral("emergency:    STOPPED (%1)\n").arg(o.value(QStringLiteral("emergency_reason")).toString())
                 : QStringLiteral("emergency:    none\n");
    print(o, human);
    return ExitOk;
}

} // namespace nexus
