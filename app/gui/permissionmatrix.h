#pragma once
// Admin → Roles & permissions: which permissions each role carries (core/access rules) and
// which users hold explicit grants on top of their role.

#include "errorinfo.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class PermissionMatrix : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Admin controller")
    Q_PROPERTY(QStringList roles READ roles CONSTANT)
    Q_PROPERTY(QStringList permissions READ permissions CONSTANT)
    // One row per permission: {permission, description, cells: [{role, has}] in the order of roles}.
    Q_PROPERTY(QVariantList rows READ rows CONSTANT)
    Q_PROPERTY(QVariantList grants READ grants NOTIFY grantsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY grantsChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
public:
    explicit PermissionMatrix(Session &session, QObject *parent = nullptr);

    QStringList roles() const;        // highest first, without guest
    QStringList permissions() const;
    QVariantList rows() const;
    QVariantList grants() const { return m_grants; }
    bool loading() const { return m_loading; }
    ErrorInfo *error() const { return m_error; }

    Q_INVOKABLE bool implied(const QString &role, const QString &permission) const;
    Q_INVOKABLE QString describePermission(const QString &permission) const;
    Q_INVOKABLE QString describeRole(const QString &role) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void grantsChanged();

private:
    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_refresh;
    QVariantList m_grants;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace nexus
