#pragma once
// The Audit panel: the paged log (AuditModel), one entry's detail with its hashes, verifying the
// chain with progress and cancel, and exporting a range as JSON Lines. Verify and export run on
// the backend's bulk reader thread, never on the GUI thread.

#include "qmlsingleton.h"
#include "auditmodel.h"
#include "errorinfo.h"

#include <QFuture>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace nexus {

class Session;

class AuditController : public QObject, public QmlSingleton<AuditController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Audit)
    QML_SINGLETON
    Q_PROPERTY(nexus::AuditModel *entries READ entries CONSTANT)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(double detailSeq READ detailSeqForQml NOTIFY detailChanged)
    Q_PROPERTY(bool verifying READ verifying NOTIFY verifyChanged)
    Q_PROPERTY(double verifyDone READ verifyDoneForQml NOTIFY verifyChanged)
    Q_PROPERTY(double verifyTotal READ verifyTotalForQml NOTIFY verifyChanged)
    Q_PROPERTY(QString verifyState READ verifyState NOTIFY verifyChanged) // "", ok, bad, cancelled, failed
    Q_PROPERTY(QString verifySummary READ verifySummary NOTIFY verifyChanged)
    Q_PROPERTY(double badSeq READ badSeqForQml NOTIFY verifyChanged)
    Q_PROPERTY(QString badReason READ badReason NOTIFY verifyChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(double exportDone READ exportDoneForQml NOTIFY exportChanged)
    Q_PROPERTY(double exportTotal READ exportTotalForQml NOTIFY exportChanged)
    Q_PROPERTY(QString exportedFile READ exportedFile NOTIFY exportChanged)
    Q_PROPERTY(QString exportSummary READ exportSummary NOTIFY exportChanged)
    Q_PROPERTY(QString verifyCommand READ verifyCommand NOTIFY exportChanged)
public:
    explicit AuditController(Session &session, QObject *parent = nullptr);
    ~AuditController() override;

    AuditModel *entries() const { return m_entries; }
    ErrorInfo *error() const { return m_error; }
    QVariantMap detail() const { return m_detail; }
    qint64 detailSeq() const { return m_detailSeq; }
    double detailSeqForQml() const { return double(m_detailSeq); }
    bool verifying() const { return m_verifying; }
    qint64 verifyDone() const { return m_verifyDone; }
    double verifyDoneForQml() const { return double(m_verifyDone); }
    qint64 verifyTotal() const { return m_verifyTotal; }
    double verifyTotalForQml() const { return double(m_verifyTotal); }
    QString verifyState() const { return m_verifyState; }
    QString verifySummary() const { return m_verifySummary; }
    qint64 badSeq() const { return m_badSeq; }
    double badSeqForQml() const { return double(m_badSeq); }
    QString badReason() const { return m_badReason; }
    bool exporting() const { return m_exporting; }
    qint64 exportDone() const { return m_exportDone; }
    double exportDoneForQml() const { return double(m_exportDone); }
    qint64 exportTotal() const { return m_exportTotal; }
    double exportTotalForQml() const { return double(m_exportTotal); }
    QString exportedFile() const { return m_exportedFile; }
    QString exportSummary() const { return m_exportSummary; }
    QString verifyCommand() const;

    Q_INVOKABLE void select(double seq);
    Q_INVOKABLE void startVerify();
    Q_INVOKABLE void cancelVerify();
    // Shows entry `seq`: clears filters when needed, then asks the view to scroll there.
    Q_INVOKABLE void jumpTo(double seq);
    Q_INVOKABLE QString defaultExportPath() const;
    // Entries [fromSeq, toSeq] (toSeq <= 0: to the newest) to a JSON Lines file.
    Q_INVOKABLE void exportRange(double fromSeq, double toSeq, const QString &path);
    // The contiguous range from the oldest to the newest entry matching the current filters.
    Q_INVOKABLE void exportFiltered(const QString &path);
    Q_INVOKABLE void cancelExport();

Q_SIGNALS:
    void detailChanged();
    void verifyChanged();
    void exportChanged();
    void positionRequested(int row); // the view scrolls to this row
    void verifyFinished();
    void exportFinished();

private:
    bool mayRead(const QString &title);
    void runVerify(qint64 lastSeq);
    void waitForJobs();

    Session &m_session;
    AuditModel *m_entries;
    ErrorInfo *m_error;
    QVariantMap m_detail;
    qint64 m_detailSeq = 0;
    qint64 m_pendingJump = 0;

    std::shared_ptr<std::atomic<bool>> m_cancelVerify;
    QFuture<void> m_verifyJob;
    bool m_verifying = false;
    qint64 m_verifyDone = 0;
    qint64 m_verifyTotal = 0;
    QString m_verifyState;
    QString m_verifySummary;
    qint64 m_badSeq = 0;
    QString m_badReason;

    std::shared_ptr<std::atomic<bool>> m_cancelExport;
    QFuture<void> m_exportJob;
    bool m_exporting = false;
    qint64 m_exportDone = 0;
    qint64 m_exportTotal = 0;
    QString m_exportedFile;
    QString m_exportSummary;
};

} // namespace nexus
