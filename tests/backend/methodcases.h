#pragma once
// Example arguments for every gateway method, and the lowest role each mutation is meant for.
// A new method without an entry here makes tst_gateway fail: add it with valid arguments.

#include "testprofile.h"

#include <QHash>

#include <functional>
#include <optional>

namespace nexus::test {

// Prepares state through the controller and hands out fresh names and targets.
class CaseFixture
{
public:
    explicit CaseFixture(TestProfile &p) : m_p(p) {}

    int next() { return ++m_counter; }
    // A newly registered plain user, ready to be acted on.
    Principal freshUser()
    {
        const Principal t = principalFor(50000 + next());
        if (!m_p.addUser(t, QStringLiteral("Target %1").arg(m_counter), Role::User))
            QTest::qFail("could not create a target user", __FILE__, __LINE__);
        return t;
    }
    void prepare(const QString &method, const QJsonObject &args)
    {
        auto r = m_p.ctl(method, args);
        if (!r)
            qWarning("preparing %s failed: %s", qPrintable(method), errText(r).constData());
    }
    TestProfile &profile() { return m_p; }

private:
    TestProfile &m_p;
    int m_counter = 0;
};

struct MethodCase {
    // The lowest role that may call the method without explicit grants (Guest: anyone).
    Role lowest = Role::Guest;
    // Valid arguments; may prepare state through the fixture (when `prepare` is true).
    std::function<QJsonObject(CaseFixture &, bool prepare)> args;
    // A handler error an allowed caller of this role gets (the call is allowed, the state refuses it).
    std::function<std::optional<ErrorCode>(Role)> allowedError = [](Role) { return std::optional<ErrorCode>(); };
};

inline QHash<QString, MethodCase> mutatingCases()
{
    using Fx = CaseFixture;
    const QString P = QStringLiteral("principal");
    auto target = [P](Fx &f, bool prep) {
        return QJsonObject{{P, (prep ? f.freshUser() : principalFor(49999)).toText()}};
    };
    QHash<QString, MethodCase> c;
    c[QStringLiteral("users.register")] = {Role::Guest, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("Self %1").arg(f.next())}};
    }, [](Role r) { return r == Role::Guest ? std::optional<ErrorCode>() : ErrorCode::AlreadyExists; }};
    c[QStringLiteral("users.create")] = {Role::Admin, [P](Fx &f, bool) {
        return QJsonObject{{P, principalFor(60000 + f.next()).toText()}, {QStringLiteral("name"), QStringLiteral("Created")}};
    }};
    c[QStringLiteral("users.update_profile")] = {Role::User, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("bio"), QStringLiteral("bio %1").arg(f.next())}};
    }};
    c[QStringLiteral("users.set_role")] = {Role::Admin, [target](Fx &f, bool prep) {
        QJsonObject a = target(f, prep);
        a.insert(QStringLiteral("role"), QStringLiteral("creator"));
        return a;
    }};
    c[QStringLiteral("users.set_kyc")] = {Role::Admin, [target](Fx &f, bool prep) {
        QJsonObject a = target(f, prep);
        a.insert(QStringLiteral("status"), QStringLiteral("verified"));
        return a;
    }};
    c[QStringLiteral("users.grant_permission")] = {Role::Admin, [target](Fx &f, bool prep) {
        QJsonObject a = target(f, prep);
        a.insert(QStringLiteral("permission"), QStringLiteral("verify_kyc"));
        return a;
    }};
    c[QStringLiteral("users.revoke_permission")] = {Role::Admin, [target](Fx &f, bool prep) {
        QJsonObject a = target(f, prep);
        a.insert(QStringLiteral("permission"), QStringLiteral("verify_kyc"));
        if (prep)
            f.prepare(QStringLiteral("users.grant_permission"), a);
        return a;
    }};
    c[QStringLiteral("users.set_disabled")] = {Role::Admin, [target](Fx &f, bool prep) {
        QJsonObject a = target(f, prep);
        a.insert(QStringLiteral("disabled"), true);
        return a;
    }};
    c[QStringLiteral("users.remove")] = {Role::Admin, target};
    c[QStringLiteral("system.config_set")] = {Role::SuperAdmin, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("key"), QStringLiteral("ui.fiat_currency")},
                           {QStringLiteral("value"), QStringLiteral("X%1").arg(f.next())},
                           {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("system.config_rollback")] = {Role::SuperAdmin, [](Fx &f, bool prep) {
        if (prep)
            f.prepare(QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("ui.fiat_currency")},
                                                             {QStringLiteral("value"), QStringLiteral("R%1").arg(f.next())}});
        return QJsonObject{{QStringLiteral("key"), QStringLiteral("ui.fiat_currency")}, {QStringLiteral("version"), 1}};
    }};
    c[QStringLiteral("system.flag_set")] = {Role::SuperAdmin, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("flag_%1").arg(f.next())}, {QStringLiteral("enabled"), true}};
    }};
    c[QStringLiteral("system.set_maintenance")] = {Role::SuperAdmin, [](Fx &, bool) {
        return QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("message"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("system.emergency_stop")] = {Role::SuperAdmin, [](Fx &, bool) {
        return QJsonObject{{QStringLiteral("reason"), QStringLiteral("matrix drill")}};
    }};
    c[QStringLiteral("system.resume")] = {Role::SuperAdmin, [](Fx &f, bool prep) {
        if (prep)
            f.prepare(QStringLiteral("system.emergency_stop"), {{QStringLiteral("reason"), QStringLiteral("before resume")}});
        return QJsonObject{{QStringLiteral("note"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("system.bootstrap")] = {Role::Guest, [](Fx &, bool) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("Usurper")}};
    }, [](Role) { return std::optional<ErrorCode>(ErrorCode::AlreadyExists); }};
    c[QStringLiteral("identities.create")] = {Role::Guest, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("id-%1").arg(f.next())}, {QStringLiteral("passphrase"), kPassphrase},
                           {QStringLiteral("register"), false}};
    }};
    c[QStringLiteral("identities.import_pem")] = {Role::Guest, [](Fx &f, bool) {
        const int n = f.next();
        QByteArray raw(32, '\x42');
        raw[0] = char(n);
        raw[1] = char(n >> 8);
        const QString pem = QString::fromUtf8(KeyPair::fromRawPrivate(KeyType::Ed25519, raw)->toPem());
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("pem-%1").arg(n)}, {QStringLiteral("pem"), pem},
                           {QStringLiteral("passphrase"), kPassphrase}, {QStringLiteral("register"), false}};
    }};
    c[QStringLiteral("identities.change_passphrase")] = {Role::Guest, [](Fx &f, bool prep) {
        const QString name = prep ? QStringLiteral("chg-%1").arg(f.next()) : QStringLiteral("ctl");
        if (prep)
            f.prepare(QStringLiteral("identities.create"), {{QStringLiteral("name"), name}, {QStringLiteral("passphrase"), kPassphrase},
                                                             {QStringLiteral("register"), false}});
        return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("passphrase"), kPassphrase},
                           {QStringLiteral("new_passphrase"), QStringLiteral("a new passphrase")}};
    }};
    return c;
}

