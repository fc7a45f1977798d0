#pragma once

#include <QCoreApplication>
#include "ErrorInfo.h"
#include "TableState.h"

#include <QList>

#include <QDateTime>
#include <QString>
#include <atomic>

// A copy of a SQLite database made before anything changes, with SQLite's online backup
// API (which, unlike a file copy, includes what is still in a WAL file). The copy is
// created readable by the owner only: it holds every token of the database.
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    // "customer.db" → "customer.db.before-user-integrations-20261124T120102.345Z.bak";
    // label says what the backup precedes: the plan id, or "rollback-" and the plan id.
    static QString pathFor(const QString &databasePath, const QString &label, const QDateTime &when);
    static qint64 bytesNeeded(const QString &databasePath);
    // Copies the database file at sourcePath to a new file at path, through a read-only
    // connection of its own: the backup API cannot read through a connection that holds a
    // write transaction, and the run's own connection holds one (BEGIN IMMEDIATE) but has
    // not written yet, so this reader sees exactly what the run sees. Removes the partial
    // file on failure.
    static bool write(const QString &sourcePath, const QString &path, const std::atomic<bool> *cancelled,
                      ErrorInfo *error);
    // The fast path for a database in a rollback-journal mode whose writers are locked out
    // (the run holds SQLite's RESERVED lock and has written nothing): the file itself is the
    // whole database and cannot change, so a byte copy is exact, and comparing the bytes
    // verifies it. Done in a child process: see the .cpp for why. Not for WAL mode, where
    // committed pages may still sit in the -wal file.
    static bool copyFile(const QString &sourcePath, const QString &path, const std::atomic<bool> *cancelled,
                         ErrorInfo *error);
    // Writes a backup of the database at sourcePath and verifies it: byte for byte in a
    // rollback-journal mode, by the tables' row counts and checksums (`expected`) in WAL
    // mode. Touches no connection of the caller's, so it may run on any thread. On
    // success *path is the backup's path; on failure no partial file is left.
    static bool writeVerified(const QString &sourcePath, const QString &label, const QString &journalMode,
                              const QList<TableState> &expected, const std::atomic<bool> *cancelled, QString *path,
                              ErrorInfo *error);
};
