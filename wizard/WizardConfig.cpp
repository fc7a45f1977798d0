// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardConfig.h"
#include "project/ProjectLoader.h"

#include "finalize/FinalizedPlan.h"

#include "crypto/KeyFile.h"

#include "plan/PlanCatalogue.h"
#include "plan/PlanLoader.h"

#include <QDir>
#include <algorithm>
#include <QFileInfo>

WizardConfig::WizardConfig(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_recent(settings)
{
    ErrorInfo error;
    if (auto catalogue = PlanCatalogue::load({}, QString(), &error))
        m_catalogue = std::make_shared<const PlanCatalogue>(std::move(*catalogue));
    else
        m_catalogueError = error.message;
    selectPlan(PlanLoader::defaultPlanId(), nullptr);
}

void WizardConfig::setConnection(const ConnectionSpec &spec)
{
    const bool same = sameConnection(spec, m_connection);
    m_connection = spec;
    if (same)
        return;
    setVerified(false);
    clearCheckResult();
    m_version.reset();
    m_versionError.clear();
    Q_EMIT connectionChanged();
    Q_EMIT planChanged();
}

void WizardConfig::connectionTested(const ConnectionSpec &spec, bool ok, const std::optional<DatabaseVersion> &version,
                                    const QString &versionError)
{
    if (!sameConnection(spec, m_connection))
        return; // an answer about fields that have been changed since
    if (ok)
        m_recent.remember(spec);
    setDatabaseVersion(ok ? version : std::nullopt, versionError);
    setVerified(ok);
}

void WizardConfig::setDatabaseVersion(const std::optional<DatabaseVersion> &version, const QString &error)
{
    m_version = version;
    m_versionError = error;
    // A target the database has passed since (or that it never had) is no choice any more.
    if (!m_target.isEmpty() && !targetVersions().contains(m_target))
        m_target.clear();
    clearCheckResult();
    Q_EMIT planChanged();
}

QString WizardConfig::latestVersion() const
{
    return m_catalogue ? m_catalogue->latestVersion(m_connection.driverName()) : QString();
}

QStringList WizardConfig::targetVersions() const
{
    if (!m_catalogue || !m_version || !m_version->isKnown() || !m_version->drift.isEmpty())
        return {};
    const QStringList all = m_catalogue->versions(m_connection.driverName());
    const qsizetype at = all.indexOf(m_version->version);
    return at < 0 ? QStringList() : all.mid(at + 1);
}

QString WizardConfig::effectiveTarget() const
{
    return m_target.isEmpty() ? latestVersion() : m_target;
}

void WizardConfig::setTargetVersion(const QString &version)
{
    // The latest is written as "no target": the run then follows the catalogue, as the CLI does without --to.
    const QString target = version == latestVersion() ? QString() : version;
    if (target == m_target)
        return;
    m_target = target;
    clearCheckResult();
    Q_EMIT planChanged();
}

QList<const Plan *> WizardConfig::runPlans() const
{
    if (m_singlePlan)
        return m_plan ? QList<const Plan *>{m_plan.get()} : QList<const Plan *>{};
    if (targetVersions().isEmpty())
        return {};
    const auto plans = m_catalogue->path(m_connection.driverName(), m_version->version, m_target, nullptr);
    return plans ? *plans : QList<const Plan *>{};
}

QString WizardConfig::whereText() const
{
    if (m_singlePlan || !m_catalogue || !m_version)
        return {};
    if (!m_version->isKnown() || !m_version->drift.isEmpty())
        return m_version->describe();
    const QList<const Plan *> plans = runPlans();
    if (isProject()) {
        // A project's versions are its changes; "none" is nothing deployed yet.
        const QString at = m_version->lastAction.isEmpty()
            ? tr("Nothing of this project is deployed on the database yet.")
            : tr("This database is at %1 (from %2's registry).").arg(m_version->version, m_version->registryTool);
        if (plans.isEmpty())
            return at + QLatin1Char(' ') + tr("It has the newest change: there is nothing to deploy.");
        return at + QLatin1Char(' ')
            + (plans.size() == 1 ? tr("1 change will run: %1.").arg(plans.last()->toVersion)
                                 : tr("%1 changes will run, up to %2.")
                                       .arg(QString::number(plans.size()), plans.last()->toVersion));
    }
    if (plans.isEmpty())
        return tr("This database is at %1, the newest version: there is nothing to migrate.").arg(m_version->version);
    QStringList ids;
    for (const Plan *plan : plans)
        ids << plan->id;
    const QString list = ids.join(QStringLiteral(", "));
    const bool one = plans.size() == 1;
    // The one-plan sentences have no %4: the count is given only to the others.
    const QString count = QString::number(plans.size());
    if (m_target.isEmpty())
        return one ? tr("This database is at %1. The newest version is %2: 1 plan will run: %3.")
                         .arg(m_version->version, latestVersion(), list)
                   : tr("This database is at %1. The newest version is %2: %4 plans will run: %3.")
                         .arg(m_version->version, latestVersion(), list, count);
    return one ? tr("This database is at %1. To reach %2, 1 plan will run: %3.").arg(m_version->version, m_target, list)
               : tr("This database is at %1. To reach %2, %4 plans will run: %3.")
                     .arg(m_version->version, m_target, list, count);
}

void WizardConfig::setSinglePlan(bool single)
{
    if (single == m_singlePlan)
        return;
    m_singlePlan = single;
    clearCheckResult();
    Q_EMIT planChanged();
}

bool WizardConfig::needsKey() const
{
    const QList<const Plan *> plans = runPlans();
    return std::any_of(plans.begin(), plans.end(), [](const Plan *p) { return p->needsKey; });
}

void WizardConfig::setVerified(bool verified)
{
    if (m_verified == verified)
        return;
    m_verified = verified;
    Q_EMIT connectionVerifiedChanged(verified);
}

bool WizardConfig::sameConnection(const ConnectionSpec &a, const ConnectionSpec &b)
{
    return a.displayUrl() == b.displayUrl() && a.password == b.password;
}

QString WizardConfig::incompleteReason(const ConnectionSpec &spec)
{
    if (spec.isSqlite())
        return spec.path.trimmed().isEmpty() ? tr("Choose a SQLite database file.") : QString();
    if (spec.host.trimmed().isEmpty())
        return tr("Enter the PostgreSQL server's host name.");
    if (spec.port < 1 || spec.port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (spec.database.trimmed().isEmpty())
        return tr("Enter the name of the database.");
    if (spec.schema.trimmed().isEmpty())
        return tr("Enter the schema (usually public).");
    return {};
}

QStringList WizardConfig::planSources() const
{
    return PlanLoader::builtinPlanIds() + m_planFolders;
}

bool WizardConfig::selectPlan(const QString &source, ErrorInfo *error)
{
    ErrorInfo err;
    auto plan = PlanLoader::load(source, &err);
    if (!plan)
        return fail(error, err.message, err.details);
    m_plan = std::make_shared<const Plan>(std::move(*plan));
    m_planSource = source;
    clearCheckResult();
    Q_EMIT planChanged();
    return true;
}

bool WizardConfig::openProject(const QString &folder, ErrorInfo *error)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    ErrorInfo err;
    auto catalogue = PlanCatalogue::load({}, path, &err);
    if (!catalogue || !catalogue->project())
        return fail(error, err.isError() ? err.message : tr("%1 is not a migration project.").arg(path), err.details);
    m_catalogue = std::make_shared<const PlanCatalogue>(std::move(*catalogue));
    m_catalogueError.clear();
    m_singlePlan = false;
    m_target.clear();
    m_version.reset();
    m_versionError.clear();
    clearCheckResult();
    Q_EMIT catalogueChanged();
    Q_EMIT planChanged();
    return true;
}

void WizardConfig::useBuiltinPlans()
{
    if (!isProject())
        return;
    ErrorInfo error;
    m_catalogue.reset();
    if (auto catalogue = PlanCatalogue::load({}, QString(), &error))
        m_catalogue = std::make_shared<const PlanCatalogue>(std::move(*catalogue));
    else
        m_catalogueError = error.message;
    m_target.clear();
    m_version.reset();
    clearCheckResult();
    Q_EMIT catalogueChanged();
    Q_EMIT planChanged();
}

bool WizardConfig::isProject() const
{
    return m_catalogue && m_catalogue->project();
}

bool WizardConfig::openPlanFolder(const QString &folder, ErrorInfo *error)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    const ProjectKind kind = ProjectLoader::kindOf(path);
    if (kind != ProjectKind::PlanFolder && kind != ProjectKind::Unknown)
        return openProject(path, error);
    ErrorInfo err;
    // Loaded before it is listed: a broken folder never shows up as a choice.
    auto plan = PlanLoader::loadFolder(path, path, &err);
    if (!plan)
        return fail(error, err.message, err.details);
    if (!m_planFolders.contains(path))
        m_planFolders << path;
    m_plan = std::make_shared<const Plan>(std::move(*plan));
    m_planSource = path;
    m_singlePlan = true; // a folder of its own is run as that one plan, as --plan DIR does
    clearCheckResult();
    Q_EMIT planChanged();
    return true;
}

