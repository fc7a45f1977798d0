// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SqitchProjectReader.h"

#include "plan/PlanChecksum.h"
#include "project/SqitchConfig.h"
#include "project/SqitchPlanFile.h"
#include "project/SqitchRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {

const QStringList knownEngines{QStringLiteral("pg"), QStringLiteral("sqlite"), QStringLiteral("mysql"),
                               QStringLiteral("oracle"), QStringLiteral("firebird"), QStringLiteral("vertica"),
                               QStringLiteral("exasol"), QStringLiteral("snowflake"), QStringLiteral("cockroach")};

QString absoluteIn(const QString &folder, const QString &path)
{
    return QDir::cleanPath(QDir::isAbsolutePath(path) ? path : QDir(folder).absoluteFilePath(path));
}

bool readFile(const QString &path, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *bytes = file.readAll();
    return true;
}

} // namespace

QString SqitchProjectReader::setting(const SqitchConfig &config, const QString &engine, const QString &key,
                                     const QString &fallback)
{
    const QString target = config.value(QStringLiteral("engine.%1.target").arg(engine),
                                        config.value(QStringLiteral("core.%1.target").arg(engine),
                                                     config.value(QStringLiteral("core.target"))));
    for (const QString &k : {QStringLiteral("target.%1.%2").arg(target, key), QStringLiteral("engine.%1.%2").arg(engine, key),
                             QStringLiteral("core.%1.%2").arg(engine, key), QStringLiteral("core.%1").arg(key)})
        if ((!target.isEmpty() || !k.startsWith(QLatin1String("target."))) && config.contains(k))
            return config.value(k);
    return fallback;
}

QString SqitchProjectReader::engineOf(const SqitchConfig &config, const QString &driver, ErrorInfo *error)
{
    QString engine = config.value(QStringLiteral("core.engine")).trimmed().toLower();
    if (engine.isEmpty()) {
        // Sqitch before 0.9 had no core.engine: a [core "pg"] or [engine "pg"] section said it.
        QStringList found;
        for (const QString &e : knownEngines)
            if (config.hasSubsection(QStringLiteral("core"), e) || config.hasSubsection(QStringLiteral("engine"), e))
                found << e;
        if (found.size() == 1)
            engine = found.first();
        else if (driver == QLatin1String("sqlite"))
            engine = QStringLiteral("sqlite");
        else if (driver == QLatin1String("postgresql"))
            engine = QStringLiteral("pg");
    }
    if (engine.isEmpty())
        fail(error, tr("sqitch.conf does not say which database engine the project is for: add `[core]` with "
                       "`engine = sqlite` or `engine = pg`, or give the database with --db."));
    return engine;
}

QString SqitchProjectReader::planFilePath(const QString &folder, const SqitchConfig &config, const QString &engine)
{
    const QString top = absoluteIn(folder, setting(config, engine, QStringLiteral("top_dir"), QStringLiteral(".")));
    return absoluteIn(folder, setting(config, engine, QStringLiteral("plan_file"), QDir(top).filePath(QStringLiteral("sqitch.plan"))));
}

