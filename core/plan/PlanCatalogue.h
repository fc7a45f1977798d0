// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
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
    // then `extraFolder` (empty: none), loaded and linked.
    static std::optional<PlanCatalogue> load(const QStringList &planDirs, const QString &extraFolder,
                                             ErrorInfo *error);

    const QList<Plan> &plans() const { return m_plans; }
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
};
