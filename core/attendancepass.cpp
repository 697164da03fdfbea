#include "attendancepass.h"

#include <QCborArray>
#include <QCborValue>

#include <limits>

namespace nexus {

namespace {

const QString kPrefix = QStringLiteral("NXP1.");
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray domainSeparated(const QByteArray &payload)
{
    static const QByteArray domain = QByteArray(1, char(10)) + QByteArrayLiteral("nexus-pass");
    return domain + payload;
}

// Strict base64url: the alphabet only, no padding, and it must re-encode to the same text.
std::optional<QByteArray> fromBase64Url(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin, kB64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(kB64) != latin)
        return std::nullopt;
    return decoded.decoded;
}

PassCheck problem(PassCheck c, PassCheck::Problem p, const QString &reason)
{
    c.problem = p;
    c.reason = reason;
    return c;
}

} // namespace

QByteArray AttendancePass::payload() const
{
    QCborArray a{1, qint64(eventId), qint64(ticketId), eventName, holder.bytes(), organiserKey, issuedNs, expiresNs};
    return a.toCborValue().toCbor();
}

Result<QString> signAttendancePass(AttendancePass pass, const KeyPair &key)
{
    if (pass.eventId > quint64(std::numeric_limits<qint64>::max()) || pass.ticketId > quint64(std::numeric_limits<qint64>::max()))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Event and ticket numbers must fit in 63 bits."));
    if (pass.expiresNs <= pass.issuedNs)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("A pass must expire after it is issued."));
    pass.organiserKey = key.derPublicKey();
    const QByteArray payload = pass.payload();
    auto sig = key.sign(domainSeparated(payload));
    if (!sig)
        return sig.error();
    return kPrefix + QString::fromLatin1(payload.toBase64(kB64)) + QLatin1Char('.') + QString::fromLatin1(sig->toBase64(kB64));
}

QString PassCheck::problemName() const
{
    if (!problem)
        return {};
    switch (*problem) {
    case Problem::Malformed: return QStringLiteral("malformed");
    case Problem::BadSignature: return QStringLiteral("bad_signature");
    case Problem::WrongOrganiser: return QStringLiteral("wrong_organiser");
    case Problem::Expired: return QStringLiteral("expired");
    }
    return {};
}

PassCheck verifyAttendancePass(const QString &text, qint64 nowNs, const std::optional<Principal> &expectedOrganiser)
{
    PassCheck c;
    using P = PassCheck::Problem;
    const QString t = text.trimmed();
    const QStringList parts = t.mid(kPrefix.size()).split(QLatin1Char('.'));
    if (!t.startsWith(kPrefix) || parts.size() != 2)
        return problem(c, P::Malformed, QStringLiteral("This is not an attendance pass (expected NXP1.<payload>.<signature>)."));
    const auto payload = fromBase64Url(parts[0]);
    const auto signature = fromBase64Url(parts[1]);
    if (!payload || !signature)
        return problem(c, P::Malformed, QStringLiteral("The pass is damaged: its parts are not base64url."));
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(*payload, &err);
    const QCborArray a = v.toArray();
    const bool shaped = err.error == QCborError::NoError && v.isArray() && a.size() == 8 && a[0].isInteger() && a[0].toInteger() == 1
                        && a[1].isInteger() && a[1].toInteger() >= 0 && a[2].isInteger() && a[2].toInteger() >= 0 && a[3].isString()
                        && a[4].isByteArray() && a[5].isByteArray() && a[6].isInteger() && a[7].isInteger();
    // Canonical: the bytes must be exactly what this shape encodes to (no alternative encodings).
    if (!shaped || v.toCbor() != *payload)
        return problem(c, P::Malformed, QStringLiteral("The pass is damaged: its content is not a version 1 pass."));
    AttendancePass p;
    p.eventId = quint64(a[1].toInteger());
    p.ticketId = quint64(a[2].toInteger());
    p.eventName = a[3].toString();
    auto holder = Principal::fromBytes(a[4].toByteArray());
    if (!holder)
        return problem(c, P::Malformed, QStringLiteral("The pass is damaged: the holder is not a principal."));
    p.holder = *holder;
    p.organiserKey = a[5].toByteArray();
    p.issuedNs = a[6].toInteger();
    p.expiresNs = a[7].toInteger();
    c.pass = p;
    if (!verifySignature(p.organiserKey, domainSeparated(*payload), *signature))
        return problem(c, P::BadSignature, QStringLiteral("The signature does not match the pass: it was changed or forged."));
    if (expectedOrganiser && !(p.organiser() == *expectedOrganiser))
        return problem(c, P::WrongOrganiser,
                       QStringLiteral("The pass was signed by %1, not by the organiser %2.").arg(p.organiser().toText(), expectedOrganiser->toText()));
    if (nowNs > p.expiresNs)
        return problem(c, P::Expired, QStringLiteral("The pass expired."));
    return c;
}

} // namespace nexus
