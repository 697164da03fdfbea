#include "walwritecombiner.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <algorithm>
#include <vector>

namespace nexus::walwrites {
namespace {

constexpr int kFrameHeaderSize = 24; // the WAL file format's frame header
constexpr int kLogHeaderSize = 32;   // ... and the log's own header at offset 0
constexpr size_t kMaxWrite = 64 * 1024;
constexpr size_t kMaxGathered = 4 * kMaxWrite;

// What is known about one open log file.
struct Log {
    const sqlite3_io_methods *base = nullptr;
    std::vector<char> block;       // gathered appends, not yet in the file
    sqlite3_int64 start = 0;       // file offset of block[0]
    sqlite3_int64 committedEnd = 0; // where this handle's last commit ended: writes before it are rewrites
    bool pageFollows = false;      // the last gathered write was a frame header
    bool commitFrame = false;      // ... and that frame ends a transaction
    int refusal = SQLITE_OK;       // gathered frames were lost: refuse writes until the log restarts

    sqlite3_int64 end() const { return start + sqlite3_int64(block.size()); }
};

sqlite3_vfs g_vfs;
sqlite3_vfs *g_base = nullptr;
int g_slot = 0; // offset of our Log pointer inside each sqlite3_file
std::atomic<std::uint64_t> g_appends{0}, g_blocks{0};

Log *&logOf(sqlite3_file *f) { return *reinterpret_cast<Log **>(reinterpret_cast<char *>(f) + g_slot); }

int writeOut(sqlite3_file *f, Log *l)
{
    int rc = SQLITE_OK;
    // The default VFS writes at most 128 KiB - 1 bytes per call (it masks larger sizes).
    for (size_t done = 0; done < l->block.size() && rc == SQLITE_OK; done += kMaxWrite) {
        const int n = int(std::min(kMaxWrite, l->block.size() - done));
        rc = l->base->xWrite(f, l->block.data() + done, n, l->start + sqlite3_int64(done));
        g_blocks.fetch_add(1, std::memory_order_relaxed);
    }
    l->block.clear();
    l->pageFollows = l->commitFrame = false;
    return rc;
}

// Writes the block out before something else uses the log. A failure is that call's error, and as
// SQLite believes those frames written, the log refuses writes from then on (see the header).
int settle(sqlite3_file *f, Log *l)
{
    const int rc = writeOut(f, l);
    if (rc != SQLITE_OK)
        l->refusal = rc;
    return rc;
}

bool isCommitHeader(const void *header)
{
    // Bytes 4..7 of a frame header: the database size in pages for a commit frame, else zero.
    const auto *b = static_cast<const unsigned char *>(header);
    return (b[4] | b[5] | b[6] | b[7]) != 0;
}

void gather(Log *l, const void *data, int n, sqlite3_int64 off)
{
    if (l->block.empty())
        l->start = off;
    const auto *p = static_cast<const char *>(data);
    l->block.insert(l->block.end(), p, p + n);
    g_appends.fetch_add(1, std::memory_order_relaxed);
}

int logWrite(sqlite3_file *f, const void *data, int n, sqlite3_int64 off)
{
    Log *l = logOf(f);
    if (off == 0) { // a new log header: frames from before no longer count
        l->refusal = SQLITE_OK;
        l->committedEnd = 0;
    }
    if (l->refusal != SQLITE_OK)
        return l->refusal;
    if (!l->block.empty() && off >= l->start && off + n <= l->end()) { // rewrites gathered bytes
        std::memcpy(l->block.data() + (off - l->start), data, size_t(n));
        return SQLITE_OK;
    }
    if (l->pageFollows && off == l->end()) { // the page of the gathered header
        gather(l, data, n, off);
        l->pageFollows = false;
        if (l->commitFrame) {
            // The transaction is complete: it reaches the file now, and a failure fails its commit.
            l->committedEnd = off + n;
            return writeOut(f, l);
        }
        if (l->block.size() >= kMaxGathered)
            return settle(f, l);
        return SQLITE_OK;
    }
    if (n == kFrameHeaderSize || (n == kLogHeaderSize && off == 0)) {
        const bool continues = !l->block.empty() && off == l->end();
        if (continues || off >= l->committedEnd || off == 0) { // a new frame at the end of the log
            if (!continues)
                if (int rc = settle(f, l); rc != SQLITE_OK)
                    return rc;
            gather(l, data, n, off);
            l->pageFollows = n == kFrameHeaderSize;
            l->commitFrame = l->pageFollows && isCommitHeader(data);
            return SQLITE_OK;
        }
    }
    // Anything else (a page rewritten in place, a checksum repaired after the commit) goes
    // straight to the file, after what was gathered.
    if (int rc = settle(f, l); rc != SQLITE_OK)
        return rc;
    return l->base->xWrite(f, data, n, off);
}

int logClose(sqlite3_file *f)
{
    Log *l = logOf(f);
    writeOut(f, l); // a close has nobody to report to; unpublished frames are SQLite's to recover
    const int rc = l->base->xClose(f);
    delete l;
    return rc;
}

int logRead(sqlite3_file *f, void *out, int n, sqlite3_int64 off)
{
    Log *l = logOf(f);
    if (int rc = settle(f, l); rc != SQLITE_OK)
        return rc;
    return l->base->xRead(f, out, n, off);
}

int logTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    Log *l = logOf(f);
    if (int rc = settle(f, l); rc != SQLITE_OK)
        return rc;
    if (l->committedEnd > size)
        l->committedEnd = size;
    return l->base->xTruncate(f, size);
}

int logSync(sqlite3_file *f, int flags)
{
    Log *l = logOf(f);
    if (int rc = settle(f, l); rc != SQLITE_OK)
        return rc;
    if (l->refusal != SQLITE_OK)
        return l->refusal;
    return l->base->xSync(f, flags);
}

int logFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    Log *l = logOf(f);
    if (int rc = settle(f, l); rc != SQLITE_OK)
        return rc;
    return l->base->xFileSize(f, size);
}

