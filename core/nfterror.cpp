#include "nfterror.h"

namespace nexus {

NftItemError NftItemError::fromTimeCheck(const LedgerError &e)
{
    if (e.kind() == LedgerError::Kind::TooOld)
        return make(Kind::TooOld, QStringLiteral("created_at_time is older than the 24 h deduplication window."));
    return make(Kind::CreatedInFuture, QStringLiteral("created_at_time lies more than 60 s ahead of the ledger time."), e.number());
}

QString NftItemError::name() const
{
    switch (kind) {
    case Kind::NonExistingTokenId: return QStringLiteral("NonExistingTokenId");
    case Kind::InvalidRecipient: return QStringLiteral("InvalidRecipient");
    case Kind::Unauthorized: return QStringLiteral("Unauthorized");
    case Kind::TooOld: return QStringLiteral("TooOld");
    case Kind::CreatedInFuture: return QStringLiteral("CreatedInFuture");
    case Kind::Duplicate: return QStringLiteral("Duplicate");
    case Kind::ApprovalDoesNotExist: return QStringLiteral("ApprovalDoesNotExist");
    case Kind::GenericError: return QStringLiteral("GenericError");
    }
    return {};
}

QJsonObject NftItemError::toJson() const
{
    QJsonObject o{{QStringLiteral("error"), name()}, {QStringLiteral("message"), message}};
    if (kind == Kind::CreatedInFuture)
        o.insert(QStringLiteral("ledger_time"), QString::number(number));
    else if (kind == Kind::Duplicate)
        o.insert(QStringLiteral("duplicate_of"), qint64(number));
    else if (kind == Kind::GenericError)
        o.insert(QStringLiteral("error_code"), qint64(number));
    return o;
}

} // namespace nexus
