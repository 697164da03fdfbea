#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <vector>

namespace nexus::jsondiff {

namespace {
QString scalarText(const QJsonValue &value)
{
    // QJsonDocument only holds objects and arrays: wrap the scalar and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}
} // namespace

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return scalarText(value);
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return scalarText(value);
}

std::optional<QJsonValue> parse(const QString &text, QString *error)
{
    QJsonParseError parseError;
    // Wrapping lets QJsonDocument accept scalars too; the offset is corrected for the bracket.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("%1 at character %2").arg(parseError.errorString()).arg(std::max(1, parseError.offset))
                         : QStringLiteral("expected exactly one JSON value");
        }
        return std::nullopt;
    }
    return doc.array().at(0);
}

QList<DiffLine> diffLines(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: length of the LCS of a[i..] and b[j..]; values are small (≤ 16 KiB of JSON).
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QList<DiffLine> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out.append({DiffLine::Same, a[i], int(i + 1), int(j + 1)});
            ++i;
            ++j;
        } else if (i < n && (j >= m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            out.append({DiffLine::Removed, a[i], int(i + 1), 0});
            ++i;
        } else {
            out.append({DiffLine::Added, b[j], 0, int(j + 1)});
            ++j;
        }
    }
    return out;
}

QList<DiffLine> diffJson(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return diffLines(pretty(oldValue).split(QLatin1Char('\n')), pretty(newValue).split(QLatin1Char('\n')));
}

} // namespace nexus::jsondiff
