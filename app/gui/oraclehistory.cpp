#include "oraclehistory.h"

#include "oraclelabels.h"

#include <QJsonArray>
#include <QLocale>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <cmath>

namespace nexus {

namespace {

constexpr qint64 kMsNs = 1000000;
constexpr qint64 kHourNs = 3600LL * 1000000000;
constexpr double kOutlierCut = 0.20; // the aggregation drops answers more than 20 % from the median

std::optional<double> number(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok); // drawing only: the exact text is kept beside it
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

double ms(qint64 ns)
{
    return double(ns / kMsNs);
}

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    const double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * magnitude;
}

// lo / hi are the extremes of every answer in the bucket, outliers included: one venue quoting
// half the price would stretch the band over the whole chart. Beyond the aggregation's 20 % cut
// around the bucket's median a side falls back to the range of the aggregated rates.
void bandOf(OracleHistory::Bucket &b)
{
    if (!b.minV || !b.maxV)
        return; // no consistent round in the bucket: nothing to measure against
    const double mid = (*b.minV + *b.maxV) / 2;
    const double cut = mid * kOutlierCut;
    b.bandLoV = b.loV && *b.loV >= mid - cut ? std::min(*b.loV, *b.minV) : *b.minV;
    b.bandHiV = b.hiV && *b.hiV <= mid + cut ? std::max(*b.hiV, *b.maxV) : *b.maxV;
}

bool isCritical(const OracleHistory::Marker &m)
{
    return m.severity == QLatin1String("critical") || m.kind.startsWith(QLatin1String("trip_"));
}

} // namespace

OracleHistory::OracleHistory(QObject *parent) : QObject(parent) {}

void OracleHistory::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

QDateTime OracleHistory::from() const
{
    return QDateTime::fromMSecsSinceEpoch(m_fromNs / kMsNs);
}

QDateTime OracleHistory::to() const
{
    return QDateTime::fromMSecsSinceEpoch(m_toNs / kMsNs);
}

void OracleHistory::clear()
{
    m_pair.clear();
    m_buckets.clear();
    m_markers.clear();
    m_publishedBefore.reset();
    m_publishedBeforeText.clear();
    m_rounds = 0;
    m_loaded = false;
    computeRange();
    Q_EMIT changed();
}

void OracleHistory::setData(const QJsonObject &h, qint64 spanNs)
{
    m_pair = h.value(QStringLiteral("pair")).toString();
    m_fromNs = h.value(QStringLiteral("from_ns")).toString().toLongLong();
    m_toNs = h.value(QStringLiteral("to_ns")).toString().toLongLong();
    m_bucketNs = h.value(QStringLiteral("bucket_ns")).toString().toLongLong();
    m_rounds = h.value(QStringLiteral("rounds")).toInteger();

    // Columns by name, so a reordered answer still reads right.
    const QJsonArray columns = h.value(QStringLiteral("columns")).toArray();
    const auto col = [&columns](const char *name) {
        for (qsizetype i = 0; i < columns.size(); ++i)
            if (columns.at(i).toString() == QLatin1String(name))
                return int(i);
        return -1;
    };
    const int cT = col("t"), cN = col("n"), cFailed = col("failed"), cMin = col("min"), cMax = col("max"), cLast = col("last"),
              cLo = col("lo"), cHi = col("hi"), cPublished = col("published");
    m_buckets.clear();
    const QJsonArray points = h.value(QStringLiteral("points")).toArray();
    m_buckets.reserve(points.size());
    for (const QJsonValue &v : points) {
        const QJsonArray a = v.toArray();
        Bucket b;
        b.tNs = text(a.at(cT)).toLongLong();
        b.rounds = a.at(cN).toInt();
        b.failed = a.at(cFailed).toInt();
        b.last = text(a.at(cLast));
        b.lo = text(a.at(cLo));
        b.hi = text(a.at(cHi));
        b.published = text(a.at(cPublished));
        b.minV = number(text(a.at(cMin)));
        b.maxV = number(text(a.at(cMax)));
        b.lastV = number(b.last);
        b.loV = number(b.lo);
        b.hiV = number(b.hi);
        b.publishedV = number(b.published);
        bandOf(b);
        m_buckets.append(std::move(b));
    }
    const QJsonObject before = h.value(QStringLiteral("published_before")).toObject();
    m_publishedBeforeText = before.value(QStringLiteral("rate")).toString();
    m_publishedBefore = number(m_publishedBeforeText);

    m_markers.clear();
    for (const QJsonValue &v : h.value(QStringLiteral("markers")).toArray()) {
        const QJsonObject o = v.toObject();
        Marker m;
        m.alertId = o.value(QStringLiteral("alert_id")).toInteger();
        m.tsNs = o.value(QStringLiteral("ts_ns")).toString().toLongLong();
        m.kind = o.value(QStringLiteral("kind")).toString();
        m.severity = o.value(QStringLiteral("severity")).toString();
        m.message = o.value(QStringLiteral("message")).toString();
        m_markers.append(m);
    }
    for (Marker &m : m_markers)
        m.y = valueNear(m.tsNs).value_or(0);

    m_timeFormat = spanNs <= 2 * 24 * kHourNs ? QStringLiteral("HH:mm") : QStringLiteral("d MMM");
    m_loaded = true;
    computeRange();
    Q_EMIT changed();
}

