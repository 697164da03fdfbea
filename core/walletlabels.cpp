#include "walletlabels.h"

#include "account.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace nexus {

namespace {
Error labelError(const QString &what, const QString &hint = {})
{
    return Error::make(ErrorCode::InvalidArgument, what, hint);
}
} // namespace

Status validateWalletLabel(const WalletLabel &l)
{
    if (l.type == QLatin1String("tx")) {
        static const QRegularExpression txRef(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,15}:(0|[1-9][0-9]{0,18})$"));
        if (!txRef.match(l.ref).hasMatch())
            return labelError(QStringLiteral("\"%1\" is not a transaction reference.").arg(l.ref.left(80)),
                              QStringLiteral("Transactions are written ASSET:BLOCK, e.g. ICP:1042."));
    } else if (l.type == QLatin1String("addr")) {
        if (auto acc = Account::fromText(l.ref); !acc)
            return labelError(QStringLiteral("\"%1\" is not an account: %2").arg(l.ref.left(80), acc.error().message),
                              acc.error().hint);
    } else {
        return labelError(QStringLiteral("Label type \"%1\" is not supported.").arg(l.type.left(20)),
                          QStringLiteral("Use \"tx\" for transactions or \"addr\" for accounts."));
    }
    if (l.label.size() > kMaxLabelLength)
        return labelError(QStringLiteral("The label is longer than %1 characters.").arg(kMaxLabelLength));
    if (l.label.contains(QLatin1Char('\n')) || l.label.contains(QLatin1Char('\r')))
        return labelError(QStringLiteral("A label is one line of text."));
    return {};
}

Result<QList<WalletLabel>> parseWalletLabels(const QByteArray &jsonLines)
{
    QList<WalletLabel> out;
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("Line %1: ").arg(i + 1);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return labelError(where + QStringLiteral("not a JSON object (%1).").arg(err.error != QJsonParseError::NoError ? err.errorString() : QStringLiteral("a JSON value of another kind")),
                              QStringLiteral("Each line holds one object like {\"type\":\"addr\",\"ref\":\"…\",\"label\":\"…\"}."));
        const QJsonObject o = doc.object();
        for (const char *key : {"type", "ref", "label"})
            if (!o.value(QLatin1String(key)).isString())
                return labelError(where + QStringLiteral("\"%1\" is missing or not a string.").arg(QLatin1String(key)));
        WalletLabel l{o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("ref")).toString(),
                      o.value(QStringLiteral("label")).toString()};
        if (auto st = validateWalletLabel(l); !st)
            return labelError(where + st.error().message, st.error().hint);
        out << l;
    }
    return out;
}

QByteArray walletLabelsToJsonLines(const QList<WalletLabel> &labels)
{
    QByteArray out;
    for (const WalletLabel &l : labels) {
        const QJsonObject o{{QStringLiteral("type"), l.type}, {QStringLiteral("ref"), l.ref}, {QStringLiteral("label"), l.label}};
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

} // namespace nexus
