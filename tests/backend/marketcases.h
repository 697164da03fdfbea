#pragma once
// Gateway method cases of the marketplace services (nft.*, market.*, tickets.*, events.*), kept
// beside methodcases.h, which includes this file after declaring CaseFixture and MethodCase.
//
// The permission matrix calls each method as a guest, principalFor(1..4) and the controller with
// fresh arguments each time. Batch methods get one item per caller (each caller's own item lands,
// the others are refused per item); single-owner methods are prepared for the controller, and
// the other roles get the handler's refusal (allowedError).

#include <QJsonArray>

namespace nexus::test {

// The matrix's callers that hold a role (principalFor(1..4): user … super admin, and the controller).
inline QList<Principal> matrixCast(CaseFixture &f)
{
    return {principalFor(1), principalFor(2), principalFor(3), principalFor(4), f.profile().controller};
}

// A new collection made by the controller, with token k + 1 minted to matrixCast()[k].
inline QString castCollection(CaseFixture &f)
{
    const QString slug = QStringLiteral("case-%1").arg(f.next());
    f.prepare(QStringLiteral("nft.create_collection"), {{QStringLiteral("collection"), slug}, {QStringLiteral("name"), slug}, {QStringLiteral("symbol"), QStringLiteral("CASE")}});
    QJsonArray tokens;
    for (const Principal &p : matrixCast(f))
        tokens.append(QJsonObject{{QStringLiteral("to"), p.toText()}});
    f.prepare(QStringLiteral("nft.mint"), {{QStringLiteral("collection"), slug}, {QStringLiteral("tokens"), tokens}});
    return slug;
}

// Mints ICP to each principal (listing fees and purchases need funds).
inline void fund(CaseFixture &f, const QList<Principal> &who)
{
    for (const Principal &p : who)
        f.prepare(QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), p.toText()},
                                                  {QStringLiteral("amount"), QStringLiteral("1000000000")}});
}

// A listing by the controller of its token 5 in a new cast collection (1 ICP); returns its id.
inline qint64 castListing(CaseFixture &f)
{
    const QString slug = castCollection(f);
    fund(f, {f.profile().controller});
    auto r = f.profile().ctl(QStringLiteral("market.create_listing"), {{QStringLiteral("collection"), slug}, {QStringLiteral("token_id"), 5},
                                                                        {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("price"), QStringLiteral("100000000")}});
    if (!r)
        qWarning("preparing a listing failed: %s", errText(r).constData());
    return r ? r->toObject().value(QStringLiteral("listing_id")).toInteger() : 1;
}

// Arguments of an event by the caller that runs from now for a day.
inline QJsonObject caseEventArgs(CaseFixture &f, const QString &status)
{
    const qint64 now = nowNs();
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Case event %1").arg(f.next())}, {QStringLiteral("capacity"), 50},
                       {QStringLiteral("starts_at"), QString::number(now)}, {QStringLiteral("ends_at"), QString::number(now + 86400LL * 1000000000)},
                       {QStringLiteral("status"), status}};
}

// An event organised by the controller; returns its id.
inline qint64 caseEvent(CaseFixture &f, const QString &status)
{
    auto r = f.profile().ctl(QStringLiteral("events.create"), caseEventArgs(f, status));
    if (!r)
        qWarning("preparing an event failed: %s", errText(r).constData());
    return r ? r->toObject().value(QStringLiteral("event_id")).toInteger() : 1;
}

// The controller registers for its own event; returns the ticket.
inline qint64 caseTicket(CaseFixture &f, qint64 event)
{
    auto r = f.profile().ctl(QStringLiteral("events.register"), {{QStringLiteral("event_id"), event}});
    return r ? r->toObject().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger() : 1;
}

// Only the controller gets through the handler; the other allowed roles get its refusal.
inline std::optional<ErrorCode> onlyController(Role r)
{
    return r == Role::Controller ? std::optional<ErrorCode>() : std::optional<ErrorCode>(ErrorCode::PermissionDenied);
}

