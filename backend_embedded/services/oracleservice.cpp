#include "oracleservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "oraclehandlers.h"

namespace nexus {

namespace {

const QString kPair = QStringLiteral("pair");

QJsonObject pairSchema() { return schema::string(3, 21); }
QJsonObject nsSchema() { return schema::string(1, 20); }
QJsonObject freeObject() { return {{QStringLiteral("type"), QStringLiteral("object")}}; }

QJsonObject configProps()
{
    return {{kPair, pairSchema()},
            {QStringLiteral("deviation_bps"), schema::integer(1, 5000)},
            {QStringLiteral("heartbeat_s"), schema::integer(60, 7 * 86400)},
            {QStringLiteral("jump_limit_bps"), schema::integer(10, 10000)}};
}

MethodDescriptor read(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h, Role minRole = Role::Guest)
{
    MethodDescriptor m;
    m.name = name;
    m.summary = summary;
    m.schema = std::move(argSchema);
    m.minRole = minRole;
    m.handler = std::move(h);
    return m;
}

// Every oracle change needs manage_oracle; feeders may be plain users holding it, the rest are admins.
MethodDescriptor change(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h, Role minRole = Role::Admin)
{
    MethodDescriptor m = read(name, summary, std::move(argSchema), std::move(h), minRole);
    m.mutates = true;
    m.permission = Permission::ManageOracle;
    m.rateClass = minRole == Role::Admin ? QStringLiteral("admin") : QStringLiteral("write");
    return m;
}

} // namespace

void registerOracleMethods(Gateway &gw)
{
    using namespace oracle;
    gw.registerMethod(read(QStringLiteral("oracle.pairs"), QStringLiteral("Price feeds with settings, breaker state and last price; assets for conversions"),
                           schema::object({}), listPairs));
    gw.registerMethod(read(QStringLiteral("oracle.get_price"), QStringLiteral("Price of a pair (feed, inverse or cross rate), now or at a past time"),
                           schema::object({{kPair, pairSchema()}, {QStringLiteral("at_ns"), nsSchema()}}, {kPair}), getPrice));
    gw.registerMethod(read(QStringLiteral("oracle.get_conversion_amount"),
                           QStringLiteral("Convert base units of one asset into another, exactly, rounded down"),
                           schema::object({{QStringLiteral("amount"), schema::string(1, 40)}, {QStringLiteral("from"), schema::string(1, 12)},
                                           {QStringLiteral("to"), schema::string(1, 12)}, {QStringLiteral("at_ns"), nsSchema()}},
                                          {QStringLiteral("amount"), QStringLiteral("from"), QStringLiteral("to")}),
                           conversionAmount));
    gw.registerMethod(read(QStringLiteral("oracle.history"), QStringLiteral("Rounds of a feed over a time range, downsampled to max_points buckets"),
                           schema::object({{kPair, pairSchema()}, {QStringLiteral("from_ns"), nsSchema()}, {QStringLiteral("to_ns"), nsSchema()},
                                           {QStringLiteral("max_points"), schema::integer(1, 10000)}},
                                          {kPair}),
                           history));
    gw.registerMethod(read(QStringLiteral("oracle.sources"), QStringLiteral("Sources of a feed: last quote, age, deviation, included or why not"),
                           schema::object({{kPair, pairSchema()}}, {kPair}), sources, Role::User));
    gw.registerMethod(read(QStringLiteral("oracle.alerts"), QStringLiteral("Breaker trips, resets and manual prices, newest first"),
                           schema::object({{kPair, pairSchema()}, {QStringLiteral("unacknowledged"), schema::boolean()},
                                           {QStringLiteral("limit"), schema::integer(1, 500)}, {QStringLiteral("offset"), schema::integer(0, 1000000000)}}),
                           alerts, Role::User));

    const QJsonObject roundSchema = schema::object({{QStringLiteral("ts_ns"), nsSchema()}, {QStringLiteral("quotes"), freeObject()}},
                                                   {QStringLiteral("ts_ns"), QStringLiteral("quotes")});
    gw.registerMethod(change(QStringLiteral("oracle.update_price"),
                             QStringLiteral("Feed one round of source quotes (or a batch of up to 1440 past rounds: rounds, or sources + csv)"),
                             schema::object({{kPair, pairSchema()}, {QStringLiteral("ts_ns"), nsSchema()}, {QStringLiteral("quotes"), freeObject()},
                                             {QStringLiteral("rounds"), schema::arrayOf(roundSchema, 1440)},
                                             {QStringLiteral("sources"), schema::arrayOf(schema::string(1, 40), 64)},
                                             {QStringLiteral("csv"), schema::string(1, 2000000)}},
                                            {kPair}),
                             updatePrice, Role::User));
    QJsonObject configArgs = configProps();
    configArgs.insert(QStringLiteral("reason"), schema::string(0, 300));
    gw.registerMethod(change(QStringLiteral("oracle.set_pair_config"), QStringLiteral("Change a feed's deviation, heartbeat or jump limit (versioned)"),
                             schema::object(configArgs, {kPair}), setPairConfig));
    gw.registerMethod(change(QStringLiteral("oracle.breaker_reset"), QStringLiteral("Reset a tripped (or manual) circuit breaker"),
                             schema::object({{kPair, pairSchema()}, {QStringLiteral("note"), schema::string(1, 300)}}, {kPair, QStringLiteral("note")}),
                             breakerReset));
    gw.registerMethod(change(QStringLiteral("oracle.set_manual_price"), QStringLiteral("Serve a manual price for a feed until the breaker is reset"),
                             schema::object({{kPair, pairSchema()}, {QStringLiteral("rate"), schema::string(1, 40)},
                                             {QStringLiteral("reason"), schema::string(1, 300)}},
                                            {kPair, QStringLiteral("rate"), QStringLiteral("reason")}),
                             setManualPrice));
    gw.registerMethod(change(QStringLiteral("oracle.ack_alert"), QStringLiteral("Acknowledge an oracle alert"),
                             schema::object({{QStringLiteral("id"), schema::integer(1, 1000000000000)}, {QStringLiteral("note"), schema::string(0, 300)}},
                                            {QStringLiteral("id")}),
                             ackAlert));
    gw.registerMethod(change(QStringLiteral("oracle.add_pair"), QStringLiteral("Add a price feed (BASE/QUOTE)"), schema::object(configProps(), {kPair}),
                             addPair));
    const QJsonObject sourceProps{{kPair, pairSchema()},
                                  {QStringLiteral("name"), schema::string(1, 40)},
                                  {QStringLiteral("url"), schema::string(0, 2000)},
                                  {QStringLiteral("json_path"), schema::string(0, 200)},
                                  {QStringLiteral("poll_s"), schema::integer(5, 86400)},
                                  {QStringLiteral("enabled"), schema::boolean()}};
    QJsonObject addProps = sourceProps;
    addProps.insert(QStringLiteral("kind"), schema::enumOf({QStringLiteral("http"), QStringLiteral("sim")}));
    MethodDescriptor add = change(QStringLiteral("oracle.add_source"), QStringLiteral("Add a source to a feed (an HTTP JSON URL, or simulated)"),
                                  schema::object(addProps, {kPair, QStringLiteral("name")}), addSource);
    add.secretArgs = {QStringLiteral("url")}; // URLs may carry API keys
    gw.registerMethod(add);
    MethodDescriptor set = change(QStringLiteral("oracle.set_source"), QStringLiteral("Enable, disable or change a feed's source"),
                                  schema::object(sourceProps, {kPair, QStringLiteral("name")}), setSource);
    set.secretArgs = {QStringLiteral("url")};
    gw.registerMethod(set);
}

} // namespace nexus
