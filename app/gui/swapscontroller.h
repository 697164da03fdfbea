#pragma once
// The Swaps panel: HTLC swaps by state (active, needing the identity's action, approvals, disputes,
// finished, all; the identity's own or everyone's), a page at a time; the selected swap with its
// timeline, legs and history; the actions the identity may take on it; the create-swap wizard's
// checks; and client-side countdowns that tick every second between reloads.
//
// The swap secret: initiate() makes 32 random bytes (SwapSecret::generate, as `nexusctl
// swap-secret` does), sends only their SHA-256 (the hashlock) and hands the secret to QML once,
// in initiateFinished. It is kept nowhere here and never logged.

#include "errorinfo.h"
#include "qmlsingleton.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class SwapsController : public QObject, public QmlSingleton<SwapsController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Swaps)
    QML_SINGLETON
    // "active", "action" (needs the identity), "approvals", "disputes", "finished", "all"
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY queryChanged)
    Q_PROPERTY(bool mine READ mine WRITE setMine NOTIFY queryChanged)
    Q_PROPERTY(int page READ page NOTIFY listChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY listChanged)
    Q_PROPERTY(int total READ total NOTIFY listChanged)
    Q_PROPERTY(QVariantList swaps READ swaps NOTIFY listChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // How many swaps each filter shows in the current scope ("action": always the identity's own);
    // -1 until the backend answered.
    Q_PROPERTY(int countActive READ countActive NOTIFY countsChanged)
    Q_PROPERTY(int countAction READ countAction NOTIFY countsChanged)
    Q_PROPERTY(int countApprovals READ countApprovals NOTIFY countsChanged)
    Q_PROPERTY(int countDisputes READ countDisputes NOTIFY countsChanged)
    Q_PROPERTY(int countFinished READ countFinished NOTIFY countsChanged)
    Q_PROPERTY(int countAll READ countAll NOTIFY countsChanged)
    Q_PROPERTY(double selectedId READ selectedId NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY accessChanged)
    Q_PROPERTY(QVariantList assetOptions READ assetOptions NOTIFY assetsChanged)
    Q_PROPERTY(QVariantList participantOptions READ participantOptions NOTIFY accessChanged)
    Q_PROPERTY(QVariantList timelockOptions READ timelockOptions CONSTANT)
    Q_PROPERTY(double nowMs READ nowMs NOTIFY tick)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    static constexpr int kPageSize = 25;
    static constexpr int kWarnSeconds = 3600; // countdowns turn to the warning colour below this

    explicit SwapsController(Session &session, QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    bool mine() const { return m_mine; }
    void setMine(bool mine);
    int page() const { return m_page; }
    int pageCount() const { return m_total <= 0 ? 1 : (m_total + kPageSize - 1) / kPageSize; }
    int total() const { return m_total; }
    QVariantList swaps() const { return m_swaps; }
    bool loading() const { return m_loading; }
    int countActive() const { return m_counts.active; }
    int countAction() const { return m_counts.action; }
    int countApprovals() const { return m_counts.approvals; }
    int countDisputes() const { return m_counts.disputes; }
    int countFinished() const { return m_counts.finished; }
    int countAll() const { return m_counts.all; }
    double selectedId() const { return double(m_selectedId); }
    QVariantMap selected() const { return m_selected; }
    bool canManage() const;
    QVariantList assetOptions() const { return m_assetOptions; }
    QVariantList participantOptions() const;
    QVariantList timelockOptions() const;
    double nowMs() const { return m_nowMs; }
    bool busy() const { return m_busy; }
    ErrorInfo *error() const { return m_error; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setPage(int page);
    Q_INVOKABLE void select(double id);

    // Countdowns: the text for a deadline (wall clock ms) at `now`, and whether it is close.
    Q_INVOKABLE QString countdown(double deadlineMs, double now) const;
    Q_INVOKABLE bool isClose(double deadlineMs, double now) const { return deadlineMs - now < kWarnSeconds * 1000.0; }

    // Live checks. {ok, message}: 64 hex digits whose SHA-256 is `hashlockHex`.
    Q_INVOKABLE QVariantMap checkSecret(const QString &text, const QString &hashlockHex) const;
    // {ok, message, principal, name}: a principal other than the acting identity.
    Q_INVOKABLE QVariantMap checkParticipant(const QString &text) const;
    // {ok, message, units, text}: a positive amount of `asset` above its fee.
    Q_INVOKABLE QVariantMap checkAmount(const QString &text, const QString &asset) const;

    // The wizard's create: the answer (with the secret, shown once) arrives as initiateFinished.
    Q_INVOKABLE void initiate(const QString &participant, const QString &asset, const QString &amount, const QString &participantAsset,
                              const QString &participantAmount, int timelockHours);
    // Actions on the selected swap; each answers with actionFinished.
    Q_INVOKABLE void participate();
    Q_INVOKABLE void redeem(const QString &secretHex);
    Q_INVOKABLE void refund();
    Q_INVOKABLE void cancel(const QString &reason);
    Q_INVOKABLE void openDispute(const QString &reason);
    Q_INVOKABLE void approve(const QString &note);
    Q_INVOKABLE void reject(const QString &reason);
    Q_INVOKABLE void resolve(const QString &resolution, const QString &reason);
    // The secret the initiator revealed by redeeming; arrives as secretExtracted (the participant's prefill).
    Q_INVOKABLE void extractSecret();
    // Buttons ask; the panel owns the dialogs and answers this signal.
    Q_INVOKABLE void request(const QString &action) { Q_EMIT actionRequested(action); }

Q_SIGNALS:
    void queryChanged();
    void listChanged();
    void loadingChanged();
    void countsChanged();
    void selectionChanged();
    void accessChanged();
    void assetsChanged();
    void busyChanged();
    void tick();
    void initiateFinished(bool ok, double id, const QString &secret, const QString &message, const QString &hint);
    void actionFinished(bool ok, const QString &action, const QString &message, const QString &hint);
    void secretExtracted(double id, const QString &secret, const QString &message);
    void actionRequested(const QString &action);

private:
    QJsonObject listArgs() const;
    void loadList();
    void loadCounts();
    void loadSelected();
    void loadAssets();
    void onTick();
    void act(const QString &action, const QString &method, QJsonObject args);
    QString nameOf(const QString &principal) const;
    QVariantMap assetInfo(const QString &symbol) const;

    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_reload;
    QTimer m_ticker;
    QString m_filter = QStringLiteral("active");
    bool m_mine = false;
    int m_page = 0;
    int m_total = 0;
    QVariantList m_swaps;
    QVariantList m_actionRows; // "action": the identity's open swaps that need it, paged here
    qint64 m_selectedId = 0;
    QVariantMap m_selected;
    QVariantList m_assetOptions;
    double m_nowMs = 0;
    bool m_loading = false;
    bool m_busy = false;
    quint64 m_listGeneration = 0;
    quint64 m_countsGeneration = 0;
    struct Counts {
        int active = -1, action = -1, approvals = -1, disputes = -1, finished = -1, all = -1;
    } m_counts;
    quint64 m_detailGeneration = 0;
};

} // namespace nexus
