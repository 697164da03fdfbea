#pragma once
// The GUI layer's logging category.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
