#pragma once
// The per-item error variants of ICRC-7 / ICRC-37 batch calls (transfer, transfer_from, approve,
// revoke). A batch answers one result per item; a refused item changes nothing.

#include "ledgererror.h"

#include <QJsonObject>
#include <QString>

namespace nexus {

struct NftItemError {
    enum class Kind {
        NonExistingTokenId,
        InvalidRecipient,
        Unauthorized,
        TooOld,
        CreatedInFuture,      // number: ledger_time (ns)
        Duplicate,            // number: duplicate_of (block index)
        ApprovalDoesNotExist, // ICRC-37 revoke
        GenericError,         // number: error_code
    };
    // GenericError codes this collection ledger uses.
    enum GenericCode : quint64 {
        Locked = 1,            // the token is listed for sale: it moves only through the listing
        TooManyApprovals = 2,  // icrc37_max_approvals_per_token_or_collection reached
        SelfApproval = 3,      // an account cannot approve itself
        ExpiryInPast = 4,      // expires_at lies before the ledger time
    };

    Kind kind = Kind::GenericError;
    quint64 number = 0;
    QString message; // what happened, for people

    static NftItemError make(Kind k, QString message, quint64 number = 0) { return {k, number, std::move(message)}; }
    static NftItemError generic(quint64 code, QString message) { return {Kind::GenericError, code, std::move(message)}; }
    // TooOld / CreatedInFuture from the ledger's created_at_time check (same window and drift).
    static NftItemError fromTimeCheck(const LedgerError &e);

    QString name() const; // "NonExistingTokenId", ... as in the ICRC .did files
    // {"error": name, "message": ..., and ledger_time / duplicate_of / error_code when set}
    QJsonObject toJson() const;
};

} // namespace nexus
