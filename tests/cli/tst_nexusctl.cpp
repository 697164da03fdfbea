// nexusctl end to end: the real binary in a QProcess, stdin closed, a temporary profile per test.

#include "keys.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace nexus;

namespace {

const QString kPass = QStringLiteral("passphrase123");

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonValue json() const
    {
        const QJsonDocument d = QJsonDocument::fromJson(out.toUtf8());
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    QByteArray describe() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out.left(2000), err.left(2000)).toUtf8(); }
};

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(NEXUS_SOURCE_DIR "/tests/core/data/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QRegularExpression kPrincipalRe(QStringLiteral("[a-z2-7]{5}(-[a-z2-7]{1,5}){2,}"));

} // namespace

// Evaluates `run` once: it is often the nexusctl invocation itself.
#define EXPECT_EXIT(run, expected)                                                                            \
    do {                                                                                                      \
        const Run &run_ = (run);                                                                              \
        QVERIFY2(run_.code == (expected), run_.describe().constData());                                       \
    } while (0)

class TestNexusctl : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    QString m_profile;

    // Runs nexusctl with stdin closed and a clean environment (no profile or identity defaults).
    Run nx(const QStringList &args, const QMap<QString, QString> &extraEnv = {}, bool withPassphrase = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"NEXUS_PROFILE", "NEXUS_AS", "NEXUS_PASSPHRASE", "NEXUS_NEW_PASSPHRASE"})
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp->filePath(QStringLiteral("xdg")));
        if (withPassphrase)
            env.insert(QStringLiteral("NEXUS_PASSPHRASE"), kPass);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(NEXUSCTL), args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run ctl(QStringList args, const QMap<QString, QString> &env = {})
    {
        args.prepend(m_profile);
        args.prepend(QStringLiteral("--profile"));
        return nx(args, env);
    }
    QString principalOf(const QString &identity)
    {
        const Run r = ctl({QStringLiteral("--json"), QStringLiteral("identities"), QStringLiteral("list")});
        for (const QJsonValue &v : r.json().toObject().value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == identity)
                return v.toObject().value(QStringLiteral("principal")).toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(QStringLiteral(NEXUSCTL)), NEXUSCTL);
    }
    void init()
    {
        m_tmp = new QTemporaryDir;
        QVERIFY(m_tmp->isValid());
        m_profile = m_tmp->filePath(QStringLiteral("profile"));
        if (QByteArray(QTest::currentTestFunction()) != "noTerminalNeeded") {
            const Run r = ctl({QStringLiteral("init")});
            EXPECT_EXIT(r, 0);
        }
    }
    void cleanup()
    {
        delete m_tmp;
        m_tmp = nullptr;
    }

    void initCreatesOneProfile()
    {
        QVERIFY(QFile::exists(m_profile + QStringLiteral("/nexus.db")));
        const Run again = ctl({QStringLiteral("init")});
        EXPECT_EXIT(again, 1);
        QVERIFY2(again.err.contains(QLatin1String("already")), again.describe().constData());

        const QString other = m_tmp->filePath(QStringLiteral("other"));
        const Run js = nx({QStringLiteral("--profile"), other, QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("boss"),
                           QStringLiteral("--key-type"), QStringLiteral("secp256k1")});
        EXPECT_EXIT(js, 0);
        const QJsonObject o = js.json().toObject();
        QCOMPARE(o.value(QStringLiteral("identity")).toString(), QStringLiteral("boss"));
        QVERIFY(Principal::fromText(o.value(QStringLiteral("controller")).toString()).ok());
        const Run status = nx({QStringLiteral("--profile"), other, QStringLiteral("--json"), QStringLiteral("status")});
        EXPECT_EXIT(status, 0);
        QCOMPARE(status.json().toObject().value(QStringLiteral("controller")).toString(), o.value(QStringLiteral("controller")).toString());
        // The human form names the controller too.
        const Run human = nx({QStringLiteral("--profile"), m_tmp->filePath(QStringLiteral("third")), QStringLiteral("init")});
        EXPECT_EXIT(human, 0);
        QVERIFY(human.out.contains(QLatin1String("Controller")));
        QVERIFY(kPrincipalRe.match(human.out).hasMatch());
    }

    void identities()
    {
        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("bob")}), 0);
        const Run list = ctl({QStringLiteral("--json"), QStringLiteral("identities"), QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        QStringList names;
        for (const QJsonValue &v : list.json().toObject().value(QStringLiteral("items")).toArray())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("bob")), list.describe().constData());
        QVERIFY(names.contains(QStringLiteral("controller")));

        const QString pemPath = QStringLiteral(NEXUS_SOURCE_DIR "/tests/core/data/ed25519_openssl.pem");
        const Principal expected = Principal::selfAuthenticating(fixture(QStringLiteral("ed25519_openssl.pub.der")));
        const Run imported = ctl({QStringLiteral("identities"), QStringLiteral("import-pem"), QStringLiteral("dfx"), pemPath});
        EXPECT_EXIT(imported, 0);
        QVERIFY2(imported.out.contains(expected.toText()), imported.describe().constData());

        const Run exported = ctl({QStringLiteral("identities"), QStringLiteral("export-principal"), QStringLiteral("dfx")});
        EXPECT_EXIT(exported, 0);
        QCOMPARE(exported.out.trimmed(), expected.toText());
        const Run bob = ctl({QStringLiteral("identities"), QStringLiteral("export-principal"), QStringLiteral("bob")});
        QCOMPARE(bob.out.trimmed(), principalOf(QStringLiteral("bob")));

        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("import-pem"), QStringLiteral("x"), m_tmp->filePath(QStringLiteral("missing.pem"))}), 1);
        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("bad name")}), 1);
        const Run shortPass = ctl({QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("carol")}, {{QStringLiteral("NEXUS_PASSPHRASE"), QStringLiteral("short")}});
        EXPECT_EXIT(shortPass, 1);
        QVERIFY(shortPass.err.contains(QLatin1String("short")));
        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("export-principal"), QStringLiteral("nobody")}), 2);
        QVERIFY(principalOf(QStringLiteral("carol")).isEmpty());
    }

    void methodsTable()
    {
        const Run r = ctl({QStringLiteral("--json"), QStringLiteral("methods")});
        EXPECT_EXIT(r, 0);
        const QJsonArray all = r.json().toArray();
        QVERIFY(all.size() >= 20);
        QStringList names;
        for (const QJsonValue &v : all) {
            const QJsonObject m = v.toObject();
            names << m.value(QStringLiteral("name")).toString();
            QVERIFY(m.value(QStringLiteral("name")).toString().contains(QLatin1Char('.')));
            QVERIFY(m.value(QStringLiteral("mutates")).isBool());
            QVERIFY(!m.value(QStringLiteral("min_role")).toString().isEmpty());
            QCOMPARE(m.value(QStringLiteral("args")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("object"));
            QVERIFY(m.value(QStringLiteral("args")).toObject().contains(QStringLiteral("properties")));
        }
        for (const char *n : {"users.whoami", "users.set_role", "system.config_set", "system.emergency_stop", "audit.verify", "identities.import_pem"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
        const QJsonObject setRole = all.at(names.indexOf(QStringLiteral("users.set_role"))).toObject();
        QCOMPARE(setRole.value(QStringLiteral("permission")).toString(), QStringLiteral("manage_users"));
        QVERIFY(setRole.value(QStringLiteral("args")).toObject().value(QStringLiteral("required")).toArray().contains(QStringLiteral("role")));

        const Run users = ctl({QStringLiteral("--json"), QStringLiteral("methods"), QStringLiteral("users")});
        EXPECT_EXIT(users, 0);
        for (const QJsonValue &v : users.json().toArray())
            QVERIFY(v.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("users.")));
        EXPECT_EXIT(ctl({QStringLiteral("methods"), QStringLiteral("nosuchservice")}), 1);
        const Run human = ctl({QStringLiteral("methods")});
        EXPECT_EXIT(human, 0);
        QVERIFY(human.out.contains(QLatin1String("users.set_role")));
    }

    void callAnyMethod()
    {
        const Run who = ctl({QStringLiteral("call"), QStringLiteral("users.whoami")});
        EXPECT_EXIT(who, 0);
        QCOMPARE(who.json().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("controller"));

        const Run badJson = ctl({QStringLiteral("call"), QStringLiteral("users.whoami"), QStringLiteral("{bad")});
        EXPECT_EXIT(badJson, 1);
        QVERIFY2(badJson.err.contains(QLatin1String("JSON")), badJson.describe().constData());
        EXPECT_EXIT(ctl({QStringLiteral("call"), QStringLiteral("users.whoami"), QStringLiteral("[1]")}), 1);
        const Run unknown = ctl({QStringLiteral("call"), QStringLiteral("nosuch.method"), QStringLiteral("{}")});
        EXPECT_EXIT(unknown, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("nosuch.method")), unknown.describe().constData());
        EXPECT_EXIT(ctl({QStringLiteral("call"), QStringLiteral("system.config_set"), QStringLiteral("{\"key\": 5}")}), 1);

        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("bob")}), 0);
        const QString setEur = QStringLiteral("{\"key\": \"ui.fiat_currency\", \"value\": \"EUR\"}");
        const Run refused = ctl({QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("call"), QStringLiteral("system.config_set"), setEur});
        EXPECT_EXIT(refused, 2);
        QVERIFY2(refused.err.contains(QLatin1String("permission")), refused.describe().constData());
        const Run refusedJson = ctl({QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("call"), QStringLiteral("system.config_set"), setEur});
        EXPECT_EXIT(refusedJson, 2);
        QCOMPARE(QJsonDocument::fromJson(refusedJson.err.toUtf8()).object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("permission_denied"));

        // --as by principal text works; an unknown identity is a clear error.
        const QString bob = principalOf(QStringLiteral("bob"));
        const Run asPrincipal = ctl({QStringLiteral("--as"), bob, QStringLiteral("call"), QStringLiteral("users.whoami")});
        EXPECT_EXIT(asPrincipal, 0);
        QCOMPARE(asPrincipal.json().toObject().value(QStringLiteral("principal")).toString(), bob);
        const Run nobody = ctl({QStringLiteral("--as"), QStringLiteral("nosuchidentity"), QStringLiteral("call"), QStringLiteral("users.whoami")});
        QVERIFY2(nobody.code == 1 || nobody.code == 2, nobody.describe().constData());
        QVERIFY2(nobody.err.contains(QLatin1String("nosuchidentity")), nobody.describe().constData());
        QVERIFY(nobody.out.isEmpty());
        // Nothing changed along the way.
        const Run cfg = ctl({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("ui.fiat_currency")});
        QCOMPARE(cfg.json().toObject().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("USD"));
    }

    // Tokens made by one nexusctl open the HTTP API another nexusctl serves; revoking one there
    // shuts it out within the verifier's memo time; SIGTERM stops the server cleanly.
    void tokensAndServe()
    {
        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("bob")}), 0);
        const Run made = ctl({QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("unity")});
        EXPECT_EXIT(made, 0);
        const QByteArray token = made.json().toObject().value(QStringLiteral("token")).toString().toLatin1();
        const qint64 id = made.json().toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(token.startsWith("nxs_"));
        const Run human = ctl({QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("tokens"), QStringLiteral("list")});
        EXPECT_EXIT(human, 0);
        QVERIFY2(human.out.contains(QLatin1String("unity")) && human.out.contains(QLatin1String("active")) && !human.out.contains(QString::fromLatin1(token)),
                 human.describe().constData());
        EXPECT_EXIT(ctl({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("70000")}), 1);
        EXPECT_EXIT(ctl({QStringLiteral("tokens"), QStringLiteral("revoke"), QStringLiteral("x")}), 1);

        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NEXUS_PASSPHRASE"), kPass);
        server.setProcessEnvironment(env);
        server.start(QStringLiteral(NEXUSCTL), {QStringLiteral("--profile"), m_profile, QStringLiteral("--json"), QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(server.waitForReadyRead(30000));
        const quint16 port = quint16(QJsonDocument::fromJson(server.readLine()).object().value(QStringLiteral("port")).toInt());
        QVERIFY(port > 0);
        const auto whoami = [&]() -> QPair<int, QJsonObject> {
            QTcpSocket s;
            s.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (!s.waitForConnected(5000))
                return {0, {}};
            s.write("POST /api/v1/call/users.whoami HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: 2\r\n\r\n{}");
            QByteArray all;
            while (s.waitForReadyRead(5000))
                all += s.readAll();
            all += s.readAll();
            return {all.mid(9, 3).toInt(), QJsonDocument::fromJson(all.mid(all.indexOf("\r\n\r\n") + 4)).object()};
        };
        const auto first = whoami();
        QCOMPARE(first.first, 200);
        QCOMPARE(first.second[QStringLiteral("result")][QStringLiteral("principal")].toString(), principalOf(QStringLiteral("bob")));
        EXPECT_EXIT(ctl({QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("tokens"), QStringLiteral("revoke"), QString::number(id)}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(whoami().first, 401, 6000);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(server.readAllStandardError().contains("stopped after"));
    }

    void swapsEndToEnd()
    {
        // The initiator's side makes the secret; only the hashlock goes to swaps.initiate.
        const Run made = nx({QStringLiteral("--json"), QStringLiteral("swap-secret")});
        EXPECT_EXIT(made, 0);
        const QString secret = made.json().toObject().value(QStringLiteral("secret")).toString();
        const QString hashlock = made.json().toObject().value(QStringLiteral("hashlock")).toString();
        QCOMPARE(secret.size(), 64);
        QCOMPARE(hashlock.size(), 64);
        QVERIFY(nx({QStringLiteral("swap-secret")}).out.contains(QLatin1String("hashlock")));

        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("bob")}), 0);
        const QString me = principalOf(QStringLiteral("controller")), bob = principalOf(QStringLiteral("bob"));
        const auto call = [&](const QString &as, const QString &method, const QJsonObject &args) {
            return ctl({QStringLiteral("--json"), QStringLiteral("--as"), as, QStringLiteral("call"), method,
                        QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
        };
        for (const auto &[pair, rate] : {std::pair{"ICP/USD", "10"}, std::pair{"BTC/USD", "60000"}})
            EXPECT_EXIT(call(QStringLiteral("controller"), QStringLiteral("oracle.set_manual_price"),
                             {{QStringLiteral("pair"), QLatin1String(pair)}, {QStringLiteral("rate"), QLatin1String(rate)}, {QStringLiteral("reason"), QStringLiteral("e2e")}}),
                        0);
        EXPECT_EXIT(call(QStringLiteral("controller"), QStringLiteral("ledger.mint"),
                         {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), me}, {QStringLiteral("amount"), QStringLiteral("10000000000")}}),
                    0);
        EXPECT_EXIT(call(QStringLiteral("controller"), QStringLiteral("ledger.mint"),
                         {{QStringLiteral("asset"), QStringLiteral("ckBTC")}, {QStringLiteral("to"), bob}, {QStringLiteral("amount"), QStringLiteral("1000000")}}),
                    0);
        const Run init = call(QStringLiteral("controller"), QStringLiteral("swaps.initiate"),
                              {{QStringLiteral("participant"), bob}, {QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("amount"), QStringLiteral("500000000")},
                               {QStringLiteral("participant_asset"), QStringLiteral("ckBTC")}, {QStringLiteral("participant_amount"), QStringLiteral("50000")},
                               {QStringLiteral("hashlock"), hashlock}});
        EXPECT_EXIT(init, 0);
        const qint64 id = init.json().toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(init.json().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("initiated"));
        EXPECT_EXIT(call(QStringLiteral("bob"), QStringLiteral("swaps.participate"), {{QStringLiteral("id"), id}}), 0);
        const Run wrong = call(QStringLiteral("controller"), QStringLiteral("swaps.redeem"), {{QStringLiteral("id"), id}, {QStringLiteral("secret"), hashlock}});
        EXPECT_EXIT(wrong, 1); // a wrong secret is bad input
        EXPECT_EXIT(call(QStringLiteral("controller"), QStringLiteral("swaps.redeem"), {{QStringLiteral("id"), id}, {QStringLiteral("secret"), secret}}), 0);
        const Run extracted = call(QStringLiteral("bob"), QStringLiteral("swaps.extract_secret"), {{QStringLiteral("id"), id}});
        EXPECT_EXIT(extracted, 0);
        QCOMPARE(extracted.json().toObject().value(QStringLiteral("secret")).toString(), secret);
        EXPECT_EXIT(call(QStringLiteral("bob"), QStringLiteral("swaps.redeem"), {{QStringLiteral("id"), id}, {QStringLiteral("secret"), secret}}), 0);
        const Run audit = call(QStringLiteral("bob"), QStringLiteral("swaps.audit_contract"), {{QStringLiteral("id"), id}});
        EXPECT_EXIT(audit, 0);
        QCOMPARE(audit.json().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        // The human form of the method table lists the swap methods; the audit log holds no secret.
        QVERIFY(ctl({QStringLiteral("methods"), QStringLiteral("swaps")}).out.contains(QLatin1String("swaps.extract_secret")));
        const Run log = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--method"), QStringLiteral("swaps.redeem")});
        EXPECT_EXIT(log, 0);
        QCOMPARE(log.json().toObject().value(QStringLiteral("total")).toInt(), 3);
        QVERIFY(!log.out.contains(secret));
        QVERIFY(log.out.contains(hashlock.left(16)));
    }

    void configHistoryRollback()
    {
        const QString key = QStringLiteral("ui.fiat_currency");
        EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("\"EUR\""), QStringLiteral("--reason"), QStringLiteral("EU launch")}), 0);
        EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("EUR")}), 1); // not JSON: strings need quotes
        EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("\"EUR\"")}), 2); // unchanged: conflict
        const Run history = ctl({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("history"), key});
        EXPECT_EXIT(history, 0);
        const QJsonArray versions = history.json().toObject().value(QStringLiteral("versions")).toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("EUR"));
        QCOMPARE(versions[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("EU launch"));
        QCOMPARE(versions[1].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("USD"));
        const Run human = ctl({QStringLiteral("config"), QStringLiteral("history"), key});
        QVERIFY(human.out.contains(QLatin1String("v2")) && human.out.contains(QLatin1String("EU launch")));

        EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("rollback"), key, QStringLiteral("1")}), 0);
        const Run get = ctl({QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("get"), key});
        const QJsonObject item = get.json().toObject().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("value")).toString(), QStringLiteral("USD"));
        QCOMPARE(item.value(QStringLiteral("version")).toInteger(), 3);
        EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("rollback"), key, QStringLiteral("x")}), 1);
        EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("rollback"), key, QStringLiteral("42")}), 2);
        EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("system.maintenance"), QStringLiteral("{}")}), 1);
    }

    void auditListVerifyExport()
    {
        EXPECT_EXIT(ctl({QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("bob")}), 0);
        for (const char *c : {"\"EUR\"", "\"CHF\"", "\"GBP\""})
            EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.fiat_currency"), QString::fromLatin1(c)}), 0);
        const Run list = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        EXPECT_EXIT(list, 0);
        const qint64 total = list.json().toObject().value(QStringLiteral("total")).toInteger();
        QVERIFY(total >= 6);
        QCOMPARE(list.json().toObject().value(QStringLiteral("items")).toArray().size(), total);
        const Run filtered = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--method"), QStringLiteral("system.config_set")});
        QCOMPARE(filtered.json().toObject().value(QStringLiteral("total")).toInteger(), 3);
        EXPECT_EXIT(ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("many")}), 1);

        EXPECT_EXIT(ctl({QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        EXPECT_EXIT(ctl({QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("audit"), QStringLiteral("verify")}), 2);

        const QString file = m_tmp->filePath(QStringLiteral("audit.jsonl"));
        const Run exported = ctl({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), file});
        EXPECT_EXIT(exported, 0);
        const Run verified = nx({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), file}); // no profile needed
        EXPECT_EXIT(verified, 0);

        // Edit one line's summary: the file no longer verifies, and the entry is named.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        f.close();
        QCOMPARE(qint64(lines.size()), total + 1); // + bob's audited refusal
        QJsonObject e = QJsonDocument::fromJson(lines[2]).object();
        const qint64 seq = e.value(QStringLiteral("seq")).toInteger();
        e.insert(QStringLiteral("summary"), QStringLiteral("nothing to see"));
        lines[2] = QJsonDocument(e).toJson(QJsonDocument::Compact);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n') + '\n');
        f.close();
        const Run tampered = nx({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), file});
        EXPECT_EXIT(tampered, 2);
        QVERIFY2(tampered.out.contains(QStringLiteral("entry %1").arg(seq)), tampered.describe().constData());
        const Run tamperedJson = nx({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), file});
        EXPECT_EXIT(tamperedJson, 2);
        QCOMPARE(tamperedJson.json().toObject().value(QStringLiteral("first_bad_seq")).toInteger(), seq);
        EXPECT_EXIT(nx({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--file"), m_tmp->filePath(QStringLiteral("none.jsonl"))}), 1);
    }

    void verifyPassOffline()
    {
        // An event by the controller, its ticket, and a pass signed through `call`.
        const QString controller = principalOf(QStringLiteral("controller"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
        auto call = [&](const QString &method, const QJsonObject &args) {
            const Run r = ctl({QStringLiteral("--json"), QStringLiteral("call"), method, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
            if (r.code != 0)
                qWarning("%s", r.describe().constData());
            return r.json().toObject();
        };
        const qint64 event = call(QStringLiteral("events.create"), {{QStringLiteral("name"), QStringLiteral("CLI night")}, {QStringLiteral("capacity"), 3},
                                                                   {QStringLiteral("starts_at"), QString::number(now)},
                                                                   {QStringLiteral("ends_at"), QString::number(now + 3600LL * 1000000000)},
                                                                   {QStringLiteral("status"), QStringLiteral("active")}})
                                 .value(QStringLiteral("event_id")).toInteger();
        const qint64 ticket = call(QStringLiteral("events.register"), {{QStringLiteral("event_id"), event}})
                                  .value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
        const QJsonObject issued = call(QStringLiteral("events.issue_pass"), {{QStringLiteral("event_id"), event}, {QStringLiteral("ticket_id"), ticket},
                                                                               {QStringLiteral("passphrase"), kPass}});
        const QString pass = issued.value(QStringLiteral("pass")).toString();
        QVERIFY2(pass.startsWith(QLatin1String("NXP1.")), qPrintable(QString::fromUtf8(QJsonDocument(issued).toJson())));
        // Offline: no --profile, and no default profile exists in this environment (opening one
        // would exit 3).
        const Run ok = nx({QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("verify-pass"), pass, QStringLiteral("--organiser"), controller});
        EXPECT_EXIT(ok, 0);
        QVERIFY(ok.json().toObject().value(QStringLiteral("valid")).toBool());
        QCOMPARE(ok.json().toObject().value(QStringLiteral("organiser")).toString(), controller);
        QCOMPARE(ok.json().toObject().value(QStringLiteral("holder")).toString(), controller);
        const Run human = nx({QStringLiteral("events"), QStringLiteral("verify-pass"), pass});
        EXPECT_EXIT(human, 0);
        QVERIFY2(human.out.contains(QLatin1String("VALID")) && human.out.contains(QLatin1String("VRN-")) && human.out.contains(controller), human.describe().constData());
        // Another organiser, a changed character, an expired pass: exit 2 with the reason.
        const Run other = nx({QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("verify-pass"), pass, QStringLiteral("--organiser"),
                              Principal::anonymous().toText()});
        EXPECT_EXIT(other, 2);
        QCOMPARE(other.json().toObject().value(QStringLiteral("problem")).toString(), QStringLiteral("wrong_organiser"));
        QString tampered = pass;
        tampered[12] = tampered[12] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Run bad = nx({QStringLiteral("events"), QStringLiteral("verify-pass"), tampered});
        EXPECT_EXIT(bad, 2);
        QVERIFY2(bad.out.contains(QLatin1String("INVALID")), bad.describe().constData());
        const Run expired = nx({QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("verify-pass"), pass, QStringLiteral("--at"),
                                QString::number(now + 2 * 3600LL * 1000000000)});
        EXPECT_EXIT(expired, 2);
        QCOMPARE(expired.json().toObject().value(QStringLiteral("problem")).toString(), QStringLiteral("expired"));
        EXPECT_EXIT(nx({QStringLiteral("events"), QStringLiteral("verify-pass")}), 1);
        EXPECT_EXIT(nx({QStringLiteral("events"), QStringLiteral("verify-pass"), pass, QStringLiteral("--organiser"), QStringLiteral("nope")}), 1);
    }

    void tamperedDatabaseIsNamed()
    {
        for (const char *c : {"\"EUR\"", "\"CHF\""})
            EXPECT_EXIT(ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.fiat_currency"), QString::fromLatin1(c)}), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_profile + QStringLiteral("/nexus.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET summary = 'edited' WHERE seq = 3")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run r = ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(r, 2);
        QCOMPARE(r.json().toObject().value(QStringLiteral("first_bad_seq")).toInteger(), 3);
        const Run human = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        EXPECT_EXIT(human, 2);
        QVERIFY2(human.out.contains(QLatin1String("#3")), human.describe().constData());
    }

    void demoProfiles()
    {
        const Run status = nx({QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("status")});
        EXPECT_EXIT(status, 0);
        QVERIFY(status.json().toObject().value(QStringLiteral("users")).toInteger() > 8);
        QVERIFY(!status.json().toObject().value(QStringLiteral("controller")).toString().isEmpty());
        EXPECT_EXIT(nx({QStringLiteral("--demo"), QStringLiteral("init")}), 1);

        const QString fresh = m_tmp->filePath(QStringLiteral("demo"));
        const Run seeded = nx({QStringLiteral("--profile"), fresh, QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--users"), QStringLiteral("20")});
        EXPECT_EXIT(seeded, 0);
        const Run after = nx({QStringLiteral("--profile"), fresh, QStringLiteral("--json"), QStringLiteral("status")});
        EXPECT_EXIT(after, 0);
        QCOMPARE(after.json().toObject().value(QStringLiteral("users")).toInteger(), 8 + 20);
        EXPECT_EXIT(nx({QStringLiteral("--profile"), fresh, QStringLiteral("--as"), QStringLiteral("boris"), QStringLiteral("audit"), QStringLiteral("verify")}), 0);
        EXPECT_EXIT(nx({QStringLiteral("--profile"), fresh, QStringLiteral("demo"), QStringLiteral("seed")}), 1); // only new profiles
        EXPECT_EXIT(ctl({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--users"), QStringLiteral("lots")}), 1);
    }

    void damagedProfile()
    {
        // A damaged database file: exit 3 with a hint, and the file is left as it was.
        const QString broken = m_tmp->filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 131 + 7) % 251);
        QFile f(broken + QStringLiteral("/nexus.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
        f.close();
        const Run r = nx({QStringLiteral("--profile"), broken, QStringLiteral("call"), QStringLiteral("users.whoami")});
        EXPECT_EXIT(r, 3);
        QVERIFY2(r.err.contains(QLatin1String("what to do")), r.describe().constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
        EXPECT_EXIT(nx({QStringLiteral("frobnicate")}), 1);
        EXPECT_EXIT(nx({}), 1);
    }

    void missingProfile()
    {
        // Every command that needs a profile exits 3 with a hint when there is none.
        const QString missing = m_tmp->filePath(QStringLiteral("nonexistent"));
        QStringList wrong;
        for (const QString &cmd : {QStringLiteral("status"), QStringLiteral("call users.whoami"), QStringLiteral("methods"),
                                   QStringLiteral("identities list"), QStringLiteral("identities create bob"),
                                   QStringLiteral("identities export-principal bob"), QStringLiteral("config get"),
                                   QStringLiteral("config history ui.fiat_currency"), QStringLiteral("audit list"),
                                   QStringLiteral("audit verify")}) {
            const Run r = nx(QStringList{QStringLiteral("--profile"), missing} + cmd.split(QLatin1Char(' ')));
            if (r.code != 3 || !r.err.contains(QLatin1String("init")))
                wrong << QStringLiteral("`%1` exited %2").arg(cmd).arg(r.code);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
        QVERIFY(!QFileInfo::exists(missing));

    }

    void noTerminalNeeded()
    {
        // No passphrase and stdin closed: a clear error instead of a prompt that never returns.
        const Run r = nx({QStringLiteral("--profile"), m_profile, QStringLiteral("init")}, {}, false);
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains(QLatin1String("NEXUS_PASSPHRASE")), r.describe().constData());
        QVERIFY(!QFileInfo::exists(m_profile + QStringLiteral("/nexus.db")));
        // A passphrase file works instead.
        const QString passFile = m_tmp->filePath(QStringLiteral("pass.txt"));
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from a file 123\n");
        f.close();
        EXPECT_EXIT(nx({QStringLiteral("--profile"), m_profile, QStringLiteral("--passphrase-file"), passFile, QStringLiteral("init")}, {}, false), 0);
        EXPECT_EXIT(nx({QStringLiteral("--profile"), m_profile, QStringLiteral("--passphrase-file"), passFile, QStringLiteral("identities"),
                        QStringLiteral("create"), QStringLiteral("bob")}, {}, false), 0);
        EXPECT_EXIT(nx({QStringLiteral("--profile"), m_profile, QStringLiteral("identities"), QStringLiteral("create"), QStringLiteral("carol")}, {}, false), 1);
    }
};

QTEST_GUILESS_MAIN(TestNexusctl)
#include "tst_nexusctl.moc"
