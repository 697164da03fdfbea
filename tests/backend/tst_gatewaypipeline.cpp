// The gateway's remaining steps: rate limits per caller, one transaction for the change and its
// audit entry, handler errors, argument validation, unknown methods and change events.

#include "testprofile.h"

#include "argschema.h"
#include "storage/dbthread.h"

#include <QThread>


using namespace nexus;
using namespace nexus::test;

namespace {

QVariantList userRow(const TestProfile &p, const Principal &who)
{
    const auto rows = sqlRows(p.dbPath(), QStringLiteral("SELECT name, email, bio, role, kyc_status, disabled, updated_ns FROM users "
                                                         "WHERE principal = ?"),
                              {who.bytes()});
    return rows.value(0);
}

qint64 okEntries(const TestProfile &p, const QString &method)
{
    return sqlValue(p.dbPath(), QStringLiteral("SELECT count(*) FROM audit_log WHERE method = ? AND outcome = 'ok'"), {method}).toLongLong();
}

} // namespace

class TestGatewayPipeline : public QObject
{
    Q_OBJECT

    TestProfile *m_p = nullptr;
    Principal m_alice = principalFor(1);
    Principal m_bob = principalFor(2);

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = new TestProfile;
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_alice, QStringLiteral("Alice"), Role::User));
        QVERIFY(m_p->addUser(m_bob, QStringLiteral("Bob"), Role::User));
    }
    void cleanup()
    {
        delete m_p;
        m_p = nullptr;
    }

    void rateLimitPerCaller()
    {
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.config_set"),
                              {{QStringLiteral("key"), QStringLiteral("ratelimit.write")},
                               {QStringLiteral("value"), QJsonObject{{QStringLiteral("capacity"), 3}, {QStringLiteral("per_second"), 0.5}}}}));
        auto update = [&](const Principal &who, const QString &bio) {
            return m_p->call(who, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), bio}}, Origin::Cli);
        };
        for (int i = 1; i <= 3; ++i)
            NX_VERIFY_OK(update(m_alice, QStringLiteral("bio %1").arg(i)));
        const qint64 seqBefore = m_p->lastSeq();
        auto limited = update(m_alice, QStringLiteral("bio 4"));
        NX_VERIFY_ERROR(limited, ErrorCode::RateLimited);
        QVERIFY2(limited.error().retryAfterMs > 0 && limited.error().retryAfterMs <= 2000, qPrintable(QString::number(limited.error().retryAfterMs)));
        QVERIFY(limited.error().message.contains(QString::number(limited.error().retryAfterMs)));
        QCOMPARE(userRow(*m_p, m_alice).value(2).toString(), QStringLiteral("bio 3")); // nothing written
        QCOMPARE(m_p->lastSeq(), seqBefore);
        // Seeding is never limited; another caller has a bucket of its own.
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("seeded")}}, Origin::Seed));
        NX_VERIFY_OK(update(m_bob, QStringLiteral("bob's own")));
        // Reads are another class.
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.whoami"), {}, Origin::Cli));

        QTest::qWait(int(limited.error().retryAfterMs) + 20);
        NX_VERIFY_OK(update(m_alice, QStringLiteral("bio 5")));
        QCOMPARE(userRow(*m_p, m_alice).value(2).toString(), QStringLiteral("bio 5"));
        NX_VERIFY_ERROR(update(m_alice, QStringLiteral("bio 6")), ErrorCode::RateLimited);
    }

    void auditFailureRollsBackTheChange()
    {
        const QVariantList before = userRow(*m_p, m_alice);
        const qint64 okBefore = okEntries(*m_p, QStringLiteral("users.update_profile"));
        // The fault is installed while the profile is closed (see anotherConnectionsWritesAreSeen
        // for writes by other connections while it is open).
        m_p->close();
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral(
                     "CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log WHEN NEW.method = 'users.update_profile' "
                     "AND NEW.outcome = 'ok' BEGIN SELECT RAISE(ABORT, 'injected'); END;")),
                 QString());
        QVERIFY(m_p->open());
        const qint64 seqBefore = m_p->lastSeq();
        auto r = m_p->call(m_alice, QStringLiteral("users.update_profile"),
                           {{QStringLiteral("name"), QStringLiteral("Mallory")}, {QStringLiteral("bio"), QStringLiteral("half")}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("injected")), errText(r).constData());
        QCOMPARE(userRow(*m_p, m_alice), before);
        QCOMPARE(okEntries(*m_p, QStringLiteral("users.update_profile")), okBefore);
        QCOMPARE(m_p->lastSeq(), seqBefore);

        // With the fault gone the same call lands, and the chain is still intact.
        m_p->close();
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral("DROP TRIGGER fail_audit")), QString());
        QVERIFY(m_p->open());
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("name"), QStringLiteral("Alice B.")}}));
        QCOMPARE(userRow(*m_p, m_alice).value(0).toString(), QStringLiteral("Alice B."));
        QCOMPARE(m_p->lastSeq(), seqBefore + 1);
        auto v = m_p->ctl(QStringLiteral("audit.verify"));
        NX_VERIFY_OK(v);
        QVERIFY2(obj(v).value(QStringLiteral("ok")).toBool(), qPrintable(obj(v).value(QStringLiteral("reason")).toString()));
    }

    void handlerFailureMidwayLeavesNoPartialWrite()
    {
        // update_profile writes name before bio; make the bio write fail.
        m_p->close();
        QCOMPARE(sqlExec(m_p->dbPath(), QStringLiteral(
                     "CREATE TRIGGER fail_bio BEFORE UPDATE OF bio ON users WHEN NEW.bio = 'boom' "
                     "BEGIN SELECT RAISE(ABORT, 'bio refused'); END;")),
                 QString());
        QVERIFY(m_p->open());
        const QVariantList before = userRow(*m_p, m_alice);
        const qint64 seqBefore = m_p->lastSeq();
        auto r = m_p->call(m_alice, QStringLiteral("users.update_profile"),
                           {{QStringLiteral("name"), QStringLiteral("Renamed")}, {QStringLiteral("bio"), QStringLiteral("boom")}});
        NX_VERIFY_ERROR(r, ErrorCode::Storage);
        QVERIFY2(r.error().message.contains(QLatin1String("bio refused")), errText(r).constData());
        QCOMPARE(userRow(*m_p, m_alice), before);
        QCOMPARE(m_p->lastSeq(), seqBefore + 1);
        QCOMPARE(m_p->lastEntry().value(1).toString(), QStringLiteral("storage"));
    }

    // A mutation's prepare step runs on the calling thread, never the writer's (the coroutine
    // path's is in tst_gatewaycoroutine); its product
    // reaches the handler; its error is answered and audited like a handler's, changing nothing.
    void prepareRunsOffTheWriter()
    {
        Gateway &gw = m_p->backend->gateway();
        auto prepareThread = std::make_shared<QThread *>(nullptr);
        auto handlerThread = std::make_shared<QThread *>(nullptr);
        MethodDescriptor m;
        m.name = QStringLiteral("test.prepared");
        m.mutates = true;
        m.minRole = Role::User;
        m.rateClass = QStringLiteral("write");
        m.schema = schema::object({{QStringLiteral("fail"), schema::boolean()}});
        m.prepare = [prepareThread](const CallContext &call, const QJsonObject &args) -> Result<std::shared_ptr<const void>> {
            *prepareThread = QThread::currentThread();
            if (!call.timeNs)
                return Error::make(ErrorCode::Internal, QStringLiteral("the call's time was not stamped"));
            if (args.value(QStringLiteral("fail")).toBool())
                return Error::make(ErrorCode::InvalidArgument, QStringLiteral("prepare refused"));
            return std::shared_ptr<const void>(std::make_shared<int>(42));
        };
        m.handler = [handlerThread](ExecContext &ctx, const QJsonObject &) -> Result<QJsonValue> {
            *handlerThread = QThread::currentThread();
            const auto product = std::static_pointer_cast<const int>(ctx.prepared);
            return QJsonObject{{QStringLiteral("product"), product ? *product : -1}};
        };
        gw.registerMethod(m);

        auto r = m_p->call(m_alice, QStringLiteral("test.prepared"), {});
        NX_VERIFY_OK(r);
        QCOMPARE(r->toObject().value(QStringLiteral("product")).toInt(), 42);
        QCOMPARE(*prepareThread, QThread::currentThread());
        QCOMPARE(*handlerThread, static_cast<QThread *>(gw.writer()));
        const qint64 seqBefore = m_p->lastSeq();
        auto refused = m_p->call(m_alice, QStringLiteral("test.prepared"), {{QStringLiteral("fail"), true}});
        NX_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QCOMPARE(m_p->lastSeq(), seqBefore + 1);
        QCOMPARE(m_p->lastEntry().value(1).toString(), QStringLiteral("invalid_argument"));
        // A guest is still refused by the gateway after preparing (authorisation is the writer's).
        NX_VERIFY_ERROR(m_p->call(principalFor(999), QStringLiteral("test.prepared"), {}), ErrorCode::PermissionDenied);
    }

    void handlerErrorIsAuditedAndChangesNothing()
    {
        const auto usersBefore = sqlRows(m_p->dbPath(), QStringLiteral("SELECT * FROM users ORDER BY principal"));
        const qint64 seqBefore = m_p->lastSeq();
        const Principal ghost = principalFor(404);
        auto r = m_p->ctl(QStringLiteral("users.set_role"), {{QStringLiteral("principal"), ghost.toText()}, {QStringLiteral("role"), QStringLiteral("admin")}});
        NX_VERIFY_ERROR(r, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(ghost.toText()));
        QCOMPARE(sqlRows(m_p->dbPath(), QStringLiteral("SELECT * FROM users ORDER BY principal")), usersBefore);
        QCOMPARE(m_p->lastSeq(), seqBefore + 1);
        const QVariantList e = m_p->lastEntry();
        QCOMPARE(e.value(0).toString(), QStringLiteral("users.set_role"));
        QCOMPARE(e.value(1).toString(), QStringLiteral("not_found"));
        QCOMPARE(e.value(2).toByteArray(), m_p->controller.bytes());
    }

    void malformedArguments_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("args");
        const QString alice = principalFor(1).toText();
        QString badChecksum = alice;
        badChecksum[0] = badChecksum[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QTest::newRow("wrong type") << "users.update_profile" << QJsonObject{{"name", 5}};
        QTest::newRow("unknown field") << "users.update_profile" << QJsonObject{{"nickname", "Al"}};
        QTest::newRow("empty name") << "users.update_profile" << QJsonObject{{"name", ""}};
        QTest::newRow("blank name") << "users.update_profile" << QJsonObject{{"name", "   "}};
        QTest::newRow("bad email") << "users.update_profile" << QJsonObject{{"email", "no-at-sign"}};
        QTest::newRow("nothing to update") << "users.update_profile" << QJsonObject{};
        QTest::newRow("missing required") << "users.set_role" << QJsonObject{{"principal", alice}};
        QTest::newRow("not a principal") << "users.set_role" << QJsonObject{{"principal", "not-a-principal"}, {"role", "creator"}};
        QTest::newRow("bad checksum") << "users.set_role" << QJsonObject{{"principal", badChecksum}, {"role", "creator"}};
        QTest::newRow("unknown role") << "users.set_role" << QJsonObject{{"principal", alice}, {"role", "emperor"}};
        QTest::newRow("guest role") << "users.set_role" << QJsonObject{{"principal", alice}, {"role", "guest"}};
        QTest::newRow("fractional version") << "system.config_rollback" << QJsonObject{{"key", "ui.fiat_currency"}, {"version", 1.5}};
        QTest::newRow("string version") << "system.config_rollback" << QJsonObject{{"key", "ui.fiat_currency"}, {"version", "1"}};
        QTest::newRow("null value") << "users.set_disabled" << QJsonObject{{"principal", alice}, {"disabled", QJsonValue()}};
        QTest::newRow("too long") << "users.update_profile" << QJsonObject{{"name", QString(81, QLatin1Char('x'))}};
    }
    void malformedArguments()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, args);
        const auto before = sqlRows(m_p->dbPath(), QStringLiteral("SELECT * FROM users UNION ALL SELECT key, value, version, 0, 0, 0, 0, 0, 0, 0 FROM config"));
        auto r = m_p->ctl(method, args);
        NX_VERIFY_ERROR(r, ErrorCode::InvalidArgument);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(sqlRows(m_p->dbPath(), QStringLiteral("SELECT * FROM users UNION ALL SELECT key, value, version, 0, 0, 0, 0, 0, 0, 0 FROM config")), before);
    }

    void unknownMethod()
    {
        const qint64 seqBefore = m_p->lastSeq();
        for (const QString &name : {QStringLiteral("users.nope"), QString(), QStringLiteral("users"), QStringLiteral("USERS.WHOAMI")}) {
            auto r = m_p->ctl(name, {});
            NX_VERIFY_ERROR(r, ErrorCode::UnknownMethod);
            QVERIFY(!r.error().hint.isEmpty());
        }
        QCOMPARE(m_p->lastSeq(), seqBefore);
    }

    // Reads and the read-side permission check see every committed change, whatever read ran before.
    void readsSeeTheLatestCommit()
    {
        const Principal admin = principalFor(3);
        QVERIFY(m_p->addUser(admin, QStringLiteral("Ada"), Role::Admin));
        NX_VERIFY_OK(m_p->call(admin, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 1}}));
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.whoami")));
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("system.status")));
        NX_VERIFY_OK(m_p->call(admin, QStringLiteral("users.get"), {{QStringLiteral("principal"), m_bob.toText()}}));
        // Demote the admin and change a value on the writer...
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("users.set_role"), {{QStringLiteral("principal"), admin.toText()}, {QStringLiteral("role"), QStringLiteral("user")}}));
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("ui.fiat_currency")}, {QStringLiteral("value"), QStringLiteral("JPY")}}));
        NX_VERIFY_OK(m_p->call(m_bob, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("fresh")}}));
        // ...and every later read sees it.
        QCOMPARE(obj(m_p->call(admin, QStringLiteral("users.whoami"))).value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        NX_VERIFY_ERROR(m_p->call(admin, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 1}}), ErrorCode::PermissionDenied);
        const auto cfg = obj(m_p->call(m_alice, QStringLiteral("system.config_get"), {{QStringLiteral("key"), QStringLiteral("ui.fiat_currency")}}));
        QCOMPARE(cfg.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("JPY"));
        QCOMPARE(obj(m_p->call(m_bob, QStringLiteral("users.get"))).value(QStringLiteral("bio")).toString(), QStringLiteral("fresh"));
        QCOMPARE(obj(m_p->call(m_alice, QStringLiteral("system.status"))).value(QStringLiteral("audit_entries")).toInteger(), m_p->lastSeq());
    }

    // Another connection (a second Backend, e.g. nexusctl next to the GUI) writes between our calls.
    void anotherConnectionsWritesAreSeen()
    {
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("one")}}));
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.get")));
        {
            auto other = Backend::open(m_p->dir.path(), false);
            NX_VERIFY_OK(other);
            CallContext ctx;
            ctx.caller = m_bob;
            NX_VERIFY_OK((*other)->gateway().callBlocking(ctx, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("from elsewhere")}}));
        }
        auto r = m_p->call(m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("two")}});
        NX_VERIFY_OK(r);
        QCOMPARE(obj(m_p->call(m_bob, QStringLiteral("users.get"))).value(QStringLiteral("bio")).toString(), QStringLiteral("from elsewhere"));
        QCOMPARE(userRow(*m_p, m_alice).value(2).toString(), QStringLiteral("two"));
        auto v = m_p->ctl(QStringLiteral("audit.verify"));
        NX_VERIFY_OK(v);
        QVERIFY2(obj(v).value(QStringLiteral("ok")).toBool(), qPrintable(obj(v).value(QStringLiteral("reason")).toString()));
        QCOMPARE(obj(v).value(QStringLiteral("checked")).toInteger(), m_p->lastSeq());
    }

    void changeEventsAfterCommitOnly()
    {
        QObject receiver; // lives on this thread: events arrive queued from the writer thread
        QList<QPair<QString, QStringList>> events;
        connect(&m_p->gw(), &Gateway::changed, &receiver,
                [&](const QString &topic, const QStringList &ids) { events.append({topic, ids}); });
        auto has = [&](const QString &topic, const QString &id) {
            for (const auto &e : std::as_const(events))
                if (e.first == topic && (id.isEmpty() || e.second.contains(id)))
                    return true;
            return false;
        };

        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("evented")}}));
        QTRY_VERIFY(has(QStringLiteral("users"), m_alice.toText()));
        QTRY_VERIFY(has(QStringLiteral("audit"), QString::number(m_p->lastSeq())));
        events.clear();

        // Refused and failing calls: no users event (only the audit entry of the refusal).
        NX_VERIFY_ERROR(m_p->call(m_alice, QStringLiteral("users.update_profile"),
                                  {{QStringLiteral("principal"), m_bob.toText()}, {QStringLiteral("bio"), QStringLiteral("hijack")}}),
                        ErrorCode::PermissionDenied);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("users.set_role"), {{QStringLiteral("principal"), principalFor(404).toText()},
                                                                  {QStringLiteral("role"), QStringLiteral("creator")}}),
                        ErrorCode::NotFound);
        NX_VERIFY_ERROR(m_p->ctl(QStringLiteral("users.set_role"), {{QStringLiteral("principal"), m_bob.toText()}}), ErrorCode::InvalidArgument);
        // A marker change: once its event is here, every earlier event has been delivered.
        NX_VERIFY_OK(m_p->ctl(QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("marker")}, {QStringLiteral("enabled"), true}}));
        QTRY_VERIFY(has(QStringLiteral("config"), QStringLiteral("feature.marker")));
        QVERIFY(!has(QStringLiteral("users"), QString()));
        QVERIFY(has(QStringLiteral("audit"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestGatewayPipeline)
#include "tst_gatewaypipeline.moc"
