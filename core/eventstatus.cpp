#include "eventstatus.h"

namespace nexus::events {

QString statusName(EventStatus s)
{
    switch (s) {
    case EventStatus::Draft: return QStringLiteral("draft");
    case EventStatus::Active: return QStringLiteral("active");
    case EventStatus::Completed: return QStringLiteral("completed");
    case EventStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<EventStatus> statusFromName(const QString &name)
{
    for (EventStatus s : {EventStatus::Draft, EventStatus::Active, EventStatus::Completed, EventStatus::Cancelled})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

bool canMove(EventStatus from, EventStatus to)
{
    switch (from) {
    case EventStatus::Draft: return to == EventStatus::Active || to == EventStatus::Cancelled;
    case EventStatus::Active: return to == EventStatus::Completed || to == EventStatus::Cancelled;
    case EventStatus::Completed:
    case EventStatus::Cancelled: return false;
    }
    return false;
}

} // namespace nexus::events
