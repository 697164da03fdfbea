#pragma once
// Admin → Configuration and Feature flags: keys and values, a key's version history, the diff
// between two versions, editing (validated before sending), rollback and flag toggles.

#include "qmlsingleton.h"
#include "configmodel.h"
#include "errorinfo.h"
#include "jsondiff.h"

#include <QJsonArray>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class Session;
class Throttle;

class ConfigController : public QObject, public QmlSingleton<ConfigController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Config)
    QML_SINGLETON
    Q_PROPERTY(nexus::ConfigModel *entries READ entries CONSTANT)
    Q_PROPERTY(nexus::ErrorInfo *error READ error CONSTANT)
    Q_PROPERTY(QVariantList flags READ flags NOTIFY entriesChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString selectedKey READ selectedKey NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedValue READ selectedValue NOTIFY selectionChanged)
    Q_PROPERTY(int selectedVersion READ selectedVersion NOTIFY selectionChanged)
    Q_PROPERTY(bool selectedEditable READ selectedEditable NOTIFY selectionChanged)
    // The newest `historyShown` versions of the selected key (a busy key can have thousands).
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    Q_PROPERTY(int historyTotal READ historyTotal NOTIFY historyChanged)
    Q_PROPERTY(int diffFrom READ diffFrom NOTIFY diffChanged)
    Q_PROPERTY(int diffTo READ diffTo NOTIFY diffChanged)
    Q_PROPERTY(QVariantList diff READ diff NOTIFY diffChanged)
    Q_PROPERTY(int diffAdded READ diffAdded NOTIFY diffChanged)
    Q_PROPERTY(int diffRemoved READ diffRemoved NOTIFY diffChanged)
public:
    explicit ConfigController(Session &session, QObject *parent = nullptr);

    ConfigModel *entries() const { return m_entries; }
    ErrorInfo *error() const { return m_error; }
    QVariantList flags() const;
    bool loading() const { return m_loading; }
    bool busy() const { return m_busy; }
    QString selectedKey() const { return m_selectedKey; }
    QString selectedValue() const;
    int selectedVersion() const;
    bool selectedEditable() const;
    QVariantList history() const { return m_historyView; }
    int historyTotal() const { return m_historyTotal; }
    int diffFrom() const { return m_diffFrom; }
    int diffTo() const { return m_diffTo; }
    QVariantList diff() const { return m_diffView; }
    int diffAdded() const { return m_diffAdded; }
    int diffRemoved() const { return m_diffRemoved; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void select(const QString &key);
    Q_INVOKABLE void setDiffVersions(int fromVersion, int toVersion);
    Q_INVOKABLE void showMoreHistory();
    // Empty when `text` is an acceptable value for `key`; otherwise what is wrong with it.
    Q_INVOKABLE QString validate(const QString &key, const QString &text) const;
    Q_INVOKABLE void setValue(const QString &key, const QString &text, const QString &reason);
    Q_INVOKABLE void rollback(const QString &key, int version, const QString &reason);
    Q_INVOKABLE void setFlag(const QString &key, bool enabled);

Q_SIGNALS:
    void entriesChanged();
    void loadingChanged();
    void busyChanged();
    void selectionChanged();
    void historyChanged();
    void diffChanged();
    void succeeded(const QString &message);

private:
    void loadHistory();
    void buildHistoryView();
    void recomputeDiff();
    void setBusy(bool busy);
    void mutate(const QString &method, const QJsonObject &args, const QString &failTitle, const QString &successMessage);

    Session &m_session;
    ConfigModel *m_entries;
    ErrorInfo *m_error;
    Throttle *m_refresh;
    quint64 m_reloadRequest = 0;  // answers to older calls are dropped
    quint64 m_historyRequest = 0;
    bool m_loading = false;
    bool m_busy = false;
    QString m_selectedKey;
    QJsonArray m_history; // newest first, as config_history returns it
    QVariantList m_historyView;
    int m_historyShown = kHistoryPage;
    int m_historyTotal = 0;   // versions the key has in all (the backend reports it)
    static constexpr int kHistoryPage = 50;
    int m_diffFrom = 0;
    int m_diffTo = 0;
    QVariantList m_diffView;
    int m_diffAdded = 0;
    int m_diffRemoved = 0;
};

} // namespace nexus
