#include "auditentry.h"

#include "digest.h"
#include "principal.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cstring>
#include <thread>

namespace nexus {

namespace {

// Field keys of the Value map. Their hashes never change, so compute them once.
enum Field { Seq, Ts, Caller, Role, Method, Args, Summary, Outcome, Phash, FieldCount };
constexpr std::array<const char *, FieldCount> kKeys{"seq", "ts", "caller", "role", "method",
                                                    "args", "summary", "outcome", "phash"};

const std::array<std::array<unsigned char, 32>, FieldCount> &keyHashes()
{
    static const auto hashes = [] {
        std::array<std::array<unsigned char, 32>, FieldCount> h{};
        for (int i = 0; i < FieldCount; ++i)
            sha256Into(QByteArrayView(kKeys[size_t(i)]), h[size_t(i)].data());
        return h;
    }();
    return hashes;
}

QString hex(const QByteArray &b) { return QString::fromLatin1(b.toHex()); }

int lebInto(quint64 n, unsigned char *out)
{
    int len = 0;
    do {
        unsigned char byte = n & 0x7f;
        n >>= 7;
        out[len++] = n ? (byte | 0x80) : byte;
    } while (n);
    return len;
}

// role, method and outcome take few distinct values: remember their digests per thread in a
// small table searched without allocating (a QHash lookup would build a QByteArray key per call).
void cachedTextHash(QByteArrayView text, unsigned char *out)
{
    struct Slot {
        QByteArray text;
        std::array<unsigned char, 32> digest;
    };
    thread_local std::vector<Slot> table;
    for (const Slot &s : table)
        if (s.text.size() == text.size() && QByteArrayView(s.text) == text) {
            std::memcpy(out, s.digest.data(), 32);
            return;
        }
    sha256Into(text, out);
    if (table.size() < 256 && text.size() <= 64) {
        Slot s{text.toByteArray(), {}};
        std::memcpy(s.digest.data(), out, 32);
        table.push_back(std::move(s));
    }
}

} // namespace

// The representation-independent hash sorts the (key hash, value hash) pairs; the keys are fixed
// and distinct, so the order is that of the key hashes alone, worked out once.
const std::array<int, FieldCount> &fieldOrder()
{
    static const auto order = [] {
        std::array<int, FieldCount> o{};
        for (int i = 0; i < FieldCount; ++i)
            o[size_t(i)] = i;
        const auto &kh = keyHashes();
        std::sort(o.begin(), o.end(), [&](int a, int b) { return kh[size_t(a)] < kh[size_t(b)]; });
        return o;
    }();
    return order;
}

void auditEntryHash(const AuditEntryView &e, unsigned char *out)
{
    std::array<std::array<unsigned char, 32>, FieldCount> vh;
    unsigned char leb[10];
    sha256Into(QByteArrayView(leb, lebInto(quint64(e.seq), leb)), vh[Seq].data());
    sha256Into(QByteArrayView(leb, lebInto(quint64(e.timeNs), leb)), vh[Ts].data());
    sha256Into(e.caller, vh[Caller].data());
    cachedTextHash(e.role, vh[Role].data());
    cachedTextHash(e.method, vh[Method].data());
    sha256Into(e.argsDigest, vh[Args].data());
    sha256Into(e.summary, vh[Summary].data());
    cachedTextHash(e.outcome, vh[Outcome].data());
    const bool hasPhash = !e.phash.isEmpty(); // the first entry has no predecessor: no phash field
    if (hasPhash)
        sha256Into(e.phash, vh[Phash].data());
    std::array<unsigned char, FieldCount * 64> pairs;
    unsigned char *at = pairs.data();
    const auto &kh = keyHashes();
    for (int f : fieldOrder()) {
        if (f == Phash && !hasPhash)
            continue;
        std::memcpy(at, kh[size_t(f)].data(), 32);
        std::memcpy(at + 32, vh[size_t(f)].data(), 32);
        at += 64;
    }
    sha256Into(QByteArrayView(pairs.data(), at - pairs.data()), out);
}

Value AuditEntry::toValue() const
{
    Value::Map m{
        {QStringLiteral("seq"), Value::nat(Nat128(seq))},
        {QStringLiteral("ts"), Value::nat(Nat128(timeNs))},
        {QStringLiteral("caller"), Value::blob(caller)},
        {QStringLiteral("role"), Value::text(role)},
        {QStringLiteral("method"), Value::text(method)},
        {QStringLiteral("args"), Value::blob(argsDigest)},
        {QStringLiteral("summary"), Value::text(summary)},
        {QStringLiteral("outcome"), Value::text(outcome)},
    };
    if (!phash.isEmpty())
        m.emplace_back(QStringLiteral("phash"), Value::blob(phash));
    return Value::map(std::move(m));
}

QByteArray AuditEntry::computeHash() const
{
    const QByteArray r = role.toUtf8(), m = method.toUtf8(), s = summary.toUtf8(), o = outcome.toUtf8();
    AuditEntryView v{seq, timeNs, caller, r, m, argsDigest, s, o, phash, hash};
    QByteArray out(32, Qt::Uninitialized);
    auditEntryHash(v, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QJsonObject AuditEntry::toJson() const
{
    const auto callerText = Principal::fromBytes(caller);
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("ts"), QString::number(timeNs)},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(timeNs / 1000000, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("caller"), callerText ? callerText->toText() : hex(caller)},
        {QStringLiteral("role"), role},
        {QStringLiteral("method"), method},
        {QStringLiteral("args_digest"), hex(argsDigest)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("phash"), hex(phash)},
        {QStringLiteral("hash"), hex(hash)},
    };
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &what) {
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("Audit record: %1.").arg(what),
                           QStringLiteral("Export the range again with `nexusctl audit export`."));
    };
    static const char *const required[] = {"seq", "ts", "caller", "role", "method", "args_digest",
                                           "summary", "outcome", "phash", "hash"};
    for (const char *key : required)
        if (!o.contains(QLatin1String(key)))
            return bad(QStringLiteral("field \"%1\" is missing").arg(QLatin1String(key)));
    AuditEntry e;
    const QJsonValue seqValue = o.value(QStringLiteral("seq"));
    if (!seqValue.isDouble() || seqValue.toDouble() < 1 || seqValue.toDouble() != double(seqValue.toInteger()))
        return bad(QStringLiteral("\"seq\" must be a positive whole number"));
    e.seq = seqValue.toInteger();
    bool ok = false;
    e.timeNs = o.value(QStringLiteral("ts")).toString().toLongLong(&ok);
    if (!ok || e.timeNs < 0)
        return bad(QStringLiteral("\"ts\" must be nanoseconds as a decimal string"));
    const auto caller = Principal::fromText(o.value(QStringLiteral("caller")).toString());
    if (!caller)
        return bad(QStringLiteral("\"caller\" is not a principal (%1)").arg(caller.error().message));
    e.caller = caller->bytes();
    e.role = o.value(QStringLiteral("role")).toString();
    e.method = o.value(QStringLiteral("method")).toString();
    e.summary = o.value(QStringLiteral("summary")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    auto hexField = [&](const char *key, QByteArray *out, bool allowEmpty) {
        const QString s = o.value(QLatin1String(key)).toString();
        const QByteArray raw = QByteArray::fromHex(s.toLatin1());
        if (raw.size() * 2 != s.size() || (raw.isEmpty() && !allowEmpty) || (!raw.isEmpty() && raw.size() != 32))
            return false;
        *out = raw;
        return true;
    };
    if (!hexField("args_digest", &e.argsDigest, false))
        return bad(QStringLiteral("\"args_digest\" must be 64 hex digits"));
    if (!hexField("phash", &e.phash, true))
        return bad(QStringLiteral("\"phash\" must be 64 hex digits or empty"));
    if (!hexField("hash", &e.hash, false))
        return bad(QStringLiteral("\"hash\" must be 64 hex digits"));
    return e;
}

