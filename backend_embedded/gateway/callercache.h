#pragma once
// The writer thread's memo of callers (role, disabled flag, permissions), so an audited mutation
// does not re-read the users and permissions tables on every call.
//
// It stays correct without any service having to remember it: SQLite's update hook on the writer
// connection drops the memo whenever a row of `users` or `permissions` changes (committed or
// rolled back), and the gateway clears it when another connection — another process such as
// nexusctl — has committed since its own last commit (the pager's data version tells).

#include "methoddescriptor.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace nexus {

class CallerCache
{
public:
    using Loader = std::function<Result<CallerInfo>(QSqlDatabase &, const Principal &)>;

    CallerCache() = default;
    ~CallerCache();
    CallerCache(const CallerCache &) = delete;
    CallerCache &operator=(const CallerCache &) = delete;

    // Writer thread only. Falls back to `load` (and remembers its answer) on a miss.
    Result<CallerInfo> resolve(QSqlDatabase &db, const Principal &p, const Loader &load);
    void clear() { m_entries.clear(); }

private:
    static void onRowChange(void *self, int op, const char *dbName, const char *table, long long rowid);
    bool attach(QSqlDatabase &db);

    sqlite3 *m_handle = nullptr;
    bool m_dirty = false;
    QHash<QByteArray, CallerInfo> m_entries;
};

} // namespace nexus
