// The key store: identities of both key types, PEM import, sealed private keys, passphrases.

#include "testprofile.h"

#include "services/identityservice.h"
#include "storage/database.h"

using namespace nexus;
using namespace nexus::test;

namespace {

QByteArray fixture(const QString &name)
{
    return readFile(QStringLiteral(NEXUS_SOURCE_DIR "/tests/core/data/") + name);
}

// A connection of our own on the test thread, for the direct key-store functions.
class Conn
{
public:
    explicit Conn(const QString &path)
    {
        auto db = Database::open(path, QStringLiteral("identities-test"), false);
        if (db)
            m_db = *db;
    }
    ~Conn()
    {
        m_db = QSqlDatabase();
        Database::close(QStringLiteral("identities-test"));
    }
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace

class TestIdentities : public QObject
{
    Q_OBJECT

    TestProfile *m_p = nullptr;

    Result<QJsonValue> create(const QString &name, const QString &keyType = QStringLiteral("ed25519"),
                              const QString &passphrase = kPassphrase, bool registerUser = true)
    {
        return m_p->call(Principal::anonymous(), QStringLiteral("identities.create"),
                         {{QStringLiteral("name"), name}, {QStringLiteral("key_type"), keyType},
                          {QStringLiteral("passphrase"), passphrase}, {QStringLiteral("register"), registerUser}});
    }
    Result<QJsonValue> import(const QString &name, const QByteArray &pem, const QString &passphrase = kPassphrase)
    {
        return m_p->call(Principal::anonymous(), QStringLiteral("identities.import_pem"),
                         {{QStringLiteral("name"), name}, {QStringLiteral("pem"), QString::fromUtf8(pem)}, {QStringLiteral("passphrase"), passphrase}});
    }
    QJsonObject listed(const QString &name)
    {
        for (const QJsonValue &v : obj(m_p->ctl(QStringLiteral("identities.list"))).value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }
    QList<QVariantList> keyStore() { return sqlRows(m_p->dbPath(), QStringLiteral("SELECT name, hex(principal), hex(sealed_key) FROM identities ORDER BY name")); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = new TestProfile;
        QVERIFY(m_p->init());
    }
    void cleanup()
    {
        delete m_p;
        m_p = nullptr;
    }

    void createBothKeyTypes_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<int>("derSize");
        QTest::newRow("ed25519") << "ed25519" << 44;
        QTest::newRow("secp256k1") << "secp256k1" << 88;
    }
    void createBothKeyTypes()
    {
        QFETCH(QString, keyType);
        QFETCH(int, derSize);
        auto r = create(QStringLiteral("bob"), keyType);
        NX_VERIFY_OK(r);
        const auto p = Principal::fromText(obj(r).value(QStringLiteral("principal")).toString());
        NX_VERIFY_OK(p);
        QVERIFY(p->isSelfAuthenticating());
        QCOMPARE(obj(r).value(QStringLiteral("key_type")).toString(), keyType);

        const QJsonObject item = listed(QStringLiteral("bob"));
        QCOMPARE(item.value(QStringLiteral("principal")).toString(), p->toText());
        QCOMPARE(item.value(QStringLiteral("key_type")).toString(), keyType);
        QCOMPARE(item.value(QStringLiteral("role")).toString(), QStringLiteral("user")); // registered by default
        QCOMPARE(listed(QStringLiteral("ctl")).value(QStringLiteral("role")).toString(), QStringLiteral("controller"));

        auto exp = m_p->ctl(QStringLiteral("identities.export_principal"), {{QStringLiteral("name"), QStringLiteral("bob")}});
        NX_VERIFY_OK(exp);
        const QByteArray der = QByteArray::fromHex(obj(exp).value(QStringLiteral("public_key_der")).toString().toLatin1());
        QCOMPARE(der.size(), derSize);
        QCOMPARE(Principal::selfAuthenticating(der), *p);
        QCOMPARE(obj(exp).value(QStringLiteral("principal")).toString(), p->toText());
        QVERIFY(!obj(exp).contains(QStringLiteral("private_key")));
        auto byPrincipal = m_p->ctl(QStringLiteral("identities.export_principal"), {{QStringLiteral("name"), p->toText()}});
        NX_VERIFY_OK(byPrincipal);
        QCOMPARE(obj(byPrincipal).value(QStringLiteral("name")).toString(), QStringLiteral("bob"));

        // The sealed key opens with the passphrase, to the same key, which signs for that DER key.
        Conn c(m_p->dbPath());
        auto key = unlockIdentity(c.db(), QStringLiteral("bob"), kPassphrase);
        NX_VERIFY_OK(key);
        QCOMPARE(key->principal(), *p);
        auto sig = key->sign("nexus");
        NX_VERIFY_OK(sig);
        QVERIFY(verifySignature(der, "nexus", *sig));
        auto wrong = unlockIdentity(c.db(), QStringLiteral("bob"), kPassphrase + QStringLiteral("x"));
        NX_VERIFY_ERROR(wrong, ErrorCode::Unauthenticated);
        QVERIFY(wrong.error().message.contains(QLatin1String("bob")));
        NX_VERIFY_ERROR(unlockIdentity(c.db(), QStringLiteral("nobody"), kPassphrase), ErrorCode::NotFound);

        // The backend resolves --as by name or principal.
        auto resolved = m_p->backend->resolveCaller(QStringLiteral("bob"));
        NX_VERIFY_OK(resolved);
        QCOMPARE(*resolved, *p);
        QCOMPARE(*m_p->backend->resolveCaller(p->toText()), *p);
        QVERIFY(!m_p->backend->resolveCaller(QStringLiteral("nosuchidentity")));
    }