// The median (else the published price, else the band's middle) of the bucket holding tsNs, or
// of the nearest bucket before it.
std::optional<double> OracleHistory::valueNear(qint64 tsNs) const
{
    auto it = std::upper_bound(m_buckets.cbegin(), m_buckets.cend(), tsNs, [](qint64 t, const Bucket &b) { return t < b.tNs; });
    while (it != m_buckets.cbegin()) {
        --it;
        if (it->lastV)
            return it->lastV;
        if (it->publishedV)
            return it->publishedV;
        if (it->bandLoV && it->bandHiV)
            return (*it->bandLoV + *it->bandHiV) / 2;
    }
    if (!m_buckets.isEmpty() && m_buckets.first().lastV)
        return m_buckets.first().lastV;
    return m_publishedBefore;
}

void OracleHistory::computeRange()
{
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    const auto take = [&](const std::optional<double> &v) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    };
    for (const Bucket &b : std::as_const(m_buckets)) {
        take(b.bandLoV);
        take(b.bandHiV);
        take(b.lastV);
        take(b.publishedV);
    }
    take(m_publishedBefore);
    if (lo > hi) {
        m_yMin = 0;
        m_yMax = 1;
        m_yTicks = 5;
        m_yFormat = QStringLiteral("%.0f");
        return;
    }
    double span = hi - lo;
    if (span <= 0)
        span = std::max(std::abs(hi) * 0.01, 1e-6);
    lo -= span * 0.04;
    hi += span * 0.04;
    const double step = niceStep((hi - lo) / 5);
    m_yMin = std::floor(lo / step) * step;
    m_yMax = std::ceil(hi / step) * step;
    if (lo >= 0 && m_yMin < 0)
        m_yMin = 0;
    m_yTicks = std::clamp(int(std::lround((m_yMax - m_yMin) / step)) + 1, 2, 12);
    int decimals = 0;
    while (decimals < 9) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++decimals;
    }
    m_yFormat = QStringLiteral("%.%1f").arg(decimals);
}

QString OracleHistory::summary() const
{
    if (!m_loaded)
        return {};
    const QLocale locale;
    if (m_buckets.isEmpty())
        return tr("No rounds in this range");
    if (m_bucketNs <= 60LL * 1000000000)
        return tr("%1 rounds, one point per minute").arg(locale.toString(m_rounds));
    return tr("%1 rounds in %2 points of %3").arg(locale.toString(m_rounds), locale.toString(m_buckets.size()),
                                                 OracleLabels::age(m_bucketNs / 1000000000));
}

int OracleHistory::tripCount() const
{
    return int(std::count_if(m_markers.cbegin(), m_markers.cend(), isCritical));
}

int OracleHistory::publicationCount() const
{
    return int(std::count_if(m_buckets.cbegin(), m_buckets.cend(), [](const Bucket &b) { return b.publishedV.has_value(); }));
}

