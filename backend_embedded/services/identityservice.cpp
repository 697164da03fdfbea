#include "identityservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "keyvault.h"
#include "servicesupport.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nexus {

using namespace svc;

namespace {

const QString kName = QStringLiteral("name");
const QString kPassphrase = QStringLiteral("passphrase");

Status checkName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    if (!re.match(name).hasMatch())
        return invalid(QStringLiteral("\"%1\" is not a valid identity name.").arg(name),
                       QStringLiteral("Use 1–32 letters, digits, '.', '_' or '-', starting with a letter or digit."));
    return {};
}

Status checkPassphrase(const QString &p)
{
    if (p.size() < 8)
        return invalid(QStringLiteral("The passphrase is too short (%1 characters).").arg(p.size()),
                       QStringLiteral("Use at least 8 characters; a few random words work well."));
    return {};
}

Result<QJsonValue> store(ExecContext &ctx, const QString &name, const KeyPair &key, const QString &passphrase, bool registerUser)
{
    auto exists = Database::exec(ctx.db, QStringLiteral("SELECT name FROM identities WHERE name = ? OR principal = ?"),
                                 {name, key.principal().bytes()});
    if (!exists)
        return exists.error();
    if (exists->next())
        return Error::make(ErrorCode::AlreadyExists,
                           QStringLiteral("An identity named \"%1\" or with principal %2 already exists.").arg(exists->value(0).toString(), key.principal().toText()),
                           QStringLiteral("Pick another name; `nexusctl identities list` shows the existing ones."));
    QByteArray raw = key.rawPrivate();
    auto sealed = sealSecret(raw, passphrase, key.principal().bytes());
    raw.fill('\0');
    if (!sealed)
        return sealed.error();
    const qint64 ts = ctx.call.timeNs ? ctx.call.timeNs : nowNs();
    if (auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO identities (name, principal, key_type, public_der, sealed_key, created_ns) "
                                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                                {name, key.principal().bytes(), keyTypeName(key.type()), key.derPublicKey(), *sealed, ts});
        !r)
        return r.error();
    if (registerUser) {
        auto known = Database::exec(ctx.db, QStringLiteral("SELECT 1 FROM users WHERE principal = ?"), {key.principal().bytes()});
        if (!known)
            return known.error();
        if (!known->next())
            if (auto r = Database::exec(ctx.db, QStringLiteral("INSERT INTO users (principal, name, role, created_ns, updated_ns) VALUES (?, ?, 'user', ?, ?)"),
                                        {key.principal().bytes(), name, ts, ts});
                !r)
                return r.error();
        ctx.changed(QStringLiteral("users"), {key.principal().toText()});
    }
    ctx.changed(QStringLiteral("identities"), {name});
    ctx.summary = QStringLiteral("identity \"%1\" (%2, %3)").arg(name, keyTypeName(key.type()), key.principal().toText());
    return QJsonObject{{kName, name}, {QStringLiteral("principal"), key.principal().toText()},
                       {QStringLiteral("key_type"), keyTypeName(key.type())}};
}

Result<QJsonValue> createIdentity(ExecContext &ctx, const QJsonObject &args)
{
    const QString name = args.value(kName).toString();
    if (auto st = checkName(name); !st)
        return st.error();
    if (auto st = checkPassphrase(args.value(kPassphrase).toString()); !st)
        return st.error();
    auto type = keyTypeFromName(args.value(QStringLiteral("key_type")).toString(QStringLiteral("ed25519")));
    if (!type)
        return type.error();
    auto key = KeyPair::generate(*type);
    if (!key)
        return key.error();
    return store(ctx, name, *key, args.value(kPassphrase).toString(), args.value(QStringLiteral("register")).toBool(true));
}

Result<QJsonValue> importPem(ExecContext &ctx, const QJsonObject &args)
{
    const QString name = args.value(kName).toString();
    if (auto st = checkName(name); !st)
        return st.error();
    if (auto st = checkPassphrase(args.value(kPassphrase).toString()); !st)
        return st.error();
    auto key = KeyPair::fromPem(args.value(QStringLiteral("pem")).toString().toUtf8());
    if (!key)
        return key.error();
    return store(ctx, name, *key, args.value(kPassphrase).toString(), args.value(QStringLiteral("register")).toBool(true));
}

Result<QJsonValue> list(ExecContext &ctx, const QJsonObject &)
{
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT i.name, i.principal, i.key_type, i.created_ns, u.role, u.name "
                                                   "FROM identities i LEFT JOIN users u ON u.principal = i.principal ORDER BY i.created_ns, i.name"));
    if (!q)
        return q.error();
    QJsonArray items;
    while (q->next()) {
        items.append(QJsonObject{{kName, q->value(0).toString()},
                                 {QStringLiteral("principal"), Principal::fromBytes(q->value(1).toByteArray())->toText()},
                                 {QStringLiteral("key_type"), q->value(2).toString()},
                                 {QStringLiteral("created_ns"), QString::number(q->value(3).toLongLong())},
                                 {QStringLiteral("role"), q->value(4).isNull() ? QStringLiteral("guest") : q->value(4).toString()},
                                 {QStringLiteral("display_name"), q->value(5).toString()}});
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

Result<QJsonValue> exportPrincipal(ExecContext &ctx, const QJsonObject &args)
{
    auto id = findIdentity(ctx.db, args.value(kName).toString());
    if (!id)
        return id.error();
    return QJsonObject{{kName, id->name}, {QStringLiteral("principal"), id->principal.toText()},
                       {QStringLiteral("key_type"), keyTypeName(id->keyType)},
                       {QStringLiteral("public_key_der"), QString::fromLatin1(id->publicDer.toHex())}};
}

Result<QJsonValue> changePassphrase(ExecContext &ctx, const QJsonObject &args)
{
    const QString name = args.value(kName).toString();
    const QString newPassphrase = args.value(QStringLiteral("new_passphrase")).toString();
    if (auto st = checkPassphrase(newPassphrase); !st)
        return st.error();
    auto id = findIdentity(ctx.db, name);
    if (!id)
        return id.error();
    auto key = unlockIdentity(ctx.db, id->name, args.value(kPassphrase).toString());
    if (!key)
        return key.error();
    QByteArray raw = key->rawPrivate();
    auto sealed = sealSecret(raw, newPassphrase, id->principal.bytes());
    raw.fill('\0');
    if (!sealed)
        return sealed.error();
    if (auto r = Database::exec(ctx.db, QStringLiteral("UPDATE identities SET sealed_key = ? WHERE name = ?"), {*sealed, id->name}); !r)
        return r.error();
    ctx.summary = QStringLiteral("new passphrase for identity \"%1\"").arg(id->name);
    ctx.changed(QStringLiteral("identities"), {id->name});
    return QJsonObject{{kName, id->name}, {QStringLiteral("principal"), id->principal.toText()}};
}

} // namespace

