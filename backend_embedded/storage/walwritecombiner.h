#pragma once
// Writes each commit's write-ahead-log frames with one system call instead of two per page.
//
// SQLite appends a commit to the log as a 24-byte frame header and a page, one pwrite each: a
// ledger transfer dirties about 18 pages, so 36 system calls, which on a small VM cost as much as
// all of the transfer's SQL statements. This is a VFS on top of SQLite's default one that gathers
// the appends to a log file in memory and writes them as one block when the commit's last frame
// (the one whose header carries the database size) is complete — still inside SQLite's write call,
// so a failure (disk full) fails the commit exactly as before, before any reader can see it.
//
// The file ends up byte for byte as SQLite would have written it: writes that land inside the
// gathered block patch it, any other write, read, sync, size query or truncation of the log writes
// the block out first. Frames that a large transaction spills before its commit stay gathered
// until then; if writing those out ever fails, the log refuses every further write until SQLite
// starts it over, so no commit can be published that lacks them.

#include <cstdint>

namespace nexus::walwrites {

// Makes the combining VFS SQLite's default for every connection opened afterwards (idempotent).
// Returns false when SQLite has no default VFS to build on.
bool install();

struct Counters {
    std::uint64_t appends = 0; // log writes SQLite asked for that were gathered
    std::uint64_t blocks = 0;  // writes that reached the file
};
Counters counters(); // process-wide, for tests and benchmarks

} // namespace nexus::walwrites
