#pragma once

#include "ErrorInfo.h"
#include "TableState.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <atomic>
#include <optional>

class DatabaseConnection;

// The tables whose state is taken before a run, shared out between connections: a second
// connection starts on them while the run's own one does the checks, then the run's own
// one takes whatever is left. Each table goes to exactly one connection; the biggest cost
// (one checksum scan a table) is spread over two cores (two server backends).
class SnapshotQueue
{
public:
    explicit SnapshotQueue(QStringList tables);

    // Takes tables off the queue and their states until none is left, stop() was called, or
    // an error (then false, *error set). Safe to call from several threads at once, each with
    // the connection it owns.
    bool work(DatabaseConnection &db, ErrorInfo *error);
    void stop() { m_stopped = true; }

    // Every table's state in the order given, once the queue is done.
    QList<TableState> states() const;

private:
    const QStringList m_order;
    QStringList m_pending;
    QHash<QString, TableState> m_done;
    mutable QMutex m_mutex;
    std::atomic<bool> m_stopped{false};
};
