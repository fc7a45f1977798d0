// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the checks need to know beyond the database itself.
class CheckContext
{
public:
    bool planApplied = false;  // the history shows this plan applied (accounts for users_old)
    QString backupFolder;      // where the backup goes (SQLite); empty: no backup
    qint64 backupBytesNeeded = 0;
    QString keyFile;           // --key-file, for the key-fingerprint check (BackfillChecks); empty: none given
    bool resuming = false;     // a batched run resumes (or catches up): the schema may be at the target already
};
