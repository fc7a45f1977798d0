// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/FlywayProjectReader.h"

#include "plan/PlanChecksum.h"
#include "project/FlywayChecksum.h"
#include "project/FlywayConfig.h"
#include "project/FlywayMigrations.h"
#include "project/FlywayRegistry.h"
#include "project/FlywayVersion.h"
#include "project/ProjectScriptText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace {

struct ScriptFile
{
    QString relative; // "sql/V1__init.sql"
    QByteArray bytes;
    QString description;
    std::optional<FlywayVersion> version;
    QString written; // the version as written in the name
};

// Faults stop the reading unless --lint collects them; notes never stop it.
class Problems
{
public:
    Problems(ErrorInfo *error, QList<LintFinding> *findings, QStringList *notes)
        : m_error(error), m_findings(findings), m_notes(notes) {}

    // false: stop reading.
    bool fault(const QString &file, int line, const QString &message)
    {
        if (m_findings) {
            *m_findings << LintFinding{file, line, message};
            return true;
        }
        fail(m_error, file.isEmpty() ? message : QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message));
        return false;
    }
    void note(const QString &file, const QString &message)
    {
        if (m_findings)
            *m_findings << LintFinding{file, 1, message};
        m_notes->append(file.isEmpty() ? message : QStringLiteral("%1: %2").arg(file, message));
    }

private:
    ErrorInfo *m_error;
    QList<LintFinding> *m_findings;
    QStringList *m_notes;
};

} // namespace

