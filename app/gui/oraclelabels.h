#pragma once
// What the Oracle panel says for the oracle service's identifiers (breaker states, trip and quote
// reasons, alert kinds), and exact display forms of rates, ages and basis points.

#include <QCoreApplication>
#include <QString>

namespace nexus {

class OracleLabels
{
    Q_DECLARE_TR_FUNCTIONS(OracleLabels)
public:
    static QString breakerState(const QString &state, const QString &tripReason); // "Tripped: price jump" …
    static QString tripReason(const QString &reason);
    // Why a source's last quote was (not) used; `answered`: it has a quote in the last hour.
    static QString quoteReason(const QString &reason, bool enabled, bool answered);
    static QString alertKind(const QString &kind);
    // "12 s", "12 min", "3 h 4 min", "37 days".
    static QString age(qint64 seconds);
    // "68865.3" -> "68,865.30" in the current locale: the integer part grouped, the fraction kept
    // exactly (padded to `minFraction` digits). No floating point.
    static QString rate(const QString &decimalText, int minFraction = 2);
    // Basis points as a percentage: 125 -> "+1.25 %".
    static QString bps(double value, bool sign = true);
};

} // namespace nexus
