#pragma once
// The Worlds panel's controller (QML singleton "Worlds"): generate a world from the prompt
// through worlds.generate (the backend's writer thread does the work), turn the answer into
// what the 3D preview draws on a worker thread (worldscene.h), and expose it with the lighting
// and the summary of what the prompt was understood as. Also the identity's recent worlds.

#include "errorinfo.h"
#include "qmlsingleton.h"
#include "worldscene.h"

#include <QColor>
#include <QObject>
#include <QQuaternion>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;

class WorldsController : public QObject, public QmlSingleton<WorldsController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Worlds)
    QML_SINGLETON
    Q_PROPERTY(QString prompt READ prompt WRITE setPrompt NOTIFY promptChanged)
    Q_PROPERTY(double seed READ seed WRITE setSeed NOTIFY promptChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString phase READ phase NOTIFY busyChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
    Q_PROPERTY(QStringList recentPrompts READ recentPrompts NOTIFY recentChanged)
    // The world shown.
    Q_PROPERTY(bool hasWorld READ hasWorld NOTIFY sceneChanged)
    Q_PROPERTY(int sceneRevision READ sceneRevision NOTIFY sceneChanged)
    Q_PROPERTY(double worldId READ worldId NOTIFY sceneChanged)
    Q_PROPERTY(QString title READ title NOTIFY sceneChanged)
    Q_PROPERTY(QString description READ description NOTIFY sceneChanged)
    Q_PROPERTY(QString worldType READ worldType NOTIFY sceneChanged)
    Q_PROPERTY(QString settingsText READ settingsText NOTIFY sceneChanged)
    Q_PROPERTY(QStringList understood READ understood NOTIFY sceneChanged)
    Q_PROPERTY(QStringList ignored READ ignored NOTIFY sceneChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY sceneChanged)
    Q_PROPERTY(int instanceCount READ instanceCount NOTIFY sceneChanged)
    Q_PROPERTY(int batchCount READ batchCount NOTIFY sceneChanged)
    // Per batch (one draw each): the prefab's name and its instance count, for the legend.
    Q_PROPERTY(QStringList batchNames READ batchNames NOTIFY sceneChanged)
    Q_PROPERTY(QList<int> batchCounts READ batchCounts NOTIFY sceneChanged)
    Q_PROPERTY(double processingMs READ processingMs NOTIFY sceneChanged)
    Q_PROPERTY(double terrainSize READ terrainSize NOTIFY sceneChanged)
    Q_PROPERTY(bool hasWater READ hasWater NOTIFY sceneChanged)
    Q_PROPERTY(double waterLevel READ waterLevel NOTIFY sceneChanged)
    Q_PROPERTY(QColor waterColor READ waterColor NOTIFY sceneChanged)
    Q_PROPERTY(QVector3D center READ center NOTIFY sceneChanged)
    Q_PROPERTY(double radius READ radius NOTIFY sceneChanged)
    Q_PROPERTY(QQuaternion sunRotation READ sunRotation NOTIFY sceneChanged)
    Q_PROPERTY(QColor sunColor READ sunColor NOTIFY sceneChanged)
    Q_PROPERTY(double sunBrightness READ sunBrightness NOTIFY sceneChanged)
    Q_PROPERTY(QColor skyColor READ skyColor NOTIFY sceneChanged)
    Q_PROPERTY(QColor ambientColor READ ambientColor NOTIFY sceneChanged)
    Q_PROPERTY(double fogDensity READ fogDensity NOTIFY sceneChanged)
    Q_PROPERTY(QColor fogColor READ fogColor NOTIFY sceneChanged)
    // Whether the preview draws the fog (the creator can hide it to look through it).
    Q_PROPERTY(bool fogShown READ fogShown WRITE setFogShown NOTIFY fogShownChanged)

public:
    explicit WorldsController(Session &session, QObject *parent = nullptr);

    QString prompt() const { return m_prompt; }
    void setPrompt(const QString &prompt);
    double seed() const { return double(m_seed); }
    void setSeed(double seed);
    bool busy() const { return !m_phase.isEmpty(); }
    QString phase() const { return m_phase; }
    ErrorInfo *error() const { return m_error; }
    QStringList recentPrompts() const { return m_recent; }

    bool hasWorld() const { return m_hasWorld; }
    int sceneRevision() const { return m_revision; }
    double worldId() const { return double(m_worldId); }
    QString title() const { return m_blueprint.title; }
    QString description() const { return m_blueprint.description; }
    QString worldType() const;
    QString settingsText() const;
    QStringList understood() const;
    QStringList ignored() const { return m_blueprint.ignored; }
    QStringList notes() const { return m_blueprint.notes; }
    int instanceCount() const { return int(m_blueprint.instances.size()); }
    int batchCount() const { return int(m_scene.batches.size()); }
    double processingMs() const { return m_processingMs; }
    double terrainSize() const { return m_scene.size; }
    bool hasWater() const { return m_scene.hasWater; }
    double waterLevel() const { return m_scene.waterLevel; }
    QColor waterColor() const { return m_scene.waterColor; }
    QVector3D center() const { return m_scene.center; }
    double radius() const { return m_scene.radius; }
    QQuaternion sunRotation() const { return m_scene.sunRotation; }
    QColor sunColor() const { return m_scene.sunColor; }
    double sunBrightness() const { return m_scene.sunBrightness; }
    QColor skyColor() const { return m_scene.skyHorizon; }
    QColor ambientColor() const { return m_scene.ambient; }
    double fogDensity() const { return m_scene.fogDensity; }
    QColor fogColor() const { return m_scene.fogColor; }
    bool fogShown() const { return m_fogShown; }
    void setFogShown(bool shown);

    const PreparedScene &scene() const { return m_scene; }
    const worlds::Blueprint &blueprint() const { return m_blueprint; }

    Q_INVOKABLE void generate();
    // Shows a stored world (its latest version), as if it had just been generated.
    Q_INVOKABLE void openWorld(double worldId);
    // Shows a blueprint that did not come from worlds.generate (a file, a benchmark), as world 0.
    void showBlueprint(const worlds::Blueprint &blueprint);
    // Shows an edited blueprint of the world on screen: the scene is rebuilt, the camera stays.
    void showEdited(const worlds::Blueprint &blueprint);
    qint64 currentWorldId() const { return m_worldId; }
    // Writes the world as glTF binary (NAME.glb) and its blueprint (NAME.blueprint.json) into
    // `folder` (a path or file URL) on a worker thread; answers with exported(). Returns the path
    // without extension (for the thumbnail the view saves beside them), or "" when refused.
    Q_INVOKABLE QString exportWorld(const QString &folder);
    Q_INVOKABLE void newSeed();
    Q_INVOKABLE void loadRecent();
    QStringList batchNames() const;
    QList<int> batchCounts() const;

Q_SIGNALS:
    void promptChanged();
    void busyChanged();
    void recentChanged();
    void sceneChanged();
    void fogShownChanged();
    void worldReplaced(); // a different world is on screen (not an edit of the same one)
    void generated(bool ok, const QString &message);
    void exported(bool ok, const QString &message);

private:
    void setPhase(const QString &phase);
    void show(qint64 worldId, const QJsonObject &blueprint, double processingMs, bool replaced = true);

    Session &m_session;
    ErrorInfo *m_error;
    QString m_prompt;
    quint64 m_seed = 1;
    QString m_phase;
    QStringList m_recent;
    qint64 m_worldId = 0;
    bool m_hasWorld = false;
    bool m_fogShown = true;
    double m_processingMs = 0;
    int m_revision = 0;
    quint64 m_generation = 0;
    worlds::Blueprint m_blueprint;
    PreparedScene m_scene;
};

} // namespace nexus
