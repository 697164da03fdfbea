#include "auditmodel.h"

#include "format.h"
#include "logging.h"
#include "session.h"
#include "throttle.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace nexus {

namespace {
constexpr int kMaxInFlight = 2;
constexpr int kMaxQueued = 32; // older requests are dropped; ensureLoaded() re-asks for what is visible

qint64 startOfDayMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
}
} // namespace

AuditModel::AuditModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_error(new ErrorInfo(this)),
      m_reloadSoon(new Throttle(300, [this] { reload(); }, this)),
      m_refresh(new Throttle(600, [this] { refreshHead(); }, this))
{
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pumpTimer, &QTimer::timeout, this, &AuditModel::pump);
    connect(&session, &Session::accessChanged, this, &AuditModel::reload);
    // A denied audit.list is itself audited; refreshing on that event would loop, hence m_denied.
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("audit") && m_loaded && !m_denied)
            m_refresh->poke();
    });
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 bottom = m_total - 1 - index.row();
    const AuditRow *r = m_cache.row(bottom);
    if (!r) {
        requestBlock(AuditPageCache::blockOf(bottom));
        // Typed empty values: delegates bind them to typed required properties.
        switch (role) {
        case SeqRole: return qint64(0);
        case OkRole:
        case LoadedRole: return false;
        default: return QString();
        }
    }
    switch (role) {
    case LoadedRole: return true;
    case SeqRole: return r->seq;
    case TimeRole: return r->time;
    case CallerRole: return r->caller;
    case CallerLabelRole: {
        const QString name = m_session.identityName(r->caller);
        return name.isEmpty() ? fmt::shortPrincipal(r->caller) : name;
    }
    case CallerRoleRole: return r->role;
    case MethodRole: return r->method;
    case Qt::DisplayRole:
    case SummaryRole: return r->summary;
    case OutcomeRole: return r->outcome;
    case OkRole: return r->outcome == QLatin1String("ok");
    }
    return {};
}

QHash<int, QByteArray> AuditModel::roleNames() const
{
    return {{SeqRole, "seq"}, {TimeRole, "time"}, {CallerRole, "caller"}, {CallerLabelRole, "callerLabel"},
            {CallerRoleRole, "callerRole"}, {MethodRole, "method"}, {SummaryRole, "summary"}, {OutcomeRole, "outcome"},
            {OkRole, "ok"}, {LoadedRole, "loaded"}};
}

void AuditModel::setCaller(const QString &v) { if (m_caller != v) { m_caller = v; filterEdited(true); } }
void AuditModel::setMethod(const QString &v) { if (m_method != v) { m_method = v; filterEdited(true); } }
void AuditModel::setOutcome(const QString &v) { if (m_outcome != v) { m_outcome = v; filterEdited(false); } }
void AuditModel::setText(const QString &v) { if (m_text != v) { m_text = v; filterEdited(true); } }
void AuditModel::setFromDate(const QString &v) { if (m_fromDate != v) { m_fromDate = v; filterEdited(true); } }
void AuditModel::setToDate(const QString &v) { if (m_toDate != v) { m_toDate = v; filterEdited(true); } }

void AuditModel::filterEdited(bool soon)
{
    Q_EMIT filterChanged();
    if (soon)
        m_reloadSoon->poke(); // typing: wait for a pause
    else
        reload();
}

bool AuditModel::filtered() const
{
    return !m_caller.trimmed().isEmpty() || !m_method.trimmed().isEmpty() || !m_outcome.isEmpty()
           || !m_text.trimmed().isEmpty() || !m_fromDate.trimmed().isEmpty() || !m_toDate.trimmed().isEmpty();
}

void AuditModel::clearFilters()
{
    m_caller.clear();
    m_method.clear();
    m_outcome.clear();
    m_text.clear();
    m_fromDate.clear();
    m_toDate.clear();
    Q_EMIT filterChanged();
    reload();
}

