#include "ledgerservice.h"

#include "amount.h"
#include "argschema.h"
#include "gateway/gateway.h"
#include "ledgerargs.h"
#include "ledgerops.h"
#include "ledgerqueries.h"
#include "ledgerrules.h"
#include "methodtable.h"
#include "servicesupport.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLedger, "nexus.ledger", QtWarningMsg)

namespace nexus {

namespace {

namespace la = ledgerargs;

const QString kAsset = QStringLiteral("asset");
const QString kAmount = QStringLiteral("amount");

// The fields every ICRC transaction may carry besides its accounts and amount.
Status readCommon(const QJsonObject &args, const AssetRow &a, TxRequest &r, bool withFee = true)
{
    if (withFee) {
        auto fee = la::optionalAmount(args, QStringLiteral("fee"), a);
        if (!fee)
            return fee.error();
        r.fee = *fee;
    }
    auto memo = la::memo(args);
    if (!memo)
        return memo.error();
    r.memo = *memo;
    auto created = la::optionalTime(args, QStringLiteral("created_at_time"), false);
    if (!created)
        return created.error();
    r.createdAtTime = *created;
    return {};
}

// Applies the request, leaves an audit summary and change events, and answers with the block.
Result<QJsonValue> apply(ExecContext &ctx, const AssetRow &a, const TxRequest &r)
{
    auto done = LedgerOps(ctx.db, la::now(ctx)).execute(a, r);
    if (!done)
        return done.error();
    const LedgerBlock &b = done->block;
    QStringList ids{a.symbol};
    for (const Account &acct : std::as_const(done->touched))
        ids << acct.toText();
    ctx.changed(QStringLiteral("ledger"), ids);
    // touched lists from, to, spender in that order (each once).
    const auto textOf = [&](const Account &acct) { return ids.value(done->touched.indexOf(acct) + 1); };
    QString parties;
    if (b.from)
        parties += la::shortText(textOf(*b.from));
    if (b.to)
        parties += QStringLiteral(" → ") + la::shortText(textOf(*b.to));
    if (b.spender)
        parties += QStringLiteral(" (spender %1)").arg(la::shortText(textOf(*b.spender)));
    ctx.summary = QStringLiteral("%1 block %2 %3 %4 %1 %5")
                      .arg(a.symbol).arg(done->index).arg(blockTypeName(b.type), formatAmount(b.amount, a.decimals), parties.trimmed());
    QJsonObject out{{kAsset, a.symbol},
                    {QStringLiteral("block_index"), done->index},
                    {QStringLiteral("btype"), blockTypeName(b.type)},
                    {kAmount, nat128ToString(b.amount)},
                    {QStringLiteral("fee"), nat128ToString(b.fee.value_or(0))},
                    {QStringLiteral("timestamp_ns"), QString::number(b.tsNs)},
                    {QStringLiteral("block_hash"), QString::fromLatin1(done->asset.tipHash.toHex())}};
    if (b.expiresAt)
        out.insert(QStringLiteral("expires_at"), QString::number(*b.expiresAt));
    return out;
}

Result<AssetRow> loadAsset(ExecContext &ctx, const QJsonObject &args)
{
    return LedgerStore(ctx.db).asset(args.value(kAsset).toString());
}

Result<QJsonValue> transfer(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, loadAsset(ctx, args));
    TxRequest r;
    r.type = BlockType::Transfer;
    NX_TRY(from, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    NX_TRY(to, la::payee(args, QStringLiteral("to")));
    NX_TRY(amount, la::amount(args, kAmount, *a));
    r.caller = *from;
    r.to = *to;
    r.amount = *amount;
    if (auto st = readCommon(args, *a, r); !st)
        return st.error();
    return apply(ctx, *a, r);
}

Result<QJsonValue> burn(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, loadAsset(ctx, args));
    TxRequest r;
    r.type = BlockType::Burn;
    NX_TRY(from, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    NX_TRY(amount, la::amount(args, kAmount, *a));
    r.caller = *from;
    r.amount = *amount;
    if (auto st = readCommon(args, *a, r); !st)
        return st.error();
    return apply(ctx, *a, r);
}

Result<QJsonValue> mint(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, loadAsset(ctx, args));
    TxRequest r;
    r.type = BlockType::Mint;
    NX_TRY(to, la::payee(args, QStringLiteral("to")));
    NX_TRY(amount, la::amount(args, kAmount, *a));
    r.caller = ledger::mintingAccount(a->symbol);
    r.to = *to;
    r.amount = *amount;
    if (auto st = readCommon(args, *a, r); !st)
        return st.error();
    return apply(ctx, *a, r);
}

Result<QJsonValue> approve(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, loadAsset(ctx, args));
    TxRequest r;
    r.type = BlockType::Approve;
    NX_TRY(owner, la::callerAccount(ctx, args, QStringLiteral("from_subaccount")));
    NX_TRY(spender, la::account(args, QStringLiteral("spender")));
    NX_TRY(amount, la::amount(args, kAmount, *a));
    NX_TRY(expected, la::optionalAmount(args, QStringLiteral("expected_allowance"), *a));
    NX_TRY(expires, la::optionalTime(args, QStringLiteral("expires_at"), true));
    r.caller = *owner;
    r.spender = *spender;
    r.amount = *amount;
    r.expectedAllowance = *expected;
    r.expiresAt = *expires;
    if (auto st = readCommon(args, *a, r); !st)
        return st.error();
    return apply(ctx, *a, r);
}

