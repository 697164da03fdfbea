#pragma once
// ICRC-3 Value (Nat, Int, Text, Blob, Array, Map) and its representation-independent hash.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <variant>
#include <vector>

namespace nexus {

using Nat128 = unsigned __int128;
using Int128 = __int128;

QByteArray leb128(Nat128 n);
QByteArray sleb128(Int128 i);
QString nat128ToString(Nat128 n);
bool nat128FromString(const QString &s, Nat128 *out); // decimal digits only, no overflow

class Value
{
public:
    enum class Kind { Nat, Int, Text, Blob, Array, Map };
    using Array = std::vector<Value>;
    using Map = std::vector<std::pair<QString, Value>>;

    static Value nat(Nat128 n) { return Value(Storage(std::in_place_index<0>, n)); }
    static Value integer(Int128 i) { return Value(Storage(std::in_place_index<1>, i)); }
    static Value text(QString t) { return Value(Storage(std::in_place_index<2>, std::move(t))); }
    static Value blob(QByteArray b) { return Value(Storage(std::in_place_index<3>, std::move(b))); }
    static Value array(Array a) { return Value(Storage(std::in_place_index<4>, std::move(a))); }
    static Value map(Map m) { return Value(Storage(std::in_place_index<5>, std::move(m))); }

    Kind kind() const { return Kind(m_v.index()); }
    Nat128 asNat() const { return std::get<0>(m_v); }
    Int128 asInt() const { return std::get<1>(m_v); }
    const QString &asText() const { return std::get<2>(m_v); }
    const QByteArray &asBlob() const { return std::get<3>(m_v); }
    const Array &asArray() const { return std::get<4>(m_v); }
    const Map &asMap() const { return std::get<5>(m_v); }
    const Value *field(const QString &key) const; // Map lookup, nullptr if absent or not a map

    QByteArray hash() const; // 32-byte SHA-256, ICRC-3 HASHINGVALUES
    // Tagged JSON: {"Nat":"42"}, {"Int":"-1"}, {"Text":"x"}, {"Blob":"hex"}, {"Array":[...]}, {"Map":[["k",v],...]}
    QJsonValue toJson() const;

private:
    using Storage = std::variant<Nat128, Int128, QString, QByteArray, Array, Map>;
    explicit Value(Storage s) : m_v(std::move(s)) {}
    Storage m_v;
};

// hash of a Map given precomputed (H(key) ‖ H(value)) 64-byte pairs; sorts pairs in place.
QByteArray hashMapPairs(std::vector<QByteArray> &pairs);

} // namespace nexus
