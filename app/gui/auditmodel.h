#pragma once
// The audit log as a list model that never loads everything: it knows the total from audit.list
// and loads 200-row blocks as the view scrolls into them (placeholder rows until they arrive).
// New entries are inserted at the top without disturbing what is already loaded.

#include "auditpagecache.h"
#include "errorinfo.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class AuditModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Audit controller")
    Q_PROPERTY(QString caller READ caller WRITE setCaller NOTIFY filterChanged)
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY filterChanged)
    Q_PROPERTY(QString outcome READ outcome WRITE setOutcome NOTIFY filterChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(double total READ totalForQml NOTIFY totalChanged)
    Q_PROPERTY(double newestSeq READ newestSeqForQml NOTIFY totalChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
public:
    enum Roles { SeqRole = Qt::UserRole + 1, TimeRole, CallerRole, CallerLabelRole, CallerRoleRole, MethodRole,
                 SummaryRole, OutcomeRole, OkRole, LoadedRole };
    Q_ENUM(Roles)

    explicit AuditModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString caller() const { return m_caller; }
    void setCaller(const QString &v);
    QString method() const { return m_method; }
    void setMethod(const QString &v);
    QString outcome() const { return m_outcome; }
    void setOutcome(const QString &v);
    QString text() const { return m_text; }
    void setText(const QString &v);
    QString fromDate() const { return m_fromDate; }
    void setFromDate(const QString &v);
    QString toDate() const { return m_toDate; }
    void setToDate(const QString &v);
    bool filtered() const;
    qint64 total() const { return m_total; }
    qint64 newestSeq() const { return m_newestSeq; }
    // QML numbers are doubles (exact up to 2^53); qmllint 6.4 does not know qint64.
    double totalForQml() const { return double(m_total); }
    double newestSeqForQml() const { return double(m_newestSeq); }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    ErrorInfo *error() const { return m_error; }
    int blocksInFlight() const { return int(m_inFlight.size()); }
    int cachedBlocks() const { return m_cache.size(); }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearFilters();
    // The row showing entry `seq`, or -1 when it is not known without a query.
    Q_INVOKABLE int rowForSeq(double seq) const;
    Q_INVOKABLE double seqAt(int row) const;
    // The view reports its visible rows so blocks skipped during a fast fling still load.
    Q_INVOKABLE void ensureLoaded(int firstRow, int lastRow);
    // Filter arguments for audit.list (what the export of "the current filter" uses too).
    QJsonObject filterArgs(QString *problem = nullptr) const;

Q_SIGNALS:
    void filterChanged();
    void totalChanged();
    void loadingChanged();
    void blockLoaded(int block); // tests wait on this
    void reloaded();

private:
    void filterEdited(bool soon);
    void requestBlock(int block) const;
    void pump();
    void fetchBlock(int block);
    void refreshHead();
    static AuditRow rowFrom(const QJsonObject &o);
    void setLoading(bool loading);

    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_reloadSoon;
    Throttle *m_refresh;
    mutable QTimer m_pumpTimer;
    mutable AuditPageCache m_cache;
    mutable QList<int> m_queue; // most recently requested last
    QSet<int> m_inFlight;
    QString m_caller, m_method, m_outcome, m_text, m_fromDate, m_toDate;
    qint64 m_total = 0;
    qint64 m_newestSeq = 0; // anchor: the newest entry counted in m_total
    bool m_keyset = false;  // unfiltered, gap-free log: bottom index i is seq i + 1
    bool m_loading = false;
    bool m_loaded = false;
    bool m_denied = false;
    bool m_refreshing = false;
    quint64 m_generation = 0;
};

} // namespace nexus
