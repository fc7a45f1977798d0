// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The assistant's log categories, all under "ma.". Their debug and info messages are off
// unless --verbose or QT_LOGGING_RULES (e.g. "ma.lock.debug=true") turns them on; warnings
// always show. Nothing logged here may hold a password: URLs go through displayUrl().
Q_DECLARE_LOGGING_CATEGORY(lcRunner) // ma.runner: the run, each step with rows and ms, commit or rollback
Q_DECLARE_LOGGING_CATEGORY(lcLock)   // ma.lock: the run lock file taken, held by another, released
Q_DECLARE_LOGGING_CATEGORY(lcDb)     // ma.db: connections opened and closed
Q_DECLARE_LOGGING_CATEGORY(lcBackup) // ma.backup: the SQLite backup written, verified, removed

class LoggingCategories
{
public:
    // Sends the ma.* messages to stderr as "ma.lock: …" lines, whatever Qt's own handler would
    // do with them (stdout is for the report and --json), and with verbose turns their debug
    // and info on. QT_LOGGING_RULES still has the last word. Call once, early in main.
    static void setUp(bool verbose);
};
