// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupRestore.h"

#include "backup/SqliteBackup.h"
#include "db/DatabaseConnection.h"
#include "finalize/FinalizedPlan.h"
#include "history/AppliedPlanCheck.h"
#include "history/HistoryStore.h"
#include "history/RunHistory.h"
#include "plan/Plan.h"
#include "run/RunContext.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"
#include "snapshot/CatalogueSnapshot.h"
#include "snapshot/TableSnapshot.h"
#include "util/LoggingCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace {

void refuse(RunResult &result, RunOutcome outcome, const QString &message, const QStringList &details = {})
{
    result.outcome = outcome;
    result.differences = details;
    result.error = ErrorInfo::make(message, details.join(QLatin1Char('\n')));
}

// Is a -wal with content or a hot -journal beside the file? Then a connection that is not
// ours has the database open (ours are closed), or a crash left work SQLite would still
// apply to the file: replacing it would mix two databases.
// Does another process hold a POSIX lock that a write lock on these bytes would conflict with?
// (F_GETLK never reports this process's own locks: all of ours are closed by then.)
bool lockedElsewhere(const QString &file, off_t start, off_t length)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

QString openElsewhere(const QString &path)
{
    // SQLite's unix locks: in WAL mode every open connection holds a read lock on the -shm's
    // "dead man switch" byte (128) for as long as it is open, idle or not; in a rollback-journal
    // mode a connection holds the database's lock bytes (from 0x40000000) while it reads or
    // writes. An idle connection in a rollback-journal mode holds nothing anyone can see.
    if (lockedElsewhere(path + QStringLiteral("-shm"), 128, 1))
        return path + QStringLiteral("-shm");
    if (lockedElsewhere(path, 0x40000000, 512))
        return path;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return wal.filePath();
    // A hot journal starts with its magic number; journal_mode=PERSIST leaves a zeroed one.
    QFile journal(path + QStringLiteral("-journal"));
    if (journal.size() > 0 && (!journal.open(QIODevice::ReadOnly) || journal.read(8) != QByteArray(8, '\0')))
        return journal.fileName();
    return {};
}

bool syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QStringList BackupRestore::tableNames(const QList<TableState> &states)
{
    QStringList names;
    for (const TableState &s : states)
        names << s.table;
    return names;
}

ErrorInfo BackupRestore::noRollbackSteps(const Plan &plan, bool sqlite)
{
    return ErrorInfo::make(sqlite ? tr("The plan %1 has no rollback steps: only the backup taken before it can undo it, and only "
                                       "when it is the one plan rolled back (roll back to %2 first). Nothing was changed.")
                                        .arg(plan.id, plan.toVersion)
                                  : tr("The plan %1 has no rollback steps, and a PostgreSQL server keeps no backup of the run: "
                                       "it cannot be rolled back. Nothing was changed.")
                                        .arg(plan.id));
}

bool BackupRestore::allowedAlongPath(const QList<const Plan *> &plans, const RunOptions &options, RunResult &result)
{
    const bool sqlite = options.connection.isSqlite();
    if (sqlite && plans.size() == 1)
        return true;
    for (const Plan *plan : plans) {
        if (!plan->rollbackSteps.isEmpty())
            continue;
        refuse(result, RunOutcome::Blocked, noRollbackSteps(*plan, sqlite).message);
        return false;
    }
    return true;
}

void BackupRestore::rollback(RunResult &result)
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    HistoryEntry apply;
    if (!readApply(result, &apply) || !verifyBackup(apply, result))
        return;
    m_context.enter(RunPhase::Backup, tr("Restoring the backup taken before the migration"));
    m_context.pause(RunPhase::Backup);
    // Every connection of this run is closed: what is left beside the file is another's.
    const QString path = QFileInfo(m_context.options().connection.path).absoluteFilePath();
    if (const QString other = openElsewhere(path); !other.isEmpty()) {
        refuse(result, RunOutcome::Locked,
               tr("Another program has the database open (%1 is in use), so its file cannot be replaced: nothing "
                  "was changed. Stop it and run again.").arg(other));
        return;
    }
    QString kept;
    ErrorInfo error;
    if (!replaceFile(apply.backupPath, &kept, &error)) {
        refuse(result, RunOutcome::NeedsPerson, error.message, {error.details});
        return;
    }
    result.backupPath = kept;
    m_context.log(tr("Backup restored; the migrated database is kept as %1").arg(kept));
    proveAndRecord(apply, startedAt, result);
}

