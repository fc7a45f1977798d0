// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QFutureWatcher>
#include <QObject>

// "Create demo database…" for the wizard: DemoDatabaseWriter on a worker (a large demo takes
// seconds), reporting on the owner's thread.
class DemoDatabaseCreator : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultUsers = 10000;

    explicit DemoDatabaseCreator(QObject *parent = nullptr);

    // false when a database is being written already.
    bool create(const QString &path, int users = defaultUsers);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // ok: path holds a new v1 demo database; otherwise message says why not.
    void finished(bool ok, const QString &path, const QString &message);

private:
    void onFinished();

    QFutureWatcher<ErrorInfo> m_watcher;
    QString m_path;
    bool m_busy = false;
};
