// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/SqliteBackup.h"

#include "db/DatabaseConnection.h"
#include "snapshot/TableSnapshot.h"
#include "run/TestPause.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <cstring>
#include <sqlite3.h>

#include <csignal>
#include <poll.h>
#include <utility>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>

QString SqliteBackup::pathFor(const QString &databasePath, const QString &label, const QDateTime &when)
{
    const QString stem = QStringLiteral("%1.before-%2-%3")
                             .arg(databasePath, label, when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'")));
    // Never reuse a name: an earlier backup is somebody's safety net.
    QString path = stem + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2.bak").arg(stem).arg(n);
    return path;
}

qint64 SqliteBackup::bytesNeeded(const QString &databasePath)
{
    // The copy holds the main file plus whatever a WAL file still keeps, at most.
    return QFileInfo(databasePath).size() + QFileInfo(databasePath + QStringLiteral("-wal")).size();
}

bool SqliteBackup::write(const QString &sourcePath, const QString &path, const std::atomic<bool> *cancelled,
                         ErrorInfo *error)
{
    {
        // Create it empty and private first, so the tokens are never readable by others.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(error, tr("Cannot create the backup file %1.").arg(path), file.errorString());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &target, SQLITE_OPEN_READWRITE, nullptr);
    QString failure;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(source, 5000);
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (!backup) {
            failure = QString::fromUtf8(sqlite3_errmsg(target));
            rc = sqlite3_errcode(target);
        } else {
            // In steps, so a cancel is honoured during a long copy; a lock that does not
            // go away within the deadline fails the backup rather than spinning.
            int waitedMs = 0;
            do {
                rc = sqlite3_backup_step(backup, 4096);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    sqlite3_sleep(20);
                    waitedMs += 20;
                }
            } while ((rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waitedMs < 10000))
                     && !(cancelled && cancelled->load()));
            const int finish = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finish;
            else if (rc == SQLITE_OK)
                failure = tr("cancelled");
            if (rc != SQLITE_OK && failure.isEmpty())
                failure = QString::fromUtf8(sqlite3_errstr(rc));
        }
    } else {
        failure = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close_v2(target);
    sqlite3_close_v2(source);
    if (rc == SQLITE_OK && failure.isEmpty())
        return true;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    if ((rc & 0xff) == SQLITE_FULL)
        return fail(error, tr("The disk is full: the backup of the database could not be written to %1.").arg(path),
                    failure);
    return fail(error, tr("The backup of the database could not be written to %1.").arg(path), failure);
}

namespace {

// Exit codes of the copying child.
enum ChildStatus { ChildOk = 0, ChildCannotRead = 1, ChildCannotCreate = 2, ChildWriteFailed = 3, ChildDiffers = 4 };
// What the child writes to its report pipe once it has read the whole database: the run may write from then on.
constexpr int kDatabaseRead = -1;

// A 128-bit fingerprint of a byte stream, computable in the forked child (no allocation, no
// locks): two independent multiply-rotate lanes over 8-byte words, the length folded in. It
// proves that the copy read back is the bytes read from the database, not that nobody forged
// them: it guards against I/O errors, not against an attacker with write access.
struct StreamHash
{
    quint64 a = 0x9E3779B97F4A7C15ULL;
    quint64 b = 0xC2B2AE3D27D4EB4FULL;
    quint64 length = 0;

    static quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }
    void add(const char *data, size_t size)
    {
        length += size;
        size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            quint64 w;
            std::memcpy(&w, data + i, 8);
            a = rotl(a ^ w, 31) * 0x87C37B91114253D5ULL;
            b = rotl(b + w, 27) * 0x4CF5AD432745937FULL;
        }
        quint64 tail = 0;
        for (int shift = 0; i < size; ++i, shift += 8)
            tail |= quint64(quint8(data[i])) << shift;
        a = rotl(a ^ tail ^ length, 31) * 0x87C37B91114253D5ULL;
        b = rotl(b + tail + length, 27) * 0x4CF5AD432745937FULL;
    }
    bool operator==(const StreamHash &o) const { return a == o.a && b == o.b && length == o.length; }
};