bool BackupRestore::readApply(RunResult &result, HistoryEntry *apply)
{
    const ConnectionSpec &spec = m_context.options().connection;
    DatabaseConnection db(spec);
    ErrorInfo error;
    if (!db.open(DatabaseConnection::Mode::ReadWrite, &error, qMax(2000, m_context.options().waitLockSeconds * 1000))) {
        refuse(result, RunOutcome::CannotConnect, error.message, {error.details});
        return false;
    }
    // BEGIN IMMEDIATE: nobody writes between what is read here and the comparison.
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        refuse(result, RunOutcome::Locked, error.message, {error.details});
        return false;
    }
    const auto entries = HistoryStore(db).entries(QString(), &error);
    if (!entries) {
        refuse(result, RunOutcome::NeedsPerson, error.message, {error.details});
        return false;
    }
    const auto last = HistoryStore(db).last(m_plan.id, &error);
    if (!last || last->action != QLatin1String("apply")) {
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 is not applied to this database: nothing to roll back.").arg(m_plan.id);
        return false;
    }
    if (const auto finalized = FinalizedPlan::in(*entries, m_plan.id)) {
        FinalizedPlan::refuseRollback(*finalized, result);
        return false;
    }
    // The backup is the whole database before this apply: what was recorded after it would go
    // too, unless it was rolled back since (a rollback verifies it restored exactly).
    QHash<QString, HistoryEntry> after;
    for (const HistoryEntry &e : *entries)
        if (e.id > last->id && e.planId != m_plan.id)
            after.insert(e.planId, e);
    for (const HistoryEntry &e : std::as_const(after)) {
        if (e.action != QLatin1String("rollback")) {
            refuse(result, RunOutcome::Blocked,
                   tr("The plan %1 was run on this database after %2 (%3 on %4): restoring the backup taken before "
                      "%2 would undo it too, so nothing was changed.")
                       .arg(e.planId, m_plan.id, e.action, e.finishedAt.toLocalTime().toString(Qt::ISODate)));
            return false;
        }
    }
    AppliedPlanCheck::addTo(result, *last, m_plan);
    if (last->backupPath.isEmpty() || !QFileInfo::exists(last->backupPath)) {
        refuse(result, RunOutcome::Blocked,
               last->backupPath.isEmpty()
                   ? tr("The apply of %1 recorded no backup, and the plan has no rollback steps: it cannot be rolled "
                        "back. Nothing was changed.").arg(m_plan.id)
                   : tr("The backup %1 taken before %2 is gone, and the plan has no rollback steps: it cannot be "
                        "rolled back. Nothing was changed.").arg(last->backupPath, m_plan.id));
        return false;
    }
    m_context.enter(RunPhase::Checks, tr("Comparing with the state after the migration"));
    m_context.pause(RunPhase::Checks);
    const auto current = TableSnapshot::take(db, tableNames(last->tablesAfter), &error);
    if (!current) {
        refuse(result, RunOutcome::NeedsPerson, error.message, {error.details});
        return false;
    }
    result.tablesBefore = *current;
    QStringList changed = TableSnapshot::differences(last->tablesAfter, *current);
    // The backup replaces the whole file, not only the plan's tables: every other table must be
    // as in the backup too, and no table may have been added since.
    const auto others = othersChanged(db, *last, &error);
    if (!others) {
        refuse(result, RunOutcome::NeedsPerson, error.message, {error.details});
        return false;
    }
    changed << *others;
    CheckResult check;
    check.id = QStringLiteral("changed-since-apply");
    check.planId = m_plan.id;
    check.title = tr("Changes since the migration");
    check.severity = PlanCheck::Severity::Blocker;
    check.value = changed.size();
    check.passed = changed.isEmpty();
    check.message = changed.isEmpty() ? tr("No table changed since the migration")
                                      : tr("%n table(s) changed since the migration: %1", nullptr, int(changed.size()))
                                            .arg(changed.join(QStringLiteral("; ")));
    check.explanation = tr("Rolling back puts back the backup taken before the migration. Rows written since then "
                           "would be lost, so the rollback is refused.");
    result.checks << check;
    db.exec(QStringLiteral("ROLLBACK"), nullptr);
    if (!changed.isEmpty()) {
        refuse(result, RunOutcome::Blocked,
               tr("The database changed after the migration (%1); restoring the backup would lose those changes, so "
                  "nothing was changed.")
                   .arg(changed.join(QStringLiteral("; "))),
               changed);
        return false;
    }
    *apply = *last;
    return true;
}

