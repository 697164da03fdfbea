#include "pagecachelimits.h"

#include <sqlite3.h>

#include <atomic>

namespace nexus::pagecache {
namespace {

constexpr unsigned kPendingByte = 0x40000000; // SQLite's lock-byte offset (never changed here)

sqlite3_pcache_methods2 g_inner; // the default cache, which does all the real work
std::atomic<std::uint64_t> g_passed{0}, g_skipped{0}, g_parked{0};

// One cache, used by one connection under that connection's mutex: no locking of its own.
struct Cache {
    sqlite3_pcache *inner = nullptr;
    unsigned scratchKey = 0; // the lock-byte page: B-tree splits park pages there while renumbering
    unsigned bound = 0;      // no page outside the scratch number has a higher number than this
    unsigned atScratch = 0;  // pages renumbered to the scratch number and not yet away from it
};

Cache *of(sqlite3_pcache *p) { return reinterpret_cast<Cache *>(p); }

int init(void *) { return g_inner.xInit(g_inner.pArg); }
void shutdown(void *)
{
    if (g_inner.xShutdown)
        g_inner.xShutdown(g_inner.pArg);
}

sqlite3_pcache *create(int szPage, int szExtra, int bPurgeable)
{
    auto *c = static_cast<Cache *>(sqlite3_malloc(sizeof(Cache)));
    if (!c)
        return nullptr;
    *c = Cache{};
    c->inner = g_inner.xCreate(szPage, szExtra, bPurgeable);
    if (!c->inner) {
        sqlite3_free(c);
        return nullptr;
    }
    c->scratchKey = kPendingByte / unsigned(szPage > 0 ? szPage : 1) + 1;
    return reinterpret_cast<sqlite3_pcache *>(c);
}

void cachesize(sqlite3_pcache *p, int n) { g_inner.xCachesize(of(p)->inner, n); }
int pagecount(sqlite3_pcache *p) { return g_inner.xPagecount(of(p)->inner); }

sqlite3_pcache_page *fetch(sqlite3_pcache *p, unsigned key, int createFlag)
{
    Cache *c = of(p);
    sqlite3_pcache_page *page = g_inner.xFetch(c->inner, key, createFlag);
    if (page && key > c->bound)
        c->bound = key; // a fetch at the scratch number (never asked for) just raises the bound
    return page;
}

void unpin(sqlite3_pcache *p, sqlite3_pcache_page *page, int discard) { g_inner.xUnpin(of(p)->inner, page, discard); }

void rekey(sqlite3_pcache *p, sqlite3_pcache_page *page, unsigned oldKey, unsigned newKey)
{
    Cache *c = of(p);
    g_inner.xRekey(c->inner, page, oldKey, newKey);
    if (oldKey == c->scratchKey && c->atScratch > 0)
        --c->atScratch;
    if (newKey == c->scratchKey) {
        ++c->atScratch;
        g_parked.fetch_add(1, std::memory_order_relaxed);
    }
    else if (newKey > c->bound)
        c->bound = newKey;
}

void truncate(sqlite3_pcache *p, unsigned limit)
{
    Cache *c = of(p);
    if (c->atScratch == 0 && limit > c->bound) {
        g_skipped.fetch_add(1, std::memory_order_relaxed);
        return; // every cached page is below `limit`: nothing to drop
    }
    g_inner.xTruncate(c->inner, limit);
    g_passed.fetch_add(1, std::memory_order_relaxed);
    const unsigned below = limit > 0 ? limit - 1 : 0;
    if (c->bound > below)
        c->bound = below;
    if (limit <= c->scratchKey)
        c->atScratch = 0;
}

void destroy(sqlite3_pcache *p)
{
    Cache *c = of(p);
    g_inner.xDestroy(c->inner);
    sqlite3_free(c);
}

void shrink(sqlite3_pcache *p)
{
    if (g_inner.xShrink)
        g_inner.xShrink(of(p)->inner);
}

bool doInstall()
{
    if (sqlite3_config(SQLITE_CONFIG_GETPCACHE2, &g_inner) != SQLITE_OK || !g_inner.xCreate || !g_inner.xFetch
        || !g_inner.xTruncate || !g_inner.xRekey || !g_inner.xInit)
        return false;
    static sqlite3_pcache_methods2 bounded{1,      nullptr, &init,   &shutdown, &create,  &cachesize, &pagecount,
                                           &fetch, &unpin,  &rekey,  &truncate, &destroy, &shrink};
    return sqlite3_config(SQLITE_CONFIG_PCACHE2, &bounded) == SQLITE_OK;
}

} // namespace

bool install()
{
    static const bool installed = doInstall();
    return installed;
}

Counters counters()
{
    return {g_passed.load(std::memory_order_relaxed), g_skipped.load(std::memory_order_relaxed), g_parked.load(std::memory_order_relaxed)};
}

} // namespace nexus::pagecache
