// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The process-wide settings of the SQLite library, made once before its first connection.
//
// SQLite keeps memory statistics by default, under one mutex for the whole process that every
// allocation takes. One connection never notices; two connections working on two threads (a
// fleet with --parallel 2, or a run and its helper reads) wait for each other on it thousands
// of times a second, since SQLite allocates for nearly every row a statement formats. The
// assistant reads none of those statistics, so they are switched off.
class SqliteLibrary
{
public:
    // Idempotent and thread-safe; a no-op once SQLite has started, which only a connection
    // opened outside DatabaseConnection could have done.
    static void configure();
};
