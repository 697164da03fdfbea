#include "uidriver.h"

#include "admincontroller.h"
#include "auditcontroller.h"
#include "configcontroller.h"
#include "demoseeding.h"
#include "logging.h"
#include "oraclecontroller.h"
#include "session.h"
#include "swapscontroller.h"
#include "worldscontroller.h"
#include "localapicontroller.h"
#include "worldeditcontroller.h"
#include "worldhubcontroller.h"
#include "experiencescontroller.h"
#include "auditmodel.h"
#include "usersmodel.h"

#include <QCoroTimer>
#include <QCursor>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QMutexLocker>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpSocket>

#include <chrono>
#include <cstdio>

namespace nexus {

namespace {
UiDriver *s_driver = nullptr;
QtMessageHandler s_previous = nullptr;

// Messages that come from QML, or from our own code, make the self-test fail.
bool isProblem(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return false;
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    return category.startsWith(QLatin1String("qml")) || category.startsWith(QLatin1String("js"))
           || category.startsWith(QLatin1String("nexus")) || message.contains(QLatin1String("qrc:/"))
           || message.contains(QLatin1String(".qml"));
}
} // namespace

UiDriver::UiDriver(QQmlApplicationEngine &engine, Session &session, AdminController &admin, ConfigController &config,
                   AuditController &audit, OracleController &oracle, SwapsController &swaps, Mode mode, QString screenshotDir,
                   QObject *parent)
    : QObject(parent), m_engine(engine), m_session(session), m_admin(admin), m_config(config), m_audit(audit), m_oracle(oracle), m_swaps(swaps),
      m_mode(mode),
      m_dir(std::move(screenshotDir))
{
}

UiDriver::~UiDriver()
{
    if (s_driver == this) {
        qInstallMessageHandler(s_previous);
        s_driver = nullptr;
    }
}

QStringList UiDriver::panelNames()
{
    return {QStringLiteral("marketplace"), QStringLiteral("wallets"), QStringLiteral("swaps"), QStringLiteral("oracle"),
            QStringLiteral("audit"), QStringLiteral("worlds"), QStringLiteral("admin"), QStringLiteral("sync")};
}

void UiDriver::installMessageHandler()
{
    s_driver = this;
    s_previous = qInstallMessageHandler(&UiDriver::handleMessage);
}

void UiDriver::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_driver && isProblem(type, context, message)) {
        QMutexLocker lock(&s_driver->m_mutex);
        s_driver->m_problems << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}

QCoro::Task<bool> UiDriver::waitUntil(std::function<bool()> condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            co_return false;
        co_await QCoro::sleepFor(std::chrono::milliseconds(50));
    }
    co_return true;
}

QCoro::Task<void> UiDriver::settle(int ms)
{
    co_await QCoro::sleepFor(std::chrono::milliseconds(ms));
    if (m_window) {
        m_window->requestUpdate();
        co_await QCoro::sleepFor(std::chrono::milliseconds(100));
    }
}

bool UiDriver::shoot(const QString &name)
{
    if (m_mode != Mode::Screenshots || !m_window)
        return true;
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        std::fprintf(stderr, "screenshot %s could not be written\n", qPrintable(path));
        return false;
    }
    m_written << path;
    return true;
}

QObject *UiDriver::item(const QString &objectName) const
{
    if (!m_window)
        return nullptr;
    if (QObject *o = m_window->contentItem()->findChild<QObject *>(objectName))
        return o;
    // Popups parent their items to the window's overlay, not to the content item.
    return m_window->findChild<QObject *>(objectName);
}

bool UiDriver::invoke(const QString &objectName, const char *method)
{
    QObject *o = item(objectName);
    if (!o || !QMetaObject::invokeMethod(o, method)) {
        m_missing << QStringLiteral("%1.%2()").arg(objectName, QLatin1String(method));
        return false;
    }
    return true;
}

bool UiDriver::selectAdminTab(int index)
{
    QObject *tabs = item(QStringLiteral("adminTabs"));
    if (!tabs || !tabs->setProperty("currentIndex", index)) {
        m_missing << QStringLiteral("adminTabs");
        return false;
    }
    return true;
}

