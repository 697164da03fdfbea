// Attendance passes offline: a signed pass verifies; any changed byte, another key, the wrong
// organiser, an expired pass or a non-canonical payload is refused; secp256k1 organisers work
// too. Also the ticket id format and the event rules.
#include "attendancepass.h"
#include "eventstatus.h"
#include "ticketid.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

using namespace nexus;

namespace {

constexpr qint64 kT = 1'760'000'000'000'000'000;
constexpr qint64 kHourNs = 3600LL * 1000000000;

KeyPair key(char fill, KeyType type = KeyType::Ed25519)
{
    return KeyPair::fromRawPrivate(type, QByteArray(32, fill)).value();
}

AttendancePass samplePass()
{
    AttendancePass p;
    p.eventId = 7;
    p.ticketId = 0x1A;
    p.eventName = QStringLiteral("Sky Isles launch party");
    p.holder = key('h').principal();
    p.issuedNs = kT;
    p.expiresNs = kT + 2 * kHourNs;
    return p;
}

QByteArray b64(const QByteArray &b) { return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); }

} // namespace

class TestAttendancePass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signAndVerify()
    {
        const KeyPair organiser = key('o');
        auto text = signAttendancePass(samplePass(), organiser);
        QVERIFY(text);
        QVERIFY(text->startsWith(QLatin1String("NXP1.")));
        QVERIFY(text->size() < 400); // fits a QR code comfortably
        const PassCheck c = verifyAttendancePass(*text, kT + kHourNs, organiser.principal());
        QVERIFY2(c.ok(), qPrintable(c.reason));
        QCOMPARE(c.pass->eventId, quint64(7));
        QCOMPARE(c.pass->ticketId, quint64(0x1A));
        QCOMPARE(c.pass->eventName, QStringLiteral("Sky Isles launch party"));
        QCOMPARE(c.pass->holder, key('h').principal());
        QCOMPARE(c.pass->organiser(), organiser.principal()); // the key pins the principal
        // Without an expected organiser it still verifies, naming who signed.
        QVERIFY(verifyAttendancePass(*text, kT).ok());
        // secp256k1 identities sign passes the same way.
        const KeyPair k1 = key('s', KeyType::Secp256k1);
        auto t1 = signAttendancePass(samplePass(), k1);
        QVERIFY(t1);
        QVERIFY(verifyAttendancePass(*t1, kT, k1.principal()).ok());
    }

    void tamperedPayloadIsRejected()
    {
        const KeyPair organiser = key('o');
        const QString text = signAttendancePass(samplePass(), organiser).value();
        const QStringList parts = text.split(QLatin1Char('.'));
        const QByteArray payload = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
        // Every single-byte change of the payload breaks the signature (or the shape).
        for (qsizetype i = 0; i < payload.size(); ++i) {
            QByteArray changed = payload;
            changed[i] = char(changed[i] ^ 0x01);
            const QString forged = parts[0] + QLatin1Char('.') + QString::fromLatin1(b64(changed)) + QLatin1Char('.') + parts[2];
            const PassCheck c = verifyAttendancePass(forged, kT, organiser.principal());
            QVERIFY2(!c.ok(), qPrintable(QStringLiteral("byte %1").arg(i)));
        }
        // A later expiry, re-encoded properly but not re-signed: bad signature.
        AttendancePass longer = samplePass();
        longer.organiserKey = organiser.derPublicKey();
        longer.expiresNs += 1000 * kHourNs;
        const QString extended = parts[0] + QLatin1Char('.') + QString::fromLatin1(b64(longer.payload())) + QLatin1Char('.') + parts[2];
        QCOMPARE(verifyAttendancePass(extended, kT).problem, std::optional(PassCheck::Problem::BadSignature));
        // Damaged text.
        for (const QString &bad : {QString(), QStringLiteral("NXP1."), QStringLiteral("NXP2.") + parts[1] + QLatin1Char('.') + parts[2],
                                   text + QStringLiteral(".x"), parts[0] + QStringLiteral(".!!!.") + parts[2], text.left(text.size() - 3)})
            QVERIFY2(!verifyAttendancePass(bad, kT).ok(), qPrintable(bad));
        QCOMPARE(verifyAttendancePass(QStringLiteral("hello"), kT).problem, std::optional(PassCheck::Problem::Malformed));
    }

    void wrongOrganiserKeyIsRejected()
    {
        const KeyPair organiser = key('o'), impostor = key('i');
        // The impostor signs a pass for the organiser's event: valid signature, wrong principal.
        const QString forged = signAttendancePass(samplePass(), impostor).value();
        const PassCheck c = verifyAttendancePass(forged, kT, organiser.principal());
        QCOMPARE(c.problem, std::optional(PassCheck::Problem::WrongOrganiser));
        QVERIFY(c.reason.contains(impostor.principal().toText()));
        // The impostor's signature under the organiser's key: bad signature.
        AttendancePass p = samplePass();
        p.organiserKey = organiser.derPublicKey();
        const QByteArray payload = p.payload();
        const QByteArray sig = impostor.sign(QByteArray(1, char(10)) + QByteArrayLiteral("nexus-pass") + payload).value();
        const QString swapped = QStringLiteral("NXP1.") + QString::fromLatin1(b64(payload)) + QLatin1Char('.') + QString::fromLatin1(b64(sig));
        QCOMPARE(verifyAttendancePass(swapped, kT, organiser.principal()).problem, std::optional(PassCheck::Problem::BadSignature));
        // A signature over the bare payload (no domain separator) is not a pass signature.
        const QByteArray bare = organiser.sign(payload).value();
        const QString undomained = QStringLiteral("NXP1.") + QString::fromLatin1(b64(payload)) + QLatin1Char('.') + QString::fromLatin1(b64(bare));
        QCOMPARE(verifyAttendancePass(undomained, kT).problem, std::optional(PassCheck::Problem::BadSignature));
    }

    void expiredPassIsRejected()
    {
        const KeyPair organiser = key('o');
        const QString text = signAttendancePass(samplePass(), organiser).value();
        QVERIFY(verifyAttendancePass(text, kT + 2 * kHourNs, organiser.principal()).ok());       // at expires_at: still valid
        const PassCheck late = verifyAttendancePass(text, kT + 2 * kHourNs + 1, organiser.principal());
        QCOMPARE(late.problem, std::optional(PassCheck::Problem::Expired));
        QVERIFY(late.pass); // the content is still readable for the message
        AttendancePass never = samplePass();
        never.expiresNs = never.issuedNs;
        QVERIFY(!signAttendancePass(never, organiser));
    }

    void nonCanonicalPayloadIsRejected()
    {
        // The same values with a longer integer encoding, signed properly: refused as malformed.
        const KeyPair organiser = key('o');
        AttendancePass p = samplePass();
        p.organiserKey = organiser.derPublicKey();
        QByteArray canonical = p.payload();
        QCOMPARE(quint8(canonical[1]), quint8(0x01)); // version 1 as one byte
        QByteArray longer = canonical;
        longer.replace(1, 1, QByteArray::fromHex("1801")); // 1 as uint8-with-prefix
        const QByteArray sig = organiser.sign(QByteArray(1, char(10)) + QByteArrayLiteral("nexus-pass") + longer).value();
        const QString text = QStringLiteral("NXP1.") + QString::fromLatin1(b64(longer)) + QLatin1Char('.') + QString::fromLatin1(b64(sig));
        QCOMPARE(verifyAttendancePass(text, kT).problem, std::optional(PassCheck::Problem::Malformed));
    }

    void ticketIdsAndEventRules()
    {
        QCOMPARE(tickets::tokenId(0x1A), QStringLiteral("VRN-0000001A"));
        QCOMPARE(tickets::tokenId(1), QStringLiteral("VRN-00000001"));
        QCOMPARE(tickets::tokenId(0x1234ABCDEFULL), QStringLiteral("VRN-1234ABCDEF"));
        QCOMPARE(tickets::ticketIdFromTokenId(QStringLiteral("VRN-0000001A")), std::optional<quint64>(26));
        QCOMPARE(tickets::ticketIdFromTokenId(QStringLiteral("VRN-1234ABCDEF")), std::optional<quint64>(0x1234ABCDEFULL));
        for (const char *bad : {"VRN-1A", "VRN-0000001a", "vrn-0000001A", "VRN-00000001A", "VRN-0000001G", ""})
            QVERIFY2(!tickets::ticketIdFromTokenId(QString::fromLatin1(bad)), bad);
        QCOMPARE(tickets::checkEventName(QStringLiteral("  Launch  ")).value(), QStringLiteral("Launch"));
        QVERIFY(tickets::checkEventName(QString(64, QLatin1Char('x'))));
        QVERIFY(!tickets::checkEventName(QString(65, QLatin1Char('x'))));
        QVERIFY(!tickets::checkEventName(QString(33, QChar(0x00E9)))); // 66 bytes of UTF-8
        QVERIFY(!tickets::checkEventName(QStringLiteral("   ")));
        QVERIFY(!tickets::checkEventName(QStringLiteral("a\nb")));
        using events::EventStatus;
        QVERIFY(events::canMove(EventStatus::Draft, EventStatus::Active));
        QVERIFY(events::canMove(EventStatus::Active, EventStatus::Completed));
        QVERIFY(events::canMove(EventStatus::Active, EventStatus::Cancelled));
        QVERIFY(!events::canMove(EventStatus::Draft, EventStatus::Completed));
        QVERIFY(!events::canMove(EventStatus::Cancelled, EventStatus::Active));
        QVERIFY(!events::canMove(EventStatus::Completed, EventStatus::Active));
        QCOMPARE(events::statusFromName(QStringLiteral("completed")), std::optional(EventStatus::Completed));
    }
};

QTEST_GUILESS_MAIN(TestAttendancePass)
#include "tst_attendancepass.moc"
