// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerPool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

QThreadPool *WorkerPool::instance()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        // A run, a connection test and a demo database can go on at once; more is a bug.
        pool->setMaxThreadCount(4);
        pool->setObjectName(QStringLiteral("WorkerPool"));
    }
    return pool;
}
