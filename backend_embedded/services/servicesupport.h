#pragma once
// Small helpers shared by the service method tables.

#include "gateway/methoddescriptor.h"
#include "storage/database.h"

#include <QJsonObject>

namespace nexus::svc {

// Principal from a validated "principal" argument, or the caller when the argument is absent.
Principal principalArg(const ExecContext &ctx, const QJsonObject &args, const QString &key = QStringLiteral("principal"));

struct UserRow {
    Principal principal;
    QString name;
    QString email;
    QString bio;
    Role role = Role::User;
    QString kyc;
    QString kycNote;
    bool disabled = false;
    qint64 createdNs = 0;
    qint64 updatedNs = 0;
    QJsonObject toJson(const QStringList &permissions) const;
};

Result<UserRow> loadUser(QSqlDatabase &db, const Principal &p); // NotFound with a hint when absent
Result<QStringList> explicitPermissions(QSqlDatabase &db, const Principal &p);
Error notFound(const QString &what, const QString &hint = {});
Error invalid(const QString &what, const QString &hint = {});
Error denied(const QString &what, const QString &hint = {});
// A principal stored as bytes, as text (empty when the bytes are not a principal).
QString principalText(const QByteArray &bytes);

// Config table access inside the caller's transaction, keeping the version history.
Result<QJsonValue> configValue(QSqlDatabase &db, const QString &key); // NotFound when absent
Result<qint64> setConfigValue(ExecContext &ctx, const QString &key, const QJsonValue &value, const QString &reason);

} // namespace nexus::svc
