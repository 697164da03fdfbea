#pragma once
// Keeps SQLite's page cache from scanning all of its slots at every commit.
//
// At the end of every write transaction SQLite drops cached pages past the end of the database
// (pcache1's xTruncate). pcache1 decides what to scan from the highest page number it ever held;
// when that is far past the end it walks its whole hash table: with the 16 MB cache of 1 KiB
// pages, 16,384 slots, about a tenth of a small write transaction's time.
//
// And it is always far past the end: when a B-tree split hands out new pages, SQLite renumbers
// them into ascending order through a scratch number, the page that holds the lock bytes
// (1,048,577 with 1 KiB pages), which never holds data. That raises pcache1's highest number to
// it, so the next commit scans everything, resets it, and the next split raises it again.
//
// This wraps the default page cache and keeps its own bound: the highest number a page was
// fetched or renumbered to, plus how many pages sit at the scratch number right now. A truncation
// that cannot remove anything (no scratch pages, limit above the bound) is answered here; every
// other call goes through unchanged. The bound only errs high, so nothing is ever left behind.

#include <cstdint>

namespace nexus::pagecache {

// Makes the bounded cache SQLite's page cache. Only possible before SQLite initialises (the first
// connection): returns false, and changes nothing, when it is too late or SQLite refuses.
// Idempotent; the answer of the first call is kept.
bool install();

struct Counters {
    std::uint64_t passed = 0;  // truncations the default cache carried out
    std::uint64_t skipped = 0; // truncations answered here (nothing to remove)
    std::uint64_t parked = 0;  // pages renumbered to the scratch number (B-tree splits)
};
Counters counters(); // process-wide, for tests and benchmarks

} // namespace nexus::pagecache
