#pragma once
// Shared fixture for the backend suites: a profile in its own temporary folder, a controller,
// principals of every role, and a second SQLite connection to look at (or tamper with) the file.

#include "backend.h"
#include "keys.h"

#include <QAtomicInt>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace nexus::test {

inline const QString kPassphrase = QStringLiteral("passphrase123");

// A deterministic principal for small integers (distinct n -> distinct principal).
inline Principal principalFor(int n)
{
    QByteArray raw(32, '\x11');
    raw[0] = char(n & 0xff);
    raw[1] = char((n >> 8) & 0xff);
    raw[2] = char((n >> 16) & 0xff);
    return KeyPair::fromRawPrivate(KeyType::Ed25519, raw)->principal();
}

template<typename T>
QByteArray errText(const Result<T> &r)
{
    if (r)
        return QByteArrayLiteral("ok");
    return (r.error().codeName() + QStringLiteral(": ") + r.error().message + QStringLiteral(" / ") + r.error().hint).toUtf8();
}

template<typename T>
QByteArray codeText(const Result<T> &r)
{
    return r ? QByteArrayLiteral("ok") : r.error().codeName().toUtf8();
}

// Runs SQL on its own connection (any thread-agnostic check from the test thread).
// Returns the rows; `error` receives the driver message when the statement fails.
inline QList<QVariantList> sqlRows(const QString &dbPath, const QString &sql, const QVariantList &params = {},
                                   QString *error = nullptr)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-sql-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
            q.prepare(sql);
            for (const QVariant &p : params)
                q.addBindValue(p);
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
            } else {
                if (error)
                    error->clear();
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i);
                    rows << row;
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Executes a statement on its own connection; returns the driver error, empty on success.
inline QString sqlExec(const QString &dbPath, const QString &sql, const QVariantList &params = {})
{
    QString error;
    sqlRows(dbPath, sql, params, &error);
    return error;
}

inline QVariant sqlValue(const QString &dbPath, const QString &sql, const QVariantList &params = {})
{
    const auto rows = sqlRows(dbPath, sql, params);
    return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QJsonObject obj(const Result<QJsonValue> &r) { return r ? r->toObject() : QJsonObject(); }

class TestProfile
{
public:
    TestProfile() { QStandardPaths::setTestModeEnabled(true); }

    // Opens a fresh profile; with `withController`, creates the controller identity "ctl".
    [[nodiscard]] bool init(bool withController = true)
    {
        if (!dir.isValid())
            return false;
        if (!open(true))
            return false;
        if (!withController)
            return true;
        auto c = backend->initProfile(QStringLiteral("ctl"), kPassphrase);
        if (!c) {
            qWarning("initProfile failed: %s", errText(c).constData());
            return false;
        }
        controller = *c;
        return true;
    }

    [[nodiscard]] bool open(bool create = false)
    {
        auto b = Backend::open(dir.path(), create);
        if (!b) {
            qWarning("Backend::open failed: %s", errText(b).constData());
            return false;
        }
        backend = std::move(b).value();
        return true;
    }
    void close() { backend.reset(); }
    [[nodiscard]] bool reopen()
    {
        close();
        return open(false);
    }

    QString dbPath() const { return dir.path() + QStringLiteral("/nexus.db"); }
    Gateway &gw() { return backend->gateway(); }

    Result<QJsonValue> call(const Principal &as, const QString &method, const QJsonObject &args = {},
                            Origin origin = Origin::Seed, qint64 timeNs = 0)
    {
        CallContext ctx;
        ctx.caller = as;
        ctx.origin = origin;
        ctx.timeNs = timeNs;
        return backend->gateway().callBlocking(ctx, method, args);
    }
    Result<QJsonValue> ctl(const QString &method, const QJsonObject &args = {}) { return call(controller, method, args); }

    // Registers `p` (by the controller) and gives it `role`.
    [[nodiscard]] bool addUser(const Principal &p, const QString &name, Role role)
    {
        auto r = ctl(QStringLiteral("users.create"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("name"), name}});
        if (!r) {
            qWarning("users.create %s failed: %s", qPrintable(name), errText(r).constData());
            return false;
        }
        if (role == Role::User)
            return true;
        auto s = ctl(QStringLiteral("users.set_role"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("role"), roleName(role)}});
        if (!s)
            qWarning("users.set_role %s failed: %s", qPrintable(name), errText(s).constData());
        return bool(s);
    }

    // Grants an explicit permission (by the controller).
    [[nodiscard]] bool grant(const Principal &p, const QString &perm)
    {
        auto r = ctl(QStringLiteral("users.grant_permission"), {{QStringLiteral("principal"), p.toText()}, {QStringLiteral("permission"), perm}});
        if (!r)
            qWarning("grant %s failed: %s", qPrintable(perm), errText(r).constData());
        return bool(r);
    }

    qint64 lastSeq() const { return sqlValue(dbPath(), QStringLiteral("SELECT ifnull(max(seq), 0) FROM audit_log")).toLongLong(); }
    // The newest audit entry as (method, outcome, caller bytes).
    QVariantList lastEntry() const
    {
        const auto rows = sqlRows(dbPath(), QStringLiteral("SELECT method, outcome, caller, summary FROM audit_log ORDER BY seq DESC LIMIT 1"));
        return rows.isEmpty() ? QVariantList() : rows.first();
    }
    qint64 count(const QString &table) const
    {
        return sqlValue(dbPath(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    Principal controller;
};

} // namespace nexus::test

// Each macro evaluates its argument once (it may be a call with side effects).
#define NX_VERIFY_OK(expr)                                                                                    \
    do {                                                                                                      \
        const auto &nx_r_ = (expr);                                                                           \
        QVERIFY2(bool(nx_r_), nexus::test::errText(nx_r_).constData());                                       \
    } while (0)
#define NX_VERIFY_ERROR(expr, expectedCode)                                                                   \
    do {                                                                                                      \
        const auto &nx_r_ = (expr);                                                                           \
        QVERIFY2(!bool(nx_r_), "expected an error, got success");                                             \
        QVERIFY2(nx_r_.error().code == (expectedCode), nexus::test::errText(nx_r_).constData());              \
    } while (0)
