#pragma once
// The ICRC-1/2 ledger error variants with their data, rendered two ways: a nexus Error a person can
// act on (message + hint, amounts in the asset's decimals) and machine data in Error::details,
// e.g. {"error":"BadFee","expected_fee":"10000","asset":"ICP"}. Nat values are decimal strings.

#include "error.h"
#include "value.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nexus {

class LedgerError
{
public:
    enum class Kind {
        BadFee,                 // expected_fee
        BadBurn,                // min_burn_amount
        InsufficientFunds,      // balance
        TooOld,
        CreatedInFuture,        // ledger_time
        Duplicate,              // duplicate_of
        InsufficientAllowance,  // allowance
        AllowanceChanged,       // current_allowance
        Expired,                // ledger_time
        TemporarilyUnavailable,
        GenericError,           // error_code, message
    };

    // GenericError codes this ledger uses.
    enum GenericCode : quint64 {
        SelfApproval = 1,       // an account cannot approve itself
        MintingAccountUse = 2,  // the minting account cannot approve, spend or receive a mint
        SupplyOverflow = 3,     // the total supply would exceed 2^128 - 1
    };

    static LedgerError badFee(Nat128 expectedFee) { return make(Kind::BadFee, expectedFee); }
    static LedgerError badBurn(Nat128 minBurnAmount) { return make(Kind::BadBurn, minBurnAmount); }
    static LedgerError insufficientFunds(Nat128 balance) { return make(Kind::InsufficientFunds, balance); }
    static LedgerError tooOld() { return make(Kind::TooOld); }
    static LedgerError createdInFuture(quint64 ledgerTimeNs) { return make(Kind::CreatedInFuture, 0, ledgerTimeNs); }
    static LedgerError duplicate(quint64 duplicateOf) { return make(Kind::Duplicate, 0, duplicateOf); }
    static LedgerError insufficientAllowance(Nat128 allowance) { return make(Kind::InsufficientAllowance, allowance); }
    static LedgerError allowanceChanged(Nat128 current) { return make(Kind::AllowanceChanged, current); }
    static LedgerError expired(quint64 ledgerTimeNs) { return make(Kind::Expired, 0, ledgerTimeNs); }
    static LedgerError temporarilyUnavailable() { return make(Kind::TemporarilyUnavailable); }
    static LedgerError generic(quint64 code, QString message)
    {
        LedgerError e = make(Kind::GenericError, 0, code);
        e.m_message = std::move(message);
        return e;
    }

    Kind kind() const { return m_kind; }
    QString name() const;          // "BadFee", ... as in the ICRC .did files
    Nat128 amount() const { return m_amount; }   // expected_fee, min_burn_amount, balance, allowance
    quint64 number() const { return m_number; }  // ledger_time (ns), duplicate_of, error_code
    QString genericMessage() const { return m_message; }

    // {"error": name, <field>: "<nat>", "asset": symbol}
    QJsonObject details(const QString &symbol) const;
    // A person-readable Error (amounts shown with `decimals`) carrying details().
    Error toError(const QString &symbol, int decimals) const;
    // Reads details() back (GUI: friendly texts per variant); nullopt if it is not a ledger error.
    static std::optional<LedgerError> fromDetails(const QJsonObject &details);

    static ErrorCode errorCodeFor(Kind k);
    bool operator==(const LedgerError &o) const
    {
        return m_kind == o.m_kind && m_amount == o.m_amount && m_number == o.m_number && m_message == o.m_message;
    }

private:
    static LedgerError make(Kind k, Nat128 amount = 0, quint64 number = 0)
    {
        LedgerError e;
        e.m_kind = k;
        e.m_amount = amount;
        e.m_number = number;
        return e;
    }
    Kind m_kind = Kind::GenericError;
    Nat128 m_amount = 0;
    quint64 m_number = 0;
    QString m_message;
};

} // namespace nexus
