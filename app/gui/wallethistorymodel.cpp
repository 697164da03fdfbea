#include "wallethistorymodel.h"

#include "demoseeding.h"

#include "amount.h"
#include "format.h"
#include "gateway/gateway.h"
#include "session.h"
#include "throttle.h"

#include <QDate>
#include <QJsonArray>
#include <QSaveFile>
#include <QTimeZone>

namespace nexus {

namespace {

constexpr int kPageSize = 50;
constexpr int kExportPage = 500;
constexpr int kExportMaxRows = 1'000'000;

// "2026-11-01" → ns at local midnight (end: the next midnight), or nullopt when not a date.
std::optional<qint64> dayStartNs(const QString &text, int addDays = 0)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d.addDays(addDays).startOfDay().toMSecsSinceEpoch() * 1000000LL;
}

QString decimalOf(const QString &units, int decimals)
{
    Nat128 n = 0;
    return nat128FromString(units, &n) ? formatAmount(n, decimals) : units;
}

QString signedDecimal(const QString &delta, int decimals)
{
    if (delta.startsWith(QLatin1Char('-')))
        return QLatin1Char('-') + decimalOf(delta.mid(1), decimals);
    const QString d = decimalOf(delta.startsWith(QLatin1Char('+')) ? delta.mid(1) : delta, decimals);
    return d == QLatin1String("0") ? d : QLatin1Char('+') + d;
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    // Cells starting with = + - @ are formulas to spreadsheets; a leading apostrophe keeps them text.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()) && !(t.size() > 1 && t[1].isDigit()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')))
        t = QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return t.toUtf8();
}

} // namespace

WalletHistoryModel::WalletHistoryModel(Session &session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_error(new ErrorInfo(this)),
      m_reload(new Throttle(300, [this] { reload(); }, this)), m_priceRetry(new Throttle(10000, [this] { reload(); }, this))
{
    // A block touching this account (ids: the asset, then the account texts) reloads the pages.
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &ids) {
        if (topic == QLatin1String("ledger") && !m_account.isEmpty() && ids.contains(m_account))
            m_reload->poke();
        // Prices that arrive later (a feed catching up) fill in rows still without a value.
        if (topic == QLatin1String("oracle")
            && std::any_of(m_rows.cbegin(), m_rows.cend(), [](const WalletHistoryRow &r) { return r.fiatText.isEmpty() && r.type != QLatin1String("approve"); }))
            m_priceRetry->poke(); // at most every 10 s, the last one included
    });
    // Demo seeding writes prices after the ledger: once it is done every row can have its value.
    if (DemoSeeding *seeding = session.seeding())
        connect(seeding, &DemoSeeding::completed, this, [this](bool ok) {
            if (ok && !m_account.isEmpty())
                m_reload->poke();
        });
}

int WalletHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WalletHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WalletHistoryRow &r = m_rows[index.row()];
    switch (role) {
    case RefRole: return r.ref;
    case AssetRole: return r.asset;
    case IndexRole: return double(r.index);
    case TypeRole: return r.type;
    case CounterpartyRole: return r.counterparty;
    case DeltaRole: return r.deltaText;
    case IncomingRole: return r.incoming;
    case AmountRole: return r.amountText;
    case FeeRole: return r.feeText;
    case MemoRole: return r.memo;
    case TimeRole: return fmt::timeFromNs(r.timeNs);
    case BalanceRole: return r.balanceText;
    case FiatRole: return r.fiatText;
    case FiatErrorRole: return r.fiatError;
    case LabelRole: return m_labels.value(QStringLiteral("tx ") + r.ref);
    case CounterpartyLabelRole: return r.counterparty.isEmpty() ? QString() : m_labels.value(QStringLiteral("addr ") + r.counterparty);
    }
    return {};
}

QHash<int, QByteArray> WalletHistoryModel::roleNames() const
{
    return {{RefRole, "ref"}, {AssetRole, "asset"}, {IndexRole, "blockIndex"}, {TypeRole, "type"},
            {CounterpartyRole, "counterparty"}, {DeltaRole, "delta"}, {IncomingRole, "incoming"}, {AmountRole, "amount"},
            {FeeRole, "fee"}, {MemoRole, "memo"}, {TimeRole, "time"}, {BalanceRole, "balance"}, {FiatRole, "fiat"},
            {FiatErrorRole, "fiatError"}, {LabelRole, "label"}, {CounterpartyLabelRole, "counterpartyLabel"}};
}

bool WalletHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_nextBefore > 0 && !m_loading;
}

void WalletHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadNext();
}