    void unregisteredIdentity()
    {
        auto r = create(QStringLiteral("ghost"), QStringLiteral("ed25519"), kPassphrase, false);
        NX_VERIFY_OK(r);
        QCOMPARE(listed(QStringLiteral("ghost")).value(QStringLiteral("role")).toString(), QStringLiteral("guest"));
        const auto p = Principal::fromText(obj(r).value(QStringLiteral("principal")).toString());
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM users WHERE principal = ?"), {p->bytes()}).toInt(), 0);
    }

    void importPemFixtures_data()
    {
        QTest::addColumn<QString>("pemFile");
        QTest::addColumn<QString>("derFile");
        QTest::addColumn<QString>("keyType");
        QTest::newRow("ed25519 pkcs8") << "ed25519_openssl.pem" << "ed25519_openssl.pub.der" << "ed25519";
        QTest::newRow("secp256k1 dfx (EC PARAMETERS)") << "secp256k1_ecparam.pem" << "secp256k1_ecparam.pub.der" << "secp256k1";
        QTest::newRow("secp256k1 sec1") << "secp256k1_noparams.pem" << "secp256k1_noparams.pub.der" << "secp256k1";
        QTest::newRow("secp256k1 pkcs8") << "secp256k1_pkcs8.pem" << "secp256k1_noparams.pub.der" << "secp256k1";
    }
    void importPemFixtures()
    {
        QFETCH(QString, pemFile);
        QFETCH(QString, derFile);
        QFETCH(QString, keyType);
        const QByteArray der = fixture(derFile);
        QVERIFY(!der.isEmpty());
        const Principal expected = Principal::selfAuthenticating(der);
        auto r = import(QStringLiteral("imported"), fixture(pemFile));
        NX_VERIFY_OK(r);
        QCOMPARE(obj(r).value(QStringLiteral("principal")).toString(), expected.toText());
        QCOMPARE(obj(r).value(QStringLiteral("key_type")).toString(), keyType);
        auto exp = m_p->ctl(QStringLiteral("identities.export_principal"), {{QStringLiteral("name"), QStringLiteral("imported")}});
        QCOMPARE(obj(exp).value(QStringLiteral("public_key_der")).toString(), QString::fromLatin1(der.toHex()));
        // The same key again, under another name, is refused.
        NX_VERIFY_ERROR(import(QStringLiteral("again"), fixture(pemFile)), ErrorCode::AlreadyExists);
    }

