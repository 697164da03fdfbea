// Runs the Qt Quick Tests in tests/qml_market/ against a real profile: the Market singleton QML
// sees is a MarketController on a Session acting as the controller "ada" (12.5 ICP minted through
// the gateway). A creator, "Sam", lists four tokens of a collection; a third user, "Olga", can buy
// one through the gateway while a test's dialog is open (the lost race).

#include "appfixture.h"
#include "marketcontroller.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(NexusPlugin)

using namespace nexus;

// What the QML tests need from outside the dialog: the listings made here, another buyer, and
// the ledger and NFT state to check results against.
class MarketTestDriver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantMap listings MEMBER m_listings CONSTANT)
    Q_PROPERTY(QString ada READ ada CONSTANT)

public:
    MarketTestDriver(test::AppFixture &f, Principal other) : m_f(f), m_other(std::move(other)) {}
    QVariantMap m_listings;
    QString ada() const { return m_f.controller.toText(); }

    Q_INVOKABLE bool buyAsOther(qint64 listingId)
    {
        return bool(m_f.call(m_other, QStringLiteral("market.buy"), {{QStringLiteral("listing_id"), listingId}, {QStringLiteral("payment"), QStringLiteral("direct")}}));
    }
    Q_INVOKABLE double adaBalance() // in base units (exact in a double at these sizes)
    {
        auto r = m_f.call(m_f.controller, QStringLiteral("ledger.balance_of"), {{QStringLiteral("asset"), QStringLiteral("ICP")}});
        return r ? r->toObject().value(QStringLiteral("balance")).toString().toDouble() : -1;
    }
    Q_INVOKABLE QString ownerOf(qint64 tokenId)
    {
        auto r = m_f.call(m_f.controller, QStringLiteral("nft.owner_of"), {{QStringLiteral("collection"), QStringLiteral("test-isles")}, {QStringLiteral("token_ids"), QJsonArray{tokenId}}});
        return r ? r->toObject().value(QStringLiteral("items")).toArray().at(0).toString() : QString();
    }

private:
    test::AppFixture &m_f;
    Principal m_other;
};

class Setup : public QObject
{
    Q_OBJECT

    test::AppFixture m_fixture;
    std::unique_ptr<MarketController> m_market;
    std::unique_ptr<MarketTestDriver> m_driver;

    bool must(const Principal &as, const QString &method, const QJsonObject &args, QJsonObject *out = nullptr)
    {
        auto r = m_fixture.call(as, method, args);
        if (!r) {
            qWarning("%s failed: %s", qPrintable(method), test::describe(r).constData());
            return false;
        }
        if (out)
            *out = r->toObject();
        return true;
    }
    bool mint(const Principal &to, const QString &units)
    {
        return must(m_fixture.controller, QStringLiteral("ledger.mint"),
                    {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), to.toText()}, {QStringLiteral("amount"), units}});
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        if (!m_fixture.open())
            qFatal("cannot open the test profile");
        const Principal sam = m_fixture.createUser(1, QStringLiteral("Sam Seller"), QStringLiteral("creator"));
        const Principal olga = m_fixture.createUser(2, QStringLiteral("Olga Other"));
        if (!mint(m_fixture.controller, QStringLiteral("1250000000")) || !mint(sam, QStringLiteral("100000000")) || !mint(olga, QStringLiteral("1000000000")))
            qFatal("cannot mint test funds");
        if (!must(sam, QStringLiteral("nft.create_collection"), {{QStringLiteral("collection"), QStringLiteral("test-isles")},
                                                                 {QStringLiteral("name"), QStringLiteral("Test Isles")}, {QStringLiteral("symbol"), QStringLiteral("TIS")}}))
            qFatal("cannot create the collection");
        QJsonArray tokens;
        for (const char *name : {"Cheap Cove", "Allowance Atoll", "Pricey Peak", "Raced Reef"})
            tokens.append(QJsonObject{{QStringLiteral("to"), sam.toText()}, {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QLatin1String(name)}}}});
        QJsonObject minted;
        if (!must(sam, QStringLiteral("nft.mint"), {{QStringLiteral("collection"), QStringLiteral("test-isles")}, {QStringLiteral("tokens"), tokens}}, &minted))
            qFatal("cannot mint tokens");
        m_driver = std::make_unique<MarketTestDriver>(m_fixture, olga);
        const QStringList keys{QStringLiteral("cheap"), QStringLiteral("allowance"), QStringLiteral("pricey"), QStringLiteral("raced")};
        const QStringList prices{QStringLiteral("250000000"), QStringLiteral("100000000"), QStringLiteral("5000000000"), QStringLiteral("300000000")};
        const QJsonArray ids = minted.value(QStringLiteral("minted")).toArray();
        for (int i = 0; i < keys.size(); ++i) {
            const qint64 token = ids.at(i).toObject().value(QStringLiteral("token_id")).toInteger();
            QJsonObject listed;
            if (!must(sam, QStringLiteral("market.create_listing"), {{QStringLiteral("collection"), QStringLiteral("test-isles")}, {QStringLiteral("token_id"), token},
                                                                     {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("price"), prices[i]}}, &listed))
                qFatal("cannot list a token");
            m_driver->m_listings.insert(keys[i], QVariantMap{{QStringLiteral("id"), listed.value(QStringLiteral("listing_id")).toInteger()},
                                                            {QStringLiteral("token"), token}});
        }
        if (!m_fixture.startSession())
            qFatal("the session did not start");
        Session::setInstance(m_fixture.session.get());
        m_market = std::make_unique<MarketController>(*m_fixture.session);
        MarketController::setInstance(m_market.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("driver"), m_driver.get());
        m_market->refresh();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(nexus_market_dialogs, Setup)

#include "tst_qml_market.moc"
