#pragma once
// An account's ledger history, newest first, paged from the backend (ledger.history keyset
// paging, 50 rows a page) as the view scrolls — never everything. Each row carries the running
// balance after it and the value of its amount in the chosen fiat at the transaction's time
// (oracle history). Filters: asset, type, date range. The filtered rows export as CSV.

#include "errorinfo.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Gateway;
class Throttle;
struct CallContext;

struct WalletHistoryRow {
    QString ref;          // "ICP:42": asset and block index, the label reference
    QString asset;
    qint64 index = 0;
    QString type;         // transfer, mint, burn, approve, transfer_from
    QString counterparty; // account text (empty for mint/burn)
    QString deltaText;    // signed change of this account's balance, in decimals
    bool incoming = false;
    QString amountText;
    QString feeText;
    QString memo;
    qint64 timeNs = 0;
    QString balanceText;  // after this block
    QString fiatText;     // the amount's value at the time, "" when unknown
    QString fiatError;    // why there is no value (no price then, breaker tripped)
};

class WalletHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Wallet controller")
    Q_PROPERTY(QString asset READ asset WRITE setAsset NOTIFY filterChanged)
    Q_PROPERTY(QString type READ type WRITE setType NOTIFY filterChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    Q_PROPERTY(QString filterError READ filterError NOTIFY filterChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY loadingChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    enum Roles { RefRole = Qt::UserRole + 1, AssetRole, IndexRole, TypeRole, CounterpartyRole, DeltaRole, IncomingRole,
                 AmountRole, FeeRole, MemoRole, TimeRole, BalanceRole, FiatRole, FiatErrorRole, LabelRole,
                 CounterpartyLabelRole };
    Q_ENUM(Roles)

    explicit WalletHistoryModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString asset() const { return m_asset; }
    void setAsset(const QString &v);
    QString type() const { return m_type; }
    void setType(const QString &v);
    QString fromDate() const { return m_fromDate; }
    void setFromDate(const QString &v);
    QString toDate() const { return m_toDate; }
    void setToDate(const QString &v);
    QString filterError() const { return m_filterError; }
    bool loading() const { return m_loading; }
    bool hasMore() const { return m_nextBefore > 0; }
    bool exporting() const { return m_exporting; }
    ErrorInfo *error() const { return m_error; }

    // The controller sets the account and the fiat currency; both reload.
    void setAccount(const QString &account);
    void setFiat(const QString &fiat);
    // "type ref" → label (from the controller), shown in rows and written to the CSV.
    void setLabels(const QHash<QString, QString> &labels);
    Q_INVOKABLE void reload();
    // Writes every row matching the filters (all pages) to `file` as CSV; exportFinished reports.
    Q_INVOKABLE void exportCsv(const QUrl &file);

    // For tests and the CSV: one page as the model builds it (blocking; call off the GUI thread).
    struct Page {
        QList<WalletHistoryRow> rows;
        qint64 nextBefore = 0;
        std::optional<Error> error;
    };
    static Page loadPage(Gateway &gw, const CallContext &ctx, const QJsonObject &query, qint64 before, int limit,
                         const QString &fiat);
    static QByteArray csvHeader(const QString &fiat);
    static QByteArray csvLine(const WalletHistoryRow &row, const QString &label, const QString &counterpartyLabel);

Q_SIGNALS:
    void filterChanged();
    void loadingChanged();
    void exportChanged();
    void exportFinished(bool ok, const QString &message);

private:
    QJsonObject query() const; // account + filters as ledger.history arguments
    void loadNext();
    void invalidate();

    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_reload;
    Throttle *m_priceRetry = nullptr;
    QString m_account;
    QString m_fiat = QStringLiteral("USD");
    QString m_asset;
    QString m_type;
    QString m_fromDate;
    QString m_toDate;
    QString m_filterError;
    QList<WalletHistoryRow> m_rows;
    QHash<QString, QString> m_labels;
    qint64 m_nextBefore = 0; // 0: no more pages
    bool m_loading = false;
    bool m_exporting = false;
    quint64 m_generation = 0; // bumped on every reset so late pages are dropped
};

} // namespace nexus
