// oracle.pairs, oracle.get_price and oracle.get_conversion_amount.

#include "oraclehandlers.h"
#include "oraclepricing.h"

#include "amount.h"
#include "services/servicesupport.h"

#include <QJsonArray>

namespace nexus::oracle {

namespace {

struct AssetInfo {
    QString symbol;
    int decimals = 0;
    QString priceSymbol; // what the feeds call it: ckBTC is priced as BTC
    QString origin;      // "ledger" or "builtin"
};

struct BuiltinAsset {
    const char *symbol;
    int decimals;
    const char *priceSymbol;
};

// Used when the ledger does not know the symbol (fiat, or plain BTC / ETH). The ledger's own
// ledger_assets table wins for its assets (ICP 8, ckBTC 8, ckETH 18 by default).
constexpr BuiltinAsset kBuiltin[] = {
    {"ICP", 8, "ICP"}, {"ckBTC", 8, "BTC"}, {"ckETH", 18, "ETH"}, {"BTC", 8, "BTC"},
    {"ETH", 18, "ETH"}, {"USD", 2, "USD"},  {"EUR", 2, "EUR"},
};

QString priceSymbolFor(const QString &symbol)
{
    for (const BuiltinAsset &a : kBuiltin)
        if (symbol == QLatin1String(a.symbol))
            return QLatin1String(a.priceSymbol);
    if (symbol.startsWith(QLatin1String("ck")) && symbol.size() > 2)
        return symbol.mid(2).toUpper();
    return symbol.toUpper();
}

Result<AssetInfo> assetInfo(QSqlDatabase &db, const QString &symbol)
{
    auto q = Database::exec(db, QStringLiteral("SELECT symbol, decimals FROM ledger_assets WHERE symbol = ? OR lower(symbol) = lower(?) "
                                               "ORDER BY symbol = ? DESC LIMIT 1"),
                            {symbol, symbol, symbol});
    if (q && q->next())
        return AssetInfo{q->value(0).toString(), q->value(1).toInt(), priceSymbolFor(q->value(0).toString()), QStringLiteral("ledger")};
    for (const BuiltinAsset &a : kBuiltin)
        if (symbol.compare(QLatin1String(a.symbol), Qt::CaseInsensitive) == 0)
            return AssetInfo{QLatin1String(a.symbol), a.decimals, QLatin1String(a.priceSymbol), QStringLiteral("builtin")};
    return svc::notFound(QStringLiteral("Unknown asset \"%1\".").arg(symbol),
                         QStringLiteral("Use a ledger asset (ICP, ckBTC, ckETH, …) or USD / EUR."));
}

QJsonObject pairJson(const PairRow &p, qint64 now, int sourceCount)
{
    QJsonObject o{{QStringLiteral("pair"), p.text()},
                  {QStringLiteral("base"), p.name.base},
                  {QStringLiteral("quote"), p.name.quote},
                  {QStringLiteral("deviation_bps"), p.config.deviationBps},
                  {QStringLiteral("heartbeat_s"), double(p.config.heartbeatS)},
                  {QStringLiteral("jump_limit_bps"), p.config.jumpLimitBps},
                  {QStringLiteral("breaker"), breakerStateName(p.breaker.state)},
                  {QStringLiteral("trip_reason"), tripReasonName(p.breaker.reason)},
                  {QStringLiteral("breaker_since_ns"), nsText(p.breaker.sinceNs)},
                  {QStringLiteral("rebase_pending"), p.breaker.rebase},
                  {QStringLiteral("sources"), sourceCount},
                  {QStringLiteral("last_round_ns"), nsText(p.lastRoundNs)}};
    if (p.breaker.state == BreakerState::Manual)
        o.insert(QStringLiteral("manual_rate"), formatRate(p.breaker.manualRate));
    if (p.last) {
        o.insert(QStringLiteral("rate"), formatRate(p.last->rate));
        o.insert(QStringLiteral("published_ns"), nsText(p.last->tsNs));
        o.insert(QStringLiteral("stale"), isStale(p.last->tsNs, now, p.config));
    }
    return o;
}

} // namespace

Result<Nat128> convertAmount(QSqlDatabase &db, const QString &fromSymbol, const QString &toSymbol, Nat128 amount, qint64 nowNs)
{
    auto from = assetInfo(db, fromSymbol);
    if (!from)
        return from.error();
    auto to = assetInfo(db, toSymbol);
    if (!to)
        return to.error();
    auto price = resolvePrice(db, PairName{from->priceSymbol, to->priceSymbol}, nowNs);
    if (!price)
        return price.error();
    return oracle::conversionAmount(amount, from->decimals, to->decimals, price->rate);
}

Result<QJsonValue> listPairs(ExecContext &ctx, const QJsonObject &)
{
    auto pairs = loadPairs(ctx.db);
    if (!pairs)
        return pairs.error();
    auto counts = Database::exec(ctx.db, QStringLiteral("SELECT pair_id, count(*) FROM oracle_sources WHERE enabled = 1 GROUP BY pair_id"));
    if (!counts)
        return counts.error();
    QHash<qint64, int> sourceCount;
    while (counts->next())
        sourceCount.insert(counts->value(0).toLongLong(), counts->value(1).toInt());
    counts->finish();
    const qint64 now = callTimeNs(ctx);
    QJsonArray items;
    QStringList symbols;
    for (const PairRow &p : *pairs) {
        items.append(pairJson(p, now, sourceCount.value(p.id)));
        symbols << p.name.base << p.name.quote;
    }
    symbols.removeDuplicates();
    symbols.sort();
    QStringList assetSymbols;
    if (auto ledger = Database::exec(ctx.db, QStringLiteral("SELECT symbol FROM ledger_assets ORDER BY position")))
        while (ledger->next())
            assetSymbols << ledger->value(0).toString();
    for (const BuiltinAsset &a : kBuiltin)
        if (!assetSymbols.contains(QLatin1String(a.symbol), Qt::CaseInsensitive))
            assetSymbols << QLatin1String(a.symbol);
    QJsonArray assets;
    for (const QString &symbol : std::as_const(assetSymbols))
        if (auto info = assetInfo(ctx.db, symbol))
            assets.append(QJsonObject{{QStringLiteral("symbol"), info->symbol},
                                      {QStringLiteral("decimals"), info->decimals},
                                      {QStringLiteral("price_symbol"), info->priceSymbol},
                                      {QStringLiteral("origin"), info->origin}});
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)},
                       {QStringLiteral("assets"), assets}};
}

