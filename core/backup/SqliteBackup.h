// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "util/ErrorInfo.h"
#include "snapshot/TableState.h"

#include <QList>

#include <QDateTime>
#include <QString>
#include <atomic>
#include <memory>
#include <sys/types.h>

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
    // A backup whose bytes are written and verified, still becoming durable: in a
    // rollback-journal mode its child process goes on with the fsync while the run writes.
    // complete() waits for it and gives it its name; a Pending dropped unfinished (the run
    // failed or was cancelled) kills the child and removes the partial file.
    class Pending
    {
    public:
        ~Pending();
        Pending(const Pending &) = delete;
        Pending &operator=(const Pending &) = delete;
        bool complete(QString *path, ErrorInfo *error);
        // The name complete() gives it.
        QString target() const { return m_target; }

    private:
        friend class SqliteBackup;
        Pending() = default;
        pid_t m_child = -1;
        int m_report = -1;
        QString m_source;
        QString m_partial;
        QString m_target;
        const std::atomic<bool> *m_cancelled = nullptr;
    };

    // The fast path for a database in a rollback-journal mode whose writers are locked out
    // (the run holds SQLite's RESERVED lock and has written nothing): the file itself is the
    // whole database and cannot change, so a byte copy is exact; a fingerprint of the bytes
    // read, compared with one of the copy read back from the disk after its fsync, verifies
    // it. Done in a child process: see the .cpp for why. Not for WAL mode, where committed
    // pages may still sit in the -wal file. Returns once the database has been read; with
    // `durable`, the fsync and the verification are left to it, else waited for.
    static bool copyFile(const QString &sourcePath, const QString &path, const std::atomic<bool> *cancelled,
                         ErrorInfo *error, Pending *durable = nullptr);
    // Starts a backup of the database at sourcePath, verified by a fingerprint of every byte in a
    // rollback-journal mode, by the tables' row counts and checksums (`expected`) in WAL
    // mode; returns once the source is no longer read, so the run may write. Touches no
    // connection of the caller's. Nothing (and *error) on failure, leaving no partial file.
    static std::unique_ptr<Pending> start(const QString &sourcePath, const QString &label, const QString &journalMode,
                                          const QList<TableState> &expected, const std::atomic<bool> *cancelled,
                                          ErrorInfo *error);
};
