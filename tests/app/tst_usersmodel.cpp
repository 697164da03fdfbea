// UsersModel against a real profile: paging with fetchMore, search and filters, live refresh,
// and what a caller without the right role sees.

#include "appfixture.h"
#include "usersmodel.h"

using namespace nexus;
using namespace nexus::test;

class TestUsersModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        // 250 generated users: every 5th a creator, names "User 000" … "User 249".
        for (int i = 0; i < 250; ++i)
            f.createUser(i + 1, QStringLiteral("User %1").arg(i, 3, 10, QLatin1Char('0')),
                         i % 5 == 0 ? QStringLiteral("creator") : QStringLiteral("user"));
        QVERIFY(f.startSession());
        model = std::make_unique<UsersModel>(*f.session);
        model->setPageSize(100);
        QSignalSpy loaded(model.get(), &UsersModel::pageLoaded);
        model->reload();
        QVERIFY(loaded.wait(5000));
    }

    void firstPageOnly()
    {
        QCOMPARE(model->total(), 251); // the generated users and the controller
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->canFetchMore({}));
        // The controller sorts first (highest role).
        QCOMPARE(model->data(model->index(0), UsersModel::UserRoleRole).toString(), QStringLiteral("controller"));
    }

    void fetchMorePages()
    {
        QSignalSpy loaded(model.get(), &UsersModel::pageLoaded);
        model->fetchMore({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->rowCount(), 200);
        model->fetchMore({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->rowCount(), 251);
        QVERIFY(!model->canFetchMore({}));
        // Every principal appears once.
        QSet<QString> principals;
        for (int row = 0; row < model->rowCount(); ++row)
            principals.insert(model->data(model->index(row), UsersModel::PrincipalRole).toString());
        QCOMPARE(principals.size(), 251);
    }

    void searchAndFilters()
    {
        QSignalSpy loaded(model.get(), &UsersModel::pageLoaded);
        model->setQuery(QStringLiteral("User 04")); // User 040 … 049
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->total(), 10);
        QCOMPARE(model->rowCount(), 10);

        model->setQuery(QString());
        model->setRoleFilter(QStringLiteral("creator"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->total(), 50);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->data(model->index(row), UsersModel::UserRoleRole).toString(), QStringLiteral("creator"));

        model->setKycFilter(QStringLiteral("verified")); // only the controller is verified, and it is no creator
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->total(), 0);
        QCOMPARE(model->rowCount(), 0);

        model->setRoleFilter(QString());
        model->setKycFilter(QString());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->total(), 251);
    }

    void refreshesOnChanges()
    {
        const QString target = model->data(model->index(1), UsersModel::PrincipalRole).toString();
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        auto r = f.call(f.controller, QStringLiteral("users.set_kyc"),
                        {{QStringLiteral("principal"), target}, {QStringLiteral("status"), QStringLiteral("pending")}});
        QVERIFY2(r, describe(r));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(model->rowOf(target)), UsersModel::KycRole).toString(),
                                  QStringLiteral("pending"), 5000);
        QVERIFY(!changed.isEmpty()); // updated in place, not reset

        f.createUser(999, QStringLiteral("Zed Newcomer"));
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), 252, 5000);
    }

    void deniedForUsers()
    {
        f.createIdentity(QStringLiteral("gus"), QStringLiteral("user"));
        QVERIFY(f.actAs(QStringLiteral("gus")));
        QTRY_VERIFY_WITH_TIMEOUT(model->error()->active(), 5000);
        QCOMPARE(model->error()->code(), QStringLiteral("permission_denied"));
        QVERIFY2(model->error()->cause().contains(QLatin1String("admin")), qPrintable(model->error()->cause()));
        QCOMPARE(model->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        model.reset();
        f.session.reset();
    }

private:
    AppFixture f;
    std::unique_ptr<UsersModel> model;
};

QTEST_MAIN(TestUsersModel)
#include "tst_usersmodel.moc"
