// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardConfig.h"

#include "crypto/KeyFile.h"

#include "plan/PlanLoader.h"

#include <QDir>
#include <QFileInfo>

WizardConfig::WizardConfig(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_recent(settings)
{
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
    Q_EMIT connectionChanged();
}

void WizardConfig::connectionTested(const ConnectionSpec &spec, bool ok)
{
    if (!sameConnection(spec, m_connection))
        return; // an answer about fields that have been changed since
    if (ok)
        m_recent.remember(spec);
    setVerified(ok);
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

bool WizardConfig::openPlanFolder(const QString &folder, ErrorInfo *error)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    ErrorInfo err;
    // Loaded before it is listed: a broken folder never shows up as a choice.
    auto plan = PlanLoader::loadFolder(path, path, &err);
    if (!plan)
        return fail(error, err.message, err.details);
    if (!m_planFolders.contains(path))
        m_planFolders << path;
    m_plan = std::make_shared<const Plan>(std::move(*plan));
    m_planSource = path;
    clearCheckResult();
    Q_EMIT planChanged();
    return true;
}

QString WizardConfig::planProblem() const
{
    if (!m_plan)
        return tr("No plan is selected.");
    if (!m_plan->supportsDriver(m_connection.driverName()))
        return tr("The plan \"%1\" has no SQL for %2 databases.").arg(m_plan->id, m_connection.driverName());
    if (m_plan->needsKey && m_keyFile.isEmpty())
        return tr("The plan \"%1\" encrypts: choose its key file.").arg(m_plan->id);
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
    m_checks.setChecks(result.checks);
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

RunOptions WizardConfig::runOptions(RunAction action) const
{
    RunOptions options;
    options.action = action;
    options.connection = m_connection;
    options.plan = m_plan;
    options.operatorName = m_operatorName;
    if (m_plan && m_plan->needsKey)
        options.keyFile = m_keyFile;
    if (action == RunAction::Apply)
        options.acceptedRisks = m_checks.acceptedRisks();
    if (action == RunAction::Rehearse)
        options.acceptAllWarnings = true;
    return options;
}

QString WizardConfig::backupLocation() const
{
    if (m_plan && m_plan->isBatched())
        return tr("No copy: the plan runs batch by batch while the application keeps working, and its rollback "
                  "undoes it batch by batch. Keep the key file safe: without it nothing can be decrypted.");
    if (m_connection.isSqlite()) {
        const QFileInfo file(m_connection.path);
        return tr("A copy of the whole database, written and verified before anything changes, beside the file in "
                  "%1 (named %2.before-%3-…bak).")
            .arg(QDir::toNativeSeparators(file.absolutePath()), file.fileName(),
                 m_plan ? m_plan->id : PlanLoader::defaultPlanId());
    }
    return tr("No file copy: the whole migration is one PostgreSQL transaction, and the plan's rollback steps restore "
              "%1 if needed. Make a server backup (pg_dump) first if your procedures ask for one.")
        .arg(m_plan ? m_plan->fromVersion : QString());
}

QList<QPair<QString, QString>> WizardConfig::summary() const
{
    QList<QPair<QString, QString>> lines;
    lines << qMakePair(tr("Database"), m_connection.displayUrl());
    if (m_plan)
        lines << qMakePair(tr("Plan"), tr("%1 — %2 (%3 → %4)").arg(m_plan->id, m_plan->title, m_plan->fromVersion,
                                                                    m_plan->toVersion));
    if (m_plan && !m_plan->lockTables.isEmpty())
        lines << qMakePair(tr("Locked while it runs"), m_plan->lockTables.join(QStringLiteral(", ")));
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
