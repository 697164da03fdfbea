#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace nexus {

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separator();
    m_out += '{';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separator();
    m_out += '[';
    m_first = true;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separator();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void JsonWriter::string(const QString &s)
{
    m_out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default:
            if (quint8(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += hex[(c >> 4) & 0xf];
                m_out += hex[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

JsonWriter &JsonWriter::value(const QString &s)
{
    separator();
    string(s);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView s)
{
    return value(QString(s));
}

JsonWriter &JsonWriter::value(double d)
{
    separator();
    if (!std::isfinite(d))
        m_out += "null"; // JSON has no NaN or infinity
    else if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
        m_out += QByteArray::number(qint64(d));
    else
        m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter &JsonWriter::fixed(double v, int decimals)
{
    static constexpr qint64 kPow[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};
    decimals = std::clamp(decimals, 0, 9);
    const double scaled = std::round(v * double(kPow[decimals]));
    if (!std::isfinite(scaled) || std::abs(scaled) >= 9e15)
        return value(v);
    // The whole token (separator, sign, digits) goes into a buffer and out in one append: a
    // blueprint holds tens of thousands of these, and appending byte by byte dominated.
    char buf[40];
    char *p = buf;
    if (m_afterKey)
        m_afterKey = false;
    else if (!m_first)
        *p++ = ',';
    m_first = false;
    qint64 n = qint64(scaled);
    if (n < 0) {
        *p++ = '-';
        n = -n;
    }
    p = std::to_chars(p, buf + sizeof buf, n / kPow[decimals]).ptr;
    qint64 frac = n % kPow[decimals];
    if (frac != 0) {
        int digits = decimals;
        while (frac % 10 == 0) {
            frac /= 10;
            --digits;
        }
        *p++ = '.';
        for (int k = digits - 1; k >= 0; --k, frac /= 10)
            p[k] = char('0' + frac % 10);
        p += digits;
    }
    m_out.append(buf, p - buf);
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separator();
    m_out += b ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separator();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return null();
    case QJsonValue::Bool: return value(v.toBool());
    case QJsonValue::Double: return value(v.toDouble());
    case QJsonValue::String: return value(v.toString());
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &e : v.toArray())
            value(e);
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            separator();
            string(it.key());
            m_out += ':';
            m_afterKey = true;
            value(it.value());
        }
        return endObject();
    }
    }
    return null();
}

} // namespace nexus
