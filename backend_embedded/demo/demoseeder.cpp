#include "demoseeder.h"

#include "backend.h"
#include "demoscript.h"
#include "eventseed.h"
#include "keys.h"
#include "ledgerseed.h"
#include "marketseed.h"
#include "oracleseed.h"
#include "prng.h"
#include "swapseed.h"
#include "worldseed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>


namespace nexus {

namespace {

struct NamedIdentity {
    const char *name;
    const char *displayName;
    Role role;
    KeyType keyType;
};

// One identity for every role, with a key in the key store so the UI can switch to it.
constexpr NamedIdentity kIdentities[] = {
    {"ada", "Ada Lovelace", Role::Controller, KeyType::Ed25519},
    {"boris", "Boris Petrov", Role::SuperAdmin, KeyType::Ed25519},
    {"chen", "Chen Wei", Role::Admin, KeyType::Ed25519},
    {"dana", "Dana Okafor", Role::Admin, KeyType::Secp256k1},
    {"emil", "Emil Novak", Role::Creator, KeyType::Ed25519},
    {"fatima", "Fatima Zahra", Role::Creator, KeyType::Ed25519},
    {"gus", "Gus Lindqvist", Role::User, KeyType::Ed25519},
    {"hana", "Hana Sato", Role::User, KeyType::Secp256k1},
};

constexpr const char *kFirst[] = {"Aiko", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
                                  "Kira", "Luca", "Mara", "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara",
                                  "Umar", "Vera", "Wim", "Xenia", "Yusuf", "Zoe", "Anika", "Bela", "Cyrus", "Dalia"};
constexpr const char *kLast[] = {"Andersen", "Barros", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat",
                                 "Ivanova", "Jensen", "Kowalski", "Laine", "Moreau", "Nakamura", "Olsen", "Petrova",
                                 "Quist", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Weber", "Young", "Zimmer"};
constexpr const char *kBios[] = {"World builder", "Collector of rare tickets", "Runs community events", "Sound designer",
                                 "Weekend explorer", "Pixel artist", "Architect of floating cities", ""};

QString pem(const KeyPair &k) { return QString::fromUtf8(k.toPem()); }

} // namespace

DemoSeeder::DemoSeeder(Backend &backend, DemoOptions options) : m_backend(backend), m_options(options) {}

Status DemoSeeder::run(const std::function<bool(int, int, const QString &)> &progress)
{
    Prng rng(m_options.seed);
    qint64 anchor = m_options.anchorNs;
    if (anchor == 0) {
        const QDateTime midnight(QDate::currentDate().addDays(-60), QTime(0, 0), Qt::UTC);
        anchor = midnight.toMSecsSinceEpoch() * 1000000LL;
    }
    const int total = int(std::size(kIdentities)) + m_options.generatedUsers + 12 + kLedgerSeedSteps + kMarketSeedSteps + kEventSeedSteps
                      + kSwapSeedSteps
                      + kWorldSeedSteps;
    DemoScript s(m_backend, anchor, progress, total);
    const auto cancelled = [] { return Error::make(ErrorCode::Conflict, QStringLiteral("Demo seeding was cancelled.")); };

    // Identities: deterministic keys from the seed, imported through the gateway like any PEM.
    QList<Principal> principals;
    for (const NamedIdentity &id : kIdentities) {
        auto key = KeyPair::fromRawPrivate(id.keyType, rng.bytes(32));
        if (!key)
            return key.error();
        principals << key->principal();
        const bool isController = id.role == Role::Controller;
        const Principal as = isController ? Principal::anonymous() : principals.first();
        auto imported = s.must(as, QStringLiteral("identities.import_pem"),
                               {{QStringLiteral("name"), QLatin1String(id.name)}, {QStringLiteral("pem"), pem(*key)},
                                {QStringLiteral("passphrase"), passphrase()}, {QStringLiteral("register"), !isController}});
        if (!imported)
            return imported.error();
        if (isController) {
            if (auto r = s.must(principals.first(), QStringLiteral("system.bootstrap"), {{QStringLiteral("name"), QLatin1String(id.displayName)}}); !r)
                return r.error();
        } else {
            s.act(key->principal(), QStringLiteral("users.update_profile"),
                   {{QStringLiteral("name"), QLatin1String(id.displayName)},
                    {QStringLiteral("email"), QStringLiteral("%1@nexus.example").arg(QLatin1String(id.name))}});
        }
        if (!s.step(QStringLiteral("Identities")))
            return cancelled();
    }
    const Principal ada = principals[0], boris = principals[1], chen = principals[2], dana = principals[3];
    DemoCast cast{ada, boris, chen, dana, principals[4], principals[5], principals[6], principals[7], {}};
    auto setRole = [&](const Principal &as, const Principal &who, Role r) {
        s.act(as, QStringLiteral("users.set_role"), {{QStringLiteral("principal"), who.toText()}, {QStringLiteral("role"), roleName(r)}});
    };
    setRole(ada, boris, Role::SuperAdmin);
    setRole(boris, chen, Role::Admin);
    setRole(boris, dana, Role::Admin);
    setRole(chen, principals[4], Role::Creator);
    setRole(chen, principals[5], Role::Creator);
    auto grant = [&](const Principal &as, const Principal &who, const QString &perm) {
        s.act(as, QStringLiteral("users.grant_permission"), {{QStringLiteral("principal"), who.toText()}, {QStringLiteral("permission"), perm}});
    };
    grant(boris, chen, QStringLiteral("manage_fees"));
    grant(boris, chen, QStringLiteral("manage_system"));
    grant(boris, dana, QStringLiteral("manage_oracle"));
    grant(boris, dana, QStringLiteral("emergency_stop"));
    s.expectRefusal(principals[6], QStringLiteral("users.set_role"), {{QStringLiteral("principal"), principals[7].toText()}, {QStringLiteral("role"), QStringLiteral("admin")}});
    s.expectRefusal(chen, QStringLiteral("users.set_role"), {{QStringLiteral("principal"), dana.toText()}, {QStringLiteral("role"), QStringLiteral("super_admin")}});
    if (!s.step(QStringLiteral("Roles and permissions")))
        return cancelled();

    // Community members: some register themselves, others are added by an admin; KYC in every state.
    static const QStringList kyc{QStringLiteral("pending"), QStringLiteral("verified"), QStringLiteral("verified"), QStringLiteral("rejected")};
    for (int i = 0; i < m_options.generatedUsers; ++i) {
        const Principal p = KeyPair::fromRawPrivate(KeyType::Ed25519, rng.bytes(32))->principal();
        const QString name = QStringLiteral("%1 %2").arg(QLatin1String(kFirst[rng.below(std::size(kFirst))]),
                                                         QLatin1String(kLast[rng.below(std::size(kLast))]));
        const QString email = name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.org");
        const QString bio = QLatin1String(kBios[rng.below(std::size(kBios))]);
        if (rng.chance(60))
            s.act(p, QStringLiteral("users.register"), {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}, {QStringLiteral("bio"), bio}});
        else
            s.act(rng.chance(50) ? chen : dana, QStringLiteral("users.create"),
                   {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("name"), name}, {QStringLiteral("email"), email}});
        if (rng.chance(55)) {
            const QString status = kyc[int(rng.below(quint64(kyc.size())))];
            QJsonObject args{{QStringLiteral("principal"), p.toText()}, {QStringLiteral("status"), status}};
            if (status == QLatin1String("rejected"))
                args.insert(QStringLiteral("note"), QStringLiteral("Document unreadable; please upload a sharper scan."));
            s.act(rng.chance(50) ? chen : dana, QStringLiteral("users.set_kyc"), args);
        }
        if (rng.chance(8))
            s.act(chen, QStringLiteral("users.set_role"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("role"), QStringLiteral("creator")}});
        if (rng.chance(2))
            s.act(dana, QStringLiteral("users.set_disabled"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("disabled"), true}});
        else
            cast.members << p;
        if (rng.chance(5))
            s.expectRefusal(p, QStringLiteral("users.set_kyc"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("status"), QStringLiteral("verified")}});
        s.advance(rng.between(600, 9000));
        if (!s.step(QStringLiteral("Community members")))
            return cancelled();
    }

    // Configuration history, flags, maintenance and an emergency drill.
    auto cfg = [&](const Principal &as, const QString &key, const QJsonValue &v, const QString &reason) {
        s.act(as, QStringLiteral("system.config_set"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), v}, {QStringLiteral("reason"), reason}});
    };
    cfg(chen, QStringLiteral("fees.listing_bps"), 250, QStringLiteral("launch pricing"));
    cfg(chen, QStringLiteral("fees.sale_bps"), 500, QStringLiteral("launch pricing"));
    cfg(chen, QStringLiteral("fees.listing_bps"), 200, QStringLiteral("creator feedback"));
    cfg(chen, QStringLiteral("fees.listing_bps"), 150, QStringLiteral("summer promotion"));
    cfg(boris, QStringLiteral("ui.fiat_currency"), QStringLiteral("EUR"), QStringLiteral("EU launch"));
    cfg(chen, QStringLiteral("ratelimit.write"), QJsonObject{{QStringLiteral("capacity"), 80}, {QStringLiteral("per_second"), 25}}, QStringLiteral("busier creators"));
    cfg(chen, QStringLiteral("marketplace.featured_collections"), QJsonArray{QStringLiteral("sky-isles"), QStringLiteral("neon-bazaar")}, QStringLiteral("weekly picks"));
    if (!s.step(QStringLiteral("Configuration")))
        return cancelled();
    s.act(chen, QStringLiteral("system.config_rollback"), {{QStringLiteral("key"), QStringLiteral("fees.listing_bps")}, {QStringLiteral("version"), 2}, {QStringLiteral("reason"), QStringLiteral("promotion ended")}});
    s.act(chen, QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("http_api")}, {QStringLiteral("enabled"), true}});
    s.act(chen, QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("beta_worlds")}, {QStringLiteral("enabled"), true}, {QStringLiteral("reason"), QStringLiteral("beta cohort")}});
    s.expectRefusal(principals[4], QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("fees.sale_bps")}, {QStringLiteral("value"), 0}});
    if (!s.step(QStringLiteral("Feature flags")))
        return cancelled();
    s.act(chen, QStringLiteral("system.set_maintenance"), {{QStringLiteral("enabled"), true}, {QStringLiteral("message"), QStringLiteral("Database upgrade, back in 10 minutes")}});
    s.expectRefusal(principals[6], QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("trying during maintenance")}});
    s.advance(600);
    s.act(chen, QStringLiteral("system.set_maintenance"), {{QStringLiteral("enabled"), false}});
    if (!s.step(QStringLiteral("Maintenance window")))
        return cancelled();
    s.act(dana, QStringLiteral("system.emergency_stop"), {{QStringLiteral("reason"), QStringLiteral("Drill: suspicious burst of listings")}});
    s.expectRefusal(chen, QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("fees.sale_bps")}, {QStringLiteral("value"), 450}});
    s.advance(300);
    s.act(dana, QStringLiteral("system.resume"), {{QStringLiteral("note"), QStringLiteral("Drill complete")}});
    if (!s.step(QStringLiteral("Emergency drill")))
        return cancelled();
    // Later stages are added here; each uses `s`, `cast` and `rng`. The ledger goes before the
    // oracle so its transactions fall inside the 30 days of price history (fiat at the time).
    const qint64 ledgerStart = s.clockNs();
    if (auto st = seedLedger(s, cast, rng); !st)
        return st.error();
    // The marketplace draws on its own generator, so the stages before and after it keep the data
    // they had before it existed.
    Prng marketRng(m_options.seed ^ 0x6d61726b6574ULL);
    if (auto st = seedMarket(s, cast, marketRng); !st)
        return st.error();
    if (auto st = seedEvents(s, cast, marketRng); !st)
        return st.error();
    // On the real clock, the prices end shortly before the live demo feed takes over (it catches
    // up the hours of the swap stage, not weeks of rounds), and the swaps that follow end before
    // the real "now": nothing in a fresh demo happens in the future. The history then reaches back
    // to the first ledger block.
    // The worlds' telemetry fills the hours before that, so the telemetry view's last 24 hours
    // have a day's rhythm in them.
    if (m_options.anchorNs == 0)
        s.setClockNs(std::max(s.clockNs(), nowNs() - kOracleLiveSpanNs - kSwapSeedSpanNs - kWorldSeedSpanNs));
    Prng worldRng(m_options.seed ^ 0x776f726c6473ULL);
    if (auto st = seedWorlds(s, cast, worldRng); !st)
        return st.error();
    if (m_options.anchorNs == 0)
        s.setClockNs(std::max(s.clockNs(), nowNs() - kOracleLiveSpanNs - kSwapSeedSpanNs));
    if (auto st = seedOracle(s, cast, rng, ledgerStart); !st)
        return st.error();
    // Swaps are valued with the oracle, so they come right after its prices.
    if (auto st = seedSwaps(s, cast, rng, anchor + 60LL * 86400 * 1000000000); !st)
        return st.error();
    s.setBackground({}, 0); // the visitors' telemetry draws on worldRng, which goes first
    if (s.firstFailure())
        return *s.firstFailure();
    while (s.done() < total)
        if (!s.step(QStringLiteral("Done")))
            return cancelled();
    return {};
}

} // namespace nexus
