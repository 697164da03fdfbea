#pragma once
// An error as the UI shows it: what was being done (title), what happened (cause), what to do (hint).

#include "error.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace nexus {

class ErrorInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString cause READ cause NOTIFY changed)
    Q_PROPERTY(QString hint READ hint NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
public:
    using QObject::QObject;

    bool active() const { return !m_title.isEmpty(); }
    QString title() const { return m_title; }
    QString cause() const { return m_cause; }
    QString hint() const { return m_hint; }
    QString code() const { return m_code; }
    ErrorCode errorCode() const { return m_errorCode; }

    // `title` says what failed ("Could not change the role"); the cause and hint come from the backend.
    void set(const QString &title, const Error &error);
    void set(const QString &title, const QString &cause, const QString &hint = {});
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    QString m_title;
    QString m_cause;
    QString m_hint;
    QString m_code;
    ErrorCode m_errorCode = ErrorCode::Internal;
};

} // namespace nexus
