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
    Q_PROPERTY(int scannedUsers READ scannedUsers NOTIFY grantsChanged)
    Q_PROPERTY(int totalUsers READ totalUsers NOTIFY grantsChanged)
    Q_PROPERTY(bool scanning READ scanning NOTIFY grantsChanged)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
public:
    explicit PermissionMatrix(Session &session, QObject *parent = nullptr);

    QStringList roles() const;        // highest first, without guest
    QStringList permissions() const;
    QVariantList rows() const;
    QVariantList grants() const { return m_grants; }
    int scannedUsers() const { return m_scanned; }
    int totalUsers() const { return m_total; }
    bool scanning() const { return m_scanning; }
    ErrorInfo *error() const { return m_error; }

    Q_INVOKABLE bool implied(const QString &role, const QString &permission) const;
    Q_INVOKABLE QString describePermission(const QString &permission) const;
    Q_INVOKABLE QString describeRole(const QString &role) const;
    Q_INVOKABLE void reload();

    static constexpr int kScanLimit = 20000; // users.list has no grant filter yet; see the report

Q_SIGNALS:
    void grantsChanged();

private:
    void scanFrom(int offset, quint64 generation);

    Session &m_session;
    ErrorInfo *m_error;
    Throttle *m_refresh;
    QVariantList m_grants;
    QVariantList m_pending;
    int m_scanned = 0;
    int m_total = 0;
    bool m_scanning = false;
    quint64 m_generation = 0;
};

} // namespace nexus
