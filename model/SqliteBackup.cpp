#include "SqliteBackup.h"

#include "DatabaseConnection.h"
#include "TableSnapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return SqliteBackup::tr(text, disambiguation, n);
}
}

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

bool SqliteBackup::copyFile(const QString &sourcePath, const QString &path, const std::atomic<bool> *cancelled,
                            ErrorInfo *error)
{
    const int in = ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return fail(error, tr("Cannot read the database file %1 to back it up.").arg(sourcePath),
                    QString::fromLocal8Bit(strerror(errno)));
    // Created private from the first byte: the copy holds every token of the database.
    const int out = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        ::close(in);
        return fail(error, tr("Cannot create the backup file %1.").arg(path), reason);
    }
    bool ok = true;
    int failure = 0;
    for (;;) {
        if (cancelled && cancelled->load()) {
            ok = false;
            break;
        }
        // copy_file_range lets the kernel copy (or share extents) without a trip through us.
        const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, 64 << 20, 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP) {
                QByteArray buffer(1 << 20, Qt::Uninitialized);
                ssize_t r;
                while ((r = ::read(in, buffer.data(), buffer.size())) > 0)
                    if (::write(out, buffer.constData(), size_t(r)) != r) {
                        r = -1;
                        break;
                    }
                if (r < 0) {
                    ok = false;
                    failure = errno;
                }
                break;
            }
            ok = false;
            failure = errno;
            break;
        }
    }
    if (ok && ::fsync(out) != 0) {
        ok = false;
        failure = errno;
    }
    ::close(in);
    if (::close(out) != 0 && ok) {
        ok = false;
        failure = errno;
    }
    if (ok)
        return true;
    QFile::remove(path);
    if (failure == ENOSPC || failure == EDQUOT || failure == EFBIG)
        return fail(error, tr("The disk is full: the backup of the database could not be written to %1.").arg(path),
                    QString::fromLocal8Bit(strerror(failure)));
    return fail(error,
                failure == 0 ? tr("The backup was cancelled.")
                             : tr("The backup of the database could not be written to %1.").arg(path),
                failure == 0 ? QString() : QString::fromLocal8Bit(strerror(failure)));
}

bool SqliteBackup::sameBytes(const QString &a, const QString &b, ErrorInfo *error)
{
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return fail(error, tr("The backup %1 cannot be read back to verify it.").arg(b));
    if (fa.size() != fb.size())
        return fail(error, tr("The backup %1 is not a complete copy (%2 of %3 bytes).")
                               .arg(b).arg(fb.size()).arg(fa.size()));
    QByteArray bufferA(4 << 20, Qt::Uninitialized);
    QByteArray bufferB(4 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 na = fa.read(bufferA.data(), bufferA.size());
        const qint64 nb = fb.read(bufferB.data(), bufferB.size());
        if (na != nb || na < 0 || std::memcmp(bufferA.constData(), bufferB.constData(), size_t(na)) != 0)
            return fail(error, tr("The backup %1 differs from the database.").arg(b));
        if (na == 0)
            return true;
    }
}

bool SqliteBackup::writeVerified(const QString &sourcePath, const QString &label, const QString &journalMode,
                                 const QList<TableState> &expected, const std::atomic<bool> *cancelled, QString *path,
                                 ErrorInfo *error)
{
    const QString target = pathFor(sourcePath, label, QDateTime::currentDateTimeUtc());
    // Written under a ".partial" name and renamed once verified: a backup that a crash cut
    // short never looks like a real one.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (journalMode != QLatin1String("wal") && journalMode != QLatin1String("memory")) {
        // The run holds the RESERVED lock and has written nothing: the file is the whole
        // database, frozen. Copy its bytes and prove the copy by comparing them.
        if (!copyFile(sourcePath, partial, cancelled, error))
            return false;
        if (!sameBytes(sourcePath, partial, error)) {
            QFile::remove(partial);
            return false;
        }
    } else {
        if (!write(sourcePath, partial, cancelled, error))
            return false;
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
        if (!differences.isEmpty()) {
            QFile::remove(partial);
            return fail(error, tr("The backup %1 differs from the database, so the run was stopped.").arg(target),
                        differences.join(QLatin1Char('\n')));
        }
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(error, tr("The backup could not be given its name %1.").arg(target));
    }
    *path = target;
    return true;
}
