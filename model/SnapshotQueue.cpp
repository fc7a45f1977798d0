#include "SnapshotQueue.h"

#include "TableSnapshot.h"

#include <QMutexLocker>

SnapshotQueue::SnapshotQueue(QStringList tables)
    : m_order(tables)
    , m_pending(std::move(tables))
{
}

bool SnapshotQueue::work(DatabaseConnection &db, ErrorInfo *error)
{
    while (!m_stopped) {
        QString table;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.isEmpty())
                return true;
            table = m_pending.takeFirst();
        }
        const auto state = TableSnapshot::take(db, {table}, error);
        if (!state) {
            m_stopped = true;
            return false;
        }
        QMutexLocker lock(&m_mutex);
        m_done.insert(table, state->first());
    }
    return true;
}

QList<TableState> SnapshotQueue::states() const
{
    QMutexLocker lock(&m_mutex);
    QList<TableState> out;
    for (const QString &t : m_order)
        out << m_done.value(t);
    return out;
}
