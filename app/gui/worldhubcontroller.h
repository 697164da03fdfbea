#pragma once
// The world on screen as something people share (QML singleton "WorldHub"): its open VR
// sessions (start one, join, leave, end) and publishing it as an experience with a title,
// description, tags, visibility and a thumbnail grabbed from the preview.

#include "errorinfo.h"
#include "qmlsingleton.h"

#include <QImage>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class WorldsController;

class WorldHubController : public QObject, public QmlSingleton<WorldHubController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(WorldHub)
    QML_SINGLETON
    // Open sessions of the world on screen: session_id, host, hostName, participants, max,
    // joined (you are in it), hosting (you host it).
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY sessionsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    WorldHubController(Session &session, WorldsController &worlds, QObject *parent = nullptr);

    QVariantList sessions() const { return m_sessions; }
    bool busy() const { return m_busy; }
    ErrorInfo *error() const { return m_error; }

    Q_INVOKABLE void refreshSessions();
    Q_INVOKABLE void startSession(int maxParticipants);
    Q_INVOKABLE void join(double sessionId);
    Q_INVOKABLE void leave(double sessionId);
    Q_INVOKABLE void end(double sessionId);
    // Publishes the world on screen; `tags` is comma separated; the thumbnail is PNG-encoded off
    // the GUI thread. Answers with published().
    Q_INVOKABLE void publish(const QString &title, const QString &description, const QString &tags, const QString &visibility,
                             const QImage &thumbnail);

Q_SIGNALS:
    void sessionsChanged();
    void busyChanged();
    void published(bool ok, double experienceId);

private:
    void sessionCall(const QString &method, const QJsonObject &args, const QString &failure);
    void setBusy(bool busy);

    Session &m_session;
    WorldsController &m_worlds;
    ErrorInfo *m_error;
    QVariantList m_sessions;
    bool m_busy = false;
};

} // namespace nexus