std::optional<MigrationProject> SqitchProjectReader::read(const QString &folder, const QString &driver, ErrorInfo *error)
{
    const QString where = tr("Sqitch project: %1").arg(QDir::toNativeSeparators(folder));
    ErrorInfo why;
    const auto config = SqitchConfig::read(QDir(folder).filePath(QStringLiteral("sqitch.conf")), &why);
    if (!config) {
        fail(error, why.message, where);
        return std::nullopt;
    }
    const QString engine = engineOf(*config, driver, &why);
    if (engine.isEmpty()) {
        fail(error, why.message, where);
        return std::nullopt;
    }
    if (engine != QLatin1String("sqlite") && engine != QLatin1String("pg")) {
        fail(error, tr("The Sqitch project %1 is for the %2 engine; the assistant migrates SQLite and PostgreSQL "
                       "databases only. Deploy it with sqitch itself.")
                        .arg(QDir::toNativeSeparators(folder), engine),
             where);
        return std::nullopt;
    }
    const QString projectDriver = engine == QLatin1String("pg") ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    if (!driver.isEmpty() && driver != projectDriver) {
        fail(error, tr("The Sqitch project %1 is for %2 (engine = %3), but the database is %4: give a %2 database "
                       "with --db.")
                        .arg(QDir::toNativeSeparators(folder),
                             projectDriver == QLatin1String("sqlite") ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                             engine, driver == QLatin1String("sqlite") ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")),
             where);
        return std::nullopt;
    }

    const QString planPath = planFilePath(folder, *config, engine);
    const auto plan = SqitchPlanFile::read(planPath, &why);
    if (!plan) {
        fail(error, why.message, where);
        return std::nullopt;
    }
    auto dirOf = [&](const QString &key, const QString &base, const QString &sub) {
        return absoluteIn(folder, setting(*config, engine, key, QDir(base).filePath(sub)));
    };
    const QString top = absoluteIn(folder, setting(*config, engine, QStringLiteral("top_dir"), QStringLiteral(".")));
    const QString reworked = absoluteIn(folder, setting(*config, engine, QStringLiteral("reworked_dir"), top));
    const QString ext = setting(*config, engine, QStringLiteral("extension"), QStringLiteral("sql"));
    const QString dirs[2][3] = {
        {dirOf(QStringLiteral("deploy_dir"), top, QStringLiteral("deploy")), dirOf(QStringLiteral("revert_dir"), top, QStringLiteral("revert")),
         dirOf(QStringLiteral("verify_dir"), top, QStringLiteral("verify"))},
        {dirOf(QStringLiteral("reworked_deploy_dir"), reworked, QStringLiteral("deploy")),
         dirOf(QStringLiteral("reworked_revert_dir"), reworked, QStringLiteral("revert")),
         dirOf(QStringLiteral("reworked_verify_dir"), reworked, QStringLiteral("verify"))}};
    const QDir base(folder);

    MigrationProject project;
    project.kind = ProjectKind::Sqitch;
    project.folder = folder;
    project.name = plan->project;
    project.driver = projectDriver;
    project.startVersion = startVersion();
    if (config->value(QStringLiteral("deploy.verify"), QStringLiteral("true")).toLower() == QLatin1String("false"))
        project.notes << tr("sqitch.conf: [deploy] verify = false; the assistant runs the verify scripts anyway, each in "
                            "a savepoint that is rolled back.");

    // The psql variables sqitch gives every script: `registry` (Engine/pg.pm's --set), then
    // [engine "pg"] variables, [deploy "variables"] (the assistant's scripts share one set).
    const QString registry = setting(*config, engine, QStringLiteral("registry"), QStringLiteral("sqitch"));
    QHash<QString, QString> variables;
    if (engine == QLatin1String("pg"))
        variables.insert(QStringLiteral("registry"), registry);
    for (const QString &prefix : {QStringLiteral("core.%1.variables.").arg(engine), QStringLiteral("engine.%1.variables.").arg(engine),
                                  QStringLiteral("deploy.variables.")})
        for (auto it = config->values().begin(); it != config->values().end(); ++it)
            if (it.key().startsWith(prefix))
                variables.insert(it.key().mid(prefix.size()), it.value());

    // Plan ids first: the latest instance of a name is the name, an earlier one name@TAG.
    QStringList ids, scriptFiles, hashes;
    for (int i = int(plan->changes.size()) - 1; i >= 0; --i) {
        const SqitchChange &c = plan->changes.at(i);
        QStringList segments = c.name.split(QLatin1Char('/'));
        const QString baseName = segments.takeLast();
        QString file = baseName + QLatin1Char('.') + ext;
        QString id = c.name;
        if (c.isReworked()) {
            // Sqitch's path_segments: the first rework tag whose script exists, else the first.
            QString first, tag;
            for (const SqitchTag &t : c.reworkTags) {
                const QString fn = baseName + t.formatName() + QLatin1Char('.') + ext;
                if (first.isEmpty()) {
                    first = fn;
                    tag = t.name;
                }
                if (QFileInfo::exists(QDir(dirs[1][0]).filePath((segments + QStringList{fn}).join(QLatin1Char('/'))))) {
                    first = fn;
                    tag = t.name;
                    break;
                }
            }
            file = first;
            id = c.name + QLatin1Char('@') + tag;
        }
        ids.prepend(id);
        scriptFiles.prepend((segments + QStringList{file}).join(QLatin1Char('/')));
    }

    for (int i = 0; i < plan->changes.size(); ++i) {
        const SqitchChange &c = plan->changes.at(i);
        const int set = c.isReworked() ? 1 : 0;
        QString paths[3];
        QByteArray bytes[3];
        bool present[3];
        for (int k = 0; k < 3; ++k) {
            paths[k] = QDir(dirs[set][k]).filePath(scriptFiles.at(i));
            present[k] = readFile(paths[k], &bytes[k]);
        }
        const QString rel[3] = {base.relativeFilePath(paths[0]), base.relativeFilePath(paths[1]), base.relativeFilePath(paths[2])};
        if (!present[0]) {
            fail(error, tr("%1: the deploy script of the change \"%2\" (%3:%4) is missing; add it, or remove the change "
                           "from the plan.")
                            .arg(rel[0], c.name, base.relativeFilePath(planPath)).arg(c.line),
                 where);
            return std::nullopt;
        }
        hashes << QString::fromLatin1(QCryptographicHash::hash(bytes[0], QCryptographicHash::Sha1).toHex());

        Plan p;
        p.id = ids.at(i);
        p.title = p.id;
        p.description = c.note;
        p.fromVersion = i == 0 ? startVersion() : ids.at(i - 1);
        p.toVersion = p.id;
        p.origin = folder;
        p.folder = folder;
        p.projectKind = ProjectKind::Sqitch;
        p.variables = variables;
        PlanStep deploy;
        deploy.id = QStringLiteral("deploy");
        deploy.title = rel[0];
        deploy.sql.byDriver.insert(projectDriver, QString::fromUtf8(bytes[0]));
        p.steps << deploy;
        QMap<QString, QByteArray> files{{rel[0], bytes[0]}};
        if (present[1]) {
            PlanStep revert;
            revert.id = QStringLiteral("revert");
            revert.title = rel[1];
            revert.sql.byDriver.insert(projectDriver, QString::fromUtf8(bytes[1]));
            p.rollbackSteps << revert;
            files.insert(rel[1], bytes[1]);
        } else {
            project.notes << tr("%1 is missing: the change \"%2\" cannot be rolled back; add a revert script.").arg(rel[1], p.id);
        }
        if (present[2]) {
            PlanValidation verify;
            verify.id = QStringLiteral("verify");
            verify.title = rel[2];
            verify.sql.byDriver.insert(projectDriver, QString::fromUtf8(bytes[2]));
            verify.mustSucceed = true;
            p.validations << verify;
            files.insert(rel[2], bytes[2]);
        } else {
            project.notes << tr("%1 is missing: the change \"%2\" is deployed without verification.").arg(rel[2], p.id);
        }
        for (const SqitchDependency &d : c.required)
            if (d.isExternal(plan->project))
                project.notes << tr("%1:%2: \"%3\" requires %4 of another project: the assistant deploys it only when "
                                    "Sqitch's registry lists that change; deploy the project \"%5\" first.")
                                     .arg(base.relativeFilePath(planPath)).arg(c.line)
                                     .arg(c.name, d.asString(plan->project), d.project);
        for (const SqitchDependency &d : c.conflicts)
            project.notes << tr("%1:%2: \"%3\" conflicts with %4: it is refused while %4 is deployed, as sqitch refuses it.")
                                 .arg(base.relativeFilePath(planPath)).arg(c.line).arg(c.name, d.asString(plan->project));

        // The change's own definition is its id and its tags' (Sqitch hashes name, parent,
        // planner, date, dependencies and note into them): a change appended to sqitch.plan
        // leaves the checksums of those before it as they were.
        QByteArray manifest = "sqitch change " + c.id.toLatin1();
        for (const SqitchTag &t : c.tags)
            manifest += "\nsqitch tag " + t.id.toLatin1();
        p.checksum = PlanChecksum::ofPlan(manifest, files);
        p.legacyChecksum = PlanChecksum::ofPlan(manifest, files, true);
        for (auto it = files.begin(); it != files.end(); ++it)
            p.fileChecksums.insert(it.key(), PlanChecksum::ofFile(it.value()));

        QStringList aliases;
        for (const SqitchTag &t : c.tags) {
            if (!ids.contains(t.name))
                aliases << t.name;
            aliases << t.formatName();
        }
        if (i == 0)
            aliases << QStringLiteral("@ROOT");
        if (i == plan->changes.size() - 1)
            aliases << QStringLiteral("@HEAD");
        for (const SqitchTag &t : c.reworkTags)
            if (c.name + t.formatName() != p.id)
                aliases << c.name + t.formatName();
        aliases.removeDuplicates();
        p.toVersionAliases = aliases;
        for (const QString &a : std::as_const(aliases))
            project.versionAliases.insert(a, p.id);
        project.plans << p;
    }
    if (project.plans.isEmpty()) {
        fail(error, tr("%1 plans no change yet: add one with `sqitch add`.").arg(base.relativeFilePath(planPath)), where);
        return std::nullopt;
    }

    project.registry = std::make_shared<SqitchRegistry>(*plan, ids, hashes, engine == QLatin1String("pg"), registry,
                                                        config->value(QStringLiteral("user.name")),
                                                        config->value(QStringLiteral("user.email")));
    for (Plan &p : project.plans)
        p.registry = project.registry;
    return project;
}
