// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/MigrateProjectReader.h"

#include "plan/PlanChecksum.h"
#include "project/MigrateRegistry.h"
#include "project/ProjectScriptText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace {

struct Script
{
    QString file;
    QByteArray bytes;
};

struct Migration
{
    quint64 version = 0;
    QString written;
    QString name;
    std::optional<Script> up;
    std::optional<Script> down;
};

} // namespace

std::optional<MigrationProject> MigrateProjectReader::read(const QString &folder, const QString &driver,
                                                           ErrorInfo *error, QList<LintFinding> *findings)
{
    MigrationProject project = MigrationProject::inFolder(ProjectKind::GolangMigrate, folder, startVersion());
    auto fault = [&](const QString &file, const QString &message) {
        if (findings) {
            *findings << LintFinding{file, 1, message};
            return true;
        }
        fail(error, file.isEmpty() ? message : QStringLiteral("%1: %2").arg(file, message));
        return false;
    };
    auto note = [&](const QString &file, const QString &message) {
        if (findings)
            *findings << LintFinding{file, 1, message};
        project.notes << QStringLiteral("%1: %2").arg(file, message);
    };

    // golang-migrate's own pattern (source/parse.go): ^([0-9]+)_(.*)\.(down|up)\.(.*)$
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)_(.*)\\.(down|up)\\.sql$"));
    const QDir dir(folder);
    QMap<quint64, Migration> migrations;
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch()) {
            note(file, tr("not a golang-migrate migration name (<number>_<name>.up.sql or .down.sql): "
                          "golang-migrate and the assistant leave it out"));
            continue;
        }
        bool ok = false;
        const quint64 version = m.captured(1).toULongLong(&ok);
        if (!ok) {
            if (!fault(file, tr("%1 is too large for golang-migrate's version (uint64)").arg(m.captured(1))))
                return std::nullopt;
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            if (!fault(file, tr("cannot read it: %1").arg(f.errorString())))
                return std::nullopt;
            continue;
        }
        Migration &entry = migrations[version];
        const bool up = m.captured(3) == QLatin1String("up");
        std::optional<Script> &slot = up ? entry.up : entry.down;
        if (slot) {
            if (!fault(file, tr("version %1 is also the version of %2: golang-migrate refuses two migrations of one "
                                "version").arg(version).arg(slot->file)))
                return std::nullopt;
            continue;
        }
        slot = Script{file, f.readAll()};
        entry.version = version;
        if (up || entry.name.isEmpty()) {
            entry.written = m.captured(1);
            entry.name = m.captured(2);
        }
    }

    const QStringList drivers = !driver.isEmpty() ? QStringList{driver}
                                                  : QStringList{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    QList<MigrateMigration> infos;
    QString previous = startVersion();
    std::optional<quint64> previousNumber;
    for (const Migration &m : std::as_const(migrations)) {
        if (!m.up) {
            if (!fault(m.down->file, tr("a down migration without %1_….up.sql: it undoes nothing").arg(m.written)))
                return std::nullopt;
            continue;
        }
        Plan plan;
        plan.id = m.up->file.chopped(QStringLiteral(".up.sql").size());
        plan.title = QStringLiteral("%1: %2").arg(m.version).arg(QString(m.name).replace(QLatin1Char('_'), QLatin1Char(' ')));
        plan.description = m.up->file;
        plan.fromVersion = previous;
        plan.toVersion = QString::number(m.version);
        plan.origin = folder;
        plan.folder = folder;
        plan.projectKind = ProjectKind::GolangMigrate;
        if (m.written != plan.toVersion)
            plan.toVersionAliases << m.written;
        PlanStep step;
        step.id = QStringLiteral("up");
        step.title = m.up->file;
        for (const QString &d : drivers) {
            step.sql.byDriver.insert(d, ProjectScriptText::fromBytes(m.up->bytes));
            step.sql.files.insert(d, m.up->file); // faults in it are reported at its own file:line
        }
        plan.steps << step;
        QMap<QString, QByteArray> sums{{m.up->file, m.up->bytes}};
        if (m.down) {
            PlanStep back;
            back.id = QStringLiteral("down");
            back.title = m.down->file;
            for (const QString &d : drivers) {
                back.sql.byDriver.insert(d, ProjectScriptText::fromBytes(m.down->bytes));
                back.sql.files.insert(d, m.down->file);
            }
            plan.rollbackSteps << back;
            sums.insert(m.down->file, m.down->bytes);
        } else {
            note(m.up->file, tr("no %1_%2.down.sql: --rollback cannot undo migration %3").arg(m.written, m.name).arg(m.version));
        }
        for (auto f = sums.cbegin(); f != sums.cend(); ++f)
            plan.fileChecksums.insert(f.key(), PlanChecksum::ofFile(f.value()));
        plan.checksum = PlanChecksum::ofPlan(QByteArray("golang-migrate:") + m.up->file.toUtf8(), sums);
        for (const QString &alias : std::as_const(plan.toVersionAliases))
            project.versionAliases.insert(alias, plan.toVersion);
        infos << MigrateMigration{plan.id, m.version, previousNumber, m.down.has_value()};
        project.plans << plan;
        previous = plan.toVersion;
        previousNumber = m.version;
    }
    if (project.plans.isEmpty() && !fault(QString(), tr("%1 holds no golang-migrate migration (<number>_<name>.up.sql)")
                                                         .arg(QDir::toNativeSeparators(folder))))
        return std::nullopt;
    project.registry = std::make_shared<MigrateRegistry>(infos);
    for (Plan &plan : project.plans)
        plan.registry = project.registry;
    return project;
}
