// AuditModel on a profile with more than 5,000 entries: rowCount is the total, only the blocks
// the view asks for are loaded, far rows arrive after fetching, filters change the total, and
// new entries are inserted on top without dropping what is loaded.

#include "appfixture.h"
#include "auditmodel.h"

#include <QElapsedTimer>

using namespace nexus;
using namespace nexus::test;

class TestAuditModel : public QObject
{
    Q_OBJECT

private:
    bool reloadAndWait()
    {
        QSignalSpy reloaded(model.get(), &AuditModel::reloaded);
        return reloaded.wait(10000);
    }

    // Asks for `row` the way a view does, and waits until its block has arrived.
    QVariant fetched(int row, int role)
    {
        const QModelIndex index = model->index(row);
        if (!model->data(index, AuditModel::LoadedRole).toBool()) {
            QSignalSpy loaded(model.get(), &AuditModel::blockLoaded);
            if (!QTest::qWaitFor([&] { return model->data(index, AuditModel::LoadedRole).toBool(); }, 10000))
                return {};
        }
        return model->data(index, role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kWrites; ++i) {
            auto r = f.call(f.controller, QStringLiteral("system.config_set"),
                            {{QStringLiteral("key"), QStringLiteral("test.counter")}, {QStringLiteral("value"), i}});
            QVERIFY2(r, describe(r));
        }
        qInfo("%d audited writes in %lld ms", kWrites, qint64(timer.elapsed()));
        QVERIFY(f.startSession());
        model = std::make_unique<AuditModel>(*f.session);
        model->reload();
        QVERIFY(reloadAndWait());
    }

    void rowCountIsTheTotal()
    {
        auto status = f.call(f.controller, QStringLiteral("system.status"), {});
        QVERIFY2(status, describe(status));
        const qint64 entries = status->toObject().value(QStringLiteral("audit_entries")).toInteger();
        QVERIFY(entries > kWrites);
        QCOMPARE(model->total(), entries);
        QCOMPARE(model->rowCount(), int(entries));
        QCOMPARE(model->newestSeq(), entries);
        // Only the newest block came with the first answer.
        QCOMPARE(model->cachedBlocks(), 1);
        QVERIFY(model->data(model->index(0), AuditModel::LoadedRole).toBool());
        QCOMPARE(model->data(model->index(0), AuditModel::SeqRole).toLongLong(), entries);
    }

    void farRowsArriveAfterFetching()
    {
        const int last = model->rowCount() - 1;
        QVERIFY(!model->data(model->index(last), AuditModel::LoadedRole).toBool()); // a placeholder first
        QCOMPARE(fetched(last, AuditModel::SeqRole).toLongLong(), 1);
        QCOMPARE(fetched(last, AuditModel::MethodRole).toString(), QStringLiteral("identities.create"));
        const int middle = model->rowCount() / 2;
        QCOMPARE(fetched(middle, AuditModel::SeqRole).toLongLong(), model->newestSeq() - middle);
        QVERIFY(model->cachedBlocks() <= 4); // never everything
    }

    void visibleRangeLoads()
    {
        model->ensureLoaded(3000, 3040);
        // The range spans blocks, which may arrive in either order: wait for both ends.
        QTRY_VERIFY_WITH_TIMEOUT(model->data(model->index(3040), AuditModel::LoadedRole).toBool()
                                     && model->data(model->index(3000), AuditModel::LoadedRole).toBool(),
                                 10000);
        QCOMPARE(model->data(model->index(3000), AuditModel::SeqRole).toLongLong(), model->newestSeq() - 3000);
    }

    void filtersChangeTheTotal()
    {
        model->setMethod(QStringLiteral("system.config_set"));
        QVERIFY(reloadAndWait());
        QCOMPARE(model->total(), kWrites);
        // A far row of a filtered list is fetched by offset, and still in order.
        const int last = model->rowCount() - 1;
        QCOMPARE(fetched(last, AuditModel::MethodRole).toString(), QStringLiteral("system.config_set"));
        QVERIFY(fetched(last, AuditModel::SeqRole).toLongLong() < fetched(0, AuditModel::SeqRole).toLongLong());

        model->setText(QStringLiteral("test.counter = 4999"));
        QVERIFY(reloadAndWait());
        QCOMPARE(model->total(), 1);

        model->setText(QString());
        model->setMethod(QStringLiteral("system.")); // a whole service
        QVERIFY(reloadAndWait());
        QVERIFY(model->total() > kWrites);

        model->setOutcome(QStringLiteral("error"));
        QVERIFY(reloadAndWait());
        QCOMPARE(model->total(), 0);
        QCOMPARE(model->rowCount(), 0);

        model->clearFilters();
        QVERIFY(reloadAndWait());
        model->setCaller(f.controller.toText());
        QVERIFY(reloadAndWait());
        QVERIFY(model->total() >= kWrites);
        model->setCaller(QStringLiteral("ada")); // identity names work too
        QVERIFY(reloadAndWait());
        QVERIFY(model->total() >= kWrites);

        model->setToDate(QStringLiteral("2001-01-01"));
        QVERIFY(reloadAndWait());
        QCOMPARE(model->total(), 0);

        model->setToDate(QStringLiteral("not a date"));
        QTRY_VERIFY_WITH_TIMEOUT(model->error()->active(), 5000);
        QVERIFY(model->error()->cause().contains(QLatin1String("YYYY-MM-DD")));
        model->clearFilters();
        QVERIFY(reloadAndWait());
        QVERIFY(!model->error()->active());
    }

    void newEntriesGoOnTop()
    {
        const qint64 before = model->total();
        const int last = model->rowCount() - 1;
        QCOMPARE(fetched(last, AuditModel::SeqRole).toLongLong(), 1);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        for (int i = 0; i < 3; ++i) {
            auto r = f.call(f.controller, QStringLiteral("system.config_set"),
                            {{QStringLiteral("key"), QStringLiteral("test.counter")}, {QStringLiteral("value"), 10000 + i}});
            QVERIFY2(r, describe(r));
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), before + 3, 5000);
        QVERIFY(!inserted.isEmpty());
        QVERIFY(reset.isEmpty()); // no reset: the view keeps its place
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        // The oldest entry moved down by three rows and is still loaded.
        QVERIFY(model->data(model->index(last + 3), AuditModel::LoadedRole).toBool());
        QCOMPARE(model->data(model->index(last + 3), AuditModel::SeqRole).toLongLong(), 1);
        QCOMPARE(fetched(0, AuditModel::SeqRole).toLongLong(), before + 3);
        QCOMPARE(model->rowForSeq(double(before + 3)), 0);
    }

    void cleanupTestCase()
    {
        model.reset();
        f.session.reset();
    }

private:
    static constexpr int kWrites = 5200;
    AppFixture f;
    std::unique_ptr<AuditModel> model;
};

QTEST_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