Result<IdentityRecord> findIdentity(QSqlDatabase &db, const QString &nameOrPrincipal)
{
    const auto asPrincipal = Principal::fromText(nameOrPrincipal);
    auto q = Database::exec(db, QStringLiteral("SELECT name, principal, key_type, public_der FROM identities WHERE name = ? OR principal = ?"),
                            {nameOrPrincipal, asPrincipal ? asPrincipal->bytes() : QByteArray()});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(QStringLiteral("No identity \"%1\" in this profile.").arg(nameOrPrincipal),
                        QStringLiteral("`nexusctl identities list` shows them; create one with `nexusctl identities create NAME`."));
    IdentityRecord r;
    r.name = q->value(0).toString();
    r.principal = Principal::fromBytes(q->value(1).toByteArray()).value();
    r.keyType = keyTypeFromName(q->value(2).toString()).value();
    r.publicDer = q->value(3).toByteArray();
    return r;
}

Result<KeyPair> unlockIdentity(QSqlDatabase &db, const QString &name, const QString &passphrase)
{
    auto id = findIdentity(db, name);
    if (!id)
        return id.error();
    auto q = Database::exec(db, QStringLiteral("SELECT sealed_key FROM identities WHERE name = ?"), {id->name});
    if (!q || !q->next())
        return Database::storageError(QStringLiteral("Cannot read the key store"), QString());
    auto raw = openSecret(q->value(0).toByteArray(), passphrase, id->principal.bytes());
    if (!raw) {
        if (raw.error().code == ErrorCode::Unauthenticated)
            return Error::make(ErrorCode::Unauthenticated, QStringLiteral("Wrong passphrase for identity \"%1\".").arg(id->name),
                               QStringLiteral("Type it again; passphrases are case-sensitive. Nothing was changed."));
        return raw.error();
    }
    QByteArray secret = *raw;
    auto key = KeyPair::fromRawPrivate(id->keyType, secret);
    secret.fill('\0');
    return key;
}

void registerIdentityMethods(Gateway &gw)
{
    MethodDescriptor create;
    create.name = QStringLiteral("identities.create");
    create.summary = QStringLiteral("Create a new key identity (Ed25519 or secp256k1), sealed with a passphrase");
    create.schema = schema::object({{kName, schema::string(1, 32)}, {QStringLiteral("key_type"), schema::enumOf({QStringLiteral("ed25519"), QStringLiteral("secp256k1")})},
                                    {kPassphrase, schema::string(1, 1024)}, {QStringLiteral("register"), schema::boolean()}},
                                   {kName, kPassphrase});
    create.mutates = true;
    create.rateClass = QStringLiteral("sensitive");
    create.secretArgs = {kPassphrase};
    create.handler = createIdentity;
    gw.registerMethod(create);

    MethodDescriptor import = create;
    import.name = QStringLiteral("identities.import_pem");
    import.summary = QStringLiteral("Import a dfx identity PEM (Ed25519 or secp256k1)");
    import.schema = schema::object({{kName, schema::string(1, 32)}, {QStringLiteral("pem"), schema::string(1, 16384)},
                                    {kPassphrase, schema::string(1, 1024)}, {QStringLiteral("register"), schema::boolean()}},
                                   {kName, QStringLiteral("pem"), kPassphrase});
    import.secretArgs = {kPassphrase, QStringLiteral("pem")};
    import.handler = importPem;
    gw.registerMethod(import);

    MethodDescriptor change = create;
    change.name = QStringLiteral("identities.change_passphrase");
    change.summary = QStringLiteral("Re-seal an identity's key with a new passphrase (needs the current one)");
    change.schema = schema::object({{kName, schema::string(1, 64)}, {kPassphrase, schema::string(1, 1024)},
                                    {QStringLiteral("new_passphrase"), schema::string(1, 1024)}},
                                   {kName, kPassphrase, QStringLiteral("new_passphrase")});
    change.secretArgs = {kPassphrase, QStringLiteral("new_passphrase")};
    change.handler = changePassphrase;
    gw.registerMethod(change);

    MethodDescriptor lst;
    lst.name = QStringLiteral("identities.list");
    lst.summary = QStringLiteral("Identities in this profile's key store");
    lst.schema = schema::object({});
    lst.handler = list;
    gw.registerMethod(lst);

    MethodDescriptor exp;
    exp.name = QStringLiteral("identities.export_principal");
    exp.summary = QStringLiteral("An identity's principal and DER public key (never the private key)");
    exp.schema = schema::object({{kName, schema::string(1, 64)}}, {kName});
    exp.handler = exportPrincipal;
    gw.registerMethod(exp);
}

} // namespace nexus