inline void addMarketCases(QHash<QString, MethodCase> &c)
{
    using Fx = CaseFixture;
    const QString C = QStringLiteral("collection");
    const auto payee = [](Fx &f) { return principalFor(81000 + f.next()).toText(); };

    c[QStringLiteral("nft.create_collection")] = {Role::Creator, [C](Fx &f, bool) {
        return QJsonObject{{C, QStringLiteral("new-%1").arg(f.next())}, {QStringLiteral("name"), QStringLiteral("New")}, {QStringLiteral("symbol"), QStringLiteral("NEW")}};
    }};
    c[QStringLiteral("nft.mint")] = {Role::Creator, [C](Fx &f, bool prep) {
        const QString slug = QStringLiteral("mint-%1").arg(f.next());
        if (prep)
            f.prepare(QStringLiteral("nft.create_collection"), {{C, slug}, {QStringLiteral("name"), slug}, {QStringLiteral("symbol"), QStringLiteral("MINT")}});
        return QJsonObject{{C, slug}, {QStringLiteral("tokens"), QJsonArray{QJsonObject{}}}};
    }, onlyController};
    c[QStringLiteral("nft.transfer")] = {Role::User, [C, payee](Fx &f, bool prep) {
        const QString slug = prep ? castCollection(f) : QStringLiteral("none");
        QJsonArray items;
        for (int id = 1; id <= 5; ++id)
            items.append(QJsonObject{{QStringLiteral("token_id"), id}, {QStringLiteral("to"), payee(f)}});
        return QJsonObject{{C, slug}, {QStringLiteral("transfers"), items}};
    }};
    c[QStringLiteral("nft.transfer_from")] = {Role::User, [C, payee](Fx &f, bool prep) {
        // The controller's token 5; every other caller holds a collection approval from it.
        const QString slug = prep ? castCollection(f) : QStringLiteral("none");
        for (int n = 1; prep && n <= 4; ++n)
            f.prepare(QStringLiteral("nft.approve_collection"), {{C, slug}, {QStringLiteral("spender"), principalFor(n).toText()}});
        return QJsonObject{{C, slug}, {QStringLiteral("transfers"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), 5}, {QStringLiteral("from"), f.profile().controller.toText()},
                                                                                           {QStringLiteral("to"), payee(f)}}}}};
    }};
    c[QStringLiteral("nft.approve_tokens")] = {Role::User, [C, payee](Fx &f, bool prep) {
        const QString slug = prep ? castCollection(f) : QStringLiteral("none");
        QJsonArray items;
        for (int id = 1; id <= 5; ++id)
            items.append(QJsonObject{{QStringLiteral("token_id"), id}, {QStringLiteral("spender"), payee(f)}});
        return QJsonObject{{C, slug}, {QStringLiteral("approvals"), items}};
    }};
    c[QStringLiteral("nft.approve_collection")] = {Role::User, [C, payee](Fx &f, bool prep) {
        return QJsonObject{{C, prep ? castCollection(f) : QStringLiteral("none")}, {QStringLiteral("spender"), payee(f)}};
    }};
    c[QStringLiteral("nft.revoke_token_approvals")] = {Role::User, [C](Fx &f, bool prep) {
        const QString slug = prep ? castCollection(f) : QStringLiteral("none");
        const QList<Principal> cast = matrixCast(f);
        QJsonArray items;
        for (int k = 0; k < cast.size(); ++k) {
            if (prep)
                (void)f.profile().call(cast[k], QStringLiteral("nft.approve_tokens"),
                                       {{C, slug}, {QStringLiteral("approvals"), QJsonArray{QJsonObject{{QStringLiteral("token_id"), k + 1},
                                                                                                         {QStringLiteral("spender"), principalFor(82000).toText()}}}}});
            items.append(QJsonObject{{QStringLiteral("token_id"), k + 1}});
        }
        return QJsonObject{{C, slug}, {QStringLiteral("revokes"), items}};
    }};
    c[QStringLiteral("nft.revoke_collection_approvals")] = {Role::User, [C](Fx &f, bool prep) {
        const QString slug = prep ? castCollection(f) : QStringLiteral("none");
        for (const Principal &p : matrixCast(f))
            if (prep)
                (void)f.profile().call(p, QStringLiteral("nft.approve_collection"), {{C, slug}, {QStringLiteral("spender"), principalFor(82001).toText()}});
        return QJsonObject{{C, slug}};
    }};
    const QString L = QStringLiteral("listing_id");
    c[QStringLiteral("market.create_listing")] = {Role::User, [C](Fx &f, bool prep) {
        const QString slug = prep ? castCollection(f) : QStringLiteral("none");
        if (prep)
            fund(f, {f.profile().controller});
        return QJsonObject{{C, slug}, {QStringLiteral("token_id"), 5}, {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("price"), QStringLiteral("100000000")}};
    }, onlyController};
    c[QStringLiteral("market.create_listings")] = {Role::User, [C](Fx &f, bool prep) {
        // One item per caller of the matrix: each lists its own token, the others are refused.
        const QString slug = prep ? castCollection(f) : QStringLiteral("none");
        if (prep)
            fund(f, matrixCast(f));
        QJsonArray items;
        for (int id = 1; id <= 5; ++id)
            items.append(QJsonObject{{C, slug}, {QStringLiteral("token_id"), id}, {QStringLiteral("asset"), QStringLiteral("ICP")},
                                     {QStringLiteral("price"), QStringLiteral("100000000")}});
        return QJsonObject{{QStringLiteral("listings"), items}};
    }};
    c[QStringLiteral("market.update_price")] = {Role::User, [L](Fx &f, bool prep) {
        return QJsonObject{{L, prep ? castListing(f) : 1}, {QStringLiteral("price"), QString::number(200000000 + f.next())}};
    }, onlyController};
    c[QStringLiteral("market.cancel_listing")] = {Role::User, [L](Fx &f, bool prep) { return QJsonObject{{L, prep ? castListing(f) : 1}}; }, onlyController};
    c[QStringLiteral("market.buy")] = {Role::User, [C, L](Fx &f, bool prep) {
        if (!prep)
            return QJsonObject{{L, 1}};
        // A fresh seller lists a token of its own; every caller of the matrix can pay.
        const QString slug = castCollection(f);
        const Principal seller = f.freshUser();
        f.prepare(QStringLiteral("nft.mint"), {{C, slug}, {QStringLiteral("tokens"), QJsonArray{QJsonObject{{QStringLiteral("to"), seller.toText()}}}}});
        QList<Principal> payers = matrixCast(f);
        payers << seller;
        fund(f, payers);
        auto r = f.profile().call(seller, QStringLiteral("market.create_listing"), {{C, slug}, {QStringLiteral("token_id"), 6}, {QStringLiteral("asset"), QStringLiteral("ICP")},
                                                                                   {QStringLiteral("price"), QStringLiteral("100000000")}});
        return QJsonObject{{L, r ? r->toObject().value(L).toInteger() : 1}, {QStringLiteral("payment"), QStringLiteral("direct")}};
    }};
    c[QStringLiteral("market.view_listing")] = {Role::Guest, [L](Fx &f, bool prep) { return QJsonObject{{L, prep ? castListing(f) : 1}}; }};
    c[QStringLiteral("market.hide_listing")] = {Role::Admin, [L](Fx &f, bool prep) {
        return QJsonObject{{L, prep ? castListing(f) : 1}, {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("market.unhide_listing")] = {Role::Admin, [L](Fx &f, bool prep) {
        const qint64 id = prep ? castListing(f) : 1;
        if (prep)
            f.prepare(QStringLiteral("market.hide_listing"), {{L, id}, {QStringLiteral("reason"), QStringLiteral("before unhide")}});
        return QJsonObject{{L, id}, {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }};
    c[QStringLiteral("market.set_fees")] = {Role::SuperAdmin, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("sale_bps"), 100 + f.next()}, {QStringLiteral("reason"), QStringLiteral("matrix")}};
    }};

    const QString E = QStringLiteral("event_id");
    c[QStringLiteral("tickets.mint")] = {Role::Creator, [](Fx &f, bool) {
        return QJsonObject{{QStringLiteral("event_name"), QStringLiteral("Case %1").arg(f.next())}};
    }};
    c[QStringLiteral("tickets.transfer")] = {Role::User, [payee](Fx &f, bool prep) {
        qint64 id = 1;
        if (prep)
            if (auto r = f.profile().ctl(QStringLiteral("tickets.mint"), {{QStringLiteral("event_name"), QStringLiteral("Transfer case")}}))
                id = r->toObject().value(QStringLiteral("id")).toInteger();
        return QJsonObject{{QStringLiteral("ticket_id"), id}, {QStringLiteral("to"), payee(f)}};
    }, onlyController};
    c[QStringLiteral("events.create")] = {Role::Creator, [](Fx &f, bool) { return caseEventArgs(f, QStringLiteral("active")); }};
    c[QStringLiteral("events.set_status")] = {Role::Creator, [E](Fx &f, bool prep) {
        return QJsonObject{{E, prep ? caseEvent(f, QStringLiteral("draft")) : 1}, {QStringLiteral("status"), QStringLiteral("active")}};
    }, onlyController};
    c[QStringLiteral("events.register")] = {Role::User, [E](Fx &f, bool prep) { return QJsonObject{{E, prep ? caseEvent(f, QStringLiteral("active")) : 1}}; }};
    c[QStringLiteral("events.issue_pass")] = {Role::Creator, [E](Fx &f, bool prep) {
        const qint64 event = prep ? caseEvent(f, QStringLiteral("active")) : 1;
        return QJsonObject{{E, event}, {QStringLiteral("ticket_id"), prep ? caseTicket(f, event) : 1}, {QStringLiteral("passphrase"), kPassphrase}};
    }, onlyController};
    c[QStringLiteral("events.check_in")] = {Role::Creator, [E](Fx &f, bool prep) {
        if (!prep)
            return QJsonObject{{QStringLiteral("pass"), QStringLiteral("NXP1.x.y")}};
        const qint64 event = caseEvent(f, QStringLiteral("active"));
        auto r = f.profile().ctl(QStringLiteral("events.issue_pass"), {{E, event}, {QStringLiteral("ticket_id"), caseTicket(f, event)}, {QStringLiteral("passphrase"), kPassphrase}});
        return QJsonObject{{QStringLiteral("pass"), r ? r->toObject().value(QStringLiteral("pass")).toString() : QStringLiteral("NXP1.x.y")}};
    }, onlyController};
}

// State the read cases refer to: collection "cases" with token 1 held by the controller.
inline void prepareMarketReads(TestProfile &p)
{
    (void)p.ctl(QStringLiteral("nft.create_collection"), {{QStringLiteral("collection"), QStringLiteral("cases")}, {QStringLiteral("name"), QStringLiteral("Cases")},
                                                         {QStringLiteral("symbol"), QStringLiteral("CASE")}});
    (void)p.ctl(QStringLiteral("nft.mint"), {{QStringLiteral("collection"), QStringLiteral("cases")}, {QStringLiteral("tokens"), QJsonArray{QJsonObject{}}}});
    (void)p.ctl(QStringLiteral("ledger.mint"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), p.controller.toText()},
                                                {QStringLiteral("amount"), QStringLiteral("1000000000")}});
    (void)p.ctl(QStringLiteral("market.create_listing"), {{QStringLiteral("collection"), QStringLiteral("cases")}, {QStringLiteral("token_id"), 1},
                                                          {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("price"), QStringLiteral("100000000")}});
    // Event 1 by the controller, who holds its ticket 1.
    (void)p.ctl(QStringLiteral("events.create"), {{QStringLiteral("name"), QStringLiteral("Read case")}, {QStringLiteral("capacity"), 5},
                                                  {QStringLiteral("starts_at"), QString::number(nowNs())},
                                                  {QStringLiteral("ends_at"), QString::number(nowNs() + 86400LL * 1000000000)}, {QStringLiteral("status"), QStringLiteral("active")}});
    (void)p.ctl(QStringLiteral("events.register"), {{QStringLiteral("event_id"), 1}});
}

