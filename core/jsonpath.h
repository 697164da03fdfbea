#pragma once
// Reads one value out of JSON text by a simple path ("data.rates.USD", "result[0].price",
// "$['odd.key'][2]") and keeps numbers exactly as written, which QJsonDocument (doubles) cannot.
// The whole document is validated, so malformed JSON is reported even when the path was found early.

#include "result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace nexus {

struct JsonLeaf {
    enum class Kind { String, Number, Bool, Null, Object, Array };
    Kind kind = Kind::Null;
    QString text; // numbers: the literal as written; strings: unescaped; others: the raw text
};

// Error details carry {"kind": "bad_json" | "bad_path" | "missing"}.
Result<JsonLeaf> jsonLeafAt(QByteArrayView json, QStringView path);

} // namespace nexus
