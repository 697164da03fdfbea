#include "ledgerchain.h"

namespace nexus {

ChainVerifier::ChainVerifier(qint64 firstIndex, QByteArray previousHash)
    : m_next(firstIndex), m_previous(std::move(previousHash))
{
}

bool ChainVerifier::fail(qint64 index, const QString &reason)
{
    m_report.ok = false;
    m_report.firstBad = index;
    m_report.reason = QStringLiteral("block %1: %2").arg(index).arg(reason);
    return false;
}

bool ChainVerifier::add(qint64 index, const LedgerBlock &block, const QByteArray &recordedHash)
{
    return addHashed(index, block.phash, block.hash(), recordedHash);
}

bool ChainVerifier::addHashed(qint64 index, const QByteArray &phash, const QByteArray &computedHash, const QByteArray &recordedHash)
{
    if (!m_report.ok)
        return false;
    ++m_report.checked;
    if (index != m_next)
        return fail(m_next, index > m_next ? QStringLiteral("missing (the next block found is %1)").arg(index)
                                           : QStringLiteral("appears again as %1").arg(index));
    if (phash != m_previous)
        return fail(index, m_previous.isEmpty() ? QStringLiteral("the first block must not have a phash")
                                                : QStringLiteral("its phash is not the hash of block %1").arg(index - 1));
    if (!recordedHash.isEmpty() && computedHash != recordedHash)
        return fail(index, QStringLiteral("its contents do not match its recorded hash"));
    m_previous = computedHash;
    m_report.tipHash = computedHash;
    ++m_next;
    return true;
}

ChainReport verifyBlockValues(const QList<Value> &blocks, qint64 firstIndex, const QByteArray &previousHash)
{
    ChainVerifier verifier(firstIndex, previousHash);
    qint64 index = firstIndex;
    for (const Value &v : blocks) {
        auto b = LedgerBlock::fromValue(v);
        if (!b) {
            ChainReport r = verifier.report();
            r.ok = false;
            r.checked += 1;
            r.firstBad = index;
            r.reason = QStringLiteral("block %1: %2").arg(index).arg(b.error().message);
            return r;
        }
        // The Value's own hash is what the next phash must match (the parse only checks its shape).
        if (!verifier.addHashed(index, b->phash, v.hash()))
            break;
        ++index;
    }
    return verifier.report();
}

} // namespace nexus
