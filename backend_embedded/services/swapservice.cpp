#include "swapservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "swaphandlers.h"
#include "swapstate.h"

namespace nexus {

namespace {

const QString kId = QStringLiteral("id");

MethodDescriptor method(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h, bool mutates, Role minRole,
                        std::optional<Permission> perm = std::nullopt)
{
    MethodDescriptor m;
    m.name = name;
    m.summary = summary;
    m.schema = std::move(argSchema);
    m.mutates = mutates;
    m.minRole = minRole;
    m.permission = perm;
    m.rateClass = !mutates ? QStringLiteral("read") : perm ? QStringLiteral("admin") : QStringLiteral("write");
    m.handler = std::move(h);
    return m;
}

} // namespace

void registerSwapMethods(Gateway &gw)
{
    using namespace swaps;
    // Amounts and times are decimal strings (base units, ns since 1970 UTC); hashes are 64 hex digits.
    const QJsonObject id = schema::integer(1, 1LL << 53);
    const QJsonObject asset = schema::string(1, 16);
    const QJsonObject amount = schema::string(1, 40);
    const QJsonObject time = schema::string(1, 20);
    const QJsonObject hash = schema::string(1, 64);
    const QJsonObject sub = schema::string(1, 64);
    const QJsonObject reason = schema::string(1, 500);
    const QJsonObject idOnly = schema::object({{kId, id}}, {kId});
    const auto T = QStringLiteral("timelock_ns");
    const auto F = QStringLiteral("from_subaccount");

    gw.registerMethod(method(QStringLiteral("swaps.initiate"),
                             QStringLiteral("Lock your asset for a participant against a hashlock (SHA-256 of your secret) until T1 (default now + 48 h)"),
                             schema::object({{QStringLiteral("participant"), schema::principal()}, {QStringLiteral("asset"), asset},
                                             {QStringLiteral("amount"), amount}, {QStringLiteral("participant_asset"), asset},
                                             {QStringLiteral("participant_amount"), amount}, {QStringLiteral("hashlock"), hash}, {T, time}, {F, sub}},
                                            {QStringLiteral("participant"), QStringLiteral("asset"), QStringLiteral("amount"),
                                             QStringLiteral("participant_asset"), QStringLiteral("participant_amount"), QStringLiteral("hashlock")}),
                             initiate, true, Role::User));
    gw.registerMethod(method(QStringLiteral("swaps.participate"),
                             QStringLiteral("Lock the agreed counter-asset against the same hashlock until T2 < T1 - margin (default now + 24 h)"),
                             schema::object({{kId, id}, {T, time}, {F, sub}}, {kId}), participate, true, Role::User));
    MethodDescriptor redeemMethod = method(QStringLiteral("swaps.redeem"),
                                           QStringLiteral("Take the counterparty's locked asset with the secret (the initiator first; that reveals it)"),
                                           schema::object({{kId, id}, {QStringLiteral("secret"), hash}}, {kId, QStringLiteral("secret")}),
                                           redeem, true, Role::User);
    redeemMethod.secretArgs = {QStringLiteral("secret")}; // the audit keeps only its hash (the hashlock)
    gw.registerMethod(redeemMethod);
    gw.registerMethod(method(QStringLiteral("swaps.refund"), QStringLiteral("Return every leg whose timelock has passed to its owner (either party)"),
                             idOnly, refund, true, Role::User));
    gw.registerMethod(method(QStringLiteral("swaps.cancel"), QStringLiteral("Withdraw a swap still waiting for approval (the initiator)"),
                             schema::object({{kId, id}, {QStringLiteral("reason"), reason}}, {kId}), cancel, true, Role::User));
    gw.registerMethod(method(QStringLiteral("swaps.open_dispute"), QStringLiteral("Freeze a swap with locked funds until an admin resolves it (either party)"),
                             schema::object({{kId, id}, {QStringLiteral("reason"), reason}}, {kId, QStringLiteral("reason")}), openDispute, true,
                             Role::User));
    gw.registerMethod(method(QStringLiteral("swaps.process_expired"),
                             QStringLiteral("The expiry job: lapse, refund or settle every swap whose timelock has passed (idempotent)"),
                             schema::object({{QStringLiteral("limit"), schema::integer(1, 1000)}}), processExpired, true, Role::User));

    gw.registerMethod(method(QStringLiteral("swaps.approve"), QStringLiteral("Approve a swap above the value threshold; the M-th approval locks its funds"),
                             schema::object({{kId, id}, {QStringLiteral("note"), schema::string(0, 300)}}, {kId}), approve, true, Role::Admin,
                             Permission::ManageSwaps));
    gw.registerMethod(method(QStringLiteral("swaps.reject"), QStringLiteral("Refuse a swap waiting for approval"),
                             schema::object({{kId, id}, {QStringLiteral("reason"), reason}}, {kId, QStringLiteral("reason")}), reject, true,
                             Role::Admin, Permission::ManageSwaps));
    gw.registerMethod(method(QStringLiteral("swaps.resolve_dispute"),
                             QStringLiteral("Settle a disputed swap: refund each locked leg to its owner, or release it to the counterparty"),
                             schema::object({{kId, id},
                                             {QStringLiteral("resolution"), schema::enumOf({QStringLiteral("refund"), QStringLiteral("release")})},
                                             {QStringLiteral("reason"), reason}},
                                            {kId, QStringLiteral("resolution"), QStringLiteral("reason")}),
                             resolveDispute, true, Role::Admin, Permission::ManageSwaps));

    gw.registerMethod(method(QStringLiteral("swaps.audit_contract"),
                             QStringLiteral("Every parameter of a swap, each timelock with the time left, approvals, dispute and history"),
                             idOnly, auditContract, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("swaps.extract_secret"), QStringLiteral("The secret the initiator revealed by redeeming (parties)"),
                             idOnly, extractSecret, false, Role::User));
    QStringList states;
    for (SwapState s : allSwapStates())
        states << swapStateName(s);
    gw.registerMethod(method(QStringLiteral("swaps.list"), QStringLiteral("Swaps, newest first: yours (mine), a party's, or all; by state, or only ended (final: true) or open (final: false) ones"),
                             schema::object({{QStringLiteral("party"), schema::principal()}, {QStringLiteral("mine"), schema::boolean()},
                                             {QStringLiteral("state"), schema::enumOf(states)}, {QStringLiteral("final"), schema::boolean()},
                                             {QStringLiteral("limit"), schema::integer(1, 500)},
                                             {QStringLiteral("offset"), schema::integer(0, 1000000000)}}),
                             list, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("swaps.counts"),
                             QStringLiteral("How many swaps are in each state, active, finished and in all (yours with mine, a party's, or all), "
                                            "and how many of your open swaps wait for your step (needs_action)"),
                             schema::object({{QStringLiteral("party"), schema::principal()}, {QStringLiteral("mine"), schema::boolean()}}),
                             counts, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("swaps.due"), QStringLiteral("How many swaps the expiry job would act on now, and when the next falls due"),
                             schema::object({}), due, false, Role::Guest));
}

} // namespace nexus
