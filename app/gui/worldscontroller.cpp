#include "worldscontroller.h"

#include "session.h"
#include "whenready.h"

#include "gltfexport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QRandomGenerator>
#include <QtConcurrent>

namespace nexus {

WorldsController::WorldsController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_error(new ErrorInfo(this)), m_prompt(QStringLiteral("three towers around a lake in a misty forest at dusk")) // the vocabulary is English
{
    connect(&session, &Session::callerChanged, this, &WorldsController::loadRecent);
}

void WorldsController::setPrompt(const QString &prompt)
{
    if (prompt == m_prompt)
        return;
    m_prompt = prompt;
    Q_EMIT promptChanged();
}

void WorldsController::setFogShown(bool shown)
{
    if (shown == m_fogShown)
        return;
    m_fogShown = shown;
    Q_EMIT fogShownChanged();
}

void WorldsController::setSeed(double seed)
{
    const quint64 s = quint64(std::clamp(seed, 0.0, 9007199254740991.0));
    if (s == m_seed)
        return;
    m_seed = s;
    Q_EMIT promptChanged();
}

void WorldsController::newSeed()
{
    setSeed(double(QRandomGenerator::global()->bounded(1, 1000000)));
}

void WorldsController::setPhase(const QString &phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT busyChanged();
}

QString WorldsController::worldType() const
{
    return worlds::worldTypeName(m_blueprint.worldType);
}

QString WorldsController::settingsText() const
{
    const QJsonObject env = m_blueprint.environment;
    return tr("%1 · %2 · %3 · %4")
        .arg(env.value(QStringLiteral("biome")).toString().replace(QLatin1Char('_'), QLatin1Char(' ')),
             env.value(QStringLiteral("time_of_day")).toString(), env.value(QStringLiteral("weather")).toString(),
             worldType().replace(QLatin1Char('_'), QLatin1Char('-')));
}

QStringList WorldsController::understood() const
{
    QStringList out;
    for (const QJsonValue &v : m_blueprint.understanding.value(QStringLiteral("objects")).toArray())
        out << v.toObject().value(QStringLiteral("words")).toString();
    return out;
}

QStringList WorldsController::batchNames() const
{
    QStringList out;
    for (const SceneBatch &b : m_scene.batches)
        out << b.prefabName;
    return out;
}

QList<int> WorldsController::batchCounts() const
{
    QList<int> out;
    for (const SceneBatch &b : m_scene.batches)
        out << b.count;
    return out;
}

void WorldsController::generate()
{
    const QString prompt = m_prompt.trimmed();
    if (prompt.isEmpty()) {
        m_error->set(tr("Nothing to generate"), tr("The prompt is empty."), tr("Describe the world, e.g. \"a castle on a hill at sunset\"."));
        Q_EMIT generated(false, tr("The prompt is empty."));
        return;
    }
    const quint64 gen = ++m_generation;
    setPhase(tr("Generating the world…"));
    m_session.call(this, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), prompt}, {QStringLiteral("seed"), double(m_seed)}},
                   [this, gen](const Result<QJsonValue> &r) {
                       if (gen != m_generation)
                           return;
                       if (!r) {
                           setPhase({});
                           m_error->set(tr("Could not generate the world"), r.error());
                           Q_EMIT generated(false, r.error().message);
                           return;
                       }
                       const QJsonObject o = r->toObject();
                       show(o.value(QStringLiteral("world_id")).toInteger(), o.value(QStringLiteral("blueprint")).toObject(),
                            o.value(QStringLiteral("processing_time_ms")).toDouble());
                       loadRecent();
                   });
}

void WorldsController::openWorld(double worldId)
{
    const quint64 gen = ++m_generation;
    setPhase(tr("Opening the world…"));
    m_session.call(this, QStringLiteral("worlds.get"), {{QStringLiteral("world_id"), worldId}}, [this, gen](const Result<QJsonValue> &r) {
        if (gen != m_generation)
            return;
        if (!r) {
            setPhase({});
            m_error->set(tr("Could not open the world"), r.error());
            return;
        }
        const QJsonObject o = r->toObject();
        // The prompt and seed it came from, so Generate makes it again (or a variation).
        setPrompt(o.value(QStringLiteral("prompt")).toString());
        setSeed(o.value(QStringLiteral("seed")).toVariant().toDouble()); // a string: seeds are 64-bit
        show(o.value(QStringLiteral("world_id")).toInteger(), o.value(QStringLiteral("blueprint")).toObject(), 0);
    });
}

