// AdminController: user actions and system controls through the real gateway, and the
// gateway's refusals arriving as errors a person can read (title, cause, hint).

#include "admincontroller.h"
#include "appfixture.h"

using namespace nexus;
using namespace nexus::test;

class TestAdminController : public QObject
{
    Q_OBJECT

private:
    // Runs `action`, waits for its outcome; true when it succeeded.
    template<typename Fn>
    bool outcome(Fn action)
    {
        QSignalSpy ok(admin.get(), &AdminController::succeeded);
        QSignalSpy failed(admin.get(), &AdminController::failed);
        action();
        return QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 5000) && !ok.isEmpty();
    }

    bool selectAndWait(const Principal &p)
    {
        admin->select(p.toText());
        return QTest::qWaitFor([&] { return admin->selected().value(QStringLiteral("principal")).toString() == p.toText(); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        alice = f.createUser(1, QStringLiteral("Alice Example"));
        bob = f.createUser(2, QStringLiteral("Bob Example"), QStringLiteral("creator"));
        chen = f.createIdentity(QStringLiteral("chen"), QStringLiteral("admin"));
        QVERIFY(f.startSession());
        admin = std::make_unique<AdminController>(*f.session);
    }

    void selectShowsTheUser()
    {
        QVERIFY(selectAndWait(alice));
        const QVariantMap u = admin->selected();
        QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));
        QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(u.value(QStringLiteral("kyc")).toString(), QStringLiteral("unverified"));
        QVERIFY(u.value(QStringLiteral("grantable")).toStringList().contains(QStringLiteral("manage_fees")));
    }

    void setRoleAndKyc()
    {
        QVERIFY(outcome([&] { admin->setRole(alice.toText(), QStringLiteral("creator")); }));
        QCOMPARE(admin->selected().value(QStringLiteral("role")).toString(), QStringLiteral("creator"));
        QVERIFY(outcome([&] { admin->setKyc(alice.toText(), QStringLiteral("verified"), QString()); }));
        QCOMPARE(admin->selected().value(QStringLiteral("kyc")).toString(), QStringLiteral("verified"));
        QVERIFY(!admin->error()->active());
    }

    void rejectionNeedsANote()
    {
        QVERIFY(!outcome([&] { admin->setKyc(alice.toText(), QStringLiteral("rejected"), QString()); }));
        QVERIFY(admin->error()->title().startsWith(QLatin1String("Could not set the KYC status")));
        QCOMPARE(admin->error()->code(), QStringLiteral("invalid_argument"));
        QVERIFY2(admin->error()->cause().contains(QLatin1String("note")), qPrintable(admin->error()->cause()));
        QVERIFY(!admin->error()->hint().isEmpty());
        QVERIFY(outcome([&] { admin->setKyc(alice.toText(), QStringLiteral("rejected"), QStringLiteral("Document expired")); }));
        QCOMPARE(admin->selected().value(QStringLiteral("kycNote")).toString(), QStringLiteral("Document expired"));
    }

    void grantRevokeDisableEnable()
    {
        QVERIFY(outcome([&] { admin->grantPermission(alice.toText(), QStringLiteral("manage_fees")); }));
        QVERIFY(admin->selected().value(QStringLiteral("granted")).toStringList().contains(QStringLiteral("manage_fees")));
        QVERIFY(outcome([&] { admin->revokePermission(alice.toText(), QStringLiteral("manage_fees")); }));
        QVERIFY(admin->selected().value(QStringLiteral("granted")).toStringList().isEmpty());
        QVERIFY(outcome([&] { admin->setDisabled(alice.toText(), true); }));
        QVERIFY(admin->selected().value(QStringLiteral("disabled")).toBool());
        QVERIFY(outcome([&] { admin->setDisabled(alice.toText(), false); }));
        QVERIFY(!admin->selected().value(QStringLiteral("disabled")).toBool());
    }

    void controllerCannotBeRemoved()
    {
        QVERIFY(!outcome([&] { admin->removeUser(f.controller.toText()); }));
        QCOMPARE(admin->error()->code(), QStringLiteral("permission_denied"));
        QVERIFY2(admin->error()->cause().contains(QLatin1String("controller")), qPrintable(admin->error()->cause()));
    }

    void deniedRoleChangeShowsTheGatewayMessage()
    {
        QVERIFY(f.actAs(QStringLiteral("chen"))); // an admin: may not make admins
        QVERIFY(!outcome([&] { admin->setRole(bob.toText(), QStringLiteral("admin")); }));
        QVERIFY(admin->error()->title().startsWith(QLatin1String("Could not change the role")));
        QCOMPARE(admin->error()->code(), QStringLiteral("permission_denied"));
        QCOMPARE(admin->error()->cause(), QStringLiteral("Only super admins manage admins."));
        // The refusal is audited like any call.
        auto audit = f.call(f.controller, QStringLiteral("audit.list"),
                            {{QStringLiteral("method"), QStringLiteral("users.set_role")}, {QStringLiteral("outcome"), QStringLiteral("error")}});
        QVERIFY2(audit, describe(audit));
        QVERIFY(audit->toObject().value(QStringLiteral("total")).toInt() >= 1);
        QVERIFY(f.actAs(QStringLiteral("ada")));
    }

    void removeUser()
    {
        QVERIFY(selectAndWait(bob));
        QVERIFY(outcome([&] { admin->removeUser(bob.toText()); }));
        QVERIFY(admin->selectedPrincipal().isEmpty()); // the removed user is no longer shown
        auto r = f.call(f.controller, QStringLiteral("users.get"), {{QStringLiteral("principal"), bob.toText()}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void maintenanceAndEmergency()
    {
        QVERIFY(outcome([&] { admin->setMaintenance(true, QStringLiteral("Upgrading the database")); }));
        QTRY_VERIFY_WITH_TIMEOUT(f.session->maintenance(), 5000);
        QCOMPARE(f.session->maintenanceMessage(), QStringLiteral("Upgrading the database"));
        // While maintenance is on, a change is refused with the gateway's message.
        QVERIFY(!outcome([&] { admin->setKyc(alice.toText(), QStringLiteral("pending"), QString()); }));
        QCOMPARE(admin->error()->code(), QStringLiteral("maintenance"));
        QVERIFY(admin->error()->cause().contains(QLatin1String("Upgrading the database")));
        QVERIFY(outcome([&] { admin->setMaintenance(false, QString()); }));
        QTRY_VERIFY_WITH_TIMEOUT(!f.session->maintenance(), 5000);

        QVERIFY(!outcome([&] { admin->emergencyStop(QStringLiteral("   ")); })); // a reason is required
        QVERIFY(outcome([&] { admin->emergencyStop(QStringLiteral("Suspicious listings")); }));
        QTRY_VERIFY_WITH_TIMEOUT(f.session->emergency(), 5000);
        QCOMPARE(f.session->emergencyReason(), QStringLiteral("Suspicious listings"));
        QVERIFY(!f.session->emergencySince().isEmpty());
        QVERIFY(!outcome([&] { admin->setRole(alice.toText(), QStringLiteral("user")); }));
        QCOMPARE(admin->error()->code(), QStringLiteral("emergency_stop"));
        QVERIFY(outcome([&] { admin->resume(QStringLiteral("Listings checked")); }));
        QTRY_VERIFY_WITH_TIMEOUT(!f.session->emergency(), 5000);
    }

    void statusAndSystemEvents()
    {
        QSignalSpy changed(admin.get(), &AdminController::statusChanged);
        admin->refreshStatus();
        QTRY_VERIFY_WITH_TIMEOUT(admin->systemEvents().size() >= 4, 5000);
        QCOMPARE(admin->status().value(QStringLiteral("controller")).toString(), QStringLiteral("ada"));
        QVERIFY(admin->status().value(QStringLiteral("users")).toInt() >= 3);
        const QVariantMap newest = admin->systemEvents().first().toMap();
        QCOMPARE(newest.value(QStringLiteral("method")).toString(), QStringLiteral("system.resume"));
    }

    void cleanupTestCase()
    {
        admin.reset();
        f.session.reset();
    }

private:
    AppFixture f;
    std::unique_ptr<AdminController> admin;
    Principal alice, bob, chen;
};

QTEST_MAIN(TestAdminController)
#include "tst_admincontroller.moc"
