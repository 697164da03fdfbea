// The swap state machine through the gateway: a swap is brought into each of the ten states, and
// each of the ten things people do to swaps is tried on it. The allowed ones land in the expected
// state; every forbidden one is refused with Conflict and changes neither the swap nor the ledger.

#include "swapfixture.h"

using namespace nexus;
using namespace nexus::test;

namespace {

const QStringList kStates{QStringLiteral("pending_approval"), QStringLiteral("initiated"), QStringLiteral("participated"),
                          QStringLiteral("redeemed"), QStringLiteral("participant_refunded"), QStringLiteral("disputed"),
                          QStringLiteral("completed"), QStringLiteral("refunded"), QStringLiteral("cancelled"), QStringLiteral("resolved")};
const QStringList kAttempts{QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("cancel"), QStringLiteral("participate"),
                            QStringLiteral("redeem by initiator"), QStringLiteral("redeem by participant"), QStringLiteral("refund after T1"),
                            QStringLiteral("open_dispute"), QStringLiteral("resolve refund"), QStringLiteral("resolve release")};

// (state, attempt) -> the state it leads to; absent: refused.
QHash<QString, QString> allowed()
{
    return {{QStringLiteral("pending_approval|approve"), QStringLiteral("pending_approval")}, // 1 of 2 approvals
            {QStringLiteral("pending_approval|reject"), QStringLiteral("cancelled")},
            {QStringLiteral("pending_approval|cancel"), QStringLiteral("cancelled")},
            {QStringLiteral("initiated|participate"), QStringLiteral("participated")},
            {QStringLiteral("initiated|refund after T1"), QStringLiteral("refunded")},
            {QStringLiteral("initiated|open_dispute"), QStringLiteral("disputed")},
            {QStringLiteral("participated|redeem by initiator"), QStringLiteral("redeemed")},
            {QStringLiteral("participated|refund after T1"), QStringLiteral("refunded")},
            {QStringLiteral("participated|open_dispute"), QStringLiteral("disputed")},
            {QStringLiteral("redeemed|redeem by participant"), QStringLiteral("completed")},
            {QStringLiteral("redeemed|open_dispute"), QStringLiteral("disputed")},
            {QStringLiteral("participant_refunded|refund after T1"), QStringLiteral("refunded")},
            {QStringLiteral("participant_refunded|open_dispute"), QStringLiteral("disputed")},
            {QStringLiteral("disputed|resolve refund"), QStringLiteral("resolved")},
            {QStringLiteral("disputed|resolve release"), QStringLiteral("resolved")}};
}

} // namespace

class TestSwapStates : public QObject, public SwapFixture
{
    Q_OBJECT

    int m_secret = 0;

