// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"
#include "project/MigrationProject.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

// The plans the assistant knows, linked by their versions into one chain per driver: the
// built-in plans, every plan folder of --plans DIR and a folder given with --plan DIR
// (../shared/spec/cli.md, "Versions and paths"). A catalogue that cannot say which plan comes
// next — two plans leave the same version, a cycle, a gap, two plans with one id — is refused
// whole, with the plans named, rather than guessed at.
class PlanCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(PlanCatalogue)

public:
    // Links `plans` (loaded once, by the caller). Faults are checked per driver, among the
    // plans that have SQL for it.
    static std::optional<PlanCatalogue> link(QList<Plan> plans, ErrorInfo *error);
    // The built-in plans, then every subfolder of each of `planDirs` that holds a plan.json,
    // then `extraFolder` (empty: none), loaded and linked. An `extraFolder` holding a Sqitch,
    // Flyway or golang-migrate project is a chain of its own: the catalogue is that project's
    // plans alone (with planDirs it is refused: two products' chains do not link).
    static std::optional<PlanCatalogue> load(const QStringList &planDirs, const QString &extraFolder,
                                             ErrorInfo *error);

    const QList<Plan> &plans() const { return m_plans; }
    // The foreign project the catalogue was read from (its plans are plans()), or null.
    const MigrationProject *project() const { return m_project.get(); }
    // A version as --to names it: a version of the chain, or another name of one (a Sqitch
    // tag, Plan::toVersionAliases) → that version; unknown names come back as they are.
    QString resolveVersion(const QString &driver, const QString &name) const;
    const Plan *plan(const QString &id) const;
    // The plans for `driver`, in the order they run: from the oldest version to the newest.
    QList<const Plan *> chain(const QString &driver) const;
    // Every version of the chain, oldest first ("v1", "v2", "v3"); empty when no plan has SQL
    // for the driver.
    QStringList versions(const QString &driver) const;
    QString latestVersion(const QString &driver) const;
    // The plans that take a database at `from` to `to` (empty: the latest), in order. An empty
    // list when from == to; nullopt with a message for a version the chain does not hold, or
    // a `to` older than `from`.
    std::optional<QList<const Plan *>> path(const QString &driver, const QString &from, const QString &to,
                                            ErrorInfo *error) const;

private:
    QList<Plan> m_plans;
    std::shared_ptr<const MigrationProject> m_project; // without its plans: they are m_plans
};
