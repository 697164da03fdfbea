// Ledger benchmarks: audited ICRC-1 transfers through the gateway (each call one transaction with
// its block and audit entry), then balance and 50-row history queries on a 1,000,000-block ledger.
#include "benchprofile.h"

#include "ledgerblock.h"
#include "ledgerrules.h"
#include "prng.h"
#include "storage/database.h"
#include "storage/dbthread.h"
#include "storage/walwritecombiner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include <time.h>

using namespace nexus;

namespace {

using bench::call;
using bench::die;
using bench::percentile;
Principal benchPrincipal(int n) { return bench::principal(n, '\x5a'); }





// SETUP, not measured: a 1,000,000-block ICP chain written straight into the tables in one
// transaction on the writer's connection — valid blocks (hash chain, entries with running
// balances, totals) so the queries below see what the ledger itself would have written.
Status buildLedger(QSqlDatabase &db, int blocks, int accounts, std::vector<qint64> *ids)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    const QString asset = QStringLiteral("ICP");
    Prng rng(42);
    std::vector<Nat128> balance(size_t(accounts), 0);
    std::vector<Account> acct;
    for (int i = 0; i < accounts; ++i) {
        acct.emplace_back(benchPrincipal(100000 + i));
        auto r = Database::exec(db, QStringLiteral("INSERT INTO ledger_accounts (owner, subaccount) VALUES (?, ?) RETURNING id"),
                                {acct.back().owner().bytes(), acct.back().subaccount()});
        if (!r || !r->next())
            return Error::make(ErrorCode::Storage, QStringLiteral("account insert failed"));
        ids->push_back(r->value(0).toLongLong());
    }
    const Nat128 fee = 10000;
    Nat128 minted = 0, fees = 0;
    QByteArray tip;
    qint64 ts = 1'760'000'000'000'000'000;
    for (int idx = 0; idx < blocks; ++idx) {
        LedgerBlock b;
        b.tsNs = (ts += 1'000'000'000);
        b.phash = tip;
        // Account 0 is busy (about 1 block in 50); the others share the rest.
        int from = idx < accounts ? -1 : (rng.chance(2) ? 0 : int(rng.below(quint64(accounts))));
        int to = idx < accounts ? idx : int(rng.below(quint64(accounts)));
        if (to == from)
            to = (to + 1) % accounts;
        if (from < 0 || balance[size_t(from)] < 20 * fee) {
            from = -1;
            b.type = BlockType::Mint;
            b.to = acct[size_t(to)];
            b.amount = Nat128(rng.between(1000, 100000)) * 100000000;
            minted += b.amount;
        } else {
            b.type = BlockType::Transfer;
            b.from = acct[size_t(from)];
            b.to = acct[size_t(to)];
            b.amount = (balance[size_t(from)] - fee) / 100 * Nat128(rng.between(1, 20));
            b.fee = fee;
            balance[size_t(from)] -= b.amount + fee;
            fees += fee;
        }
        balance[size_t(to)] += b.amount;
        tip = b.hash();
        const bool mint = b.type == BlockType::Mint;
        auto r = Database::exec(db, QStringLiteral("INSERT INTO ledger_blocks (seq, asset, idx, btype, ts_ns, from_acct, to_acct, amount, fee, phash, hash) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {idx + 1, asset, idx, blockTypeName(b.type), b.tsNs, mint ? QVariant() : QVariant((*ids)[size_t(from)]),
                                 (*ids)[size_t(to)], ledger::toBlob16(b.amount), mint ? QVariant() : QVariant(ledger::toBlob16(fee)),
                                 b.phash.isEmpty() ? QVariant() : QVariant(b.phash), tip});
        if (!r)
            return r.error();
        for (int party : {from, to}) {
            if (party < 0)
                continue;
            auto e = Database::exec(db, QStringLiteral("INSERT INTO ledger_entries (account, seq, asset, idx, btype, ts_ns, balance) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {(*ids)[size_t(party)], idx + 1, asset, idx, blockTypeName(b.type), b.tsNs, ledger::toBlob16(balance[size_t(party)])});
            if (!e)
                return e.error();
        }
    }
    for (int i = 0; i < accounts; ++i)
        if (auto r = Database::exec(db, QStringLiteral("INSERT INTO ledger_balances (account, asset, amount) VALUES (?, ?, ?)"),
                                    {(*ids)[size_t(i)], asset, ledger::toBlob16(balance[size_t(i)])});
            !r)
            return r.error();
    if (auto r = Database::exec(db, QStringLiteral("UPDATE ledger_assets SET minted = ?, fees_burned = ?, blocks = ?, tip_hash = ? WHERE symbol = ?"),
                                {ledger::toBlob16(minted), ledger::toBlob16(fees), blocks, tip, asset});
        !r)
        return r.error();
    return tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;
    const int chainBlocks = argc > 2 ? std::max(10000, QString::fromLocal8Bit(argv[2]).toInt()) : 1000000;
    auto p = bench::makeProfile();
    Gateway &gw = p->backend->gateway();
    bench::raiseRateLimits(gw, p->controller);
    std::printf("Nexus Studio ledger benchmark (%d transfers per run, %d-block ledger, %d cores)\n", n, chainBlocks, QThread::idealThreadCount());

    // Four funded senders (the controller and three users) and 1,000 recipients.
    QList<Principal> senders{p->controller};
    for (int i = 1; i <= 3; ++i) {
        senders << benchPrincipal(i);
        if (auto r = call(gw, p->controller, QStringLiteral("users.create"),
                          {{QStringLiteral("principal"), senders.last().toText()}, {QStringLiteral("name"), QStringLiteral("sender %1").arg(i)}});
            !r)
            die(QStringLiteral("setup"), r.error());
    }
    for (const Principal &s : std::as_const(senders))
        if (auto r = call(gw, p->controller, QStringLiteral("ledger.mint"),
                          {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), s.toText()},
                           {QStringLiteral("amount"), QStringLiteral("100000000000000000")}});
            !r)
            die(QStringLiteral("setup mint"), r.error());
    QStringList recipients;
    for (int i = 0; i < 1000; ++i)
        recipients << benchPrincipal(10000 + i).toText();

    // 1. One caller waiting for each answer.
    auto transfer = [&](const Principal &from, int i) {
        return call(gw, from, QStringLiteral("ledger.transfer"),
                    {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("to"), recipients[i % recipients.size()]},
                     {QStringLiteral("amount"), QString::number(100000 + i)}, {QStringLiteral("created_at_time"), QString::number(nowNs())}});
    };
    // The writer's own CPU time (with its brief wait for the next job) next to the wall time says
    // whether it is the bottleneck; the log writes per transfer show the frames being combined.
    auto writerCpuNs = [&] {
        return gw.writer()->runBlocking<qint64>([](QSqlDatabase &) {
            timespec ts{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
        });
    };
    qint64 cpu0 = writerCpuNs();
    const walwrites::Counters log0 = walwrites::counters();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        if (auto r = transfer(senders[0], i); !r)
            die(QStringLiteral("transfer %1").arg(i), r.error());
    bench::figure("audited ledger.transfer/s, sequential", n / (t.nsecsElapsed() / 1e9), "calls/s", ">= 5000");
    bench::figure("  writer thread CPU per transfer", (writerCpuNs() - cpu0) / 1e3 / n, "us");
    const walwrites::Counters log1 = walwrites::counters();
    std::printf("  (log: %.1f frame writes combined into %.2f file writes per transfer)\n",
                double(log1.appends - log0.appends) / n, double(log1.blocks - log0.blocks) / n);
    cpu0 = writerCpuNs();

    // 2. Four callers at once (the writer thread serialises them).
    std::atomic<int> failures{0};
    t.restart();
    std::vector<std::thread> pool;
    for (int th = 0; th < 4; ++th)
        pool.emplace_back([&, th] {
            for (int i = 0; i < n / 4; ++i)
                if (!transfer(senders[th], th * n + i))
                    ++failures;
        });
    for (auto &th : pool)
        th.join();
    bench::figure("audited ledger.transfer/s, 4 concurrent callers", (n / 4 * 4) / (t.nsecsElapsed() / 1e9), "calls/s", ">= 5000");
    bench::figure("  writer thread CPU per transfer", (writerCpuNs() - cpu0) / 1e3 / (n / 4 * 4), "us");
    if (failures > 0)
        die(QStringLiteral("concurrent transfers"), Error::make(ErrorCode::Internal, QStringLiteral("%1 failed").arg(failures.load())));

    // 3. A second profile holding a 1,000,000-block ICP chain (setup, not measured).
    auto big = bench::makeProfile();
    Gateway &bg = big->backend->gateway();
    bench::raiseRateLimits(bg, big->controller);
    const int accounts = 10000;
    std::vector<qint64> ids;
    t.restart();
    auto built = bg.writer()->runBlocking<Status>([&](QSqlDatabase &db) { return buildLedger(db, chainBlocks, accounts, &ids); });
    if (!built)
        die(QStringLiteral("building the ledger"), built.error());
    std::printf("(setup: %d blocks written in %.1f s)\n", chainBlocks, t.nsecsElapsed() / 1e9);

    Prng rng(7);
    std::vector<double> balanceUs, pageUs, deepUs;
    for (int i = 0; i < 5000; ++i) {
        const QString who = benchPrincipal(100000 + int(rng.below(accounts))).toText();
        t.restart();
        auto r = call(bg, big->controller, QStringLiteral("ledger.balance_of"), {{QStringLiteral("asset"), QStringLiteral("ICP")}, {QStringLiteral("account"), who}});
        balanceUs.push_back(t.nsecsElapsed() / 1e3);
        if (!r)
            die(QStringLiteral("balance_of"), r.error());
    }
    bench::figure("ledger.balance_of p50 (1M-block ledger)", percentile(balanceUs, 0.5) / 1000, "ms");
    bench::figure("ledger.balance_of p99 (1M-block ledger)", percentile(balanceUs, 0.99) / 1000, "ms", "<= 1");
    qint64 busyEntries = 0;
    for (int i = 0; i < 2000; ++i) {
        // Account 0 holds ~20,000 entries, the others ~200: the newest page and one from the middle.
        const int k = i % 2 == 0 ? 0 : int(rng.below(accounts));
        QJsonObject args{{QStringLiteral("account"), benchPrincipal(100000 + k).toText()}, {QStringLiteral("limit"), 50}};
        t.restart();
        auto r = call(bg, big->controller, QStringLiteral("ledger.history"), args);
        pageUs.push_back(t.nsecsElapsed() / 1e3);
        if (!r || r->toObject().value(QStringLiteral("items")).toArray().isEmpty())
            die(QStringLiteral("history"), r ? Error::make(ErrorCode::Internal, QStringLiteral("empty page")) : r.error());
        args.insert(QStringLiteral("before"),
                    std::max<qint64>(1, r->toObject().value(QStringLiteral("items")).toArray().last().toObject().value(QStringLiteral("seq")).toInteger() / 2));
        t.restart();
        auto deep = call(bg, big->controller, QStringLiteral("ledger.history"), args);
        deepUs.push_back(t.nsecsElapsed() / 1e3);
        if (!deep)
            die(QStringLiteral("history"), deep.error());
        if (k == 0)
            busyEntries += deep->toObject().value(QStringLiteral("items")).toArray().size();
    }
    bench::figure("ledger.history 50-row page p50, newest (1M-block ledger)", percentile(pageUs, 0.5) / 1000, "ms");
    bench::figure("ledger.history 50-row page p99, newest (1M-block ledger)", percentile(pageUs, 0.99) / 1000, "ms", "<= 10");
    bench::figure("ledger.history 50-row page p99, keyset mid-history", percentile(deepUs, 0.99) / 1000, "ms", "<= 10");

    t.restart();
    auto v = call(bg, big->controller, QStringLiteral("ledger.verify_chain"), {{QStringLiteral("asset"), QStringLiteral("ICP")}});
    if (!v || !v->toObject().value(QStringLiteral("ok")).toBool())
        die(QStringLiteral("verify_chain"), v ? Error::make(ErrorCode::Internal, v->toObject().value(QStringLiteral("reason")).toString()) : v.error());
    bench::figure("ledger.verify_chain of the 1M-block ledger (chain + replay)", chainBlocks / (t.nsecsElapsed() / 1e9), "blocks/s");
    return busyEntries > 0 ? 0 : 1;
}
