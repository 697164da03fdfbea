#pragma once
// The Marketplace panel's Events tab: events with their dates, status and places left, registering
// (which mints a ticket), the caller's tickets (VRN-%08X), and for organisers the participants,
// status changes, signed attendance passes (shown as a QR code) and check-in. Any pass can be
// verified offline here.

#include "errorinfo.h"
#include "qmlsingleton.h"
#include "result.h"

#include <QJsonObject>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class EventsController : public QObject, public QmlSingleton<EventsController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Events)
    QML_SINGLETON
    Q_PROPERTY(QVariantList events READ events NOTIFY eventsChanged)
    Q_PROPERTY(QVariantList tickets READ tickets NOTIFY eventsChanged)
    Q_PROPERTY(double selectedId READ selectedIdValue NOTIFY selectionChanged)
    Q_PROPERTY(bool selectedIsMine READ selectedIsMine NOTIFY selectionChanged) // the caller organises it
    Q_PROPERTY(bool selectedEnded READ selectedEnded NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList participants READ participants NOTIFY selectionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    explicit EventsController(Session &session, QObject *parent = nullptr);

    QVariantList events() const { return m_events; }
    QVariantList tickets() const { return m_tickets; }
    qint64 selectedId() const { return m_selectedId; }
    double selectedIdValue() const { return double(m_selectedId); }
    bool selectedIsMine() const { return selected().value(QStringLiteral("mine")).toBool(); }
    bool selectedEnded() const { return selected().value(QStringLiteral("ended")).toBool(); }
    QVariantMap selected() const;
    QVariantList participants() const { return m_participants; }
    bool busy() const { return m_busy; }
    ErrorInfo *error() const { return m_error; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(qint64 eventId);
    Q_INVOKABLE void registerFor(qint64 eventId);
    Q_INVOKABLE void setStatus(qint64 eventId, const QString &status);
    // Signs a pass with the organiser's key; the passphrase unlocks it (empty: the demo's).
    Q_INVOKABLE void issuePass(qint64 eventId, qint64 ticketId, const QString &passphrase);
    // A row asks for a pass; the panel answers (the demo's passphrase, or a prompt) with issuePass.
    Q_INVOKABLE void requestPass(double ticketId) { Q_EMIT passRequested(ticketId); }
    Q_INVOKABLE void verifyPass(const QString &pass);
    Q_INVOKABLE void checkIn(const QString &pass);

Q_SIGNALS:
    void eventsChanged();
    void selectionChanged();
    void busyChanged();
    void passRequested(double ticketId);
    void passIssued(bool ok, const QString &pass, const QString &title, const QString &message);
    // {ok, valid, message, event, ticket, holder, expires, checkedIn}
    void passVerified(const QVariantMap &result);
    void actionFinished(const QString &action, bool ok, const QString &message, const QString &hint);

private:
    void loadParticipants();
    void setBusy(bool busy);
    void finish(const QString &action, const Result<QJsonValue> &r, const QString &done);

    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_reload;
    QVariantList m_events;
    QVariantList m_tickets;
    QVariantList m_participants;
    qint64 m_selectedId = 0;
    bool m_busy = false;
};

} // namespace nexus