namespace {

using Digest = std::array<unsigned char, 32>;

// Runs hashOne(i) for i in [0, n) on `threads` threads (the calling thread takes the first range).
template<typename HashOne>
void hashAll(size_t n, int threads, HashOne hashOne)
{
    threads = std::clamp(threads, 1, 16);
    if (threads == 1 || n < 4096) {
        for (size_t i = 0; i < n; ++i)
            hashOne(i);
        return;
    }
    std::vector<std::thread> pool;
    const size_t chunk = (n + size_t(threads) - 1) / size_t(threads);
    auto work = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            hashOne(i);
    };
    for (int t = 1; t < threads; ++t) {
        const size_t from = size_t(t) * chunk;
        const size_t to = std::min(n, from + chunk);
        if (from < to)
            pool.emplace_back(work, from, to);
    }
    work(0, std::min(n, chunk));
    for (auto &th : pool)
        th.join();
}

// The link checks over a whole range, given each entry's recomputed hash. E exposes seq, phash and hash.
template<typename E>
std::optional<ChainProblem> checkLinks(const std::vector<E> &entries, const std::vector<Digest> &computed,
                                       const QByteArray &expectedFirstPhash)
{
    AuditChainLinks links(expectedFirstPhash);
    for (size_t i = 0; i < entries.size(); ++i)
        if (auto problem = links.check(entries[i].seq, QByteArrayView(entries[i].phash), QByteArrayView(entries[i].hash), computed[i].data()))
            return problem;
    return std::nullopt;
}

} // namespace

