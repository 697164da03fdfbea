// Tickets and events through the gateway: Virtual Nexus tickets (VRN-%08X, 64-byte event names,
// transfers by the holder only), Cosmic Loop events (status moves, capacity, one registration per
// principal), attendance passes signed with the organiser's key from the key store (tampered,
// expired, foreign-key and stale-holder passes refused) and check-in exactly once.
#include "marketfixture.h"

#include "attendancepass.h"

using namespace nexus;
using namespace nexus::test;

class TestEvents : public QObject, public MarketFixture
{
    Q_OBJECT

    Principal m_org; // a creator with an identity (key) in the profile's key store

    qint64 createEvent(qint64 capacity, const QString &status = QStringLiteral("active"), const QString &name = QStringLiteral("Sky Isles launch"))
    {
        return good(m_org, QStringLiteral("events.create"), {{QStringLiteral("name"), name}, {QStringLiteral("capacity"), capacity},
                                                             {QStringLiteral("starts_at"), s(kT0 + 24 * kHour)}, {QStringLiteral("ends_at"), s(kT0 + 30 * kHour)},
                                                             {QStringLiteral("status"), status}})
            .value(QStringLiteral("event_id")).toInteger();
    }
    QJsonObject registerFor(const Principal &who, qint64 event)
    {
        return good(who, QStringLiteral("events.register"), {{QStringLiteral("event_id"), event}});
    }
    Result<QJsonValue> issue(const Principal &as, qint64 event, qint64 ticket, const QString &passphrase = kPassphrase, qint64 at = 0)
    {
        return M(as, QStringLiteral("events.issue_pass"), {{QStringLiteral("event_id"), event}, {QStringLiteral("ticket_id"), ticket},
                                                           {QStringLiteral("passphrase"), passphrase}}, at);
    }
    QJsonObject verifyPass(const QString &pass, qint64 at = 0) { return good(m_carol, QStringLiteral("events.verify_pass"), {{QStringLiteral("pass"), pass}}, at); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        setUp(this);
        auto id = m_p->call(Principal::anonymous(), QStringLiteral("identities.create"), {{QStringLiteral("name"), QStringLiteral("org")},
                                                                                          {QStringLiteral("passphrase"), kPassphrase}});
        NX_VERIFY_OK(id);
        m_org = Principal::fromText(id->toObject().value(QStringLiteral("principal")).toString()).value();
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("users.set_role"), {{QStringLiteral("principal"), m_org.toText()}, {QStringLiteral("role"), QStringLiteral("creator")}}));
    }
    void cleanup() { tearDown(); }

    void tickets()
    {
        const QJsonObject t = good(m_creator, QStringLiteral("tickets.mint"), {{QStringLiteral("event_name"), QStringLiteral("Neon Night")}, {QStringLiteral("to"), m_alice.toText()},
                                                                             {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("seat"), QStringLiteral("A1")}}}});
        QCOMPARE(t.value(QStringLiteral("token_id")).toString(), QStringLiteral("VRN-00000001"));
        QCOMPARE(t.value(QStringLiteral("owner")).toString(), m_alice.toText());
        QVERIFY(t.value(QStringLiteral("event_id")).isNull());
        for (int i = 0; i < 30; ++i)
            good(m_creator, QStringLiteral("tickets.mint"), {{QStringLiteral("event_name"), QStringLiteral("Neon Night")}});
        QCOMPARE(good(m_bob, QStringLiteral("tickets.get"), {{QStringLiteral("token_id"), QStringLiteral("VRN-0000001A")}}).value(QStringLiteral("id")).toInteger(), 26);
        QCOMPARE(good(m_bob, QStringLiteral("tickets.get"), {{QStringLiteral("ticket_id"), 1}}).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("seat")).toString(),
                 QStringLiteral("A1"));
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("tickets.get"), {{QStringLiteral("token_id"), QStringLiteral("VRN-1A")}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("tickets.get"), {{QStringLiteral("ticket_id"), 999}}), ErrorCode::NotFound);
        QCOMPARE(good(m_bob, QStringLiteral("tickets.total"), {}).value(QStringLiteral("total")).toInteger(), 31);
        // Names up to 64 bytes; plain users do not mint.
        NX_VERIFY_OK(M(m_creator, QStringLiteral("tickets.mint"), {{QStringLiteral("event_name"), QString(64, QLatin1Char('n'))}}));
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("tickets.mint"), {{QStringLiteral("event_name"), QString(65, QLatin1Char('n'))}}), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("tickets.mint"), {{QStringLiteral("event_name"), QStringLiteral("Mine")}}), ErrorCode::PermissionDenied);
        // Listing by owner, paged; transfers by the holder only.
        QCOMPARE(good(m_alice, QStringLiteral("tickets.list"), {}).value(QStringLiteral("items")).toArray().size(), 1);
        const QJsonArray page = good(m_alice, QStringLiteral("tickets.list"), {{QStringLiteral("owner"), m_creator.toText()}, {QStringLiteral("after"), 10},
                                                                               {QStringLiteral("limit"), 5}}).value(QStringLiteral("items")).toArray();
        QCOMPARE(page.size(), 5);
        QCOMPARE(page.at(0).toObject().value(QStringLiteral("id")).toInteger(), 11);
        NX_VERIFY_ERROR(M(m_bob, QStringLiteral("tickets.transfer"), {{QStringLiteral("ticket_id"), 1}, {QStringLiteral("to"), m_bob.toText()}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("tickets.transfer"), {{QStringLiteral("ticket_id"), 1}, {QStringLiteral("to"), m_alice.toText()}}), ErrorCode::InvalidArgument);
        QCOMPARE(good(m_alice, QStringLiteral("tickets.transfer"), {{QStringLiteral("token_id"), QStringLiteral("VRN-00000001")}, {QStringLiteral("to"), m_bob.toText()}})
                     .value(QStringLiteral("owner")).toString(), m_bob.toText());
        QCOMPARE(good(m_alice, QStringLiteral("tickets.list"), {}).value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(good(m_bob, QStringLiteral("tickets.list"), {}).value(QStringLiteral("items")).toArray().size(), 1);
    }

    void eventLifecycleAndCapacity()
    {
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("events.create"), {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("capacity"), 1},
                                                                     {QStringLiteral("starts_at"), s(kT0)}, {QStringLiteral("ends_at"), s(kT0 + 1)}}),
                        ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(M(m_org, QStringLiteral("events.create"), {{QStringLiteral("name"), QStringLiteral("Backwards")}, {QStringLiteral("capacity"), 1},
                                                                   {QStringLiteral("starts_at"), s(kT0 + 5)}, {QStringLiteral("ends_at"), s(kT0 + 5)}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_org, QStringLiteral("events.create"), {{QStringLiteral("name"), QString(65, QLatin1Char('e'))}, {QStringLiteral("capacity"), 1},
                                                                   {QStringLiteral("starts_at"), s(kT0)}, {QStringLiteral("ends_at"), s(kT0 + 5)}}),
                        ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(M(m_org, QStringLiteral("events.create"), {{QStringLiteral("name"), QStringLiteral("Nobody")}, {QStringLiteral("capacity"), 0},
                                                                   {QStringLiteral("starts_at"), s(kT0)}, {QStringLiteral("ends_at"), s(kT0 + 5)}}),
                        ErrorCode::InvalidArgument);
        const qint64 e = createEvent(2, QStringLiteral("draft"));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("events.register"), {{QStringLiteral("event_id"), e}}), ErrorCode::Conflict); // a draft
        NX_VERIFY_ERROR(M(m_creator, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), e}, {QStringLiteral("status"), QStringLiteral("active")}}),
                        ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(M(m_org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), e}, {QStringLiteral("status"), QStringLiteral("completed")}}),
                        ErrorCode::Conflict);
        good(m_org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), e}, {QStringLiteral("status"), QStringLiteral("active")}});

        const QJsonObject r = registerFor(m_alice, e);
        const QJsonObject ticket = r.value(QStringLiteral("ticket")).toObject();
        QCOMPARE(ticket.value(QStringLiteral("event_name")).toString(), QStringLiteral("Sky Isles launch"));
        QCOMPARE(ticket.value(QStringLiteral("event_id")).toInteger(), e);
        QCOMPARE(ticket.value(QStringLiteral("owner")).toString(), m_alice.toText());
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("events.register"), {{QStringLiteral("event_id"), e}}), ErrorCode::AlreadyExists);
        registerFor(m_bob, e);
        // Full: refused, and no ticket was minted for the refused registration.
        const qint64 ticketsBefore = good(m_carol, QStringLiteral("tickets.total"), {}).value(QStringLiteral("total")).toInteger();
        auto full = M(m_carol, QStringLiteral("events.register"), {{QStringLiteral("event_id"), e}});
        NX_VERIFY_ERROR(full, ErrorCode::Conflict);
        QVERIFY(full.error().message.contains(QLatin1String("full")));
        QCOMPARE(good(m_carol, QStringLiteral("tickets.total"), {}).value(QStringLiteral("total")).toInteger(), ticketsBefore);
        const QJsonObject ev = good(m_carol, QStringLiteral("events.get"), {{QStringLiteral("event_id"), e}});
        QCOMPARE(ev.value(QStringLiteral("registered")).toInteger(), 2);
        QCOMPARE(ev.value(QStringLiteral("places_left")).toInteger(), 0);
        // Participants: the organiser and admins only.
        QCOMPARE(good(m_org, QStringLiteral("events.participants"), {{QStringLiteral("event_id"), e}}).value(QStringLiteral("items")).toArray().size(), 2);
        NX_VERIFY_OK(M(m_admin, QStringLiteral("events.participants"), {{QStringLiteral("event_id"), e}}));
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("events.participants"), {{QStringLiteral("event_id"), e}}), ErrorCode::PermissionDenied);
        QCOMPARE(good(m_carol, QStringLiteral("events.list"), {{QStringLiteral("status"), QStringLiteral("active")}}).value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(good(m_carol, QStringLiteral("events.list"), {{QStringLiteral("organiser"), m_alice.toText()}}).value(QStringLiteral("items")).toArray().size(), 0);
        // Completed and cancelled are final; registration closes with them and after the end.
        good(m_org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), e}, {QStringLiteral("status"), QStringLiteral("completed")}});
        NX_VERIFY_ERROR(M(m_org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), e}, {QStringLiteral("status"), QStringLiteral("cancelled")}}),
                        ErrorCode::Conflict);
        const qint64 late = createEvent(10);
        NX_VERIFY_ERROR(M(m_carol, QStringLiteral("events.register"), {{QStringLiteral("event_id"), late}}, kT0 + 30 * kHour), ErrorCode::Conflict);
        NX_VERIFY_ERROR(M(m_carol, QStringLiteral("events.register"), {{QStringLiteral("event_id"), 4242}}), ErrorCode::NotFound);
    }

    void passesAndCheckIn()
    {
        const qint64 e = createEvent(5);
        const qint64 ticket = registerFor(m_alice, e).value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
        // Only the organiser signs, with the right passphrase; the audit log never sees it.
        NX_VERIFY_ERROR(issue(m_creator, e, ticket), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(issue(m_org, e, ticket, QStringLiteral("wrong passphrase")), ErrorCode::Unauthenticated);
        NX_VERIFY_ERROR(issue(m_org, e, 9999), ErrorCode::NotFound);
        const QJsonObject issued = obj(issue(m_org, e, ticket));
        const QString pass = issued.value(QStringLiteral("pass")).toString();
        QVERIFY(pass.startsWith(QLatin1String("NXP1.")));
        QCOMPARE(issued.value(QStringLiteral("holder")).toString(), m_alice.toText());
        QCOMPARE(issued.value(QStringLiteral("expires_at")).toString(), s(kT0 + 30 * kHour)); // the event's end
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM audit_log WHERE summary LIKE '%passphrase123%'")).toInt(), 0);
        // Offline, the pass names the organiser's principal through its key.
        const PassCheck offline = verifyAttendancePass(pass, m_now, m_org);
        QVERIFY2(offline.ok(), qPrintable(offline.reason));

        QJsonObject v = verifyPass(pass);
        QVERIFY2(v.value(QStringLiteral("valid")).toBool(), qPrintable(v.value(QStringLiteral("reason")).toString()));
        QCOMPARE(v.value(QStringLiteral("organiser")).toString(), m_org.toText());
        QVERIFY(!v.contains(QStringLiteral("checked_in_at")));
        // Tampered: one character of the payload changed.
        QString tampered = pass;
        tampered[10] = tampered[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!verifyPass(tampered).value(QStringLiteral("valid")).toBool());
        // Signed by another key (a creator who is not the organiser): wrong organiser.
        AttendancePass forged = *offline.pass;
        const KeyPair impostor = KeyPair::fromRawPrivate(KeyType::Ed25519, QByteArray(32, 'x')).value();
        const QString foreign = signAttendancePass(forged, impostor).value();
        v = verifyPass(foreign);
        QCOMPARE(v.value(QStringLiteral("problem")).toString(), QStringLiteral("wrong_organiser"));
        auto refused = M(m_org, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), foreign}});
        NX_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        // Expired.
        v = verifyPass(pass, kT0 + 30 * kHour + 1);
        QCOMPARE(v.value(QStringLiteral("problem")).toString(), QStringLiteral("expired"));
        NX_VERIFY_ERROR(M(m_org, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), pass}}, kT0 + 30 * kHour + 1), ErrorCode::InvalidArgument);

        // Check-in: the organiser only, exactly once.
        const qint64 t = kT0 + 25 * kHour;
        NX_VERIFY_ERROR(M(m_alice, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), pass}}, t), ErrorCode::PermissionDenied);
        const QJsonObject in = good(m_org, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), pass}}, t);
        QCOMPARE(in.value(QStringLiteral("holder")).toString(), m_alice.toText());
        auto again = M(m_org, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), pass}}, t + 1);
        NX_VERIFY_ERROR(again, ErrorCode::Conflict);
        QVERIFY(again.error().message.contains(QLatin1String("already checked in")));
        QCOMPARE(verifyPass(pass, t + 2).value(QStringLiteral("checked_in_at")).toString(), s(t));
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM event_checkins")).toInt(), 1);
        const QJsonArray people = good(m_org, QStringLiteral("events.participants"), {{QStringLiteral("event_id"), e}}).value(QStringLiteral("items")).toArray();
        QCOMPARE(people.at(0).toObject().value(QStringLiteral("checked_in_at")).toString(), s(t));
    }

    void staleHolderAndOtherEvents()
    {
        const qint64 e = createEvent(5);
        const qint64 other = createEvent(5, QStringLiteral("active"), QStringLiteral("Other night"));
        const qint64 ticket = registerFor(m_alice, e).value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
        const QString pass = obj(issue(m_org, e, ticket)).value(QStringLiteral("pass")).toString();
        // A ticket of another event or a plain ticket cannot get a pass for this one.
        const qint64 otherTicket = registerFor(m_bob, other).value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
        NX_VERIFY_ERROR(issue(m_org, e, otherTicket), ErrorCode::InvalidArgument);
        // Alice gives her ticket to carol: the old pass no longer admits anyone; a new one does.
        good(m_alice, QStringLiteral("tickets.transfer"), {{QStringLiteral("ticket_id"), ticket}, {QStringLiteral("to"), m_carol.toText()}});
        QCOMPARE(verifyPass(pass).value(QStringLiteral("problem")).toString(), QStringLiteral("holder_changed"));
        NX_VERIFY_ERROR(M(m_org, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), pass}}), ErrorCode::Conflict);
        const QString fresh = obj(issue(m_org, e, ticket)).value(QStringLiteral("pass")).toString();
        QCOMPARE(good(m_org, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), fresh}}).value(QStringLiteral("holder")).toString(), m_carol.toText());
        // Cancelled events admit nobody.
        good(m_org, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), other}, {QStringLiteral("status"), QStringLiteral("cancelled")}});
        NX_VERIFY_ERROR(issue(m_org, other, otherTicket), ErrorCode::Conflict);
        QCOMPARE(verifyPass(QStringLiteral("NXP1.garbage.x")).value(QStringLiteral("problem")).toString(), QStringLiteral("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