void UiDriver::pickInterestingSelections()
{
    // A user whose KYC review is pending shows the most actions.
    UsersModel *users = m_admin.users();
    if (users->rowCount() > 0) {
        int row = 0;
        for (int i = 0; i < users->rowCount() && i < 60; ++i)
            if (users->get(i).value(QStringLiteral("kyc_status")).toString() == QLatin1String("pending")) {
                row = i;
                break;
            }
        m_admin.select(users->get(row).value(QStringLiteral("principal")).toString());
    }
    if (m_audit.entries()->newestSeq() > 0)
        m_audit.select(double(m_audit.entries()->newestSeq()));
    // The configuration key with the longest history shows the history and diff best.
    QString richestKey;
    qint64 richestVersion = 0;
    for (const ConfigEntry &e : m_config.entries()->entries())
        if (e.version > richestVersion && !e.key.startsWith(QLatin1String("system."))) {
            richestVersion = e.version;
            richestKey = e.key;
        }
    if (!richestKey.isEmpty())
        m_config.select(richestKey);
}

QCoro::Task<void> UiDriver::visitPanels()
{
    const QStringList names = panelNames();
    for (int i = 0; i < names.size(); ++i) {
        m_session.setCurrentPanel(i);
        if (i == 3)
            co_await waitForOracleChart();
        co_await settle(i == 4 || i == 6 ? 900 : 400);
        shoot(QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(names[i]));
    }
    const QStringList adminTabs{QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("config"),
                                QStringLiteral("flags"), QStringLiteral("system")};
    m_session.setCurrentPanel(6);
    for (int t = 0; t < adminTabs.size(); ++t) {
        selectAdminTab(t);
        co_await settle(600);
        shoot(QStringLiteral("admin-%1").arg(adminTabs[t]));
    }
    selectAdminTab(0);

    // Jump far down the audit log: the blocks there load on demand (placeholders first).
    m_session.setCurrentPanel(4);
    co_await settle(300);
    AuditModel *entries = m_audit.entries();
    for (const int row : {entries->rowCount() / 2, entries->rowCount() - 1}) {
        if (row <= 0)
            continue;
        QObject *list = item(QStringLiteral("auditList"));
        if (!list || !QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1 /* Center */))) {
            m_missing << QStringLiteral("auditList.positionViewAtIndex()");
            break;
        }
        QElapsedTimer loading;
        loading.start();
        const bool loaded = co_await waitUntil([entries, row] { return entries->data(entries->index(row), AuditModel::LoadedRole).toBool(); }, 10000);
        std::printf("audit row %d of %d: %s after %lld ms\n", row, entries->rowCount(), loaded ? "loaded" : "NOT loaded",
                    qint64(loading.elapsed()));
        if (!loaded)
            m_missing << QStringLiteral("audit row %1 (never loaded)").arg(row);
    }
    co_await settle(300);
    shoot(QStringLiteral("audit-far"));
    QMetaObject::invokeMethod(item(QStringLiteral("auditList")), "positionViewAtBeginning");

    m_session.setCurrentPanel(6);
    m_session.setDark(true);
    co_await settle(600);
    shoot(QStringLiteral("admin-users-dark"));
    m_session.setCurrentPanel(4);
    co_await settle(800);
    shoot(QStringLiteral("audit-dark"));
    m_session.setCurrentPanel(3);
    co_await settle(800);
    shoot(QStringLiteral("oracle-dark"));
    m_session.setDark(false);
}

QCoro::Task<void> UiDriver::waitForOracleChart()
{
    co_await waitUntil([this] { return m_oracle.history()->loaded() && !m_oracle.history()->loading(); }, 15000);
}

