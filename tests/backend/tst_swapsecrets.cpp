// The secret never appears in clear in the audit log (entries, summaries, exports), the swap
// events or the logs: only its hash. Every logging category is switched on and captured while swaps
// are redeemed, mistyped secrets are refused, secrets are extracted and disputes resolved; then the
// database and the captured output are searched for each secret, in hex (either case) and raw.

#include "swapfixture.h"

#include "digest.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace nexus;
using namespace nexus::test;

namespace {

QMutex g_logMutex;
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    QMutexLocker lock(&g_logMutex);
    g_log << QStringLiteral("%1: %2").arg(QLatin1String(ctx.category ? ctx.category : "default"), msg);
}

} // namespace

class TestSwapSecrets : public QObject, public SwapFixture
{
    Q_OBJECT

    QtMessageHandler m_previous = nullptr;
    QList<QByteArray> m_secrets; // every secret (right or wrong) handed to the backend

    QString redeemWith(qint64 id, const Principal &who, const QByteArray &secretBytes)
    {
        m_secrets << secretBytes;
        auto r = S(who, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), QString::fromLatin1(secretBytes.toHex())}}));
        return r ? QString() : r.error().message;
    }

    // Where a secret would show: hex in either case, or the raw bytes.
    static bool leaks(const QByteArray &haystack, const QByteArray &secret)
    {
        return haystack.contains(secret.toHex()) || haystack.contains(secret.toHex().toUpper()) || haystack.contains(secret);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    void init() { setUpSwaps(this); }
    void cleanup() { tearDown(); }

    void neverInClear()
    {
        // A complete swap, with mistyped and foreign secrets along the way.
        const qint64 a = participated(1);
        QByteArray typo = secret(1).secret;
        typo[31] = char(typo[31] ^ 0x40);
        QVERIFY(!redeemWith(a, m_alice, typo).isEmpty());
        QVERIFY(!redeemWith(a, m_alice, secret(99).secret).isEmpty());
        QVERIFY(!redeemWith(a, m_bob, secret(1).secret).isEmpty()); // the participant may not go first
        QVERIFY(!redeemWith(a, m_carol, secret(1).secret).isEmpty()); // not a party
        QVERIFY(redeemWith(a, m_alice, secret(1).secret).isEmpty());
        const QString extracted = sok(m_bob, QStringLiteral("extract_secret"), idArgs(a)).value(QStringLiteral("secret")).toString();
        QCOMPARE(extracted, secret(1).secretHex());
        NX_VERIFY_ERROR(S(m_carol, QStringLiteral("extract_secret"), idArgs(a)), ErrorCode::PermissionDenied);
        QVERIFY(redeemWith(a, m_bob, secret(1).secret).isEmpty());
        // A revealed swap disputed and released, another settled by the expiry job.
        const qint64 b = redeemed(2);
        m_secrets << secret(2).secret;
        sok(m_bob, QStringLiteral("open_dispute"), idArgs(b, {{QStringLiteral("reason"), QStringLiteral("slow")}}));
        sok(m_approver1, QStringLiteral("resolve_dispute"), idArgs(b, {{QStringLiteral("resolution"), QStringLiteral("release")}, {QStringLiteral("reason"), QStringLiteral("ok")}}));
        const qint64 c = redeemed(3);
        m_secrets << secret(3).secret;
        const qint64 t1 = contract(c).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong();
        sok(m_carol, QStringLiteral("process_expired"), {}, t1);
        QCOMPARE(state(c), QStringLiteral("completed"));

        // Positive controls: the redeem entries carry the hashlock, and their argument digest is over
        // the arguments with the secret redacted.
        const auto redeems = sqlRows(m_p->dbPath(), QStringLiteral("SELECT summary, args_digest, outcome FROM audit_log WHERE method = 'swaps.redeem' ORDER BY seq"));
        QCOMPARE(redeems.size(), 8);
        int okEntries = 0;
        for (const QVariantList &r : redeems) {
            if (r[2].toString() != QLatin1String("ok"))
                continue;
            ++okEntries;
            QVERIFY2(r[0].toString().contains(QLatin1String("secret sha256")), qPrintable(r[0].toString()));
        }
        QCOMPARE(okEntries, 4);
        const QByteArray redacted = QJsonDocument(QJsonObject{{QStringLiteral("id"), a}, {QStringLiteral("secret"), QStringLiteral("[redacted]")}})
                                        .toJson(QJsonDocument::Compact);
        QCOMPARE(redeems.first()[1].toByteArray(), sha256(redacted));

        // The audit log, every column of every entry.
        QByteArray audit;
        for (const QVariantList &row : sqlRows(m_p->dbPath(), QStringLiteral("SELECT * FROM audit_log")))
            for (const QVariant &v : row)
                audit += v.toByteArray() + '\n';
        // Its export, and the swaps' event history.
        const QJsonObject page = obj(m_p->ctl(QStringLiteral("audit.export"), {{QStringLiteral("from_seq"), 1}}));
        QCOMPARE(page.value(QStringLiteral("count")).toInteger(), m_p->lastSeq()); // all of it in one page
        const QByteArray exported = page.value(QStringLiteral("jsonl")).toString().toUtf8();
        QVERIFY(exported.contains("swaps.redeem"));
        QVERIFY(exported.size() > 1000);
        QByteArray events;
        for (const QVariantList &row : sqlRows(m_p->dbPath(), QStringLiteral("SELECT * FROM swap_events")))
            for (const QVariant &v : row)
                events += v.toByteArray() + '\n';
        QByteArray logs;
        {
            QMutexLocker lock(&g_logMutex);
            logs = g_log.join(QLatin1Char('\n')).toUtf8();
        }
        QVERIFY2(m_secrets.size() >= 6, "the test handed secrets to the backend");
        for (const QByteArray &sec : std::as_const(m_secrets)) {
            QVERIFY2(!leaks(audit, sec), "a secret in the audit log");
            QVERIFY2(!leaks(exported, sec), "a secret in the audit export");
            QVERIFY2(!leaks(events, sec), "a secret in the swap events");
            QVERIFY2(!leaks(logs, sec), "a secret in the log output");
        }
        // The revealed preimage lives only in its contract row (that is how extract_secret works).
        QCOMPARE(sqlValue(m_p->dbPath(), QStringLiteral("SELECT count(*) FROM swaps WHERE secret IS NOT NULL")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSwapSecrets)
#include "tst_swapsecrets.moc"
