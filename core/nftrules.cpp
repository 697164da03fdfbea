#include "nftrules.h"

#include <QRegularExpression>

namespace nexus::nft {

Status checkSlug(const QString &slug)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{1,31}$"));
    if (!re.match(slug).hasMatch())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a collection handle.").arg(slug),
                           QStringLiteral("Use 2–32 lower-case letters, digits or '-', e.g. \"sky-isles\"."));
    return {};
}

} // namespace nexus::nft
