// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeText.h"

QString OutcomeText::headline(const RunResult &r)
{
    switch (r.outcome) {
    case RunOutcome::Ok:
        switch (r.action) {
        case RunAction::Apply:
            return tr("The migration was applied and validated.");
        case RunAction::Rehearse:
            return tr("The rehearsal succeeded.");
        case RunAction::Check:
            return tr("The checks passed.");
        case RunAction::Finalize:
            return tr("Finalized: what the rollback needed is gone, and so is the backup of the apply.");
        default:
            return tr("Done.");
        }
    case RunOutcome::NothingToDo:
        return r.action == RunAction::Rollback ? tr("Nothing to roll back.") : tr("Nothing to do.");
    case RunOutcome::RolledBack:
        return tr("The migration was rolled back and the restore verified.");
    case RunOutcome::Blocked:
        return r.action == RunAction::Rollback   ? tr("The rollback was refused.")
               : r.action == RunAction::Finalize ? tr("The finalize is not due yet.")
                                                 : tr("The checks stopped the run.");
    case RunOutcome::Locked:
        return tr("Another run is using this database.");
    case RunOutcome::Failed:
        return r.action == RunAction::Rehearse ? tr("The rehearsal failed.") : tr("The migration failed.");
    case RunOutcome::Interrupted:
        return tr("Cancelled.");
    case RunOutcome::NeedsPerson:
        return tr("A person needs to look at this database.");
    case RunOutcome::BadInput:
        return tr("The plan or the connection settings are not usable.");
    case RunOutcome::CannotConnect:
        return tr("The database could not be opened.");
    }
    return {};
}

QString OutcomeText::explanation(const RunResult &r)
{
    switch (r.outcome) {
    case RunOutcome::Ok:
        switch (r.action) {
        case RunAction::Apply:
            return tr("The database is now at %1. Every validation passed inside the same transaction before it was "
                      "committed.").arg(r.toVersion);
        case RunAction::Rehearse:
            return tr("The whole migration and its validation ran inside a transaction and were rolled back: the "
                      "database is unchanged. The counts below are what the migration would produce.");
        default:
            return {};
        }
    case RunOutcome::NothingToDo:
        return r.notes.isEmpty() ? QString() : r.notes.join(QLatin1Char(' '));
    case RunOutcome::RolledBack:
        return tr("The database is back at %1: every table matches its row count and checksum from before the "
                  "migration.").arg(r.fromVersion);
    case RunOutcome::Locked:
        return tr("%1. Nothing was changed. Wait for it to finish, or ask whoever runs it, then try again.")
            .arg(r.lockHolder.isKnown() ? tr("It is held by %1").arg(r.lockHolder.describe()) : r.error.message);
    case RunOutcome::Interrupted:
        return tr("Everything was rolled back: the database is exactly as it was before the run.");
    case RunOutcome::Blocked:
        // The core says what stopped the run; where to agree is the wizard's: the tick boxes.
        if (r.blockers() == 0 && !r.unacceptedWarnings().isEmpty())
            return r.error.message + QLatin1Char(' ')
                + tr("Read each warning on the Checks page and tick \"I accept\" beside it to go on.");
        return r.error.message;
    case RunOutcome::Failed:
        return tr("%1 Everything was rolled back: the database is exactly as it was before the run.")
            .arg(r.error.message);
    default:
        return r.error.message;
    }
}

ItemStatus OutcomeText::status(const RunResult &r)
{
    switch (r.outcome) {
    case RunOutcome::Ok:
    case RunOutcome::RolledBack:
        return ItemStatus::Passed;
    case RunOutcome::NothingToDo:
        return ItemStatus::Info;
    case RunOutcome::Locked:
    case RunOutcome::Interrupted:
    case RunOutcome::Blocked:
        return ItemStatus::Warning;
    default:
        return ItemStatus::Failed;
    }
}

bool OutcomeText::databaseChanged(const RunResult &r)
{
    return (r.outcome == RunOutcome::Ok && r.action == RunAction::Apply) || r.outcome == RunOutcome::RolledBack;
}

QString OutcomeText::partWord(const RunResult &part)
{
    if (part.pathWord == QLatin1String("rolled-back"))
        return tr("ran, then rolled back with the rest of the path");
    if (part.pathWord == QLatin1String("skipped"))
        return tr("not run: the path stopped before it");
    switch (part.outcome) {
    case RunOutcome::Ok:
        switch (part.action) {
        case RunAction::Apply:
            return tr("applied and validated");
        case RunAction::Rehearse:
            return tr("rehearsed, then rolled back");
        case RunAction::Check:
            return tr("checked");
        default:
            return tr("done");
        }
    case RunOutcome::NothingToDo:
        return tr("nothing to do");
    case RunOutcome::RolledBack:
        return tr("rolled back and verified");
    case RunOutcome::Blocked:
        return tr("stopped by its checks");
    case RunOutcome::Locked:
        return tr("not started: another run holds the lock");
    case RunOutcome::Failed:
        return tr("failed and rolled back");
    case RunOutcome::Interrupted:
        return tr("cancelled and rolled back");
    case RunOutcome::NeedsPerson:
        return tr("needs a person");
    case RunOutcome::BadInput:
    case RunOutcome::CannotConnect:
        return tr("not usable");
    }
    return {};
}

QStringList OutcomeText::pathLines(const RunResult &result)
{
    QStringList lines;
    int n = 0;
    for (const RunResult &part : result.path)
        lines << tr("%1. %2 (%3 → %4): %5")
                     .arg(++n)
                     .arg(part.planTitle.isEmpty() ? part.planId : part.planTitle, part.fromVersion, part.toVersion,
                          partWord(part));
    return lines;
}
