#pragma once
// Attendance passes: what a QR code at the door holds. The organiser signs (event, ticket, holder,
// validity) with the key of their identity; anyone can check the pass offline.
//
// Text form (the QR content):  NXP1.<payload>.<signature>   (both parts base64url, no padding)
// Payload: canonical CBOR (definite lengths, shortest integers) of the array
//   [1, event_id, ticket_id, event_name, holder principal bytes, organiser public key (IC DER),
//    issued_at ns, expires_at ns]
// Signature: the organiser's key (Ed25519; secp256k1 identities work the same way) over
//   0x0A "nexus-pass" ‖ payload    (a domain separator, so a pass signature can never pass for an
//   IC request signature made by the same key, and the other way round)
//
// How the verifier knows the organiser's key: the pass carries it, and the organiser's principal
// is self-authenticating (SHA-224 of that DER key, then 0x02), so the key pins the principal. A
// pass signed by anyone else either fails the signature or names another principal; the verifier
// compares that principal with the event's organiser (the app reads it from the event; nexusctl
// takes --organiser, and prints the principal it found when none is given).

#include "keys.h"
#include "principal.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nexus {

struct AttendancePass {
    quint64 eventId = 0;
    quint64 ticketId = 0;
    QString eventName;
    Principal holder;
    QByteArray organiserKey; // IC DER public key
    qint64 issuedNs = 0;
    qint64 expiresNs = 0;

    Principal organiser() const { return Principal::selfAuthenticating(organiserKey); }
    QByteArray payload() const; // the canonical CBOR bytes that are signed
};

// Signs with `key` (whose public key becomes organiserKey) and returns the pass text.
Result<QString> signAttendancePass(AttendancePass pass, const KeyPair &key);

struct PassCheck {
    enum class Problem { Malformed, BadSignature, WrongOrganiser, Expired };
    std::optional<AttendancePass> pass; // set whenever the payload could be read
    std::optional<Problem> problem;
    QString reason;
    bool ok() const { return !problem; }
    QString problemName() const; // "malformed", "bad_signature", "wrong_organiser", "expired"
};

// Checks the text form, the signature and the expiry at `nowNs`; with `expectedOrganiser`, also
// that the pass was signed by that principal's key.
PassCheck verifyAttendancePass(const QString &text, qint64 nowNs, const std::optional<Principal> &expectedOrganiser = std::nullopt);

} // namespace nexus
