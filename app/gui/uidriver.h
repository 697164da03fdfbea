#pragma once
// Drives the loaded UI for `--self-test` (visit every panel, fail on any QML warning) and
// `--screenshots DIR` (one PNG per panel and Admin tab, plus dark-theme shots).

#include <QCoroTask>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

namespace nexus {

class Session;
class AdminController;
class AuditController;
class ConfigController;
class OracleController;
class SwapsController;

class UiDriver : public QObject
{
public:
    enum class Mode { SelfTest, Screenshots };

    UiDriver(QQmlApplicationEngine &engine, Session &session, AdminController &admin, ConfigController &config,
             AuditController &audit, OracleController &oracle, SwapsController &swaps, Mode mode, QString screenshotDir, QObject *parent = nullptr);
    ~UiDriver() override;

    // Routes Qt messages through the driver so QML warnings are counted (any thread).
    void installMessageHandler();
    // Returns the process exit code.
    QCoro::Task<int> run();

    static QStringList panelNames(); // file names, in navigation order

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    QCoro::Task<bool> waitUntil(std::function<bool()> condition, int timeoutMs);
    QCoro::Task<void> settle(int ms); // let loads finish and a frame render
    QCoro::Task<void> visitPanels();
    // Demo profiles only: drives dialogs, verification and the system banners (it changes state).
    QCoro::Task<void> tour();
    QCoro::Task<void> oracleTour(); // ranges, the converter and the manual price dialog
    QCoro::Task<void> marketTour(); // listing detail, buy review, list view, tabs, create dialog
    QCoro::Task<void> swapsTour();
    QCoro::Task<void> worldsTour(); // generate worlds from prompts and look at them  // swaps in several states, the wizard, redeem and a confirmation
    bool selectSwapInState(const QString &state);
    QCoro::Task<void> waitForOracleChart();
    void pickInterestingSelections();
    bool shoot(const QString &name);
    bool selectAdminTab(int index);
    QObject *item(const QString &objectName) const;
    bool invoke(const QString &objectName, const char *method);

    QQmlApplicationEngine &m_engine;
    Session &m_session;
    AdminController &m_admin;
    ConfigController &m_config;
    AuditController &m_audit;
    OracleController &m_oracle;
    SwapsController &m_swaps;
    Mode m_mode;
    QString m_dir;
    QQuickWindow *m_window = nullptr;
    QMutex m_mutex;
    QStringList m_problems; // QML warnings and errors seen
    QStringList m_written;
    QStringList m_missing; // objects the driver expected but did not find
};

} // namespace nexus
