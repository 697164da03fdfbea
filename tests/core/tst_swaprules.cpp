// The swap rules that need no database: the state machine (every transition and every forbidden
// one), the secret and hashlock helper, timelock rules and settings, escrow accounts, and what the
// expiry job and a refund do in each state.
#include "swapcontract.h"
#include "swappolicy.h"
#include "swapsecret.h"
#include "swapstate.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>

using namespace nexus;

namespace {

constexpr qint64 kS = SwapPolicy::kSecondNs;
constexpr qint64 kH = 3600 * kS;
constexpr qint64 kT0 = 1'760'000'000'000'000'000;

using S = SwapState;
using A = SwapAction;

// The allowed transitions, written out again independently of swapstate.cpp.
QHash<QPair<int, int>, S> expectedEdges()
{
    QHash<QPair<int, int>, S> e;
    const auto add = [&](S from, A a, S to) { e.insert({int(from), int(a)}, to); };
    add(S::PendingApproval, A::Approve, S::PendingApproval);
    add(S::PendingApproval, A::Lock, S::Initiated);
    add(S::PendingApproval, A::Cancel, S::Cancelled);
    add(S::PendingApproval, A::Reject, S::Cancelled);
    add(S::Initiated, A::Participate, S::Participated);
    add(S::Initiated, A::RefundInitiatorLeg, S::Refunded);
    add(S::Initiated, A::OpenDispute, S::Disputed);
    add(S::Participated, A::RedeemParticipantLeg, S::Redeemed);
    add(S::Participated, A::RefundParticipantLeg, S::ParticipantRefunded);
    add(S::Participated, A::OpenDispute, S::Disputed);
    add(S::Redeemed, A::RedeemInitiatorLeg, S::Completed);
    add(S::Redeemed, A::OpenDispute, S::Disputed);
    add(S::ParticipantRefunded, A::RefundInitiatorLeg, S::Refunded);
    add(S::ParticipantRefunded, A::OpenDispute, S::Disputed);
    add(S::Disputed, A::ResolveRefund, S::Resolved);
    add(S::Disputed, A::ResolveRelease, S::Resolved);
    return e;
}

SwapContract contract(S state)
{
    SwapContract c;
    c.id = 7;
    c.state = state;
    c.a.timelockNs = kT0 + 48 * kH;
    if (state != S::PendingApproval && state != S::Initiated)
        c.b.timelockNs = kT0 + 24 * kH;
    return c;
}

} // namespace

class TestSwapRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        QCOMPARE(allSwapStates().size(), 10);
        QCOMPARE(allSwapActions().size(), 12);
        for (S s : allSwapStates())
            QCOMPARE(swapStateFromName(swapStateName(s)).value(), s);
        QSet<QString> actions;
        for (A a : allSwapActions())
            actions << swapActionName(a);
        QCOMPARE(actions.size(), 12);
        for (LegState l : {LegState::None, LegState::Locked, LegState::Redeemed, LegState::Refunded})
            QCOMPARE(legStateFromName(legStateName(l)).value(), l);
        QVERIFY(!swapStateFromName(QStringLiteral("expired")));
    }

    void everyTransition()
    {
        const auto edges = expectedEdges();
        int allowed = 0, refused = 0;
        for (S from : allSwapStates())
            for (A a : allSwapActions()) {
                const auto r = swapTransition(from, a);
                const QString where = swapStateName(from) + QStringLiteral(" + ") + swapActionName(a);
                if (edges.contains({int(from), int(a)})) {
                    QVERIFY2(r.ok(), qPrintable(where + QStringLiteral(" refused: ") + (r ? QString() : r.error().message)));
                    QCOMPARE(*r, edges.value({int(from), int(a)}));
                    ++allowed;
                } else {
                    QVERIFY2(!r.ok(), qPrintable(where + QStringLiteral(" allowed")));
                    QCOMPARE(r.error().code, ErrorCode::Conflict);
                    QVERIFY2(r.error().message.size() > 20, qPrintable(where));
                    QCOMPARE(r.error().details.value(QStringLiteral("state")).toString(), swapStateName(from));
                    ++refused;
                }
            }
        QCOMPARE(allowed, 16);
        QCOMPARE(refused, 120 - 16);
        // The refusals that protect people say why.
        QVERIFY(swapTransition(S::Redeemed, A::RefundInitiatorLeg).error().message.contains(QLatin1String("secret is public")));
        QVERIFY(swapTransition(S::Disputed, A::RefundInitiatorLeg).error().message.contains(QLatin1String("frozen")));
        QVERIFY(swapTransition(S::Participated, A::RedeemInitiatorLeg).error().message.contains(QLatin1String("initiator redeems first")));
        QVERIFY(swapTransition(S::Completed, A::OpenDispute).error().message.contains(QLatin1String("nothing more")));
    }

    void finalAndFunded()
    {
        for (S s : allSwapStates()) {
            const bool final = s == S::Completed || s == S::Refunded || s == S::Cancelled || s == S::Resolved;
            QCOMPARE(isFinal(s), final);
            QCOMPARE(holdsFunds(s), !final && s != S::PendingApproval);
            // Nothing leaves a final state.
            for (A a : allSwapActions())
                if (final)
                    QVERIFY(!swapTransition(s, a));
        }
    }

    void secretAndHashlock()
    {
        auto a = SwapSecret::generate();
        auto b = SwapSecret::generate();
        QVERIFY(a && b);
        QCOMPARE(a->secret.size(), 32);
        QCOMPARE(a->hashlock, QCryptographicHash::hash(a->secret, QCryptographicHash::Sha256));
        QVERIFY(a->secret != b->secret);
        QCOMPARE(a->secretHex().size(), 64);
        QVERIFY(swapSecretMatches(a->secret, a->hashlock));
        QVERIFY(!swapSecretMatches(b->secret, a->hashlock));
        QVERIFY(!swapSecretMatches(a->secret.left(31), swapHashlock(a->secret.left(31)))); // 32 bytes or nothing
        QByteArray flipped = a->secret;
        flipped[5] = char(flipped[5] ^ 1);
        QVERIFY(!swapSecretMatches(flipped, a->hashlock));
        const SwapSecret fixed = SwapSecret::fromSecret(QByteArray(32, '\x07'));
        QCOMPARE(fixed.hashlock, QCryptographicHash::hash(QByteArray(32, '\x07'), QCryptographicHash::Sha256));

        QCOMPARE(parseSwapHash(a->secretHex(), QStringLiteral("secret")).value(), a->secret);
        QCOMPARE(parseSwapHash(a->secretHex().toUpper(), QStringLiteral("secret")).value(), a->secret);
        const QString typo = a->secretHex().left(63) + QLatin1Char('g');
        for (const QString &bad : {typo, a->secretHex().left(62), QString(), a->secretHex() + QStringLiteral("00")}) {
            auto r = parseSwapHash(bad, QStringLiteral("secret"));
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            // The error never repeats what it was given (it may be a secret).
            QVERIFY(!r.error().message.contains(a->secretHex().left(16)));
            QVERIFY(!r.error().hint.contains(a->secretHex().left(16)));
        }
    }

    void initiatorTimelock()
    {
        const SwapPolicy p;
        QCOMPARE(p.initiatorTimelockS, 48 * 3600);
        QCOMPARE(p.participantTimelockS, 24 * 3600);
        QVERIFY(p.checkInitiatorTimelock(kT0 + 48 * kH, kT0));
        QVERIFY(!p.checkInitiatorTimelock(kT0 + 6 * kH, kT0)); // exactly now + margin: no room left
        QVERIFY(p.checkInitiatorTimelock(kT0 + 6 * kH + 1, kT0));
        QVERIFY(!p.checkInitiatorTimelock(kT0 - 1, kT0));
        QVERIFY(p.checkInitiatorTimelock(kT0 + 90 * 24 * kH, kT0));
        auto far = p.checkInitiatorTimelock(kT0 + 90 * 24 * kH + 1, kT0);
        QVERIFY(!far);
        QVERIFY(far.error().message.contains(QLatin1String("90 d")));
    }

    void participantTimelock()
    {
        const SwapPolicy p;
        const qint64 t1 = kT0 + 48 * kH;
        QVERIFY(p.checkParticipantTimelock(kT0 + 24 * kH, t1, kT0));
        QVERIFY(p.checkParticipantTimelock(t1 - 6 * kH - 1, t1, kT0));
        auto atMargin = p.checkParticipantTimelock(t1 - 6 * kH, t1, kT0); // T2 >= T1 - margin is refused
        QVERIFY(!atMargin);
        QVERIFY(atMargin.error().message.contains(QLatin1String("safety margin")));
        QVERIFY(atMargin.error().hint.contains(QLatin1String("earlier")));
        QVERIFY(!p.checkParticipantTimelock(t1, t1, kT0));
        QVERIFY(!p.checkParticipantTimelock(t1 + kH, t1, kT0));
        QVERIFY(!p.checkParticipantTimelock(kT0, t1, kT0)); // not in the future
        // Too late to participate at all.
        auto late = p.checkParticipantTimelock(t1 - 5 * kH, t1, t1 - 5 * kH - 1);
        QVERIFY(!late);
        QVERIFY(late.error().hint.contains(QLatin1String("too late")));
    }

    void settings()
    {
        QCOMPARE(SwapPolicy::keys().size(), 6);
        QVERIFY(SwapPolicy::validate(QStringLiteral("swaps.approvals_required"), 3));
        QVERIFY(SwapPolicy::validate(QStringLiteral("swaps.approvals_required"), 0));
        QVERIFY(!SwapPolicy::validate(QStringLiteral("swaps.approvals_required"), 2.5));
        QVERIFY(!SwapPolicy::validate(QStringLiteral("swaps.approvals_required"), QStringLiteral("2")));
        QVERIFY(SwapPolicy::validate(QStringLiteral("swaps.approval_threshold_usd"), 25000));
        QVERIFY(SwapPolicy::validate(QStringLiteral("swaps.approval_threshold_usd"), QStringLiteral("2500.50")));
        QVERIFY(!SwapPolicy::validate(QStringLiteral("swaps.approval_threshold_usd"), QStringLiteral("25.001")));
        QVERIFY(!SwapPolicy::validate(QStringLiteral("swaps.approval_threshold_usd"), -1));
        QVERIFY(SwapPolicy::validate(QStringLiteral("swaps.safety_margin_s"), 0));
        QVERIFY(!SwapPolicy::validate(QStringLiteral("swaps.initiator_timelock_s"), 30));
        QVERIFY(!SwapPolicy::validate(QStringLiteral("swaps.unknown"), 1));

        auto p = SwapPolicy::fromConfig({{QStringLiteral("swaps.approvals_required"), 3},
                                         {QStringLiteral("swaps.approval_threshold_usd"), QStringLiteral("500.25")},
                                         {QStringLiteral("swaps.safety_margin_s"), 3600}});
        QVERIFY(p);
        QCOMPARE(p->approvalsRequired, 3);
        QVERIFY(p->approvalThresholdCents == 50025);
        QCOMPARE(p->safetyMarginS, 3600);
        QVERIFY(!p->needsApproval(50025));
        QVERIFY(p->needsApproval(50026));
        SwapPolicy none;
        none.approvalsRequired = 0;
        QVERIFY(!none.needsApproval(Nat128(1) << 100));
        QVERIFY(!SwapPolicy::fromConfig({{QStringLiteral("swaps.max_timelock_s"), QStringLiteral("long")}}));
    }

    void escrowAccounts()
    {
        const Principal escrow = swapEscrowPrincipal();
        QCOMPARE(escrow.bytes().size(), 10);
        QCOMPARE(escrow.bytes().back(), '\x01'); // opaque: nobody holds its key
        QVERIFY(!escrow.isSelfAuthenticating());
        QSet<QString> texts;
        for (qint64 id : {1, 2, 3, 1000000})
            for (SwapLegId leg : {SwapLegId::A, SwapLegId::B}) {
                const Account a = swapEscrowAccount(id, leg);
                QCOMPARE(a.owner(), escrow);
                QCOMPARE(a.subaccount().size(), 32);
                QVERIFY(!a.isDefaultSubaccount());
                texts << a.toText();
            }
        QCOMPARE(texts.size(), 8);
        QCOMPARE(swapEscrowAccount(2, SwapLegId::B), swapEscrowAccount(2, SwapLegId::B));
    }

    void accountsOfALeg()
    {
        SwapContract c = contract(S::Participated);
        c.initiator = Principal::anonymous();
        c.participant = swapEscrowPrincipal(); // any two distinct principals
        c.a.subaccount = QByteArray(32, '\x01');
        QCOMPARE(c.ownerAccount(SwapLegId::A), Account(c.initiator, QByteArray(32, '\x01')));
        QCOMPARE(c.recipientAccount(SwapLegId::A), Account(c.participant));
        QCOMPARE(c.recipientAccount(SwapLegId::B), Account(c.initiator, QByteArray(32, '\x01')));
        QVERIFY(c.isParty(c.participant));
    }

    void expiryAndRefundPlans()
    {
        const qint64 t2 = kT0 + 24 * kH, t1 = kT0 + 48 * kH;
        using L = QList<A>;
        // Before any timelock: nothing to do.
        for (S s : allSwapStates()) {
            QCOMPARE(keeperActions(contract(s), kT0), L());
            QCOMPARE(refundActions(contract(s), kT0), L());
        }
        QCOMPARE(keeperActions(contract(S::Participated), t2), L{A::RefundParticipantLeg});
        QCOMPARE(keeperActions(contract(S::Participated), t1), (L{A::RefundParticipantLeg, A::RefundInitiatorLeg}));
        QCOMPARE(keeperActions(contract(S::Initiated), t1 - 1), L());
        QCOMPARE(keeperActions(contract(S::Initiated), t1), L{A::RefundInitiatorLeg});
        QCOMPARE(keeperActions(contract(S::ParticipantRefunded), t1), L{A::RefundInitiatorLeg});
        QCOMPARE(keeperActions(contract(S::PendingApproval), t1), L{A::Cancel});
        QCOMPARE(keeperActions(contract(S::Redeemed), t1), L{A::RedeemInitiatorLeg}); // the secret is public: pay the participant
        QCOMPARE(refundActions(contract(S::Redeemed), t1 + kH), L());
        for (S s : {S::Disputed, S::Completed, S::Refunded, S::Cancelled, S::Resolved}) {
            QCOMPARE(keeperActions(contract(s), t1 + 100 * kH), L());
            QVERIFY(!swapDueNs(contract(s)));
        }
        QCOMPARE(*swapDueNs(contract(S::Participated)), t2);
        QCOMPARE(*swapDueNs(contract(S::Redeemed)), t1);
        QCOMPARE(legOf(A::RefundParticipantLeg).value(), SwapLegId::B);
        QCOMPARE(legOf(A::RedeemInitiatorLeg).value(), SwapLegId::A);
        QVERIFY(!legOf(A::Approve));
    }

    void availableActions()
    {
        const auto methods = [](const SwapContract &c, qint64 now) {
            QStringList out;
            for (const QJsonValue &v : availableSwapActions(c, now))
                out << v.toObject().value(QStringLiteral("method")).toString();
            return out;
        };
        QVERIFY(methods(contract(S::Initiated), kT0).contains(QStringLiteral("swaps.participate")));
        QVERIFY(methods(contract(S::Initiated), kT0 + 48 * kH).contains(QStringLiteral("swaps.refund")));
        QVERIFY(methods(contract(S::Participated), kT0).contains(QStringLiteral("swaps.redeem")));
        QVERIFY(!methods(contract(S::Participated), kT0 + 24 * kH).contains(QStringLiteral("swaps.redeem")));
        QCOMPARE(methods(contract(S::Disputed), kT0), QStringList{QStringLiteral("swaps.resolve_dispute")});
        QVERIFY(methods(contract(S::Cancelled), kT0).isEmpty());
    }

    void durations()
    {
        QCOMPARE(swapDurationText(48 * kH), QStringLiteral("2 d"));
        QCOMPARE(swapDurationText(26 * kH), QStringLiteral("1 d 2 h"));
        QCOMPARE(swapDurationText(5 * kH + 12 * 60 * kS), QStringLiteral("5 h 12 min"));
        QCOMPARE(swapDurationText(-40 * kS), QStringLiteral("40 s"));
        QCOMPARE(swapTimeText(0), QStringLiteral("1970-01-01T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestSwapRules)
#include "tst_swaprules.moc"
