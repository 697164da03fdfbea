#include "oraclecontroller.h"

#include "amount.h"
#include "format.h"
#include "oraclelabels.h"
#include "oraclerates.h"
#include "session.h"
#include "throttle.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QQmlEngine>

namespace nexus {

namespace {
constexpr qint64 kSecondNs = 1000000000;
constexpr qint64 kMinuteNs = 60 * kSecondNs;
const QString kPair = QStringLiteral("pair");

// People type decimals the way their locale writes them: "1,5" in German is one and a half.
// The backend wants a '.' and no group separators.
QString normalizeDecimal(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x202F)); // narrow no-break space, a group separator in some locales
    t.remove(QChar(0x00A0));
    const QLocale locale;
    if (locale.decimalPoint() == QLatin1String(",") && t.contains(QLatin1Char(','))) {
        t.remove(QLatin1Char('.'));
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    } else {
        t.remove(QLatin1Char(','));
        t.remove(QLatin1Char('_'));
    }
    return t;
}

QString toneOf(const QString &breaker)
{
    if (breaker == QLatin1String("ok"))
        return QStringLiteral("success");
    if (breaker == QLatin1String("manual"))
        return QStringLiteral("warning");
    return QStringLiteral("danger");
}

qint64 nsOf(const QJsonValue &v)
{
    return v.toString().toLongLong();
}
} // namespace

OracleController::OracleController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_history(new OracleHistory(this)), m_sources(new OracleSourcesModel(session, this)),
      m_alerts(new OracleAlertsModel(session, this)), m_error(new ErrorInfo(this)), m_actionError(new ErrorInfo(this)),
      m_converterError(new ErrorInfo(this)), m_changes(new Throttle(1000, [this] { refresh(); }, this)),
      m_widthChanged(new Throttle(300, [this] { loadHistory(); }, this))
{
    m_lastCanManage = canManage();
    connect(&session, &Session::accessChanged, this, [this] {
        if (canManage() != m_lastCanManage) {
            m_lastCanManage = canManage();
            Q_EMIT canManageChanged();
        }
        m_actionError->clear();
        m_dirty = m_selectedDirty = true;
        if (m_active)
            refresh();
    });
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &ids) {
        if (topic != QLatin1String("oracle"))
            return;
        m_dirty = true;
        if (ids.isEmpty() || ids.contains(m_selectedPair))
            m_selectedDirty = true;
        if (m_active)
            m_changes->poke();
    });
}

bool OracleController::canManage() const
{
    return m_session.holds(QStringLiteral("manage_oracle"));
}

qint64 OracleController::rangeNs(const QString &range)
{
    if (range == QLatin1String("1h"))
        return 60 * kMinuteNs;
    if (range == QLatin1String("24h"))
        return 1440 * kMinuteNs;
    if (range == QLatin1String("7d"))
        return 7 * 1440 * kMinuteNs;
    if (range == QLatin1String("30d"))
        return 30 * 1440 * kMinuteNs;
    return 0;
}

int OracleController::maxPoints() const
{
    return m_chartWidth > 0 ? std::clamp(m_chartWidth, 50, 4000) : 800;
}

void OracleController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_dirty)
        refresh();
}

void OracleController::setSelectedPair(const QString &pair)
{
    if (m_selectedPair == pair)
        return;
    m_selectedPair = pair;
    Q_EMIT selectedChanged();
    m_actionError->clear();
    m_history->clear();
    loadSelectedDetails();
}

void OracleController::setRange(const QString &range)
{
    if (m_range == range || rangeNs(range) == 0)
        return;
    m_range = range;
    Q_EMIT rangeChanged();
    loadHistory();
}

void OracleController::setChartWidth(int width)
{
    if (m_chartWidth == width || width <= 0)
        return;
    m_chartWidth = width;
    Q_EMIT chartWidthChanged();
    // Axis labels change the plot's width by a few pixels; only a real resize asks again.
    if (m_loadedWidth <= 0 || std::abs(width - m_loadedWidth) * 100 > m_loadedWidth * 8)
        m_widthChanged->poke();
}

QVariantMap OracleController::selected() const
{
    const auto it = m_pairData.constFind(m_selectedPair);
    return it == m_pairData.constEnd() ? QVariantMap() : pairView(*it);
}

void OracleController::refresh()
{
    m_dirty = false;
    m_changes->cancel();
    loadPairs();
    m_alerts->reload();
}

