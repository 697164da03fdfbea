#pragma once
// SplitMix64: a tiny deterministic PRNG whose output is identical on every platform
// (std:: distributions are not), used for demo data and property tests.

#include <QByteArray>
#include <QtGlobal>

namespace nexus {

class Prng
{
public:
    explicit Prng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) (n > 0); the tiny modulo bias is irrelevant for demo data.
    quint64 below(quint64 n) { return next() % n; }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo + 1))); }
    bool chance(int percent) { return below(100) < quint64(percent); }
    QByteArray bytes(int n)
    {
        QByteArray out(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            out[i] = char(next() & 0xff);
        return out;
    }

private:
    quint64 m_state;
};

} // namespace nexus
