#include "walletcontroller.h"

#include "demoseeding.h"

#include "account.h"
#include "amountfield.h"
#include "amount.h"
#include "gateway/gateway.h"
#include "session.h"
#include "throttle.h"

#include <QFile>
#include <QJsonArray>
#include <QUrl>

namespace nexus {

namespace {

QString decimalOf(const QString &units, int decimals)
{
    Nat128 n = 0;
    return nat128FromString(units, &n) ? formatAmount(n, decimals) : QString();
}

Nat128 unitsOf(const QString &units)
{
    Nat128 n = 0;
    return nat128FromString(units, &n) ? n : 0;
}

QString localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

} // namespace

struct WalletController::Snapshot {
    QVariantList assets;
    QVariantList accounts;
    QString totalFiat;
    QString fiatNote;
    QHash<QString, QString> rateUnits;
    QHash<QString, QString> labels;
    std::optional<Error> error;
};

WalletController::WalletController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_history(new WalletHistoryModel(session, this)), m_error(new ErrorInfo(this)),
      m_reload(new Throttle(250, [this] { refresh(); }, this)), m_priceReload(new Throttle(5000, [this] { refresh(); }, this))
{
    connect(&session, &Session::callerChanged, this, [this] {
        m_selected.clear();
        refresh();
    });
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("ledger") || topic == QLatin1String("labels"))
            m_reload->poke();
        else if (topic == QLatin1String("oracle"))
            m_priceReload->poke(); // new prices move the fiat values; at most every 5 s, the last one included
    });
    // Demo seeding writes the current prices last: refresh the totals as soon as it is done.
    if (DemoSeeding *seeding = session.seeding())
        connect(seeding, &DemoSeeding::completed, this, [this](bool ok) {
            if (ok)
                m_reload->poke();
        });
}

