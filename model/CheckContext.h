#pragma once

#include <QString>

// What the checks need to know beyond the database itself.
class CheckContext
{
public:
    bool planApplied = false;  // the history shows this plan applied (accounts for users_old)
    QString backupFolder;      // where the backup goes (SQLite); empty: no backup
    qint64 backupBytesNeeded = 0;
};
