// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"
#include "util/ErrorInfo.h"
#include "snapshot/TableState.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>
#include <QVariantList>
#include <QWaitCondition>
#include <atomic>
#include <memory>
#include <optional>

class CancelToken;
class DatabaseConnection;
class QThread;

// Read-only work — the checks' queries and the tables' states before a run — shared out
// between the run's own connection and helper connections on other threads (other cores,
// other server backends), so that a scan of a million rows does not wait for the one before.
//
// Only correct while every connection sees the same database, which the caller guarantees:
// SQLite — the run holds the write lock, or a reader's SHARED lock that stops every commit
// (not in WAL mode, where commits go on beside readers); PostgreSQL — the run's locks stop
// every writer of the tables read, or the helpers import the run's exported snapshot.
class ParallelReads
{
public:
    struct Row
    {
        QStringList columns;
        QVariantList values;
    };
    enum class Scope { QueriesOnly, Everything };

    ParallelReads() = default;
    ~ParallelReads();
    ParallelReads(const ParallelReads &) = delete;
    ParallelReads &operator=(const ParallelReads &) = delete;

    // Queued in this order; queries are always taken before tables.
    void addQuery(const QString &sql);
    void addTable(const QString &table);

    // Starts `count` threads, each with its own read-only connection which first runs
    // `setup` (e.g. SET TRANSACTION SNAPSHOT) and then works through the queue. A helper
    // that cannot connect leaves its share to the others: the caller's work() takes
    // whatever nobody took.
    // `cancel`: the run's token, which then interrupts the helpers' statements too.
    void startHelpers(const ConnectionSpec &spec, int count, CancelToken *cancel, const QStringList &setup = {});
    // Helpers that see exactly what db's open read transaction sees. SQLite: its SHARED lock
    // stops every commit while it lasts — but not in WAL mode, so there db reads alone.
    // PostgreSQL: the helpers import its snapshot. False: the export failed and aborted db's
    // transaction (the caller begins it again; db then reads alone).
    bool startHelpersSharing(DatabaseConnection &db, CancelToken *cancel);
    // Helpers that make sense on this machine: one less than its cores, at least one, at most three.
    static int helpersForThisMachine();

    // Takes jobs off the queue with a connection this thread owns until none of `scope` is
    // left or stop() was called. A job that fails is only left without a result: whoever
    // needs it runs it again and reports the error (a table read before the checks may not
    // even exist — the checks say so in words).
    void work(DatabaseConnection &db, Scope scope = Scope::Everything);
    // Interrupts the helpers' statements and lets them finish; idempotent.
    void stop();
    void waitForHelpers();
    // After waitForHelpers: takes again, on db, every table whose state no connection took;
    // false and *error when that fails.
    bool retakeMissingTables(DatabaseConnection &db, ErrorInfo *error);

    // The first row of a queued query, waiting while another connection is still running
    // it; nothing when it was not queued, failed, or was never taken.
    std::optional<Row> row(const QString &sql) const;
    // The tables' states in the order they were added (after work and waitForHelpers).
    QList<TableState> states() const;

private:
    struct Job
    {
        QString sql;   // a query, or
        QString table; // a table's state
        enum { Pending, Running, Done, Failed } status = Pending;
        Row row;
        TableState state;
    };
    static bool runJob(DatabaseConnection &db, Job &job, ErrorInfo *error);

    QList<std::shared_ptr<Job>> m_jobs;
    QList<QThread *> m_helpers;
    QList<DatabaseConnection *> m_helperConnections;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_jobDone;
    std::atomic<bool> m_stopped{false};
};
