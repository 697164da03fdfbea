#pragma once
// A compact JSON writer that appends straight to bytes: for large documents built from structs
// (a world blueprint with thousands of instances) where assembling a QJsonObject first costs
// more than the writing. Object keys are written in the order given; the caller keeps them
// sorted where canonical output matters. Numbers: integers exactly, others shortest round-trip.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace nexus {

class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name); // then one value
    JsonWriter &value(const QString &s);
    JsonWriter &value(QLatin1StringView s);
    JsonWriter &value(double d);
    JsonWriter &value(int i) { return value(double(i)); }
    JsonWriter &value(bool b);
    // v rounded to `decimals` (0..9) places, trailing zeros dropped: exact and fast for
    // coordinates kept to millimetres.
    JsonWriter &fixed(double v, int decimals);
    JsonWriter &null();
    JsonWriter &value(const QJsonValue &v); // any value, objects with their keys sorted (as QJsonObject keeps them)

    const QByteArray &bytes() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separator();
    void string(const QString &s);

    QByteArray m_out;
    bool m_first = true;   // no comma before the next element
    bool m_afterKey = false;
};

} // namespace nexus
