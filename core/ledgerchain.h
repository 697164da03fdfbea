#pragma once
// Verification of a chain of ICRC-3 ledger blocks: where it first goes wrong, by block index.

#include "ledgerblock.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nexus {

// Where a chain of blocks first goes wrong.
struct ChainReport {
    bool ok = true;
    qint64 checked = 0;      // blocks looked at (including the bad one)
    qint64 firstBad = -1;    // index of the first bad block
    QString reason;
    QByteArray tipHash;      // hash of the last good block
};

// Feeds blocks in index order. A block is bad when its index is not the next one, its phash is not
// the previous block's hash (absent for block 0), or its recorded hash (when given) is not the hash
// of its contents.
class ChainVerifier
{
public:
    explicit ChainVerifier(qint64 firstIndex = 0, QByteArray previousHash = {});
    bool add(qint64 index, const LedgerBlock &block, const QByteArray &recordedHash = {}); // false once bad
    // The same with the block's hash already computed (`computedHash`).
    bool addHashed(qint64 index, const QByteArray &phash, const QByteArray &computedHash, const QByteArray &recordedHash = {});
    const ChainReport &report() const { return m_report; }

private:
    bool fail(qint64 index, const QString &reason);
    qint64 m_next;
    QByteArray m_previous;
    ChainReport m_report;
};

// Verifies Values as served by get_blocks, starting at `firstIndex`.
ChainReport verifyBlockValues(const QList<Value> &blocks, qint64 firstIndex = 0, const QByteArray &previousHash = {});

} // namespace nexus
