#include "errorinfo.h"

#include "logging.h"

namespace nexus {

void ErrorInfo::set(const QString &title, const Error &error)
{
    QString hint = error.hint;
    if (error.code == ErrorCode::RateLimited && hint.isEmpty())
        hint = tr("Wait %n second(s) and try again.", nullptr, int((error.retryAfterMs + 999) / 1000));
    m_errorCode = error.code;
    m_code = error.codeName();
    m_title = title;
    m_cause = error.message;
    m_hint = hint;
    qCInfo(lcUi).noquote() << title << "-" << error.codeName() << error.message;
    Q_EMIT changed();
}

void ErrorInfo::set(const QString &title, const QString &cause, const QString &hint)
{
    m_errorCode = ErrorCode::InvalidArgument;
    m_code = QStringLiteral("invalid_argument");
    m_title = title;
    m_cause = cause;
    m_hint = hint;
    Q_EMIT changed();
}

void ErrorInfo::clear()
{
    if (m_title.isEmpty())
        return;
    m_title.clear();
    m_cause.clear();
    m_hint.clear();
    m_code.clear();
    Q_EMIT changed();
}

} // namespace nexus
