// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupPhase.h"

#include "db/DatabaseConnection.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "util/LoggingCategories.h"

#include <QFile>
#include <QFileInfo>

bool BackupPhase::start(DatabaseConnection &db, const QString &label, const QList<TableState> &expected,
                        ErrorInfo *error)
{
    if (!db.isSqlite())
        return true;
    m_context.enter(RunPhase::Backup, tr("Backing up the database"));
    const QString journalMode = db.scalar(QStringLiteral("PRAGMA journal_mode"), nullptr).toString().toLower();
    QElapsedTimer clock;
    clock.start();
    m_pending = SqliteBackup::start(db.spec().path, label, journalMode, expected, m_context.cancelFlag(), error);
    if (!m_pending)
        return false;
    qCInfo(lcBackup, "copied and verified the database (journal mode %s) in %lld ms; on disk before the commit",
           qUtf8Printable(journalMode), clock.elapsed());
    return true;
}

bool BackupPhase::complete(RunResult &result, ErrorInfo *error)
{
    if (!m_pending)
        return true;
    QElapsedTimer clock;
    clock.start();
    const bool ok = m_pending->complete(&result.backupPath, error);
    m_pending.reset();
    if (!ok)
        return false;
    m_context.log(tr("Backup written and verified: %1").arg(result.backupPath));
    qCInfo(lcBackup, "wrote and verified %s (%lld bytes; waited %lld ms for it to reach the disk)",
           qUtf8Printable(result.backupPath), QFileInfo(result.backupPath).size(), clock.elapsed());
    return true;
}

void BackupPhase::discard(RunResult &result)
{
    if (m_pending) {
        // Unfinished: its child is stopped and the partial copy removed.
        m_pending.reset();
        qCInfo(lcBackup, "dropped the unfinished backup: the database was not changed");
    }
    if (!result.backupPath.isEmpty()) {
        // The database is unchanged: a second copy of every token is only a liability.
        QFile::remove(result.backupPath);
        qCInfo(lcBackup, "removed the backup %s: the database was not changed", qUtf8Printable(result.backupPath));
        result.notes << tr("The backup %1 was removed: the database was not changed.").arg(result.backupPath);
        result.backupPath.clear();
    }
}
