#include "swapscontroller.h"

#include "amount.h"
#include "amountfield.h"
#include "gateway/gateway.h"
#include "principal.h"
#include "session.h"
#include "swappresenter.h"
#include "swapsecret.h"
#include "throttle.h"

#include <QDateTime>
#include <QJsonArray>

namespace nexus {

namespace {

const QString kId = QStringLiteral("id");

double wallMs() { return double(QDateTime::currentMSecsSinceEpoch()); }

bool crossed(double deadlineMs, double before, double now) { return deadlineMs > 0 && deadlineMs > before && deadlineMs <= now; }

} // namespace

SwapsController::SwapsController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_error(new ErrorInfo(this)), m_reload(new Throttle(300, [this] { refresh(); }, this)),
      m_nowMs(wallMs())
{
    connect(&session, &Session::callerChanged, this, [this] {
        m_page = 0;
        m_selectedId = 0;
        m_selected.clear();
        Q_EMIT selectionChanged();
        Q_EMIT accessChanged();
    });
    // Permissions decide the admin actions; the role in each swap decides the rest.
    connect(&session, &Session::accessChanged, this, [this] {
        Q_EMIT accessChanged();
        refresh();
    });
    connect(&session, &Session::identitiesChanged, this, &SwapsController::accessChanged);
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("swaps") || topic == QLatin1String("ledger"))
            m_reload->poke();
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SwapsController::onTick);
    m_ticker.start();
}

bool SwapsController::canManage() const
{
    return m_session.holds(QStringLiteral("manage_swaps"));
}

QVariantList SwapsController::participantOptions() const
{
    QVariantList out;
    for (const QVariant &v : m_session.identities()) {
        const QVariantMap id = v.toMap();
        const QString principal = id.value(QStringLiteral("principal")).toString();
        if (principal.isEmpty() || principal == m_session.activePrincipal())
            continue;
        const QString name = id.value(QStringLiteral("name")).toString();
        const QString display = id.value(QStringLiteral("displayName")).toString();
        out << QVariantMap{{QStringLiteral("value"), principal},
                           {QStringLiteral("text"), display.isEmpty() || display == name ? name : tr("%1 (%2)").arg(name, display)}};
    }
    return out;
}

QVariantList SwapsController::timelockOptions() const
{
    QVariantList out;
    for (const auto &[hours, text] : {std::pair{24, tr("24 hours")}, std::pair{48, tr("48 hours (default)")}, std::pair{72, tr("3 days")},
                                      std::pair{168, tr("7 days")}})
        out << QVariantMap{{QStringLiteral("value"), hours}, {QStringLiteral("text"), text}};
    return out;
}

void SwapsController::setFilter(const QString &filter)
{
    static const QStringList known{QStringLiteral("active"), QStringLiteral("action"), QStringLiteral("approvals"),
                                   QStringLiteral("disputes"), QStringLiteral("finished"), QStringLiteral("all")};
    if (filter == m_filter || !known.contains(filter))
        return;
    m_filter = filter;
    m_page = 0;
    Q_EMIT queryChanged();
    refresh();
}

void SwapsController::setMine(bool mine)
{
    if (mine == m_mine)
        return;
    m_mine = mine;
    m_page = 0;
    Q_EMIT queryChanged();
    refresh();
}

void SwapsController::setPage(int page)
{
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    if (m_filter == QLatin1String("action")) {
        m_swaps = m_actionRows.mid(qsizetype(m_page) * kPageSize, kPageSize);
        Q_EMIT listChanged();
        return;
    }
    loadList();
}

void SwapsController::refresh()
{
    if (!m_session.hasCaller())
        return;
    loadList();
    loadCounts();
    loadSelected();
    if (m_assetOptions.isEmpty())
        loadAssets();
}

QJsonObject SwapsController::listArgs() const
{
    QJsonObject args{{QStringLiteral("limit"), kPageSize}, {QStringLiteral("offset"), m_page * kPageSize}};
    if (m_mine)
        args.insert(QStringLiteral("mine"), true);
    if (m_filter == QLatin1String("active"))
        args.insert(QStringLiteral("final"), false);
    else if (m_filter == QLatin1String("finished"))
        args.insert(QStringLiteral("final"), true);
    else if (m_filter == QLatin1String("approvals"))
        args.insert(QStringLiteral("state"), QStringLiteral("pending_approval"));
    else if (m_filter == QLatin1String("disputes"))
        args.insert(QStringLiteral("state"), QStringLiteral("disputed"));
    else if (m_filter == QLatin1String("action")) {
        // What needs the identity depends on its role in each swap: its open swaps (at most the
        // 500 newest), filtered and paged here.
        args = {{QStringLiteral("mine"), true}, {QStringLiteral("final"), false}, {QStringLiteral("limit"), 500}};
    }
    return args;
}