// Example arguments for every read; reads must keep working in maintenance and emergency.
inline QHash<QString, QJsonObject> readCases()
{
    return {
        {QStringLiteral("users.get"), {}},
        {QStringLiteral("users.list"), {{QStringLiteral("limit"), 5}}},
        {QStringLiteral("users.whoami"), {}},
        {QStringLiteral("system.config_get"), {{QStringLiteral("prefix"), QStringLiteral("feature.")}}},
        {QStringLiteral("system.config_history"), {{QStringLiteral("key"), QStringLiteral("ui.fiat_currency")}}},
        {QStringLiteral("system.status"), {}},
        {QStringLiteral("identities.list"), {}},
        {QStringLiteral("identities.export_principal"), {{QStringLiteral("name"), QStringLiteral("ctl")}}},
        {QStringLiteral("audit.list"), {{QStringLiteral("limit"), 3}}},
        {QStringLiteral("audit.get"), {{QStringLiteral("seq"), 1}}},
        {QStringLiteral("audit.verify"), {}},
        {QStringLiteral("audit.export"), {{QStringLiteral("to_seq"), 2}}},
    };
}

// True for the gateway's own role / permission refusal (not a handler's rule).
inline bool isGatewayDenial(const Error &e)
{
    return e.code == ErrorCode::PermissionDenied
           && (e.message.contains(QLatin1String("needs the role")) || e.message.contains(QLatin1String("which you do not hold"))
               || e.message.contains(QLatin1String("needs a registered user")));
}

} // namespace nexus::test