// Fills buf up to size unless the file ends first: both passes then cut the stream alike.
ssize_t readFull(int fd, char *buf, size_t size)
{
    size_t n = 0;
    while (n < size) {
        const ssize_t r = ::read(fd, buf + n, size - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        n += size_t(r);
    }
    return ssize_t(n);
}

// Runs in the forked child: only async-signal-safe system calls and arithmetic, into a buffer
// allocated before the fork. Reports the marker below once the database has been read in full,
// and errno at its end, through `report`.
[[noreturn]] void childCopyAndCompare(const char *source, const char *target, char *buffer, size_t size, int report)
{
    auto leave = [report](int status, int err) {
        [[maybe_unused]] const auto n = ::write(report, &err, sizeof err);
        ::_exit(status);
    };
    const int in = ::open(source, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        leave(ChildCannotRead, errno);
    // Created private from the first byte: the copy holds every token of the database.
    const int out = ::open(target, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0)
        leave(ChildCannotCreate, errno);
    StreamHash read;
    for (;;) {
        const ssize_t n = readFull(in, buffer, size);
        if (n < 0)
            leave(ChildWriteFailed, errno);
        if (n == 0)
            break;
        read.add(buffer, size_t(n));
        // A full disk or a file size limit shows as a short write first, then as the error.
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(out, buffer + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                leave(ChildWriteFailed, w < 0 ? errno : ENOSPC);
            done += w;
        }
    }
    ::close(in);
    // The database has been read: the run may start writing while the copy reaches the disk
    // and is proven there.
    const int marker = kDatabaseRead;
    if (::write(report, &marker, sizeof marker) != sizeof marker)
        leave(ChildWriteFailed, errno);
    if (::fsync(out) != 0)
        leave(ChildWriteFailed, errno);
    // Verify what the disk holds, not what the page cache still has: drop the cached pages
    // (clean after the fsync) and read the copy back.
    ::posix_fadvise(out, 0, 0, POSIX_FADV_DONTNEED);
    if (::lseek(out, 0, SEEK_SET) < 0)
        leave(ChildWriteFailed, errno);
    StreamHash written;
    for (;;) {
        const ssize_t n = readFull(out, buffer, size);
        if (n < 0)
            leave(ChildWriteFailed, errno);
        if (n == 0)
            break;
        written.add(buffer, size_t(n));
    }
    if (!(read == written))
        leave(ChildDiffers, 0);
    if (::close(out) != 0)
        leave(ChildWriteFailed, errno);
    leave(ChildOk, 0);
    ::_exit(ChildOk); // not reached: leave() ends the process
}

// Turns the child's end into the error a person reads; removes what it left.
bool childFailed(int status, bool killed, int childErrno, const QString &sourcePath, const QString &path,
                 ErrorInfo *error)
{
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code != ChildCannotCreate)
        QFile::remove(path);
    const QString reason = childErrno > 0 ? QString::fromLocal8Bit(strerror(childErrno)) : QString();
    if (killed)
        return fail(error, SqliteBackup::tr("The backup was cancelled."));
    if (childErrno == ENOSPC || childErrno == EDQUOT || childErrno == EFBIG)
        return fail(error, SqliteBackup::tr("The disk is full: the backup of the database could not be written to %1.").arg(path),
                    reason);
    switch (code) {
    case ChildCannotRead:
        return fail(error, SqliteBackup::tr("Cannot read the database file %1 to back it up.").arg(sourcePath), reason);
    case ChildCannotCreate:
        return fail(error, SqliteBackup::tr("Cannot create the backup file %1.").arg(path), reason);
    case ChildDiffers:
        return fail(error, SqliteBackup::tr("The backup %1 differs from the database when read back.").arg(path));
    default:
        return fail(error, SqliteBackup::tr("The backup of the database could not be written to %1.").arg(path), reason);
    }
}

// Waits for the child to end (killing it on cancel) and reads the errno it reported last.
bool waitForChild(pid_t child, int report, const std::atomic<bool> *cancelled, const QString &sourcePath,
                  const QString &path, ErrorInfo *error)
{
    int status = 0;
    bool killed = false;
    for (;;) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            break;
        if (!killed && cancelled && cancelled->load()) {
            ::kill(child, SIGKILL);
            killed = true;
        }
        ::usleep(5000);
    }
    int childErrno = 0;
    int value = 0;
    while (::read(report, &value, sizeof value) == sizeof value)
        childErrno = value;
    ::close(report);
    if (WIFEXITED(status) && WEXITSTATUS(status) == ChildOk && !killed)
        return true;
    return childFailed(status, killed, childErrno, sourcePath, path, error);
}

} // namespace

SqliteBackup::Pending::~Pending()
{
    if (m_child > 0) {
        ::kill(m_child, SIGKILL);
        int status = 0;
        while (::waitpid(m_child, &status, 0) < 0 && errno == EINTR) {
        }
        ::close(m_report);
    }
    if (!m_partial.isEmpty())
        QFile::remove(m_partial);
}

bool SqliteBackup::Pending::complete(QString *path, ErrorInfo *error)
{
    if (m_child > 0) {
        const pid_t child = std::exchange(m_child, -1);
        if (!waitForChild(child, m_report, m_cancelled, m_source, m_partial, error)) {
            m_partial.clear(); // removed by waitForChild
            return false;
        }
    }
    TestPause::at(QStringLiteral("backup-written"), m_cancelled);
    if (m_cancelled && m_cancelled->load())
        return fail(error, tr("The backup was cancelled."));
    if (!QFile::rename(m_partial, m_target))
        return fail(error, tr("The backup could not be given its name %1.").arg(m_target));
    m_partial.clear();
    *path = m_target;
    return true;
}

