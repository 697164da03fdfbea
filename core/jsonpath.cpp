#include "jsonpath.h"

#include <QList>

#include <optional>
#include <variant>

namespace nexus {

namespace {

using Segment = std::variant<QString, qsizetype>; // object key or array index

Error fail(const QString &kind, const QString &message, const QString &hint = {})
{
    Error e = Error::make(ErrorCode::InvalidArgument, message, hint);
    e.details.insert(QStringLiteral("kind"), kind);
    return e;
}

Result<QList<Segment>> parsePath(QStringView path)
{
    const auto badPath = [&](const QString &why) {
        return fail(QStringLiteral("bad_path"), QStringLiteral("The JSON path \"%1\" is not valid: %2.").arg(path, why),
                    QStringLiteral("Write it like data.rates.USD or result[0].price."));
    };
    QList<Segment> out;
    qsizetype i = 0;
    if (path.startsWith(u'$'))
        i = 1;
    bool expectName = i == 0; // a bare name may start the path
    while (i < path.size()) {
        const QChar c = path[i];
        if (c == u'.') {
            if (expectName)
                return badPath(QStringLiteral("a name is empty"));
            ++i;
            expectName = true;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                return badPath(QStringLiteral("a [ is not closed"));
            const QStringView inner = path.mid(i + 1, close - i - 1);
            if (inner.size() >= 2 && (inner.front() == u'\'' || inner.front() == u'"') && inner.back() == inner.front()) {
                out << Segment(inner.mid(1, inner.size() - 2).toString());
            } else {
                bool ok = false;
                const qsizetype index = inner.toLongLong(&ok);
                if (!ok || index < 0)
                    return badPath(QStringLiteral("[%1] is neither an index nor a quoted key").arg(inner));
                out << Segment(index);
            }
            i = close + 1;
            expectName = false;
            continue;
        }
        if (!expectName)
            return badPath(QStringLiteral("a name must follow a dot"));
        qsizetype end = i;
        while (end < path.size() && path[end] != u'.' && path[end] != u'[')
            ++end;
        out << Segment(path.mid(i, end - i).toString());
        i = end;
        expectName = false;
    }
    if (out.isEmpty() || expectName)
        return badPath(QStringLiteral("it names no value"));
    return out;
}

class Reader
{
public:
    Reader(QByteArrayView s, const QList<Segment> &path) : m_s(s), m_path(path) {}

    Status run()
    {
        ws();
        if (auto st = value(0, true); !st)
            return st;
        ws();
        if (m_i != m_s.size())
            return bad(QStringLiteral("unexpected text after the end of the document"));
        return {};
    }
    const std::optional<JsonLeaf> &found() const { return m_found; }

private:
    Error bad(const QString &why) const
    {
        return fail(QStringLiteral("bad_json"), QStringLiteral("The answer is not valid JSON (%1 at byte %2).").arg(why).arg(m_i));
    }
    void ws()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool at(char c) const { return m_i < m_s.size() && m_s[m_i] == c; }

