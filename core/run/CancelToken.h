// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <atomic>

class DatabaseConnection;

// Shared between whoever may cancel a run (the Cancel button, SIGINT, SIGTERM) and the worker
// running it. cancel() is safe from any thread: it raises the flag the worker checks between
// chunks and interrupts the statement running now.
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    const std::atomic<bool> *flag() const { return &m_cancelled; }

    // The worker attaches the connection it runs on, and detaches it before closing it.
    void attach(DatabaseConnection *db);
    void detach();
    // Helper connections reading beside the run's own (ParallelReads) are interrupted too.
    void attachHelper(DatabaseConnection *db);
    void detachHelper(DatabaseConnection *db);
    // A fleet's token cancels the token of every target running now (FleetRun): each target
    // has a token of its own, since a token interrupts one run's connection.
    void attachChild(CancelToken *child);
    void detachChild(CancelToken *child);

private:
    std::atomic<bool> m_cancelled{false};
    QMutex m_mutex;
    DatabaseConnection *m_db = nullptr;
    QList<DatabaseConnection *> m_helpers;
    QList<CancelToken *> m_children;
};
