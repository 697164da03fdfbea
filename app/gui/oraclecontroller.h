#pragma once
// The Oracle panel: the feeds (oracle.pairs), the selected feed's history over a chosen range
// (downsampled to the chart's width), its sources, the alerts, the circuit breaker's actions for
// manage_oracle holders, and a converter between assets. Follows the gateway's "oracle" change
// events (coalesced) while the panel is on screen, so a live feed moves the chart.

#include "qmlsingleton.h"
#include "errorinfo.h"
#include "oraclealertsmodel.h"
#include "oraclehistory.h"
#include "oraclesourcesmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class OracleController : public QObject, public QmlSingleton<OracleController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Oracle)
    QML_SINGLETON
    Q_PROPERTY(QVariantList pairs READ pairs NOTIFY pairsChanged)
    Q_PROPERTY(bool pairsReady READ pairsReady NOTIFY pairsChanged)
    Q_PROPERTY(QVariantList assets READ assets NOTIFY pairsChanged)
    Q_PROPERTY(QString selectedPair READ selectedPair WRITE setSelectedPair NOTIFY selectedChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY rangeChanged) // 1h, 24h, 7d, 30d
    Q_PROPERTY(int chartWidth READ chartWidth WRITE setChartWidth NOTIFY chartWidthChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY canManageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(nexus::OracleHistory *history READ history CONSTANT)
    Q_PROPERTY(nexus::OracleSourcesModel *sources READ sources CONSTANT)
    Q_PROPERTY(nexus::OracleAlertsModel *alerts READ alerts CONSTANT)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)          // loading the feeds or the history
    Q_PROPERTY(nexus::ErrorInfo *actionError READ actionError CONSTANT) // breaker, manual price, acknowledge
    Q_PROPERTY(nexus::ErrorInfo *converterError READ converterError CONSTANT)
    Q_PROPERTY(QVariantMap conversion READ conversion NOTIFY conversionChanged)
    Q_PROPERTY(bool converting READ converting NOTIFY conversionChanged)
public:
    explicit OracleController(Session &session, QObject *parent = nullptr);

    QVariantList pairs() const { return m_pairs; }
    bool pairsReady() const { return m_pairsReady; }
    QVariantList assets() const { return m_assets; }
    QString selectedPair() const { return m_selectedPair; }
    void setSelectedPair(const QString &pair);
    QVariantMap selected() const;
    QString range() const { return m_range; }
    void setRange(const QString &range);
    int chartWidth() const { return m_chartWidth; }
    void setChartWidth(int width);
    bool active() const { return m_active; }
    void setActive(bool active);
    bool canManage() const;
    bool busy() const { return m_busyCount > 0; }
    OracleHistory *history() const { return m_history; }
    OracleSourcesModel *sources() const { return m_sources; }
    OracleAlertsModel *alerts() const { return m_alerts; }
    ErrorInfo *error() const { return m_error; }
    ErrorInfo *actionError() const { return m_actionError; }
    ErrorInfo *converterError() const { return m_converterError; }
    QVariantMap conversion() const { return m_conversion; }
    bool converting() const { return m_converting; }

    static qint64 rangeNs(const QString &range); // 0 for an unknown range
    // The points oracle.history is asked for: one per pixel of the plot, within its limits.
    int maxPoints() const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void resetBreaker(const QString &note);
    Q_INVOKABLE void setManualPrice(const QString &rate, const QString &reason);
    Q_INVOKABLE void acknowledge(double alertId, const QString &note);
    // `amount` in decimals of `from` ("1.5"); the answer lands in `conversion` or `converterError`.
    Q_INVOKABLE void convert(const QString &amount, const QString &from, const QString &to);
    // Live validation for the fields: "" when fine, else what is wrong.
    Q_INVOKABLE QString amountProblem(const QString &amount, const QString &asset) const;
    Q_INVOKABLE QString rateProblem(const QString &rate) const;

Q_SIGNALS:
    void pairsChanged();
    void selectedChanged();
    void rangeChanged();
    void chartWidthChanged();
    void activeChanged();
    void canManageChanged();
    void busyChanged();
    void conversionChanged();
    // An action's outcome; the UI's toasts and the tests listen.
    void succeeded(const QString &message);
    void failed(const QString &title);

private:
    void loadPairs();
    void loadHistory();
    void loadSelectedDetails(); // history and sources of the selected feed
    void setPairs(const QJsonObject &answer);
    QVariantMap pairView(const QJsonObject &p) const;
    int decimalsOf(const QString &asset) const;
    void run(const QString &method, const QJsonObject &args, const QString &failTitle, const QString &successMessage);

    Session &m_session;
    OracleHistory *m_history;
    OracleSourcesModel *m_sources;
    OracleAlertsModel *m_alerts;
    ErrorInfo *m_error;
    ErrorInfo *m_actionError;
    ErrorInfo *m_converterError;
    Throttle *m_changes;      // "oracle" change events
    Throttle *m_widthChanged; // the chart being resized
    QVariantList m_pairs;
    QHash<QString, QJsonObject> m_pairData;
    QVariantList m_assets;
    QHash<QString, int> m_decimals;
    QString m_selectedPair;
    QString m_range = QStringLiteral("30d");
    int m_chartWidth = 0;
    int m_loadedWidth = 0;
    bool m_pairsReady = false;
    bool m_active = false;
    bool m_dirty = true;         // a change arrived while the panel was hidden
    bool m_selectedDirty = true; // ... and it touched the selected feed
    bool m_lastCanManage = false;
    int m_busyCount = 0;
    quint64 m_pairsRequest = 0;
    quint64 m_historyRequest = 0;
    quint64 m_convertRequest = 0;
    QVariantMap m_conversion;
    bool m_converting = false;
};

} // namespace nexus