    // depth: how many path segments matched so far; onPath: whether this value is on the path.
    Status value(qsizetype depth, bool onPath)
    {
        if (++m_nesting > 512)
            return bad(QStringLiteral("nesting too deep"));
        const qsizetype start = m_i;
        const bool target = onPath && depth == m_path.size();
        Status st;
        JsonLeaf::Kind kind = JsonLeaf::Kind::Null;
        QString text;
        if (at('{')) {
            kind = JsonLeaf::Kind::Object;
            st = object(depth, onPath && !target);
        } else if (at('[')) {
            kind = JsonLeaf::Kind::Array;
            st = array(depth, onPath && !target);
        } else if (at('"')) {
            kind = JsonLeaf::Kind::String;
            auto s = string();
            if (!s)
                return s.error();
            text = *s;
        } else if (at('-') || (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')) {
            kind = JsonLeaf::Kind::Number;
            st = number();
        } else if (literal("true") || literal("false")) {
            kind = JsonLeaf::Kind::Bool;
        } else if (literal("null")) {
            kind = JsonLeaf::Kind::Null;
        } else {
            return bad(m_i < m_s.size() ? QStringLiteral("unexpected character") : QStringLiteral("unexpected end"));
        }
        if (!st)
            return st;
        --m_nesting;
        if (target && !m_found) {
            if (kind != JsonLeaf::Kind::String)
                text = QString::fromUtf8(m_s.sliced(start, m_i - start));
            m_found = JsonLeaf{kind, text};
        }
        return {};
    }

    Status object(qsizetype depth, bool onPath)
    {
        ++m_i;
        ws();
        if (at('}')) {
            ++m_i;
            return {};
        }
        const QString *want = onPath ? std::get_if<QString>(&m_path[depth]) : nullptr;
        while (true) {
            ws();
            if (!at('"'))
                return bad(QStringLiteral("expected a key"));
            auto key = string();
            if (!key)
                return key.error();
            ws();
            if (!at(':'))
                return bad(QStringLiteral("expected ':'"));
            ++m_i;
            ws();
            if (auto st = value(depth + 1, want && *key == *want); !st)
                return st;
            ws();
            if (at(',')) {
                ++m_i;
                continue;
            }
            if (at('}')) {
                ++m_i;
                return {};
            }
            return bad(QStringLiteral("expected ',' or '}'"));
        }
    }

    Status array(qsizetype depth, bool onPath)
    {
        ++m_i;
        ws();
        if (at(']')) {
            ++m_i;
            return {};
        }
        const qsizetype *want = onPath ? std::get_if<qsizetype>(&m_path[depth]) : nullptr;
        for (qsizetype index = 0;; ++index) {
            ws();
            if (auto st = value(depth + 1, want && *want == index); !st)
                return st;
            ws();
            if (at(',')) {
                ++m_i;
                continue;
            }
            if (at(']')) {
                ++m_i;
                return {};
            }
            return bad(QStringLiteral("expected ',' or ']'"));
        }
    }

    bool literal(const char *word)
    {
        const QByteArrayView w(word);
        if (m_s.size() - m_i < w.size() || m_s.sliced(m_i, w.size()) != w)
            return false;
        m_i += w.size();
        return true;
    }

    Status number()
    {
        const auto digits = [&] {
            const qsizetype from = m_i;
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
                ++m_i;
            return m_i > from;
        };
        if (at('-'))
            ++m_i;
        if (at('0'))
            ++m_i;
        else if (!digits())
            return bad(QStringLiteral("malformed number"));
        if (at('.')) {
            ++m_i;
            if (!digits())
                return bad(QStringLiteral("malformed number"));
        }
        if (at('e') || at('E')) {
            ++m_i;
            if (at('+') || at('-'))
                ++m_i;
            if (!digits())
                return bad(QStringLiteral("malformed number"));
        }
        return {};
    }

    Result<QString> string()
    {
        ++m_i; // opening quote
        QByteArray utf8;
        QString out;
        const auto flush = [&] {
            out += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (m_i < m_s.size()) {
            const char c = m_s[m_i++];
            if (c == '"') {
                flush();
                return out;
            }
            if (uchar(c) < 0x20)
                return bad(QStringLiteral("control character in a string"));
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (m_i >= m_s.size())
                break;
            const char e = m_s[m_i++];
            switch (e) {
            case '"': utf8 += '"'; break;
            case '\\': utf8 += '\\'; break;
            case '/': utf8 += '/'; break;
            case 'b': utf8 += '\b'; break;
            case 'f': utf8 += '\f'; break;
            case 'n': utf8 += '\n'; break;
            case 'r': utf8 += '\r'; break;
            case 't': utf8 += '\t'; break;
            case 'u': {
                if (m_s.size() - m_i < 4)
                    return bad(QStringLiteral("short \\u escape"));
                bool ok = false;
                const ushort unit = QByteArray(m_s.sliced(m_i, 4).data(), 4).toUShort(&ok, 16);
                if (!ok)
                    return bad(QStringLiteral("bad \\u escape"));
                m_i += 4;
                flush();
                out += QChar(unit);
                break;
            }
            default:
                return bad(QStringLiteral("bad escape"));
            }
        }
        return bad(QStringLiteral("unterminated string"));
    }

    QByteArrayView m_s;
    const QList<Segment> &m_path;
    qsizetype m_i = 0;
    int m_nesting = 0;
    std::optional<JsonLeaf> m_found;
};

} // namespace

Result<JsonLeaf> jsonLeafAt(QByteArrayView json, QStringView path)
{
    auto segments = parsePath(path);
    if (!segments)
        return segments.error();
    Reader r(json, *segments);
    if (auto st = r.run(); !st)
        return st.error();
    if (!r.found())
        return fail(QStringLiteral("missing"), QStringLiteral("The answer has no value at \"%1\".").arg(path),
                    QStringLiteral("Check the JSON path against what the URL returns."));
    return *r.found();
}

} // namespace nexus
