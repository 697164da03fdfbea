#include "eventscontroller.h"

#include "demoseeding.h"
#include "format.h"
#include "gateway/gateway.h"
#include "session.h"
#include "throttle.h"

#include <QJsonArray>

namespace nexus {

namespace {

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        return QObject::tr("Draft");
    if (status == QLatin1String("active"))
        return QObject::tr("Open");
    if (status == QLatin1String("completed"))
        return QObject::tr("Completed");
    if (status == QLatin1String("cancelled"))
        return QObject::tr("Cancelled");
    return status;
}

} // namespace

EventsController::EventsController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_error(new ErrorInfo(this)), m_reload(new Throttle(400, [this] { refresh(); }, this))
{
    connect(&session, &Session::callerChanged, this, [this] { refresh(); });
    connect(&session.gateway(), &Gateway::changed, this, [this](const QString &topic, const QStringList &) {
        if (topic == QLatin1String("events") || topic == QLatin1String("tickets"))
            m_reload->poke();
    });
    if (DemoSeeding *seeding = session.seeding())
        connect(seeding, &DemoSeeding::completed, this, [this](bool ok) {
            if (ok)
                m_reload->poke();
        });
}

void EventsController::refresh()
{
    if (!m_session.hasCaller())
        return;
    m_session.call(this, QStringLiteral("events.list"), {{QStringLiteral("limit"), 200}}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_error->set(tr("Could not load the events"), r.error());
            return;
        }
        m_error->clear();
        const QString me = m_session.activePrincipal();
        const qint64 now = nowNs();
        m_events.clear();
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject e = v.toObject();
            QVariantMap m = e.toVariantMap();
            const qint64 ends = s(e, "ends_at").toLongLong();
            m.insert(QStringLiteral("mine"), s(e, "organiser") == me);
            m.insert(QStringLiteral("organiserShort"), fmt::shortPrincipal(s(e, "organiser")));
            m.insert(QStringLiteral("organiserName"), m_session.identityName(s(e, "organiser")));
            m.insert(QStringLiteral("startsText"), fmt::timeFromNsText(s(e, "starts_at")));
            m.insert(QStringLiteral("endsText"), fmt::timeFromNsText(s(e, "ends_at")));
            m.insert(QStringLiteral("statusText"), statusText(s(e, "status")));
            m.insert(QStringLiteral("ended"), ends <= now);
            m.insert(QStringLiteral("canRegister"), s(e, "organiser") != me && s(e, "status") == QLatin1String("active") && ends > now
                                                        && e.value(QStringLiteral("places_left")).toInt() > 0);
            m_events << m;
        }
        Q_EMIT eventsChanged();
        if (m_selectedId == 0 && !m_events.isEmpty())
            select(m_events.first().toMap().value(QStringLiteral("event_id")).toLongLong());
        else
            loadParticipants();
    });
    m_session.call(this, QStringLiteral("tickets.list"), {{QStringLiteral("limit"), 200}}, [this](const Result<QJsonValue> &r) {
        m_tickets.clear();
        if (r)
            for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
                QVariantMap m = v.toObject().toVariantMap();
                m.insert(QStringLiteral("mintedText"), fmt::timeFromNsText(s(v.toObject(), "minted_at")));
                m_tickets << m;
            }
        Q_EMIT eventsChanged();
    });
}

QVariantMap EventsController::selected() const
{
    for (const QVariant &e : m_events)
        if (e.toMap().value(QStringLiteral("event_id")).toLongLong() == m_selectedId)
            return e.toMap();
    return {};
}

void EventsController::select(qint64 eventId)
{
    m_selectedId = eventId;
    m_participants.clear();
    Q_EMIT selectionChanged();
    loadParticipants();
}