void OracleController::loadPairs()
{
    const quint64 request = ++m_pairsRequest;
    m_session.call(this, QStringLiteral("oracle.pairs"), {}, [this, request](const Result<QJsonValue> &r) {
        if (request != m_pairsRequest)
            return;
        if (!r) {
            m_error->set(tr("Could not load the price feeds"), r.error());
            return;
        }
        m_error->clear();
        setPairs(r->toObject());
    });
}

void OracleController::setPairs(const QJsonObject &answer)
{
    m_pairs.clear();
    m_pairData.clear();
    QStringList names;
    for (const QJsonValue &v : answer.value(QStringLiteral("items")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(kPair).toString();
        names << name;
        m_pairData.insert(name, p);
        m_pairs.append(pairView(p));
    }
    m_assets.clear();
    m_decimals.clear();
    for (const QJsonValue &v : answer.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString symbol = a.value(QStringLiteral("symbol")).toString();
        const int decimals = a.value(QStringLiteral("decimals")).toInt();
        m_decimals.insert(symbol, decimals);
        m_assets.append(QVariantMap{{QStringLiteral("value"), symbol}, {QStringLiteral("text"), symbol}, {QStringLiteral("decimals"), decimals}});
    }
    m_pairsReady = true;
    Q_EMIT pairsChanged();
    if (m_selectedPair.isEmpty() || !names.contains(m_selectedPair)) {
        m_selectedPair = names.isEmpty() ? QString() : names.first();
        m_history->clear();
        m_selectedDirty = true;
    }
    Q_EMIT selectedChanged(); // its price, breaker and age may have moved
    if (m_selectedDirty || !m_history->loaded())
        loadSelectedDetails();
}

QVariantMap OracleController::pairView(const QJsonObject &p) const
{
    const QString breaker = p.value(QStringLiteral("breaker")).toString();
    const QString reason = p.value(QStringLiteral("trip_reason")).toString();
    const bool hasRate = p.contains(QStringLiteral("rate"));
    const qint64 now = nowNs();
    const qint64 publishedNs = nsOf(p.value(QStringLiteral("published_ns")));
    const qint64 lastRoundNs = nsOf(p.value(QStringLiteral("last_round_ns")));
    const qint64 sinceNs = nsOf(p.value(QStringLiteral("breaker_since_ns")));
    const QString served = breaker == QLatin1String("manual") ? p.value(QStringLiteral("manual_rate")).toString()
                                                              : p.value(QStringLiteral("rate")).toString();
    return {{QStringLiteral("pair"), p.value(kPair).toString()},
            {QStringLiteral("base"), p.value(QStringLiteral("base")).toString()},
            {QStringLiteral("quote"), p.value(QStringLiteral("quote")).toString()},
            {QStringLiteral("hasRate"), hasRate},
            {QStringLiteral("rate"), OracleLabels::rate(p.value(QStringLiteral("rate")).toString())},
            {QStringLiteral("rateText"), p.value(QStringLiteral("rate")).toString()},
            {QStringLiteral("served"), OracleLabels::rate(served)},
            {QStringLiteral("published"), fmt::timeFromNs(publishedNs)},
            {QStringLiteral("publishedAge"), hasRate ? OracleLabels::age((now - publishedNs) / kSecondNs) : QString()},
            {QStringLiteral("stale"), p.value(QStringLiteral("stale")).toBool()},
            {QStringLiteral("breaker"), breaker},
            {QStringLiteral("breakerLabel"), OracleLabels::breakerState(breaker, reason)},
            {QStringLiteral("breakerTone"), toneOf(breaker)},
            {QStringLiteral("tripReason"), reason},
            {QStringLiteral("since"), sinceNs > 0 ? fmt::timeFromNs(sinceNs) : QString()},
            {QStringLiteral("rebasePending"), p.value(QStringLiteral("rebase_pending")).toBool()},
            {QStringLiteral("manualRate"), OracleLabels::rate(p.value(QStringLiteral("manual_rate")).toString())},
            {QStringLiteral("deviation"), OracleLabels::bps(p.value(QStringLiteral("deviation_bps")).toDouble(), false)},
            {QStringLiteral("heartbeat"), OracleLabels::age(qint64(p.value(QStringLiteral("heartbeat_s")).toDouble()))},
            {QStringLiteral("jumpLimit"), OracleLabels::bps(p.value(QStringLiteral("jump_limit_bps")).toDouble(), false)},
            {QStringLiteral("sources"), p.value(QStringLiteral("sources")).toInt()},
            {QStringLiteral("lastRound"), fmt::timeFromNs(lastRoundNs)},
            {QStringLiteral("lastRoundAge"), lastRoundNs > 0 ? OracleLabels::age((now - lastRoundNs) / kSecondNs) : QString()}};
}

void OracleController::loadSelectedDetails()
{
    m_selectedDirty = false;
    loadHistory();
    m_sources->load(m_selectedPair);
}

void OracleController::loadHistory()
{
    const quint64 request = ++m_historyRequest;
    const auto it = m_pairData.constFind(m_selectedPair);
    if (it == m_pairData.constEnd()) {
        m_history->setLoading(false);
        return;
    }
    // The window ends at the newest round (a stopped feed still shows its last hours), or now.
    const qint64 lastRound = nsOf(it->value(QStringLiteral("last_round_ns")));
    const qint64 to = lastRound > 0 ? lastRound + kMinuteNs : nowNs();
    const qint64 span = rangeNs(m_range);
    const int points = maxPoints();
    m_loadedWidth = m_chartWidth;
    m_history->setLoading(true);
    const QString pair = m_selectedPair;
    m_session.call(this, QStringLiteral("oracle.history"),
                   {{kPair, pair}, {QStringLiteral("from_ns"), QString::number(to - span)}, {QStringLiteral("to_ns"), QString::number(to)},
                    {QStringLiteral("max_points"), points}},
                   [this, request, pair, span](const Result<QJsonValue> &r) {
                       if (request != m_historyRequest)
                           return;
                       m_history->setLoading(false);
                       if (!r) {
                           m_history->clear();
                           m_error->set(tr("Could not load the %1 history").arg(pair), r.error());
                           return;
                       }
                       m_error->clear();
                       m_history->setData(r->toObject(), span);
                   });
}

int OracleController::decimalsOf(const QString &asset) const
{
    return m_decimals.value(asset, -1);
}

QString OracleController::amountProblem(const QString &amount, const QString &asset) const
{
    const QString text = normalizeDecimal(amount);
    if (text.isEmpty())
        return tr("Enter an amount.");
    const int decimals = decimalsOf(asset);
    if (decimals < 0)
        return tr("Pick an asset to convert from.");
    if (text.startsWith(QLatin1Char('-')))
        return tr("The amount cannot be negative.");
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0 && text.size() - dot - 1 > decimals)
        return tr("%1 has %2 decimals; this amount has more.").arg(asset).arg(decimals);
    if (!parseAmount(text, decimals))
        return tr("\"%1\" is not an amount: use digits and one decimal point, like 1.5.").arg(amount.trimmed());
    return {};
}

