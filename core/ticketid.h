#pragma once
// Virtual Nexus tickets: the display token id "VRN-%08X" of a ticket number and the event-name
// rule (at most 64 bytes of UTF-8, as the tickets canister counts them).

#include "result.h"

#include <QString>

#include <optional>

namespace nexus::tickets {

constexpr int kMaxEventNameBytes = 64;

QString tokenId(quint64 ticketId);                                // 26 -> "VRN-0000001A"
std::optional<quint64> ticketIdFromTokenId(const QString &token);  // strict: "VRN-" and 8+ upper-case hex digits
// Trimmed, 1 to 64 bytes of UTF-8, no control characters.
Result<QString> checkEventName(const QString &name);

} // namespace nexus::tickets
