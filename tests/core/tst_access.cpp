// Role and permission rules: who may hand out what.
#include "access.h"

#include <QTest>

using namespace nexus;

class TestAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (const QString &name : allRoleNames())
            QCOMPARE(roleName(roleFromName(name).value()), name);
        for (Permission p : allPermissions())
            QCOMPARE(permissionFromName(permissionName(p)).value(), p);
        QVERIFY(!roleFromName(QStringLiteral("root")).ok());
        QVERIFY(roleFromName(QStringLiteral("root")).error().hint.contains(QLatin1String("super_admin")));
        QVERIFY(!permissionFromName(QStringLiteral("MANAGE_USERS")).ok());
        QVERIFY(!kycFromName(QStringLiteral("approved")).ok());
    }

    void impliedPermissions_()
    {
        QCOMPARE(impliedPermissions(Role::Controller).size(), allPermissions().size());
        QCOMPARE(impliedPermissions(Role::SuperAdmin).size(), allPermissions().size());
        QVERIFY(impliedPermissions(Role::Admin).contains(Permission::ManageUsers));
        QVERIFY(!impliedPermissions(Role::Admin).contains(Permission::EmergencyStop));
        QVERIFY(!impliedPermissions(Role::Admin).contains(Permission::ManageFees));
        QVERIFY(impliedPermissions(Role::Creator).isEmpty());
        QVERIFY(impliedPermissions(Role::User).isEmpty());
    }

    void roleChanges_data()
    {
        QTest::addColumn<Role>("caller");
        QTest::addColumn<bool>("self");
        QTest::addColumn<Role>("current");
        QTest::addColumn<Role>("next");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin promotes user to creator") << Role::Admin << false << Role::User << Role::Creator << true;
        QTest::newRow("admin cannot make admins") << Role::Admin << false << Role::User << Role::Admin << false;
        QTest::newRow("admin cannot demote admins") << Role::Admin << false << Role::Admin << Role::User << false;
        QTest::newRow("super admin makes admins") << Role::SuperAdmin << false << Role::User << Role::Admin << true;
        QTest::newRow("super admin demotes admin") << Role::SuperAdmin << false << Role::Admin << Role::Creator << true;
        QTest::newRow("super admin cannot make super admins") << Role::SuperAdmin << false << Role::Admin << Role::SuperAdmin << false;
        QTest::newRow("super admin cannot touch peers") << Role::SuperAdmin << false << Role::SuperAdmin << Role::Admin << false;
        QTest::newRow("controller makes super admins") << Role::Controller << false << Role::Admin << Role::SuperAdmin << true;
        QTest::newRow("controller role is never given") << Role::Controller << false << Role::SuperAdmin << Role::Controller << false;
        QTest::newRow("controller is never demoted") << Role::SuperAdmin << false << Role::Controller << Role::User << false;
        QTest::newRow("nobody changes own role") << Role::Controller << true << Role::Controller << Role::User << false;
        QTest::newRow("creator cannot promote") << Role::Creator << false << Role::User << Role::Creator << false;
        QTest::newRow("user cannot promote") << Role::User << false << Role::User << Role::Creator << false;
        QTest::newRow("guest is not assignable") << Role::Controller << false << Role::User << Role::Guest << false;
    }
    void roleChanges()
    {
        QFETCH(Role, caller);
        QFETCH(bool, self);
        QFETCH(Role, current);
        QFETCH(Role, next);
        QFETCH(bool, allowed);
        const Status st = checkRoleChange(caller, self, current, next);
        QCOMPARE(st.ok(), allowed);
        if (!st.ok())
            QVERIFY(!st.error().message.isEmpty());
    }

    void permissionGrants()
    {
        const QSet<Permission> admin = impliedPermissions(Role::Admin);
        QVERIFY(checkPermissionChange(Role::Admin, admin, Role::User, Permission::VerifyKyc).ok());
        const Status notHeld = checkPermissionChange(Role::Admin, admin, Role::User, Permission::EmergencyStop);
        QVERIFY(!notHeld.ok());
        QCOMPARE(notHeld.error().code, ErrorCode::PermissionDenied);
        QVERIFY(notHeld.error().message.contains(QLatin1String("do not hold")));
        QVERIFY(!checkPermissionChange(Role::Admin, admin, Role::Admin, Permission::VerifyKyc).ok());
        QVERIFY(checkPermissionChange(Role::SuperAdmin, impliedPermissions(Role::SuperAdmin), Role::Admin, Permission::EmergencyStop).ok());
    }
};

QTEST_APPLESS_MAIN(TestAccess)
#include "tst_access.moc"
