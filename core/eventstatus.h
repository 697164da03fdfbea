#pragma once
// Cosmic Loop event states and the moves between them:
// draft → active | cancelled, active → completed | cancelled; completed and cancelled are final.

#include <QString>

#include <optional>

namespace nexus::events {

enum class EventStatus { Draft, Active, Completed, Cancelled };

QString statusName(EventStatus s); // "draft", "active", "completed", "cancelled"
std::optional<EventStatus> statusFromName(const QString &name);
bool canMove(EventStatus from, EventStatus to);

} // namespace nexus::events
