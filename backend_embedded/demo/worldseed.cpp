#include "worldseed.h"

#include <QJsonArray>

#include <cmath>

namespace nexus {

namespace {

struct WorldPlan {
    int creator; // 0: emil, 1: fatima
    const char *prompt;
    const char *title;
    const char *description;
    const char *tags; // space separated
    const char *visibility;
    int popularity; // relative share of the visitors
};

constexpr WorldPlan kWorlds[] = {
    {0, "a castle on a hill surrounded by pine trees at sunset", "Sunset Keep",
     "A hilltop castle ringed by pines; the walls glow at golden hour.", "fantasy castle sunset", "public", 5},
    {0, "three towers around a lake in a misty forest at dusk", "Misty Towers",
     "Three wizard towers keep watch over a lake lost in the fog.", "fantasy fog lake", "public", 4},
    {1, "a busy city at night with cars, street lamps and a fountain", "Neon Plaza",
     "Downtown after dark: traffic, street lamps and a fountain square to meet in.", "city night social", "public", 6},
    {1, "a snowy village with cabins and a frozen pond at noon", "Frost Hollow",
     "A quiet winter village around a frozen pond.", "winter village cozy", "public", 2},
    {1, "a desert oasis with palm trees and ancient ruins", "Oasis (preview)",
     "Work in progress: shared by link for feedback.", "desert ruins", "unlisted", 1},
    {0, "an alien planet with glowing crystals and rocks", "Crystal lab", "Private sketch.", "scifi", "private", 0},
};

// What a Unity client reports while people visit, with how often it happens per visit.
struct EventKind {
    const char *type;
    int perVisitPercent;
};
constexpr EventKind kEvents[] = {{"world_enter", 100}, {"teleport", 160}, {"object_interact", 220}, {"photo_taken", 35}, {"world_exit", 95}};

} // namespace

Status seedWorlds(DemoScript &s, const DemoCast &cast, Prng &rng)
{
    const auto cancelled = [] { return Error::make(ErrorCode::Conflict, QStringLiteral("Demo seeding was cancelled.")); };
    const Principal creators[] = {cast.emil, cast.fatima};
    QList<qint64> worldIds;
    QList<int> weights;
    for (const WorldPlan &p : kWorlds) {
        const Principal by = creators[p.creator];
        auto w = s.must(by, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), QLatin1String(p.prompt)}, {QStringLiteral("seed"), 7}});
        if (!w)
            return w.error();
        const qint64 world = w->toObject().value(QStringLiteral("world_id")).toInteger();
        QJsonArray tags;
        for (const QString &t : QString::fromLatin1(p.tags).split(QLatin1Char(' ')))
            tags.append(t);
        s.act(by, QStringLiteral("experiences.publish"),
              {{QStringLiteral("world_id"), world}, {QStringLiteral("title"), QLatin1String(p.title)}, {QStringLiteral("description"), QLatin1String(p.description)},
               {QStringLiteral("tags"), tags}, {QStringLiteral("visibility"), QLatin1String(p.visibility)}});
        if (p.popularity > 0)
            worldIds << world, weights << p.popularity;
    }
    // Someone else may not publish Emil's world.
    s.expectRefusal(cast.fatima, QStringLiteral("experiences.publish"), {{QStringLiteral("world_id"), worldIds.first()}});
    if (!s.step(QStringLiteral("Worlds and experiences")))
        return cancelled();

    // Avatars for the named people and a handful of members, then one session that is still
    // open (Misty Towers, three inside) and one that has ended.
    QList<Principal> visitors{cast.emil, cast.fatima, cast.gus, cast.hana};
    for (int i = 0; i < 8 && i < cast.members.size(); ++i)
        visitors << cast.members[i];
    const char *names[] = {"Emil the Builder", "Fatima", "Gus", "Hana", "Aiko", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo"};
    for (int i = 0; i < visitors.size(); ++i)
        s.act(visitors[i], QStringLiteral("avatars.register"),
              {{QStringLiteral("name"), QLatin1String(names[i])},
               {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("body"), i % 2 ? QStringLiteral("slim") : QStringLiteral("sturdy")},
                                                        {QStringLiteral("colour"), QStringLiteral("#%1").arg(rng.below(0xffffff), 6, 16, QLatin1Char('0'))}}}});
    s.expectRefusal(cast.gus, QStringLiteral("avatars.register"), {{QStringLiteral("name"), QStringLiteral("Gus again")}});
    if (auto open = s.must(cast.emil, QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), worldIds[1]}, {QStringLiteral("max_participants"), 8}})) {
        const qint64 id = open->toObject().value(QStringLiteral("session_id")).toInteger();
        s.act(cast.gus, QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), id}});
        s.act(cast.hana, QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), id}});
    }
    if (auto past = s.must(cast.fatima, QStringLiteral("sessions.create"), {{QStringLiteral("world_id"), worldIds[2]}, {QStringLiteral("max_participants"), 20}})) {
        const qint64 id = past->toObject().value(QStringLiteral("session_id")).toInteger();
        s.act(cast.gus, QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), id}});
        s.act(cast.fatima, QStringLiteral("sessions.end"), {{QStringLiteral("session_id"), id}});
    }

    // Telemetry, hour by hour: visits follow the time of day (quiet at night, busiest in the
    // evening) and each world's popularity; every visitor's client sends its events in one batch.
    constexpr qint64 hourNs = 3600LL * 1000000000;
    int totalWeight = 0;
    for (int w : weights)
        totalWeight += w;
    const auto visitHour = [worldIds, weights, totalWeight, visitors, &rng](DemoScript &script) {
        const double hourOfDay = double((script.clockNs() / hourNs) % 24);
        const double daylight = 0.55 + 0.45 * std::sin((hourOfDay - 13.0) / 24.0 * 2 * M_PI);
        const int visits = int(2 + daylight * 10) + int(rng.below(3));
        for (int v = 0; v < visits; ++v) {
            quint64 pick = rng.below(quint64(totalWeight));
            int k = 0;
            while (pick >= quint64(weights[k]))
                pick -= quint64(weights[k++]);
            QJsonArray events;
            for (const EventKind &e : kEvents)
                for (int n = e.perVisitPercent; n > 0; n -= 100)
                    if (n >= 100 || rng.chance(n))
                        events.append(QJsonObject{{QStringLiteral("event_type"), QLatin1String(e.type)}, {QStringLiteral("world_id"), worldIds[k]}});
            script.act(visitors[int(rng.below(quint64(visitors.size())))], QStringLiteral("telemetry.ingest_batch"), {{QStringLiteral("events"), events}});
        }
        return visits;
    };
    for (qint64 h = 0; h < kWorldSeedSpanNs / hourNs; ++h) {
        const int visits = visitHour(s);
        s.advance(3600 - 37 * visits);
    }
    // At most a day more: on the real clock the later stages take the 19 hours up to now; with
    // a fixed anchor (the tests) the oracle's month of history would otherwise be a month of
    // visits.
    const qint64 stop = s.clockNs() + 24 * hourNs;
    s.setBackground([visitHour, stop](DemoScript &script, qint64 due) {
        visitHour(script);
        return due + hourNs < stop ? due + hourNs : 0;
    }, s.clockNs());
    if (!s.step(QStringLiteral("Telemetry")))
        return cancelled();
    return {};
}

} // namespace nexus
