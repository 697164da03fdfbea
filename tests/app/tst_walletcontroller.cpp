// The Wallets panel's controller and history model against a real profile: funds minted through
// the gateway, live validation of the send form, a real transfer with its block index, the
// history's running balance and paging, CSV export, and labels imported from JSON Lines.

#include "appfixture.h"
#include "walletcontroller.h"

#include <QFile>
#include <QUrl>

using namespace nexus;
using namespace nexus::test;

class TestWalletController : public QObject
{
    Q_OBJECT

    AppFixture f;
    std::unique_ptr<WalletController> wallet;
    Principal bob;

    QVariantMap balanceOf(const QString &asset)
    {
        for (const QVariant &b : wallet->selected().value(QStringLiteral("balances")).toList())
            if (b.toMap().value(QStringLiteral("asset")).toString() == asset)
                return b.toMap();
        return {};
    }
    bool refreshed()
    {
        QSignalSpy spy(wallet.get(), &WalletController::accountsChanged);
        wallet->refresh();
        return spy.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.open());
        bob = f.createUser(2, QStringLiteral("Bob"));
        // 12.5 ICP for ada, in 60 small mints so the history needs more than one page.
        for (int i = 0; i < 60; ++i) {
            auto r = f.call(f.controller, QStringLiteral("ledger.mint"),
                            {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), f.controller.toText()},
                             {QStringLiteral("amount"), i == 0 ? QStringLiteral("1160000000") : QStringLiteral("1500000")},
                             {QStringLiteral("memo_text"), QStringLiteral("mint %1").arg(i)}});
            QVERIFY2(r, describe(r).constData());
        }
        QVERIFY(f.startSession());
        wallet = std::make_unique<WalletController>(*f.session);
        QVERIFY(refreshed());
    }

    void accountsAndBalances()
    {
        QVERIFY(!wallet->accounts().isEmpty());
        QCOMPARE(wallet->selectedAccount(), f.controller.toText());
        QCOMPARE(balanceOf(QStringLiteral("ICP")).value(QStringLiteral("text")).toString(), QStringLiteral("12.485"));
        QCOMPARE(balanceOf(QStringLiteral("ckBTC")).value(QStringLiteral("text")).toString(), QStringLiteral("0"));
        QVERIFY(wallet->assets().size() >= 3);
    }

    void recipientIsCheckedLive()
    {
        QVERIFY(!wallet->checkRecipient(QString()).value(QStringLiteral("ok")).toBool());
        QVariantMap bad = wallet->checkRecipient(bob.toText().replace(0, 1, bob.toText().startsWith(QLatin1Char('a')) ? QStringLiteral("b") : QStringLiteral("a")));
        QVERIFY(!bad.value(QStringLiteral("ok")).toBool());
        QVERIFY2(bad.value(QStringLiteral("message")).toString().contains(QLatin1String("checksum"), Qt::CaseInsensitive),
                 qPrintable(bad.value(QStringLiteral("message")).toString()));
        const QVariantMap good = wallet->checkRecipient(QStringLiteral("  ") + bob.toText());
        QVERIFY(good.value(QStringLiteral("ok")).toBool());
        QCOMPARE(good.value(QStringLiteral("account")).toString(), bob.toText());
        QVERIFY(wallet->checkRecipient(f.controller.toText()).value(QStringLiteral("own")).toBool());
    }

    void amountIsCheckedLive()
    {
        const QString icp = QStringLiteral("ICP");
        QVERIFY(wallet->checkAmount(QStringLiteral("0.1"), icp).value(QStringLiteral("ok")).toBool());
        QCOMPARE(wallet->checkAmount(QStringLiteral("0.1"), icp).value(QStringLiteral("units")).toString(), QStringLiteral("10000000"));
        QVERIFY(!wallet->checkAmount(QStringLiteral("0.000000001"), icp).value(QStringLiteral("ok")).toBool()); // 9 decimals
        QVERIFY(!wallet->checkAmount(QStringLiteral("-1"), icp).value(QStringLiteral("ok")).toBool());
        QVERIFY(!wallet->checkAmount(QStringLiteral("0"), icp).value(QStringLiteral("ok")).toBool());
        const QVariantMap tooMuch = wallet->checkAmount(QStringLiteral("12.485"), icp); // leaves nothing for the fee
        QVERIFY(!tooMuch.value(QStringLiteral("ok")).toBool());
        QVERIFY(tooMuch.value(QStringLiteral("message")).toString().contains(QLatin1String("fee")));
        QCOMPARE(wallet->maxAmountText(icp), QStringLiteral("12.4849"));
        QVERIFY(wallet->checkAmount(wallet->maxAmountText(icp), icp).value(QStringLiteral("ok")).toBool());
    }

    void sendRecordsABlockAndMovesTheBalance()
    {
        QSignalSpy done(wallet.get(), &WalletController::sendFinished);
        QSignalSpy reloaded(wallet.get(), &WalletController::accountsChanged);
        wallet->send(QStringLiteral("ICP"), bob.toText(), QStringLiteral("2.5"), QStringLiteral("rent"));
        QVERIFY(done.wait(10000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(3).toString()));
        QCOMPARE(done.first().at(2).toDouble(), 60.0); // blocks 0..59 were the mints
        QVERIFY(reloaded.wait(10000)); // the ledger change event reloads the accounts
        QCOMPARE(balanceOf(QStringLiteral("ICP")).value(QStringLiteral("text")).toString(), QStringLiteral("9.9849"));
    }

    void aRefusedSendSaysWhy()
    {
        QSignalSpy done(wallet.get(), &WalletController::sendFinished);
        wallet->send(QStringLiteral("ICP"), bob.toText(), QStringLiteral("500"), {});
        QVERIFY(done.wait(5000) || done.size() == 1);
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(!done.first().at(4).toString().trimmed().isEmpty());
    }

    void historyPagesWithRunningBalance()
    {
        WalletHistoryModel *h = wallet->history();
        QTRY_VERIFY_WITH_TIMEOUT(!h->loading() && h->rowCount() > 0, 10000);
        QCOMPARE(h->rowCount(), 50); // one page
        QVERIFY(h->hasMore());
        const QModelIndex top = h->index(0);
        QCOMPARE(h->data(top, WalletHistoryModel::TypeRole).toString(), QStringLiteral("transfer"));
        QCOMPARE(h->data(top, WalletHistoryModel::DeltaRole).toString(), QStringLiteral("-2.5001"));
        QCOMPARE(h->data(top, WalletHistoryModel::BalanceRole).toString(), QStringLiteral("9.9849"));
        QCOMPARE(h->data(top, WalletHistoryModel::MemoRole).toString(), QStringLiteral("rent"));
        QCOMPARE(h->data(h->index(1), WalletHistoryModel::BalanceRole).toString(), QStringLiteral("12.485"));
        QVERIFY(h->canFetchMore({}));
        h->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(h->rowCount(), 61, 10000);
        QVERIFY(!h->hasMore());
        QCOMPARE(h->data(h->index(60), WalletHistoryModel::BalanceRole).toString(), QStringLiteral("11.6"));

        h->setType(QStringLiteral("transfer"));
        QTRY_VERIFY_WITH_TIMEOUT(!h->loading() && h->rowCount() == 1, 10000);
        h->setType(QString());
        h->setFromDate(QStringLiteral("2020-13-01"));
        QVERIFY(h->filterError().contains(QLatin1String("YYYY-MM-DD")));
        QCOMPARE(h->rowCount(), 0);
        h->setFromDate(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!h->loading() && h->rowCount() == 50, 10000);
    }

    void labelsImportAndShowInTheCsv()
    {
        const QString file = f.dir.filePath(QStringLiteral("labels.jsonl"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("{\"type\":\"tx\",\"ref\":\"ICP:60\",\"label\":\"Rent, November\"}\n"
                                 "{\"type\":\"addr\",\"ref\":\"%1\",\"label\":\"Bob\"}\n").arg(bob.toText()).toUtf8());
        out.close();
        QSignalSpy labels(wallet.get(), &WalletController::labelsChanged);
        wallet->importLabels(QUrl::fromLocalFile(file));
        QVERIFY(labels.wait(10000));
        QCOMPARE(wallet->labelFor(QStringLiteral("tx"), QStringLiteral("ICP:60")), QStringLiteral("Rent, November"));
        QCOMPARE(wallet->history()->data(wallet->history()->index(0), WalletHistoryModel::CounterpartyLabelRole).toString(), QStringLiteral("Bob"));

        const QString csv = f.dir.filePath(QStringLiteral("history.csv"));
        QSignalSpy exported(wallet->history(), &WalletHistoryModel::exportFinished);
        wallet->history()->exportCsv(QUrl::fromLocalFile(csv));
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile in(csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 61 + 1); // header, rows, the empty string after the last CRLF
        QVERIFY(lines[0].startsWith("time,asset,block,type,counterparty,counterparty_label,amount,change,fee,memo,balance,value_USD,label"));
        QVERIFY2(lines[1].contains(",ICP,60,transfer,") && lines[1].contains(",Bob,2.5,-2.5001,0.0001,rent,9.9849,")
                     && lines[1].trimmed().endsWith("\"Rent, November\""),
                 lines[1].constData());

        // A broken file changes nothing and says which line is wrong.
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("{\"type\":\"tx\",\"ref\":\"ICP:1\",\"label\":\"fine\"}\n{\"type\":\"tx\"}\n");
        out.close();
        wallet->importLabels(QUrl::fromLocalFile(file));
        QTRY_VERIFY_WITH_TIMEOUT(wallet->error()->property("cause").toString().contains(QLatin1String("Line 2")), 10000);
        QCOMPARE(wallet->labelFor(QStringLiteral("tx"), QStringLiteral("ICP:1")), QString());
    }

    void receiveAccountsForSubaccounts()
    {
        QCOMPARE(wallet->accountForSubaccount(0), f.controller.toText());
        const QString sub1 = wallet->accountForSubaccount(1);
        QVERIFY(sub1.startsWith(f.controller.toText() + QLatin1Char('-')));
        QVERIFY(sub1.endsWith(QLatin1String(".1")));
    }
};

QTEST_MAIN(TestWalletController)
#include "tst_walletcontroller.moc"