void SwapsController::loadList()
{
    const quint64 gen = ++m_listGeneration;
    m_loading = true;
    Q_EMIT loadingChanged();
    const SwapViewer viewer{m_session.activePrincipal(), canManage()};
    const QString filter = m_filter;
    m_session.call(this, QStringLiteral("swaps.list"), listArgs(), [this, gen, viewer, filter](const Result<QJsonValue> &r) {
        if (gen != m_listGeneration)
            return;
        m_loading = false;
        Q_EMIT loadingChanged();
        if (!r) {
            m_error->set(tr("Could not load the swaps"), r.error());
            return;
        }
        const double loaded = wallMs();
        m_nowMs = loaded; // countdowns start from the answer's own time
        Q_EMIT tick();
        const auto names = [this](const QString &p) { return nameOf(p); };
        QVariantList rows;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray())
            rows << SwapPresenter::present(v.toObject(), viewer, loaded, false, names);
        if (filter == QLatin1String("action")) {
            m_actionRows.clear();
            for (const QVariant &row : std::as_const(rows))
                if (row.toMap().value(QStringLiteral("needsMe")).toBool())
                    m_actionRows << row;
            m_total = int(m_actionRows.size());
            m_page = std::min(m_page, pageCount() - 1);
            m_swaps = m_actionRows.mid(qsizetype(m_page) * kPageSize, kPageSize);
        } else {
            m_total = r->toObject().value(QStringLiteral("total")).toInt();
            m_swaps = rows;
        }
        Q_EMIT listChanged();
        // Keep a selection the list still shows; otherwise show the first swap.
        if (m_selectedId == 0 && !m_swaps.isEmpty())
            select(m_swaps.first().toMap().value(kId).toDouble());
    });
}

void SwapsController::loadCounts()
{
    const quint64 gen = ++m_countsGeneration;
    QJsonObject args;
    if (m_mine)
        args.insert(QStringLiteral("mine"), true);
    m_session.call(this, QStringLiteral("swaps.counts"), args, [this, gen](const Result<QJsonValue> &r) {
        if (gen != m_countsGeneration)
            return;
        if (!r) {
            m_counts = {};
            m_error->set(tr("Could not count the swaps"), r.error());
        } else {
            const QJsonObject o = r->toObject();
            const QJsonObject states = o.value(QStringLiteral("by_state")).toObject();
            m_counts.active = o.value(QStringLiteral("active")).toInt();
            m_counts.action = o.value(QStringLiteral("needs_action")).toInt();
            m_counts.approvals = states.value(QStringLiteral("pending_approval")).toInt();
            m_counts.disputes = states.value(QStringLiteral("disputed")).toInt();
            m_counts.finished = o.value(QStringLiteral("finished")).toInt();
            m_counts.all = o.value(QStringLiteral("all")).toInt();
        }
        Q_EMIT countsChanged();
    });
}

void SwapsController::select(double id)
{
    if (qint64(id) == m_selectedId && !m_selected.isEmpty())
        return;
    m_selectedId = qint64(id);
    m_selected.clear();
    Q_EMIT selectionChanged();
    loadSelected();
}

void SwapsController::loadSelected()
{
    if (m_selectedId <= 0)
        return;
    const quint64 gen = ++m_detailGeneration;
    const SwapViewer viewer{m_session.activePrincipal(), canManage()};
    m_session.call(this, QStringLiteral("swaps.audit_contract"), {{kId, m_selectedId}}, [this, gen, viewer](const Result<QJsonValue> &r) {
        if (gen != m_detailGeneration)
            return;
        if (!r) {
            m_error->set(tr("Could not load swap %1").arg(m_selectedId), r.error());
            return;
        }
        m_selected = SwapPresenter::present(r->toObject(), viewer, wallMs(), true, [this](const QString &p) { return nameOf(p); });
        Q_EMIT selectionChanged();
    });
}

void SwapsController::loadAssets()
{
    m_session.call(this, QStringLiteral("ledger.assets"), {}, [this](const Result<QJsonValue> &r) {
        if (!r)
            return; // the wizard's checks say "choose an asset" until a later refresh loads them
        m_assetOptions.clear();
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject a = v.toObject();
            const QString symbol = a.value(QStringLiteral("symbol")).toString();
            m_assetOptions << QVariantMap{{QStringLiteral("value"), symbol},
                                          {QStringLiteral("text"), symbol},
                                          {QStringLiteral("decimals"), a.value(QStringLiteral("decimals")).toInt()},
                                          {QStringLiteral("fee"), a.value(QStringLiteral("fee")).toString()}};
        }
        Q_EMIT assetsChanged();
    });
}

