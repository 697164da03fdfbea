// The ledger's fixed rules and error variants: the dedup window's exact edges, minting accounts,
// the 16-byte amount form, wire amounts, and each ICRC error as text for people and as data.
#include "ledgererror.h"
#include "ledgerrules.h"

#include <QTest>

using namespace nexus;
using namespace nexus::ledger;

class TestLedgerRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createdAtTimeWindow()
    {
        const qint64 now = 1'750'000'000'000'000'000;
        const qint64 oldest = now - kTxWindowNs - kPermittedDriftNs;
        QVERIFY(!checkCreatedAtTime(quint64(now), now));
        QVERIFY(!checkCreatedAtTime(quint64(oldest), now));              // exactly 24 h + 60 s old: accepted
        QCOMPARE(checkCreatedAtTime(quint64(oldest - 1), now)->kind(), LedgerError::Kind::TooOld);
        QVERIFY(!checkCreatedAtTime(quint64(now + kPermittedDriftNs), now)); // exactly 60 s ahead: accepted
        const auto future = checkCreatedAtTime(quint64(now + kPermittedDriftNs + 1), now);
        QCOMPARE(future->kind(), LedgerError::Kind::CreatedInFuture);
        QCOMPARE(future->number(), quint64(now));
        QCOMPARE(checkCreatedAtTime(~quint64(0), now)->kind(), LedgerError::Kind::CreatedInFuture); // beyond qint64
        QCOMPARE(checkCreatedAtTime(0, now)->kind(), LedgerError::Kind::TooOld);
    }

    void mintingAccounts()
    {
        const Account icp = mintingAccount(QStringLiteral("ICP"));
        QCOMPARE(icp, mintingAccount(QStringLiteral("ICP")));
        QVERIFY(!(icp == mintingAccount(QStringLiteral("ckBTC"))));
        QCOMPARE(icp.owner().bytes().size(), 10);
        QCOMPARE(icp.owner().bytes().back(), '\x01'); // opaque class: no key can sign for it
        QVERIFY(icp.isDefaultSubaccount());
        QVERIFY(!icp.owner().isSelfAuthenticating());
    }

    void blob16()
    {
        for (Nat128 n : {Nat128(0), Nat128(1), Nat128(10000), Nat128(2000000000000ULL), ~Nat128(0), Nat128(1) << 64})
            QCOMPARE(fromBlob16(toBlob16(n)), n);
        QCOMPARE(toBlob16(0x2710).toHex(), QByteArray("00000000000000000000000000002710"));
        QVERIFY(toBlob16(255) < toBlob16(256)); // byte order is numeric order
        QVERIFY(toBlob16(Nat128(1) << 100) > toBlob16(~Nat128(0) >> 40));
    }

    void wireAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("zero") << "0" << "";
        QTest::newRow("max") << "340282366920938463463374607431768211455" << "";
        QTest::newRow("overflow") << "340282366920938463463374607431768211456" << "2^128";
        QTest::newRow("negative") << "-5" << "negative";
        QTest::newRow("decimal") << "1.5" << "decimal point";
        QTest::newRow("leading zero") << "0100" << "leading zeros";
        QTest::newRow("letters") << "12a" << "whole number";
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("spaces") << " 12" << "whole number";
        QTest::newRow("exponent") << "1e8" << "whole number";
    }
    void wireAmounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        auto r = parseBaseUnits(text, QStringLiteral("amount"), 8, QStringLiteral("ICP"));
        if (error.isEmpty()) {
            QVERIFY(r);
            QCOMPARE(nat128ToString(*r), text);
        } else {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            QVERIFY2(r.error().message.startsWith(QLatin1String("amount: ")) && r.error().message.contains(error), qPrintable(r.error().message));
        }
    }
    void decimalHint()
    {
        auto r = parseBaseUnits(QStringLiteral("1.5"), QStringLiteral("amount"), 8, QStringLiteral("ICP"));
        QVERIFY(r.error().hint.contains(QLatin1String("150000000")));
        auto tooFine = parseBaseUnits(QStringLiteral("0.000000001"), QStringLiteral("amount"), 8, QStringLiteral("ICP"));
        QVERIFY2(tooFine.error().hint.contains(QLatin1String("decimals")), qPrintable(tooFine.error().hint));
    }

    void errorVariants_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("BadFee") << 0 << "BadFee" << int(ErrorCode::InvalidArgument) << "expected_fee" << "0.0001 ICP";
        QTest::newRow("BadBurn") << 1 << "BadBurn" << int(ErrorCode::InvalidArgument) << "min_burn_amount" << "0.0001 ICP";
        QTest::newRow("InsufficientFunds") << 2 << "InsufficientFunds" << int(ErrorCode::Conflict) << "balance" << "1.5 ICP";
        QTest::newRow("TooOld") << 3 << "TooOld" << int(ErrorCode::InvalidArgument) << "" << "24 hours";
        QTest::newRow("CreatedInFuture") << 4 << "CreatedInFuture" << int(ErrorCode::InvalidArgument) << "ledger_time" << "2025-06-15";
        QTest::newRow("Duplicate") << 5 << "Duplicate" << int(ErrorCode::AlreadyExists) << "duplicate_of" << "block 42";
        QTest::newRow("InsufficientAllowance") << 6 << "InsufficientAllowance" << int(ErrorCode::Conflict) << "allowance" << "0.5 ICP";
        QTest::newRow("AllowanceChanged") << 7 << "AllowanceChanged" << int(ErrorCode::Conflict) << "current_allowance" << "0.5 ICP";
        QTest::newRow("Expired") << 8 << "Expired" << int(ErrorCode::InvalidArgument) << "ledger_time" << "2025-06-15";
        QTest::newRow("TemporarilyUnavailable") << 9 << "TemporarilyUnavailable" << int(ErrorCode::Conflict) << "" << "unavailable";
        QTest::newRow("GenericError") << 10 << "GenericError" << int(ErrorCode::InvalidArgument) << "error_code" << "cannot approve itself";
    }
    void errorVariants()
    {
        QFETCH(int, which);
        QFETCH(QString, name);
        QFETCH(int, code);
        QFETCH(QString, field);
        QFETCH(QString, inMessage);
        const quint64 t = 1'750'000'000'000'000'000;
        const LedgerError all[] = {LedgerError::badFee(10000), LedgerError::badBurn(10000), LedgerError::insufficientFunds(150000000),
                                   LedgerError::tooOld(), LedgerError::createdInFuture(t), LedgerError::duplicate(42),
                                   LedgerError::insufficientAllowance(50000000), LedgerError::allowanceChanged(50000000),
                                   LedgerError::expired(t), LedgerError::temporarilyUnavailable(),
                                   LedgerError::generic(LedgerError::SelfApproval, QStringLiteral("An account cannot approve itself as spender."))};
        const LedgerError &e = all[which];
        QCOMPARE(e.name(), name);
        const Error err = e.toError(QStringLiteral("ICP"), 8);
        QCOMPARE(int(err.code), code);
        QVERIFY2(err.message.contains(inMessage), qPrintable(err.message));
        QCOMPARE(err.details.value(QStringLiteral("error")).toString(), name);
        QCOMPARE(err.details.value(QStringLiteral("asset")).toString(), QStringLiteral("ICP"));
        if (!field.isEmpty())
            QVERIFY2(err.details.contains(field), qPrintable(field));
        // Amounts and times travel as exact decimal strings; indexes and codes as numbers.
        if (field == QLatin1String("expected_fee"))
            QCOMPARE(err.details.value(field).toString(), QStringLiteral("10000"));
        if (field == QLatin1String("ledger_time"))
            QCOMPARE(err.details.value(field).toString(), QString::number(t));
        if (field == QLatin1String("duplicate_of"))
            QCOMPARE(err.details.value(field).toInteger(), 42);
        // The data survives the trip through Error's JSON form.
        const auto back = LedgerError::fromDetails(Error::fromJson(err.toJson()).details);
        QVERIFY(back);
        QVERIFY(*back == e);
    }

    void notLedgerDetails()
    {
        QVERIFY(!LedgerError::fromDetails({}));
        QVERIFY(!LedgerError::fromDetails({{QStringLiteral("error"), QStringLiteral("BadFee")}, {QStringLiteral("expected_fee"), 5}}));
        QVERIFY(!LedgerError::fromDetails({{QStringLiteral("error"), QStringLiteral("Nope")}}));
    }
};

QTEST_APPLESS_MAIN(TestLedgerRules)
#include "tst_ledgerrules.moc"
