#pragma once
// Hand edits of the world on screen (QML singleton "WorldEdit"): select an object by clicking
// it (a ray from the view), change its position, rotation and scale by number, add one from the
// prefab catalog, remove one, undo / redo, and save the result as the world's next version
// through worlds.save_version. The preview rebuilds after each edit and keeps its camera.

#include "errorinfo.h"
#include "qmlsingleton.h"
#include "worldedit.h"

#include <QObject>
#include <QVariantList>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class WorldsController;

class WorldEditController : public QObject, public QmlSingleton<WorldEditController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(WorldEdit)
    QML_SINGLETON
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedType READ selectedType NOTIFY selectionChanged)
    // The selected object's pose (blueprint axes; degrees).
    Q_PROPERTY(double x READ x NOTIFY selectionChanged)
    Q_PROPERTY(double y READ y NOTIFY selectionChanged)
    Q_PROPERTY(double z READ z NOTIFY selectionChanged)
    Q_PROPERTY(double yaw READ yaw NOTIFY selectionChanged)
    Q_PROPERTY(double pitch READ pitch NOTIFY selectionChanged)
    Q_PROPERTY(double roll READ roll NOTIFY selectionChanged)
    Q_PROPERTY(double scaleX READ scaleX NOTIFY selectionChanged)
    Q_PROPERTY(double scaleY READ scaleY NOTIFY selectionChanged)
    Q_PROPERTY(double scaleZ READ scaleZ NOTIFY selectionChanged)
    // Where the selection box goes in the preview (its axes), and its size.
    Q_PROPERTY(QVector3D selectionCenter READ selectionCenter NOTIFY selectionChanged)
    Q_PROPERTY(QVector3D selectionSize READ selectionSize NOTIFY selectionChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY historyChanged)
    Q_PROPERTY(int version READ version NOTIFY historyChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY historyChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY historyChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)

public:
    WorldEditController(Session &session, WorldsController &worlds, QObject *parent = nullptr);

    bool hasSelection() const { return m_selected >= 0; }
    int selectedIndex() const { return m_selected; }
    QString selectedName() const;
    QString selectedType() const;
    double x() const { return m_pose.position.x; }
    double y() const { return m_pose.position.y; }
    double z() const { return m_pose.position.z; }
    double yaw() const { return m_pose.yaw; }
    double pitch() const { return m_pose.pitch; }
    double roll() const { return m_pose.roll; }
    double scaleX() const { return m_pose.scale.x; }
    double scaleY() const { return m_pose.scale.y; }
    double scaleZ() const { return m_pose.scale.z; }
    QVector3D selectionCenter() const;
    QVector3D selectionSize() const;
    bool canUndo() const { return m_editor.canUndo(); }
    bool canRedo() const { return m_editor.canRedo(); }
    bool dirty() const { return m_editor.dirty(); }
    int version() const { return m_version; }
    bool saving() const { return m_saving; }
    bool canEdit() const; // a stored world is on screen
    ErrorInfo *error() const { return m_error; }
    const worlds::WorldEditor &editor() const { return m_editor; }

    // A click in the preview: the ray's origin and direction in the preview's axes.
    Q_INVOKABLE bool pick(QVector3D origin, QVector3D direction);
    Q_INVOKABLE void select(int index);
    Q_INVOKABLE void clearSelection() { select(-1); }
    // One number of the selected object's pose: x y z yaw pitch roll scaleX scaleY scaleZ.
    Q_INVOKABLE bool setField(const QString &field, double value);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void removeSelected();
    // A catalog prefab near the middle of the view (preview axes), selected.
    Q_INVOKABLE bool addPrefab(const QString &prefabId, QVector3D near);
    // The catalog, filtered by words in its names, descriptions and tags (all of it when empty).
    Q_INVOKABLE QVariantList catalog(const QString &query) const;
    Q_INVOKABLE void saveVersion(const QString &note);

Q_SIGNALS:
    void selectionChanged();
    void historyChanged();
    void saved(int version);

private:
    void reset();
    void edited(int select);
    void refreshPose();

    Session &m_session;
    WorldsController &m_worlds;
    ErrorInfo *m_error;
    worlds::WorldEditor m_editor;
    worlds::InstancePose m_pose;
    int m_selected = -1;
    int m_version = 1;
    bool m_saving = false;
};

} // namespace nexus
