// nexusctl swap-secret: what the initiator's app does before swaps.initiate — 32 random bytes and
// their SHA-256. Only the hashlock goes to the backend; the secret stays with the initiator until
// they redeem (swaps.redeem). Needs no profile.

#include "cli.h"

#include "swapsecret.h"

#include <QJsonObject>

namespace nexus {

int Cli::cmdSwapSecret()
{
    auto sec = SwapSecret::generate();
    if (!sec)
        return fail(sec.error());
    print(QJsonObject{{QStringLiteral("secret"), sec->secretHex()}, {QStringLiteral("hashlock"), sec->hashlockHex()}},
          QStringLiteral("secret   %1   (keep it; redeem with it)\nhashlock %2   (give it to swaps.initiate)\n").arg(sec->secretHex(), sec->hashlockHex()));
    return ExitOk;
}

} // namespace nexus
