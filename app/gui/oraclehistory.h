#pragma once
// One feed's history as the Oracle chart draws it: oracle.history's downsampled buckets turned
// into point lists (published price as steps, aggregated median, the band of source quotes,
// publications and alert markers), the axes' ranges, and a readout for the hovered time.
// Series are filled from C++ in one replace() each, so 43,000 rounds draw at once.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QVariantList>
#include <QtCharts/QAbstractSeries>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace nexus {

class OracleHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Oracle controller")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    Q_PROPERTY(QString pair READ pair NOTIFY changed)
    Q_PROPERTY(QDateTime from READ from NOTIFY changed)
    Q_PROPERTY(QDateTime to READ to NOTIFY changed)
    Q_PROPERTY(QString timeFormat READ timeFormat NOTIFY changed)
    Q_PROPERTY(double yMin READ yMin NOTIFY changed)
    Q_PROPERTY(double yMax READ yMax NOTIFY changed)
    Q_PROPERTY(int yTickCount READ yTickCount NOTIFY changed)
    Q_PROPERTY(QString yLabelFormat READ yLabelFormat NOTIFY changed)
    Q_PROPERTY(int bucketCount READ bucketCount NOTIFY changed)
    Q_PROPERTY(double rounds READ roundsForQml NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(int tripCount READ tripCount NOTIFY changed)
    Q_PROPERTY(int publicationCount READ publicationCount NOTIFY changed)
    // Publication dots only on short ranges with few of them; else they would be a smear.
    Q_PROPERTY(bool showPublications READ showPublications NOTIFY changed)
    Q_PROPERTY(QVariantList markers READ markers NOTIFY changed)
public:
    struct Bucket {
        qint64 tNs = 0;
        int rounds = 0, failed = 0;
        QString last, lo, hi, published; // exact decimal text; empty when absent
        std::optional<double> minV, maxV, lastV, loV, hiV, publishedV;
        // The band drawn: source quotes without the outliers the aggregation drops (see setData).
        std::optional<double> bandLoV, bandHiV;
    };
    struct Marker {
        qint64 alertId = 0;
        qint64 tsNs = 0;
        QString kind, severity, message;
        double y = 0;
    };

    explicit OracleHistory(QObject *parent = nullptr);

    bool loading() const { return m_loading; }
    void setLoading(bool loading);
    bool loaded() const { return m_loaded; }
    bool empty() const { return m_buckets.isEmpty(); }
    QString pair() const { return m_pair; }
    QDateTime from() const;
    QDateTime to() const;
    QString timeFormat() const { return m_timeFormat; }
    double yMin() const { return m_yMin; }
    double yMax() const { return m_yMax; }
    int yTickCount() const { return m_yTicks; }
    QString yLabelFormat() const { return m_yFormat; }
    int bucketCount() const { return int(m_buckets.size()); }
    qint64 rounds() const { return m_rounds; }
    double roundsForQml() const { return double(m_rounds); }
    qint64 bucketNs() const { return m_bucketNs; }
    QString summary() const;
    int tripCount() const;
    int publicationCount() const;
    bool showPublications() const { return m_buckets.size() <= kMaxDotBuckets && publicationCount() <= kMaxPublicationDots; }
    QVariantList markers() const;
    const QList<Bucket> &buckets() const { return m_buckets; }
    const QList<Marker> &markerList() const { return m_markers; }

    // An oracle.history answer; `spanNs` is the chosen range (it picks the time axis format).
    void setData(const QJsonObject &history, qint64 spanNs);
    void clear();

    // "published" (steps), "median", "bandHigh", "bandLow", "publications", "trips", "events".
    QList<QPointF> points(const QString &which) const;
    // Replaces the points of a QXYSeries (LineSeries, ScatterSeries, an AreaSeries' bound lines).
    Q_INVOKABLE void fill(QAbstractSeries *series, const QString &which) const;
    // The bucket under time `ms` (ms since 1970): time, prices, band, rounds and alert texts.
    Q_INVOKABLE QVariantMap at(double ms) const;

    static constexpr int kMaxPublicationDots = 90;
    static constexpr int kMaxDotBuckets = 120;

Q_SIGNALS:
    void changed();
    void loadingChanged();

private:
    std::optional<double> valueNear(qint64 tsNs) const;
    void computeRange();

    QString m_pair;
    QList<Bucket> m_buckets;
    QList<Marker> m_markers;
    std::optional<double> m_publishedBefore;
    QString m_publishedBeforeText;
    qint64 m_fromNs = 0, m_toNs = 0, m_bucketNs = 0, m_rounds = 0;
    QString m_timeFormat = QStringLiteral("HH:mm");
    double m_yMin = 0, m_yMax = 1;
    int m_yTicks = 5;
    QString m_yFormat = QStringLiteral("%.2f");
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace nexus