std::optional<ChainProblem> AuditChainLinks::check(qint64 seq, QByteArrayView phash, QByteArrayView hash, const unsigned char *computed)
{
    if (m_count == 0) {
        m_firstSeq = seq;
        m_firstPhash = phash.toByteArray();
        if (m_expectedFirst && phash != QByteArrayView(*m_expectedFirst))
            return ChainProblem{seq, QStringLiteral("entry %1 does not link to the entry before it (phash mismatch)").arg(seq)};
    } else {
        if (seq != m_lastSeq + 1) {
            const qint64 missing = m_lastSeq + 1;
            return ChainProblem{missing, QStringLiteral("entry %1 is missing (entry %2 follows %3)").arg(missing).arg(seq).arg(m_lastSeq)};
        }
        // The entry before passed, so its stored hash is the recomputed one: a different phash is
        // this entry's link that is wrong.
        if (phash != QByteArrayView(m_lastComputed.data(), 32))
            return ChainProblem{seq, QStringLiteral("entry %1 does not link to the entry before it (phash mismatch)").arg(seq)};
    }
    if (hash.isEmpty())
        return ChainProblem{seq, QStringLiteral("entry %1 has no stored hash").arg(seq)};
    if (hash != QByteArrayView(computed, 32))
        return ChainProblem{seq, QStringLiteral("entry %1 was modified: its content no longer matches its hash").arg(seq)};
    std::memcpy(m_lastComputed.data(), computed, 32);
    m_lastSeq = seq;
    ++m_count;
    return std::nullopt;
}

std::optional<ChainProblem> verifyAuditChain(const std::vector<AuditEntry> &entries,
                                             const QByteArray &expectedFirstPhash, int threads)
{
    // Each worker converts and hashes its own entries, so the UTF-8 conversion runs in parallel too.
    std::vector<Digest> computed(entries.size());
    hashAll(entries.size(), threads, [&](size_t i) {
        const QByteArray h = entries[i].computeHash();
        std::memcpy(computed[i].data(), h.constData(), 32);
    });
    return checkLinks(entries, computed, expectedFirstPhash);
}

} // namespace nexus
