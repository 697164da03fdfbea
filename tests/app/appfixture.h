#pragma once
// Shared fixture for the app suites: a real profile in a temporary folder with a controller
// ("ada"), a Session acting as it, and helpers to create users and identities quickly.

#include "backend.h"
#include "keys.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace nexus::test {

inline const QString kPassphrase = QStringLiteral("passphrase-for-tests");

// A deterministic principal for small integers (distinct n -> distinct principal).
inline Principal principalFor(int n)
{
    QByteArray raw(32, '\x22');
    raw[0] = char(n & 0xff);
    raw[1] = char((n >> 8) & 0xff);
    raw[2] = char((n >> 16) & 0xff);
    return KeyPair::fromRawPrivate(KeyType::Ed25519, raw)->principal();
}

inline QByteArray describe(const Result<QJsonValue> &r)
{
    return r ? QByteArrayLiteral("ok") : (r.error().codeName() + QStringLiteral(": ") + r.error().message).toUtf8();
}

class AppFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    std::unique_ptr<Session> session;
    Principal controller;

    // Opens a fresh profile with the controller "ada"; false (with a QTest failure) on error.
    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!dir.isValid())
            return false;
        auto opened = Backend::open(dir.path(), true);
        if (!opened) {
            qWarning() << "open failed:" << opened.error().message;
            return false;
        }
        backend = std::move(*opened);
        auto ctl = backend->initProfile(QStringLiteral("ada"), kPassphrase);
        if (!ctl) {
            qWarning() << "init failed:" << ctl.error().message;
            return false;
        }
        controller = *ctl;
        return true;
    }

    // A session acting as the highest-ranked identity (ada), with its permissions known.
    bool startSession()
    {
        session = std::make_unique<Session>(*backend, false);
        QSignalSpy access(session.get(), &Session::accessChanged);
        session->start();
        return access.wait(10000) && session->hasCaller();
    }

    // Seeding-style call (not rate limited), waiting for the answer.
    Result<QJsonValue> call(const Principal &as, const QString &method, const QJsonObject &args)
    {
        CallContext ctx;
        ctx.caller = as;
        ctx.origin = Origin::Seed;
        return backend->gateway().callBlocking(ctx, method, args);
    }

    Principal createUser(int n, const QString &name, const QString &role = QStringLiteral("user"))
    {
        const Principal p = principalFor(n);
        auto r = call(controller, QStringLiteral("users.create"),
                      {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("name"), name},
                       {QStringLiteral("email"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.org")},
                       {QStringLiteral("role"), role}});
        if (!r)
            qWarning() << "users.create failed:" << describe(r);
        return p;
    }

    // An identity in the key store (so the session can act as it) with the given role.
    Principal createIdentity(const QString &name, const QString &role)
    {
        CallContext anon;
        anon.caller = Principal::anonymous();
        anon.origin = Origin::Seed;
        auto r = backend->gateway().callBlocking(anon, QStringLiteral("identities.create"),
                                                 {{QStringLiteral("name"), name}, {QStringLiteral("passphrase"), kPassphrase}});
        if (!r) {
            qWarning() << "identities.create failed:" << describe(r);
            return {};
        }
        const Principal p = Principal::fromText(r->toObject().value(QStringLiteral("principal")).toString()).value();
        if (role != QLatin1String("user")) {
            auto set = call(controller, QStringLiteral("users.set_role"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("role"), role}});
            if (!set)
                qWarning() << "users.set_role failed:" << describe(set);
        }
        return p;
    }

    // Switches the session to identity `name` and waits until its access is known.
    bool actAs(const QString &name)
    {
        if (!QTest::qWaitFor([&] { return hasIdentity(name); }, 5000))
            return false;
        QSignalSpy access(session.get(), &Session::accessChanged);
        session->switchIdentity(name);
        return session->activeName() == name && access.wait(5000);
    }

private:
    bool hasIdentity(const QString &name) const
    {
        for (const QVariant &v : session->identities())
            if (v.toMap().value(QStringLiteral("name")).toString() == name)
                return true;
        return false;
    }
};

} // namespace nexus::test
