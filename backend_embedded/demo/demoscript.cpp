#include "demoscript.h"

Q_LOGGING_CATEGORY(lcDemo, "nexus.demo", QtWarningMsg)