QCoro::Task<void> UiDriver::oracleTour()
{
    m_session.setCurrentPanel(3);
    for (const QString &range : {QStringLiteral("24h"), QStringLiteral("1h")}) {
        m_oracle.setRange(range);
        co_await waitForOracleChart();
        co_await settle(600);
        shoot(QStringLiteral("oracle-%1").arg(range));
    }
    // The feed whose source went quiet for two hours, then the alerts.
    const QString first = m_oracle.selectedPair();
    m_oracle.setRange(QStringLiteral("24h"));
    m_oracle.setSelectedPair(QStringLiteral("ICP/USD"));
    co_await waitForOracleChart();
    if (QObject *tabs = item(QStringLiteral("oracleTabs")))
        tabs->setProperty("currentIndex", 1);
    co_await settle(600);
    shoot(QStringLiteral("oracle-icp-alerts"));
    if (QObject *tabs = item(QStringLiteral("oracleTabs")))
        tabs->setProperty("currentIndex", 0);
    m_oracle.setSelectedPair(first);
    m_oracle.setRange(QStringLiteral("30d"));
    co_await waitForOracleChart();
    // A conversion (or the refusal that explains why there is none), then the manual price dialog.
    if (invoke(QStringLiteral("convertButton"), "clicked")) {
        co_await waitUntil([this] { return !m_oracle.converting(); }, 10000);
        co_await settle(500);
        shoot(QStringLiteral("oracle-converter"));
    }
    if (invoke(QStringLiteral("manualPriceDialog"), "ask")) {
        co_await settle(500);
        shoot(QStringLiteral("oracle-manual-price"));
        invoke(QStringLiteral("manualPriceDialog"), "reject");
    }
    co_await settle(300);
}

QCoro::Task<void> UiDriver::marketTour()
{
    // A listing's detail, the buy review, the create flow, then the other tabs.
    m_session.setCurrentPanel(0);
    co_await settle(800);
    if (invoke(QStringLiteral("marketplacePanel"), "openFirstListing")) {
        co_await settle(900);
        shoot(QStringLiteral("market-detail"));
    }
    if (invoke(QStringLiteral("marketplacePanel"), "buyOpenListing")) {
        co_await settle(900);
        shoot(QStringLiteral("market-buy-review"));
        invoke(QStringLiteral("buyDialog"), "close");
    }
    if (invoke(QStringLiteral("marketplacePanel"), "showListView")) {
        co_await settle(600);
        shoot(QStringLiteral("market-list-view"));
    }
    // The other tabs as a creator who sells and organises events (emil in the demo cast).
    const QString before = m_session.activeName();
    bool creator = false;
    for (const QVariant &v : m_session.identities())
        creator = creator || v.toMap().value(QStringLiteral("name")).toString() == QLatin1String("emil");
    if (creator) {
        m_session.switchIdentity(QStringLiteral("emil"));
        co_await waitUntil([this] { return m_session.activeName() == QLatin1String("emil"); }, 10000);
    }
    const QStringList tabs{QStringLiteral("mine"), QStringLiteral("collections"), QStringLiteral("events")};
    for (int t = 0; t < tabs.size(); ++t) {
        if (QObject *bar = item(QStringLiteral("marketTabs")))
            bar->setProperty("currentIndex", t + 1);
        co_await settle(900);
        shoot(QStringLiteral("market-%1").arg(tabs[t]));
    }
    if (invoke(QStringLiteral("marketplacePanel"), "passForFirstParticipant")) {
        // The dialog opens when the signed pass arrives: wait for it, so it is not left open later.
        co_await waitUntil([this] { QObject *d = item(QStringLiteral("passDialog")); return d && d->property("visible").toBool(); }, 15000);
        co_await settle(600);
        shoot(QStringLiteral("market-pass"));
        invoke(QStringLiteral("passDialog"), "close");
    }
    if (invoke(QStringLiteral("createListingDialog"), "openFresh")) {
        co_await settle(1200);
        shoot(QStringLiteral("market-create"));
        invoke(QStringLiteral("createListingDialog"), "close");
    }
    if (QObject *bar = item(QStringLiteral("marketTabs")))
        bar->setProperty("currentIndex", 0);
    if (creator) {
        m_session.switchIdentity(before);
        // By reference: GCC 12 destroys a lambda's by-value captures twice inside co_await
        // (a QString captured here lost one reference too many and corrupted the heap).
        co_await waitUntil([this, &before] { return m_session.activeName() == before; }, 10000);
    }
    co_await settle(300);
}

bool UiDriver::selectSwapInState(const QString &state)
{
    for (const QVariant &v : m_swaps.swaps())
        if (v.toMap().value(QStringLiteral("state")).toString() == state) {
            m_swaps.select(v.toMap().value(QStringLiteral("id")).toDouble());
            return true;
        }
    m_missing << QStringLiteral("a swap in state %1").arg(state);
    return false;
}