QJsonObject AuditModel::filterArgs(QString *problem) const
{
    QJsonObject args;
    const QString caller = m_caller.trimmed();
    if (!caller.isEmpty()) {
        QString principal;
        for (const QVariant &v : m_session.identities())
            if (v.toMap().value(QStringLiteral("name")).toString() == caller)
                principal = v.toMap().value(QStringLiteral("principal")).toString();
        if (principal.isEmpty()) {
            if (auto p = Principal::fromText(caller))
                principal = p->toText();
            else if (problem)
                *problem = tr("\"%1\" is neither an identity name nor a principal (%2).").arg(caller, p.error().message);
        }
        if (!principal.isEmpty())
            args.insert(QStringLiteral("caller"), principal);
    }
    if (!m_method.trimmed().isEmpty())
        args.insert(QStringLiteral("method"), m_method.trimmed());
    if (!m_outcome.isEmpty())
        args.insert(QStringLiteral("outcome"), m_outcome);
    if (!m_text.trimmed().isEmpty())
        args.insert(QStringLiteral("text"), m_text.trimmed());
    auto date = [&](const QString &text, int addDays, const QString &key) {
        if (text.trimmed().isEmpty())
            return;
        const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid()) {
            if (problem)
                *problem = tr("\"%1\" is not a date; use YYYY-MM-DD.").arg(text.trimmed());
            return;
        }
        args.insert(key, startOfDayMs(d.addDays(addDays)));
    };
    date(m_fromDate, 0, QStringLiteral("from_ms"));
    date(m_toDate, 1, QStringLiteral("to_ms")); // the "to" day is included
    return args;
}

void AuditModel::reload()
{
    m_reloadSoon->cancel();
    m_refresh->cancel();
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_cache.clear();
    m_queue.clear();
    m_inFlight.clear();
    m_total = 0;
    m_newestSeq = 0;
    endResetModel();
    Q_EMIT totalChanged();
    m_denied = false;
    if (!m_session.hasCaller())
        return;
    QString problem;
    QJsonObject args = filterArgs(&problem);
    if (!problem.isEmpty()) {
        m_error->set(tr("These filters cannot be applied"), problem, tr("Correct the filter, or clear it."));
        return;
    }
    setLoading(true);
    args.insert(QStringLiteral("limit"), AuditPageCache::kBlockSize);
    m_session.call(this, QStringLiteral("audit.list"), args, [this, generation](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        m_loaded = true;
        setLoading(false);
        if (!r) {
            m_denied = r.error().code == ErrorCode::PermissionDenied;
            m_error->set(tr("Could not read the audit log"), r.error());
            Q_EMIT reloaded();
            return;
        }
        m_error->clear();
        const QJsonObject page = r->toObject();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        const qint64 total = page.value(QStringLiteral("total")).toInteger();
        const qint64 newest = items.isEmpty() ? 0 : items.first().toObject().value(QStringLiteral("seq")).toInteger();
        // The newest page always covers the whole top block (blocks are counted from the oldest entry).
        QList<AuditRow> top;
        const int topBlock = total > 0 ? AuditPageCache::blockOf(total - 1) : 0;
        const qint64 topRows = total - qint64(topBlock) * AuditPageCache::kBlockSize;
        for (qint64 k = 0; k < topRows && k < items.size(); ++k)
            top.prepend(rowFrom(items.at(k).toObject()));
        beginResetModel();
        m_total = total;
        m_newestSeq = newest;
        m_keyset = !filtered() && total == newest;
        if (!top.isEmpty())
            m_cache.insert(topBlock, top);
        endResetModel();
        Q_EMIT totalChanged();
        Q_EMIT reloaded();
    });
}

void AuditModel::refreshHead()
{
    if (m_refreshing || m_loading) {
        m_refresh->poke();
        return;
    }
    QJsonObject args = filterArgs();
    args.insert(QStringLiteral("limit"), 1);
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_session.call(this, QStringLiteral("audit.list"), args, [this, generation](const Result<QJsonValue> &r) {
        m_refreshing = false;
        if (generation != m_generation || !r)
            return;
        const QJsonObject page = r->toObject();
        const qint64 total = page.value(QStringLiteral("total")).toInteger();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        if (total < m_total) { // entries vanished: only tampering does that; start over
            qCWarning(lcUi) << "audit log shrank from" << m_total << "to" << total;
            reload();
            return;
        }
        if (total == m_total)
            return;
        // New entries go on top; the cached blocks keep their bottom-based numbering.
        beginInsertRows({}, 0, int(total - m_total - 1));
        m_total = total;
        m_newestSeq = items.first().toObject().value(QStringLiteral("seq")).toInteger();
        m_keyset = m_keyset && total == m_newestSeq;
        endInsertRows();
        Q_EMIT totalChanged();
    });
}