std::optional<QStringList> BackupRestore::othersChanged(DatabaseConnection &live, const HistoryEntry &apply,
                                                        ErrorInfo *error)
{
    DatabaseConnection backup(ConnectionSpec::sqlite(apply.backupPath));
    if (!backup.open(DatabaseConnection::Mode::ReadOnly, error))
        return std::nullopt;
    const auto liveTables = CatalogueSnapshot::take(live, error);
    const auto backupTables = liveTables ? CatalogueSnapshot::take(backup, error) : std::nullopt;
    if (!backupTables)
        return std::nullopt;
    const QStringList planTables = tableNames(apply.tablesBefore) + tableNames(apply.tablesAfter);
    QStringList both, out;
    for (const CatalogueTable &t : liveTables->tables) {
        if (planTables.contains(t.name))
            continue;
        if (backupTables->table(t.name))
            both << t.name;
        else
            out << tr("%1: a table added since the migration").arg(t.name);
    }
    for (const CatalogueTable &t : backupTables->tables)
        if (!planTables.contains(t.name) && !liveTables->table(t.name))
            out << tr("%1: a table dropped since the migration").arg(t.name);
    if (both.isEmpty())
        return out;
    const auto inBackup = TableSnapshot::take(backup, both, error);
    const auto now = inBackup ? TableSnapshot::take(live, both, error) : std::nullopt;
    if (!now)
        return std::nullopt;
    return out + TableSnapshot::differences(*inBackup, *now);
}

bool BackupRestore::verifyBackup(const HistoryEntry &apply, RunResult &result)
{
    m_context.enter(RunPhase::Verify, tr("Verifying the backup"));
    DatabaseConnection backup(ConnectionSpec::sqlite(apply.backupPath));
    ErrorInfo error;
    if (!backup.open(DatabaseConnection::Mode::ReadOnly, &error)) {
        refuse(result, RunOutcome::NeedsPerson,
               tr("The backup %1 cannot be opened, so nothing was changed: %2").arg(apply.backupPath, error.message));
        return false;
    }
    const QString integrity = backup.scalar(QStringLiteral("PRAGMA integrity_check"), &error).toString();
    if (error.isError() || integrity != QLatin1String("ok")) {
        refuse(result, RunOutcome::NeedsPerson,
               tr("The backup %1 is damaged (integrity check: %2), so nothing was changed.")
                   .arg(apply.backupPath, error.isError() ? error.message : integrity));
        return false;
    }
    const auto states = TableSnapshot::take(backup, tableNames(apply.tablesBefore), &error);
    const QStringList differences = states ? TableSnapshot::differences(apply.tablesBefore, *states)
                                           : QStringList{error.message};
    if (!differences.isEmpty()) {
        refuse(result, RunOutcome::NeedsPerson,
               tr("The backup %1 does not hold the tables as they were before the migration, so nothing was "
                  "changed.").arg(apply.backupPath),
               differences);
        return false;
    }
    qCInfo(lcBackup, "backup %s verified: integrity ok, %lld table(s) as before the apply",
           qUtf8Printable(apply.backupPath), qint64(states->size()));
    return true;
}