QCoro::Task<void> UiDriver::swapsTour()
{
    m_session.setCurrentPanel(2);
    m_swaps.setFilter(QStringLiteral("all"));
    co_await waitUntil([this] { return !m_swaps.loading() && !m_swaps.swaps().isEmpty(); }, 10000);
    const auto selected = [this](const QString &state) {
        return m_swaps.selected().value(QStringLiteral("state")).toString() == state;
    };
    for (const QString &state : {QStringLiteral("participated"), QStringLiteral("disputed"), QStringLiteral("pending_approval"),
                                 QStringLiteral("completed")}) {
        if (!selectSwapInState(state))
            continue;
        co_await waitUntil([&] { return selected(state); }, 10000);
        co_await settle(500);
        shoot(QStringLiteral("swaps-%1").arg(state));
    }
    // The dialogs: the wizard, redeem (the secret checked as typed) and a confirmation.
    if (invoke(QStringLiteral("swapWizard"), "openFresh")) {
        co_await settle(500);
        shoot(QStringLiteral("swaps-wizard"));
        invoke(QStringLiteral("swapWizard"), "close");
    }
    if (selectSwapInState(QStringLiteral("participated"))) {
        co_await waitUntil([&] { return selected(QStringLiteral("participated")); }, 10000);
        m_swaps.request(QStringLiteral("redeem"));
        co_await settle(500);
        shoot(QStringLiteral("swaps-redeem"));
        invoke(QStringLiteral("redeemDialog"), "close");
        m_swaps.request(QStringLiteral("dispute"));
        co_await settle(500);
        shoot(QStringLiteral("swaps-confirm-dispute"));
        invoke(QStringLiteral("swapConfirm"), "reject");
    }
    m_swaps.setFilter(QStringLiteral("active"));
    m_session.setDark(true);
    co_await settle(800);
    shoot(QStringLiteral("swaps-dark"));
    m_session.setDark(false);
    co_await settle(300);
}

