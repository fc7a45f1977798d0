// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatabaseCreator.h"

#include "demo/DemoDatabaseWriter.h"
#include "WorkerPool.h"

#include <QtConcurrent>

DemoDatabaseCreator::DemoDatabaseCreator(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ErrorInfo>::finished, this, &DemoDatabaseCreator::onFinished);
}

bool DemoDatabaseCreator::create(const QString &path, int users)
{
    if (m_busy)
        return false;
    m_path = path;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), [path, users] {
        ErrorInfo error;
        DemoDatabaseWriter::write(path, users, &error);
        return error;
    }));
    Q_EMIT busyChanged(true);
    return true;
}

void DemoDatabaseCreator::onFinished()
{
    const ErrorInfo error = m_watcher.result();
    m_busy = false;
    Q_EMIT busyChanged(false);
    Q_EMIT finished(!error.isError(), m_path, error.message);
}
