#include "experiencescontroller.h"

#include "session.h"
#include "worldscontroller.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace nexus {

namespace {

constexpr qint64 kHourNs = 3600LL * 1000000000;
constexpr int kPage = 50;

QString dateText(qint64 ns)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ns / 1000000), QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace

ExperiencesController::ExperiencesController(Session &session, WorldsController &worlds, QObject *parent)
    : QObject(parent), m_session(session), m_worlds(worlds), m_error(new ErrorInfo(this))
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &ExperiencesController::refresh);
    connect(&session, &Session::callerChanged, this, &ExperiencesController::refresh);
}

void ExperiencesController::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    m_typing.start();
}

void ExperiencesController::setMine(bool mine)
{
    if (mine == m_mine)
        return;
    m_mine = mine;
    Q_EMIT queryChanged();
    refresh();
}

void ExperiencesController::setRange(const QString &range)
{
    if (range == m_range || (range != QLatin1String("day") && range != QLatin1String("month")))
        return;
    m_range = range;
    Q_EMIT telemetryChanged();
    loadTelemetry();
}

void ExperiencesController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void ExperiencesController::refresh()
{
    m_typing.stop();
    if (!m_session.hasCaller())
        return;
    QJsonObject args{{QStringLiteral("limit"), kPage}};
    // Search as you type: the word being typed matches as a prefix ("cast" finds "castle").
    const QString q = m_query.trimmed().left(199);
    if (!q.isEmpty())
        args.insert(QStringLiteral("q"), m_query.endsWith(QLatin1Char(' ')) || q.endsWith(QLatin1Char('*')) ? q : q + QLatin1Char('*'));
    if (m_mine)
        args.insert(QStringLiteral("mine"), true);
    const quint64 gen = ++m_searchGeneration;
    setLoading(true);
    m_session.call(this, QStringLiteral("experiences.list"), args, [this, gen](const Result<QJsonValue> &r) {
        if (gen != m_searchGeneration)
            return; // a newer search is on its way
        setLoading(false);
        if (!r) {
            m_error->set(tr("Could not search the experiences"), r.error());
            return;
        }
        m_error->clear();
        QVariantList items;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString owner = e.value(QStringLiteral("owner")).toString();
            QStringList tags;
            for (const QJsonValue &t : e.value(QStringLiteral("tags")).toArray())
                tags << t.toString();
            items.append(QVariantMap{{QStringLiteral("id"), e.value(QStringLiteral("id")).toDouble()},
                                     {QStringLiteral("title"), e.value(QStringLiteral("title")).toString()},
                                     {QStringLiteral("description"), e.value(QStringLiteral("description")).toString()},
                                     {QStringLiteral("ownerName"), m_session.displayName(owner)},
                                     {QStringLiteral("tags"), tags},
                                     {QStringLiteral("tagsText"), tags.join(QStringLiteral(" · "))},
                                     {QStringLiteral("visibility"), e.value(QStringLiteral("visibility")).toString()},
                                     {QStringLiteral("worldId"), e.value(QStringLiteral("world_id")).toDouble()},
                                     {QStringLiteral("created"), dateText(e.value(QStringLiteral("created_ns")).toString().toLongLong())}});
        }
        m_items = items;
        m_total = r->toObject().value(QStringLiteral("total")).toInt();
        Q_EMIT itemsChanged();
        // Keep the selection when it is still among the results; else select the first.
        const double current = m_selected.value(QStringLiteral("id")).toDouble();
        bool kept = false;
        for (const QVariant &v : std::as_const(m_items))
            kept = kept || v.toMap().value(QStringLiteral("id")).toDouble() == current;
        if (!kept)
            select(m_items.isEmpty() ? 0 : m_items.first().toMap().value(QStringLiteral("id")).toDouble());
    });
}

