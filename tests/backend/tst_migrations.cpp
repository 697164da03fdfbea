// Schema migrations: fresh databases, upgrades that keep data, refusal of newer schemas,
// backups before destructive steps, atomic steps, and files that are not SQLite at all.

#include "testprofile.h"

#include "prng.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFileInfo>

using namespace nexus;
using namespace nexus::test;

namespace {

// A QSqlDatabase opened through the app's own Database::open on the test thread, closed on scope exit.
class Conn
{
public:
    Conn(const QString &path, bool create = true)
    {
        static int n = 0;
        m_name = QStringLiteral("mig-test-%1").arg(++n);
        auto db = Database::open(path, m_name, create);
        if (db)
            m_db = *db;
        else
            m_error = db.error().message;
    }
    ~Conn()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    bool ok() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content), content.size());
}

QStringList tables(const QString &dbPath)
{
    QStringList out;
    for (const QVariantList &row : sqlRows(dbPath, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        out << row.value(0).toString();
    return out;
}

int userVersion(const QString &dbPath) { return sqlValue(dbPath, QStringLiteral("PRAGMA user_version")).toInt(); }

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabaseIsLatest()
    {
        TestProfile p;
        QVERIFY(p.init(false));
        const int onDisk = QDir(QStringLiteral(NEXUS_SOURCE_DIR "/resources/migrations"))
                               .entryList({QStringLiteral("*.sql")}, QDir::Files).size();
        QVERIFY(onDisk >= 2);
        auto latest = Migrator().latestVersion();
        NX_VERIFY_OK(latest);
        QCOMPARE(*latest, onDisk); // every shipped file is in the built-in resource set
        p.close();
        QCOMPARE(userVersion(p.dbPath()), onDisk);
        const QStringList t = tables(p.dbPath());
        for (const char *name : {"users", "permissions", "config", "config_history", "identities", "audit_log"})
            QVERIFY2(t.contains(QLatin1String(name)), name);
        const QStringList triggers = [&] {
            QStringList out;
            for (const auto &row : sqlRows(p.dbPath(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
                out << row.value(0).toString();
            return out;
        }();
        QVERIFY(triggers.contains(QStringLiteral("audit_no_update")));
        QVERIFY(triggers.contains(QStringLiteral("audit_no_delete")));
        QCOMPARE(sqlValue(p.dbPath(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void missingProfileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString profile = dir.path() + QStringLiteral("/nothing-here");
        auto b = Backend::open(profile, false);
        NX_VERIFY_ERROR(b, ErrorCode::NotFound);
        QVERIFY(b.error().hint.contains(QLatin1String("init")));
        QVERIFY(!QFileInfo::exists(profile));
    }

    void upgradeKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nexus.db"));
        const Principal who = principalFor(7);
        {
            Conn c(path);
            QVERIFY2(c.ok(), qPrintable(c.error()));
            auto v1 = Migrator().migrate(c.db(), dir.filePath(QStringLiteral("backups")), 1);
            NX_VERIFY_OK(v1);
            QCOMPARE(*v1, 1);
            QCOMPARE(*Migrator::currentVersion(c.db()), 1);
            QVERIFY(!c.db().tables().contains(QStringLiteral("audit_log")));
            NX_VERIFY_OK(Database::exec(c.db(), QStringLiteral("INSERT INTO users (principal, name, role, created_ns, updated_ns) "
                                                                "VALUES (?, 'Old Timer', 'admin', 1, 2)"),
                                        {who.bytes()}));
            NX_VERIFY_OK(Database::exec(c.db(), QStringLiteral("INSERT INTO config (key, value, version) VALUES ('ui.fiat_currency', '\"CHF\"', 1)")));
            NX_VERIFY_OK(Database::exec(c.db(), QStringLiteral("INSERT INTO config_history (key, version, value, changed_by, changed_ns) "
                                                                "VALUES ('ui.fiat_currency', 1, '\"CHF\"', ?, 5)"),
                                        {who.bytes()}));
            auto all = Migrator().migrate(c.db(), dir.filePath(QStringLiteral("backups")));
            NX_VERIFY_OK(all);
            QCOMPARE(*all, *Migrator().latestVersion());
            // Running again is a no-op.
            auto again = Migrator().migrate(c.db(), dir.filePath(QStringLiteral("backups")));
            NX_VERIFY_OK(again);
            QCOMPARE(*again, *all);
        }
        QCOMPARE(userVersion(path), *Migrator().latestVersion());
        QVERIFY(tables(path).contains(QStringLiteral("audit_log")));
        const auto rows = sqlRows(path, QStringLiteral("SELECT name, role FROM users WHERE principal = ?"), {who.bytes()});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0].toString(), QStringLiteral("Old Timer"));
        QCOMPARE(rows[0][1].toString(), QStringLiteral("admin"));
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT value FROM config WHERE key = 'ui.fiat_currency'")).toString(), QStringLiteral("\"CHF\""));

        // The upgraded file opens as a profile and its data is visible through the gateway.
        auto b = Backend::open(dir.path(), false);
        NX_VERIFY_OK(b);
        CallContext anon;
        anon.caller = Principal::anonymous();
        auto st = (*b)->gateway().callBlocking(anon, QStringLiteral("system.status"), {});
        NX_VERIFY_OK(st);
        QCOMPARE(st->toObject().value(QStringLiteral("users")).toInteger(), 1);
        QCOMPARE(st->toObject().value(QStringLiteral("schema_version")).toInt(), *Migrator().latestVersion());
    }

    void newerSchemaRefused_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("wal database") << true;
        QTest::newRow("rollback-journal database") << false;
    }
    void newerSchemaRefused()
    {
        QFETCH(bool, wal);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nexus.db"));
        const int future = *Migrator().latestVersion() + 5;
        if (wal) {
            Conn c(path);
            QVERIFY(c.ok());
            NX_VERIFY_OK(Database::exec(c.db(), QStringLiteral("CREATE TABLE from_the_future (x TEXT)")));
            NX_VERIFY_OK(Database::exec(c.db(), QStringLiteral("INSERT INTO from_the_future VALUES ('keep me')")));
            NX_VERIFY_OK(Database::exec(c.db(), QStringLiteral("PRAGMA user_version = %1").arg(future)));
        } else {
            QCOMPARE(sqlExec(path, QStringLiteral("CREATE TABLE from_the_future (x TEXT)")), QString());
            QCOMPARE(sqlExec(path, QStringLiteral("INSERT INTO from_the_future VALUES ('keep me')")), QString());
            QCOMPARE(sqlExec(path, QStringLiteral("PRAGMA user_version = %1").arg(future)), QString());
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());

        auto b = Backend::open(dir.path(), false);
        NX_VERIFY_ERROR(b, ErrorCode::SchemaTooNew);
        QVERIFY2(b.error().message.contains(QString::number(future)), qPrintable(b.error().message));
        QVERIFY(!b.error().hint.isEmpty());

        QCOMPARE(userVersion(path), future);
        QVERIFY(!tables(path).contains(QStringLiteral("users"))); // no migration ran
        QVERIFY2(readFile(path) == before, "the refused database file was modified");
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    }

    void destructiveMigrationBacksUp()
    {
        QTemporaryDir dir;
        const QString migrations = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(migrations));
        writeFile(migrations + QStringLiteral("/0001_items.sql"),
                  "-- items with names\nCREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        writeFile(migrations + QStringLiteral("/0002_drop_names.sql"),
                  "-- destructive: names are dropped\nDROP TABLE items;\nCREATE TABLE items (id INTEGER PRIMARY KEY);\n");
        auto loaded = Migrator(migrations).load();
        NX_VERIFY_OK(loaded);
        QCOMPARE(loaded->size(), 2);
        QVERIFY(!loaded->at(0).destructive);
        QVERIFY(loaded->at(1).destructive);

        const QString path = dir.filePath(QStringLiteral("nexus.db"));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        Conn c(path);
        QVERIFY(c.ok());
        NX_VERIFY_OK(Migrator(migrations).migrate(c.db(), backups, 1));
        for (const char *n : {"alpha", "beta", "gamma"})
            NX_VERIFY_OK(Database::exec(c.db(), QStringLiteral("INSERT INTO items (name) VALUES (?)"), {QString::fromLatin1(n)}));
        QVERIFY(QDir(backups).entryList(QDir::Files).isEmpty());

        auto v = Migrator(migrations).migrate(c.db(), backups);
        NX_VERIFY_OK(v);
        QCOMPARE(*v, 2);
        QCOMPARE(sqlRows(path, QStringLiteral("SELECT count(*) FROM items")).value(0).value(0).toInt(), 0);

        const QStringList files = QDir(backups).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files[0].contains(QLatin1String("0002")), qPrintable(files[0]));
        const QString backup = QDir(backups).filePath(files[0]);
        QCOMPARE(userVersion(backup), 1);
        const auto names = sqlRows(backup, QStringLiteral("SELECT name FROM items ORDER BY id"));
        QCOMPARE(names.size(), 3);
        QCOMPARE(names[0][0].toString(), QStringLiteral("alpha"));
        QCOMPARE(names[2][0].toString(), QStringLiteral("gamma"));
    }

    void failingStepIsAtomic()
    {
        QTemporaryDir dir;
        const QString migrations = dir.filePath(QStringLiteral("migrations"));
        QVERIFY(QDir().mkpath(migrations));
        writeFile(migrations + QStringLiteral("/0001_a.sql"), "CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n");
        writeFile(migrations + QStringLiteral("/0002_broken.sql"),
                  "CREATE TABLE b (y INTEGER);\nINSERT INTO a VALUES (2);\nINSERT INTO no_such_table VALUES (3);\n");
        writeFile(migrations + QStringLiteral("/0003_never.sql"), "CREATE TABLE c (z INTEGER);\n");
        const QString path = dir.filePath(QStringLiteral("nexus.db"));
        {
            Conn c(path);
            QVERIFY(c.ok());
            auto r = Migrator(migrations).migrate(c.db(), dir.filePath(QStringLiteral("backups")));
            NX_VERIFY_ERROR(r, ErrorCode::Storage);
            QVERIFY2(r.error().message.contains(QLatin1String("2")), qPrintable(r.error().message));
            QVERIFY2(r.error().hint.contains(QLatin1String("1")), qPrintable(r.error().hint));
            QCOMPARE(*Migrator::currentVersion(c.db()), 1);
        }
        QCOMPARE(userVersion(path), 1);
        const QStringList t = tables(path);
        QVERIFY(t.contains(QStringLiteral("a")));
        QVERIFY(!t.contains(QStringLiteral("b")));
        QVERIFY(!t.contains(QStringLiteral("c")));
        QCOMPARE(sqlValue(path, QStringLiteral("SELECT count(*) FROM a")).toInt(), 1);
    }

    void outOfSequenceMigrationsRejected()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("0001_a.sql")), "CREATE TABLE a (x INTEGER);\n");
        writeFile(dir.filePath(QStringLiteral("0003_c.sql")), "CREATE TABLE c (x INTEGER);\n");
        auto loaded = Migrator(dir.path()).load();
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(QLatin1String("0003_c.sql")));
    }

    void notSqliteFileLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nexus.db"));
        Prng rng(99);
        const QByteArray junk = rng.bytes(8192);
        writeFile(path, junk);
        for (bool create : {false, true}) {
            auto b = Backend::open(dir.path(), create);
            NX_VERIFY_ERROR(b, ErrorCode::Storage);
            QVERIFY2(!b.error().hint.isEmpty(), "a storage error needs a hint");
            QVERIFY2(b.error().hint.contains(QLatin1String("damaged")) || b.error().hint.contains(QLatin1String("not a Nexus")),
                     qPrintable(b.error().hint));
            QVERIFY2(readFile(path) == junk, "the damaged file was modified");
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    }

    void splitStatementsKeepsTriggerBodies()
    {
        const QString script = QStringLiteral(
            "-- a comment line; with a semicolon\n"
            "CREATE TABLE t (x INTEGER,\n"
            "                y TEXT);\n"
            "\n"
            "CREATE TRIGGER t_guard BEFORE UPDATE ON t\n"
            "WHEN NEW.x < 0\n"
            "BEGIN\n"
            "    SELECT RAISE(ABORT, 'negative');\n"
            "    INSERT INTO t VALUES (1, 'a');\n"
            "END;\n"
            "create trigger t_lower after insert on t begin\n"
            "    delete from t where x = 99;\n"
            "end;\n"
            "INSERT INTO t VALUES (2, 'b');\n");
        const QStringList parts = Database::splitStatements(script);
        QCOMPARE(parts.size(), 4);
        QVERIFY(parts[0].startsWith(QLatin1String("CREATE TABLE t")));
        QVERIFY(parts[0].endsWith(QLatin1String(");")));
        QVERIFY(parts[1].startsWith(QLatin1String("CREATE TRIGGER t_guard")));
        QVERIFY(parts[1].contains(QLatin1String("RAISE(ABORT")));
        QVERIFY(parts[1].contains(QLatin1String("INSERT INTO t VALUES (1")));
        QVERIFY(parts[1].endsWith(QLatin1String("END;")));
        QVERIFY(parts[2].startsWith(QLatin1String("create trigger t_lower")));
        QVERIFY(parts[2].endsWith(QLatin1String("end;")));
        QCOMPARE(parts[3], QStringLiteral("INSERT INTO t VALUES (2, 'b');"));

        // The statements run as split: the triggers exist and work.
        QTemporaryDir dir;
        Conn c(dir.filePath(QStringLiteral("s.db")));
        QVERIFY(c.ok());
        NX_VERIFY_OK(Database::execScript(c.db(), script));
        auto upd = Database::exec(c.db(), QStringLiteral("UPDATE t SET x = -1"));
        QVERIFY(!upd);
        QVERIFY(upd.error().message.contains(QLatin1String("negative")));

        // The shipped migrations split into whole statements too (2 triggers in 0002).
        QFile f(QStringLiteral(NEXUS_SOURCE_DIR "/resources/migrations/0002_identities_and_audit.sql"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList shipped = Database::splitStatements(QString::fromUtf8(f.readAll()));
        int triggers = 0;
        for (const QString &s : shipped) {
            QVERIFY2(s.endsWith(QLatin1Char(';')), qPrintable(s));
            if (s.startsWith(QLatin1String("CREATE TRIGGER"))) {
                ++triggers;
                QVERIFY(s.contains(QLatin1String("RAISE(ABORT")));
                QVERIFY(s.endsWith(QLatin1String("END;")));
            }
        }
        QCOMPARE(triggers, 2);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
