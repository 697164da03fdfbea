#include "marketrules.h"

#include "digest.h"

#include <QRegularExpression>

namespace nexus::market {

Principal marketplacePrincipal()
{
    static const Principal p = [] {
        QByteArray bytes = sha256(QByteArrayLiteral("nexus-marketplace")).left(9);
        bytes.append('\x01');
        return Principal::fromBytes(bytes).value();
    }();
    return p;
}

Account spenderAccount() { return Account(marketplacePrincipal()); }

Account defaultTreasury()
{
    QByteArray sub(32, '\0');
    sub[31] = 1;
    return Account(marketplacePrincipal(), sub);
}

Result<QStringList> normaliseTags(const QStringList &tags)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
    QStringList out;
    for (const QString &raw : tags) {
        const QString t = raw.trimmed().toLower();
        if (!re.match(t).hasMatch())
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a tag.").arg(raw),
                               QStringLiteral("Tags are 1–32 letters, digits or '-', e.g. \"floating-city\"."));
        if (!out.contains(t))
            out << t;
    }
    if (out.size() > kMaxTags)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("A listing takes at most %1 tags.").arg(kMaxTags));
    return out;
}

QString listingStatusName(ListingStatus s)
{
    switch (s) {
    case ListingStatus::Active: return QStringLiteral("active");
    case ListingStatus::Sold: return QStringLiteral("sold");
    case ListingStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ListingStatus> listingStatusFromName(const QString &name)
{
    for (ListingStatus s : {ListingStatus::Active, ListingStatus::Sold, ListingStatus::Cancelled})
        if (listingStatusName(s) == name)
            return s;
    return std::nullopt;
}

QString collectionFacet(qint64 collectionId) { return QStringLiteral("c%1").arg(collectionId); }
QString sellerFacet(const Principal &p) { return QStringLiteral("u") + QString::fromLatin1(p.bytes().toHex()); }
QString creatorFacet(const Principal &p) { return QStringLiteral("k") + QString::fromLatin1(p.bytes().toHex()); }

QString listingFacets(qint64 collectionId, const Principal &seller, const Principal &creator)
{
    return QStringList{collectionFacet(collectionId), sellerFacet(seller), creatorFacet(creator)}.join(QLatin1Char(' '));
}

} // namespace nexus::market