QCoro::Task<void> UiDriver::worldsTour()
{
    WorldsController *worlds = WorldsController::instance();
    if (!worlds) {
        m_missing << QStringLiteral("the Worlds controller");
        co_return;
    }
    m_session.setCurrentPanel(5);
    co_await settle(300);
    const QList<std::pair<QString, QString>> prompts{
        {QStringLiteral("three towers around a lake in a misty forest at dusk"), QStringLiteral("worlds-generated")},
        {QStringLiteral("a castle on a hill surrounded by pine trees at sunset"), QStringLiteral("worlds-castle")},
        {QStringLiteral("a busy city at night with cars, street lamps and a fountain, and purple zebras"), QStringLiteral("worlds-city")}};
    for (const auto &[prompt, shot] : prompts) {
        const double before = worlds->worldId();
        worlds->setPrompt(prompt);
        worlds->setSeed(7);
        worlds->generate();
        if (!co_await waitUntil([&] { return worlds->worldId() != before && !worlds->busy(); }, 20000)) {
            m_missing << QStringLiteral("worlds: \"%1\" was not generated").arg(prompt);
            co_return;
        }
        co_await settle(1500);
        shoot(shot);
        if (shot == QLatin1String("worlds-generated")) {
            // The misty forest with its fog hidden by the view's button, then shown again.
            if (QObject *fog = item(QStringLiteral("worldFog")); fog && fog->property("visible").toBool()) {
                QMetaObject::invokeMethod(fog, "clicked");
                co_await settle(600);
                if (worlds->fogShown())
                    m_missing << QStringLiteral("worlds: Hide fog left the fog on");
                shoot(QStringLiteral("worlds-nofog"));
                QMetaObject::invokeMethod(fog, "clicked");
            } else {
                m_missing << QStringLiteral("worldFog (the misty forest offers no Hide fog)");
            }
        }
    }

    // Hand edits of the city: select an object, make it twice as tall, add a tree from the
    // catalog, save version 2, then undo the tree.
    WorldEditController *edit = WorldEditController::instance();
    if (!edit) {
        m_missing << QStringLiteral("the world edit controller");
        co_return;
    }
    edit->select(0);
    if (!edit->setField(QStringLiteral("scaleY"), edit->scaleY() * 2) || !edit->dirty())
        m_missing << QStringLiteral("world edit: the scale was not changed (%1)").arg(edit->error()->cause());
    co_await settle(1200);
    shoot(QStringLiteral("worlds-edit"));
    if (QObject *browser = item(QStringLiteral("prefabBrowser"))) {
        browser->setProperty("placeAt", worlds->center());
        QMetaObject::invokeMethod(browser, "open");
        co_await settle(600);
        shoot(QStringLiteral("worlds-catalog"));
        QMetaObject::invokeMethod(browser, "close");
    } else {
        m_missing << QStringLiteral("prefabBrowser");
    }
    const int before = edit->editor().count();
    if (!edit->addPrefab(QStringLiteral("oak_tree_01"), worlds->center()) || edit->editor().count() != before + 1)
        m_missing << QStringLiteral("world edit: the tree was not added (%1)").arg(edit->error()->cause());
    edit->saveVersion(QStringLiteral("taller building and a tree"));
    if (!co_await waitUntil([edit] { return edit->version() == 2 && !edit->saving(); }, 10000))
        m_missing << QStringLiteral("world edit: version 2 was not saved (%1)").arg(edit->error()->cause());
    edit->undo();
    if (edit->editor().count() != before || !edit->canRedo() || !edit->dirty())
        m_missing << QStringLiteral("world edit: undo did not take the tree away");
    edit->redo();
    edit->clearSelection();
    co_await settle(600);

    // The fly camera takes over where the orbit camera was, then hands back.
    if (QObject *view = item(QStringLiteral("worldView"))) {
        view->setProperty("flying", true);
        co_await settle(800);
        shoot(QStringLiteral("worlds-fly"));
        view->setProperty("flying", false);
        co_await settle(300);
    } else {
        m_missing << QStringLiteral("worldView");
    }

    // A VR session in the city, and the city published as an experience.
    WorldHubController *hub = WorldHubController::instance();
    if (!hub) {
        m_missing << QStringLiteral("the world hub controller");
        co_return;
    }
    hub->startSession(8);
    if (!co_await waitUntil([hub] { return hub->sessions().size() == 1; }, 10000))
        m_missing << QStringLiteral("worlds: the VR session did not start (%1)").arg(hub->error()->cause());
    if (QObject *dialog = item(QStringLiteral("publishDialog"))) {
        QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, QVariant()));
        co_await settle(600);
        shoot(QStringLiteral("worlds-publish"));
        QMetaObject::invokeMethod(dialog, "close");
    } else {
        m_missing << QStringLiteral("publishDialog");
    }
    bool published = false;
    auto publishedConnection = connect(hub, &WorldHubController::published, this, [&published](bool ok) { published = ok; });
    hub->publish(QStringLiteral("Night city"), QStringLiteral("Cars and lamps"), QStringLiteral("city, night"), QStringLiteral("public"),
                 m_window ? m_window->grabWindow() : QImage());
    if (!co_await waitUntil([&published] { return published; }, 10000))
        m_missing << QStringLiteral("worlds: the city was not published (%1)").arg(hub->error()->cause());
    disconnect(publishedConnection);
    co_await settle(600);
    shoot(QStringLiteral("worlds-sessions"));

    // The experience browser: the city just published is found by a search, the demo's busiest
    // world shows a day of telemetry, and "Open in preview" shows its world.
    if (ExperiencesController *browse = ExperiencesController::instance(); browse && invoke(QStringLiteral("experiencesDialog"), "openBrowser")) {
        browse->setQuery(QStringLiteral("night"));
        browse->refresh();
        if (!co_await waitUntil([browse] { return !browse->loading() && browse->selected().value(QStringLiteral("title")) == QLatin1String("Night city"); }, 10000))
            m_missing << QStringLiteral("experiences: a search for \"night\" did not find the city just published");
        browse->setQuery(QString());
        browse->refresh();
        if (!co_await waitUntil([browse] { return !browse->loading() && browse->total() >= 2; }, 10000))
            m_missing << QStringLiteral("experiences: the list did not come back");
        for (const QVariant &v : browse->items())
            if (v.toMap().value(QStringLiteral("title")) == QLatin1String("Neon Plaza"))
                browse->select(v.toMap().value(QStringLiteral("id")).toDouble());
        if (!co_await waitUntil([browse] { return !browse->telemetry().isEmpty(); }, 10000))
            m_missing << QStringLiteral("experiences: no telemetry for the demo's Neon Plaza");
        co_await settle(800);
        shoot(QStringLiteral("worlds-experiences"));
        const double before = worlds->worldId();
        const double wanted = browse->selected().value(QStringLiteral("worldId")).toDouble();
        invoke(QStringLiteral("experienceOpen"), "clicked");
        if (!co_await waitUntil([worlds, wanted] { return worlds->worldId() == wanted && !worlds->busy(); }, 10000))
            m_missing << QStringLiteral("experiences: Open in preview left world %1 on screen, not %2").arg(before).arg(wanted);
        co_await settle(1200);
        shoot(QStringLiteral("worlds-opened"));
    } else {
        m_missing << QStringLiteral("experiencesDialog");
    }

    // The local HTTP API: on (any free port), a token made, a real request answered, then off.
    LocalApiController *api = LocalApiController::instance();
    if (!api) {
        m_missing << QStringLiteral("the local API controller");
        co_return;
    }
    api->setPort(0);
    api->setRunning(true);
    if (!api->running()) {
        m_missing << QStringLiteral("local API: did not start (%1)").arg(api->error()->cause());
        co_return;
    }
    api->createToken(QStringLiteral("unity-client"));
    co_await waitUntil([api] { return !api->newToken().isEmpty(); }, 10000);
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(api->url().section(QLatin1Char(':'), -1).toUInt()));
    probe.write("GET /api/v1/prefab-catalog/?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " + api->newToken().toLatin1() + "\r\n\r\n");
    QByteArray answer;
    co_await waitUntil([&] {
        answer += probe.readAll();
        return probe.state() == QAbstractSocket::UnconnectedState || answer.contains("\"prefabs\"");
    }, 10000);
    if (!answer.startsWith("HTTP/1.1 200"))
        m_missing << QStringLiteral("local API: a catalog request got \"%1\"").arg(QString::fromLatin1(answer.left(60)));
    if (invoke(QStringLiteral("localApiDialog"), "open")) {
        co_await settle(700);
        shoot(QStringLiteral("worlds-localapi"));
        invoke(QStringLiteral("localApiDialog"), "close");
    }
    api->setRunning(false);
}