QVariantList OracleHistory::markers() const
{
    QVariantList out;
    for (const Marker &m : m_markers)
        out.append(QVariantMap{{QStringLiteral("id"), double(m.alertId)},
                               {QStringLiteral("ms"), ms(m.tsNs)},
                               {QStringLiteral("kind"), m.kind},
                               {QStringLiteral("label"), OracleLabels::alertKind(m.kind)},
                               {QStringLiteral("critical"), isCritical(m)},
                               {QStringLiteral("message"), m.message}});
    return out;
}

QList<QPointF> OracleHistory::points(const QString &which) const
{
    QList<QPointF> out;
    if (which == QLatin1String("published")) {
        // A published price holds until the next publication: draw steps.
        std::optional<double> current = m_publishedBefore;
        out.reserve(2 * m_buckets.size() + 2);
        if (current && !m_buckets.isEmpty())
            out.append({ms(m_fromNs), *current});
        for (const Bucket &b : m_buckets) {
            if (!b.publishedV)
                continue;
            if (current)
                out.append({ms(b.tNs), *current});
            out.append({ms(b.tNs), *b.publishedV});
            current = b.publishedV;
        }
        if (current && !m_buckets.isEmpty())
            out.append({ms(std::min(m_toNs, m_buckets.last().tNs + m_bucketNs)), *current});
        return out;
    }
    if (which == QLatin1String("trips") || which == QLatin1String("events")) {
        const bool trips = which == QLatin1String("trips");
        for (const Marker &m : m_markers)
            if (isCritical(m) == trips)
                out.append({ms(m.tsNs), m.y});
        return out;
    }
    out.reserve(m_buckets.size());
    for (const Bucket &b : m_buckets) {
        const std::optional<double> &v = which == QLatin1String("median")     ? b.lastV
                                         : which == QLatin1String("bandHigh") ? b.bandHiV
                                         : which == QLatin1String("bandLow")  ? b.bandLoV
                                         : which == QLatin1String("publications") ? b.publishedV
                                                                                  : std::optional<double>();
        if (v)
            out.append({ms(b.tNs), *v});
    }
    return out;
}

void OracleHistory::fill(QAbstractSeries *series, const QString &which) const
{
    if (auto *xy = qobject_cast<QXYSeries *>(series))
        xy->replace(points(which));
}

QVariantMap OracleHistory::at(double msValue) const
{
    const qint64 ns = qint64(msValue) * kMsNs;
    if (m_buckets.isEmpty() || ns < m_fromNs || ns >= m_toNs)
        return {};
    auto it = std::upper_bound(m_buckets.cbegin(), m_buckets.cend(), ns, [](qint64 t, const Bucket &b) { return t < b.tNs; });
    if (it == m_buckets.cbegin())
        return {};
    --it;
    const Bucket &b = *it;
    if (ns >= b.tNs + m_bucketNs)
        return {}; // a gap without rounds
    QString published = m_publishedBeforeText;
    for (auto p = m_buckets.cbegin(); p != it + 1; ++p)
        if (!p->published.isEmpty())
            published = p->published;
    QStringList alerts;
    for (const Marker &m : m_markers)
        if (m.tsNs >= b.tNs && m.tsNs < b.tNs + m_bucketNs)
            alerts << OracleLabels::alertKind(m.kind);
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(b.tNs / kMsNs);
    const QString time = m_bucketNs <= 60LL * 1000000000
                             ? locale.toString(start, QLocale::ShortFormat)
                             : tr("%1 + %2", "bucket start time + its width").arg(locale.toString(start, QLocale::ShortFormat),
                                                                                 OracleLabels::age(m_bucketNs / 1000000000));
    return {{QStringLiteral("ms"), ms(b.tNs)},
            {QStringLiteral("time"), time},
            {QStringLiteral("published"), OracleLabels::rate(published)},
            {QStringLiteral("median"), OracleLabels::rate(b.last)},
            {QStringLiteral("low"), OracleLabels::rate(b.lo)},
            {QStringLiteral("high"), OracleLabels::rate(b.hi)},
            {QStringLiteral("rounds"), b.rounds},
            {QStringLiteral("failed"), b.failed},
            {QStringLiteral("alerts"), alerts}};
}

} // namespace nexus