    qint64 t1(qint64 id) { return contract(id).value(QStringLiteral("initiator_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong(); }
    qint64 t2(qint64 id) { return contract(id).value(QStringLiteral("participant_leg")).toObject().value(QStringLiteral("timelock_ns")).toString().toLongLong(); }

    // A new swap in `state`; its secret number in *k.
    qint64 make(const QString &target, int *k)
    {
        *k = ++m_secret;
        const QString sec = secret(*k).secretHex();
        const auto big = [&] {
            return sok(m_alice, QStringLiteral("initiate"), initiateArgs(m_bob, secret(*k), BTC, kE8, ICP, 10 * kE8)).value(QStringLiteral("id")).toInteger();
        };
        if (target == QLatin1String("pending_approval"))
            return big();
        if (target == QLatin1String("cancelled")) {
            const qint64 id = big();
            sok(m_alice, QStringLiteral("cancel"), idArgs(id));
            return id;
        }
        const qint64 id = initiated(*k);
        if (target == QLatin1String("initiated"))
            return id;
        if (target == QLatin1String("refunded")) {
            sok(m_alice, QStringLiteral("refund"), idArgs(id), t1(id));
            return id;
        }
        if (target == QLatin1String("disputed") || target == QLatin1String("resolved")) {
            sok(m_bob, QStringLiteral("open_dispute"), idArgs(id, {{QStringLiteral("reason"), QStringLiteral("no answer")}}));
            if (target == QLatin1String("resolved"))
                sok(m_approver1, QStringLiteral("resolve_dispute"),
                    idArgs(id, {{QStringLiteral("resolution"), QStringLiteral("refund")}, {QStringLiteral("reason"), QStringLiteral("test")}}));
            return id;
        }
        sok(m_bob, QStringLiteral("participate"), idArgs(id));
        if (target == QLatin1String("participated"))
            return id;
        if (target == QLatin1String("participant_refunded")) {
            sok(m_bob, QStringLiteral("refund"), idArgs(id), t2(id));
            return id;
        }
        sok(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), sec}}));
        if (target == QLatin1String("redeemed"))
            return id;
        sok(m_bob, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), sec}})); // completed
        return id;
    }

    Result<QJsonValue> attempt(const QString &what, qint64 id, int k)
    {
        const QString sec = secret(k).secretHex();
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("test")}};
        if (what == QLatin1String("approve"))
            return S(m_approver1, QStringLiteral("approve"), idArgs(id));
        if (what == QLatin1String("reject"))
            return S(m_approver1, QStringLiteral("reject"), idArgs(id, reason));
        if (what == QLatin1String("cancel"))
            return S(m_alice, QStringLiteral("cancel"), idArgs(id));
        if (what == QLatin1String("participate"))
            return S(m_bob, QStringLiteral("participate"), idArgs(id));
        if (what == QLatin1String("redeem by initiator"))
            return S(m_alice, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), sec}}));
        if (what == QLatin1String("redeem by participant"))
            return S(m_bob, QStringLiteral("redeem"), idArgs(id, {{QStringLiteral("secret"), sec}}));
        if (what == QLatin1String("refund after T1"))
            return S(m_alice, QStringLiteral("refund"), idArgs(id), std::max(m_now + 1000, t1(id) + kHour));
        if (what == QLatin1String("open_dispute"))
            return S(m_bob, QStringLiteral("open_dispute"), idArgs(id, reason));
        QJsonObject args = idArgs(id, reason);
        args.insert(QStringLiteral("resolution"), what.endsWith(QLatin1String("refund")) ? QStringLiteral("refund") : QStringLiteral("release"));
        return S(m_approver1, QStringLiteral("resolve_dispute"), args);
    }

    QList<QVariantList> swapRow(qint64 id) const
    {
        return sqlRows(m_p->dbPath(), QStringLiteral("SELECT state, a_state, b_state, hex(secret), due_ns FROM swaps WHERE id = ?"), {id});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpSwaps(this); }
    void cleanup() { tearDown(); }

    void everyStateAgainstEveryAction()
    {
        const auto edges = allowed();
        int landed = 0, refused = 0;
        for (const QString &from : kStates) {
            for (const QString &what : kAttempts) {
                int k = 0;
                const qint64 id = make(from, &k);
                QVERIFY2(!QTest::currentTestFailed(), qPrintable(from));
                QCOMPARE(state(id), from);
                const QString where = from + QStringLiteral(" + ") + what;
                const auto ledger = ledgerState();
                const auto row = swapRow(id);
                auto r = attempt(what, id, k);
                const QString key = from + QLatin1Char('|') + what;
                if (edges.contains(key)) {
                    QVERIFY2(r, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(errText(r))));
                    QCOMPARE(state(id), edges.value(key));
                    ++landed;
                } else {
                    QVERIFY2(!r, qPrintable(where + QStringLiteral(" was allowed")));
                    QVERIFY2(r.error().code == ErrorCode::Conflict, qPrintable(where + QStringLiteral(": ") + QString::fromUtf8(errText(r))));
                    QCOMPARE(swapRow(id), row);
                    QCOMPARE(ledgerState(), ledger);
                    ++refused;
                }
            }
        }
        QCOMPARE(landed, 15);
        QCOMPARE(refused, 85);
        QVERIFY2(conservation().isEmpty(), qPrintable(conservation()));
        QVERIFY(verify().value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSwapStates)
#include "tst_swapstates.moc"
