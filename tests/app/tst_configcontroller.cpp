// ConfigController: keys, a key's history, the diff between two versions, validation before
// sending, saving, rollback and feature flags, all through the gateway.

#include "appfixture.h"
#include "configcontroller.h"

using namespace nexus;
using namespace nexus::test;

class TestConfigController : public QObject
{
    Q_OBJECT

private:
    bool waitSucceeded(const std::function<void()> &action)
    {
        QSignalSpy ok(config.get(), &ConfigController::succeeded);
        action();
        const bool done = ok.wait(5000);
        if (!done)
            qWarning() << "no success:" << config->error()->title() << config->error()->cause();
        return done;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        QVERIFY(f.startSession());
        config = std::make_unique<ConfigController>(*f.session);
        config->reload();
        QTRY_VERIFY_WITH_TIMEOUT(config->entries()->count() > 5, 5000);
    }

    void listsKeysAndFlags()
    {
        QVERIFY(config->entries()->find(QStringLiteral("ratelimit.write")));
        const QVariantList flags = config->flags();
        QVERIFY(!flags.isEmpty());
        for (const QVariant &flag : flags)
            QVERIFY(flag.toMap().value(QStringLiteral("key")).toString().startsWith(QLatin1String("feature.")));
        // The first key is selected so the detail pane is never empty.
        QVERIFY(!config->selectedKey().isEmpty());
    }

    void validatesBeforeSending()
    {
        QVERIFY(config->validate(QStringLiteral("ui.fiat_currency"), QStringLiteral("EUR")).contains(QLatin1String("not valid JSON")));
        QVERIFY(config->validate(QStringLiteral("feature.swaps"), QStringLiteral("\"yes\"")).contains(QLatin1String("true or false")));
        QVERIFY(config->validate(QStringLiteral("ui.fiat_currency"), QStringLiteral("\"USD\"")).contains(QLatin1String("current value")));
        QVERIFY(config->validate(QStringLiteral("ui.fiat_currency"), QStringLiteral("\"EUR\"")).isEmpty());
        // An invalid value never reaches the gateway.
        QSignalSpy busy(config.get(), &ConfigController::busyChanged);
        config->setValue(QStringLiteral("ui.fiat_currency"), QStringLiteral("EUR"), QString());
        QVERIFY(config->error()->active());
        QVERIFY(busy.isEmpty());
        config->error()->clear();
    }

    void historyAndDiff()
    {
        const QString key = QStringLiteral("ratelimit.write");
        QVERIFY(waitSucceeded([&] { config->setValue(key, QStringLiteral("{\"capacity\": 80, \"per_second\": 20}"), QStringLiteral("launch")); }));
        QVERIFY(waitSucceeded([&] { config->setValue(key, QStringLiteral("{\"capacity\": 90, \"per_second\": 25}"), QString()); }));
        config->select(key);
        QTRY_COMPARE_WITH_TIMEOUT(config->history().size(), 3, 5000);
        QCOMPARE(config->history().first().toMap().value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(config->history().at(1).toMap().value(QStringLiteral("reason")).toString(), QStringLiteral("launch"));
        // The default comparison is the previous version against the current one.
        QCOMPARE(config->diffFrom(), 2);
        QCOMPARE(config->diffTo(), 3);
        QCOMPARE(config->diffAdded(), 2);
        QCOMPARE(config->diffRemoved(), 2);

        config->setDiffVersions(1, 3);
        QStringList removed, added;
        for (const QVariant &v : config->diff()) {
            const QVariantMap line = v.toMap();
            if (line.value(QStringLiteral("kind")).toInt() == DiffLine::Removed)
                removed << line.value(QStringLiteral("text")).toString().trimmed();
            else if (line.value(QStringLiteral("kind")).toInt() == DiffLine::Added)
                added << line.value(QStringLiteral("text")).toString().trimmed();
        }
        QCOMPARE(removed, (QStringList{QStringLiteral("\"capacity\": 60,"), QStringLiteral("\"per_second\": 20")}));
        QCOMPARE(added, (QStringList{QStringLiteral("\"capacity\": 90,"), QStringLiteral("\"per_second\": 25")}));
    }

    void rollbackMakesANewVersion()
    {
        const QString key = QStringLiteral("ratelimit.write");
        QVERIFY(waitSucceeded([&] { config->rollback(key, 1, QStringLiteral("back to the default")); }));
        QTRY_COMPARE_WITH_TIMEOUT(config->selectedVersion(), 4, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(config->history().size(), 4, 5000);
        QCOMPARE(config->selectedValue(), jsondiff::pretty(QJsonObject{{QStringLiteral("capacity"), 60}, {QStringLiteral("per_second"), 20}}));
    }

    void systemKeysAreNotEditable()
    {
        config->select(QStringLiteral("system.maintenance"));
        QVERIFY(!config->selectedEditable());
        QSignalSpy failed(config->error(), &ErrorInfo::changed);
        config->setValue(QStringLiteral("system.maintenance"), QStringLiteral("{\"enabled\": true, \"message\": \"x\"}"), QString());
        QVERIFY(failed.wait(5000));
        QVERIFY(config->error()->cause().contains(QLatin1String("its own method")));
        config->error()->clear();
    }

    void flagsToggle()
    {
        QVERIFY(waitSucceeded([&] { config->setFlag(QStringLiteral("feature.http_api"), true); }));
        QTRY_VERIFY_WITH_TIMEOUT(config->entries()->find(QStringLiteral("feature.http_api"))->value.toBool(), 5000);
        // A caller without manage_system is refused, and the flag list is re-published so the switch snaps back.
        f.createIdentity(QStringLiteral("gus"), QStringLiteral("user"));
        QVERIFY(f.actAs(QStringLiteral("gus")));
        QSignalSpy republished(config.get(), &ConfigController::entriesChanged);
        QSignalSpy failed(config->error(), &ErrorInfo::changed);
        config->setFlag(QStringLiteral("feature.http_api"), false);
        QVERIFY(failed.wait(5000));
        QCOMPARE(config->error()->code(), QStringLiteral("permission_denied"));
        QVERIFY(!republished.isEmpty());
        QVERIFY(config->entries()->find(QStringLiteral("feature.http_api"))->value.toBool());
    }

    void cleanupTestCase()
    {
        config.reset();
        f.session.reset();
    }

private:
    AppFixture f;
    std::unique_ptr<ConfigController> config;
};

QTEST_MAIN(TestConfigController)
#include "tst_configcontroller.moc"
