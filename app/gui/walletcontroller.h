#pragma once
// The Wallets panel: the active identity's accounts and subaccounts with balances per asset and
// their value in a chosen fiat currency (oracle), sending with live validation and review,
// receiving (account text + QR), ICRC-2 approvals with revoke, and labels (BIP-329 JSON Lines).
// The transaction history is WalletHistoryModel.

#include "errorinfo.h"
#include "qmlsingleton.h"
#include "wallethistorymodel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class WalletController : public QObject, public QmlSingleton<WalletController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Wallet)
    QML_SINGLETON
    Q_PROPERTY(QVariantList assets READ assets NOTIFY assetsChanged)
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged)
    Q_PROPERTY(QVariantList assetOptions READ assetOptions NOTIFY accountsChanged)   // [{value, text}] for combos
    Q_PROPERTY(QVariantList assetFilterOptions READ assetFilterOptions NOTIFY accountsChanged) // with "All assets"
    Q_PROPERTY(QVariantList fiatOptions READ fiatOptions CONSTANT)
    Q_PROPERTY(int fiatIndex READ fiatIndex NOTIFY fiatChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList selectedBalances READ selectedBalances NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedAccount READ selectedAccount WRITE selectAccount NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QString fiat READ fiat WRITE setFiat NOTIFY fiatChanged)
    Q_PROPERTY(QStringList fiatChoices READ fiatChoices CONSTANT)
    Q_PROPERTY(QString totalFiatText READ totalFiatText NOTIFY accountsChanged)
    Q_PROPERTY(QString fiatNote READ fiatNote NOTIFY accountsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QVariantList approvalsGiven READ approvalsGiven NOTIFY approvalsChanged)
    Q_PROPERTY(QVariantList approvalsReceived READ approvalsReceived NOTIFY approvalsChanged)
    Q_PROPERTY(nexus::WalletHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
    Q_PROPERTY(bool sending READ sending NOTIFY sendingChanged)

public:
    explicit WalletController(Session &session, QObject *parent = nullptr);

    QVariantList assets() const { return m_assets; }
    QVariantList accounts() const { return m_accounts; }
    QString selectedAccount() const { return m_selected; }
    void selectAccount(const QString &account);
    QVariantMap selected() const;
    QVariantList assetOptions() const;
    QVariantList fiatOptions() const;
    QVariantList assetFilterOptions() const
    {
        return QVariantList{QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), tr("All assets")}}} + assetOptions();
    }
    int fiatIndex() const { return int(fiatChoices().indexOf(m_fiat)); }
    int selectedIndex() const;
    QVariantList selectedBalances() const { return selected().value(QStringLiteral("balances")).toList(); }
    Q_INVOKABLE int assetIndex(const QString &symbol) const;
    QString fiat() const { return m_fiat; }
    void setFiat(const QString &fiat);
    QStringList fiatChoices() const { return {QStringLiteral("USD"), QStringLiteral("EUR")}; }
    QString totalFiatText() const { return m_totalFiatText; }
    QString fiatNote() const { return m_fiatNote; }
    bool loading() const { return m_loading; }
    QVariantList approvalsGiven() const { return m_given; }
    QVariantList approvalsReceived() const { return m_received; }
    WalletHistoryModel *history() const { return m_history; }
    ErrorInfo *error() const { return m_error; }
    bool sending() const { return m_sending; }

    Q_INVOKABLE void refresh();
    // Live checks for the Send dialog: {ok, message, account (canonical text), own (bool)}.
    Q_INVOKABLE QVariantMap checkRecipient(const QString &text) const;
    // {ok, message, units (base units as text), text (normalised decimal)}.
    Q_INVOKABLE QVariantMap checkAmount(const QString &text, const QString &asset) const;
    Q_INVOKABLE QString balanceText(const QString &asset) const;   // of the selected account
    Q_INVOKABLE QString maxAmountText(const QString &asset) const; // balance − fee, or "0"
    Q_INVOKABLE QString feeText(const QString &asset) const;
    Q_INVOKABLE QString fiatValue(const QString &asset, const QString &units) const; // "≈ 12.34 USD" from the last known rate
    // Sends from the selected account; the answer arrives as sendFinished.
    Q_INVOKABLE void send(const QString &asset, const QString &to, const QString &amountText, const QString &memo);
    Q_INVOKABLE void revoke(const QString &asset, const QString &spender);
    // The account text of subaccount number `n` of the active identity (0: default).
    Q_INVOKABLE QString accountForSubaccount(int n) const;
    Q_INVOKABLE QString labelFor(const QString &type, const QString &ref) const { return m_labels.value(type + QLatin1Char(' ') + ref); }
    Q_INVOKABLE void setLabel(const QString &type, const QString &ref, const QString &label);
    Q_INVOKABLE void exportLabels(const QUrl &file);
    // Rows and cards ask; the panel owns the dialogs and answers these signals.
    Q_INVOKABLE void requestLabel(const QString &type, const QString &ref) { Q_EMIT labelEditRequested(type, ref, labelFor(type, ref)); }
    Q_INVOKABLE void requestRevoke(const QString &asset, const QString &spender) { Q_EMIT revokeRequested(asset, spender); }
    Q_INVOKABLE void importLabels(const QUrl &file);

Q_SIGNALS:
    void assetsChanged();
    void accountsChanged();
    void selectionChanged();
    void fiatChanged();
    void loadingChanged();
    void approvalsChanged();
    void sendingChanged();
    // ok: `blockIndex` is the new block; otherwise `message` and `hint` say what to do.
    void sendFinished(bool ok, const QString &asset, double blockIndex, const QString &message, const QString &hint);
    void labelsChanged();
    void labelEditRequested(const QString &type, const QString &ref, const QString &current);
    void revokeRequested(const QString &asset, const QString &spender);

private:
    struct Snapshot;
    static Snapshot load(Gateway &gw, const CallContext &ctx, const QString &fiat);
    void apply(const Snapshot &s);
    void loadApprovals();
    QVariantMap assetInfo(const QString &symbol) const;

    Session &m_session;
    WalletHistoryModel *m_history;
    ErrorInfo *m_error;
    Throttle *m_reload;
    Throttle *m_priceReload = nullptr;
    QVariantList m_assets;
    QVariantList m_accounts;
    QString m_selected;
    QString m_fiat = QStringLiteral("USD");
    QString m_totalFiatText;
    QString m_fiatNote;
    QHash<QString, QString> m_rateUnits; // asset → fiat base units for one whole token (last known)
    QHash<QString, QString> m_labels;    // "type ref" → label
    QVariantList m_given;
    QVariantList m_received;
    bool m_loading = false;
    bool m_sending = false;
    quint64 m_generation = 0;
};

} // namespace nexus