int logLock(sqlite3_file *f, int level) { return logOf(f)->base->xLock(f, level); }
int logUnlock(sqlite3_file *f, int level) { return logOf(f)->base->xUnlock(f, level); }
int logCheckReservedLock(sqlite3_file *f, int *out) { return logOf(f)->base->xCheckReservedLock(f, out); }

int logFileControl(sqlite3_file *f, int op, void *arg)
{
    Log *l = logOf(f);
    if (int rc = settle(f, l); rc != SQLITE_OK)
        return rc;
    return l->base->xFileControl(f, op, arg);
}

int logSectorSize(sqlite3_file *f) { return logOf(f)->base->xSectorSize(f); }
int logDeviceCharacteristics(sqlite3_file *f) { return logOf(f)->base->xDeviceCharacteristics(f); }
int logShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return logOf(f)->base->xShmMap(f, page, size, extend, out);
}
int logShmLock(sqlite3_file *f, int offset, int n, int flags) { return logOf(f)->base->xShmLock(f, offset, n, flags); }
void logShmBarrier(sqlite3_file *f) { logOf(f)->base->xShmBarrier(f); }
int logShmUnmap(sqlite3_file *f, int deleteFlag) { return logOf(f)->base->xShmUnmap(f, deleteFlag); }

int logFetch(sqlite3_file *f, sqlite3_int64 off, int n, void **out)
{
    Log *l = logOf(f);
    *out = nullptr;
    if (int rc = settle(f, l); rc != SQLITE_OK)
        return rc;
    return l->base->xFetch(f, off, n, out);
}
int logUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p) { return logOf(f)->base->xUnfetch(f, off, p); }

const sqlite3_io_methods kLogMethods = {
    3,           logClose,     logRead,        logWrite,       logTruncate,   logSync,
    logFileSize, logLock,      logUnlock,      logCheckReservedLock, logFileControl, logSectorSize,
    logDeviceCharacteristics, logShmMap, logShmLock, logShmBarrier, logShmUnmap, logFetch, logUnfetch,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    const int rc = g_base->xOpen(g_base, name, f, flags, outFlags);
    if (rc != SQLITE_OK || !(flags & SQLITE_OPEN_WAL) || !f->pMethods || f->pMethods->iVersion < 3)
        return rc; // everything but a log keeps the default VFS's own methods
    auto *l = new Log;
    l->base = f->pMethods;
    logOf(f) = l;
    f->pMethods = &kLogMethods;
    return rc;
}

// The rest of the VFS is the default one's.
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_base->xDelete(g_base, name, syncDir); }
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_base->xAccess(g_base, name, flags, out); }
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return g_base->xFullPathname(g_base, name, n, out); }
void *vfsDlOpen(sqlite3_vfs *, const char *name) { return g_base->xDlOpen(g_base, name); }
void vfsDlError(sqlite3_vfs *, int n, char *out) { g_base->xDlError(g_base, n, out); }
void (*vfsDlSym(sqlite3_vfs *, void *lib, const char *sym))(void) { return g_base->xDlSym(g_base, lib, sym); }
void vfsDlClose(sqlite3_vfs *, void *lib) { g_base->xDlClose(g_base, lib); }
int vfsRandomness(sqlite3_vfs *, int n, char *out) { return g_base->xRandomness(g_base, n, out); }
int vfsSleep(sqlite3_vfs *, int us) { return g_base->xSleep(g_base, us); }
int vfsCurrentTime(sqlite3_vfs *, double *out) { return g_base->xCurrentTime(g_base, out); }
int vfsGetLastError(sqlite3_vfs *, int n, char *out) { return g_base->xGetLastError(g_base, n, out); }
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return g_base->xCurrentTimeInt64(g_base, out); }
int vfsSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr p) { return g_base->xSetSystemCall(g_base, name, p); }
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *name) { return g_base->xGetSystemCall(g_base, name); }
const char *vfsNextSystemCall(sqlite3_vfs *, const char *name) { return g_base->xNextSystemCall(g_base, name); }

} // namespace

bool install()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        g_base = sqlite3_vfs_find(nullptr);
        if (!g_base || g_base->iVersion < 3)
            return;
        g_slot = (g_base->szOsFile + int(alignof(Log *)) - 1) / int(alignof(Log *)) * int(alignof(Log *));
        g_vfs = sqlite3_vfs{};
        g_vfs.iVersion = 3;
        g_vfs.szOsFile = g_slot + int(sizeof(Log *));
        g_vfs.mxPathname = g_base->mxPathname;
        g_vfs.zName = "nexus-wal-combine";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        g_vfs.xSetSystemCall = vfsSetSystemCall;
        g_vfs.xGetSystemCall = vfsGetSystemCall;
        g_vfs.xNextSystemCall = vfsNextSystemCall;
        installed = sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    });
    return installed;
}

Counters counters()
{
    return {g_appends.load(std::memory_order_relaxed), g_blocks.load(std::memory_order_relaxed)};
}

} // namespace nexus::walwrites