Result<QJsonValue> getPrice(ExecContext &ctx, const QJsonObject &args)
{
    auto pair = parsePairName(args.value(QStringLiteral("pair")).toString());
    if (!pair)
        return pair.error();
    const qint64 now = callTimeNs(ctx);
    std::optional<qint64> at;
    if (args.contains(QStringLiteral("at_ns"))) {
        auto a = nsArg(args, QStringLiteral("at_ns"), now);
        if (!a)
            return a.error();
        at = *a;
    }
    auto price = resolvePrice(ctx.db, *pair, now, at);
    if (!price)
        return price.error();
    return priceJson(*price, at.value_or(now));
}

Result<QJsonValue> conversionAmount(ExecContext &ctx, const QJsonObject &args)
{
    auto from = assetInfo(ctx.db, args.value(QStringLiteral("from")).toString());
    if (!from)
        return from.error();
    auto to = assetInfo(ctx.db, args.value(QStringLiteral("to")).toString());
    if (!to)
        return to.error();
    Nat128 amount = 0;
    if (!nat128FromString(args.value(QStringLiteral("amount")).toString(), &amount))
        return svc::invalid(QStringLiteral("\"%1\" is not an amount in base units.").arg(args.value(QStringLiteral("amount")).toString()),
                            QStringLiteral("Give whole base units as digits, e.g. \"150000000\" for 1.5 ICP."));
    const qint64 now = callTimeNs(ctx);
    std::optional<qint64> at;
    if (args.contains(QStringLiteral("at_ns"))) {
        auto a = nsArg(args, QStringLiteral("at_ns"), now);
        if (!a)
            return a.error();
        at = *a;
    }
    const PairName pair{from->priceSymbol, to->priceSymbol};
    auto price = resolvePrice(ctx.db, pair, now, at);
    if (!price) {
        Error e = price.error();
        if (e.code == ErrorCode::Conflict)
            e.message = QStringLiteral("Converting %1 to %2 is refused. %3").arg(from->symbol, to->symbol, e.message);
        return e;
    }
    auto out = oracle::conversionAmount(amount, from->decimals, to->decimals, price->rate);
    if (!out)
        return out.error();
    return QJsonObject{{QStringLiteral("amount"), nat128ToString(*out)},
                       {QStringLiteral("amount_text"), formatAmount(*out, to->decimals)},
                       {QStringLiteral("from"), from->symbol},
                       {QStringLiteral("to"), to->symbol},
                       {QStringLiteral("from_decimals"), from->decimals},
                       {QStringLiteral("to_decimals"), to->decimals},
                       {QStringLiteral("rounding"), QStringLiteral("down")},
                       {QStringLiteral("price"), priceJson(*price, at.value_or(now))}};
}

} // namespace nexus::oracle