void SwapsController::onTick()
{
    const double before = m_nowMs;
    m_nowMs = wallMs();
    Q_EMIT tick();
    // A timelock that just passed changes what is possible: ask the backend again.
    bool passed = crossed(m_selected.value(QStringLiteral("deadlineMs")).toDouble(), before, m_nowMs);
    for (const char *leg : {"initiator_leg", "participant_leg"})
        passed = passed || crossed(m_selected.value(QLatin1String(leg)).toMap().value(QStringLiteral("deadlineMs")).toDouble(), before, m_nowMs);
    for (const QVariant &row : std::as_const(m_swaps))
        passed = passed || crossed(row.toMap().value(QStringLiteral("deadlineMs")).toDouble(), before, m_nowMs);
    if (passed)
        m_reload->poke();
}

QString SwapsController::countdown(double deadlineMs, double now) const
{
    return SwapPresenter::countdownText(deadlineMs - now);
}

QString SwapsController::nameOf(const QString &principal) const
{
    if (principal == m_session.activePrincipal())
        return tr("you");
    const QString name = m_session.identityName(principal);
    return name.isEmpty() ? m_session.shortPrincipal(principal) : name;
}

QVariantMap SwapsController::assetInfo(const QString &symbol) const
{
    for (const QVariant &a : m_assetOptions)
        if (a.toMap().value(QStringLiteral("value")).toString() == symbol)
            return a.toMap();
    return {};
}

QVariantMap SwapsController::checkSecret(const QString &text, const QString &hashlockHex) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), QString()}};
    auto secret = parseSwapHash(t, tr("Secret"));
    if (!secret)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("The secret is 64 hex digits (0–9, a–f); this has %n character(s).", nullptr, int(t.size()))}};
    if (!swapSecretMatches(*secret, QByteArray::fromHex(hashlockHex.toLatin1())))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("This is not the secret of this swap: its SHA-256 does not match the hashlock.")}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), tr("The secret matches the hashlock.")}};
}

QVariantMap SwapsController::checkParticipant(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), QString()}};
    auto p = Principal::fromText(t);
    if (!p)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), p.error().message}};
    if (p->toText() == m_session.activePrincipal())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("That is you; a swap needs another party.")}};
    const QString name = m_session.identityName(p->toText());
    return {{QStringLiteral("ok"), true}, {QStringLiteral("principal"), p->toText()}, {QStringLiteral("name"), name},
            {QStringLiteral("message"), name.isEmpty() ? tr("A principal not in your identities.") : tr("Identity “%1”").arg(name)}};
}

QVariantMap SwapsController::checkAmount(const QString &text, const QString &asset) const
{
    const QVariantMap info = assetInfo(asset);
    const int decimals = info.isEmpty() ? -1 : info.value(QStringLiteral("decimals")).toInt();
    Nat128 fee = 0;
    nat128FromString(info.value(QStringLiteral("fee")).toString(), &fee);
    const QString tooSmall = decimals < 0 ? QString()
                                          : tr("Swap more than the %1 %2 fee; the recipient gets the amount minus the fee.").arg(formatAmount(fee, decimals), asset);
    const auto n = amountfield::parse(text, decimals, tooSmall);
    if (!n.units)
        return n.refusal;
    if (*n.units <= fee)
        return amountfield::refuse(tooSmall);
    return amountfield::accept(*n.units, decimals, tr("Escrow fee %1 %2").arg(formatAmount(fee, decimals), asset));
}

void SwapsController::initiate(const QString &participant, const QString &asset, const QString &amount, const QString &participantAsset,
                               const QString &participantAmount, int timelockHours)
{
    const QVariantMap who = checkParticipant(participant);
    const QVariantMap give = checkAmount(amount, asset);
    const QVariantMap get = checkAmount(participantAmount, participantAsset);
    for (const QVariantMap &c : {who, give, get})
        if (!c.value(QStringLiteral("ok")).toBool()) {
            Q_EMIT initiateFinished(false, 0, {}, tr("The swap was not created."), c.value(QStringLiteral("message")).toString());
            return;
        }
    auto secret = SwapSecret::generate();
    if (!secret) {
        Q_EMIT initiateFinished(false, 0, {}, secret.error().message, secret.error().hint);
        return;
    }
    // Only the hashlock leaves this function towards the backend (and so the audit log).
    QJsonObject args{{QStringLiteral("participant"), who.value(QStringLiteral("principal")).toString()},
                     {QStringLiteral("asset"), asset},
                     {QStringLiteral("amount"), give.value(QStringLiteral("units")).toString()},
                     {QStringLiteral("participant_asset"), participantAsset},
                     {QStringLiteral("participant_amount"), get.value(QStringLiteral("units")).toString()},
                     {QStringLiteral("hashlock"), secret->hashlockHex()}};
    if (timelockHours > 0)
        args.insert(QStringLiteral("timelock_ns"), QString::number(qint64(wallMs()) * 1000000 + qint64(timelockHours) * 3600 * 1000000000LL));
    m_busy = true;
    Q_EMIT busyChanged();
    m_session.call(this, QStringLiteral("swaps.initiate"), args, [this, secretHex = secret->secretHex()](const Result<QJsonValue> &r) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (!r) {
            Q_EMIT initiateFinished(false, 0, {}, r.error().message, r.error().hint); // the secret is dropped with the lambda
            return;
        }
        const double id = double(r->toObject().value(kId).toInteger());
        m_selectedId = qint64(id);
        loadSelected();
        m_reload->poke();
        Q_EMIT initiateFinished(true, id, secretHex, {}, {});
    });
}

