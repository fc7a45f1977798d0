// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSummary.h"

#include "path/DatabaseVersion.h"
#include "plan/PlanCatalogue.h"

#include <QDir>

QString ProjectSummary::headline(const PlanCatalogue &catalogue, const QString &driver)
{
    const MigrationProject *project = catalogue.project();
    if (!project)
        return {};
    const qsizetype changes = catalogue.chain(driver).size();
    const QString folder = QDir::toNativeSeparators(project->folder);
    if (changes == 1)
        return tr("%1 project “%2”, 1 change (%3)").arg(projectKindName(project->kind), project->name, folder);
    return tr("%1 project “%2”, %3 changes (%4)")
        .arg(projectKindName(project->kind), project->name, QString::number(changes), folder);
}

QString ProjectSummary::html(const PlanCatalogue &catalogue, const QString &driver, const DatabaseVersion *version,
                             const QString &target)
{
    const MigrationProject *project = catalogue.project();
    if (!project)
        return {};
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QList<const Plan *> chain = catalogue.chain(driver);
    QString out = QStringLiteral("<p><b>%1</b></p>").arg(esc(headline(catalogue, driver)));
    if (chain.isEmpty()) {
        out += tr("<p>It has no changes for %1 databases.</p>").arg(esc(driver));
        return out;
    }
    // Deployed: up to the version the registry gives; will run: from there to the target.
    const QString wanted = target.isEmpty() ? catalogue.latestVersion(driver) : catalogue.resolveVersion(driver, target);
    qsizetype deployedUpTo = -1; // index of the last deployed change
    qsizetype targetAt = chain.size() - 1;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (version && version->isKnown() && chain.at(i)->toVersion == version->version)
            deployedUpTo = i;
        if (chain.at(i)->toVersion == wanted)
            targetAt = i;
    }
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Plan *plan = chain.at(i);
        QString state;
        if (!version || !version->isKnown())
            state = QString();
        else if (i <= deployedUpTo)
            state = tr("deployed");
        else if (i <= targetAt)
            state = tr("will run");
        else
            state = tr("not now (after the chosen version)");
        QStringList facts;
        if (plan->rollbackSteps.isEmpty())
            facts << tr("no revert script");
        if (plan->validations.isEmpty() && project->kind == ProjectKind::Sqitch)
            facts << tr("no verify script");
        if (!plan->toVersionAliases.isEmpty()) {
            QStringList tags;
            for (const QString &alias : plan->toVersionAliases)
                if (alias.startsWith(QLatin1Char('@')) && alias != QLatin1String("@HEAD") && alias != QLatin1String("@ROOT"))
                    tags << alias;
            if (!tags.isEmpty())
                facts << tr("tag %1").arg(tags.join(QStringLiteral(", ")));
        }
        out += QStringLiteral("<tr><td>%1.</td><td><b>%2</b></td><td>%3</td><td><i>%4</i></td></tr>")
                   .arg(QString::number(i + 1), esc(plan->id), esc(state), esc(facts.join(QStringLiteral(" · "))));
    }
    out += QStringLiteral("</table>");
    for (const QString &note : project->notes)
        out += QStringLiteral("<p>%1</p>").arg(esc(note));
    return out;
}
