// LedgerBlock::hash() and txHash(): the ICRC-3 representation-independent hash of the block's
// Value, computed without building the Value tree (every ledger transaction hashes its block and
// its dedup key on the writer thread). tst_ledgerblock checks them against toValue().hash().
#include "ledgerblock.h"

#include "digest.h"

#include <algorithm>
#include <array>

namespace nexus {

namespace {

using Digest = std::array<unsigned char, 32>;

Digest digest(QByteArrayView bytes)
{
    Digest d;
    sha256Into(bytes, d.data());
    return d;
}

Digest natDigest(Nat128 n)
{
    unsigned char buf[19]; // ceil(128 / 7)
    int len = 0;
    do {
        unsigned char byte = n & 0x7f;
        n >>= 7;
        buf[len++] = n != 0 ? (byte | 0x80) : byte;
    } while (n != 0);
    return digest(QByteArrayView(reinterpret_cast<const char *>(buf), len));
}

Digest accountDigest(const Account &a)
{
    Digest parts[2] = {digest(a.owner().bytes()), {}};
    const bool withSub = !a.isDefaultSubaccount();
    if (withSub)
        parts[1] = digest(a.subaccount());
    return digest(QByteArrayView(reinterpret_cast<const char *>(parts), withSub ? 64 : 32));
}

// A Map's hash: the 64-byte H(key) ‖ H(value) pairs, sorted bytewise, hashed together.
class MapDigest
{
public:
    void add(const Digest &key, const Digest &value)
    {
        std::copy(key.begin(), key.end(), m_pairs[m_n].begin());
        std::copy(value.begin(), value.end(), m_pairs[m_n].begin() + 32);
        ++m_n;
    }
    Digest finish()
    {
        std::sort(m_pairs.begin(), m_pairs.begin() + m_n);
        return digest(QByteArrayView(reinterpret_cast<const char *>(m_pairs.data()), m_n * 64));
    }

private:
    std::array<std::array<unsigned char, 64>, 10> m_pairs;
    int m_n = 0;
};

struct KeyDigests {
    Digest btype, ts, phash, fee, tx, amt, from, to, spender, memo, expectedAllowance, expiresAt;
    Digest types[5];
};

const KeyDigests &keys()
{
    static const KeyDigests k = [] {
        KeyDigests d;
        const auto key = [](const char *name) { return digest(QByteArrayView(name)); };
        d.btype = key("btype");
        d.ts = key("ts");
        d.phash = key("phash");
        d.fee = key("fee");
        d.tx = key("tx");
        d.amt = key("amt");
        d.from = key("from");
        d.to = key("to");
        d.spender = key("spender");
        d.memo = key("memo");
        d.expectedAllowance = key("expected_allowance");
        d.expiresAt = key("expires_at");
        for (BlockType t : {BlockType::Transfer, BlockType::Mint, BlockType::Burn, BlockType::Approve, BlockType::TransferFrom})
            d.types[int(t)] = digest(blockTypeName(t).toUtf8());
        return d;
    }();
    return k;
}

Digest txDigest(const LedgerBlock &b)
{
    const KeyDigests &k = keys();
    MapDigest tx;
    tx.add(k.amt, natDigest(b.amount));
    if (b.from)
        tx.add(k.from, accountDigest(*b.from));
    if (b.to)
        tx.add(k.to, accountDigest(*b.to));
    if (b.spender)
        tx.add(k.spender, accountDigest(*b.spender));
    if (b.memo)
        tx.add(k.memo, digest(*b.memo));
    if (b.createdAtTime)
        tx.add(k.ts, natDigest(*b.createdAtTime));
    if (b.fee && b.feeInTx)
        tx.add(k.fee, natDigest(*b.fee));
    if (b.expectedAllowance)
        tx.add(k.expectedAllowance, natDigest(*b.expectedAllowance));
    if (b.expiresAt)
        tx.add(k.expiresAt, natDigest(*b.expiresAt));
    return tx.finish();
}

QByteArray bytes(const Digest &d) { return QByteArray(reinterpret_cast<const char *>(d.data()), 32); }

} // namespace

QByteArray LedgerBlock::hash() const
{
    const KeyDigests &k = keys();
    MapDigest m;
    m.add(k.btype, k.types[int(type)]);
    m.add(k.ts, natDigest(Nat128(quint64(tsNs))));
    if (!phash.isEmpty())
        m.add(k.phash, digest(phash));
    if (fee && !feeInTx)
        m.add(k.fee, natDigest(*fee));
    m.add(k.tx, txDigest(*this));
    return bytes(m.finish());
}

QByteArray LedgerBlock::txHash() const
{
    const KeyDigests &k = keys();
    MapDigest m;
    m.add(k.btype, k.types[int(type)]);
    m.add(k.tx, txDigest(*this));
    return bytes(m.finish());
}

} // namespace nexus