void EventsController::loadParticipants()
{
    const QVariantMap event = selected();
    // Participants are for the organiser and admins; others see the event only.
    if (event.isEmpty() || (!event.value(QStringLiteral("mine")).toBool() && !m_session.holds(QStringLiteral("manage_users")))) {
        m_participants.clear();
        Q_EMIT selectionChanged();
        return;
    }
    m_session.call(this, QStringLiteral("events.participants"), {{QStringLiteral("event_id"), m_selectedId}},
                   [this, id = m_selectedId](const Result<QJsonValue> &r) {
        if (id != m_selectedId)
            return;
        m_participants.clear();
        if (r)
            for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
                const QJsonObject p = v.toObject();
                QVariantMap m = p.toVariantMap();
                const QString name = m_session.identityName(s(p, "holder"));
                m.insert(QStringLiteral("holderText"), name.isEmpty() ? fmt::shortPrincipal(s(p, "holder")) : name);
                const bool checkedIn = !s(p, "checked_in_at").isEmpty(); // null until checked in
                m.insert(QStringLiteral("checkedIn"), checkedIn);
                m.insert(QStringLiteral("checkedInText"), fmt::timeFromNsText(s(p, "checked_in_at")));
                m_participants << m;
            }
        Q_EMIT selectionChanged();
    });
}

void EventsController::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void EventsController::finish(const QString &action, const Result<QJsonValue> &r, const QString &done)
{
    setBusy(false);
    if (!r) {
        if (action != QLatin1String("checkin")) // the pass box shows check-in refusals itself
            m_error->set(action == QLatin1String("register") ? tr("Could not register") : tr("Could not change the event"), r.error());
        Q_EMIT actionFinished(action, false, r.error().message, r.error().hint);
        return;
    }
    m_error->clear();
    Q_EMIT actionFinished(action, true, done, {});
    m_session.notify(done);
    refresh();
}

void EventsController::registerFor(qint64 eventId)
{
    setBusy(true);
    m_session.call(this, QStringLiteral("events.register"), {{QStringLiteral("event_id"), eventId}}, [this](const Result<QJsonValue> &r) {
        finish(QStringLiteral("register"), r,
               r ? tr("Registered: your ticket is %1.").arg(r->toObject().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("token_id")).toString()) : QString());
    });
}

void EventsController::setStatus(qint64 eventId, const QString &status)
{
    setBusy(true);
    m_session.call(this, QStringLiteral("events.set_status"), {{QStringLiteral("event_id"), eventId}, {QStringLiteral("status"), status}},
                   [this, status](const Result<QJsonValue> &r) { finish(QStringLiteral("status"), r, tr("Event status: %1.").arg(statusText(status))); });
}

void EventsController::issuePass(qint64 eventId, qint64 ticketId, const QString &passphrase)
{
    setBusy(true);
    const QString key = passphrase.isEmpty() && m_session.demo() ? m_session.demoPassphrase() : passphrase;
    m_session.call(this, QStringLiteral("events.issue_pass"),
                   {{QStringLiteral("event_id"), eventId}, {QStringLiteral("ticket_id"), ticketId}, {QStringLiteral("passphrase"), key}},
                   [this](const Result<QJsonValue> &r) {
        setBusy(false);
        if (!r) {
            m_error->set(tr("Could not issue the pass"), r.error());
            Q_EMIT passIssued(false, {}, r.error().message, r.error().hint);
            return;
        }
        const QJsonObject o = r->toObject();
        Q_EMIT passIssued(true, s(o, "pass"), tr("Pass for ticket %1").arg(s(o, "token_id").isEmpty() ? QString::number(o.value(QStringLiteral("ticket_id")).toInteger()) : s(o, "token_id")),
                          tr("Valid until %1. Signed by the organiser; anyone can check it offline.").arg(fmt::timeFromNsText(s(o, "expires_at"))));
    });
}

void EventsController::verifyPass(const QString &pass)
{
    const QString text = pass.trimmed();
    if (text.isEmpty()) {
        Q_EMIT passVerified({{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("Paste or scan a pass first.")}});
        return;
    }
    m_session.call(this, QStringLiteral("events.verify_pass"), {{QStringLiteral("pass"), text}}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            Q_EMIT passVerified({{QStringLiteral("ok"), false}, {QStringLiteral("message"), r.error().message}, {QStringLiteral("hint"), r.error().hint}});
            return;
        }
        QVariantMap m = r->toObject().toVariantMap();
        m.insert(QStringLiteral("ok"), true);
        Q_EMIT passVerified(m);
    });
}

void EventsController::checkIn(const QString &pass)
{
    setBusy(true);
    m_session.call(this, QStringLiteral("events.check_in"), {{QStringLiteral("pass"), pass.trimmed()}},
                   [this](const Result<QJsonValue> &r) { finish(QStringLiteral("checkin"), r, tr("Checked in.")); });
}

} // namespace nexus
