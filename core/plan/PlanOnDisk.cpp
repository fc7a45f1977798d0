// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanOnDisk.h"

#include "plan/PlanLoader.h"
#include "project/ProjectLoader.h"

#include <algorithm>

bool PlanOnDisk::unchanged(const Plan &plan, ErrorInfo *error)
{
    // Built-in plans are compiled in; a plan made in memory (no folder) has no files to change.
    if (plan.origin == QLatin1String("built-in") || plan.folder.isEmpty())
        return true;
    ErrorInfo loadError;
    std::optional<Plan> now;
    if (plan.projectKind == ProjectKind::PlanFolder) {
        now = PlanLoader::loadFolder(plan.folder, plan.origin, &loadError);
    } else if (auto project = ProjectLoader::load(plan.folder, QString(), &loadError)) {
        // A change of a foreign project: the project read again, and this change in it.
        for (Plan &p : project->plans)
            if (p.id == plan.id)
                now = std::move(p);
        if (!now)
            fail(&loadError, tr("the change %1 is no longer in the project.").arg(plan.id));
    }
    if (!now) {
        fail(error, tr("The plan folder %1 changed since it was loaded and can no longer be used: %2 Open it again and "
                       "run the checks again.").arg(plan.folder, loadError.message),
             loadError.details);
        return false;
    }
    if (now->checksum == plan.checksum)
        return true;
    QStringList changed;
    for (auto it = plan.fileChecksums.begin(); it != plan.fileChecksums.end(); ++it)
        if (now->fileChecksums.value(it.key()) != it.value())
            changed << (now->fileChecksums.contains(it.key()) ? it.key() : tr("%1 (removed)").arg(it.key()));
    for (auto it = now->fileChecksums.begin(); it != now->fileChecksums.end(); ++it)
        if (!plan.fileChecksums.contains(it.key()))
            changed << tr("%1 (new)").arg(it.key());
    fail(error, tr("The plan folder %1 changed since it was loaded (%2): nothing was changed. Open it again and run the "
                   "checks again, so that what runs is what you checked.").arg(plan.folder, changed.join(QStringLiteral(", "))),
         tr("Checksum when loaded: %1; now: %2").arg(plan.checksum, now->checksum));
    return false;
}

bool PlanOnDisk::unchanged(const QList<const Plan *> &plans, ErrorInfo *error)
{
    return std::all_of(plans.begin(), plans.end(), [error](const Plan *plan) { return unchanged(*plan, error); });
}