bool SqliteBackup::copyFile(const QString &sourcePath, const QString &path, const std::atomic<bool> *cancelled,
                            ErrorInfo *error, Pending *durable)
{
    // SQLite's locks are POSIX advisory locks, which belong to the process: closing ANY
    // descriptor this process has on the database file would silently drop the run's write
    // lock. So the bytes are copied and compared by a child process, whose descriptors are
    // its own.
    const QByteArray source = QFile::encodeName(sourcePath);
    const QByteArray target = QFile::encodeName(path);
    const size_t size = 4 << 20;
    QByteArray buffer(qsizetype(size), Qt::Uninitialized);
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0)
        return fail(error, tr("The backup could not be started."), QString::fromLocal8Bit(strerror(errno)));
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child < 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        ::close(report[0]);
        ::close(report[1]);
        return fail(error, tr("The backup could not be started."), reason);
    }
    if (child == 0) {
        // A copier whose run was killed (kill -9) must not go on reading the whole database.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(ChildWriteFailed);
        childCopyAndCompare(source.constData(), target.constData(), buffer.data(), size, report[1]);
    }
    ::close(report[1]);
    // Wait for the marker: the database has been read in full, the run may write.
    bool killed = false;
    for (;;) {
        pollfd fd{report[0], POLLIN, 0};
        const int ready = ::poll(&fd, 1, 5);
        if (!killed && cancelled && cancelled->load()) {
            ::kill(child, SIGKILL);
            killed = true;
        }
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            continue;
        int value = 0;
        if (ready > 0 && (fd.revents & POLLIN) && ::read(report[0], &value, sizeof value) == sizeof value
            && value == kDatabaseRead && !killed)
            break;
        // The child ended before the marker: it failed, or was killed. `value` is its errno.
        int status = 0;
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        ::close(report[0]);
        return childFailed(status, killed, value > 0 ? value : 0, sourcePath, path, error);
    }
    if (durable) {
        durable->m_child = child;
        durable->m_report = report[0];
        durable->m_source = sourcePath;
        durable->m_cancelled = cancelled;
        return true;
    }
    return waitForChild(child, report[0], cancelled, sourcePath, path, error);
}

std::unique_ptr<SqliteBackup::Pending> SqliteBackup::start(const QString &sourcePath, const QString &label,
                                                          const QString &journalMode,
                                                          const QList<TableState> &expected,
                                                          const std::atomic<bool> *cancelled, ErrorInfo *error)
{
    auto pending = std::unique_ptr<Pending>(new Pending);
    pending->m_target = pathFor(sourcePath, label, QDateTime::currentDateTimeUtc());
    pending->m_cancelled = cancelled;
    // Written under a ".partial" name and renamed once verified and on disk: a backup that a
    // crash cut short never looks like a real one.
    const QString partial = pending->m_target + QStringLiteral(".partial");
    // What a killed run left: a copy never finished or never named. This run holds the lock,
    // so no other run of ours is writing one; each holds every token of the database.
    const QFileInfo source(sourcePath);
    for (const QString &stale : source.dir().entryList({QStringLiteral("*.bak.partial*")}, QDir::Files | QDir::Hidden))
        if (stale.startsWith(source.fileName() + QStringLiteral(".before-")))
            QFile::remove(source.dir().filePath(stale));
    TestPause::at(QStringLiteral("backup"), cancelled);
    if (journalMode != QLatin1String("wal") && journalMode != QLatin1String("memory")) {
        // The run holds the RESERVED lock and has written nothing: the file is the whole
        // database, frozen. Copy its bytes; the fsync and the proof (the copy read back from
        // the disk has the fingerprint of the bytes read) go on in the child beside the run,
        // and complete() waits for them before the COMMIT.
        if (!copyFile(sourcePath, partial, cancelled, error, pending.get()))
            return nullptr;
        pending->m_partial = partial;
        return pending;
    }
    if (!write(sourcePath, partial, cancelled, error))
        return nullptr;
    pending->m_partial = partial;
    // WAL: the copy comes through SQLite, so it is verified by content.
    ErrorInfo err;
    QStringList differences;
    QStringList tables;
    for (const TableState &t : expected)
        tables << t.table;
    {
        DatabaseConnection copy(ConnectionSpec::sqlite(partial));
        if (!copy.open(DatabaseConnection::Mode::ReadOnly, &err))
            differences << err.message;
        else if (const auto copied = TableSnapshot::take(copy, tables, &err))
            differences = TableSnapshot::differences(expected, *copied);
        else
            differences << err.message;
    }
    // The read-only check leaves SQLite's WAL index and an empty WAL beside the copy.
    QFile::remove(partial + QStringLiteral("-shm"));
    if (QFileInfo(partial + QStringLiteral("-wal")).size() == 0)
        QFile::remove(partial + QStringLiteral("-wal"));
    if (!differences.isEmpty()) {
        fail(error, tr("The backup %1 differs from the database, so the run was stopped.").arg(pending->m_target),
             differences.join(QLatin1Char('\n')));
        return nullptr; // ~Pending removes the partial file
    }
    return pending;
}
