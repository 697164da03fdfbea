#include "auditcontroller.h"

#include "format.h"
#include "whenready.h"
#include "jsondiff.h"
#include "logging.h"
#include "services/auditservice.h"
#include "session.h"
#include "storage/database.h"
#include "storage/dbthread.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QQmlEngine>
#include <QSaveFile>
#include <QStandardPaths>

#include <limits>

namespace nexus {

namespace {
constexpr qint64 kSlice = 20000; // entries per progress step of verify and export

QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

AuditController::AuditController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_entries(new AuditModel(session, this)), m_error(new ErrorInfo(this))
{
    connect(m_entries, &AuditModel::reloaded, this, [this] {
        if (m_pendingJump <= 0)
            return;
        const int row = m_entries->rowForSeq(m_pendingJump);
        m_pendingJump = 0;
        if (row >= 0)
            Q_EMIT positionRequested(row);
    });
    connect(&session, &Session::accessChanged, this, [this] {
        m_detail.clear();
        m_detailSeq = 0;
        Q_EMIT detailChanged();
    });
}

AuditController::~AuditController()
{
    waitForJobs();
}

void AuditController::waitForJobs()
{
    // The jobs post progress to this object; they must end before it does.
    if (m_cancelVerify)
        m_cancelVerify->store(true);
    if (m_cancelExport)
        m_cancelExport->store(true);
    m_verifyJob.waitForFinished();
    m_exportJob.waitForFinished();
}

bool AuditController::mayRead(const QString &title)
{
    if (m_session.holds(QStringLiteral("view_audit")))
        return true;
    m_error->set(title, tr("%1 does not hold the permission view_audit.").arg(m_session.activeName()),
                 tr("Switch to an identity that holds it (admins and above do)."));
    return false;
}

void AuditController::select(double seqValue)
{
    const qint64 seq = qint64(seqValue);
    m_detailSeq = seq;
    m_detail.clear();
    Q_EMIT detailChanged();
    if (seq <= 0)
        return;
    m_session.call(this, QStringLiteral("audit.get"), {{QStringLiteral("seq"), seq}}, [this, seq](const Result<QJsonValue> &r) {
        if (seq != m_detailSeq)
            return;
        if (!r) {
            m_error->set(tr("Could not load audit entry %1").arg(seq), r.error());
            return;
        }
        const QJsonObject o = r->toObject();
        QVariantMap d = o.toVariantMap();
        d.insert(QStringLiteral("localTime"), fmt::timeFromNsText(o.value(QStringLiteral("ts")).toString()));
        d.insert(QStringLiteral("callerName"), m_session.identityName(o.value(QStringLiteral("caller")).toString()));
        d.insert(QStringLiteral("valueText"), jsondiff::pretty(o.value(QStringLiteral("value"))));
        m_detail = d;
        Q_EMIT detailChanged();
    });
}

void AuditController::jumpTo(double seqValue)
{
    const qint64 seq = qint64(seqValue);
    select(double(seq));
    if (m_entries->filtered()) {
        m_pendingJump = seq;
        m_entries->clearFilters();
        return;
    }
    const int row = m_entries->rowForSeq(seq);
    if (row >= 0)
        Q_EMIT positionRequested(row);
}

void AuditController::startVerify()
{
    if (m_verifying || !mayRead(tr("Could not verify the audit log")))
        return;
    m_verifying = true;
    m_verifyState.clear();
    m_verifySummary = tr("Counting entries…");
    m_verifyDone = 0;
    m_verifyTotal = 0;
    m_badSeq = 0;
    m_badReason.clear();
    Q_EMIT verifyChanged();
    // system.status tells how far the log goes; the verification itself runs on the bulk reader.
    m_session.call(this, QStringLiteral("system.status"), {}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_verifying = false;
            m_verifyState = QStringLiteral("failed");
            m_verifySummary = r.error().message;
            m_error->set(tr("Could not verify the audit log"), r.error());
            Q_EMIT verifyChanged();
            Q_EMIT verifyFinished();
            return;
        }
        runVerify(r->toObject().value(QStringLiteral("audit_entries")).toInteger());
    });
}

