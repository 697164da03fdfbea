#include "labelservice.h"

#include "argschema.h"
#include "gateway/gateway.h"
#include "servicesupport.h"
#include "walletlabels.h"

#include <QJsonArray>

namespace nexus {

using namespace svc;

namespace {

constexpr int kMaxImportBytes = 4 * 1024 * 1024;

QJsonObject labelJson(const WalletLabel &l)
{
    return {{QStringLiteral("type"), l.type}, {QStringLiteral("ref"), l.ref}, {QStringLiteral("label"), l.label}};
}

Result<QList<WalletLabel>> ownLabels(ExecContext &ctx, const QString &type = {})
{
    auto q = Database::exec(ctx.db, QStringLiteral("SELECT type, ref, label FROM wallet_labels WHERE owner = ? AND (? = '' OR type = ?) "
                                                   "ORDER BY type, ref"),
                            {ctx.call.caller.bytes(), type, type});
    if (!q)
        return q.error();
    QList<WalletLabel> out;
    while (q->next())
        out << WalletLabel{q->text(0), q->text(1), q->text(2)};
    return out;
}

// Inserts, replaces or (empty label) removes one label; returns what happened.
Result<QString> put(ExecContext &ctx, const WalletLabel &l)
{
    auto old = Database::exec(ctx.db, QStringLiteral("SELECT label FROM wallet_labels WHERE owner = ? AND type = ? AND ref = ?"),
                              {ctx.call.caller.bytes(), l.type, l.ref});
    if (!old)
        return old.error();
    const bool existed = old->next();
    const QString previous = existed ? old->text(0) : QString();
    old->finish();
    if (l.label.isEmpty()) {
        if (!existed)
            return QStringLiteral("unchanged");
        if (auto q = Database::exec(ctx.db, QStringLiteral("DELETE FROM wallet_labels WHERE owner = ? AND type = ? AND ref = ?"),
                                    {ctx.call.caller.bytes(), l.type, l.ref});
            !q)
            return q.error();
        return QStringLiteral("removed");
    }
    if (existed && previous == l.label)
        return QStringLiteral("unchanged");
    auto q = Database::exec(ctx.db, QStringLiteral("INSERT INTO wallet_labels (owner, type, ref, label, updated_ns) VALUES (?, ?, ?, ?, ?) "
                                                   "ON CONFLICT (owner, type, ref) DO UPDATE SET label = excluded.label, updated_ns = excluded.updated_ns"),
                            {ctx.call.caller.bytes(), l.type, l.ref, l.label, ctx.call.timeNs ? ctx.call.timeNs : nowNs()});
    if (!q)
        return q.error();
    return existed ? QStringLiteral("updated") : QStringLiteral("added");
}

Result<QJsonValue> setLabel(ExecContext &ctx, const QJsonObject &args)
{
    const WalletLabel l{args.value(QStringLiteral("type")).toString(), args.value(QStringLiteral("ref")).toString(),
                        args.value(QStringLiteral("label")).toString().trimmed()};
    if (auto st = validateWalletLabel(l); !st)
        return st.error();
    auto what = put(ctx, l);
    if (!what)
        return what.error();
    ctx.summary = QStringLiteral("%1 label %2 %3").arg(*what, l.type, l.ref.left(120));
    ctx.changed(QStringLiteral("labels"), {l.ref});
    return QJsonObject{{QStringLiteral("result"), *what}, {QStringLiteral("label"), labelJson(l)}};
}

Result<QJsonValue> listLabels(ExecContext &ctx, const QJsonObject &args)
{
    auto labels = ownLabels(ctx, args.value(QStringLiteral("type")).toString());
    if (!labels)
        return labels.error();
    QJsonArray arr;
    for (const WalletLabel &l : *labels)
        arr.append(labelJson(l));
    return QJsonObject{{QStringLiteral("labels"), arr}, {QStringLiteral("total"), arr.size()}};
}

Result<QJsonValue> exportLabels(ExecContext &ctx, const QJsonObject &)
{
    auto labels = ownLabels(ctx);
    if (!labels)
        return labels.error();
    return QJsonObject{{QStringLiteral("jsonl"), QString::fromUtf8(walletLabelsToJsonLines(*labels))},
                       {QStringLiteral("count"), labels->size()}};
}

Result<QJsonValue> importLabels(ExecContext &ctx, const QJsonObject &args)
{
    const QByteArray text = args.value(QStringLiteral("jsonl")).toString().toUtf8();
    if (text.size() > kMaxImportBytes)
        return invalid(QStringLiteral("The label file is larger than 4 MiB."));
    auto parsed = parseWalletLabels(text); // all lines are checked before anything is written
    if (!parsed)
        return parsed.error();
    QHash<QString, int> counts;
    for (const WalletLabel &l : std::as_const(*parsed)) {
        auto what = put(ctx, l);
        if (!what)
            return what.error();
        ++counts[*what];
    }
    ctx.summary = QStringLiteral("imported %1 labels (%2 added, %3 updated)").arg(parsed->size()).arg(counts.value(QStringLiteral("added"))).arg(counts.value(QStringLiteral("updated")));
    ctx.changed(QStringLiteral("labels"));
    return QJsonObject{{QStringLiteral("lines"), parsed->size()},
                       {QStringLiteral("added"), counts.value(QStringLiteral("added"))},
                       {QStringLiteral("updated"), counts.value(QStringLiteral("updated"))},
                       {QStringLiteral("removed"), counts.value(QStringLiteral("removed"))},
                       {QStringLiteral("unchanged"), counts.value(QStringLiteral("unchanged"))}};
}

MethodDescriptor make(const QString &name, const QString &summary, QJsonObject argSchema, MethodHandler h, bool mutates)
{
    MethodDescriptor m;
    m.name = name;
    m.summary = summary;
    m.schema = std::move(argSchema);
    m.mutates = mutates;
    m.minRole = Role::User;
    m.rateClass = mutates ? QStringLiteral("write") : QStringLiteral("read");
    m.handler = std::move(h);
    return m;
}

} // namespace

void registerLabelMethods(Gateway &gw)
{
    const QJsonObject type = schema::enumOf({QStringLiteral("tx"), QStringLiteral("addr")});
    gw.registerMethod(make(QStringLiteral("labels.set"), QStringLiteral("Label one of your transactions (ASSET:BLOCK) or an account; empty removes"),
                           schema::object({{QStringLiteral("type"), type}, {QStringLiteral("ref"), schema::string(1, 200)},
                                           {QStringLiteral("label"), schema::string(0, kMaxLabelLength)}},
                                          {QStringLiteral("type"), QStringLiteral("ref"), QStringLiteral("label")}),
                           setLabel, true));
    gw.registerMethod(make(QStringLiteral("labels.list"), QStringLiteral("Your labels, optionally of one type"),
                           schema::object({{QStringLiteral("type"), type}}), listLabels, false));
    gw.registerMethod(make(QStringLiteral("labels.export"), QStringLiteral("Your labels as BIP-329 style JSON Lines"),
                           schema::object({}), exportLabels, false));
    gw.registerMethod(make(QStringLiteral("labels.import"), QStringLiteral("Add or update labels from JSON Lines (all lines or none)"),
                           schema::object({{QStringLiteral("jsonl"), schema::string(1, kMaxImportBytes)}}, {QStringLiteral("jsonl")}),
                           importLabels, true));
}

} // namespace nexus