QString WizardConfig::planProblem() const
{
    if (m_singlePlan) {
        if (!m_plan)
            return tr("No plan is selected.");
        if (!m_plan->supportsDriver(m_connection.driverName()))
            return tr("The plan \"%1\" has no SQL for %2 databases.").arg(m_plan->id, m_connection.driverName());
        if (m_plan->needsKey && m_keyFile.isEmpty())
            return tr("The plan \"%1\" encrypts: choose its key file.").arg(m_plan->id);
        return {};
    }
    if (!m_catalogue)
        return m_catalogueError;
    if (!m_version)
        return m_versionError.isEmpty() ? tr("Test the connection first: it finds out where the database stands.")
                                        : tr("The database's version could not be read: %1").arg(m_versionError);
    const QString blocker = m_version->blocker(latestVersion());
    if (!blocker.isEmpty())
        return blocker;
    if (!m_version->drift.isEmpty())
        return tr("The database's history and its schema disagree, so nothing can run: %1")
            .arg(m_version->drift.join(QLatin1Char(' ')));
    const QList<const Plan *> plans = runPlans();
    if (plans.isEmpty())
        return targetVersions().isEmpty() ? tr("Nothing to do: the database is at the newest version.")
                                          : tr("No plan leads from %1 to %2.").arg(m_version->version, effectiveTarget());
    for (const Plan *plan : plans)
        if (plan->needsKey && m_keyFile.isEmpty())
            return tr("\"%1\" encrypts: choose its key file.").arg(plan->title);
    return {};
}

