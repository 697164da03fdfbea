#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "nexus.ui")
