#pragma once

#include <sqlite3.h>

namespace storelens::core {

// Sets SQLite's process-wide options before its first use: call at the start of main() (once SQLite is
// initialized, sqlite3_config() refuses and nothing changes). No memory statistics: nothing reads them, and
// they cost a global mutex round per allocation, of which a large import makes a few per order line.
inline void configureSqliteLibrary()
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

} // namespace storelens::core