WalletController::Snapshot WalletController::load(Gateway &gw, const CallContext &ctx, const QString &fiat)
{
    Snapshot s;
    auto assets = gw.callBlocking(ctx, QStringLiteral("ledger.assets"), {});
    auto accounts = gw.callBlocking(ctx, QStringLiteral("ledger.accounts"), {});
    if (!assets || !accounts) {
        s.error = !assets ? assets.error() : accounts.error();
        return s;
    }
    QHash<QString, int> decimals;
    for (const QJsonValue &v : assets->toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString symbol = a.value(QStringLiteral("symbol")).toString();
        const int d = a.value(QStringLiteral("decimals")).toInt();
        decimals.insert(symbol, d);
        s.assets << QVariantMap{{QStringLiteral("symbol"), symbol},
                                {QStringLiteral("name"), a.value(QStringLiteral("name")).toString()},
                                {QStringLiteral("decimals"), d},
                                {QStringLiteral("fee"), a.value(QStringLiteral("fee")).toString()},
                                {QStringLiteral("feeText"), decimalOf(a.value(QStringLiteral("fee")).toString(), d)}};
        // The value of one whole token now, for totals and the send dialog's estimate.
        const QString one = QStringLiteral("1") + QString(d, QLatin1Char('0'));
        auto rate = gw.callBlocking(ctx, QStringLiteral("oracle.get_conversion_amount"),
                                    {{QStringLiteral("amount"), one}, {QStringLiteral("from"), symbol}, {QStringLiteral("to"), fiat}});
        if (rate)
            s.rateUnits.insert(symbol, rate->toObject().value(QStringLiteral("amount")).toString());
        else if (s.fiatNote.isEmpty())
            s.fiatNote = rate.error().message;
    }
    if (auto labels = gw.callBlocking(ctx, QStringLiteral("labels.list"), {}))
        for (const QJsonValue &v : labels->toObject().value(QStringLiteral("labels")).toArray()) {
            const QJsonObject l = v.toObject();
            s.labels.insert(l.value(QStringLiteral("type")).toString() + QLatin1Char(' ') + l.value(QStringLiteral("ref")).toString(),
                            l.value(QStringLiteral("label")).toString());
        }
    // Fiat sums in the fiat's base units (cents), exact: balance × rate / 10^decimals, rounded down.
    Nat128 grandTotal = 0;
    int fiatDecimals = 2;
    bool anyMissing = false;
    for (const QJsonValue &v : accounts->toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject acc = v.toObject();
        QVariantList balances;
        Nat128 accountTotal = 0;
        for (const QJsonValue &b : acc.value(QStringLiteral("balances")).toArray()) {
            const QJsonObject bo = b.toObject();
            const QString symbol = bo.value(QStringLiteral("asset")).toString();
            const int d = decimals.value(symbol, bo.value(QStringLiteral("decimals")).toInt());
            const QString units = bo.value(QStringLiteral("balance")).toString();
            QString fiatText;
            if (unitsOf(units) > 0) {
                auto value = gw.callBlocking(ctx, QStringLiteral("oracle.get_conversion_amount"),
                                             {{QStringLiteral("amount"), units}, {QStringLiteral("from"), symbol}, {QStringLiteral("to"), fiat}});
                if (value) {
                    const QJsonObject vo = value->toObject();
                    fiatDecimals = vo.value(QStringLiteral("to_decimals")).toInt(2);
                    fiatText = formatAmount(unitsOf(vo.value(QStringLiteral("amount")).toString()), fiatDecimals, fiatDecimals);
                    accountTotal += unitsOf(vo.value(QStringLiteral("amount")).toString());
                } else {
                    anyMissing = true;
                }
            }
            balances << QVariantMap{{QStringLiteral("asset"), symbol},
                                    {QStringLiteral("units"), units},
                                    {QStringLiteral("text"), decimalOf(units, d)},
                                    {QStringLiteral("fiatText"), fiatText}};
        }
        grandTotal += accountTotal;
        QStringList held;
        for (const QVariant &b : std::as_const(balances))
            if (b.toMap().value(QStringLiteral("units")).toString() != QLatin1String("0"))
                held << b.toMap().value(QStringLiteral("text")).toString() + QLatin1Char(' ') + b.toMap().value(QStringLiteral("asset")).toString();
        const QString text = acc.value(QStringLiteral("account")).toString();
        s.accounts << QVariantMap{{QStringLiteral("account"), text},
                                  {QStringLiteral("subaccount"), acc.value(QStringLiteral("subaccount")).toString()},
                                  {QStringLiteral("isDefault"), acc.value(QStringLiteral("default")).toBool()},
                                  {QStringLiteral("label"), s.labels.value(QStringLiteral("addr ") + text)},
                                  {QStringLiteral("balances"), balances},
                                  {QStringLiteral("summary"), held.isEmpty() ? QObject::tr("empty") : held.join(QStringLiteral(" · "))},
                                  {QStringLiteral("fiatText"), formatAmount(accountTotal, fiatDecimals, fiatDecimals)}};
    }
    s.totalFiat = formatAmount(grandTotal, fiatDecimals, fiatDecimals);
    if (anyMissing && s.fiatNote.isEmpty())
        s.fiatNote = QObject::tr("Some balances have no price right now and are not in the total.");
    return s;
}