void SwapsController::act(const QString &action, const QString &method, QJsonObject args)
{
    if (m_selectedId <= 0)
        return;
    args.insert(kId, m_selectedId);
    m_busy = true;
    Q_EMIT busyChanged();
    m_session.call(this, method, args, [this, action, id = m_selectedId](const Result<QJsonValue> &r) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (!r) {
            m_error->set(tr("Swap %1: %2 failed").arg(id).arg(action), r.error());
            Q_EMIT actionFinished(false, action, r.error().message, r.error().hint);
        } else {
            m_error->clear();
            const QString state = SwapPresenter::stateLabel(r->toObject().value(QStringLiteral("state")).toString());
            m_session.notify(tr("Swap %1: done. State: %2.").arg(id).arg(state)); // the label as shown, not lower-cased: German nouns keep their capital
            Q_EMIT actionFinished(true, action, state, {});
        }
        if (id == m_selectedId)
            loadSelected();
        m_reload->poke();
    });
}

void SwapsController::participate()
{
    // T2 must fall before T1 minus the safety margin: the backend's default (now + 24 h) unless
    // T1 is close, then half way to T1.
    QJsonObject args;
    const QVariantMap a = m_selected.value(QStringLiteral("initiator_leg")).toMap();
    const double leftS = (a.value(QStringLiteral("deadlineMs")).toDouble() - wallMs()) / 1000;
    if (leftS > 0 && leftS < 30 * 3600)
        args.insert(QStringLiteral("timelock_ns"), QString::number(qint64(wallMs()) * 1000000 + qint64(leftS / 2) * 1000000000LL));
    act(QStringLiteral("participate"), QStringLiteral("swaps.participate"), args);
}

void SwapsController::redeem(const QString &secretHex)
{
    // swaps.redeem keeps only the secret's hash in the audit log (secretArgs).
    act(QStringLiteral("redeem"), QStringLiteral("swaps.redeem"), {{QStringLiteral("secret"), secretHex.trimmed().toLower()}});
}

void SwapsController::refund() { act(QStringLiteral("refund"), QStringLiteral("swaps.refund"), {}); }

void SwapsController::cancel(const QString &reason)
{
    QJsonObject args;
    if (!reason.trimmed().isEmpty())
        args.insert(QStringLiteral("reason"), reason.trimmed());
    act(QStringLiteral("cancel"), QStringLiteral("swaps.cancel"), args);
}

void SwapsController::openDispute(const QString &reason)
{
    act(QStringLiteral("dispute"), QStringLiteral("swaps.open_dispute"), {{QStringLiteral("reason"), reason.trimmed()}});
}

void SwapsController::approve(const QString &note)
{
    act(QStringLiteral("approve"), QStringLiteral("swaps.approve"), {{QStringLiteral("note"), note.trimmed()}});
}

void SwapsController::reject(const QString &reason)
{
    act(QStringLiteral("reject"), QStringLiteral("swaps.reject"), {{QStringLiteral("reason"), reason.trimmed()}});
}

void SwapsController::resolve(const QString &resolution, const QString &reason)
{
    act(QStringLiteral("resolve"), QStringLiteral("swaps.resolve_dispute"),
        {{QStringLiteral("resolution"), resolution}, {QStringLiteral("reason"), reason.trimmed()}});
}

void SwapsController::extractSecret()
{
    if (m_selectedId <= 0)
        return;
    m_session.call(this, QStringLiteral("swaps.extract_secret"), {{kId, m_selectedId}}, [this, id = m_selectedId](const Result<QJsonValue> &r) {
        if (!r)
            Q_EMIT secretExtracted(double(id), {}, r.error().message);
        else
            Q_EMIT secretExtracted(double(id), r->toObject().value(QStringLiteral("secret")).toString(), {});
    });
}

} // namespace nexus