void WalletHistoryModel::setAsset(const QString &v)
{
    if (v == m_asset)
        return;
    m_asset = v;
    Q_EMIT filterChanged();
    reload();
}

void WalletHistoryModel::setType(const QString &v)
{
    if (v == m_type)
        return;
    m_type = v;
    Q_EMIT filterChanged();
    reload();
}

void WalletHistoryModel::setFromDate(const QString &v)
{
    if (v == m_fromDate)
        return;
    m_fromDate = v;
    Q_EMIT filterChanged();
    reload();
}

void WalletHistoryModel::setToDate(const QString &v)
{
    if (v == m_toDate)
        return;
    m_toDate = v;
    Q_EMIT filterChanged();
    reload();
}

void WalletHistoryModel::setAccount(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account;
    reload();
}

void WalletHistoryModel::setFiat(const QString &fiat)
{
    if (fiat == m_fiat)
        return;
    m_fiat = fiat;
    reload();
}

void WalletHistoryModel::setLabels(const QHash<QString, QString> &labels)
{
    m_labels = labels;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {LabelRole, CounterpartyLabelRole});
}

QJsonObject WalletHistoryModel::query() const
{
    QJsonObject q{{QStringLiteral("account"), m_account}};
    if (!m_asset.isEmpty())
        q.insert(QStringLiteral("asset"), m_asset);
    if (!m_type.isEmpty())
        q.insert(QStringLiteral("type"), m_type);
    if (auto from = dayStartNs(m_fromDate))
        q.insert(QStringLiteral("from_ns"), QString::number(*from));
    if (auto to = dayStartNs(m_toDate, 1))
        q.insert(QStringLiteral("to_ns"), QString::number(*to - 1));
    return q;
}

void WalletHistoryModel::invalidate()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_nextBefore = 0;
    endResetModel();
    m_loading = false;
}

void WalletHistoryModel::reload()
{
    invalidate();
    m_error->clear();
    QString filterError;
    if (!m_fromDate.trimmed().isEmpty() && !dayStartNs(m_fromDate))
        filterError = tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(m_fromDate);
    else if (!m_toDate.trimmed().isEmpty() && !dayStartNs(m_toDate))
        filterError = tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(m_toDate);
    else if (dayStartNs(m_fromDate) && dayStartNs(m_toDate) && *dayStartNs(m_fromDate) > *dayStartNs(m_toDate))
        filterError = tr("The start date is after the end date.");
    if (filterError != m_filterError) {
        m_filterError = filterError;
        Q_EMIT filterChanged();
    }
    Q_EMIT loadingChanged();
    if (m_account.isEmpty() || !m_filterError.isEmpty())
        return;
    m_nextBefore = std::numeric_limits<qint64>::max(); // "from the newest"
    loadNext();
}

WalletHistoryModel::Page WalletHistoryModel::loadPage(Gateway &gw, const CallContext &ctx, const QJsonObject &query,
                                                      qint64 before, int limit, const QString &fiat)
{
    Page page;
    QJsonObject args = query;
    args.insert(QStringLiteral("limit"), limit);
    if (before > 0 && before < std::numeric_limits<qint64>::max())
        args.insert(QStringLiteral("before"), before);
    auto r = gw.callBlocking(ctx, QStringLiteral("ledger.history"), args);
    if (!r) {
        page.error = r.error();
        return page;
    }
    const QJsonObject out = r->toObject();
    page.nextBefore = out.value(QStringLiteral("next_before")).toInteger(0);
    const QJsonArray items = out.value(QStringLiteral("items")).toArray();
    page.rows.reserve(items.size());
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        WalletHistoryRow row;
        const int decimals = o.value(QStringLiteral("decimals")).toInt();
        row.asset = o.value(QStringLiteral("asset")).toString();
        row.index = o.value(QStringLiteral("index")).toInteger();
        row.ref = row.asset + QLatin1Char(':') + QString::number(row.index);
        row.type = o.value(QStringLiteral("type")).toString();
        row.counterparty = o.value(QStringLiteral("counterparty")).toString();
        const QString delta = o.value(QStringLiteral("delta")).toString();
        row.incoming = !delta.startsWith(QLatin1Char('-')) && delta != QLatin1String("0");
        row.deltaText = signedDecimal(delta, decimals);
        row.amountText = decimalOf(o.value(QStringLiteral("amount")).toString(), decimals);
        row.feeText = decimalOf(o.value(QStringLiteral("fee")).toString(), decimals);
        row.memo = o.value(QStringLiteral("memo_text")).toString();
        if (row.memo.isEmpty() && o.contains(QStringLiteral("memo")))
            row.memo = QStringLiteral("0x") + o.value(QStringLiteral("memo")).toString();
        row.timeNs = o.value(QStringLiteral("time_ns")).toString().toLongLong();
        row.balanceText = decimalOf(o.value(QStringLiteral("balance")).toString(), decimals);
        // The amount's value when it happened, from the oracle's history (approvals move nothing).
        if (row.type != QLatin1String("approve")) {
            auto fiatValue = gw.callBlocking(ctx, QStringLiteral("oracle.get_conversion_amount"),
                                             {{QStringLiteral("amount"), o.value(QStringLiteral("amount")).toString()},
                                              {QStringLiteral("from"), row.asset},
                                              {QStringLiteral("to"), fiat},
                                              {QStringLiteral("at_ns"), QString::number(row.timeNs)}});
            if (fiatValue)
                row.fiatText = fiatValue->toObject().value(QStringLiteral("amount_text")).toString();
            else
                row.fiatError = fiatValue.error().message;
        }
        page.rows << row;
    }
    return page;
}

