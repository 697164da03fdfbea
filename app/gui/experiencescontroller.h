#pragma once
// Browsing published experiences (QML singleton "Experiences"): full-text search over title,
// description and tags, public ones or all of yours, a page of results; the selected one with
// its thumbnail; and its world's telemetry as events per type over the last 24 hours (hourly)
// or 30 days (daily), from telemetry.summary.

#include "errorinfo.h"
#include "qmlsingleton.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class WorldsController;

class ExperiencesController : public QObject, public QmlSingleton<ExperiencesController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Experiences)
    QML_SINGLETON
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool mine READ mine WRITE setMine NOTIFY queryChanged)
    // A page of results: id, title, ownerName, tags, tagsText, visibility, worldId, created.
    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    Q_PROPERTY(int total READ total NOTIFY itemsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // The selected experience (the same fields plus description and thumbnail, a data: URL or "").
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY telemetryChanged) // "day" or "month"
    // Events per type in the range: type, total, counts (one per bucket, oldest first) and
    // levels (each count as a share of the largest bucket of all types).
    Q_PROPERTY(QVariantList telemetry READ telemetry NOTIFY telemetryChanged)
    Q_PROPERTY(QStringList bucketLabels READ bucketLabels NOTIFY telemetryChanged) // first, middle, last
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    ExperiencesController(Session &session, WorldsController &worlds, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool mine() const { return m_mine; }
    void setMine(bool mine);
    QVariantList items() const { return m_items; }
    int total() const { return m_total; }
    bool loading() const { return m_loading; }
    QVariantMap selected() const { return m_selected; }
    QString range() const { return m_range; }
    void setRange(const QString &range);
    QVariantList telemetry() const { return m_telemetry; }
    int telemetryMax() const { return m_telemetryMax; } // the largest bucket (levels are shares of it)
    QStringList bucketLabels() const { return m_bucketLabels; }
    ErrorInfo *error() const { return m_error; }

    // Runs the search now (typing runs it after a short pause).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(double experienceId);
    // Shows the selected experience's world in the Worlds preview.
    Q_INVOKABLE void openWorld();

Q_SIGNALS:
    void queryChanged();
    void itemsChanged();
    void loadingChanged();
    void selectedChanged();
    void telemetryChanged();

private:
    void loadTelemetry();
    void setLoading(bool loading);

    Session &m_session;
    WorldsController &m_worlds;
    ErrorInfo *m_error;
    QTimer m_typing;
    QString m_query;
    bool m_mine = false;
    QVariantList m_items;
    int m_total = 0;
    bool m_loading = false;
    quint64 m_searchGeneration = 0;
    QVariantMap m_selected;
    QString m_range = QStringLiteral("day");
    QVariantList m_telemetry;
    int m_telemetryMax = 0;
    QStringList m_bucketLabels;
    quint64 m_telemetryGeneration = 0;
};

} // namespace nexus