void WalletController::refresh()
{
    if (!m_session.hasCaller())
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    const quint64 gen = ++m_generation;
    auto future = m_session.runAsync<Snapshot>([fiat = m_fiat](Gateway &gw, const CallContext &ctx) { return load(gw, ctx, fiat); });
    whenReady(future, this, [this, gen](const Snapshot &s) {
        if (gen != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged();
        apply(s);
    });
    loadApprovals();
}

void WalletController::apply(const Snapshot &s)
{
    if (s.error) {
        m_error->set(tr("Could not load your wallets"), *s.error);
        return;
    }
    m_error->clear();
    m_assets = s.assets;
    m_accounts = s.accounts;
    m_totalFiatText = s.totalFiat;
    m_fiatNote = s.fiatNote;
    m_rateUnits = s.rateUnits;
    m_labels = s.labels;
    m_history->setLabels(m_labels);
    Q_EMIT assetsChanged();
    Q_EMIT accountsChanged();
    Q_EMIT labelsChanged();
    bool stillThere = false;
    for (const QVariant &a : std::as_const(m_accounts))
        stillThere = stillThere || a.toMap().value(QStringLiteral("account")).toString() == m_selected;
    if (!stillThere && !m_accounts.isEmpty())
        selectAccount(m_accounts.first().toMap().value(QStringLiteral("account")).toString());
    else
        Q_EMIT selectionChanged();
}

void WalletController::selectAccount(const QString &account)
{
    if (account == m_selected)
        return;
    m_selected = account;
    m_history->setAccount(account);
    Q_EMIT selectionChanged();
    loadApprovals();
}

QVariantMap WalletController::selected() const
{
    for (const QVariant &a : m_accounts)
        if (a.toMap().value(QStringLiteral("account")).toString() == m_selected)
            return a.toMap();
    return {};
}

void WalletController::setFiat(const QString &fiat)
{
    if (fiat == m_fiat || !fiatChoices().contains(fiat))
        return;
    m_fiat = fiat;
    m_history->setFiat(fiat);
    Q_EMIT fiatChanged();
    refresh();
}

QVariantList WalletController::assetOptions() const
{
    QVariantList out;
    for (const QVariant &a : m_assets) {
        const QString symbol = a.toMap().value(QStringLiteral("symbol")).toString();
        out << QVariantMap{{QStringLiteral("value"), symbol}, {QStringLiteral("text"), symbol},
                           {QStringLiteral("balanceText"), tr("%1 — balance %2").arg(symbol, balanceText(symbol))}};
    }
    return out;
}

QVariantList WalletController::fiatOptions() const
{
    QVariantList out;
    for (const QString &f : fiatChoices())
        out << QVariantMap{{QStringLiteral("value"), f}, {QStringLiteral("text"), f}};
    return out;
}

int WalletController::selectedIndex() const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        if (m_accounts[i].toMap().value(QStringLiteral("account")).toString() == m_selected)
            return int(i);
    return -1;
}

int WalletController::assetIndex(const QString &symbol) const
{
    for (qsizetype i = 0; i < m_assets.size(); ++i)
        if (m_assets[i].toMap().value(QStringLiteral("symbol")).toString() == symbol)
            return int(i);
    return -1;
}

QVariantMap WalletController::assetInfo(const QString &symbol) const
{
    for (const QVariant &a : m_assets)
        if (a.toMap().value(QStringLiteral("symbol")).toString() == symbol)
            return a.toMap();
    return {};
}

QVariantMap WalletController::checkRecipient(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), QString()}};
    auto acc = Account::fromText(t);
    if (!acc)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), acc.error().message + QLatin1Char(' ') + acc.error().hint}};
    const QString canonical = acc->toText();
    const QString label = m_labels.value(QStringLiteral("addr ") + canonical);
    const QString name = m_session.identityName(acc->owner().toText());
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("account"), canonical},
            {QStringLiteral("own"), canonical == m_selected},
            {QStringLiteral("message"), canonical == m_selected ? tr("This is the account you are sending from.")
                                        : !label.isEmpty() ? label
                                        : !name.isEmpty() ? tr("Identity “%1”").arg(name) : QString()}};
}

QVariantMap WalletController::checkAmount(const QString &text, const QString &asset) const
{
    const QVariantMap info = assetInfo(asset);
    const int decimals = info.isEmpty() ? -1 : info.value(QStringLiteral("decimals")).toInt();
    const auto n = amountfield::parse(text, decimals, tr("Enter an amount above zero."));
    if (!n.units)
        return n.refusal;
    const Nat128 fee = unitsOf(info.value(QStringLiteral("fee")).toString());
    Nat128 balance = 0;
    for (const QVariant &b : selected().value(QStringLiteral("balances")).toList())
        if (b.toMap().value(QStringLiteral("asset")).toString() == asset)
            balance = unitsOf(b.toMap().value(QStringLiteral("units")).toString());
    if (*n.units > balance || balance - *n.units < fee)
        return amountfield::refuse(tr("That is more than you can send: the balance is %1 %2 and the fee %3 %2.")
                                       .arg(formatAmount(balance, decimals), asset, formatAmount(fee, decimals)));
    return amountfield::accept(*n.units, decimals);
}

