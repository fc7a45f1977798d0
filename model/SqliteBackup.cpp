#include "SqliteBackup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

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
