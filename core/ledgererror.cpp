#include "ledgererror.h"

#include "amount.h"

#include <QDateTime>

#include <array>
#include <utility>

namespace nexus {

namespace {

using Kind = LedgerError::Kind;

// How a variant's data field travels in JSON: amounts and ns times as decimal strings (they exceed
// a double's 53 bits), block indexes and error codes as numbers.
enum class Field { None, Amount, Time, Number };

struct Variant {
    Kind kind;
    const char *name;
    const char *field; // the variant's data field, nullptr if none
    Field type;
};

constexpr std::array<Variant, 11> kVariants{{
    {Kind::BadFee, "BadFee", "expected_fee", Field::Amount},
    {Kind::BadBurn, "BadBurn", "min_burn_amount", Field::Amount},
    {Kind::InsufficientFunds, "InsufficientFunds", "balance", Field::Amount},
    {Kind::TooOld, "TooOld", nullptr, Field::None},
    {Kind::CreatedInFuture, "CreatedInFuture", "ledger_time", Field::Time},
    {Kind::Duplicate, "Duplicate", "duplicate_of", Field::Number},
    {Kind::InsufficientAllowance, "InsufficientAllowance", "allowance", Field::Amount},
    {Kind::AllowanceChanged, "AllowanceChanged", "current_allowance", Field::Amount},
    {Kind::Expired, "Expired", "ledger_time", Field::Time},
    {Kind::TemporarilyUnavailable, "TemporarilyUnavailable", nullptr, Field::None},
    {Kind::GenericError, "GenericError", "error_code", Field::Number},
}};

const Variant &variant(Kind k)
{
    for (const Variant &v : kVariants)
        if (v.kind == k)
            return v;
    return kVariants.back();
}

QString timeText(quint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ns / 1000000), Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString LedgerError::name() const
{
    return QString::fromLatin1(variant(m_kind).name);
}

ErrorCode LedgerError::errorCodeFor(Kind k)
{
    switch (k) {
    case Kind::InsufficientFunds:
    case Kind::InsufficientAllowance:
    case Kind::AllowanceChanged:
    case Kind::TemporarilyUnavailable:
        return ErrorCode::Conflict; // the request is well formed; the ledger's state refuses it
    case Kind::Duplicate:
        return ErrorCode::AlreadyExists;
    case Kind::BadFee:
    case Kind::BadBurn:
    case Kind::TooOld:
    case Kind::CreatedInFuture:
    case Kind::Expired:
    case Kind::GenericError:
        break;
    }
    return ErrorCode::InvalidArgument;
}

QJsonObject LedgerError::details(const QString &symbol) const
{
    const Variant &v = variant(m_kind);
    QJsonObject o{{QStringLiteral("error"), QLatin1String(v.name)}};
    if (v.type == Field::Amount)
        o.insert(QLatin1String(v.field), nat128ToString(m_amount));
    else if (v.type == Field::Time)
        o.insert(QLatin1String(v.field), QString::number(m_number));
    else if (v.type == Field::Number)
        o.insert(QLatin1String(v.field), qint64(m_number));
    if (m_kind == Kind::GenericError)
        o.insert(QStringLiteral("message"), m_message);
    if (!symbol.isEmpty())
        o.insert(QStringLiteral("asset"), symbol);
    return o;
}

std::optional<LedgerError> LedgerError::fromDetails(const QJsonObject &details)
{
    const QString name = details.value(QStringLiteral("error")).toString();
    for (const Variant &v : kVariants) {
        if (name != QLatin1String(v.name))
            continue;
        LedgerError e = make(v.kind);
        const QJsonValue field = details.value(QLatin1String(v.field ? v.field : ""));
        bool ok = true;
        if (v.type == Field::Amount)
            ok = nat128FromString(field.toString(), &e.m_amount);
        else if (v.type == Field::Time)
            e.m_number = field.toString().toULongLong(&ok);
        else if (v.type == Field::Number) {
            ok = field.isDouble() && field.toInteger(-1) >= 0;
            e.m_number = quint64(field.toInteger());
        }
        if (!ok)
            return std::nullopt;
        if (v.kind == Kind::GenericError)
            e.m_message = details.value(QStringLiteral("message")).toString();
        return e;
    }
    return std::nullopt;
}

Error LedgerError::toError(const QString &symbol, int decimals) const
{
    const auto amount = [&](Nat128 n) { return QStringLiteral("%1 %2").arg(formatAmount(n, decimals), symbol); };
    QString message;
    QString hint;
    switch (m_kind) {
    case Kind::BadFee:
        message = QStringLiteral("The %1 transfer fee is %2; the request named another fee.").arg(symbol, amount(m_amount));
        hint = QStringLiteral("Leave the fee out to pay the current fee, or pass exactly %1 base units.").arg(nat128ToString(m_amount));
        break;
    case Kind::BadBurn:
        message = QStringLiteral("A burn of %1 must be at least %2.").arg(symbol, amount(m_amount));
        hint = QStringLiteral("Burn a larger amount.");
        break;
    case Kind::InsufficientFunds:
        message = QStringLiteral("The account holds %1, less than the amount plus the fee.").arg(amount(m_amount));
        hint = QStringLiteral("Send less, or top the account up first.");
        break;
    case Kind::TooOld:
        message = QStringLiteral("The transaction was created more than 24 hours ago (created_at_time is too old).");
        hint = QStringLiteral("Create the transaction again with the current time.");
        break;
    case Kind::CreatedInFuture:
        message = QStringLiteral("The transaction's created_at_time lies more than 60 s after the ledger time (%1).").arg(timeText(m_number));
        hint = QStringLiteral("Check this computer's clock, then create the transaction again.");
        break;
    case Kind::Duplicate:
        message = QStringLiteral("This exact transaction is already %1 block %2.").arg(symbol).arg(m_number);
        hint = QStringLiteral("Nothing was sent twice. To send again on purpose, use a new created_at_time or memo.");
        break;
    case Kind::InsufficientAllowance:
        message = QStringLiteral("The allowance is %1, less than the amount plus the fee.").arg(amount(m_amount));
        hint = QStringLiteral("Ask the owner of the account to approve more.");
        break;
    case Kind::AllowanceChanged:
        message = QStringLiteral("The allowance is now %1, not the expected allowance.").arg(amount(m_amount));
        hint = QStringLiteral("Look at the current allowance, then approve again.");
        break;
    case Kind::Expired:
        message = QStringLiteral("The approval's expires_at lies before the ledger time (%1).").arg(timeText(m_number));
        hint = QStringLiteral("Choose a later expiry, or leave it out.");
        break;
    case Kind::TemporarilyUnavailable:
        message = QStringLiteral("The %1 ledger is temporarily unavailable.").arg(symbol);
        hint = QStringLiteral("Try again in a moment.");
        break;
    case Kind::GenericError:
        message = QStringLiteral("%1 (ledger error %2)").arg(m_message).arg(m_number);
        break;
    }
    Error e = Error::make(errorCodeFor(m_kind), message, hint);
    e.details = details(symbol);
    return e;
}

} // namespace nexus
