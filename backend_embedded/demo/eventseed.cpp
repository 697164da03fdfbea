#include "eventseed.h"

#include "demoseeder.h"

#include <QJsonArray>

namespace nexus {

namespace {

constexpr qint64 kHourNs = 3600LL * 1000000000;

struct EventPlan {
    const char *name;
    const char *description;
    int organiser;   // 0: emil, 1: fatima
    int capacity;
    qint64 startsInHours;
    qint64 hours;
    const char *finalStatus; // after registrations
};

// The seeding clock runs weeks behind the real one here, so the coming events start 40 days and
// more after it: a fresh demo shows them still ahead, open to register and with passes to issue.
constexpr EventPlan kEvents[] = {
    {"Sky Isles launch party", "Fly-in party across the first twelve isles, with a dragon race at dusk.", 0, 60, 40 * 24, 6, "active"},
    {"Neon Bazaar night market", "Traders, food stalls and a light show; small venue.", 1, 4, 45 * 24, 5, "active"},
    {"Reef dive workshop", "Build a coral garden together.", 1, 25, 50 * 24, 3, "draft"},
    {"Founders' meetup", "The first meetup of Nexus creators.", 0, 30, -300, 4, "completed"},
    {"Harbor regatta", "Postponed: the harbor is still under construction.", 0, 40, 60 * 24, 8, "cancelled"},
};

} // namespace

Status seedEvents(DemoScript &s, const DemoCast &cast, Prng &rng)
{
    const auto cancelled = [] { return Error::make(ErrorCode::Conflict, QStringLiteral("Demo seeding was cancelled.")); };
    const Principal organisers[] = {cast.emil, cast.fatima};

    // Plain tickets (the Virtual Nexus canister's mint_ticket), some passed on.
    QList<std::pair<qint64, Principal>> plain;
    for (int i = 0; i < 12; ++i) {
        const Principal to = cast.members.isEmpty() ? cast.gus : cast.members[int(rng.below(quint64(cast.members.size())))];
        auto t = s.must(cast.fatima, QStringLiteral("tickets.mint"),
                        {{QStringLiteral("event_name"), i < 8 ? QStringLiteral("VR concert: Aurora") : QStringLiteral("Gallery preview")},
                         {QStringLiteral("to"), to.toText()}, {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("seat"), QStringLiteral("R%1").arg(i + 1)}}}});
        if (!t)
            return t.error();
        plain << std::pair{t->toObject().value(QStringLiteral("id")).toInteger(), to};
    }
    for (int i = 0; i < 3 && i < plain.size(); ++i)
        s.act(plain[i].second, QStringLiteral("tickets.transfer"), {{QStringLiteral("ticket_id"), plain[i].first}, {QStringLiteral("to"), cast.hana.toText()}});
    s.expectRefusal(cast.gus, QStringLiteral("tickets.transfer"), {{QStringLiteral("ticket_id"), plain.last().first}, {QStringLiteral("to"), cast.gus.toText()}});
    s.expectRefusal(cast.fatima, QStringLiteral("tickets.mint"), {{QStringLiteral("event_name"), QString(70, QLatin1Char('x'))}});

    // Events: created as drafts, opened, filled, and moved on to their state.
    const qint64 now = s.clockNs();
    QList<std::pair<qint64, QList<std::pair<Principal, qint64>>>> tickets; // event -> (holder, ticket)
    for (const EventPlan &p : kEvents) {
        const Principal org = organisers[p.organiser];
        const qint64 starts = now + p.startsInHours * kHourNs;
        auto created = s.must(org, QStringLiteral("events.create"),
                              {{QStringLiteral("name"), QLatin1String(p.name)}, {QStringLiteral("description"), QLatin1String(p.description)},
                               {QStringLiteral("capacity"), p.capacity}, {QStringLiteral("starts_at"), QString::number(starts)},
                               {QStringLiteral("ends_at"), QString::number(starts + p.hours * kHourNs)}});
        if (!created)
            return created.error();
        const qint64 id = created->toObject().value(QStringLiteral("event_id")).toInteger();
        QList<std::pair<Principal, qint64>> holders;
        const bool opens = QLatin1String(p.finalStatus) != QLatin1String("draft");
        if (opens && p.startsInHours > 0) {
            s.act(org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), id}, {QStringLiteral("status"), QStringLiteral("active")}});
            QList<Principal> people{cast.gus, cast.hana};
            people << cast.members.mid(0, std::min<qsizetype>(cast.members.size(), p.capacity + 3));
            for (const Principal &who : std::as_const(people)) {
                if (holders.size() == p.capacity) { // full: the next one is told so
                    s.expectRefusal(who, QStringLiteral("events.register"), {{QStringLiteral("event_id"), id}});
                    break;
                }
                if (!rng.chance(70))
                    continue;
                auto r = s.must(who, QStringLiteral("events.register"), {{QStringLiteral("event_id"), id}});
                if (!r)
                    return r.error();
                holders << std::pair{who, r->toObject().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger()};
            }
            if (!holders.isEmpty())
                s.expectRefusal(holders.first().first, QStringLiteral("events.register"), {{QStringLiteral("event_id"), id}});
        } else if (opens) {
            s.act(org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), id}, {QStringLiteral("status"), QStringLiteral("active")}});
        }
        if (QLatin1String(p.finalStatus) == QLatin1String("completed") || QLatin1String(p.finalStatus) == QLatin1String("cancelled"))
            s.act(org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), id}, {QStringLiteral("status"), QLatin1String(p.finalStatus)}});
        tickets << std::pair{id, holders};
    }
    if (!s.step(QStringLiteral("Events: registrations")))
        return cancelled();

    // Passes for the launch party, signed with emil's key (demo passphrase), and check-ins.
    const auto &[party, guests] = tickets.first();
    for (int i = 0; i < std::min<qsizetype>(4, guests.size()); ++i) {
        auto pass = s.must(cast.emil, QStringLiteral("events.issue_pass"), {{QStringLiteral("event_id"), party}, {QStringLiteral("ticket_id"), guests[i].second},
                                                                            {QStringLiteral("passphrase"), DemoSeeder::passphrase()}});
        if (!pass)
            return pass.error();
        const QString text = pass->toObject().value(QStringLiteral("pass")).toString();
        if (i < 3) {
            s.act(cast.emil, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), text}});
            if (i == 0) // shown twice at the door
                s.expectRefusal(cast.emil, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), text}});
        }
    }
    if (!guests.isEmpty())
        s.expectRefusal(cast.emil, QStringLiteral("events.issue_pass"), {{QStringLiteral("event_id"), party}, {QStringLiteral("ticket_id"), guests.first().second},
                                                                        {QStringLiteral("passphrase"), QStringLiteral("not the passphrase")}});
    if (!s.step(QStringLiteral("Events: passes and check-ins")))
        return cancelled();
    return {};
}

} // namespace nexus