void WalletHistoryModel::loadNext()
{
    if (m_loading || m_nextBefore <= 0 || m_account.isEmpty())
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    const quint64 gen = m_generation;
    auto future = m_session.runAsync<Page>([q = query(), before = m_nextBefore, fiat = m_fiat](Gateway &gw, const CallContext &ctx) {
        return loadPage(gw, ctx, q, before, kPageSize, fiat);
    });
    whenReady(future, this, [this, gen](const Page &page) {
        if (gen != m_generation)
            return;
        m_loading = false;
        if (page.error) {
            m_nextBefore = 0;
            m_error->set(tr("Could not load the history"), *page.error);
        } else {
            if (!page.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
                m_rows += page.rows;
                endInsertRows();
            }
            m_nextBefore = page.nextBefore;
        }
        Q_EMIT loadingChanged();
    });
}

QByteArray WalletHistoryModel::csvHeader(const QString &fiat)
{
    return QByteArrayLiteral("time,asset,block,type,counterparty,counterparty_label,amount,change,fee,memo,balance,value_")
           + fiat.toUtf8() + QByteArrayLiteral(",label\r\n");
}

QByteArray WalletHistoryModel::csvLine(const WalletHistoryRow &r, const QString &label, const QString &counterpartyLabel)
{
    const QStringList cells{fmt::timeFromNs(r.timeNs), r.asset, QString::number(r.index), r.type, r.counterparty, counterpartyLabel,
                            r.amountText, r.deltaText, r.feeText, r.memo, r.balanceText, r.fiatText, label};
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(cells[i]);
    }
    return line + QByteArrayLiteral("\r\n");
}

void WalletHistoryModel::exportCsv(const QUrl &file)
{
    if (m_exporting || m_account.isEmpty())
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_exporting = true;
    Q_EMIT exportChanged();
    struct Outcome {
        bool ok = false;
        QString message;
    };
    auto future = m_session.runAsync<Outcome>([q = query(), fiat = m_fiat, labels = m_labels, path](Gateway &gw, const CallContext &ctx) {
        QSaveFile out(path); // all or nothing: a failed export leaves no half-written file
        if (!out.open(QIODevice::WriteOnly))
            return Outcome{false, QObject::tr("Cannot write %1: %2").arg(path, out.errorString())};
        out.write(csvHeader(fiat));
        qint64 before = std::numeric_limits<qint64>::max();
        int rows = 0;
        while (before > 0 && rows < kExportMaxRows) {
            const Page page = loadPage(gw, ctx, q, before, kExportPage, fiat);
            if (page.error)
                return Outcome{false, page.error->message};
            for (const WalletHistoryRow &r : page.rows)
                out.write(csvLine(r, labels.value(QStringLiteral("tx ") + r.ref),
                                  r.counterparty.isEmpty() ? QString() : labels.value(QStringLiteral("addr ") + r.counterparty)));
            rows += int(page.rows.size());
            before = page.nextBefore;
        }
        if (!out.commit())
            return Outcome{false, QObject::tr("Cannot write %1: %2").arg(path, out.errorString())};
        return Outcome{true, QObject::tr("%n transaction(s) written to %1.", nullptr, rows).arg(path)};
    });
    whenReady(future, this, [this](const Outcome &o) {
        m_exporting = false;
        Q_EMIT exportChanged();
        if (!o.ok)
            m_error->set(tr("Could not export the history"), o.message, tr("Nothing was written. Choose a folder you can write to and try again."));
        Q_EMIT exportFinished(o.ok, o.message);
    });
}

} // namespace nexus
