// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"
#include "util/ErrorInfo.h"
#include "lock/LockHolder.h"

#include <QLockFile>
#include <QString>
#include <atomic>
#include <memory>

// The lock that keeps two runs apart, across processes: a QLockFile. It records PID, host
// and application; a holder that crashed or was killed leaves a lock that the next run
// reclaims at once (its PID is dead). A live holder's lock never goes stale, however long
// the migration takes (Qt's default would call it stale after 30 seconds).
class RunLock
{
public:
    explicit RunLock(QString path);
    ~RunLock();

    static QString defaultPath(const ConnectionSpec &spec);

    enum class Result { Acquired, Held, Error };
    // Waits up to waitSeconds (0: try once), giving up early when *cancelled turns true.
    Result acquire(int waitSeconds, const std::atomic<bool> *cancelled, ErrorInfo *error);
    void release();
    LockHolder holder() const;
    QString path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