Result<QJsonValue> transferFrom(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, loadAsset(ctx, args));
    TxRequest r;
    r.type = BlockType::TransferFrom;
    NX_TRY(spender, la::callerAccount(ctx, args, QStringLiteral("spender_subaccount")));
    NX_TRY(from, la::account(args, QStringLiteral("from")));
    NX_TRY(to, la::payee(args, QStringLiteral("to")));
    NX_TRY(amount, la::amount(args, kAmount, *a));
    r.caller = *spender;
    r.from = *from;
    r.to = *to;
    r.amount = *amount;
    if (auto st = readCommon(args, *a, r); !st)
        return st.error();
    return apply(ctx, *a, r);
}

// Fees are versioned through the configuration history (key ledger.fee.<symbol in lower case>);
// the asset row holds the fee in force.
Result<QJsonValue> setFee(ExecContext &ctx, const QJsonObject &args)
{
    NX_TRY(a, loadAsset(ctx, args));
    NX_TRY(fee, la::amount(args, QStringLiteral("fee"), *a));
    if (*fee == a->fee)
        return Error::make(ErrorCode::Conflict, QStringLiteral("The %1 fee is already %2 %1.").arg(a->symbol, formatAmount(*fee, a->decimals)),
                           QStringLiteral("Nothing to change."));
    const QString key = QStringLiteral("ledger.fee.") + a->symbol.toLower();
    auto existing = svc::configValue(ctx.db, key);
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return existing.error();
    if (!existing) // the first change also records the fee the ledger started with
        if (auto v = svc::setConfigValue(ctx, key, nat128ToString(a->fee), QStringLiteral("initial value")); !v)
            return v.error();
    NX_TRY(version, svc::setConfigValue(ctx, key, nat128ToString(*fee), args.value(QStringLiteral("reason")).toString()));
    if (auto st = LedgerStore(ctx.db).setFee(a->symbol, *fee); !st)
        return st.error();
    ctx.summary = QStringLiteral("%1 fee %2 → %3 %1 (%4 v%5)")
                      .arg(a->symbol, formatAmount(a->fee, a->decimals), formatAmount(*fee, a->decimals), key)
                      .arg(*version);
    ctx.changed(QStringLiteral("ledger"), {a->symbol});
    return QJsonObject{{kAsset, a->symbol},
                       {QStringLiteral("fee"), nat128ToString(*fee)},
                       {QStringLiteral("previous_fee"), nat128ToString(a->fee)},
                       {QStringLiteral("config_key"), key},
                       {QStringLiteral("version"), *version}};
}

MethodDescriptor method(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h, bool mutates,
                        Role minRole, std::optional<Permission> perm = std::nullopt)
{
    return svc::makeMethod(name, summary, std::move(argSchema), std::move(h), mutates, minRole, perm);
}

} // namespace

