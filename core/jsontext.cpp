#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nexus {

QString jsonToText(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

Result<QJsonValue> jsonFromText(const QString &text)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &err);
    const QJsonArray arr = doc.array();
    if (err.error != QJsonParseError::NoError || arr.size() != 1)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("Not valid JSON: %1.").arg(err.error != QJsonParseError::NoError
                                                                         ? err.errorString()
                                                                         : QStringLiteral("expected exactly one value")),
                           QStringLiteral("Quote strings (\"text\"); use true/false, numbers, [..] or {..}."));
    return arr.at(0);
}

} // namespace nexus