QString WalletController::balanceText(const QString &asset) const
{
    for (const QVariant &b : selected().value(QStringLiteral("balances")).toList())
        if (b.toMap().value(QStringLiteral("asset")).toString() == asset)
            return b.toMap().value(QStringLiteral("text")).toString();
    return QStringLiteral("0");
}

QString WalletController::maxAmountText(const QString &asset) const
{
    const QVariantMap info = assetInfo(asset);
    const Nat128 fee = unitsOf(info.value(QStringLiteral("fee")).toString());
    Nat128 balance = 0;
    for (const QVariant &b : selected().value(QStringLiteral("balances")).toList())
        if (b.toMap().value(QStringLiteral("asset")).toString() == asset)
            balance = unitsOf(b.toMap().value(QStringLiteral("units")).toString());
    return formatAmount(balance > fee ? balance - fee : 0, info.value(QStringLiteral("decimals")).toInt());
}

QString WalletController::feeText(const QString &asset) const
{
    return assetInfo(asset).value(QStringLiteral("feeText")).toString();
}

QString WalletController::fiatValue(const QString &asset, const QString &units) const
{
    const QVariantMap info = assetInfo(asset);
    if (info.isEmpty() || !m_rateUnits.contains(asset))
        return {};
    // units × (fiat cents per whole token) / 10^decimals, rounded down — an estimate for the dialog.
    Nat128 value = unitsOf(units) * unitsOf(m_rateUnits.value(asset));
    for (int i = 0; i < info.value(QStringLiteral("decimals")).toInt(); ++i)
        value /= 10;
    return formatAmount(value, 2, 2) + QLatin1Char(' ') + m_fiat;
}

void WalletController::send(const QString &asset, const QString &to, const QString &amountText, const QString &memo)
{
    const QVariantMap amount = checkAmount(amountText, asset);
    const QVariantMap recipient = checkRecipient(to);
    if (!amount.value(QStringLiteral("ok")).toBool() || !recipient.value(QStringLiteral("ok")).toBool()) {
        Q_EMIT sendFinished(false, asset, 0, tr("The transfer was not sent."),
                            amount.value(QStringLiteral("message")).toString() + QLatin1Char(' ') + recipient.value(QStringLiteral("message")).toString());
        return;
    }
    QJsonObject args{{QStringLiteral("asset"), asset},
                     {QStringLiteral("to"), recipient.value(QStringLiteral("account")).toString()},
                     {QStringLiteral("amount"), amount.value(QStringLiteral("units")).toString()},
                     {QStringLiteral("fee"), assetInfo(asset).value(QStringLiteral("fee")).toString()},
                     // created_at_time makes a retried send a Duplicate instead of a second payment
                     {QStringLiteral("created_at_time"), QString::number(nowNs())}};
    const QVariantMap from = selected();
    if (!from.value(QStringLiteral("isDefault")).toBool())
        args.insert(QStringLiteral("from_subaccount"), from.value(QStringLiteral("subaccount")).toString());
    if (!memo.trimmed().isEmpty())
        args.insert(QStringLiteral("memo_text"), memo.trimmed());
    m_sending = true;
    Q_EMIT sendingChanged();
    m_session.call(this, QStringLiteral("ledger.transfer"), args, [this, asset](const Result<QJsonValue> &r) {
        m_sending = false;
        Q_EMIT sendingChanged();
        if (!r) {
            Q_EMIT sendFinished(false, asset, 0, r.error().message, r.error().hint);
            return;
        }
        const QJsonObject o = r->toObject();
        Q_EMIT sendFinished(true, asset, double(o.value(QStringLiteral("block_index")).toVariant().toLongLong()), {}, {});
    });
}