void WorldsController::showBlueprint(const worlds::Blueprint &blueprint)
{
    ++m_generation;
    // The canonical JSON is the one form show() takes, whatever its source.
    show(0, QJsonDocument::fromJson(blueprint.toCanonicalJson()).object(), 0);
}

void WorldsController::showEdited(const worlds::Blueprint &blueprint)
{
    ++m_generation;
    show(m_worldId, QJsonDocument::fromJson(blueprint.toCanonicalJson()).object(), m_processingMs, false);
}

void WorldsController::show(qint64 worldId, const QJsonObject &json, double processingMs, bool replaced)
{
    const quint64 gen = m_generation;
    if (replaced)
        setPhase(tr("Building the meshes…"));
    struct Prepared {
        std::optional<worlds::Blueprint> blueprint;
        QString error;
        PreparedScene scene;
    };
    // Parsing and mesh building stay off the GUI thread.
    whenReady(QtConcurrent::run([json] {
                  Prepared p;
                  p.blueprint = worlds::Blueprint::fromJson(json, &p.error);
                  if (p.blueprint)
                      p.scene = prepareScene(*p.blueprint);
                  return p;
              }),
              this, [this, gen, worldId, processingMs, replaced](const Prepared &p) {
                  if (gen != m_generation)
                      return;
                  setPhase({});
                  if (!p.blueprint) {
                      m_error->set(tr("The world could not be shown"), tr("Its blueprint is not valid: %1").arg(p.error));
                      Q_EMIT generated(false, p.error);
                      return;
                  }
                  m_error->clear();
                  m_blueprint = *p.blueprint;
                  m_scene = p.scene;
                  m_worldId = worldId;
                  m_hasWorld = true;
                  m_processingMs = processingMs;
                  ++m_revision;
                  Q_EMIT sceneChanged();
                  if (replaced) {
                      Q_EMIT worldReplaced();
                      Q_EMIT generated(true, m_blueprint.title);
                  }
              });
}

QString WorldsController::exportWorld(const QString &folder)
{
    if (!hasWorld()) {
        Q_EMIT exported(false, tr("Generate a world first."));
        return {};
    }
    const QString dirPath = folder.startsWith(QLatin1String("file:")) ? QUrl(folder).toLocalFile() : folder;
    const QFileInfo dir(dirPath);
    if (!dir.isDir() || !dir.isWritable()) {
        m_error->set(tr("Could not export the world"), tr("%1 is not a folder you can write to.").arg(dirPath), tr("Choose another folder."));
        Q_EMIT exported(false, tr("Nothing was written."));
        return {};
    }
    // A file name from the title: letters, digits and dashes.
    QString name = m_blueprint.title.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = name.left(60).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    const QString base = QDir(dirPath).filePath(QStringLiteral("world-%1-%2").arg(m_worldId).arg(name.isEmpty() ? QStringLiteral("untitled") : name));
    const worlds::Blueprint blueprint = m_blueprint;
    setPhase(tr("Exporting…"));
    whenReady(QtConcurrent::run([blueprint, base]() -> QString {
                  // Each file is written to a temporary name and renamed: never half a file.
                  const auto write = [](const QString &path, const QByteArray &bytes) -> QString {
                      QSaveFile f(path);
                      if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                          return QStringLiteral("%1: %2").arg(path, f.errorString());
                      return {};
                  };
                  if (QString e = write(base + QStringLiteral(".glb"), worlds::exportGlb(blueprint)); !e.isEmpty())
                      return e;
                  return write(base + QStringLiteral(".blueprint.json"), blueprint.toCanonicalJson());
              }),
              this, [this, base](const QString &error) {
                  setPhase({});
                  if (!error.isEmpty()) {
                      m_error->set(tr("Could not export the world"), error, tr("Choose a folder with free space you can write to."));
                      Q_EMIT exported(false, error);
                      return;
                  }
                  Q_EMIT exported(true, tr("Exported %1.glb and %1.blueprint.json").arg(QFileInfo(base).fileName()));
              });
    return base;
}

void WorldsController::loadRecent()
{
    if (!m_session.hasCaller())
        return;
    m_session.call(this, QStringLiteral("worlds.list"), {{QStringLiteral("mine"), true}, {QStringLiteral("limit"), 12}}, [this](const Result<QJsonValue> &r) {
        if (!r)
            return;
        QStringList prompts;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("items")).toArray()) {
            const QString p = v.toObject().value(QStringLiteral("prompt")).toString();
            if (!prompts.contains(p))
                prompts << p;
        }
        if (prompts != m_recent) {
            m_recent = prompts;
            Q_EMIT recentChanged();
        }
    });
}

} // namespace nexus
