#include "worldhubcontroller.h"

#include "session.h"
#include "whenready.h"
#include "worldscontroller.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent>

namespace nexus {

WorldHubController::WorldHubController(Session &session, WorldsController &worlds, QObject *parent)
    : QObject(parent), m_session(session), m_worlds(worlds), m_error(new ErrorInfo(this))
{
    connect(&worlds, &WorldsController::worldReplaced, this, &WorldHubController::refreshSessions);
    connect(&session, &Session::callerChanged, this, &WorldHubController::refreshSessions);
}

void WorldHubController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void WorldHubController::refreshSessions()
{
    const qint64 world = m_worlds.currentWorldId();
    if (world <= 0 || !m_session.hasCaller()) {
        if (!m_sessions.isEmpty()) {
            m_sessions.clear();
            Q_EMIT sessionsChanged();
        }
        return;
    }
    m_session.call(this, QStringLiteral("sessions.list"), {{QStringLiteral("world_id"), world}, {QStringLiteral("active"), true}},
                   [this, world](const Result<QJsonValue> &r) {
                       if (world != m_worlds.currentWorldId())
                           return;
                       if (!r) {
                           m_error->set(tr("Could not list the sessions"), r.error());
                           return;
                       }
                       const QString me = m_session.activePrincipal();
                       QVariantList out;
                       for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
                           const QJsonObject s = v.toObject();
                           const QJsonArray people = s.value(QStringLiteral("participants")).toArray();
                           bool joined = false;
                           for (const QJsonValue &p : people)
                               joined = joined || p.toObject().value(QStringLiteral("principal")).toString() == me;
                           const QString host = s.value(QStringLiteral("host")).toString();
                           out.append(QVariantMap{{QStringLiteral("session_id"), s.value(QStringLiteral("session_id")).toDouble()},
                                                  {QStringLiteral("host"), host},
                                                  {QStringLiteral("hostName"), m_session.displayName(host)},
                                                  {QStringLiteral("participants"), int(people.size())},
                                                  {QStringLiteral("max"), s.value(QStringLiteral("max_participants")).toInt()},
                                                  {QStringLiteral("joined"), joined},
                                                  {QStringLiteral("hosting"), host == me}});
                       }
                       m_sessions = out;
                       Q_EMIT sessionsChanged();
                   });
}

void WorldHubController::sessionCall(const QString &method, const QJsonObject &args, const QString &failure)
{
    m_error->clear();
    setBusy(true);
    m_session.call(this, method, args, [this, failure](const Result<QJsonValue> &r) {
        setBusy(false);
        if (!r)
            m_error->set(failure, r.error());
        refreshSessions();
    });
}

void WorldHubController::startSession(int maxParticipants)
{
    sessionCall(QStringLiteral("sessions.create"),
                {{QStringLiteral("world_id"), m_worlds.currentWorldId()}, {QStringLiteral("max_participants"), std::clamp(maxParticipants, 1, 100)}},
                tr("Could not start a session"));
}

void WorldHubController::join(double sessionId)
{
    sessionCall(QStringLiteral("sessions.join"), {{QStringLiteral("session_id"), qint64(sessionId)}}, tr("Could not join the session"));
}

void WorldHubController::leave(double sessionId)
{
    sessionCall(QStringLiteral("sessions.leave"), {{QStringLiteral("session_id"), qint64(sessionId)}}, tr("Could not leave the session"));
}

void WorldHubController::end(double sessionId)
{
    sessionCall(QStringLiteral("sessions.end"), {{QStringLiteral("session_id"), qint64(sessionId)}}, tr("Could not end the session"));
}

void WorldHubController::publish(const QString &title, const QString &description, const QString &tags, const QString &visibility,
                                 const QImage &thumbnail)
{
    m_error->clear();
    const qint64 world = m_worlds.currentWorldId();
    if (world <= 0) {
        m_error->set(tr("Nothing to publish"), tr("Only a generated (stored) world can be published."));
        Q_EMIT published(false, 0);
        return;
    }
    QJsonArray tagList;
    for (const QString &t : tags.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tagList.append(t.trimmed().toLower());
    QJsonObject args{{QStringLiteral("world_id"), world},
                     {QStringLiteral("title"), title.trimmed()},
                     {QStringLiteral("description"), description.trimmed()},
                     {QStringLiteral("tags"), tagList},
                     {QStringLiteral("visibility"), visibility}};
    setBusy(true);
    // The PNG is made on a worker; the call then goes through the session's pool.
    whenReady(QtConcurrent::run([thumbnail] {
                  QByteArray png;
                  QBuffer buffer(&png);
                  if (!thumbnail.isNull() && buffer.open(QIODevice::WriteOnly))
                      thumbnail.scaled(640, 400, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation).save(&buffer, "PNG");
                  return png.toBase64();
              }),
              this, [this, args](const QByteArray &base64) mutable {
                  if (!base64.isEmpty())
                      args.insert(QStringLiteral("thumbnail_png"), QString::fromLatin1(base64));
                  m_session.call(this, QStringLiteral("experiences.publish"), args, [this](const Result<QJsonValue> &r) {
                      setBusy(false);
                      if (!r) {
                          m_error->set(tr("The world was not published"), r.error());
                          Q_EMIT published(false, 0);
                          return;
                      }
                      const double id = r->toObject().value(QStringLiteral("id")).toDouble();
                      m_session.notify(tr("Published as experience %1").arg(id));
                      Q_EMIT published(true, id);
                  });
              });
}

} // namespace nexus
