// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqliteLibrary.h"

#include "util/LoggingCategories.h"

#include <sqlite3.h>

#include <mutex>

void SqliteLibrary::configure()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // sqlite3_config() is refused (SQLITE_MISUSE) once the library is initialised.
        const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        if (rc != SQLITE_OK)
            qCInfo(lcDb, "SQLite keeps its memory statistics: %s", sqlite3_errstr(rc));
    });
}