QCoro::Task<void> UiDriver::tour()
{
    co_await oracleTour();
    co_await marketTour();
    co_await swapsTour();
    co_await worldsTour();

    // The identity switcher's list.
    m_session.setCurrentPanel(6);
    co_await settle(300);
    if (invoke(QStringLiteral("identityPopup"), "open")) {
        co_await settle(400);
        shoot(QStringLiteral("identity-switcher"));
        invoke(QStringLiteral("identityPopup"), "close");
    }

    // Verify the chain, then the export dialog.
    m_session.setCurrentPanel(4);
    bool verified = false;
    auto verifiedConnection = connect(&m_audit, &AuditController::verifyFinished, this, [&verified] { verified = true; });
    m_audit.startVerify();
    co_await waitUntil([&verified] { return verified; }, 60000);
    disconnect(verifiedConnection);
    if (m_audit.verifyState() != QLatin1String("ok"))
        m_missing << QStringLiteral("chain verification: %1").arg(m_audit.verifySummary());
    co_await settle(500);
    shoot(QStringLiteral("audit-verified"));
    m_audit.entries()->setText(QStringLiteral("no entry says this"));
    co_await settle(900);
    shoot(QStringLiteral("audit-empty"));
    m_audit.entries()->clearFilters();
    co_await settle(500);
    if (invoke(QStringLiteral("exportDialog"), "openFor")) {
        co_await settle(500);
        shoot(QStringLiteral("audit-export"));
        invoke(QStringLiteral("exportDialog"), "close");
    }

    // Maintenance and emergency banners, then the confirmation before an emergency stop.
    m_admin.setMaintenance(true, QStringLiteral("Database upgrade, back in 10 minutes"));
    co_await waitUntil([this] { return m_session.maintenance(); }, 10000);
    m_session.setCurrentPanel(6);
    selectAdminTab(4);
    co_await settle(700);
    shoot(QStringLiteral("banner-maintenance"));
    m_admin.setMaintenance(false, QString());
    co_await waitUntil([this] { return !m_session.maintenance(); }, 10000);
    if (invoke(QStringLiteral("emergencyButton"), "clicked")) {
        co_await settle(500);
        shoot(QStringLiteral("confirm-emergency-stop"));
        invoke(QStringLiteral("systemConfirm"), "reject");
    }
    m_admin.emergencyStop(QStringLiteral("Drill: checking the emergency procedure"));
    co_await waitUntil([this] { return m_session.emergency(); }, 10000);
    co_await settle(700);
    shoot(QStringLiteral("banner-emergency"));
    m_admin.resume(QStringLiteral("Drill finished"));
    co_await waitUntil([this] { return !m_session.emergency(); }, 10000);

    // What a plain user sees: the gateway's refusals, explained.
    const QString admin = m_session.activeName();
    QString plainUser;
    for (const QVariant &v : m_session.identities())
        if (v.toMap().value(QStringLiteral("role")).toString() == QLatin1String("user"))
            plainUser = v.toMap().value(QStringLiteral("name")).toString();
    if (!plainUser.isEmpty()) {
        m_session.switchIdentity(plainUser);
        selectAdminTab(0);
        co_await settle(1200);
        shoot(QStringLiteral("admin-as-user"));
        m_session.switchIdentity(admin);
        co_await waitUntil([this] { return m_session.holds(QStringLiteral("manage_users")); }, 10000);
    }
    selectAdminTab(0);
    co_await settle(500);
}

