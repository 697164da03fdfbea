#pragma once
// The Worlds preview's QML 3D elements, filled from the Worlds singleton's prepared scene:
// WorldGeometry (the terrain, the paths, or one prefab's mesh) and WorldInstancing (one prefab's
// instance table), so each prefab is one instanced draw. Both reload when `revision` changes.

#include <QQuick3DGeometry>
#include <QQuick3DInstancing>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class WorldGeometry : public QQuick3DGeometry
{
    Q_OBJECT
    QML_ELEMENT
    // kTerrain, kPaths, or a batch index.
    Q_PROPERTY(int part READ part WRITE setPart NOTIFY partChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY partChanged)

public:
    static constexpr int kTerrain = -1;
    static constexpr int kPaths = -2;

    WorldGeometry() { reload(); }

    int part() const { return m_part; }
    void setPart(int part);
    int revision() const { return m_revision; }
    void setRevision(int revision);

Q_SIGNALS:
    void partChanged();

private:
    void reload();
    int m_part = kTerrain;
    int m_revision = -1;
};

class WorldInstancing : public QQuick3DInstancing
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int batch READ batch WRITE setBatch NOTIFY batchChanged)
    Q_PROPERTY(int revision READ revision WRITE setRevision NOTIFY batchChanged)

public:
    int batch() const { return m_batch; }
    void setBatch(int batch);
    int revision() const { return m_revision; }
    void setRevision(int revision);

Q_SIGNALS:
    void batchChanged();

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override;

private:
    int m_batch = 0;
    int m_revision = -1;
    QByteArray m_table;
    int m_count = 0;
};

} // namespace nexus
