#include "marketquery.h"

namespace nexus::marketquery {

std::optional<Sort> sortFromName(const QString &name)
{
    if (name == QLatin1String("newest"))
        return Sort::Newest;
    if (name == QLatin1String("price_asc"))
        return Sort::PriceAsc;
    if (name == QLatin1String("price_desc"))
        return Sort::PriceDesc;
    if (name == QLatin1String("most_viewed"))
        return Sort::MostViewed;
    return std::nullopt;
}

QStringList textTerms(const QString &query)
{
    // Anything but letters and digits separates words (FTS5's unicode61 tokenizer agrees), so
    // nothing the user types can reach the MATCH syntax.
    QStringList out;
    QString word;
    auto flush = [&](bool prefix) {
        if (!word.isEmpty())
            out << QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
        word.clear();
    };
    for (qsizetype i = 0; i < query.size() && out.size() < 16; ++i) {
        const QChar c = query.at(i);
        if (c.isLetterOrNumber())
            word += c;
        else
            flush(c == QLatin1Char('*'));
    }
    flush(false);
    return out;
}

QString matchExpression(const QStringList &terms, const QStringList &facets)
{
    QStringList parts;
    if (!terms.isEmpty())
        parts << QStringLiteral("{title description tags collection_text} : (%1)").arg(terms.join(QLatin1Char(' ')));
    if (!facets.isEmpty()) {
        QStringList quoted;
        for (const QString &f : facets)
            quoted << QLatin1Char('"') + f + QLatin1Char('"');
        parts << QStringLiteral("facets : (%1)").arg(quoted.join(QLatin1Char(' ')));
    }
    return parts.join(QStringLiteral(" AND "));
}

QString Cursor::toText() const
{
    switch (sort) {
    case Sort::Newest:
        return QStringLiteral("n.%1").arg(id);
    case Sort::PriceAsc:
    case Sort::PriceDesc: {
        QByteArray be(16, '\0');
        Nat128 p = price;
        for (int i = 15; i >= 0; --i, p >>= 8)
            be[i] = char(p & 0xff);
        return QStringLiteral("p.%1.%2").arg(QString::fromLatin1(be.toHex())).arg(id);
    }
    case Sort::MostViewed:
        return QStringLiteral("v.%1.%2").arg(views).arg(id);
    }
    return {};
}

Result<Cursor> Cursor::fromText(const QString &text, Sort sort)
{
    const auto bad = [&] {
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("cursor: \"%1\" is not a cursor of this search.").arg(text),
                           QStringLiteral("Pass next_cursor from the previous page of the same search, unchanged."));
    };
    const QStringList parts = text.split(QLatin1Char('.'));
    Cursor c;
    c.sort = sort;
    bool ok = false;
    switch (sort) {
    case Sort::Newest:
        if (parts.size() != 2 || parts[0] != QLatin1String("n"))
            return bad();
        c.id = parts[1].toLongLong(&ok);
        break;
    case Sort::PriceAsc:
    case Sort::PriceDesc: {
        if (parts.size() != 3 || parts[0] != QLatin1String("p") || parts[1].size() != 32)
            return bad();
        const QByteArray be = QByteArray::fromHex(parts[1].toLatin1());
        if (be.size() != 16 || be.toHex() != parts[1].toLatin1())
            return bad();
        for (char b : be)
            c.price = (c.price << 8) | Nat128(quint8(b));
        c.id = parts[2].toLongLong(&ok);
        break;
    }
    case Sort::MostViewed: {
        if (parts.size() != 3 || parts[0] != QLatin1String("v"))
            return bad();
        bool viewsOk = false;
        c.views = parts[1].toLongLong(&viewsOk);
        c.id = parts[2].toLongLong(&ok);
        ok = ok && viewsOk && c.views >= 0;
        break;
    }
    }
    if (!ok || c.id < 0)
        return bad();
    return c;
}

} // namespace nexus::marketquery