void WalletController::loadApprovals()
{
    if (m_selected.isEmpty())
        return;
    m_session.call(this, QStringLiteral("ledger.allowances"), {{QStringLiteral("account"), m_selected}},
                   [this, account = m_selected](const Result<QJsonValue> &r) {
        if (account != m_selected)
            return;
        m_given.clear();
        m_received.clear();
        if (r) {
            const QJsonObject o = r->toObject();
            auto rows = [this](const QJsonArray &arr, bool given) {
                QVariantList out;
                for (const QJsonValue &v : arr) {
                    QVariantMap m = v.toObject().toVariantMap();
                    m.insert(QStringLiteral("given"), given);
                    m.insert(QStringLiteral("other"), m.value(given ? QStringLiteral("spender") : QStringLiteral("account")));
                    const int d = assetInfo(m.value(QStringLiteral("asset")).toString()).value(QStringLiteral("decimals")).toInt();
                    m.insert(QStringLiteral("allowanceText"), decimalOf(m.value(QStringLiteral("allowance")).toString(), d));
                    out << m;
                }
                return out;
            };
            m_given = rows(o.value(QStringLiteral("given")).toArray(), true);
            m_received = rows(o.value(QStringLiteral("received")).toArray(), false);
        }
        Q_EMIT approvalsChanged();
    });
}

void WalletController::revoke(const QString &asset, const QString &spender)
{
    QJsonObject args{{QStringLiteral("asset"), asset}, {QStringLiteral("spender"), spender}, {QStringLiteral("amount"), QStringLiteral("0")}};
    const QVariantMap from = selected();
    if (!from.value(QStringLiteral("isDefault")).toBool())
        args.insert(QStringLiteral("from_subaccount"), from.value(QStringLiteral("subaccount")).toString());
    m_session.call(this, QStringLiteral("ledger.approve"), args, [this](const Result<QJsonValue> &r) {
        if (!r)
            m_error->set(tr("Could not revoke the approval"), r.error());
        else
            m_session.notify(tr("Approval revoked."));
        loadApprovals();
    });
}

QString WalletController::accountForSubaccount(int n) const
{
    auto owner = Principal::fromText(m_session.activePrincipal());
    if (!owner || n < 0)
        return {};
    QByteArray sub(32, '\0');
    for (int i = 0; i < 4; ++i)
        sub[31 - i] = char((n >> (8 * i)) & 0xff);
    return Account(*owner, n == 0 ? QByteArray() : sub).toText();
}

void WalletController::setLabel(const QString &type, const QString &ref, const QString &label)
{
    m_session.call(this, QStringLiteral("labels.set"),
                   {{QStringLiteral("type"), type}, {QStringLiteral("ref"), ref}, {QStringLiteral("label"), label.trimmed()}},
                   [this](const Result<QJsonValue> &r) {
        if (!r)
            m_error->set(tr("Could not save the label"), r.error());
    });
}

void WalletController::exportLabels(const QUrl &file)
{
    m_session.call(this, QStringLiteral("labels.export"), {}, [this, path = localPath(file)](const Result<QJsonValue> &r) {
        if (!r) {
            m_error->set(tr("Could not export the labels"), r.error());
            return;
        }
        QFile out(path);
        const QByteArray text = r->toObject().value(QStringLiteral("jsonl")).toString().toUtf8();
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text) != text.size()) {
            m_error->set(tr("Could not export the labels"), tr("Cannot write %1: %2").arg(path, out.errorString()),
                         tr("Choose a folder you can write to."));
            return;
        }
        m_session.notify(tr("%n label(s) exported to %1.", nullptr, r->toObject().value(QStringLiteral("count")).toInt()).arg(path));
    });
}

void WalletController::importLabels(const QUrl &file)
{
    const QString path = localPath(file);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        m_error->set(tr("Could not import labels"), tr("Cannot read %1: %2").arg(path, in.errorString()));
        return;
    }
    if (in.size() > 4 * 1024 * 1024) {
        m_error->set(tr("Could not import labels"), tr("%1 is larger than 4 MiB.").arg(path), tr("Split the file and import the parts."));
        return;
    }
    m_session.call(this, QStringLiteral("labels.import"), {{QStringLiteral("jsonl"), QString::fromUtf8(in.readAll())}},
                   [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_error->set(tr("Could not import labels (nothing was changed)"), r.error());
            return;
        }
        const QJsonObject o = r->toObject();
        m_session.notify(tr("Labels imported: %1 added, %2 updated, %3 unchanged.")
                             .arg(o.value(QStringLiteral("added")).toInt())
                             .arg(o.value(QStringLiteral("updated")).toInt())
                             .arg(o.value(QStringLiteral("unchanged")).toInt()));
    });
}

} // namespace nexus