void ExperiencesController::select(double experienceId)
{
    QVariantMap found;
    for (const QVariant &v : std::as_const(m_items))
        if (v.toMap().value(QStringLiteral("id")).toDouble() == experienceId)
            found = v.toMap();
    m_selected = found;
    Q_EMIT selectedChanged();
    loadTelemetry();
    if (found.isEmpty())
        return;
    // The thumbnail comes with the one experience, not with every row of the list.
    m_session.call(this, QStringLiteral("experiences.get"), {{QStringLiteral("id"), experienceId}, {QStringLiteral("with_thumbnail"), true}},
                   [this, experienceId](const Result<QJsonValue> &r) {
                       if (m_selected.value(QStringLiteral("id")).toDouble() != experienceId)
                           return;
                       if (!r) {
                           m_error->set(tr("Could not open the experience"), r.error());
                           return;
                       }
                       const QString png = r->toObject().value(QStringLiteral("thumbnail_png")).toString();
                       m_selected.insert(QStringLiteral("thumbnail"), png.isEmpty() ? QString() : QStringLiteral("data:image/png;base64,") + png);
                       Q_EMIT selectedChanged();
                   });
}

void ExperiencesController::loadTelemetry()
{
    const quint64 gen = ++m_telemetryGeneration;
    const double world = m_selected.value(QStringLiteral("worldId")).toDouble();
    if (world <= 0) {
        m_telemetry.clear();
        m_telemetryMax = 0;
        m_bucketLabels.clear();
        Q_EMIT telemetryChanged();
        return;
    }
    const bool daily = m_range == QLatin1String("month");
    const qint64 bucket = daily ? 24 * kHourNs : kHourNs;
    const int buckets = daily ? 30 : 24;
    // Whole buckets ending with the current one, so the last bar is the hour (or day) so far.
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const qint64 to = (now / bucket + 1) * bucket;
    const qint64 from = to - buckets * bucket;
    m_session.call(this, QStringLiteral("telemetry.summary"),
                   {{QStringLiteral("world_id"), world}, {QStringLiteral("bucket"), daily ? QStringLiteral("day") : QStringLiteral("hour")},
                    {QStringLiteral("from_ns"), QString::number(from)}, {QStringLiteral("to_ns"), QString::number(to)}},
                   [this, gen, from, bucket, buckets, daily](const Result<QJsonValue> &r) {
                       if (gen != m_telemetryGeneration)
                           return;
                       if (!r) {
                           m_error->set(tr("Could not load the telemetry"), r.error());
                           return;
                       }
                       QVariantList rows;
                       int max = 0;
                       const QJsonObject series = r->toObject().value(QStringLiteral("series")).toObject();
                       for (auto it = series.begin(); it != series.end(); ++it) {
                           QVariantList counts;
                           for (int i = 0; i < buckets; ++i)
                               counts << 0;
                           int total = 0;
                           for (const QJsonValue &p : it.value().toArray()) {
                               const int i = int((p[QStringLiteral("start_ns")].toString().toLongLong() - from) / bucket);
                               const int n = p[QStringLiteral("count")].toInt();
                               if (i >= 0 && i < buckets)
                                   counts[i] = n, total += n, max = std::max(max, n);
                           }
                           rows.append(QVariantMap{{QStringLiteral("type"), it.key()}, {QStringLiteral("total"), total}, {QStringLiteral("counts"), counts}});
                       }
                       // Bar heights as shares of the largest bar of all types, so the rows compare.
                       for (QVariant &row : rows) {
                           QVariantMap m = row.toMap();
                           QVariantList levels;
                           for (const QVariant &c : m.value(QStringLiteral("counts")).toList())
                               levels << (max > 0 ? c.toDouble() / max : 0.0);
                           m.insert(QStringLiteral("levels"), levels);
                           row = m;
                       }
                       std::sort(rows.begin(), rows.end(), [](const QVariant &a, const QVariant &b) {
                           return a.toMap().value(QStringLiteral("total")).toInt() > b.toMap().value(QStringLiteral("total")).toInt();
                       });
                       const auto label = [daily](qint64 ns) {
                           const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1000000);
                           return daily ? QLocale().toString(t.date(), QStringLiteral("d MMM")) : QLocale().toString(t.time(), QStringLiteral("HH:mm"));
                       };
                       m_telemetry = rows;
                       m_telemetryMax = max;
                       m_bucketLabels = {label(from), label(from + (buckets / 2) * bucket), label(from + (buckets - 1) * bucket)};
                       Q_EMIT telemetryChanged();
                   });
}

void ExperiencesController::openWorld()
{
    const double world = m_selected.value(QStringLiteral("worldId")).toDouble();
    if (world > 0)
        m_worlds.openWorld(world);
}

} // namespace nexus