    void rejectedInputChangesNothing_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<int>("code");
        auto pem = [](const char *f) { return QString::fromUtf8(fixture(QString::fromLatin1(f))); };
        const int invalid = int(ErrorCode::InvalidArgument);
        const QString c = QStringLiteral("identities.create"), i = QStringLiteral("identities.import_pem");
        QTest::newRow("short passphrase") << c << QJsonObject{{"name", "newbie"}, {"passphrase", "1234567"}} << invalid;
        QTest::newRow("name with space") << c << QJsonObject{{"name", "new bie"}, {"passphrase", kPassphrase}} << invalid;
        QTest::newRow("name with dash first") << c << QJsonObject{{"name", "-newbie"}, {"passphrase", kPassphrase}} << invalid;
        QTest::newRow("name non-ascii") << c << QJsonObject{{"name", QStringLiteral("n\u00e9wbie")}, {"passphrase", kPassphrase}} << invalid;
        QTest::newRow("name too long") << c << QJsonObject{{"name", QString(33, QLatin1Char('n'))}, {"passphrase", kPassphrase}} << invalid;
        QTest::newRow("empty name") << c << QJsonObject{{"name", ""}, {"passphrase", kPassphrase}} << invalid;
        QTest::newRow("unknown key type") << c << QJsonObject{{"name", "newbie"}, {"passphrase", kPassphrase}, {"key_type", "rsa"}} << invalid;
        QTest::newRow("duplicate name") << c << QJsonObject{{"name", "ctl"}, {"passphrase", kPassphrase}} << int(ErrorCode::AlreadyExists);
        QTest::newRow("garbage pem") << i << QJsonObject{{"name", "newbie"}, {"passphrase", kPassphrase}, {"pem", "hello, world"}} << invalid;
        QTest::newRow("empty pem block") << i << QJsonObject{{"name", "newbie"}, {"passphrase", kPassphrase},
                                                             {"pem", "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n"}} << invalid;
        QTest::newRow("p256 pem") << i << QJsonObject{{"name", "newbie"}, {"passphrase", kPassphrase}, {"pem", pem("p256.pem")}} << invalid;
        QTest::newRow("rsa pem") << i << QJsonObject{{"name", "newbie"}, {"passphrase", kPassphrase}, {"pem", pem("rsa_pkcs8.pem")}} << invalid;
        QTest::newRow("encrypted pem") << i << QJsonObject{{"name", "newbie"}, {"passphrase", kPassphrase}, {"pem", pem("ed25519_encrypted.pem")}} << invalid;
        QTest::newRow("pem, short passphrase") << i << QJsonObject{{"name", "newbie"}, {"passphrase", "short"}, {"pem", pem("ed25519_openssl.pem")}} << invalid;
        QTest::newRow("pem, duplicate name") << i << QJsonObject{{"name", "ctl"}, {"passphrase", kPassphrase}, {"pem", pem("ed25519_openssl.pem")}}
                                            << int(ErrorCode::AlreadyExists);
    }
    void rejectedInputChangesNothing()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, args);
        QFETCH(int, code);
        const auto ids = keyStore();
        const auto users = sqlRows(m_p->dbPath(), QStringLiteral("SELECT hex(principal), name FROM users ORDER BY 1"));
        auto r = m_p->call(Principal::anonymous(), method, args);
        NX_VERIFY_ERROR(r, ErrorCode(code));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(keyStore(), ids);
        QCOMPARE(sqlRows(m_p->dbPath(), QStringLiteral("SELECT hex(principal), name FROM users ORDER BY 1")), users);
    }

    void privateKeysNeverInClear()
    {
        const QByteArray pem = fixture(QStringLiteral("secp256k1_noparams.pem"));
        NX_VERIFY_OK(import(QStringLiteral("imported"), pem));
        NX_VERIFY_OK(create(QStringLiteral("fresh")));
        QList<QByteArray> secrets{KeyPair::fromPem(pem)->rawPrivate()};
        {
            Conn c(m_p->dbPath());
            for (const char *name : {"fresh", "ctl"}) {
                auto key = unlockIdentity(c.db(), QString::fromLatin1(name), kPassphrase);
                NX_VERIFY_OK(key);
                secrets << key->rawPrivate();
            }
        }
        m_p->close(); // checkpoint the WAL: the main file holds everything
        const QByteArray file = readFile(m_p->dbPath());
        QVERIFY(file.size() > 4096);
        for (const QVariantList &row : sqlRows(m_p->dbPath(), QStringLiteral("SELECT name, sealed_key FROM identities"))) {
            const QByteArray sealed = row[1].toByteArray();
            QVERIFY2(sealed.startsWith("NXK1"), qPrintable(row[0].toString()));
            QVERIFY(sealed.size() >= 4 + 16 + 16 + 12 + 32 + 16);
            for (const QByteArray &raw : std::as_const(secrets))
                QVERIFY(!sealed.contains(raw));
        }
        for (const QByteArray &raw : std::as_const(secrets)) {
            QCOMPARE(raw.size(), 32);
            QVERIFY2(!file.contains(raw), "raw private key bytes in the database file");
            QVERIFY(!file.contains(raw.toHex()));
            QVERIFY(!file.contains(raw.toBase64()));
        }
        QVERIFY(!file.contains(pem.mid(pem.indexOf('\n') + 1, 40))); // no PEM text either
    }

    void changePassphrase()
    {
        NX_VERIFY_OK(create(QStringLiteral("bob")));
        auto change = [&](const QString &current, const QString &next) {
            return m_p->call(Principal::anonymous(), QStringLiteral("identities.change_passphrase"),
                             {{QStringLiteral("name"), QStringLiteral("bob")}, {QStringLiteral("passphrase"), current}, {QStringLiteral("new_passphrase"), next}});
        };
        const auto before = keyStore();
        NX_VERIFY_ERROR(change(QStringLiteral("wrong passphrase"), QStringLiteral("another passphrase")), ErrorCode::Unauthenticated);
        NX_VERIFY_ERROR(change(kPassphrase, QStringLiteral("short")), ErrorCode::InvalidArgument);
        QCOMPARE(keyStore(), before);
        NX_VERIFY_OK(change(kPassphrase, QStringLiteral("another passphrase")));
        QVERIFY(keyStore() != before);
        Conn c(m_p->dbPath());
        NX_VERIFY_ERROR(unlockIdentity(c.db(), QStringLiteral("bob"), kPassphrase), ErrorCode::Unauthenticated);
        auto key = unlockIdentity(c.db(), QStringLiteral("bob"), QStringLiteral("another passphrase"));
        NX_VERIFY_OK(key);
        QCOMPARE(key->principal().toText(), listed(QStringLiteral("bob")).value(QStringLiteral("principal")).toString());
    }
};

QTEST_GUILESS_MAIN(TestIdentities)
#include "tst_identities.moc"
