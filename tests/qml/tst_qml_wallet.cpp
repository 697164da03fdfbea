// Runs the Qt Quick Tests in tests/qml_wallet/ (outside tests/qml, which Quick Test scans recursively) against a real profile: the Wallet singleton QML sees is a
// WalletController on a Session acting as the controller "ada", who holds 12.5 ICP minted
// through the gateway, so the dialogs validate, review and send through the real ledger (to
// ada's own subaccount 1, a different ICRC-1 account).

#include "appfixture.h"
#include "walletcontroller.h"

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
    std::unique_ptr<WalletController> m_wallet;

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        if (!m_fixture.open())
            qFatal("cannot open the test profile");
        auto minted = m_fixture.call(m_fixture.controller, QStringLiteral("ledger.mint"),
                                     {{QStringLiteral("asset"), QStringLiteral("ICP")},
                                      {QStringLiteral("to"), m_fixture.controller.toText()},
                                      {QStringLiteral("amount"), QStringLiteral("1250000000")}});
        if (!minted)
            qFatal("cannot mint test funds: %s", test::describe(minted).constData());
        if (!m_fixture.startSession())
            qFatal("the session did not start");
        m_wallet = std::make_unique<WalletController>(*m_fixture.session);
        WalletController::setInstance(m_wallet.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_wallet->refresh();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(nexus_wallet_dialogs, Setup)

#include "tst_qml_wallet.moc"
