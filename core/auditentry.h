#pragma once
// One entry of the tamper-evident audit log, its ICRC-3 Value form and its hash.

#include "result.h"
#include "value.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace nexus {

struct AuditEntry {
    qint64 seq = 0;          // 1-based, gap-free
    qint64 timeNs = 0;       // nanoseconds since the Unix epoch
    QByteArray caller;       // principal bytes
    QString role;            // caller's role at the time of the call
    QString method;          // "service.method"
    QByteArray argsDigest;   // SHA-256 of the canonical, redacted arguments
    QString summary;         // short, redacted description a person can read
    QString outcome;         // "ok" or an error code name
    QByteArray phash;        // hash of entry seq-1; empty for the first entry
    QByteArray hash;         // stored hash of this entry (as read back; not part of the hash)

    Value toValue() const;
    // Same result as toValue().hash(), without building the Value (the verification hot path).
    QByteArray computeHash() const;

    // Export form (one JSON Lines record): fields in clear, hashes in hex, time also as ISO text.
    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &o);
};

// The hashed content of an entry as raw bytes (texts in UTF-8), so storage can be verified without
// converting every row into an AuditEntry. Views must outlive the call they are passed to.
struct AuditEntryView {
    qint64 seq = 0;
    qint64 timeNs = 0;
    QByteArrayView caller, role, method, argsDigest, summary, outcome, phash, hash;
};

// Writes the entry's ICRC-3 Value hash (32 bytes) to out.
void auditEntryHash(const AuditEntryView &e, unsigned char *out);

struct ChainProblem {
    qint64 seq = 0;    // first entry that does not verify
    QString reason;
};

// The link checks of a hash chain, one entry at a time, given each entry's recomputed hash: seqs
// follow one another without gaps, each entry names its predecessor's hash as phash, and each
// stored hash matches the entry's content. The in-memory and the streaming verifiers share it.
class AuditChainLinks
{
public:
    // What the first entry must name as phash; nullopt leaves that link to the caller, who reads
    // firstPhash() afterwards (a verifier that splits the chain into parts links them itself).
    explicit AuditChainLinks(std::optional<QByteArray> expectedFirstPhash) : m_expectedFirst(std::move(expectedFirstPhash)) {}
    // The first problem with this entry, or nothing; stop at the first problem.
    std::optional<ChainProblem> check(qint64 seq, QByteArrayView phash, QByteArrayView hash, const unsigned char *computed);

    qint64 count() const { return m_count; } // entries that passed
    qint64 firstSeq() const { return m_firstSeq; }
    qint64 lastSeq() const { return m_lastSeq; }
    const QByteArray &firstPhash() const { return m_firstPhash; }
    QByteArray lastHash() const { return QByteArray(reinterpret_cast<const char *>(m_lastComputed.data()), 32); }

private:
    std::optional<QByteArray> m_expectedFirst;
    QByteArray m_firstPhash;
    std::array<unsigned char, 32> m_lastComputed{};
    qint64 m_count = 0, m_firstSeq = 0, m_lastSeq = 0;
};

// Verifies entries given in ascending seq order. `expectedFirstPhash` is the hash of the entry just
// before entries[0] (empty when entries[0] is entry 1). Hashing runs on `threads` threads.
// Returns the first problem, or nothing if the whole range verifies.
std::optional<ChainProblem> verifyAuditChain(const std::vector<AuditEntry> &entries,
                                             const QByteArray &expectedFirstPhash, int threads = 1);

} // namespace nexus