bool BackupRestore::replaceFile(const QString &backup, QString *kept, ErrorInfo *error)
{
    const QString path = QFileInfo(m_context.options().connection.path).absoluteFilePath();
    QFile source(backup);
    if (!source.open(QIODevice::ReadOnly))
        return fail(error, tr("The backup %1 cannot be read, so nothing was changed.").arg(backup), source.errorString());
    // QSaveFile writes a temporary file beside the database and, on commit, fsyncs it and
    // renames it over the database: the file is the old one or the new one, never half.
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write beside the database, so nothing was changed."), target.errorString());
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(4 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return fail(error, tr("Copying the backup failed, so nothing was changed."), target.errorString());
        }
        if (m_context.cancelled()) {
            target.cancelWriting();
            return fail(error, tr("Cancelled: nothing was changed."));
        }
    }
    // The migrated file stays, under a name of its own: a second link to the same inode, made
    // before the rename, so no moment exists without a database at `path`.
    *kept = SqliteBackup::pathFor(path, QStringLiteral("rollback-") + m_plan.id, QDateTime::currentDateTimeUtc());
    if (::link(QFile::encodeName(path).constData(), QFile::encodeName(*kept).constData()) != 0) {
        target.cancelWriting();
        return fail(error, tr("Cannot keep the migrated database as %1, so nothing was changed.").arg(*kept),
                    QString::fromLocal8Bit(strerror(errno)));
    }
    // Empty -wal and -shm files belong to the migrated file: SQLite must not read them with the restored one.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!target.commit()) {
        QFile::remove(*kept);
        return fail(error, tr("Putting the backup in place failed, so nothing was changed."), target.errorString());
    }
    syncFolder(QFileInfo(path).absolutePath());
    QFile::setPermissions(path, QFile::permissions(*kept));
    return true;
}

void BackupRestore::proveAndRecord(const HistoryEntry &apply, const QDateTime &startedAt, RunResult &result)
{
    m_context.enter(RunPhase::Verify, tr("Verifying the restore"));
    m_context.pause(RunPhase::Verify);
    DatabaseConnection db(m_context.options().connection);
    ErrorInfo error;
    const auto needsPerson = [&](const QString &message, const QStringList &details) {
        refuse(result, RunOutcome::NeedsPerson,
               message + QLatin1Char(' ')
                   + tr("The migrated database is kept as %1: a person needs to look at this.").arg(result.backupPath),
               details);
    };
    if (!db.open(DatabaseConnection::Mode::ReadWrite, &error) || !db.exec(QStringLiteral("BEGIN IMMEDIATE"), &error))
        return needsPerson(tr("The restored database cannot be opened: %1.").arg(error.message), {error.details});
    const auto restored = TableSnapshot::take(db, tableNames(apply.tablesBefore), &error);
    if (!restored)
        return needsPerson(error.message, {error.details});
    result.tablesAfter = *restored;
    const QStringList differences = TableSnapshot::differences(apply.tablesBefore, *restored);
    if (!differences.isEmpty()) {
        return needsPerson(tr("The restored tables differ from the state before the migration."), differences);
    }
    m_context.log(tr("Restore verified: every table matches its row count and checksum from before the migration"));
    // The restored history ends before the apply: its row goes back in, then the rollback's.
    HistoryEntry applied = apply;
    HistoryEntry rolledBack = RunHistory::entryFor(m_plan, RunAction::Rollback, startedAt, result);
    m_context.enter(RunPhase::RollbackCommit, tr("Recording the rollback"));
    if (!HistoryStore(db).ensureTable(&error) || !HistoryStore(db).append(applied, &error)
        || !HistoryStore(db).append(rolledBack, &error) || !db.exec(QStringLiteral("COMMIT"), &error))
        return needsPerson(tr("The restore is verified, but its history row could not be written: %1.")
                               .arg(error.message),
                           {error.details});
    result.outcome = RunOutcome::RolledBack;
    result.notes << tr("Restored the backup %1 taken before the migration; the migrated database is kept as %2.")
                        .arg(apply.backupPath, result.backupPath);
}
