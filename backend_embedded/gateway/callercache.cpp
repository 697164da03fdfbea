#include "callercache.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>

namespace nexus {

namespace {
constexpr qsizetype kMaxEntries = 4096; // a memo, not a copy of the users table
}

// The writer thread (and with it the connection and its hook) stops before the gateway is destroyed.
CallerCache::~CallerCache() = default;

void CallerCache::onRowChange(void *self, int, const char *, const char *table, long long)
{
    if (std::strcmp(table, "users") == 0 || std::strcmp(table, "permissions") == 0)
        static_cast<CallerCache *>(self)->m_dirty = true;
}

bool CallerCache::attach(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    if (h != m_handle) {
        m_handle = h;
        m_entries.clear();
        sqlite3_update_hook(h, &CallerCache::onRowChange, this);
    }
    return true;
}

Result<CallerInfo> CallerCache::resolve(QSqlDatabase &db, const Principal &p, const Loader &load)
{
    if (!attach(db))
        return load(db, p);
    if (m_dirty || m_entries.size() >= kMaxEntries) {
        m_entries.clear();
        m_dirty = false;
    }
    if (auto it = m_entries.constFind(p.bytes()); it != m_entries.constEnd())
        return *it;
    auto info = load(db, p);
    if (info && !m_dirty)
        m_entries.insert(p.bytes(), *info);
    return info;
}

} // namespace nexus
