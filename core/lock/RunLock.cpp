// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/RunLock.h"

#include "util/LoggingCategories.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

RunLock::RunLock(QString path)
    : m_path(std::move(path))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    m_lock->setStaleLockTime(0);
}

RunLock::~RunLock()
{
    release();
}

QString RunLock::defaultPath(const ConnectionSpec &spec)
{
    if (spec.isSqlite())
        return spec.path + QStringLiteral(".migration-lock");
    // A server has no file of ours to sit beside: the user's runtime directory, as
    // QStandardPaths::RuntimeLocation would give it, without its warning when unset.
    QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (folder.isEmpty() || !QFileInfo(folder).isWritable())
        folder = QDir::tempPath();
    return folder + QStringLiteral("/migration-assistant-%1.lock").arg(spec.identity());
}

RunLock::Result RunLock::acquire(int waitSeconds, const std::atomic<bool> *cancelled, ErrorInfo *error)
{
    const QDeadlineTimer deadline(qMax(0, waitSeconds) * 1000);
    for (;;) {
        if (m_lock->tryLock(0)) {
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
            qCInfo(lcLock, "took the run lock %s", qUtf8Printable(m_path));
            return Result::Acquired;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            const QString folder = QFileInfo(m_path).absolutePath();
            fail(error,
                 QCoreApplication::translate("RunLock", "Cannot create the lock file %1: is the folder %2 writable?")
                     .arg(m_path, folder));
            return Result::Error;
        }
        if (deadline.hasExpired() || (cancelled && cancelled->load())) {
            qCInfo(lcLock, "the run lock %s is held by %s", qUtf8Printable(m_path), qUtf8Printable(holder().describe()));
            return Result::Held;
        }
        QThread::msleep(qMin<qint64>(200, qMax<qint64>(1, deadline.remainingTime())));
    }
}

void RunLock::release()
{
    if (m_lock && m_lock->isLocked()) {
        m_lock->unlock();
        qCInfo(lcLock, "released the run lock %s", qUtf8Printable(m_path));
    }
}

LockHolder RunLock::holder() const
{
    LockHolder h;
    h.lockFile = m_path;
    qint64 pid = 0;
    QString host, app;
    // The winner of a race creates the lock file first and writes who it is a moment later:
    // a loser reading in between finds it empty. Read again rather than name nobody.
    bool known = m_lock->getLockInfo(&pid, &host, &app);
    for (int attempt = 0; !known && attempt < 20 && QFileInfo::exists(m_path); ++attempt) {
        QThread::msleep(10);
        known = m_lock->getLockInfo(&pid, &host, &app);
    }
    if (known) {
        h.pid = pid;
        h.host = host;
        h.application = app;
    }
    h.since = QFileInfo(m_path).lastModified();
    return h;
}