std::optional<MigrationProject> FlywayProjectReader::read(const QString &folder, const QString &driver,
                                                          ErrorInfo *error, QList<LintFinding> *findings)
{
    MigrationProject project = MigrationProject::inFolder(ProjectKind::Flyway, folder, startVersion());
    Problems problems(error, findings, &project.notes);

    ErrorInfo configError;
    const std::optional<FlywayConfig> config = FlywayConfig::read(folder, &configError);
    if (!config) {
        if (!problems.fault(QString(), 1, configError.message))
            return std::nullopt;
    }
    const FlywayConfig conf = config.value_or(FlywayConfig());
    for (const QString &n : conf.notes)
        problems.note(QString(), n);
    project.driver = conf.urlDriver;
    const QStringList drivers = !project.driver.isEmpty() ? QStringList{project.driver}
                                : !driver.isEmpty()       ? QStringList{driver}
                                                          : QStringList{QStringLiteral("sqlite"), QStringLiteral("postgresql")};

    QList<ScriptFile> versioned, undo, repeatable;
    // Absolute, so that a folder given as "sql" yields "V1__x.sql", not "sql/V1__x.sql" again.
    const QDir root(QFileInfo(folder).absoluteFilePath());
    QStringList files;
    QDirIterator it(root.path(), {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    std::sort(files.begin(), files.end());
    for (const QString &relative : std::as_const(files)) {
        const QString name = QFileInfo(relative).fileName();
        const QString stem = name.chopped(4);
        const QChar prefix = stem.isEmpty() ? QChar() : stem.front();
        const qsizetype separator = stem.indexOf(QLatin1String("__"));
        const bool migrationLike = prefix == QLatin1Char('V') || prefix == QLatin1Char('U') || prefix == QLatin1Char('R');
        if (!migrationLike || separator < 0) {
            problems.note(relative, migrationLike
                ? tr("not a Flyway migration name (V<version>__<description>.sql: two underscores after the version); "
                     "Flyway and the assistant leave it out")
                : tr("not a Flyway migration (V…, U… or R__…): left out"));
            continue;
        }
        QFile file(root.filePath(relative));
        if (!file.open(QIODevice::ReadOnly)) {
            if (!problems.fault(relative, 1, tr("cannot read it: %1").arg(file.errorString())))
                return std::nullopt;
            continue;
        }
        ScriptFile script{relative, file.readAll(), stem.mid(separator + 2).replace(QLatin1Char('_'), QLatin1Char(' ')), {}, {}};
        script.written = stem.mid(1, separator - 1);
        if (prefix == QLatin1Char('R')) {
            if (!script.written.isEmpty()) {
                if (!problems.fault(relative, 1, tr("a repeatable migration has no version: R__<description>.sql")))
                    return std::nullopt;
                continue;
            }
            repeatable << script;
            continue;
        }
        script.version = FlywayVersion::parse(script.written);
        if (!script.version) {
            if (!problems.fault(relative, 1, tr("\"%1\" is not a Flyway version: digits separated by . or _ (1, 1.1, "
                                                "2_0_1)").arg(script.written)))
                return std::nullopt;
            continue;
        }
        (prefix == QLatin1Char('V') ? versioned : undo) << script;
    }

    const auto byVersion = [](const ScriptFile &a, const ScriptFile &b) { return *a.version < *b.version; };
    std::stable_sort(versioned.begin(), versioned.end(), byVersion);
    std::stable_sort(undo.begin(), undo.end(), byVersion);
    std::stable_sort(repeatable.begin(), repeatable.end(),
                     [](const ScriptFile &a, const ScriptFile &b) { return a.description < b.description; });
    for (const QList<ScriptFile> *list : {&versioned, &undo})
        for (qsizetype i = 1; i < list->size(); ++i)
            if (*list->at(i).version == *list->at(i - 1).version)
                if (!problems.fault(list->at(i).relative, 1,
                                    tr("version %1 is also the version of %2: Flyway refuses a project with two "
                                       "migrations of one version").arg(list->at(i).version->text(), list->at(i - 1).relative)))
                    return std::nullopt;
    for (qsizetype i = 1; i < repeatable.size(); ++i)
        if (repeatable.at(i).description == repeatable.at(i - 1).description)
            if (!problems.fault(repeatable.at(i).relative, 1,
                                tr("the description \"%1\" is also the description of %2: Flyway refuses two repeatable "
                                   "migrations of one description").arg(repeatable.at(i).description, repeatable.at(i - 1).relative)))
                return std::nullopt;

    auto migrationSql = [&](const ScriptFile &s, DriverSql *out) {
        for (const QString &d : drivers) {
            ErrorInfo e;
            int line = 1;
            const std::optional<QString> sql = conf.substitute(ProjectScriptText::fromBytes(s.bytes), s.relative, d, &e, &line);
            if (!sql)
                return problems.fault(s.relative, line, e.message);
            out->byDriver.insert(d, *sql);
            out->files.insert(d, s.relative); // faults in it are reported at its own file:line
        }
        return true;
    };

    auto registryInfo = std::make_shared<FlywayMigrations>();
    registryInfo->startVersion = startVersion();
    registryInfo->table = conf.table;
    registryInfo->installedBy = conf.installedBy;
    QString previous = startVersion();
    QSet<QString> undone;
    for (const ScriptFile &v : std::as_const(versioned)) {
        const QString stem = QFileInfo(v.relative).fileName().chopped(4);
        Plan plan;
        plan.id = stem;
        plan.title = QStringLiteral("V%1: %2").arg(v.version->text(), v.description);
        plan.description = v.relative;
        plan.fromVersion = previous;
        plan.toVersion = v.version->text();
        plan.origin = folder;
        plan.folder = folder;
        plan.projectKind = ProjectKind::Flyway;
        if (v.written != plan.toVersion)
            plan.toVersionAliases << v.written;
        plan.toVersionAliases << QStringLiteral("V") + plan.toVersion;
        PlanStep step;
        step.id = QStringLiteral("migrate");
        step.title = v.relative;
        if (!migrationSql(v, &step.sql))
            return std::nullopt;
        plan.steps << step;
        QMap<QString, QByteArray> sums{{v.relative, v.bytes}};
        FlywayMigration info{plan.id, plan.toVersion, v.description, QFileInfo(v.relative).fileName(),
                             FlywayChecksum::of(v.bytes), {}, {}, 0};
        const auto u = std::find_if(undo.cbegin(), undo.cend(), [&](const ScriptFile &s) { return *s.version == *v.version; });
        if (u != undo.cend()) {
            PlanStep back;
            back.id = QStringLiteral("undo");
            back.title = u->relative;
            if (!migrationSql(*u, &back.sql))
                return std::nullopt;
            plan.rollbackSteps << back;
            sums.insert(u->relative, u->bytes);
            info.undoScript = QFileInfo(u->relative).fileName();
            info.undoDescription = u->description;
            info.undoChecksum = FlywayChecksum::of(u->bytes);
            undone.insert(u->relative);
        } else {
            problems.note(v.relative, tr("no undo migration U%1__….sql: --rollback cannot undo V%1").arg(plan.toVersion));
        }
        for (auto f = sums.cbegin(); f != sums.cend(); ++f)
            plan.fileChecksums.insert(f.key(), PlanChecksum::ofFile(f.value()));
        plan.checksum = PlanChecksum::ofPlan(QByteArray("flyway:") + v.relative.toUtf8(), sums);
        for (const QString &alias : std::as_const(plan.toVersionAliases))
            project.versionAliases.insert(alias, plan.toVersion);
        registryInfo->versioned << info;
        project.plans << plan;
        previous = plan.toVersion;
    }
    for (const ScriptFile &u : std::as_const(undo))
        if (!undone.contains(u.relative))
            if (!problems.fault(u.relative, 1, tr("an undo migration without V%1__….sql: it undoes nothing")
                                                   .arg(u.version->text())))
                return std::nullopt;

    if (!repeatable.isEmpty()) {
        Plan plan;
        plan.title = tr("Repeatable migrations");
        plan.fromVersion = previous;
        plan.toVersion = (previous == startVersion() ? QString() : previous) + repeatableSuffix();
        plan.origin = folder;
        plan.folder = folder;
        plan.projectKind = ProjectKind::Flyway;
        QMap<QString, QByteArray> sums;
        QStringList names;
        for (const ScriptFile &r : std::as_const(repeatable)) {
            PlanStep step;
            step.id = QFileInfo(r.relative).fileName().chopped(4);
            step.title = r.relative;
            if (!migrationSql(r, &step.sql))
                return std::nullopt;
            plan.steps << step;
            sums.insert(r.relative, r.bytes);
            plan.fileChecksums.insert(r.relative, PlanChecksum::ofFile(r.bytes));
            names << r.relative;
            registryInfo->repeatable << FlywayMigration{plan.id, {}, r.description, QFileInfo(r.relative).fileName(),
                                                        FlywayChecksum::of(r.bytes), {}, {}, 0};
        }
        plan.description = names.join(QStringLiteral(", "));
        plan.checksum = PlanChecksum::ofPlan(QByteArray("flyway:repeatable"), sums);
        // The id names the scripts' content: the engine's history knows a plan it applied as
        // done, and changed repeatables are a new plan to it ("repeatable-1a2b3c4d").
        plan.id = QStringLiteral("repeatable-") + plan.checksum.section(QLatin1Char(':'), 1).left(8);
        for (FlywayMigration &r : registryInfo->repeatable)
            r.planId = plan.id;
        registryInfo->repeatablePlanId = plan.id;
        registryInfo->repeatableVersion = plan.toVersion;
        project.plans << plan;
    }
    if (project.plans.isEmpty() && !problems.fault(QString(), 1, tr("%1 holds no Flyway migration (V<version>__<description>.sql)")
                                                                     .arg(QDir::toNativeSeparators(folder))))
        return std::nullopt;

    project.registry = std::make_shared<FlywayRegistry>(registryInfo);
    for (Plan &plan : project.plans)
        plan.registry = project.registry;
    return project;
}
