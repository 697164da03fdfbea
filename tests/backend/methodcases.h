#pragma once
// Example arguments for every gateway method, and the lowest role each mutation is meant for.
// A new method without an entry here makes tst_gateway fail: add it with valid arguments.

#include "testprofile.h"

#include "swapsecret.h"

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

} // namespace nexus::test

#include "marketcases.h"

namespace nexus::test {

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
    // ledger.*: the matrix's callers (principalFor(1..4) and the controller) get ICP first.
    const auto ledgerArgs = [](Fx &f, bool prep, QJsonObject a) {
        if (prep) {
            QList<Principal> cast{f.profile().controller};
            for (int n = 1; n <= 4; ++n)
                cast << principalFor(n);
            for (const Principal &p : std::as_const(cast))
                f.prepare(QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), QStringLiteral("ICP")},
                                                          {QStringLiteral("to"), p.toText()}, {QStringLiteral("amount"), QStringLiteral("100000000")}});
        }
        a.insert(QStringLiteral("asset"), QStringLiteral("ICP"));
        return a;
    };
    const auto payee = [](Fx &f) { return principalFor(80000 + f.next()).toText(); };
    c[QStringLiteral("ledger.transfer")] = {Role::User, [=](Fx &f, bool prep) {
        return ledgerArgs(f, prep, {{QStringLiteral("to"), payee(f)}, {QStringLiteral("amount"), QStringLiteral("1000")}});
    }};
    c[QStringLiteral("ledger.approve")] = {Role::User, [=](Fx &f, bool prep) {
        return ledgerArgs(f, prep, {{QStringLiteral("spender"), payee(f)}, {QStringLiteral("amount"), QStringLiteral("5000")}});
    }};
    c[QStringLiteral("ledger.burn")] = {Role::User, [=](Fx &f, bool prep) {
        return ledgerArgs(f, prep, {{QStringLiteral("amount"), QStringLiteral("20000")}});
    }};
    c[QStringLiteral("ledger.transfer_from")] = {Role::User, [=](Fx &f, bool prep) {
        // The controller approves every caller; as the caller, the controller moves its own funds.
        QJsonObject a = ledgerArgs(f, prep, {{QStringLiteral("from"), f.profile().controller.toText()}, {QStringLiteral("to"), payee(f)},
                                             {QStringLiteral("amount"), QStringLiteral("1000")}});
        for (int n = 1; prep && n <= 4; ++n)
            f.prepare(QStringLiteral("ledger.approve"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("spender"), principalFor(n).toText()},
                                                         {QStringLiteral("amount"), QStringLiteral("1000000")}});
        return a;
    }};
    c[QStringLiteral("ledger.mint")] = {Role::Admin, [=](Fx &f, bool) {
        return ledgerArgs(f, false, {{QStringLiteral("to"), payee(f)}, {QStringLiteral("amount"), QStringLiteral("1000")}});
    }};
    c[QStringLiteral("ledger.set_fee")] = {Role::SuperAdmin, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("asset"), QStringLiteral("ckBTC")}, {QStringLiteral("fee"), QString::number(10 + f.next())}};
    }};
    // oracle.*: a fresh feed (with one simulated source) per call where the feed's state matters.
    const auto freshPair = [](Fx &f) {
        const QString pair = QStringLiteral("T%1/USD").arg(f.next());
        f.prepare(QStringLiteral("oracle.add_pair"), {{QStringLiteral("pair"), pair}});
        f.prepare(QStringLiteral("oracle.add_source"), {{QStringLiteral("pair"), pair}, {QStringLiteral("name"), QStringLiteral("S1")},
                                                         {QStringLiteral("kind"), QStringLiteral("sim")}});
        return pair;
    };
    const auto manual = [](Fx &f, const QString &pair) {
        f.prepare(QStringLiteral("oracle.set_manual_price"), {{QStringLiteral("pair"), pair}, {QStringLiteral("rate"), QStringLiteral("1")},
                                                               {QStringLiteral("reason"), QStringLiteral("matrix")}});
    };
    const QString btc = QStringLiteral("BTC/USD");
    c[QStringLiteral("oracle.update_price")] = {Role::SuperAdmin, [=](Fx &f, bool prep) {
        return QJsonObject{{QStringLiteral("pair"), prep ? freshPair(f) : btc},
                           {QStringLiteral("quotes"), QJsonObject{{QStringLiteral("S1"), QStringLiteral("100")}}}};
    }};
    c[QStringLiteral("oracle.set_pair_config")] = {Role::SuperAdmin, [=](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("pair"), btc}, {QStringLiteral("heartbeat_s"), 600 + f.next()}};
    }};
    c[QStringLiteral("oracle.set_manual_price")] = {Role::SuperAdmin, [=](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("pair"), btc}, {QStringLiteral("rate"), QString::number(100 + f.next())},
                           {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("oracle.breaker_reset")] = {Role::SuperAdmin, [=](Fx &f, bool prep) {
        const QString pair = prep ? freshPair(f) : btc;
        if (prep)
            manual(f, pair);
        return QJsonObject{{QStringLiteral("pair"), pair}, {QStringLiteral("note"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("oracle.ack_alert")] = {Role::SuperAdmin, [=](Fx &f, bool prep) {
        qint64 id = 1;
        if (prep) {
            const QString pair = freshPair(f);
            manual(f, pair);
            auto r = f.profile().ctl(QStringLiteral("oracle.alerts"), {{QStringLiteral("pair"), pair}});
            id = r ? r->toObject().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger() : 1;
        }
        return QJsonObject{{QStringLiteral("id"), id}};
    }};
    c[QStringLiteral("oracle.add_pair")] = {Role::SuperAdmin, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("pair"), QStringLiteral("P%1/USD").arg(f.next())}};
    }};
    c[QStringLiteral("oracle.add_source")] = {Role::SuperAdmin, [=](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("pair"), btc}, {QStringLiteral("name"), QStringLiteral("case-%1").arg(f.next())},
                           {QStringLiteral("kind"), QStringLiteral("sim")}};
    }};
    c[QStringLiteral("oracle.set_source")] = {Role::SuperAdmin, [=](Fx &f, bool prep) {
        const QString name = QStringLiteral("set-%1").arg(f.next());
        if (prep)
            f.prepare(QStringLiteral("oracle.add_source"), {{QStringLiteral("pair"), btc}, {QStringLiteral("name"), name},
                                                             {QStringLiteral("kind"), QStringLiteral("sim")}});
        return QJsonObject{{QStringLiteral("pair"), btc}, {QStringLiteral("name"), name}, {QStringLiteral("enabled"), false}};
    }};
    c[QStringLiteral("labels.set")] = {Role::User, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("addr")}, {QStringLiteral("ref"), principalFor(7).toText()},
                           {QStringLiteral("label"), QStringLiteral("case %1").arg(f.next())}};
    }};
    c[QStringLiteral("labels.import")] = {Role::User, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("jsonl"), QStringLiteral("{\"type\":\"tx\",\"ref\":\"ICP:%1\",\"label\":\"imported\"}\n").arg(f.next())}};
    }};
    // swaps.*: manual prices value the swaps (1 ICP at $10 for 0.0001 ckBTC needs no approval; 1 ckBTC
    // at $60,000 needs two). Swaps are set up by their parties (the controller, principalFor(1), (2));
    // a matrix caller who is not a party is refused by the handler, not the gateway.
    const auto swapWorld = [](Fx &f) {
        for (const auto &[pair, rate] : {std::pair{QStringLiteral("ICP/USD"), QStringLiteral("10")}, std::pair{QStringLiteral("BTC/USD"), QStringLiteral("60000")}})
            f.prepare(QStringLiteral("oracle.set_manual_price"), {{QStringLiteral("pair"), pair}, {QStringLiteral("rate"), rate},
                                                                   {QStringLiteral("reason"), QStringLiteral("matrix")}});
        QList<Principal> cast{f.profile().controller};
        for (int n = 1; n <= 4; ++n)
            cast << principalFor(n);
        for (const Principal &p : std::as_const(cast))
            for (const auto &[asset, amount] : {std::pair{QStringLiteral("ICP"), QStringLiteral("10000000000")}, std::pair{QStringLiteral("ckBTC"), QStringLiteral("200000000")}})
                f.prepare(QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), p.toText()}, {QStringLiteral("amount"), amount}});
    };
    const auto swapSecret = [](int k) { return SwapSecret::fromSecret(QByteArray(31, '\x5c') + char(k)); };
    const auto swapTerms = [=](const Principal &participant, int k, bool big) {
        return QJsonObject{{QStringLiteral("participant"), participant.toText()}, {QStringLiteral("asset"), big ? QStringLiteral("ckBTC") : QStringLiteral("ICP")},
                           {QStringLiteral("amount"), big ? QStringLiteral("100000000") : QStringLiteral("100000000")},
                           {QStringLiteral("participant_asset"), big ? QStringLiteral("ICP") : QStringLiteral("ckBTC")},
                           {QStringLiteral("participant_amount"), big ? QStringLiteral("100000000") : QStringLiteral("10000")},
                           {QStringLiteral("hashlock"), swapSecret(k).hashlockHex()}};
    };
    // A swap between two parties (big: it waits for approval); `atNs` backdates the initiation.
    const auto newSwap = [=](Fx &f, const Principal &initiator, const Principal &participant, int k, bool big, qint64 atNs = 0) -> qint64 {
        swapWorld(f);
        auto r = f.profile().call(initiator, QStringLiteral("swaps.initiate"), swapTerms(participant, k, big), Origin::Seed, atNs);
        if (!r)
            qWarning("preparing a swap failed: %s", errText(r).constData());
        return r ? r->toObject().value(QStringLiteral("id")).toInteger() : 1;
    };
    const auto partyOnly = [](std::initializer_list<Role> parties) {
        const QList<Role> ok(parties);
        return [ok](Role r) { return ok.contains(r) ? std::optional<ErrorCode>() : std::optional<ErrorCode>(ErrorCode::PermissionDenied); };
    };
    const auto ctlOf = [](Fx &f) { return f.profile().controller; };
    c[QStringLiteral("swaps.initiate")] = {Role::User, [=](Fx &f, bool prep) {
        const int k = f.next();
        if (prep)
            swapWorld(f);
        return swapTerms(prep ? f.freshUser() : principalFor(49999), k, false);
    }};
    c[QStringLiteral("swaps.participate")] = {Role::User, [=](Fx &f, bool prep) {
        return QJsonObject{{QStringLiteral("id"), prep ? newSwap(f, principalFor(1), ctlOf(f), f.next(), false) : 1}};
    }, partyOnly({Role::Controller})};
    c[QStringLiteral("swaps.redeem")] = {Role::User, [=](Fx &f, bool prep) {
        const int k = f.next();
        qint64 id = 1;
        if (prep) {
            id = newSwap(f, ctlOf(f), principalFor(1), k, false);
            (void)f.profile().call(principalFor(1), QStringLiteral("swaps.participate"), {{QStringLiteral("id"), id}});
        }
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("secret"), swapSecret(k).secretHex()}};
    }, [](Role r) {
        // The participant (a user) must wait for the initiator's redeem.
        return r == Role::Controller ? std::optional<ErrorCode>() : std::optional<ErrorCode>(r == Role::User ? ErrorCode::Conflict : ErrorCode::PermissionDenied);
    }};
    c[QStringLiteral("swaps.refund")] = {Role::User, [=](Fx &f, bool prep) {
        // Initiated 49 hours ago: its 48-hour timelock has passed.
        return QJsonObject{{QStringLiteral("id"), prep ? newSwap(f, ctlOf(f), principalFor(1), f.next(), false, nowNs() - 49 * 3600 * 1000000000LL) : 1}};
    }, partyOnly({Role::Controller, Role::User})};
    c[QStringLiteral("swaps.cancel")] = {Role::User, [=](Fx &f, bool prep) {
        return QJsonObject{{QStringLiteral("id"), prep ? newSwap(f, ctlOf(f), principalFor(1), f.next(), true) : 1}};
    }, partyOnly({Role::Controller})};
    c[QStringLiteral("swaps.open_dispute")] = {Role::User, [=](Fx &f, bool prep) {
        return QJsonObject{{QStringLiteral("id"), prep ? newSwap(f, ctlOf(f), principalFor(1), f.next(), false) : 1},
                           {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }, partyOnly({Role::Controller, Role::User})};
    c[QStringLiteral("swaps.process_expired")] = {Role::User, [](Fx &, bool) { return QJsonObject{{QStringLiteral("limit"), 50}}; }};
    // manage_swaps is granted explicitly; without grants only super admins and the controller hold it.
    c[QStringLiteral("swaps.approve")] = {Role::SuperAdmin, [=](Fx &f, bool prep) {
        return QJsonObject{{QStringLiteral("id"), prep ? newSwap(f, principalFor(1), principalFor(2), f.next(), true) : 1}};
    }};
    c[QStringLiteral("swaps.reject")] = {Role::SuperAdmin, [=](Fx &f, bool prep) {
        return QJsonObject{{QStringLiteral("id"), prep ? newSwap(f, principalFor(1), principalFor(2), f.next(), true) : 1},
                           {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("swaps.resolve_dispute")] = {Role::SuperAdmin, [=](Fx &f, bool prep) {
        qint64 id = 1;
        if (prep) {
            id = newSwap(f, principalFor(1), principalFor(2), f.next(), false);
            (void)f.profile().call(principalFor(2), QStringLiteral("swaps.open_dispute"), {{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("matrix")}});
        }
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("resolution"), QStringLiteral("refund")}, {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }};
    addMarketCases(c);
    c[QStringLiteral("worlds.generate")] = {Role::User, [](Fx &, bool) {
        return QJsonObject{{QStringLiteral("prompt"), QStringLiteral("three towers around a lake")}, {QStringLiteral("seed"), 7}};
    }};
    // Avatars: methods run in name order, so each caller registers before it updates.
    c[QStringLiteral("avatars.register")] = {Role::User, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("Avatar %1").arg(f.next())}};
    }};
    c[QStringLiteral("avatars.update")] = {Role::User, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed %1").arg(f.next())}};
    }};
    c[QStringLiteral("experiences.publish")] = {Role::Creator, [](Fx &f, bool prep) {
        // Admins may publish any world; creators their own: the controller's world is only an admin's to publish.
        qint64 world = 1;
        if (prep)
            if (auto w = f.profile().ctl(QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a beach")}, {QStringLiteral("seed"), 3}}))
                world = w->toObject().value(QStringLiteral("world_id")).toInteger();
        return QJsonObject{{QStringLiteral("world_id"), world}, {QStringLiteral("title"), QStringLiteral("Case %1").arg(f.next())}};
    }, [](Role r) { return r >= Role::Admin ? std::optional<ErrorCode>() : ErrorCode::PermissionDenied; }};
    c[QStringLiteral("telemetry.ingest")] = {Role::User, [](Fx &, bool) { return QJsonObject{{QStringLiteral("event_type"), QStringLiteral("visit")}}; }};
    c[QStringLiteral("telemetry.ingest_batch")] = {Role::User, [](Fx &, bool) {
        return QJsonObject{{QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("event_type"), QStringLiteral("visit")}}}}};
    }};
    // VR sessions: the controller opens one in a fresh world; others join, leave or end it.
    const auto ctlSession = [](Fx &f) -> qint64 {
        auto w = f.profile().ctl(QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a meadow")}, {QStringLiteral("seed"), 1}});
        if (!w)
            return 1;
        auto s = f.profile().ctl(QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), w->toObject().value(QStringLiteral("world_id")).toInteger()}});
        return s ? s->toObject().value(QStringLiteral("session_id")).toInteger() : 1;
    };
    const QString S = QStringLiteral("session_id");
    c[QStringLiteral("sessions.create")] = {Role::User, [](Fx &f, bool prep) {
        qint64 world = 1;
        if (prep)
            if (auto w = f.profile().ctl(QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QStringLiteral("a village")}, {QStringLiteral("seed"), 2}}))
                world = w->toObject().value(QStringLiteral("world_id")).toInteger();
        return QJsonObject{{QStringLiteral("world_id"), world}, {QStringLiteral("max_participants"), 4}};
    }};
    c[QStringLiteral("sessions.join")] = {Role::User, [=](Fx &f, bool prep) { return QJsonObject{{S, prep ? ctlSession(f) : 1}}; },
                                          [](Role r) { return r == Role::Controller ? ErrorCode::AlreadyExists : std::optional<ErrorCode>(); }};
    c[QStringLiteral("sessions.leave")] = {Role::User, [=](Fx &f, bool prep) { return QJsonObject{{S, prep ? ctlSession(f) : 1}}; },
                                           [](Role r) { return r == Role::Controller ? std::optional<ErrorCode>() : ErrorCode::NotFound; }};
    c[QStringLiteral("sessions.end")] = {Role::User, [=](Fx &f, bool prep) { return QJsonObject{{S, prep ? ctlSession(f) : 1}}; },
                                         [](Role r) { return r >= Role::Admin ? std::optional<ErrorCode>() : ErrorCode::PermissionDenied; }};
    // Hand edits: a version of the controller's world 1 (its owner or an admin).
    c[QStringLiteral("worlds.save_version")] = {Role::User, [](Fx &f, bool prep) {
        QJsonObject blueprint{{QStringLiteral("title"), QStringLiteral("x")}};
        if (prep)
            if (auto w = f.profile().ctl(QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), 1}}))
                blueprint = w->toObject().value(QStringLiteral("blueprint")).toObject();
        return QJsonObject{{QStringLiteral("world_id"), 1}, {QStringLiteral("blueprint"), blueprint}, {QStringLiteral("note"), QStringLiteral("case %1").arg(f.next())}};
    }, [](Role r) { return r >= Role::Admin ? std::optional<ErrorCode>() : ErrorCode::PermissionDenied; }};
    // API tokens: everyone makes their own; revoking the controller's needs manage_users.
    c[QStringLiteral("tokens.create")] = {Role::User, [](Fx &f, bool) { return QJsonObject{{QStringLiteral("name"), QStringLiteral("case %1").arg(f.next())}}; }};
    c[QStringLiteral("tokens.revoke")] = {Role::User, [](Fx &f, bool prep) {
        qint64 id = 1;
        if (prep)
            if (auto t = f.profile().ctl(QStringLiteral("tokens.create"), {{QStringLiteral("name"), QStringLiteral("ctl %1").arg(f.next())}}))
                id = t->toObject().value(QStringLiteral("id")).toInteger();
        return QJsonObject{{QStringLiteral("id"), id}};
    }, [](Role r) { return r >= Role::Admin ? std::optional<ErrorCode>() : ErrorCode::PermissionDenied; }};
    return c;
}