QString OracleController::rateProblem(const QString &rate) const
{
    const QString text = normalizeDecimal(rate);
    if (text.isEmpty())
        return tr("Enter a price.");
    auto parsed = oracle::parseRate(text);
    if (!parsed || *parsed <= 0)
        return tr("\"%1\" is not a price: use a positive number with up to 9 decimals, like 67250.5.").arg(rate.trimmed());
    return {};
}

void OracleController::convert(const QString &amount, const QString &from, const QString &to)
{
    const quint64 request = ++m_convertRequest;
    const QString title = tr("Could not convert %1 to %2").arg(from, to);
    if (const QString problem = amountProblem(amount, from); !problem.isEmpty()) {
        m_conversion.clear();
        m_converting = false;
        Q_EMIT conversionChanged();
        m_converterError->set(title, problem);
        return;
    }
    const int decimals = decimalsOf(from);
    const Nat128 units = *parseAmount(normalizeDecimal(amount), decimals);
    m_converting = true;
    Q_EMIT conversionChanged();
    m_session.call(this, QStringLiteral("oracle.get_conversion_amount"),
                   {{QStringLiteral("amount"), nat128ToString(units)}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
                   [this, request, title, units, decimals](const Result<QJsonValue> &r) {
                       if (request != m_convertRequest)
                           return;
                       m_converting = false;
                       m_conversion.clear();
                       if (!r) {
                           m_converterError->set(title, r.error());
                           Q_EMIT conversionChanged();
                           return;
                       }
                       m_converterError->clear();
                       const QJsonObject o = r->toObject();
                       const QJsonObject price = o.value(QStringLiteral("price")).toObject();
                       const QString fromSymbol = o.value(QStringLiteral("from")).toString();
                       const QString toSymbol = o.value(QStringLiteral("to")).toString();
                       const QString kind = price.value(QStringLiteral("kind")).toString();
                       QStringList legs;
                       QString via;
                       for (const QJsonValue &v : price.value(QStringLiteral("legs")).toArray()) {
                           const QJsonObject leg = v.toObject();
                           legs << tr("%1 %2 at %3", "a feed, its rate, and when it was published")
                                       .arg(leg.value(kPair).toString(), OracleLabels::rate(leg.value(QStringLiteral("rate")).toString()),
                                            fmt::timeFromNs(nsOf(leg.value(QStringLiteral("timestamp_ns")))));
                           via = leg.value(kPair).toString().section(QLatin1Char('/'), 1);
                       }
                       QString how;
                       if (kind == QLatin1String("feed"))
                           how = tr("the published feed price");
                       else if (kind == QLatin1String("manual"))
                           how = tr("a manual price set by an admin");
                       else if (kind == QLatin1String("inverse"))
                           how = tr("the inverse of the feed price");
                       else if (kind == QLatin1String("cross"))
                           how = tr("a cross rate through %1").arg(via);
                       else if (kind == QLatin1String("identity"))
                           how = tr("the same asset: one to one");
                       else
                           how = kind;
                       const QString pairText = price.value(kPair).toString();
                       m_conversion = QVariantMap{
                           {QStringLiteral("input"), QStringLiteral("%1 %2").arg(OracleLabels::rate(formatAmount(units, decimals), 0), fromSymbol)},
                           {QStringLiteral("output"), OracleLabels::rate(o.value(QStringLiteral("amount_text")).toString(), 0)},
                           {QStringLiteral("outputSymbol"), toSymbol},
                           {QStringLiteral("baseUnits"), o.value(QStringLiteral("amount")).toString()},
                           {QStringLiteral("rate"), tr("1 %1 = %2 %3").arg(pairText.section(QLatin1Char('/'), 0, 0),
                                                                         OracleLabels::rate(price.value(QStringLiteral("rate")).toString(), 2),
                                                                         pairText.section(QLatin1Char('/'), 1))},
                           {QStringLiteral("source"), how},
                           {QStringLiteral("time"), fmt::timeFromNs(nsOf(price.value(QStringLiteral("timestamp_ns"))))},
                           {QStringLiteral("age"), OracleLabels::age(qint64(price.value(QStringLiteral("age_s")).toDouble()))},
                           {QStringLiteral("legs"), legs},
                           {QStringLiteral("rounding"), tr("Rounded down to %1 decimals of %2: exactly %3 base units.")
                                                            .arg(o.value(QStringLiteral("to_decimals")).toInt())
                                                            .arg(toSymbol, o.value(QStringLiteral("amount")).toString())},
                       };
                       Q_EMIT conversionChanged();
                   });
}

void OracleController::run(const QString &method, const QJsonObject &args, const QString &failTitle, const QString &successMessage)
{
    if (++m_busyCount == 1)
        Q_EMIT busyChanged();
    m_session.call(this, method, args, [this, failTitle, successMessage](const Result<QJsonValue> &r) {
        if (--m_busyCount == 0)
            Q_EMIT busyChanged();
        if (!r) {
            m_actionError->set(failTitle, r.error());
            Q_EMIT failed(failTitle);
            return;
        }
        m_actionError->clear();
        m_session.notify(successMessage);
        Q_EMIT succeeded(successMessage);
        m_selectedDirty = true;
        refresh();
    });
}

void OracleController::resetBreaker(const QString &note)
{
    const QString pair = m_selectedPair;
    run(QStringLiteral("oracle.breaker_reset"), {{kPair, pair}, {QStringLiteral("note"), note.trimmed()}},
        tr("Could not reset the %1 circuit breaker").arg(pair),
        tr("The %1 circuit breaker is reset; the next consistent round is published.").arg(pair));
}

void OracleController::setManualPrice(const QString &rate, const QString &reason)
{
    const QString pair = m_selectedPair;
    const QString title = tr("Could not set a manual %1 price").arg(pair);
    if (const QString problem = rateProblem(rate); !problem.isEmpty()) {
        m_actionError->set(title, problem);
        Q_EMIT failed(title);
        return;
    }
    const QString text = normalizeDecimal(rate);
    run(QStringLiteral("oracle.set_manual_price"), {{kPair, pair}, {QStringLiteral("rate"), text}, {QStringLiteral("reason"), reason.trimmed()}},
        title, tr("%1 now serves the manual price %2 until the breaker is reset.").arg(pair, OracleLabels::rate(text)));
}

void OracleController::acknowledge(double alertId, const QString &note)
{
    QJsonObject args{{QStringLiteral("id"), qint64(alertId)}};
    if (!note.trimmed().isEmpty())
        args.insert(QStringLiteral("note"), note.trimmed());
    run(QStringLiteral("oracle.ack_alert"), args, tr("Could not acknowledge alert %1").arg(qint64(alertId)),
        tr("Alert %1 acknowledged.").arg(qint64(alertId)));
}

} // namespace nexus