void AuditModel::requestBlock(int block) const
{
    if (m_inFlight.contains(block))
        return;
    m_queue.removeOne(block);
    m_queue.append(block);
    while (m_queue.size() > kMaxQueued)
        m_queue.removeFirst();
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start(0);
}

void AuditModel::ensureLoaded(int firstRow, int lastRow)
{
    firstRow = std::max(0, firstRow);
    lastRow = std::min(int(m_total) - 1, lastRow);
    for (int row = firstRow; row <= lastRow;) {
        const qint64 bottom = m_total - 1 - row;
        if (!m_cache.row(bottom))
            requestBlock(AuditPageCache::blockOf(bottom));
        // Jump to the first row of the next block down the list.
        row += int(bottom % AuditPageCache::kBlockSize) + 1;
    }
}

void AuditModel::pump()
{
    while (m_inFlight.size() < kMaxInFlight && !m_queue.isEmpty())
        fetchBlock(m_queue.takeLast());
}

void AuditModel::fetchBlock(int block)
{
    const qint64 lo = qint64(block) * AuditPageCache::kBlockSize;
    const qint64 hi = std::min(m_total - 1, lo + AuditPageCache::kBlockSize - 1);
    if (lo > hi)
        return;
    QJsonObject args = filterArgs();
    args.insert(QStringLiteral("limit"), int(hi - lo + 1));
    if (m_keyset) {
        args.insert(QStringLiteral("before_seq"), hi + 2); // bottom index i is seq i + 1
    } else {
        args.insert(QStringLiteral("before_seq"), m_newestSeq + 1);
        args.insert(QStringLiteral("offset"), m_total - 1 - hi);
    }
    m_inFlight.insert(block);
    const quint64 generation = m_generation;
    m_session.call(this, QStringLiteral("audit.list"), args, [this, generation, block, lo](const Result<QJsonValue> &r) {
        if (generation != m_generation)
            return;
        m_inFlight.remove(block);
        if (!r) {
            if (r.error().code == ErrorCode::RateLimited) { // scrolling very fast: try again shortly
                requestBlock(block);
                m_pumpTimer.start(int(std::min<qint64>(r.error().retryAfterMs, 2000)));
                return;
            }
            m_error->set(tr("Could not load audit entries"), r.error());
            return;
        }
        const QJsonArray items = r->toObject().value(QStringLiteral("items")).toArray();
        QList<AuditRow> rows;
        rows.reserve(items.size());
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            rows.append(rowFrom(items.at(i).toObject()));
        const qint64 count = rows.size();
        m_cache.insert(block, std::move(rows));
        if (count > 0) {
            const int first = int(m_total - 1 - (lo + count - 1));
            const int last = int(m_total - 1 - lo);
            Q_EMIT dataChanged(index(std::max(0, first)), index(std::max(0, last)));
        }
        Q_EMIT blockLoaded(block);
        if (!m_pumpTimer.isActive())
            m_pumpTimer.start(0);
    });
}

int AuditModel::rowForSeq(double seqValue) const
{
    const qint64 seq = qint64(seqValue);
    if (m_keyset && seq >= 1 && seq <= m_newestSeq)
        return int(m_newestSeq - seq);
    return -1;
}

double AuditModel::seqAt(int row) const
{
    if (row < 0 || row >= m_total)
        return 0;
    const AuditRow *r = m_cache.row(m_total - 1 - row);
    return r ? double(r->seq) : 0;
}

AuditRow AuditModel::rowFrom(const QJsonObject &o)
{
    return {o.value(QStringLiteral("seq")).toInteger(),
            fmt::timeFromNsText(o.value(QStringLiteral("ts")).toString()),
            o.value(QStringLiteral("caller")).toString(),
            o.value(QStringLiteral("role")).toString(),
            o.value(QStringLiteral("method")).toString(),
            o.value(QStringLiteral("summary")).toString(),
            o.value(QStringLiteral("outcome")).toString()};
}

void AuditModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace nexus