inline void addMarketReads(QHash<QString, QJsonObject> &r)
{
    const QString C = QStringLiteral("collection");
    const QString cases = QStringLiteral("cases");
    r.insert(QStringLiteral("nft.collections"), {});
    r.insert(QStringLiteral("nft.collection_metadata"), {{C, cases}});
    r.insert(QStringLiteral("nft.token_metadata"), {{C, cases}, {QStringLiteral("token_ids"), QJsonArray{1, 2}}});
    r.insert(QStringLiteral("nft.owner_of"), {{C, cases}, {QStringLiteral("token_ids"), QJsonArray{1}}});
    r.insert(QStringLiteral("nft.balance_of"), {{C, cases}, {QStringLiteral("accounts"), QJsonArray{principalFor(1).toText()}}});
    r.insert(QStringLiteral("nft.tokens"), {{C, cases}});
    r.insert(QStringLiteral("nft.tokens_of"), {{C, cases}});
    r.insert(QStringLiteral("nft.is_approved"), {{C, cases}, {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("spender"), principalFor(1).toText()},
                                                                                                            {QStringLiteral("token_id"), 1}}}}});
    r.insert(QStringLiteral("nft.get_token_approvals"), {{C, cases}, {QStringLiteral("token_id"), 1}});
    r.insert(QStringLiteral("nft.get_collection_approvals"), {{C, cases}});
    r.insert(QStringLiteral("nft.get_blocks"), {{C, cases}, {QStringLiteral("start"), 0}, {QStringLiteral("length"), 10}});
    r.insert(QStringLiteral("nft.verify_chain"), {});
    r.insert(QStringLiteral("market.get_listing"), {{QStringLiteral("listing_id"), 1}});
    r.insert(QStringLiteral("market.sales"), {});
    r.insert(QStringLiteral("market.fees"), {});
    r.insert(QStringLiteral("tickets.get"), {{QStringLiteral("ticket_id"), 1}});
    r.insert(QStringLiteral("tickets.list"), {});
    r.insert(QStringLiteral("tickets.total"), {});
    r.insert(QStringLiteral("events.get"), {{QStringLiteral("event_id"), 1}});
    r.insert(QStringLiteral("events.list"), {});
    r.insert(QStringLiteral("events.participants"), {{QStringLiteral("event_id"), 1}});
    r.insert(QStringLiteral("events.verify_pass"), {{QStringLiteral("pass"), QStringLiteral("NXP1.not.a-pass")}});
    r.insert(QStringLiteral("market.search"), {{QStringLiteral("q"), QStringLiteral("token")}, {QStringLiteral("asset"), QStringLiteral("ICP")}});
    r.insert(QStringLiteral("market.fee_quote"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("price"), QStringLiteral("100000000")}});
}

} // namespace nexus::test
