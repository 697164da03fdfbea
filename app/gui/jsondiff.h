#pragma once
// Line diff of two JSON values, pretty-printed with sorted keys: what the config history shows
// between two versions of a value.

#include <QJsonValue>
#include <QList>
#include <optional>
#include <QString>
#include <QStringList>

namespace nexus {

struct DiffLine {
    enum Kind { Same, Added, Removed };
    Kind kind = Same;
    QString text;
    int oldLine = 0; // 1-based line in the old text; 0 for added lines
    int newLine = 0; // 1-based line in the new text; 0 for removed lines
};

namespace jsondiff {

// Indented JSON with sorted keys; scalars as their JSON text ("true", "\"USD\"", "42").
QString pretty(const QJsonValue &value);
// Compact one-line JSON text of any value.
QString compact(const QJsonValue &value);
// Parses any JSON text, scalars included. Empty optional (and `error` set) when it is not JSON.
std::optional<QJsonValue> parse(const QString &text, QString *error = nullptr);

// Longest-common-subsequence line diff: removed lines come before the added lines that replace them.
QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines);
QList<DiffLine> diffJson(const QJsonValue &oldValue, const QJsonValue &newValue);

} // namespace jsondiff
} // namespace nexus