bool WizardConfig::setKeyFile(const QString &path, ErrorInfo *error)
{
    // Checked now, so the plan page can say what is wrong; the key itself is not kept.
    const auto key = KeyFile::read(path, error);
    if (!key)
        return false;
    m_keyFile = QFileInfo(path).absoluteFilePath();
    m_keyFingerprint = KeyFile::fingerprint(*key);
    clearCheckResult();
    Q_EMIT planChanged();
    return true;
}

void WizardConfig::setCheckResult(const RunResult &result)
{
    m_checkResult = result;
    m_hasCheckResult = true;
    QList<CheckTableModel::PlanGroup> groups;
    for (const RunResult &part : result.path)
        groups << CheckTableModel::PlanGroup{part.planId, part.planTitle, part.fromVersion, part.toVersion};
    m_checks.setChecks(result.checks, groups);
    Q_EMIT checkResultChanged();
}

RunResult WizardConfig::checkReport() const
{
    RunResult report = m_checkResult;
    const QStringList accepted = m_checks.acceptedRisks();
    const QString by = m_operatorName.isEmpty() ? defaultOperatorName() : m_operatorName;
    for (CheckResult &c : report.checks) {
        c.accepted = accepted.contains(c.id);
        c.acceptedBy = c.accepted ? by : QString();
    }
    // The engine's verdict counted no acceptance (the check ran before anyone ticked a box).
    if (report.outcome == RunOutcome::Blocked && m_checks.allowsProceeding()) {
        report.outcome = RunOutcome::Ok;
        report.error = ErrorInfo{};
    }
    return report;
}

void WizardConfig::clearCheckResult()
{
    if (!m_hasCheckResult && m_checks.rowCount() == 0)
        return;
    m_checkResult = RunResult{};
    m_hasCheckResult = false;
    m_checks.clear();
    Q_EMIT checkResultChanged();
}

QString WizardConfig::defaultOperatorName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