// State some read cases need (swap 1 with its secret revealed), made through the gateway before
// the reads run; a fresh profile holds no swaps. principalFor(1) must be a registered user.
inline void prepareReadCases(CaseFixture &f)
{
    auto cases = mutatingCases();
    const QJsonObject redeem = cases.value(QStringLiteral("swaps.redeem")).args(f, true);
    f.prepare(QStringLiteral("swaps.redeem"), redeem);
    f.prepare(QStringLiteral("worlds.generate"), cases.value(QStringLiteral("worlds.generate")).args(f, true)); // world 1
    f.prepare(QStringLiteral("avatars.register"), {{QStringLiteral("name"), QStringLiteral("Ada")}});            // the controller's
    f.prepare(QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), 1}});                             // session 1
    f.prepare(QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), 1}});                         // experience 1
}

// Example arguments for every read; reads must keep working in maintenance and emergency.
inline QHash<QString, QJsonObject> readCases()
{
    QHash<QString, QJsonObject> r{
        {QStringLiteral("users.get"), {}},
        {QStringLiteral("users.list"), {{QStringLiteral("limit"), 5}}},
        {QStringLiteral("users.list_grants"), {}},
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
        {QStringLiteral("ledger.assets"), {}},
        {QStringLiteral("ledger.balance_of"), {{QStringLiteral("asset"), QStringLiteral("ICP")}}},
        {QStringLiteral("ledger.total_supply"), {{QStringLiteral("asset"), QStringLiteral("ckETH")}}},
        {QStringLiteral("ledger.accounts"), {}},
        {QStringLiteral("ledger.allowance"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("account"), principalFor(1).toText()},
                                              {QStringLiteral("spender"), principalFor(2).toText()}}},
        {QStringLiteral("ledger.allowances"), {}},
        {QStringLiteral("ledger.get_blocks"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("start"), 0}, {QStringLiteral("length"), 10}}},
        {QStringLiteral("ledger.history"), {{QStringLiteral("limit"), 10}}},
        {QStringLiteral("ledger.verify_chain"), {}},
        {QStringLiteral("oracle.pairs"), {}},
        {QStringLiteral("oracle.get_price"), {{QStringLiteral("pair"), QStringLiteral("ICP/ICP")}}},
        {QStringLiteral("oracle.get_conversion_amount"), {{QStringLiteral("amount"), QStringLiteral("100")}, {QStringLiteral("from"), QStringLiteral("ICP")},
                                                          {QStringLiteral("to"), QStringLiteral("ICP")}}},
        {QStringLiteral("oracle.history"), {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}, {QStringLiteral("max_points"), 10}}},
        {QStringLiteral("oracle.sources"), {{QStringLiteral("pair"), QStringLiteral("BTC/USD")}}},
        {QStringLiteral("oracle.alerts"), {{QStringLiteral("limit"), 5}}},
        {QStringLiteral("labels.list"), {}},
        {QStringLiteral("labels.export"), {}},
        {QStringLiteral("swaps.audit_contract"), {{QStringLiteral("id"), 1}}},
        {QStringLiteral("swaps.extract_secret"), {{QStringLiteral("id"), 1}}},
        {QStringLiteral("swaps.list"), {{QStringLiteral("limit"), 5}}},
        {QStringLiteral("swaps.due"), {}},
        {QStringLiteral("swaps.counts"), {{QStringLiteral("mine"), true}}},
    };
    addMarketReads(r);
    r.insert(QStringLiteral("worlds.list"), {{QStringLiteral("limit"), 5}});
    r.insert(QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), 1}});
    r.insert(QStringLiteral("avatars.get"), {});
    r.insert(QStringLiteral("experiences.get"), {{QStringLiteral("id"), 1}});
    r.insert(QStringLiteral("experiences.list"), {{QStringLiteral("q"), QStringLiteral("towers")}});
    r.insert(QStringLiteral("telemetry.summary"), {});
    r.insert(QStringLiteral("sessions.get"), {{QStringLiteral("session_id"), 1}});
    r.insert(QStringLiteral("sessions.list"), {{QStringLiteral("active"), false}});
    r.insert(QStringLiteral("worlds.understand"), {{QStringLiteral("prompt"), QStringLiteral("a castle on a hill")}});
    r.insert(QStringLiteral("prefabs.list"), {{QStringLiteral("prefab_type"), QStringLiteral("building")}});
    r.insert(QStringLiteral("prefabs.get"), {{QStringLiteral("id"), QStringLiteral("fantasy_castle_01")}});
    r.insert(QStringLiteral("prefabs.search"), {{QStringLiteral("q"), QStringLiteral("tree")}});
    r.insert(QStringLiteral("tokens.list"), {});
    r.insert(QStringLiteral("worlds.versions"), {{QStringLiteral("world_id"), 1}});
    return r;
}

// True for the gateway's own role / permission refusal (not a handler's rule).
inline bool isGatewayDenial(const Error &e)
{
    return e.code == ErrorCode::PermissionDenied
           && (e.message.contains(QLatin1String("needs the role")) || e.message.contains(QLatin1String("which you do not hold"))
               || e.message.contains(QLatin1String("needs a registered user")));
}

} // namespace nexus::test
