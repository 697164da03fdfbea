// Runs the Qt Quick Tests in tests/qml_worlds/ against a real profile: the Experiences browser
// on an ExperiencesController and a WorldsController over a Session acting as the controller
// "ada". Ada publishes a castle (with telemetry) and a private lab; a creator, "Emil", a city.

#include "appfixture.h"
#include "experiencescontroller.h"
#include "worldscontroller.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(NexusPlugin)

using namespace nexus;

class Setup : public QObject
{
    Q_OBJECT

    test::AppFixture m_fixture;
    std::unique_ptr<WorldsController> m_worlds;
    std::unique_ptr<ExperiencesController> m_experiences;
    QVariantMap m_worldIds; // title -> world id, for the QML tests

    qint64 publish(const Principal &as, const QString &prompt, const QString &title, const QString &visibility)
    {
        auto w = m_fixture.call(as, QStringLiteral("worlds.generate"), {{QStringLiteral("prompt"), prompt}, {QStringLiteral("seed"), 3}});
        if (!w)
            qFatal("worlds.generate failed: %s", test::describe(w).constData());
        const qint64 world = w->toObject().value(QStringLiteral("world_id")).toInteger();
        auto e = m_fixture.call(as, QStringLiteral("experiences.publish"),
                                {{QStringLiteral("world_id"), world}, {QStringLiteral("title"), title}, {QStringLiteral("visibility"), visibility},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("test")}}});
        if (!e)
            qFatal("experiences.publish failed: %s", test::describe(e).constData());
        m_worldIds.insert(title, world);
        return world;
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        if (!m_fixture.open())
            qFatal("cannot open the test profile");
        const Principal emil = m_fixture.createUser(1, QStringLiteral("Emil"), QStringLiteral("creator"));
        const qint64 castle = publish(m_fixture.controller, QStringLiteral("a castle on a hill"), QStringLiteral("Hill Castle"), QStringLiteral("public"));
        publish(emil, QStringLiteral("a city at night"), QStringLiteral("Night Town"), QStringLiteral("public"));
        publish(m_fixture.controller, QStringLiteral("an alien planet"), QStringLiteral("Secret Lab"), QStringLiteral("private"));
        QJsonArray events;
        for (const char *type : {"world_enter", "world_enter", "teleport"})
            events.append(QJsonObject{{QStringLiteral("event_type"), QLatin1String(type)}, {QStringLiteral("world_id"), castle}});
        if (!m_fixture.call(emil, QStringLiteral("telemetry.ingest_batch"), {{QStringLiteral("events"), events}}))
            qFatal("telemetry.ingest_batch failed");
        if (!m_fixture.startSession())
            qFatal("the session did not start");
        Session::setInstance(m_fixture.session.get());
        m_worlds = std::make_unique<WorldsController>(*m_fixture.session);
        WorldsController::setInstance(m_worlds.get());
        m_experiences = std::make_unique<ExperiencesController>(*m_fixture.session, *m_worlds);
        ExperiencesController::setInstance(m_experiences.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("worldIds"), m_worldIds);
    }
    void cleanupTestCase()
    {
        m_experiences.reset();
        m_worlds.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(nexus_worlds_dialogs, Setup)

#include "tst_qml_worlds.moc"
