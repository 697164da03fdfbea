#include "oraclelabels.h"

#include <QLocale>

#include <cmath>

namespace nexus {

QString OracleLabels::tripReason(const QString &reason)
{
    if (reason == QLatin1String("stale"))
        return tr("stale price");
    if (reason == QLatin1String("inconsistent"))
        return tr("inconsistent round");
    if (reason == QLatin1String("jump"))
        return tr("price jump");
    return reason;
}

QString OracleLabels::breakerState(const QString &state, const QString &reason)
{
    if (state == QLatin1String("ok"))
        return tr("Normal", "circuit breaker state: prices are served");
    if (state == QLatin1String("manual"))
        return tr("Manual price");
    if (state == QLatin1String("tripped"))
        return reason.isEmpty() ? tr("Tripped", "circuit breaker") : tr("Tripped: %1", "circuit breaker; %1 is the reason").arg(tripReason(reason));
    return state;
}

QString OracleLabels::quoteReason(const QString &reason, bool enabled, bool answered)
{
    if (!enabled)
        return tr("Source disabled");
    if (reason.isEmpty())
        return answered ? QString() : tr("No quote in the last hour");
    if (reason == QLatin1String("included"))
        return tr("Within 20 % of the median");
    if (reason == QLatin1String("no_answer"))
        return tr("Did not answer the last round");
    if (reason == QLatin1String("invalid"))
        return tr("Answered zero or a negative rate");
    if (reason == QLatin1String("outlier"))
        return tr("Outlier: over 20 % off the median");
    return reason;
}

QString OracleLabels::alertKind(const QString &kind)
{
    if (kind == QLatin1String("trip_jump"))
        return tr("Breaker tripped: price jump");
    if (kind == QLatin1String("trip_stale"))
        return tr("Breaker tripped: stale price");
    if (kind == QLatin1String("trip_inconsistent"))
        return tr("Breaker tripped: inconsistent round");
    if (kind == QLatin1String("reset"))
        return tr("Breaker reset");
    if (kind == QLatin1String("manual_price"))
        return tr("Manual price set");
    return kind;
}

QString OracleLabels::age(qint64 s)
{
    if (s < 0)
        s = 0;
    if (s < 60)
        return tr("%1 s", "seconds").arg(s);
    if (s < 3600)
        return tr("%1 min", "minutes").arg(s / 60);
    if (s < 2 * 86400)
        return tr("%1 h %2 min", "hours and minutes").arg(s / 3600).arg(s % 3600 / 60);
    return tr("%1 days").arg(QLocale().toString(s / 86400));
}

QString OracleLabels::rate(const QString &decimalText, int minFraction)
{
    if (decimalText.isEmpty())
        return {};
    const qsizetype dot = decimalText.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? decimalText : decimalText.left(dot);
    QString fraction = dot < 0 ? QString() : decimalText.mid(dot + 1);
    while (fraction.size() < minFraction)
        fraction += QLatin1Char('0');
    bool ok = false;
    const qlonglong w = whole.toLongLong(&ok);
    if (!ok)
        return decimalText;
    const QLocale locale;
    QString out = locale.toString(w);
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + fraction;
    return out;
}

QString OracleLabels::bps(double value, bool sign)
{
    const QString number = QLocale().toString(std::abs(value) / 100.0, 'f', 2);
    const QString prefix = !sign || value == 0 ? QString() : value > 0 ? QStringLiteral("+") : QStringLiteral("−");
    return tr("%1%2 %", "a signed percentage").arg(prefix, number);
}

} // namespace nexus
