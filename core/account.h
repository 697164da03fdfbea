#pragma once
// ICRC-1 accounts: owner principal + optional 32-byte subaccount, with the standard textual form
// "<owner>-<checksum>.<subaccount hex without leading zeros>" (plain principal for the default).

#include "principal.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace nexus {

class Account
{
public:
    Account() = default;
    explicit Account(Principal owner, QByteArray subaccount = {});

    // Strict: non-canonical forms (zero subaccount written out, leading zeros, upper case,
    // missing or wrong checksum) are errors that say what is wrong.
    static Result<Account> fromText(const QString &text);
    QString toText() const;

    const Principal &owner() const { return m_owner; }
    QByteArray subaccount() const;          // always 32 bytes (zeros for the default)
    bool isDefaultSubaccount() const;
    bool operator==(const Account &o) const { return m_owner == o.m_owner && subaccount() == o.subaccount(); }

private:
    Principal m_owner;
    QByteArray m_subaccount; // empty or 32 bytes
};

} // namespace nexus
