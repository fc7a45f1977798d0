#pragma once

#include <QCoreApplication>
#include "ErrorInfo.h"

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
};
