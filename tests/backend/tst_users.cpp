// Users and access: registration, profiles, KYC, the role hierarchy, permissions and search.

#include "testprofile.h"

using namespace nexus;
using namespace nexus::test;

namespace {
const QString P = QStringLiteral("principal");
}

class TestUsers : public QObject
{
    Q_OBJECT

    TestProfile *m_p = nullptr;
    const Principal m_user = principalFor(1);
    const Principal m_user2 = principalFor(2);
    const Principal m_creator = principalFor(3);
    const Principal m_admin = principalFor(4);
    const Principal m_admin2 = principalFor(5);
    const Principal m_super = principalFor(6);

    Result<QJsonValue> as(const Principal &who, const QString &method, const QJsonObject &args = {})
    {
        return m_p->call(who, method, args);
    }
    QJsonObject user(const Principal &who) { return obj(m_p->ctl(QStringLiteral("users.get"), {{P, who.toText()}})); }
    Result<QJsonValue> setRole(const Principal &by, const Principal &who, const QString &role)
    {
        return as(by, QStringLiteral("users.set_role"), {{P, who.toText()}, {QStringLiteral("role"), role}});
    }
    Result<QJsonValue> perm(const Principal &by, const Principal &who, const QString &permission, bool grant)
    {
        return as(by, grant ? QStringLiteral("users.grant_permission") : QStringLiteral("users.revoke_permission"),
                  {{P, who.toText()}, {QStringLiteral("permission"), permission}});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = new TestProfile;
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_user, QStringLiteral("Uma User"), Role::User));
        QVERIFY(m_p->addUser(m_user2, QStringLiteral("Ulf User"), Role::User));
        QVERIFY(m_p->addUser(m_creator, QStringLiteral("Cleo Creator"), Role::Creator));
        QVERIFY(m_p->addUser(m_admin, QStringLiteral("Ada Admin"), Role::Admin));
        QVERIFY(m_p->addUser(m_admin2, QStringLiteral("Abe Admin"), Role::Admin));
        QVERIFY(m_p->addUser(m_super, QStringLiteral("Sam Super"), Role::SuperAdmin));
    }
    void cleanup()
    {
        delete m_p;
        m_p = nullptr;
    }

    void registerSelf()
    {
        const Principal newbie = principalFor(100);
        auto before = obj(as(newbie, QStringLiteral("users.whoami")));
        QCOMPARE(before.value(QStringLiteral("registered")).toBool(), false);
        QCOMPARE(before.value(QStringLiteral("role")).toString(), QStringLiteral("guest"));
        auto r = as(newbie, QStringLiteral("users.register"), {{QStringLiteral("name"), QStringLiteral("  Nia  ")}, {QStringLiteral("email"), QStringLiteral("nia@example.org")}});
        NX_VERIFY_OK(r);
        QCOMPARE(obj(r).value(QStringLiteral("name")).toString(), QStringLiteral("Nia"));
        QCOMPARE(obj(r).value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(obj(r).value(QStringLiteral("kyc_status")).toString(), QStringLiteral("unverified"));
        auto who = obj(as(newbie, QStringLiteral("users.whoami")));
        QCOMPARE(who.value(QStringLiteral("registered")).toBool(), true);
        QCOMPARE(who.value(QStringLiteral("principal")).toString(), newbie.toText());

        const qint64 users = m_p->count(QStringLiteral("users"));
        NX_VERIFY_ERROR(as(newbie, QStringLiteral("users.register"), {{QStringLiteral("name"), QStringLiteral("Again")}}), ErrorCode::AlreadyExists);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("users.create"), {{P, newbie.toText()}, {QStringLiteral("name"), QStringLiteral("Dup")}}), ErrorCode::AlreadyExists);
        NX_VERIFY_ERROR(as(Principal::anonymous(), QStringLiteral("users.register"), {{QStringLiteral("name"), QStringLiteral("Anon")}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(as(principalFor(101), QStringLiteral("users.register"), {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("email"), QStringLiteral("@x")}}),
                        ErrorCode::InvalidArgument);
        QCOMPARE(m_p->count(QStringLiteral("users")), users);
        QCOMPARE(user(newbie).value(QStringLiteral("name")).toString(), QStringLiteral("Nia"));
    }

    void profiles()
    {
        NX_VERIFY_OK(as(m_user, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("Likes trains")}, {QStringLiteral("email"), QStringLiteral("uma@example.org")}}));
        QCOMPARE(user(m_user).value(QStringLiteral("bio")).toString(), QStringLiteral("Likes trains"));
        QCOMPARE(user(m_user).value(QStringLiteral("email")).toString(), QStringLiteral("uma@example.org"));
        QCOMPARE(user(m_user).value(QStringLiteral("name")).toString(), QStringLiteral("Uma User")); // untouched field
        // An admin updates a user.
        NX_VERIFY_OK(as(m_admin, QStringLiteral("users.update_profile"), {{P, m_user.toText()}, {QStringLiteral("name"), QStringLiteral("Uma U.")}}));
        QCOMPARE(user(m_user).value(QStringLiteral("name")).toString(), QStringLiteral("Uma U."));
        // A user cannot update another user; an admin cannot update a peer admin.
        NX_VERIFY_ERROR(as(m_user, QStringLiteral("users.update_profile"), {{P, m_user2.toText()}, {QStringLiteral("bio"), QStringLiteral("pwned")}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(as(m_admin, QStringLiteral("users.update_profile"), {{P, m_admin2.toText()}, {QStringLiteral("bio"), QStringLiteral("pwned")}}), ErrorCode::PermissionDenied);
        QCOMPARE(user(m_user2).value(QStringLiteral("bio")).toString(), QString());
        QCOMPARE(user(m_admin2).value(QStringLiteral("bio")).toString(), QString());
        // Users see only themselves; admins see others.
        NX_VERIFY_OK(as(m_user, QStringLiteral("users.get")));
        NX_VERIFY_ERROR(as(m_user, QStringLiteral("users.get"), {{P, m_user2.toText()}}), ErrorCode::PermissionDenied);
        NX_VERIFY_OK(as(m_admin, QStringLiteral("users.get"), {{P, m_user2.toText()}}));
        NX_VERIFY_ERROR(as(m_admin, QStringLiteral("users.get"), {{P, principalFor(999).toText()}}), ErrorCode::NotFound);
    }

    void kyc()
    {
        auto kycOf = [&](const Principal &who) { return user(who).value(QStringLiteral("kyc_status")).toString(); };
        auto setKyc = [&](const Principal &by, const Principal &who, const QString &status, const QString &note = {}) {
            QJsonObject a{{P, who.toText()}, {QStringLiteral("status"), status}};
            if (!note.isNull())
                a.insert(QStringLiteral("note"), note);
            return as(by, QStringLiteral("users.set_kyc"), a);
        };
        NX_VERIFY_OK(setKyc(m_admin, m_user, QStringLiteral("pending")));
        QCOMPARE(kycOf(m_user), QStringLiteral("pending"));
        NX_VERIFY_ERROR(setKyc(m_admin, m_user, QStringLiteral("rejected")), ErrorCode::InvalidArgument);
        NX_VERIFY_ERROR(setKyc(m_admin, m_user, QStringLiteral("rejected"), QStringLiteral("   ")), ErrorCode::InvalidArgument);
        QCOMPARE(kycOf(m_user), QStringLiteral("pending"));
        NX_VERIFY_OK(setKyc(m_admin, m_user, QStringLiteral("rejected"), QStringLiteral("Scan unreadable")));
        QCOMPARE(kycOf(m_user), QStringLiteral("rejected"));
        QCOMPARE(user(m_user).value(QStringLiteral("kyc_note")).toString(), QStringLiteral("Scan unreadable"));
        NX_VERIFY_ERROR(setKyc(m_admin, m_user, QStringLiteral("approved")), ErrorCode::InvalidArgument);
        // Without verify_kyc: refused. Nobody sets their own status, not even the controller.
        NX_VERIFY_ERROR(setKyc(m_user2, m_user, QStringLiteral("verified")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(setKyc(m_creator, m_user, QStringLiteral("verified")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(setKyc(m_admin, m_admin, QStringLiteral("verified")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(setKyc(m_p->controller, m_p->controller, QStringLiteral("unverified")), ErrorCode::PermissionDenied);
        QCOMPARE(kycOf(m_admin), QStringLiteral("unverified"));
        QCOMPARE(kycOf(m_user), QStringLiteral("rejected"));
        // The permission, not the role, is what counts: a creator holding verify_kyc may set it.
        QVERIFY(m_p->grant(m_creator, QStringLiteral("verify_kyc")));
        NX_VERIFY_OK(setKyc(m_creator, m_user2, QStringLiteral("verified")));
        QCOMPARE(kycOf(m_user2), QStringLiteral("verified"));
    }

    void roleHierarchy()
    {
        auto roleOf = [&](const Principal &who) { return user(who).value(QStringLiteral("role")).toString(); };
        // Admins manage users and creators, but never admins.
        NX_VERIFY_OK(setRole(m_admin, m_user, QStringLiteral("creator")));
        QCOMPARE(roleOf(m_user), QStringLiteral("creator"));
        NX_VERIFY_ERROR(setRole(m_admin, m_user, QStringLiteral("admin")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(setRole(m_admin, m_admin2, QStringLiteral("user")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(setRole(m_creator, m_user2, QStringLiteral("creator")), ErrorCode::PermissionDenied);
        QCOMPARE(roleOf(m_admin2), QStringLiteral("admin"));
        // Super admins manage admins but cannot grant their own rank.
        NX_VERIFY_OK(setRole(m_super, m_user2, QStringLiteral("admin")));
        QCOMPARE(roleOf(m_user2), QStringLiteral("admin"));
        NX_VERIFY_OK(setRole(m_super, m_admin2, QStringLiteral("user")));
        QCOMPARE(roleOf(m_admin2), QStringLiteral("user"));
        NX_VERIFY_ERROR(setRole(m_super, m_user2, QStringLiteral("super_admin")), ErrorCode::PermissionDenied);
        QCOMPARE(roleOf(m_user2), QStringLiteral("admin"));
        // Only the controller makes super admins; nobody makes a controller.
        NX_VERIFY_OK(setRole(m_p->controller, m_user2, QStringLiteral("super_admin")));
        QCOMPARE(roleOf(m_user2), QStringLiteral("super_admin"));
        NX_VERIFY_ERROR(setRole(m_super, m_user2, QStringLiteral("user")), ErrorCode::PermissionDenied); // peer
        NX_VERIFY_ERROR(setRole(m_p->controller, m_user, QStringLiteral("controller")), ErrorCode::PermissionDenied);
        // Nobody changes their own role.
        NX_VERIFY_ERROR(setRole(m_super, m_super, QStringLiteral("admin")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(setRole(m_admin, m_admin, QStringLiteral("user")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(setRole(m_p->controller, m_p->controller, QStringLiteral("user")), ErrorCode::PermissionDenied);
        // Same role again is a conflict, not a silent success.
        NX_VERIFY_ERROR(setRole(m_super, m_user, QStringLiteral("creator")), ErrorCode::Conflict);
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM users WHERE role = 'controller'")).toInt(), 1);
    }

    void controllerIsUntouchable()
    {
        const QString c = m_p->controller.toText();
        for (const Principal &by : {m_super, m_admin, m_p->controller}) {
            NX_VERIFY_ERROR(as(by, QStringLiteral("users.remove"), {{P, c}}), ErrorCode::PermissionDenied);
            NX_VERIFY_ERROR(as(by, QStringLiteral("users.set_disabled"), {{P, c}, {QStringLiteral("disabled"), true}}), ErrorCode::PermissionDenied);
            NX_VERIFY_ERROR(setRole(by, m_p->controller, QStringLiteral("admin")), ErrorCode::PermissionDenied);
        }
        const QJsonObject ctl = user(m_p->controller);
        QCOMPARE(ctl.value(QStringLiteral("role")).toString(), QStringLiteral("controller"));
        QCOMPARE(ctl.value(QStringLiteral("disabled")).toBool(), false);
    }

    void disableAndRemove()
    {
        NX_VERIFY_OK(as(m_admin, QStringLiteral("users.set_disabled"), {{P, m_user.toText()}, {QStringLiteral("disabled"), true}}));
        auto refused = as(m_user, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("still here")}});
        NX_VERIFY_ERROR(refused, ErrorCode::PermissionDenied);
        QVERIFY(refused.error().message.contains(QLatin1String("disabled")));
        NX_VERIFY_ERROR(as(m_admin, QStringLiteral("users.set_disabled"), {{P, m_admin2.toText()}, {QStringLiteral("disabled"), true}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(as(m_admin, QStringLiteral("users.set_disabled"), {{P, m_admin.toText()}, {QStringLiteral("disabled"), true}}), ErrorCode::PermissionDenied);
        NX_VERIFY_OK(as(m_admin, QStringLiteral("users.set_disabled"), {{P, m_user.toText()}, {QStringLiteral("disabled"), false}}));
        NX_VERIFY_OK(as(m_user, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("back")}}));

        QVERIFY(m_p->grant(m_user2, QStringLiteral("verify_kyc")));
        NX_VERIFY_ERROR(as(m_admin, QStringLiteral("users.remove"), {{P, m_admin2.toText()}}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(as(m_user, QStringLiteral("users.remove"), {{P, m_user2.toText()}}), ErrorCode::PermissionDenied);
        NX_VERIFY_OK(as(m_admin, QStringLiteral("users.remove"), {{P, m_user2.toText()}}));
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("users.get"), {{P, m_user2.toText()}}), ErrorCode::NotFound);
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM permissions WHERE principal = ?"), {m_user2.bytes()}).toInt(), 0);
        NX_VERIFY_OK(as(m_super, QStringLiteral("users.remove"), {{P, m_admin2.toText()}}));
        NX_VERIFY_ERROR(as(m_admin, QStringLiteral("users.remove"), {{P, m_user2.toText()}}), ErrorCode::NotFound);
    }

    void permissions()
    {
        auto permsOf = [&](const Principal &who) {
            QStringList out;
            for (const QJsonValue &v : user(who).value(QStringLiteral("permissions")).toArray())
                out << v.toString();
            return out;
        };
        QVERIFY(permsOf(m_admin).contains(QStringLiteral("manage_users"))); // implied by the role
        QVERIFY(!permsOf(m_admin).contains(QStringLiteral("manage_fees")));
        // Nobody grants what they do not hold.
        auto r = perm(m_admin, m_user, QStringLiteral("manage_fees"), true);
        NX_VERIFY_ERROR(r, ErrorCode::PermissionDenied);
        QVERIFY(r.error().message.contains(QLatin1String("manage_fees")));
        QVERIFY(!permsOf(m_user).contains(QStringLiteral("manage_fees")));
        // Grant / revoke round trip.
        NX_VERIFY_OK(perm(m_admin, m_user, QStringLiteral("verify_kyc"), true));
        QVERIFY(permsOf(m_user).contains(QStringLiteral("verify_kyc")));
        QCOMPARE(user(m_user).value(QStringLiteral("granted_permissions")).toArray(), QJsonArray{QStringLiteral("verify_kyc")});
        NX_VERIFY_ERROR(perm(m_admin, m_user, QStringLiteral("verify_kyc"), true), ErrorCode::Conflict);
        NX_VERIFY_OK(perm(m_admin, m_user, QStringLiteral("verify_kyc"), false));
        QVERIFY(!permsOf(m_user).contains(QStringLiteral("verify_kyc")));
        NX_VERIFY_ERROR(perm(m_admin, m_user, QStringLiteral("verify_kyc"), false), ErrorCode::Conflict);
        // Revoking what the role implies is a clear conflict that points at the role.
        auto implied = perm(m_super, m_admin, QStringLiteral("manage_users"), false);
        NX_VERIFY_ERROR(implied, ErrorCode::Conflict);
        QVERIFY2(implied.error().hint.contains(QLatin1String("role")), qPrintable(implied.error().hint));
        NX_VERIFY_ERROR(perm(m_super, m_admin, QStringLiteral("manage_users"), true), ErrorCode::Conflict);
        QVERIFY(permsOf(m_admin).contains(QStringLiteral("manage_users")));
        // Only someone who outranks the target; never for oneself.
        NX_VERIFY_ERROR(perm(m_admin, m_admin2, QStringLiteral("verify_kyc"), true), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(perm(m_super, m_super, QStringLiteral("manage_fees"), false), ErrorCode::PermissionDenied);
        // A super admin hands out a permission it holds; the holder still cannot pass on what it lacks.
        NX_VERIFY_OK(perm(m_super, m_admin, QStringLiteral("manage_fees"), true));
        QVERIFY(permsOf(m_admin).contains(QStringLiteral("manage_fees")));
        NX_VERIFY_OK(perm(m_admin, m_user, QStringLiteral("manage_fees"), true));
        NX_VERIFY_ERROR(perm(m_admin, m_user, QStringLiteral("manage_oracle"), true), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(perm(m_super, m_admin, QStringLiteral("root"), true), ErrorCode::InvalidArgument);

        // The grants list: both explicit grants, with their holder and granter; a filter; admins only.
        auto grants = as(m_admin, QStringLiteral("users.list_grants"), {});
        NX_VERIFY_OK(grants);
        const QJsonArray items = grants->toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QSet<QString> seen;
        for (const QJsonValue &v : items) {
            const QJsonObject g = v.toObject();
            seen << g.value(QStringLiteral("principal")).toString() + QLatin1Char(' ') + g.value(QStringLiteral("permission")).toString()
                        + QLatin1Char(' ') + g.value(QStringLiteral("granted_by")).toString();
            QVERIFY(!g.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!g.value(QStringLiteral("granted_by_name")).toString().isEmpty());
            QVERIFY(g.value(QStringLiteral("granted_ns")).toString().toLongLong() > 0);
        }
        QVERIFY(seen.contains(m_admin.toText() + QStringLiteral(" manage_fees ") + m_super.toText()));
        QVERIFY(seen.contains(m_user.toText() + QStringLiteral(" manage_fees ") + m_admin.toText()));
        auto filtered = as(m_admin, QStringLiteral("users.list_grants"), {{QStringLiteral("permission"), QStringLiteral("verify_kyc")}});
        NX_VERIFY_OK(filtered);
        QCOMPARE(filtered->toObject().value(QStringLiteral("total")).toInt(), 0);
        NX_VERIFY_ERROR(as(m_user, QStringLiteral("users.list_grants"), {}), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(as(m_admin, QStringLiteral("users.list_grants"), {{QStringLiteral("permission"), QStringLiteral("root")}}),
                        ErrorCode::InvalidArgument);
    }

    void listSearchFilterPage()
    {
        // 24 more users: names, e-mails and KYC states to search through.
        const QStringList first{QStringLiteral("Mira"), QStringLiteral("Otto"), QStringLiteral("Pia"), QStringLiteral("Rene")};
        for (int i = 0; i < 24; ++i) {
            const Principal p = principalFor(200 + i);
            const QString name = QStringLiteral("%1 Smith_%2").arg(first[i % 4]).arg(i);
            NX_VERIFY_OK(m_p->ctl(QStringLiteral("users.create"), {{P, p.toText()}, {QStringLiteral("name"), name},
                                                                  {QStringLiteral("email"), QStringLiteral("u%1@%2.example").arg(i).arg(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"))}}));
            if (i % 3 == 0)
                NX_VERIFY_OK(m_p->ctl(QStringLiteral("users.set_kyc"), {{P, p.toText()}, {QStringLiteral("status"), QStringLiteral("verified")}}));
            if (i % 8 == 0)
                NX_VERIFY_OK(setRole(m_p->controller, p, QStringLiteral("creator")));
        }
        auto list = [&](QJsonObject args) {
            auto r = as(m_admin, QStringLiteral("users.list"), args);
            return obj(r);
        };
        QCOMPARE(list({}).value(QStringLiteral("total")).toInt(), 7 + 24);
        QCOMPARE(list({{QStringLiteral("query"), QStringLiteral("smith")}}).value(QStringLiteral("total")).toInt(), 24);
        QCOMPARE(list({{QStringLiteral("query"), QStringLiteral("Mira")}}).value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(list({{QStringLiteral("query"), QStringLiteral("@odd.")}}).value(QStringLiteral("total")).toInt(), 12);
        QCOMPARE(list({{QStringLiteral("query"), QStringLiteral("h_1")}}).value(QStringLiteral("total")).toInt(), 11); // _ is literal: 1, 10..19
        QCOMPARE(list({{QStringLiteral("query"), QStringLiteral("%")}}).value(QStringLiteral("total")).toInt(), 0);
        const QJsonObject byPrincipal = list({{QStringLiteral("query"), principalFor(205).toText()}});
        QCOMPARE(byPrincipal.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(byPrincipal.value(QStringLiteral("items")).toArray().at(0).toObject().value(P).toString(), principalFor(205).toText());
        QCOMPARE(list({{QStringLiteral("role"), QStringLiteral("creator")}}).value(QStringLiteral("total")).toInt(), 1 + 3);
        QCOMPARE(list({{QStringLiteral("query"), QStringLiteral("smith")}, {QStringLiteral("kyc_status"), QStringLiteral("verified")}})
                     .value(QStringLiteral("total")).toInt(), 8);
        QCOMPARE(list({{QStringLiteral("query"), QStringLiteral("smith")}, {QStringLiteral("role"), QStringLiteral("creator")},
                       {QStringLiteral("kyc_status"), QStringLiteral("verified")}}).value(QStringLiteral("total")).toInt(), 1); // only #0 is both

        // Paging: the total stays put and the pages cover every match exactly once.
        QStringList seen;
        for (int offset = 0; offset < 30; offset += 7) {
            const QJsonObject page = list({{QStringLiteral("query"), QStringLiteral("smith")}, {QStringLiteral("limit"), 7}, {QStringLiteral("offset"), offset}});
            QCOMPARE(page.value(QStringLiteral("total")).toInt(), 24);
            QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), qMin(7, qMax(0, 24 - offset)));
            for (const QJsonValue &v : page.value(QStringLiteral("items")).toArray())
                seen << v.toObject().value(P).toString();
        }
        QCOMPARE(seen.size(), 24);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 24);
        // Not for plain users or creators.
        NX_VERIFY_ERROR(as(m_user, QStringLiteral("users.list")), ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(as(m_creator, QStringLiteral("users.list")), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
