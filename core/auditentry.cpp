#include "auditentry.h"

#include "digest.h"
#include "principal.h"

#include <QDateTime>
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

} // namespace

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
    using Pair = std::array<unsigned char, 64>;
    std::array<Pair, FieldCount> pairs;
    int n = 0;
    const auto &kh = keyHashes();
    auto put = [&](Field f, QByteArrayView valueBytes) {
        std::memcpy(pairs[size_t(n)].data(), kh[size_t(f)].data(), 32);
        sha256Into(valueBytes, pairs[size_t(n)].data() + 32);
        ++n;
    };
    const QByteArray seqLeb = leb128(Nat128(seq));
    const QByteArray tsLeb = leb128(Nat128(timeNs));
    const QByteArray roleUtf8 = role.toUtf8();
    const QByteArray methodUtf8 = method.toUtf8();
    const QByteArray summaryUtf8 = summary.toUtf8();
    const QByteArray outcomeUtf8 = outcome.toUtf8();
    put(Seq, seqLeb);
    put(Ts, tsLeb);
    put(Caller, caller);
    put(Role, roleUtf8);
    put(Method, methodUtf8);
    put(Args, argsDigest);
    put(Summary, summaryUtf8);
    put(Outcome, outcomeUtf8);
    if (!phash.isEmpty())
        put(Phash, phash);
    std::sort(pairs.begin(), pairs.begin() + n);
    QByteArray out(32, Qt::Uninitialized);
    sha256Into(QByteArrayView(reinterpret_cast<const char *>(pairs.data()), n * 64),
               reinterpret_cast<unsigned char *>(out.data()));
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

std::optional<ChainProblem> verifyAuditChain(const std::vector<AuditEntry> &entries,
                                             const QByteArray &expectedFirstPhash, int threads)
{
    const size_t n = entries.size();
    std::vector<QByteArray> computed(n);
    auto work = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            computed[i] = entries[i].computeHash();
    };
    threads = std::clamp(threads, 1, 16);
    if (threads == 1 || n < 4096) {
        work(0, n);
    } else {
        std::vector<std::thread> pool;
        const size_t chunk = (n + size_t(threads) - 1) / size_t(threads);
        for (int t = 0; t < threads; ++t) {
            const size_t from = size_t(t) * chunk;
            const size_t to = std::min(n, from + chunk);
            if (from < to)
                pool.emplace_back(work, from, to);
        }
        for (auto &th : pool)
            th.join();
    }
    for (size_t i = 0; i < n; ++i) {
        const AuditEntry &e = entries[i];
        const QByteArray expectedPhash = i == 0 ? expectedFirstPhash : computed[i - 1];
        if (i > 0 && e.seq != entries[i - 1].seq + 1)
            return ChainProblem{e.seq, QStringLiteral("sequence gap: entry %1 follows %2").arg(e.seq).arg(entries[i - 1].seq)};
        if (e.phash != expectedPhash) {
            // A mismatch at i means entry i-1 (or its stored hash) was altered, or this link was.
            const qint64 culprit = i == 0 ? e.seq : entries[i - 1].seq;
            if (i > 0 && entries[i - 1].hash == e.phash)
                return ChainProblem{culprit, QStringLiteral("entry %1 was modified: its content no longer matches its hash").arg(culprit)};
            return ChainProblem{e.seq, QStringLiteral("entry %1 does not link to the entry before it (phash mismatch)").arg(e.seq)};
        }
        if (!e.hash.isEmpty() && e.hash != computed[i])
            return ChainProblem{e.seq, QStringLiteral("entry %1 was modified: its content no longer matches its hash").arg(e.seq)};
    }
    return std::nullopt;
}

} // namespace nexus
