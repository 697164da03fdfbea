// The audit log: one entry per call, no secrets, append-only, tamper detection, queries, export.

#include "testprofile.h"

#include "auditexport.h"
#include "digest.h"
#include "services/auditservice.h"
#include "gateway/auditwriter.h"
#include "storage/database.h"
#include "storage/dbthread.h"

#include <QBuffer>
#include <QJsonDocument>

using namespace nexus;
using namespace nexus::test;

namespace {

const QString kSecret = QStringLiteral("correct horse battery staple 42");

// Runs verifyAuditLog on the backend's bulk reader.
Result<AuditVerifyReport> verifyDirect(Backend &b, qint64 from = 1, qint64 to = 0, int parts = 0)
{
    return b.bulkReader()->runBlocking<Result<AuditVerifyReport>>([&](QSqlDatabase &db) { return verifyAuditLog(db, from, to, {}, parts); });
}

QByteArray exportRange(Backend &b, qint64 from, qint64 to, qint64 *count = nullptr)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    auto n = b.bulkReader()->runBlocking<Result<qint64>>([&](QSqlDatabase &db) { return exportAuditLog(db, from, to, buf); });
    if (count)
        *count = n ? *n : -1;
    return out;
}

Result<ExportCheck> checkExport(const QByteArray &jsonl)
{
    QBuffer in;
    in.setData(jsonl);
    in.open(QIODevice::ReadOnly);
    return verifyAuditExport(in);
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    TestProfile *m_p = nullptr;
    const Principal m_alice = principalFor(1);
    const Principal m_admin = principalFor(2);

    // Closes the profile, runs SQL on the file directly, reopens, and returns audit.verify's answer.
    QJsonObject tamperAndVerify(const QStringList &statements)
    {
        m_p->close();
        for (const QString &sql : statements) {
            const QString err = sqlExec(m_p->dbPath(), sql);
            if (!err.isEmpty())
                qWarning("tamper step failed: %s: %s", qPrintable(sql), qPrintable(err));
        }
        if (!m_p->open())
            return {};
        return obj(m_p->ctl(QStringLiteral("audit.verify")));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_p = new TestProfile;
        QVERIFY(m_p->init());
        QVERIFY(m_p->addUser(m_alice, QStringLiteral("Alice"), Role::User));
        QVERIFY(m_p->addUser(m_admin, QStringLiteral("Ada"), Role::Admin));
        for (int i = 0; i < 8; ++i)
            NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("bio %1").arg(i)}}));
    }
    void cleanup()
    {
        delete m_p;
        m_p = nullptr;
    }

    void oneEntryPerMutation()
    {
        struct Step { Principal as; QString method; QJsonObject args; };
        const QList<Step> steps{
            {m_p->controller, QStringLiteral("users.create"), {{QStringLiteral("principal"), principalFor(9).toText()}, {QStringLiteral("name"), QStringLiteral("Nine")}}},
            {m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("email"), QStringLiteral("alice@example.org")}}},
            {m_p->controller, QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("ui.fiat_currency")}, {QStringLiteral("value"), QStringLiteral("EUR")}}},
            {m_admin, QStringLiteral("users.set_kyc"), {{QStringLiteral("principal"), m_alice.toText()}, {QStringLiteral("status"), QStringLiteral("pending")}}},
            {Principal::anonymous(), QStringLiteral("identities.create"), {{QStringLiteral("name"), QStringLiteral("carol")}, {QStringLiteral("passphrase"), kSecret}}},
        };
        for (const Step &s : steps) {
            const qint64 before = m_p->lastSeq();
            NX_VERIFY_OK(m_p->call(s.as, s.method, s.args));
            QCOMPARE(m_p->lastSeq(), before + 1);
            const QVariantList e = m_p->lastEntry();
            QCOMPARE(e.value(0).toString(), s.method);
            QCOMPARE(e.value(1).toString(), QStringLiteral("ok"));
            QCOMPARE(e.value(2).toByteArray(), s.as.bytes());
        }
        // Reads add nothing.
        const qint64 before = m_p->lastSeq();
        NX_VERIFY_OK(m_p->call(m_admin, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 2}}));
        NX_VERIFY_OK(m_p->call(m_alice, QStringLiteral("users.get")));
        QCOMPARE(m_p->lastSeq(), before);
        // Sequence numbers are gap-free and every stored hash is the entry's own.
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), m_p->lastSeq());
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT min(seq) FROM audit_log")).toLongLong(), 1);
    }

    void secretsNeverLogged()
    {
        const QByteArray raw(32, '\x5c');
        const QString pem = QString::fromUtf8(KeyPair::fromRawPrivate(KeyType::Ed25519, raw)->toPem());
        const QString pemBody = pem.section(QLatin1Char('\n'), 1, 1); // a line of the base64 key
        QVERIFY(pemBody.size() > 20);
        const QJsonObject createArgs{{QStringLiteral("name"), QStringLiteral("carol")}, {QStringLiteral("passphrase"), kSecret}};
        NX_VERIFY_OK(m_p->call(Principal::anonymous(), QStringLiteral("identities.create"), createArgs));
        const QVariantList createEntry = sqlRows(m_p->dbPath(), QStringLiteral("SELECT args_digest, summary FROM audit_log ORDER BY seq DESC LIMIT 1")).value(0);
        NX_VERIFY_OK(m_p->call(Principal::anonymous(), QStringLiteral("identities.import_pem"),
                               {{QStringLiteral("name"), QStringLiteral("dave")}, {QStringLiteral("pem"), pem}, {QStringLiteral("passphrase"), kSecret}}));
        NX_VERIFY_OK(m_p->call(Principal::anonymous(), QStringLiteral("identities.change_passphrase"),
                               {{QStringLiteral("name"), QStringLiteral("dave")}, {QStringLiteral("passphrase"), kSecret},
                                {QStringLiteral("new_passphrase"), kSecret + QStringLiteral("!")}}));
        // Failed attempts too: a wrong passphrase, a too-short one.
        NX_VERIFY_ERROR(m_p->call(Principal::anonymous(), QStringLiteral("identities.change_passphrase"),
                                  {{QStringLiteral("name"), QStringLiteral("carol")}, {QStringLiteral("passphrase"), kSecret + QStringLiteral("?")},
                                   {QStringLiteral("new_passphrase"), kSecret + QStringLiteral("#")}}),
                        ErrorCode::Unauthenticated);
        NX_VERIFY_ERROR(m_p->call(Principal::anonymous(), QStringLiteral("identities.create"),
                                  {{QStringLiteral("name"), QStringLiteral("erin")}, {QStringLiteral("passphrase"), QStringLiteral("Xq7#")}}),
                        ErrorCode::InvalidArgument);
        m_p->close(); // everything checkpointed into the main file

        const QStringList needles{kSecret, QStringLiteral("battery staple"), pemBody, QStringLiteral("Xq7#")};
        const auto rows = sqlRows(m_p->dbPath(), QStringLiteral("SELECT seq, ts_ns, caller, role, method, args_digest, summary, outcome, phash, hash FROM audit_log"));
        QVERIFY(rows.size() > 10);
        for (const QVariantList &row : rows)
            for (const QVariant &cell : row)
                for (const QString &needle : needles) {
                    QVERIFY2(!cell.toString().contains(needle), qPrintable(QStringLiteral("\"%1\" in entry %2").arg(needle, row[0].toString())));
                    QVERIFY2(!cell.toByteArray().contains(needle.toUtf8()), qPrintable(needle));
                }
        const QByteArray file = readFile(m_p->dbPath());
        for (const QString &needle : needles.mid(0, 3))
            QVERIFY2(!file.contains(needle.toUtf8()), qPrintable(QStringLiteral("\"%1\" in the database file").arg(needle)));
        // The digest covers the redacted arguments, never the secret itself.
        const QByteArray plainDigest = sha256(QJsonDocument(createArgs).toJson(QJsonDocument::Compact));
        QVERIFY(createEntry.value(0).toByteArray() != plainDigest);
        QJsonObject redacted = createArgs;
        redacted.insert(QStringLiteral("passphrase"), QStringLiteral("[redacted]"));
        QCOMPARE(createEntry.value(0).toByteArray(), sha256(QJsonDocument(redacted).toJson(QJsonDocument::Compact)));
    }

    // The GUI and nexusctl on one profile: each gateway remembers the chain head it wrote last, so
    // appends through the other one must make it read the head again (or the chain would fork).
    void twoGatewaysOnOneProfileKeepOneChain()
    {
        auto other = Backend::open(m_p->dir.path(), false);
        NX_VERIFY_OK(other);
        CallContext ctx;
        ctx.caller = m_alice;
        ctx.origin = Origin::Seed;
        const qint64 before = m_p->lastSeq();
        for (int i = 0; i < 6; ++i) {
            Gateway &gw = i % 2 ? (*other)->gateway() : m_p->backend->gateway();
            auto r = gw.callBlocking(ctx, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("turn %1").arg(i)}});
            NX_VERIFY_OK(r);
        }
        QCOMPARE(m_p->lastSeq(), before + 6);
        auto v = m_p->call(m_admin, QStringLiteral("audit.verify"));
        NX_VERIFY_OK(v);
        QVERIFY2(obj(v).value(QStringLiteral("ok")).toBool(), QJsonDocument(obj(v)).toJson().constData());
        QCOMPARE(obj(v).value(QStringLiteral("checked")).toInteger(), m_p->lastSeq());
    }

    void verifyCleanLog()
    {
        auto v = m_p->call(m_admin, QStringLiteral("audit.verify"));
        NX_VERIFY_OK(v);
        QCOMPARE(obj(v).value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(obj(v).value(QStringLiteral("checked")).toInteger(), m_p->lastSeq());
        QCOMPARE(obj(v).value(QStringLiteral("last_seq")).toInteger(), m_p->lastSeq());
        auto d = verifyDirect(*m_p->backend, 3, 7);
        NX_VERIFY_OK(d);
        QVERIFY(!d->problem);
        QCOMPARE(d->checked, 5);
        NX_VERIFY_ERROR(m_p->call(m_alice, QStringLiteral("audit.verify")), ErrorCode::PermissionDenied);
    }

    void tamperDetection_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("badSeq");
        const QString dropU = QStringLiteral("DROP TRIGGER audit_no_update");
        const QString dropD = QStringLiteral("DROP TRIGGER audit_no_delete");
        QTest::newRow("summary edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq = 6")} << qint64(6);
        QTest::newRow("outcome edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET outcome = 'conflict' WHERE seq = 3")} << qint64(3);
        QTest::newRow("first entry edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET role = 'user' WHERE seq = 1")} << qint64(1);
        QTest::newRow("newest entry edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq = (SELECT max(seq) FROM audit_log)")}
                                             << qint64(13);
        QTest::newRow("timestamp edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET ts_ns = ts_ns + 1 WHERE seq = 8")} << qint64(8);
        QTest::newRow("caller edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET caller = X'04' WHERE seq = 9")} << qint64(9);
        QTest::newRow("phash changed") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET phash = randomblob(32) WHERE seq = 5")} << qint64(5);
        QTest::newRow("stored hash changed") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET hash = randomblob(32) WHERE seq = 7")} << qint64(7);
        QTest::newRow("row deleted") << QStringList{dropD, QStringLiteral("DELETE FROM audit_log WHERE seq = 4")} << qint64(4);
        QTest::newRow("first row deleted") << QStringList{dropD, QStringLiteral("DELETE FROM audit_log WHERE seq = 1")} << qint64(1);
        QTest::newRow("newest edited, hash blanked")
            << QStringList{dropU, QStringLiteral("UPDATE audit_log SET summary = 'x', hash = X'' WHERE seq = (SELECT max(seq) FROM audit_log)")}
            << qint64(13);
        QTest::newRow("edited, hash blanked") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET summary = 'x', hash = X'' WHERE seq = 6")} << qint64(6);
    }
    void tamperDetection()
    {
        QFETCH(QStringList, sql);
        QFETCH(qint64, badSeq);
        QCOMPARE(m_p->lastSeq(), 13); // 2 profile + 3 user setup + 8 updates: the rows above refer to these
        const QJsonObject v = tamperAndVerify(sql);
        QCOMPARE(v.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(v.value(QStringLiteral("first_bad_seq")).toInteger(), badSeq);
        QVERIFY(v.value(QStringLiteral("reason")).toString().contains(QString::number(badSeq)));
        auto direct = verifyDirect(*m_p->backend);
        NX_VERIFY_OK(direct);
        QVERIFY(direct->problem);
        QCOMPARE(direct->problem->seq, badSeq);
    }

    // A long log is verified in parallel parts (4 here: boundaries at 10,005, 20,009 and 30,013);
    // the verdict is the same as one part's, also for damage at and around the part boundaries.
    void longLogInParts_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<qint64>("badSeq");
        const QString dropU = QStringLiteral("DROP TRIGGER audit_no_update");
        const QString dropD = QStringLiteral("DROP TRIGGER audit_no_delete");
        QTest::newRow("clean") << QStringList{} << qint64(0);
        QTest::newRow("first of a part edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq = 20009")} << qint64(20009);
        QTest::newRow("first of a part relinked") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET phash = randomblob(32) WHERE seq = 20009")} << qint64(20009);
        QTest::newRow("last of a part deleted") << QStringList{dropD, QStringLiteral("DELETE FROM audit_log WHERE seq = 20008")} << qint64(20008);
        QTest::newRow("first of a part deleted") << QStringList{dropD, QStringLiteral("DELETE FROM audit_log WHERE seq = 30013")} << qint64(30013);
        QTest::newRow("two parts damaged: the earlier wins")
            << QStringList{dropU, QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq IN (12000, 35000)")} << qint64(12000);
        QTest::newRow("newest edited") << QStringList{dropU, QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq = 40013")} << qint64(40013);
    }
    void longLogInParts()
    {
        QFETCH(QStringList, sql);
        QFETCH(qint64, badSeq);
        // 40,000 more valid entries, written straight through the audit writer in one transaction.
        const bool filled = m_p->backend->gateway().writer()->runBlocking<bool>([](QSqlDatabase &db) {
            Transaction tx(db);
            if (!tx.begin())
                return false;
            AuditWriter w;
            for (int i = 0; i < 40000; ++i) {
                AuditEntry e;
                e.timeNs = nowNs();
                e.caller = principalFor(1).bytes();
                e.role = QStringLiteral("user");
                e.method = QStringLiteral("bench.fill");
                e.argsDigest = sha256(QByteArray::number(i));
                e.summary = QStringLiteral("entry %1").arg(i);
                e.outcome = QStringLiteral("ok");
                if (!w.append(db, e))
                    return false;
            }
            return bool(tx.commit());
        });
        QVERIFY(filled);
        QCOMPARE(m_p->lastSeq(), 40013);
        m_p->close();
        for (const QString &s : sql)
            QCOMPARE(sqlExec(m_p->dbPath(), s), QString());
        QVERIFY(m_p->open());
        for (int parts : {1, 4}) {
            auto r = verifyDirect(*m_p->backend, 1, 0, parts);
            NX_VERIFY_OK(r);
            if (badSeq == 0) {
                QVERIFY2(!r->problem, qPrintable(r->problem ? r->problem->reason : QString()));
                QCOMPARE(r->checked, 40013);
                QCOMPARE(r->lastSeq, 40013);
            } else {
                QVERIFY2(r->problem, qPrintable(QStringLiteral("%1 parts found nothing").arg(parts)));
                QCOMPARE(r->problem->seq, badSeq);
                QVERIFY(r->problem->reason.contains(QString::number(badSeq)));
                QCOMPARE(r->checked, badSeq - 1); // everything before the bad entry verified
            }
        }
        // A range that starts inside the log links to the entry before it.
        auto tail = verifyDirect(*m_p->backend, 20000, 30000, 4);
        NX_VERIFY_OK(tail);
        QCOMPARE(bool(tail->problem), badSeq >= 20000 && badSeq <= 30000);
    }

    void appendOnlyTriggers()
    {
        const QByteArray summary = sqlValue(m_p->dbPath(), QStringLiteral("SELECT summary FROM audit_log WHERE seq = 5")).toByteArray();
        const QString upd = sqlExec(m_p->dbPath(), QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE seq = 5"));
        QVERIFY2(upd.contains(QLatin1String("append-only")), qPrintable(upd));
        const QString del = sqlExec(m_p->dbPath(), QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        QVERIFY2(del.contains(QLatin1String("append-only")), qPrintable(del));
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT summary FROM audit_log WHERE seq = 5")).toByteArray(), summary);
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), 13);
    }

    void listFiltersAndPaging()
    {
        // Known entries at known times: alice and the admin, ok and refused, two services.
        const qint64 t0Ms = 1'800'000'000'000;
        auto at = [&](const Principal &as, const QString &m, const QJsonObject &a, int minute) {
            return m_p->call(as, m, a, Origin::Seed, (t0Ms + minute * 60'000) * 1'000'000);
        };
        NX_VERIFY_OK(at(m_alice, QStringLiteral("users.update_profile"), {{QStringLiteral("bio"), QStringLiteral("Zanzibar trip")}}, 0));
        NX_VERIFY_ERROR(at(m_alice, QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("a.b")}, {QStringLiteral("value"), 1}}, 1),
                        ErrorCode::PermissionDenied);
        NX_VERIFY_OK(at(m_admin, QStringLiteral("users.set_kyc"), {{QStringLiteral("principal"), m_alice.toText()}, {QStringLiteral("status"), QStringLiteral("verified")}}, 2));
        NX_VERIFY_ERROR(at(m_admin, QStringLiteral("users.set_kyc"), {{QStringLiteral("principal"), m_admin.toText()}, {QStringLiteral("status"), QStringLiteral("verified")}}, 3),
                        ErrorCode::PermissionDenied);
        NX_VERIFY_OK(at(m_p->controller, QStringLiteral("system.config_set"), {{QStringLiteral("key"), QStringLiteral("ui.banner")},
                                                                             {QStringLiteral("value"), QStringLiteral("Zanzibar: 100% off")}}, 4));
        NX_VERIFY_ERROR(at(m_p->controller, QStringLiteral("system.flag_set"), {{QStringLiteral("name"), QStringLiteral("Bad Name")}, {QStringLiteral("enabled"), true}}, 5),
                        ErrorCode::InvalidArgument);

        // Ground truth straight from the table.
        const auto all = sqlRows(m_p->dbPath(), QStringLiteral("SELECT seq, caller, method, outcome, summary, ts_ns FROM audit_log ORDER BY seq DESC"));
        auto expected = [&](const std::function<bool(const QVariantList &)> &keep) {
            QList<qint64> out;
            for (const QVariantList &r : all)
                if (keep(r))
                    out << r[0].toLongLong();
            return out;
        };
        auto listed = [&](QJsonObject args, qint64 *total = nullptr) {
            args.insert(QStringLiteral("limit"), 1000);
            const QJsonObject o = obj(m_p->call(m_admin, QStringLiteral("audit.list"), args));
            if (total)
                *total = o.value(QStringLiteral("total")).toInteger();
            QList<qint64> out;
            for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
                out << v.toObject().value(QStringLiteral("seq")).toInteger();
            return out;
        };
        qint64 total = 0;
        QCOMPARE(listed({}, &total), expected([](const QVariantList &) { return true; }));
        QCOMPARE(total, qint64(all.size()));
        const QList<qint64> byAlice = expected([&](const QVariantList &r) { return r[1].toByteArray() == m_alice.bytes(); });
        QCOMPARE(byAlice.size(), 8 + 2);
        QCOMPARE(listed({{QStringLiteral("caller"), m_alice.toText()}}), byAlice);
        QCOMPARE(listed({{QStringLiteral("method"), QStringLiteral("users.set_kyc")}}),
                 expected([](const QVariantList &r) { return r[2].toString() == QLatin1String("users.set_kyc"); }));
        QCOMPARE(listed({{QStringLiteral("method"), QStringLiteral("system.")}}),
                 expected([](const QVariantList &r) { return r[2].toString().startsWith(QLatin1String("system.")); }));
        QCOMPARE(listed({{QStringLiteral("method"), QStringLiteral("users.set")}}), QList<qint64>()); // exact unless it ends with '.'
        const QList<qint64> refused = expected([](const QVariantList &r) { return r[3].toString() != QLatin1String("ok"); });
        QCOMPARE(refused.size(), 3);
        QCOMPARE(listed({{QStringLiteral("outcome"), QStringLiteral("error")}}), refused);
        QCOMPARE(listed({{QStringLiteral("outcome"), QStringLiteral("permission_denied")}}).size(), 2);
        QCOMPARE(listed({{QStringLiteral("outcome"), QStringLiteral("ok")}}).size(), all.size() - 3);
        QCOMPARE(listed({{QStringLiteral("text"), QStringLiteral("zanzibar")}}),
                 expected([](const QVariantList &r) { return r[4].toString().contains(QLatin1String("zanzibar"), Qt::CaseInsensitive); }));
        QCOMPARE(listed({{QStringLiteral("text"), QStringLiteral("100%")}}).size(), 1);  // '%' is literal
        QCOMPARE(listed({{QStringLiteral("text"), QStringLiteral("0_%")}}).size(), 0);   // so is '_'
        // Time range [from, to): minutes 1..3 of the scripted calls.
        const QList<qint64> window = listed({{QStringLiteral("from_ms"), t0Ms + 60'000}, {QStringLiteral("to_ms"), t0Ms + 4 * 60'000}});
        QCOMPARE(window, expected([&](const QVariantList &r) {
                     const qint64 ms = r[5].toLongLong() / 1'000'000;
                     return ms >= t0Ms + 60'000 && ms < t0Ms + 4 * 60'000;
                 }));
        QCOMPARE(window.size(), 3);
        QCOMPARE(listed({{QStringLiteral("caller"), m_admin.toText()}, {QStringLiteral("outcome"), QStringLiteral("error")}}).size(), 1);

        // Paging: newest first, pages cover everything once, total constant.
        QList<qint64> paged;
        for (int offset = 0; offset < all.size() + 5; offset += 4) {
            const QJsonObject o = obj(m_p->call(m_admin, QStringLiteral("audit.list"), {{QStringLiteral("limit"), 4}, {QStringLiteral("offset"), offset}}));
            QCOMPARE(o.value(QStringLiteral("total")).toInteger(), qint64(all.size()));
            for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
                paged << v.toObject().value(QStringLiteral("seq")).toInteger();
        }
        QCOMPARE(paged, expected([](const QVariantList &) { return true; }));
        NX_VERIFY_ERROR(m_p->call(m_alice, QStringLiteral("audit.list")), ErrorCode::PermissionDenied);
    }

    void exportAndVerifyOffline()
    {
        qint64 n = 0;
        const QByteArray jsonl = exportRange(*m_p->backend, 3, 8, &n);
        QCOMPARE(n, 6);
        QList<QByteArray> lines = jsonl.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        auto ok = checkExport(jsonl);
        NX_VERIFY_OK(ok);
        QVERIFY2(!ok->problem, qPrintable(ok->problem ? ok->problem->reason : QString()));
        QCOMPARE(ok->firstSeq, 3);
        QCOMPARE(ok->lastSeq, 8);
        QCOMPARE(ok->lastHash, sqlValue(m_p->dbPath(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = 8")).toByteArray());
        // The whole log through audit.export verifies too.
        const QString all = obj(m_p->call(m_admin, QStringLiteral("audit.export"))).value(QStringLiteral("jsonl")).toString();
        auto whole = checkExport(all.toUtf8());
        NX_VERIFY_OK(whole);
        QVERIFY(!whole->problem);
        QCOMPARE(whole->entries, m_p->lastSeq());

        // One edited summary (seq 5, line 3) is named; so is a dropped line.
        QJsonObject e5 = QJsonDocument::fromJson(lines[2]).object();
        QCOMPARE(e5.value(QStringLiteral("seq")).toInteger(), 5);
        e5.insert(QStringLiteral("summary"), QStringLiteral("nothing happened"));
        QList<QByteArray> edited = lines;
        edited[2] = QJsonDocument(e5).toJson(QJsonDocument::Compact);
        auto bad = checkExport(edited.join('\n'));
        NX_VERIFY_OK(bad);
        QVERIFY(bad->problem);
        QCOMPARE(bad->problem->seq, 5);
        QList<QByteArray> dropped = lines;
        dropped.removeAt(3);
        auto gap = checkExport(dropped.join('\n'));
        NX_VERIFY_OK(gap);
        QVERIFY(gap->problem);
        QCOMPARE(gap->problem->seq, 6);
        // A line that is not JSON is reported, not crashed on.
        QList<QByteArray> junk = lines;
        junk[1] = "{not json";
        auto broken = checkExport(junk.join('\n'));
        NX_VERIFY_OK(broken);
        QVERIFY(broken->problem);
        QVERIFY(broken->problem->reason.contains(QLatin1String("line 2")));
        NX_VERIFY_ERROR(checkExport(QByteArray()), ErrorCode::InvalidArgument);
    }

    void computeHashMatchesValueHash()
    {
        AuditEntry e;
        e.seq = 1;
        e.timeNs = 1'700'000'000'123'456'789;
        e.caller = principalFor(3).bytes();
        e.role = QStringLiteral("admin");
        e.method = QStringLiteral("users.set_kyc");
        e.argsDigest = sha256("{}");
        e.summary = QStringLiteral("KYC of Zoë: pending → verified ✓");
        e.outcome = QStringLiteral("ok");
        QCOMPARE(e.computeHash(), e.toValue().hash());
        QVERIFY(!e.toValue().field(QStringLiteral("phash")));
        const QByteArray first = e.computeHash();
        e.seq = 2;
        e.phash = first;
        QCOMPARE(e.computeHash(), e.toValue().hash());
        QVERIFY(e.toValue().field(QStringLiteral("phash")));
        QVERIFY(e.computeHash() != first);
        e.seq = qint64(1) << 62;
        e.summary.clear();
        QCOMPARE(e.computeHash(), e.toValue().hash());
        // And every stored entry's hash is its recomputed hash.
        for (const QVariantList &r : sqlRows(m_p->dbPath(), QStringLiteral("SELECT seq, ts_ns, caller, role, method, args_digest, summary, outcome, phash, hash FROM audit_log"))) {
            AuditEntry s;
            s.seq = r[0].toLongLong();
            s.timeNs = r[1].toLongLong();
            s.caller = r[2].toByteArray();
            s.role = r[3].toString();
            s.method = r[4].toString();
            s.argsDigest = r[5].toByteArray();
            s.summary = r[6].toString();
            s.outcome = r[7].toString();
            s.phash = r[8].toByteArray();
            QCOMPARE(s.toValue().hash(), r[9].toByteArray());
        }
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
