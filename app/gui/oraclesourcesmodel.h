#pragma once
// The sources of one feed (oracle.sources): last quote, its age, deviation from the round's
// median, and whether the aggregation used it — and if not, why.

#include "errorinfo.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;

class OracleSourcesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Oracle controller")
    Q_PROPERTY(QString pair READ pair NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY loaded)
    Q_PROPERTY(int count READ count NOTIFY loaded)
    Q_PROPERTY(int includedCount READ includedCount NOTIFY loaded)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
public:
    enum Roles { NameRole = Qt::UserRole + 1, KindRole, EnabledRole, StatusRole, StatusLabelRole, StatusToneRole, ReasonRole,
                 RateRole, RateTextRole, AgeRole, AgeSecondsRole, DeviationRole, DeviationBpsRole, DeviationToneRole, UrlRole };
    Q_ENUM(Roles)

    explicit OracleSourcesModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString pair() const { return m_pair; }
    bool loading() const { return m_loading; }
    bool ready() const { return m_ready; }
    int count() const { return int(m_rows.size()); }
    int includedCount() const;
    ErrorInfo *error() const { return m_error; }

    // Loads the sources of `pair` (empty: clears the list).
    void load(const QString &pair);
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void loadingChanged();
    void loaded();

private:
    QString status(const QJsonObject &s) const; // included, excluded, disabled, silent
    void setLoading(bool loading);

    Session &m_session;
    ErrorInfo *m_error;
    QList<QJsonObject> m_rows;
    QString m_pair;
    bool m_loading = false;
    bool m_ready = false;
    quint64 m_request = 0;
};

} // namespace nexus