void AuditController::runVerify(qint64 lastSeq)
{
    m_verifyTotal = lastSeq;
    m_verifySummary.clear();
    Q_EMIT verifyChanged();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelVerify = cancel;
    QFuture<Result<AuditVerifyReport>> job = m_session.backend().bulkReader()->submit<Result<AuditVerifyReport>>(
        [this, cancel, lastSeq](QSqlDatabase &db) -> Result<AuditVerifyReport> {
            QElapsedTimer timer;
            timer.start();
            AuditVerifyReport total;
            for (qint64 from = 1; from <= lastSeq; from += kSlice) {
                if (cancel->load())
                    return Error::make(ErrorCode::Conflict, QStringLiteral("cancelled"));
                auto slice = verifyAuditLog(db, from, std::min(lastSeq, from + kSlice - 1));
                if (!slice)
                    return slice.error();
                total.checked += slice->checked;
                total.lastSeq = slice->lastSeq;
                total.problem = slice->problem;
                if (total.problem)
                    break;
                const qint64 done = total.checked;
                // This object waits for the job in its destructor, so it is alive here.
                QMetaObject::invokeMethod(this, [this, done] {
                    m_verifyDone = done;
                    Q_EMIT verifyChanged();
                }, Qt::QueuedConnection);
            }
            total.elapsedMs = timer.nsecsElapsed() / 1e6;
            return total;
        });
    m_verifyJob = job;
    whenReady(job, this, [this, cancel](const Result<AuditVerifyReport> &r) {
        m_verifying = false;
        if (cancel->load()) {
            m_verifyState = QStringLiteral("cancelled");
            m_verifySummary = tr("Verification cancelled after %1 entries.").arg(number(m_verifyDone));
        } else if (!r) {
            m_verifyState = QStringLiteral("failed");
            m_verifySummary = r.error().message;
            m_error->set(tr("Could not verify the audit log"), r.error());
        } else if (r->problem) {
            m_verifyState = QStringLiteral("bad");
            m_badSeq = r->problem->seq;
            m_badReason = r->problem->reason;
            m_verifyDone = r->checked;
            m_verifySummary = tr("Entry %1 does not verify: %2.").arg(number(m_badSeq), m_badReason);
            qCWarning(lcUi).noquote() << "audit chain broken at" << m_badSeq << m_badReason;
        } else {
            m_verifyState = QStringLiteral("ok");
            m_verifyDone = r->checked;
            const double seconds = r->elapsedMs / 1000.0;
            const qint64 rate = seconds > 0 ? qint64(r->checked / seconds) : r->checked;
            m_verifySummary = tr("All %1 entries verify: the chain is intact (%2 s, %3 entries/s).")
                                  .arg(number(r->checked), QLocale().toString(seconds, 'f', 2), number(rate));
        }
        Q_EMIT verifyChanged();
        Q_EMIT verifyFinished();
    });
}

void AuditController::cancelVerify()
{
    if (m_cancelVerify)
        m_cancelVerify->store(true);
}

