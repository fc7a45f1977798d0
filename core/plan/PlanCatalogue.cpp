// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanCatalogue.h"

#include "plan/PlanLoader.h"
#include "project/ProjectLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace {

const QStringList kDrivers{QStringLiteral("sqlite"), QStringLiteral("postgresql")};

QString named(const Plan &plan)
{
    return QStringLiteral("%1 (%2 → %3, %4)").arg(plan.id, plan.fromVersion, plan.toVersion, plan.origin);
}

QList<const Plan *> forDriver(const QList<Plan> &plans, const QString &driver)
{
    QList<const Plan *> out;
    for (const Plan &p : plans)
        if (p.supportsDriver(driver))
            out << &p;
    return out;
}

} // namespace

std::optional<PlanCatalogue> PlanCatalogue::link(QList<Plan> plans, ErrorInfo *error)
{
    QHash<QString, const Plan *> byId;
    for (const Plan &p : std::as_const(plans)) {
        if (const Plan *other = byId.value(p.id)) {
            fail(error, tr("Two plans have the id \"%1\": %2 and %3. Remove one of them.")
                            .arg(p.id, named(*other), named(p)));
            return std::nullopt;
        }
        byId.insert(p.id, &p);
        if (p.fromVersion == p.toVersion) {
            fail(error, tr("The plan %1 leads from a version to the same version.").arg(named(p)));
            return std::nullopt;
        }
    }
    for (const QString &driver : kDrivers) {
        const QList<const Plan *> mine = forDriver(plans, driver);
        QHash<QString, const Plan *> leaving;
        QSet<QString> reached;
        for (const Plan *p : mine) {
            if (const Plan *other = leaving.value(p->fromVersion)) {
                fail(error, tr("Two plans leave %1 on %2: %3 and %4. Which one runs next cannot be decided; "
                               "remove one of them.")
                                .arg(p->fromVersion, driver, named(*other), named(*p)));
                return std::nullopt;
            }
            leaving.insert(p->fromVersion, p);
            reached.insert(p->toVersion);
        }
        QList<const Plan *> roots;
        for (const Plan *p : mine)
            if (!reached.contains(p->fromVersion))
                roots << p;
        if (roots.isEmpty() && !mine.isEmpty()) {
            QStringList cycle;
            for (const Plan *p : mine)
                cycle << named(*p);
            fail(error, tr("The plans for %1 form a cycle: %2.").arg(driver, cycle.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (roots.size() > 1) {
            QStringList starts;
            for (const Plan *p : roots)
                starts << named(*p);
            fail(error, tr("The plans for %1 do not make one chain: %2 start chains of their own (a plan is "
                           "missing between them, or one does not belong here).")
                            .arg(driver, starts.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        // One root and every version left at most once: walking from the root reaches every
        // plan unless a cycle hangs off the chain.
        qsizetype walked = 0;
        QSet<QString> seen;
        for (const Plan *p = roots.isEmpty() ? nullptr : roots.first(); p && !seen.contains(p->fromVersion);
             p = leaving.value(p->toVersion)) {
            seen.insert(p->fromVersion);
            ++walked;
        }
        if (walked != mine.size()) {
            QStringList off;
            for (const Plan *p : mine)
                if (!seen.contains(p->fromVersion))
                    off << named(*p);
            fail(error, tr("The plans for %1 form a cycle: %2.").arg(driver, off.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    PlanCatalogue catalogue;
    catalogue.m_plans = std::move(plans);
    return catalogue;
}

std::optional<PlanCatalogue> PlanCatalogue::load(const QStringList &planDirs, const QString &extraFolder,
                                                 ErrorInfo *error)
{
    const ProjectKind kind = ProjectLoader::kindOf(extraFolder);
    if (kind != ProjectKind::PlanFolder && kind != ProjectKind::Unknown) {
        if (!planDirs.isEmpty()) {
            fail(error, tr("%1 is a %2 project, a chain of its own: it cannot be combined with --plans.")
                            .arg(QDir::toNativeSeparators(extraFolder), projectKindName(kind)));
            return std::nullopt;
        }
        auto project = ProjectLoader::load(extraFolder, QString(), error);
        if (!project)
            return std::nullopt;
        if (project->folder.isEmpty())
            project->folder = QFileInfo(extraFolder).absoluteFilePath();
        QList<Plan> own = std::move(project->plans);
        project->plans.clear();
        auto catalogue = link(std::move(own), error);
        if (catalogue)
            catalogue->m_project = std::make_shared<const MigrationProject>(std::move(*project));
        return catalogue;
    }
    QList<Plan> plans;
    QStringList folders;
    for (const QString &id : PlanLoader::builtinPlanIds())
        folders << id;
    for (const QString &dir : planDirs) {
        const QDir d(dir);
        if (!d.exists()) {
            fail(error, tr("The plans folder %1 does not exist.").arg(dir));
            return std::nullopt;
        }
        for (const QString &sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (QFileInfo::exists(d.filePath(sub) + QStringLiteral("/plan.json")))
                folders << QFileInfo(d.filePath(sub)).absoluteFilePath();
    }
    if (!extraFolder.isEmpty())
        folders << extraFolder;
    for (const QString &folder : std::as_const(folders)) {
        auto plan = PlanLoader::load(folder, error);
        if (!plan)
            return std::nullopt;
        plans << std::move(*plan);
    }
    return link(std::move(plans), error);
}

const Plan *PlanCatalogue::plan(const QString &id) const
{
    for (const Plan &p : m_plans)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<const Plan *> PlanCatalogue::chain(const QString &driver) const
{
    const QList<const Plan *> mine = forDriver(m_plans, driver);
    QHash<QString, const Plan *> leaving;
    QSet<QString> reached;
    for (const Plan *p : mine) {
        leaving.insert(p->fromVersion, p);
        reached.insert(p->toVersion);
    }
    QList<const Plan *> out;
    for (const Plan *p : mine)
        if (!reached.contains(p->fromVersion))
            for (const Plan *q = p; q && out.size() < mine.size(); q = leaving.value(q->toVersion))
                out << q;
    return out;
}

QStringList PlanCatalogue::versions(const QString &driver) const
{
    QStringList out;
    for (const Plan *p : chain(driver)) {
        if (out.isEmpty())
            out << p->fromVersion;
        out << p->toVersion;
    }
    return out;
}

QString PlanCatalogue::latestVersion(const QString &driver) const
{
    const QStringList all = versions(driver);
    return all.isEmpty() ? QString() : all.last();
}

QString PlanCatalogue::resolveVersion(const QString &driver, const QString &name) const
{
    const QList<const Plan *> plans = chain(driver);
    for (const Plan *p : plans)
        if (p->toVersion == name || p->fromVersion == name)
            return name;
    for (const Plan *p : plans)
        if (p->toVersionAliases.contains(name))
            return p->toVersion;
    return name;
}

std::optional<QList<const Plan *>> PlanCatalogue::path(const QString &driver, const QString &from, const QString &to,
                                                       ErrorInfo *error) const
{
    const QStringList all = versions(driver);
    const QString target = to.isEmpty() ? latestVersion(driver) : resolveVersion(driver, to);
    const qsizetype start = all.indexOf(from);
    const qsizetype end = all.indexOf(target);
    if (start < 0) {
        fail(error, tr("No plan knows the version %1. Known versions: %2.")
                        .arg(from, all.isEmpty() ? tr("none") : all.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (end < 0) {
        fail(error, tr("No plan leads to the version %1. Known versions: %2.").arg(target, all.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (end < start) {
        fail(error, tr("The database is at %1, which is newer than %2: going back to %2 means rolling back the plans in between.")
                        .arg(from, target));
        return std::nullopt;
    }
    return chain(driver).mid(start, end - start);
}