RunOptions WizardConfig::runOptions(RunAction action, const QString &rollbackTo) const
{
    RunOptions options;
    options.action = action;
    options.connection = m_connection;
    options.catalogue = m_catalogue;
    if (m_singlePlan)
        options.plan = m_plan;
    else
        options.targetVersion = action == RunAction::Rollback ? rollbackTo : m_target;
    options.operatorName = m_operatorName;
    // Chosen only when a plan needs it; a rollback of an encrypting plan needs it too.
    options.keyFile = m_keyFile;
    if (action == RunAction::Apply)
        options.acceptedRisks = m_checks.acceptedRisks();
    if (action == RunAction::Rehearse)
        options.acceptAllWarnings = true;
    return options;
}

QString WizardConfig::backupLocation() const
{
    const QList<const Plan *> plans = runPlans();
    const Plan *first = plans.value(0, m_plan.get());
    const Plan *transactional = nullptr;
    bool batched = false;
    for (const Plan *plan : plans) {
        if (plan->isBatched())
            batched = true;
        else if (!transactional)
            transactional = plan;
    }
    const QString batchedText = tr("No copy: the plan runs batch by batch while the application keeps working, and "
                                   "its rollback undoes it batch by batch. Keep the key file safe: without it nothing "
                                   "can be decrypted.");
    if (batched && !transactional)
        return batchedText;
    QString text;
    if (m_connection.isSqlite()) {
        const QFileInfo file(m_connection.path);
        text = tr("A copy of the whole database, written and verified before anything changes, beside the file in "
                  "%1 (named %2.before-%3-…bak).")
                   .arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName(),
                        transactional ? transactional->id : PlanLoader::defaultPlanId());
    } else {
        text = tr("No file copy: the whole migration is one PostgreSQL transaction, and the plan's rollback steps "
                  "restore %1 if needed. Make a server backup (pg_dump) first if your procedures ask for one.")
                   .arg(first ? first->fromVersion : QString());
    }
    if (batched)
        text += QLatin1Char('\n') + tr("The plan that encrypts runs after it, batch by batch, without a copy: keep the "
                                       "key file safe, without it nothing can be decrypted.");
    return text;
}

QList<QPair<QString, QString>> WizardConfig::summary() const
{
    QList<QPair<QString, QString>> lines;
    lines << qMakePair(tr("Database"), m_connection.displayUrl());
    const QList<const Plan *> plans = runPlans();
    QStringList planLines;
    QStringList locked;
    for (const Plan *plan : plans) {
        planLines << tr("%1 — %2 (%3 → %4)").arg(plan->id, plan->title, plan->fromVersion, plan->toVersion);
        for (const QString &table : plan->lockTables)
            if (!locked.contains(table))
                locked << table;
    }
    if (plans.size() == 1)
        lines << qMakePair(tr("Plan"), planLines.first());
    else if (plans.size() > 1)
        lines << qMakePair(tr("Plans"), planLines.join(QLatin1Char('\n')));
    if (!locked.isEmpty())
        lines << qMakePair(tr("Locked while it runs"), locked.join(QStringLiteral(", ")));
    lines << qMakePair(tr("Backup"), backupLocation());
    QStringList risks;
    for (const QString &id : m_checks.acceptedRisks()) {
        const int row = m_checks.rowOf(id);
        const CheckResult *c = m_checks.checkAt(row);
        risks << (c ? QStringLiteral("%1 (%2)").arg(c->message, id) : id);
    }
    lines << qMakePair(tr("Accepted risks"), risks.isEmpty() ? tr("none") : risks.join(QLatin1Char('\n')));
    lines << qMakePair(tr("Operator"), m_operatorName.isEmpty() ? defaultOperatorName() : m_operatorName);
    return lines;
}

QList<const Plan *> WizardConfig::finalizeDue(const QList<HistoryEntry> &history, const QDateTime &now) const
{
    QList<const Plan *> due;
    if (!m_catalogue)
        return due;
    const QList<const Plan *> plans = isSinglePlan() && m_plan ? QList<const Plan *>{m_plan.get()}
                                                              : m_catalogue->chain(m_connection.driverName());
    for (const Plan *plan : plans) {
        const auto at = FinalizedPlan::dueAt(*plan, history);
        if (at && *at <= now)
            due << plan;
    }
    return due;
}