QString AuditController::defaultExportPath() const
{
    // Documents, else home: never the profile folder, which the demo deletes on exit.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("nexus-audit-%1.jsonl").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QString AuditController::verifyCommand() const
{
    return m_exportedFile.isEmpty() ? QString() : QStringLiteral("nexusctl audit verify --file \"%1\"").arg(m_exportedFile);
}

void AuditController::exportFiltered(const QString &path)
{
    if (!m_entries->filtered()) {
        exportRange(1, 0, path);
        return;
    }
    if (m_entries->total() <= 0) {
        m_error->set(tr("Nothing to export"), tr("No entries match these filters."), tr("Change or clear the filters."));
        return;
    }
    // The oldest matching entry is the last row of the filtered list.
    QJsonObject args = m_entries->filterArgs();
    args.insert(QStringLiteral("before_seq"), m_entries->newestSeq() + 1);
    args.insert(QStringLiteral("offset"), m_entries->total() - 1);
    args.insert(QStringLiteral("limit"), 1);
    const qint64 newest = m_entries->newestSeq();
    m_session.call(this, QStringLiteral("audit.list"), args, [this, path, newest](const Result<QJsonValue> &r) {
        if (!r) {
            m_error->set(tr("Could not export the audit log"), r.error());
            return;
        }
        const QJsonArray items = r->toObject().value(QStringLiteral("items")).toArray();
        exportRange(items.isEmpty() ? 1.0 : items.first().toObject().value(QStringLiteral("seq")).toDouble(), double(newest), path);
    });
}

void AuditController::exportRange(double fromSeq, double toSeq, const QString &path)
{
    if (m_exporting || !mayRead(tr("Could not export the audit log")))
        return;
    const QString target = QDir::cleanPath(path.trimmed());
    if (target.isEmpty() || QFileInfo(target).isDir()) {
        m_error->set(tr("Could not export the audit log"), tr("\"%1\" is not a file name.").arg(path),
                     tr("Enter a file path ending in .jsonl."));
        return;
    }
    const qint64 from = std::max<qint64>(1, qint64(fromSeq));
    const qint64 to = toSeq <= 0 ? m_entries->newestSeq() : qint64(toSeq);
    if (to > 0 && to < from) {
        m_error->set(tr("Could not export the audit log"), tr("The range %1–%2 is empty.").arg(from).arg(to),
                     tr("The first entry number must not be above the last."));
        return;
    }
    m_exporting = true;
    m_exportDone = 0;
    m_exportTotal = to > 0 ? to - from + 1 : 0;
    m_exportSummary.clear();
    m_exportedFile.clear();
    Q_EMIT exportChanged();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelExport = cancel;
    QFuture<Result<qint64>> job = m_session.backend().bulkReader()->submit<Result<qint64>>(
        [this, cancel, from, to, target](QSqlDatabase &db) -> Result<qint64> {
            QDir().mkpath(QFileInfo(target).absolutePath());
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly))
                return Error::make(ErrorCode::Storage, QStringLiteral("Cannot write %1: %2").arg(target, file.errorString()),
                                   QStringLiteral("Pick a folder you can write to."));
            qint64 written = 0;
            const qint64 end = to > 0 ? to : std::numeric_limits<qint64>::max() - kSlice;
            for (qint64 start = from; start <= end; start += kSlice) {
                if (cancel->load()) {
                    file.cancelWriting();
                    return Error::make(ErrorCode::Conflict, QStringLiteral("cancelled"));
                }
                auto n = exportAuditLog(db, start, std::min(end, start + kSlice - 1), file);
                if (!n)
                    return n.error();
                written += *n;
                QMetaObject::invokeMethod(this, [this, written] {
                    m_exportDone = written;
                    Q_EMIT exportChanged();
                }, Qt::QueuedConnection);
                if (*n < kSlice)
                    break; // reached the end of the log
            }
            if (!file.commit())
                return Error::make(ErrorCode::Storage, QStringLiteral("Cannot save %1: %2").arg(target, file.errorString()),
                                   QStringLiteral("Check the disk space and the folder's permissions."));
            return written;
        });
    m_exportJob = job;
    whenReady(job, this, [this, cancel, from, target](const Result<qint64> &r) {
        m_exporting = false;
        if (cancel->load()) {
            m_exportSummary = tr("Export cancelled; nothing was written.");
        } else if (!r) {
            m_exportSummary.clear();
            m_error->set(tr("Could not export the audit log"), r.error());
        } else {
            m_exportedFile = QFileInfo(target).absoluteFilePath();
            m_exportDone = *r;
            m_exportSummary = tr("Wrote %1 entries (%2 to %3) to %4.")
                                  .arg(number(*r), number(from), number(from + *r - 1), m_exportedFile);
            m_session.notify(tr("Exported %1 audit entries.").arg(number(*r)));
        }
        Q_EMIT exportChanged();
        Q_EMIT exportFinished();
    });
}

void AuditController::cancelExport()
{
    if (m_cancelExport)
        m_cancelExport->store(true);
}

} // namespace nexus