QCoro::Task<int> UiDriver::run()
{
    QElapsedTimer clock;
    clock.start();
    const QList<QObject *> roots = m_engine.rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!m_window) {
        std::fprintf(stderr, "self-test: the main window did not load\n");
        co_return 1;
    }
    if (m_mode == Mode::Screenshots && !QDir().mkpath(m_dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(m_dir));
        co_return 1;
    }
    bool framed = false;
    auto frameConnection = connect(m_window, &QQuickWindow::frameSwapped, this, [&framed] { framed = true; });
    const bool firstFrame = co_await waitUntil([&framed] { return framed; }, 20000);
    disconnect(frameConnection);
    std::printf("first frame: %s after %lld ms\n", firstFrame ? "rendered" : "NOT rendered", qint64(clock.elapsed()));

    // Seeding is what gives the panels their data; screenshots need it complete.
    const int seedTimeout = m_mode == Mode::Screenshots ? 600000 : 150000;
    const bool seeded = co_await waitUntil([this] { return !m_session.seeding()->active(); }, seedTimeout);
    if (m_session.demo())
        std::printf("demo seeding: %s after %lld ms\n", seeded ? "done" : "still running", qint64(clock.elapsed()));
    co_await waitUntil([this] { return m_session.hasCaller() && !m_session.activePermissions().isEmpty(); }, 10000);
    co_await settle(800);
    pickInterestingSelections();
    if (m_mode == Mode::Screenshots) // keep the pointer from hovering anything
        QCursor::setPos(m_window->mapToGlobal(QPoint(m_window->width() - 2, m_window->height() - 2)));

    co_await visitPanels();
    if (m_session.demo())
        co_await tour();
    m_session.setCurrentPanel(6);
    co_await settle(300);

    QStringList problems;
    {
        QMutexLocker lock(&m_mutex);
        problems = m_problems;
    }
    for (const QString &missing : std::as_const(m_missing))
        problems << QStringLiteral("not found or failed: %1").arg(missing);
    if (m_session.demo() && !seeded)
        problems << QStringLiteral("demo seeding did not finish within %1 s").arg(seedTimeout / 1000);
    if (!m_session.seeding()->failure().isEmpty())
        problems << QStringLiteral("demo seeding failed: %1").arg(m_session.seeding()->failure());
    if (!firstFrame)
        problems << QStringLiteral("no frame was rendered");
    for (const QString &p : std::as_const(m_written))
        std::printf("wrote %s\n", qPrintable(p));
    const char *what = m_mode == Mode::SelfTest ? "self-test" : "screenshots";
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "%s FAILED: %lld problem(s):\n", what, qint64(problems.size()));
        for (const QString &p : std::as_const(problems))
            std::fprintf(stderr, "  - %s\n", qPrintable(p));
        co_return 1;
    }
    std::printf("%s passed: visited %lld panels, 5 Admin tabs%s in %lld ms, no QML warnings\n", what,
                qint64(panelNames().size()), m_session.demo() ? ", dialogs, verification and banners" : "",
                qint64(clock.elapsed()));
    co_return 0;
}

} // namespace nexus
