// nexus-studio: opens a profile (or a fresh demo profile), builds the object graph, loads the QML.

#include "admincontroller.h"
#include "auditcontroller.h"
#include "swapscontroller.h"
#include "worldscontroller.h"
#include "localapicontroller.h"
#include "worldeditcontroller.h"
#include "experiencescontroller.h"
#include "worldhubcontroller.h"
#include "walletcontroller.h"
#include "marketcontroller.h"
#include "eventscontroller.h"
#include "backend.h"
#include "configcontroller.h"
#include "demoseeding.h"
#include "swaps/swapkeeper.h"
#include "logging.h"
#include "oracle/demofeed.h"
#include "oraclecontroller.h"
#include "session.h"
#include "uidriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuick3D>
#include <QQuickWindow>
#include <QQuickStyle>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(NexusPlugin)

using namespace nexus;

namespace {

void loadTranslations(QApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // English (the plural forms) when there is nothing for the system's language, e.g. the C locale.
    if (ours->load(locale, QStringLiteral("nexus"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("nexus_en"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The Worlds preview (Qt Quick 3D): the surface format must be set before any window exists.
    QSurfaceFormat::setDefaultFormat(QQuick3D::idealSurfaceFormat());
    QApplication::setOrganizationName(QStringLiteral("Nexus"));
    QApplication::setApplicationName(QStringLiteral("Nexus Studio"));
    QApplication::setApplicationVersion(QStringLiteral(NEXUS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Nexus Studio: admin and creator tool for the virtual-world marketplace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Use a fresh temporary profile filled with demo data."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("Open the profile in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"), QStringLiteral("Load the UI, visit every panel, exit 0 when no QML warning appeared."));
    const QCommandLineOption shotsOpt(QStringLiteral("screenshots"), QStringLiteral("Write one PNG per panel to DIR, then exit."), QStringLiteral("DIR"));
    const QCommandLineOption themeOpt(QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("UI language (en, de); default: the system's."), QStringLiteral("LANG"));
    const QCommandLineOption usersOpt(QStringLiteral("demo-users"), QStringLiteral("Generated users in demo mode (default 400)."), QStringLiteral("N"));
    parser.addOptions({demoOpt, profileOpt, selfTestOpt, shotsOpt, themeOpt, langOpt, usersOpt});
    parser.process(app);

    loadTranslations(app, parser.value(langOpt));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    // The profile: --profile DIR, --demo, or the default profile when it exists (else the demo).
    const bool wantDemo = parser.isSet(demoOpt)
                          || (!parser.isSet(profileOpt) && !Backend::profileExists(Backend::defaultProfileDir()));
    std::unique_ptr<QTemporaryDir> demoDir;
    QString profileDir = parser.isSet(profileOpt) ? parser.value(profileOpt) : Backend::defaultProfileDir();
    if (wantDemo) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nexus-demo-XXXXXX"));
        if (!demoDir->isValid()) {
            std::fprintf(stderr, "Cannot create a temporary folder for the demo profile: %s\n", qPrintable(demoDir->errorString()));
            return 1;
        }
        profileDir = demoDir->path();
    }
    auto opened = Backend::open(profileDir, wantDemo);
    if (!opened) {
        std::fprintf(stderr, "Cannot open the profile: %s\n%s\n", qPrintable(opened.error().message), qPrintable(opened.error().hint));
        return 1;
    }
    std::unique_ptr<Backend> backend = std::move(*opened);
    qCInfo(lcUi).noquote() << "profile" << backend->profileDir() << (wantDemo ? "(demo)" : "");

    // The object graph: the session first, then the controllers that call through it.
    Session session(*backend, wantDemo);
    AdminController admin(session);
    ConfigController config(session);
    AuditController audit(session);
    WalletController wallet(session);
    OracleController oracle(session);
    MarketController market(session);
    EventsController events(session);
    SwapsController swaps(session);
    WorldsController worlds(session);
    LocalApiController localApi(session);
    WorldEditController worldEdit(session, worlds);
    WorldHubController worldHub(session, worlds);
    ExperiencesController experiences(session, worlds);
    Session::setInstance(&session);
    MarketController::setInstance(&market);
    EventsController::setInstance(&events);
    SwapsController::setInstance(&swaps);
    WorldsController::setInstance(&worlds);
    LocalApiController::setInstance(&localApi);
    WorldEditController::setInstance(&worldEdit);
    WorldHubController::setInstance(&worldHub);
    ExperiencesController::setInstance(&experiences);
    WalletController::setInstance(&wallet);
    AdminController::setInstance(&admin);
    ConfigController::setInstance(&config);
    AuditController::setInstance(&audit);
    OracleController::setInstance(&oracle);
    session.setDark(parser.value(themeOpt) == QLatin1String("dark"));
    session.setCurrentPanel(6); // Admin: the panel with the most to do today

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    std::unique_ptr<UiDriver> driver;
    if (parser.isSet(selfTestOpt) || parser.isSet(shotsOpt)) {
        driver = std::make_unique<UiDriver>(engine, session, admin, config, audit, oracle, swaps,
                                            parser.isSet(shotsOpt) ? UiDriver::Mode::Screenshots : UiDriver::Mode::SelfTest,
                                            parser.value(shotsOpt));
        driver->installMessageHandler(); // before loading: warnings while loading count too
    }
    engine.load(QUrl(QStringLiteral("qrc:/Nexus/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "The user interface could not be loaded.\n");
        return 1;
    }

    // NEXUS_STARTUP_TRACE=1: tell tests/bench/bench_startup when the first frame is on screen and
    // when demo seeding is done.
    if (qEnvironmentVariableIsSet("NEXUS_STARTUP_TRACE")) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = QObject::connect(window, &QQuickWindow::frameSwapped, &app, [once] {
                std::printf("nexus-startup: first-frame\n");
                std::fflush(stdout);
                QObject::disconnect(*once);
            });
        }
        QObject::connect(session.seeding(), &DemoSeeding::completed, &app, [](bool ok) {
            std::printf("nexus-startup: seeded %s\n", ok ? "ok" : "failed");
            std::fflush(stdout);
        });
    }

    // In demo mode the simulated exchanges keep publishing once the seed is in, so the Oracle and
    // Wallets panels move. Dana (an admin holding manage_oracle) is the feeder.
    std::unique_ptr<oracle::DemoFeed> demoFeed;
    if (wantDemo)
        QObject::connect(session.seeding(), &DemoSeeding::completed, &app, [&](bool ok) {
            auto feeder = ok && !demoFeed ? backend->resolveCaller(QStringLiteral("dana")) : Result<Principal>(Principal());
            if (!ok || demoFeed || !feeder)
                return;
            demoFeed = std::make_unique<oracle::DemoFeed>(backend->gateway(), *feeder);
            demoFeed->start();
        });

    // The swap expiry job: refunds contracts whose timelock has passed, every 30 s while the app
    // runs, as the active identity (any registered user may run it; it only settles what is due).
    // In demo mode it starts once seeding is done.
    std::unique_ptr<SwapKeeper> swapKeeper;
    bool seeded = !wantDemo;
    const auto startKeeper = [&] {
        auto who = Principal::fromText(session.activePrincipal());
        if (swapKeeper || !seeded || !who)
            return;
        swapKeeper = std::make_unique<SwapKeeper>(backend->gateway(), *who);
        swapKeeper->start();
    };
    QObject::connect(&session, &Session::accessChanged, &app, startKeeper);
    if (wantDemo)
        QObject::connect(session.seeding(), &DemoSeeding::completed, &app, [&](bool ok) {
            seeded = ok;
            startKeeper();
        });

    // The window is up; now fill the demo profile while the user watches the progress.
    session.start();
    if (wantDemo) {
        DemoOptions options;
        if (parser.isSet(usersOpt))
            options.generatedUsers = std::max(0, parser.value(usersOpt).toInt());
        session.seeding()->start(options);
    }

    if (driver)
        QCoro::connect(driver->run(), &app, [](int code) { QCoreApplication::exit(code); });
    const int rc = app.exec();
    session.seeding()->cancelAndWait();
    demoFeed.reset(); // its pool waits for a batch in flight before the backend closes
    swapKeeper.reset(); // likewise
    return rc;
}
