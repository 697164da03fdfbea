#include "ledgerargs.h"

#include "ledgerrules.h"
#include "swapcontract.h"

#include <limits>

namespace nexus::ledgerargs {

namespace {

Error invalid(const QString &key, const QString &msg, const QString &hint = {})
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(key, msg), hint);
}

bool isHex(const QString &s)
{
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    return true;
}

} // namespace

Result<Account> account(const QJsonObject &args, const QString &key)
{
    if (!args.contains(key))
        return invalid(key, QStringLiteral("an account is required."));
    auto a = Account::fromText(args.value(key).toString());
    if (!a)
        return invalid(key, a.error().message, a.error().hint);
    return a;
}

Result<Account> payee(const QJsonObject &args, const QString &key)
{
    auto a = account(args, key);
    if (a && a->owner() == swapEscrowPrincipal())
        return invalid(key, QStringLiteral("this is a swap escrow account; it receives funds only when a swap locks them."),
                       QStringLiteral("To trade with someone, use swaps.initiate or swaps.participate."));
    return a;
}

Result<Account> callerAccount(const ExecContext &ctx, const QJsonObject &args, const QString &subKey)
{
    // Acting as the escrow principal (the local gateway trusts --as) must not open the escrow.
    if (ctx.call.caller == swapEscrowPrincipal())
        return Error::make(ErrorCode::PermissionDenied, QStringLiteral("Swap escrow accounts move funds only through swaps.* methods."),
                           QStringLiteral("Redeem or refund the swap instead."));
    if (!args.contains(subKey))
        return Account(ctx.call.caller);
    const QString hex = args.value(subKey).toString();
    if (hex.isEmpty() || hex.size() > 64 || !isHex(hex))
        return invalid(subKey, QStringLiteral("\"%1\" is not a subaccount.").arg(hex),
                       QStringLiteral("Write the 32-byte subaccount as 1 to 64 hex digits (leading zeros may be left out)."));
    return Account(ctx.call.caller, QByteArray::fromHex(hex.rightJustified(64, QLatin1Char('0')).toLatin1()));
}

Result<Account> accountOrCaller(const ExecContext &ctx, const QJsonObject &args, const QString &key)
{
    if (args.contains(key))
        return account(args, key);
    return callerAccount(ctx, args, QStringLiteral("subaccount"));
}

Result<Nat128> amount(const QJsonObject &args, const QString &key, const AssetRow &a)
{
    if (!args.value(key).isString())
        return invalid(key, QStringLiteral("an amount in base units is required, as a string."),
                       QStringLiteral("For example \"150000000\" for 1.5 %1 (%2 decimals).").arg(a.symbol).arg(a.decimals));
    return ledger::parseBaseUnits(args.value(key).toString(), key, a.decimals, a.symbol);
}

Result<std::optional<Nat128>> optionalAmount(const QJsonObject &args, const QString &key, const AssetRow &a)
{
    if (!args.contains(key))
        return std::optional<Nat128>();
    auto n = amount(args, key, a);
    if (!n)
        return n.error();
    return std::optional<Nat128>(*n);
}

Result<std::optional<quint64>> optionalTime(const QJsonObject &args, const QString &key, bool maxSigned)
{
    if (!args.contains(key))
        return std::optional<quint64>();
    const QString text = args.value(key).toString();
    const QString hint = QStringLiteral("Write nanoseconds since 1970-01-01 UTC as a decimal string, e.g. \"1700000000000000000\".");
    Nat128 n = 0;
    if (!nat128FromString(text, &n) || n > std::numeric_limits<quint64>::max())
        return invalid(key, QStringLiteral("\"%1\" is not a nat64 time in nanoseconds.").arg(text), hint);
    if (maxSigned && n > Nat128(std::numeric_limits<qint64>::max()))
        return invalid(key, QStringLiteral("\"%1\" lies beyond the year 2262.").arg(text), QStringLiteral("Leave it out for no expiry."));
    return std::optional<quint64>(quint64(n));
}

Result<std::optional<QByteArray>> memo(const QJsonObject &args)
{
    const bool hex = args.contains(QStringLiteral("memo"));
    const bool text = args.contains(QStringLiteral("memo_text"));
    if (hex && text)
        return invalid(QStringLiteral("memo"), QStringLiteral("give memo (hex) or memo_text, not both."));
    if (!hex && !text)
        return std::optional<QByteArray>();
    QByteArray bytes;
    if (hex) {
        const QString h = args.value(QStringLiteral("memo")).toString();
        if (h.isEmpty() || h.size() % 2 != 0 || !isHex(h))
            return invalid(QStringLiteral("memo"), QStringLiteral("\"%1\" is not hex bytes.").arg(h),
                           QStringLiteral("Use memo_text for words, or an even number of hex digits."));
        bytes = QByteArray::fromHex(h.toLatin1());
    } else {
        bytes = args.value(QStringLiteral("memo_text")).toString().toUtf8();
        if (bytes.isEmpty())
            return invalid(QStringLiteral("memo_text"), QStringLiteral("the memo is empty."), QStringLiteral("Leave it out instead."));
    }
    if (bytes.size() > ledger::kMaxMemoBytes)
        return invalid(hex ? QStringLiteral("memo") : QStringLiteral("memo_text"),
                       QStringLiteral("the memo has %1 bytes; at most %2 fit.").arg(bytes.size()).arg(ledger::kMaxMemoBytes));
    return std::optional<QByteArray>(bytes);
}

QString shortText(const QString &text)
{
    // "k2t6j-2nvnp-…-6ae" or "k2t6j-2nvnp-…-6ae.1f…" (the checksum is left out).
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString owner = dot < 0 ? text : text.left(text.lastIndexOf(QLatin1Char('-'), dot));
    if (owner.size() > 17)
        owner = owner.left(11) + QStringLiteral("…") + owner.right(5);
    if (dot < 0)
        return owner;
    const QString sub = text.mid(dot + 1);
    return owner + QLatin1Char('.') + (sub.size() > 8 ? sub.left(8) + QStringLiteral("…") : sub);
}

} // namespace nexus::ledgerargs
