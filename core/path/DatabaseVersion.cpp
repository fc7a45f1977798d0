// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "path/DatabaseVersion.h"

#include "checks/CheckRunner.h"
#include "db/DatabaseConnection.h"
#include "history/HistoryStore.h"
#include "plan/PlanCatalogue.h"
#include "project/ForeignRegistry.h"

#include <QSet>

std::optional<bool> DatabaseVersion::recognises(DatabaseConnection &db, const DriverSql &query, ErrorInfo *error)
{
    ErrorInfo detectError;
    const bool matches = CheckRunner::detect(db, query, &detectError);
    if (detectError.isError()) {
        fail(error, detectError.message, detectError.details);
        return std::nullopt;
    }
    return matches;
}

QString DatabaseVersion::describe() const
{
    switch (source) {
    case Source::History:
        if (lastAction == QLatin1String("baseline"))
            return tr("The database is at %1 (from its history: a baseline recorded it, made outside the assistant).")
                .arg(version);
        return tr("The database is at %1 (from its history: the last run was %2).").arg(version, lastPlanId);
    case Source::Detected:
        return tr("The database is at %1 (recognised by its schema; it has no history of the assistant's).")
            .arg(version);
    case Source::Registry:
        if (lastAction.isEmpty())
            return tr("Nothing of the project is deployed on the database yet (%1's registry records no change).")
                .arg(registryTool);
        return tr("The database is at %1 (from %2's registry).").arg(version, registryTool);
    case Source::Unknown:
        break;
    }
    return tr("The version of the database is unknown: no plan recognises its schema.");
}

QString DatabaseVersion::blocker(const QString &latestKnown) const
{
    if (!registryProblem.isEmpty())
        return registryProblem;
    if (newerThanKnown && source == Source::Registry)
        return tr("%1's registry records %2, which this project does not have: the database was migrated by a newer "
                  "release of it, or by another project.")
            .arg(registryTool, version);
    if (newerThanKnown)
        return tr("This database is at %1; this assistant knows up to %2: a newer assistant is needed.")
            .arg(version, latestKnown);
    if (version.isEmpty())
        return tr("The version of the database is unknown: no plan recognises its schema, and it has no history of "
                  "the assistant's. If it was made outside the assistant, record its version with a baseline.");
    return {};
}

std::optional<DatabaseVersion> DatabaseVersion::locate(DatabaseConnection &db, const PlanCatalogue &catalogue,
                                                       ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    const QList<const Plan *> chain = catalogue.chain(driver);
    const QStringList known = catalogue.versions(driver);
    DatabaseVersion out;
    if (!chain.isEmpty() && chain.first()->registry)
        return fromRegistry(db, chain, error);

    HistoryStore history(db);
    const auto entries = history.entries({}, error);
    if (!entries)
        return std::nullopt;
    // The newest apply, rollback or baseline decides: its to_version is where it left the
    // database (a rollback records the way back, v2 → v1; a baseline the version it recorded).
    // A finalize does not move the version, but it dropped what its plan kept (users_old), so
    // that plan's target detect no longer describes the version.
    QSet<QString> finalized;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        if (it->action == QLatin1String("finalize"))
            finalized.insert(it->planId);
        if (it->action != QLatin1String("apply") && it->action != QLatin1String("rollback")
            && it->action != QLatin1String("baseline"))
            continue;
        out.version = it->toVersion;
        out.source = Source::History;
        out.lastPlanId = it->planId;
        out.lastAction = it->action;
        break;
    }

    if (out.source == Source::History) {
        if (!known.contains(out.version)) {
            // A version this catalogue does not hold, written by a plan it does not know: the
            // database went past what this assistant can take it from.
            out.newerThanKnown = catalogue.plan(out.lastPlanId) == nullptr;
            if (!out.newerThanKnown)
                out.drift << tr("The history names %1, which no plan of this catalogue leads to or from.")
                                 .arg(out.version);
            return out;
        }
        // Drift: the schema should match what the history says; ask the plans that know it.
        for (const Plan *plan : chain) {
            const bool targetGone = finalized.contains(plan->id);
            const DriverSql *query = plan->toVersion == out.version && !targetGone ? &plan->detectTarget
                : plan->fromVersion == out.version                                 ? &plan->detectSource
                                                                                   : nullptr;
            if (!query || !query->has(driver))
                continue;
            const auto matches = recognises(db, *query, error);
            if (!matches)
                return std::nullopt;
            if (!*matches) {
                out.drift << tr("The history says %1, but the schema does not look like %1: the plan %2 does not "
                                "recognise it.")
                                 .arg(out.version, plan->id);
            }
            break;
        }
        return out;
    }

    // No history: the newest version whose detect query recognises the schema.
    // The newest plan's target first, then each plan's source, newest first.
    QList<QPair<const DriverSql *, QString>> candidates;
    if (!chain.isEmpty())
        candidates << qMakePair(&chain.last()->detectTarget, chain.last()->toVersion);
    for (qsizetype i = chain.size() - 1; i >= 0; --i)
        candidates << qMakePair(&chain.at(i)->detectSource, chain.at(i)->fromVersion);
    for (const auto &[query, version] : std::as_const(candidates)) {
        if (!query->has(driver))
            continue;
        const auto matches = recognises(db, *query, error);
        if (!matches)
            return std::nullopt;
        if (*matches) {
            out.version = version;
            break;
        }
    }
    if (!out.version.isEmpty())
        out.source = Source::Detected;
    return out;
}

std::optional<DatabaseVersion> DatabaseVersion::fromRegistry(DatabaseConnection &db, const QList<const Plan *> &chain,
                                                             ErrorInfo *error)
{
    // A foreign project's own tool may have deployed changes without the assistant (sqitch
    // deploy, flyway migrate): its registry, not the assistant's history, says where it is.
    const ForeignRegistry &registry = *chain.first()->registry;
    const auto state = registry.read(db, error);
    if (!state)
        return std::nullopt;
    DatabaseVersion out;
    out.source = Source::Registry;
    out.registryTool = registry.toolName();
    if (state->dirty) {
        out.registryProblem = state->dirtyDetail.isEmpty()
            ? tr("%1's registry says a migration was left unfinished; settle it before running again.")
                  .arg(out.registryTool)
            : state->dirtyDetail;
    }
    if (!state->present || state->version.isEmpty()) {
        out.version = chain.first()->fromVersion;
        return out;
    }
    out.version = state->version;
    out.lastAction = QStringLiteral("apply");
    QSet<QString> known;
    for (const Plan *plan : chain) {
        known.insert(plan->toVersion);
        if (plan->toVersion == out.version)
            out.lastPlanId = plan->id;
    }
    out.newerThanKnown = !known.contains(out.version) && out.version != chain.first()->fromVersion;
    if (!state->unknown.isEmpty() && !out.newerThanKnown)
        out.drift << tr("%1's registry records changes this project does not have: %2.")
                         .arg(out.registryTool, state->unknown.join(QStringLiteral(", ")));
    return out;
}
