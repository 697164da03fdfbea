// Runs the Qt Quick Tests in tests/qml_swaps/ against a real profile: the Swaps singleton QML sees
// is a SwapsController on a Session acting as the controller "ada" (who holds manage_swaps).
// Seeded through the real gateway: identities jon and ivy (users), kim and lee (admins holding
// manage_swaps, the approvers), funds minted to them, and swaps in the states the tests need, with
// ada as initiator, as participant, and as neither. The test reads the seeded ids (and the one
// secret it may know, for ada's redeem) from the SwapFixture singleton.

#include "appfixture.h"
#include "swapscontroller.h"
#include "swapsecret.h"

#include <QCryptographicHash>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(NexusPlugin)

using namespace nexus;

namespace {

constexpr qint64 kHourNs = 3600LL * 1000000000;

} // namespace

// What the QML tests need to know about the seeded data.
class SwapFixture : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap ids MEMBER ids CONSTANT)
    Q_PROPERTY(QString redeemSecret MEMBER redeemSecret CONSTANT)
    Q_PROPERTY(QString jon MEMBER jon CONSTANT)

public:
    QVariantMap ids;
    QString redeemSecret;
    QString jon;
};

class Setup : public QObject
{
    Q_OBJECT

    test::AppFixture m_fixture;
    std::unique_ptr<SwapsController> m_swaps;
    SwapFixture m_data;
    Principal m_jon, m_ivy, m_kim, m_lee;
    int m_secrets = 0;

    QJsonObject must(const Principal &as, const QString &method, const QJsonObject &args, qint64 atNs = 0)
    {
        CallContext ctx;
        ctx.caller = as;
        ctx.origin = Origin::Seed;
        ctx.timeNs = atNs;
        auto r = m_fixture.backend->gateway().callBlocking(ctx, method, args);
        if (!r)
            qFatal("%s failed: %s", qPrintable(method), test::describe(r).constData());
        return r->toObject();
    }
    void mint(const Principal &to, const QString &asset, const QString &units)
    {
        must(m_fixture.controller, QStringLiteral("ledger.mint"),
             {{QStringLiteral("asset"), asset}, {QStringLiteral("to"), to.toText()}, {QStringLiteral("amount"), units}});
    }
    // Initiates (at `atNs`, 0: now) and has kim and lee approve when the swap waits for approval.
    qint64 swap(const Principal &from, const Principal &to, const QString &asset, const QString &want, bool approve = true, qint64 atNs = 0,
                QString *secret = nullptr)
    {
        const SwapSecret sec = SwapSecret::fromSecret(QCryptographicHash::hash("qml swap " + QByteArray::number(++m_secrets), QCryptographicHash::Sha256));
        if (secret)
            *secret = sec.secretHex();
        const QJsonObject r = must(from, QStringLiteral("swaps.initiate"),
                                   {{QStringLiteral("participant"), to.toText()}, {QStringLiteral("asset"), asset},
                                    {QStringLiteral("amount"), asset == QLatin1String("ICP") ? QStringLiteral("100000000") : QStringLiteral("100000")},
                                    {QStringLiteral("participant_asset"), want},
                                    {QStringLiteral("participant_amount"), want == QLatin1String("ICP") ? QStringLiteral("100000000") : QStringLiteral("100000")},
                                    {QStringLiteral("hashlock"), sec.hashlockHex()}},
                                   atNs);
        const qint64 id = r.value(QStringLiteral("id")).toInteger();
        if (approve && r.value(QStringLiteral("state")).toString() == QLatin1String("pending_approval"))
            for (const Principal &approver : {m_kim, m_lee})
                must(approver, QStringLiteral("swaps.approve"), {{QStringLiteral("id"), id}}, atNs ? atNs + 1000 : 0);
        return id;
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        if (!m_fixture.open())
            qFatal("cannot open the test profile");
        const Principal ada = m_fixture.controller;
        m_jon = m_fixture.createIdentity(QStringLiteral("jon"), QStringLiteral("user"));
        m_ivy = m_fixture.createIdentity(QStringLiteral("ivy"), QStringLiteral("user"));
        m_kim = m_fixture.createIdentity(QStringLiteral("kim"), QStringLiteral("admin"));
        m_lee = m_fixture.createIdentity(QStringLiteral("lee"), QStringLiteral("admin"));
        for (const Principal &p : {m_kim, m_lee})
            must(ada, QStringLiteral("users.grant_permission"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("permission"), QStringLiteral("manage_swaps")}});
        for (const Principal &p : {ada, m_jon, m_ivy}) {
            mint(p, QStringLiteral("ICP"), QStringLiteral("5000000000"));
            mint(p, QStringLiteral("ckBTC"), QStringLiteral("50000000"));
        }
        const qint64 now = nowNs();
        QString secret;
        const qint64 participate = swap(m_jon, ada, QStringLiteral("ckBTC"), QStringLiteral("ICP"));
        const qint64 participate2 = swap(m_jon, ada, QStringLiteral("ckBTC"), QStringLiteral("ICP"));
        const qint64 redeem = swap(ada, m_jon, QStringLiteral("ICP"), QStringLiteral("ckBTC"), true, 0, &secret);
        must(m_jon, QStringLiteral("swaps.participate"), {{QStringLiteral("id"), redeem}});
        const qint64 pending = swap(m_ivy, m_jon, QStringLiteral("ICP"), QStringLiteral("ckBTC"), false);
        const qint64 disputed = swap(m_ivy, m_jon, QStringLiteral("ICP"), QStringLiteral("ckBTC"));
        must(m_jon, QStringLiteral("swaps.open_dispute"), {{QStringLiteral("id"), disputed}, {QStringLiteral("reason"), QStringLiteral("no answer")}});
        const qint64 theirs = swap(m_ivy, m_jon, QStringLiteral("ckBTC"), QStringLiteral("ICP"));
        // Initiated 50 hours ago with the default 48 h timelock: refundable now.
        const qint64 refund = swap(ada, m_jon, QStringLiteral("ICP"), QStringLiteral("ckBTC"), true, now - 50 * kHourNs);
        m_data.ids = {{QStringLiteral("participate"), participate}, {QStringLiteral("participate2"), participate2},
                      {QStringLiteral("redeem"), redeem},           {QStringLiteral("pending"), pending},
                      {QStringLiteral("disputed"), disputed},       {QStringLiteral("theirs"), theirs},
                      {QStringLiteral("refund"), refund}};
        m_data.redeemSecret = secret;
        m_data.jon = m_jon.toText();
        if (!m_fixture.startSession())
            qFatal("the session did not start");
        Session::setInstance(m_fixture.session.get());
        m_swaps = std::make_unique<SwapsController>(*m_fixture.session);
        SwapsController::setInstance(m_swaps.get());
        qmlRegisterSingletonInstance("NexusTest", 1, 0, "SwapFixture", &m_data);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_swaps->refresh();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(nexus_swap_actions, Setup)

#include "tst_qml_swaps.moc"