void registerLedgerMethods(Gateway &gw)
{
    // Amounts and nat64 times are decimal strings (base units, ns); accounts are ICRC-1 text.
    const QJsonObject asset = schema::string(1, 16);
    const QJsonObject acct = schema::string(1, 200);
    const QJsonObject amount = schema::string(1, 40);
    const QJsonObject time = schema::string(1, 20);
    const QJsonObject sub = schema::string(1, 64);
    const QJsonObject common{{QStringLiteral("fee"), amount},
                             {QStringLiteral("memo"), schema::string(2, 64)},
                             {QStringLiteral("memo_text"), schema::string(1, 32)},
                             {QStringLiteral("created_at_time"), time}};
    auto with = [&](QJsonObject props) {
        for (auto it = common.begin(); it != common.end(); ++it)
            props.insert(it.key(), it.value());
        return props;
    };
    const QString A = kAsset;
    const QString N = kAmount;

    gw.registerMethod(method(QStringLiteral("ledger.transfer"),
                             QStringLiteral("ICRC-1 transfer from your account (to the minting account: a burn)"),
                             schema::object(with({{A, asset}, {QStringLiteral("from_subaccount"), sub}, {QStringLiteral("to"), acct}, {N, amount}}),
                                            {A, QStringLiteral("to"), N}),
                             transfer, true, Role::User));
    gw.registerMethod(method(QStringLiteral("ledger.approve"),
                             QStringLiteral("ICRC-2 approve: let a spender move up to an amount from your account"),
                             schema::object(with({{A, asset}, {QStringLiteral("from_subaccount"), sub}, {QStringLiteral("spender"), acct}, {N, amount},
                                                  {QStringLiteral("expected_allowance"), amount}, {QStringLiteral("expires_at"), time}}),
                                            {A, QStringLiteral("spender"), N}),
                             approve, true, Role::User));
    gw.registerMethod(method(QStringLiteral("ledger.transfer_from"),
                             QStringLiteral("ICRC-2 transfer_from: move funds you were approved for (amount + fee from the allowance)"),
                             schema::object(with({{A, asset}, {QStringLiteral("spender_subaccount"), sub}, {QStringLiteral("from"), acct},
                                                  {QStringLiteral("to"), acct}, {N, amount}}),
                                            {A, QStringLiteral("from"), QStringLiteral("to"), N}),
                             transferFrom, true, Role::User));
    gw.registerMethod(method(QStringLiteral("ledger.burn"), QStringLiteral("Burn from your account (at least the transfer fee; no fee)"),
                             schema::object(with({{A, asset}, {QStringLiteral("from_subaccount"), sub}, {N, amount}}), {A, N}),
                             burn, true, Role::User));
    gw.registerMethod(method(QStringLiteral("ledger.mint"), QStringLiteral("Mint new tokens from the asset's minting account (admins)"),
                             schema::object(with({{A, asset}, {QStringLiteral("to"), acct}, {N, amount}}), {A, QStringLiteral("to"), N}),
                             mint, true, Role::Admin));
    gw.registerMethod(method(QStringLiteral("ledger.set_fee"), QStringLiteral("Change an asset's transfer fee (a new config version)"),
                             schema::object({{A, asset}, {QStringLiteral("fee"), amount}, {QStringLiteral("reason"), schema::string(0, 300)}},
                                            {A, QStringLiteral("fee")}),
                             setFee, true, Role::Admin, Permission::ManageFees));

    gw.registerMethod(method(QStringLiteral("ledger.assets"), QStringLiteral("Assets: symbol, decimals, fee, supply, minting account, chain tip"),
                             schema::object({}), ledgerq::assets, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.balance_of"), QStringLiteral("ICRC-1 balance of an account (default: yours)"),
                             schema::object({{A, asset}, {QStringLiteral("account"), acct}, {QStringLiteral("subaccount"), sub}}, {A}),
                             ledgerq::balanceOf, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.total_supply"), QStringLiteral("Total supply = minted - burned - fees burned"),
                             schema::object({{A, asset}}, {A}), ledgerq::totalSupply, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.accounts"), QStringLiteral("A principal's accounts (subaccounts) with balances per asset"),
                             schema::object({{QStringLiteral("owner"), schema::principal()}}), ledgerq::accounts, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.allowance"), QStringLiteral("ICRC-2 allowance of a spender on an account"),
                             schema::object({{A, asset}, {QStringLiteral("account"), acct}, {QStringLiteral("spender"), acct}},
                                            {A, QStringLiteral("account"), QStringLiteral("spender")}),
                             ledgerq::allowance, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.allowances"), QStringLiteral("Approvals given and received by an account (default: yours)"),
                             schema::object({{QStringLiteral("account"), acct}, {QStringLiteral("subaccount"), sub}, {A, asset},
                                             {QStringLiteral("include_expired"), schema::boolean()}}),
                             ledgerq::allowances, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.get_blocks"), QStringLiteral("ICRC-3 blocks [start, start + length) of an asset"),
                             schema::object({{A, asset}, {QStringLiteral("start"), schema::integer(0, 1LL << 53)},
                                             {QStringLiteral("length"), schema::integer(0, 1000)}},
                                            {A, QStringLiteral("start"), QStringLiteral("length")}),
                             ledgerq::getBlocks, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.history"),
                             QStringLiteral("An account's blocks, newest first, with running balance; filters and keyset paging"),
                             schema::object({{QStringLiteral("account"), acct}, {QStringLiteral("subaccount"), sub}, {A, asset},
                                             {QStringLiteral("type"), schema::enumOf({QStringLiteral("transfer"), QStringLiteral("mint"), QStringLiteral("burn"),
                                                                                      QStringLiteral("approve"), QStringLiteral("transfer_from")})},
                                             {QStringLiteral("from_ns"), time}, {QStringLiteral("to_ns"), time},
                                             {QStringLiteral("before"), schema::integer(1, 1LL << 53)}, {QStringLiteral("limit"), schema::integer(1, 500)}}),
                             ledgerq::history, false, Role::Guest));
    gw.registerMethod(method(QStringLiteral("ledger.verify_chain"),
                             QStringLiteral("Check each asset's block chain, totals and balances; names the first bad block"),
                             schema::object({{A, asset}}), ledgerq::verifyChain, false, Role::User));
}

} // namespace nexus
