// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SqitchRegistry.h"

#include "db/DatabaseConnection.h"
#include "project/SqitchRegistryWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QSqlQuery>

SqitchRegistry::SqitchRegistry(SqitchPlanFile plan, QStringList planIds, QStringList scriptHashes, bool postgresql,
                               QString registryName, QString userName, QString userEmail)
    : m_plan(std::move(plan)), m_planIds(std::move(planIds)), m_scriptHashes(std::move(scriptHashes)),
      m_postgresql(postgresql), m_registryName(std::move(registryName)), m_userName(std::move(userName)),
      m_userEmail(std::move(userEmail))
{
}

QString SqitchRegistry::sqliteRegistryPath(const QString &databaseFile, const QString &registry)
{
    if (QDir::isAbsolutePath(registry))
        return registry;
    const QFileInfo db(databaseFile);
    const QString base = db.fileName();
    QString name = registry;
    if (!registry.contains(QLatin1Char('.')) && base.contains(QLatin1Char('.')))
        name = registry + QLatin1Char('.') + base.section(QLatin1Char('.'), 1); // flipr.db → sqitch.db
    return db.absoluteDir().filePath(name);
}

QString SqitchRegistry::whereText(const DatabaseConnection &db) const
{
    if (m_postgresql)
        return tr("the schema %1 of the database").arg(m_registryName);
    return tr("%1 beside the database").arg(QDir::toNativeSeparators(sqliteRegistryPath(db.spec().path, m_registryName)));
}

int SqitchRegistry::indexOf(const QString &planId) const
{
    return int(m_planIds.indexOf(planId));
}

QString SqitchRegistry::committerName(const RegistryChange &change) const
{
    if (!change.operatorName.isEmpty())
        return change.operatorName;
    if (!m_userName.isEmpty())
        return m_userName;
    return qEnvironmentVariable("USER", QStringLiteral("migration-assistant"));
}

QString SqitchRegistry::committerEmail(const RegistryChange &change) const
{
    if (!change.operatorEmail.isEmpty())
        return change.operatorEmail;
    if (!m_userEmail.isEmpty() && change.operatorName.isEmpty())
        return m_userEmail;
    // Sqitch's own default: the login name at the host.
    return qEnvironmentVariable("USER", QStringLiteral("migration-assistant")) + QLatin1Char('@') + QSysInfo::machineHostName();
}

std::optional<RegistryState> SqitchRegistry::readOpen(DatabaseConnection &registryDb, ErrorInfo *error) const
{
    const SqitchRegistryWriter writer(registryDb, m_registryName, m_plan, m_scriptHashes);
    RegistryState state;
    ErrorInfo probe;
    if (!writer.exists(&probe)) {
        if (probe.isError()) {
            fail(error, probe.message, probe.details);
            return std::nullopt;
        }
        return state;
    }
    state.present = true;
    QSqlQuery q = registryDb.query();
    if (!registryDb.exec(q, QStringLiteral("SELECT change_id, change FROM %1 WHERE project = ? ORDER BY committed_at")
                                .arg(writer.table(QStringLiteral("changes"))),
                         {m_plan.project}, error, tr("reading Sqitch's registry")))
        return std::nullopt;
    while (q.next()) {
        const QString id = q.value(0).toString();
        int index = -1;
        for (int i = 0; i < m_plan.changes.size() && index < 0; ++i)
            if (m_plan.changes.at(i).id == id)
                index = i;
        // A change the plan lacks (a newer release's, or a plan edited after the deploy):
        // the database is at a version no plan of this project knows.
        const QString version = index >= 0 ? m_planIds.at(index) : q.value(1).toString();
        if (index >= 0)
            state.applied << version;
        else
            state.unknown << version;
        state.version = version; // the last one committed
    }
    return state;
}

std::optional<RegistryState> SqitchRegistry::read(DatabaseConnection &db, ErrorInfo *error) const
{
    if (m_postgresql)
        return readOpen(db, error);
    const QString path = sqliteRegistryPath(db.spec().path, m_registryName);
    if (!QFileInfo::exists(path))
        return RegistryState{};
    DatabaseConnection registryDb(ConnectionSpec::sqlite(path));
    if (!registryDb.open(DatabaseConnection::Mode::ReadOnly, error))
        return std::nullopt;
    return readOpen(registryDb, error);
}

bool SqitchRegistry::record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const
{
    const int index = indexOf(change.planId);
    if (index < 0)
        return fail(error, tr("%1 is not a change of the Sqitch project %2.").arg(change.planId, m_plan.project));
    const bool revert = change.action == RunAction::Rollback;
    if (m_postgresql) {
        const SqitchRegistryWriter writer(db, m_registryName, m_plan, m_scriptHashes);
        const QString name = committerName(change), email = committerEmail(change);
        if (revert)
            return writer.revert(index, name, email, {}, error);
        return writer.ensure(name, email, error) && writer.registerProject(name, email, error)
            && writer.checkDeploy(index, 0, error) && writer.deploy(index, name, email, {}, error);
    }
    // SQLite: written after the COMMIT (recordAfterCommit); here only Sqitch's checks, against
    // the registry file as it is, so that a refused change rolls the run back.
    const QString path = sqliteRegistryPath(db.spec().path, m_registryName);
    if (revert || !QFileInfo::exists(path))
        return true;
    DatabaseConnection registryDb(ConnectionSpec::sqlite(path));
    if (!registryDb.open(DatabaseConnection::Mode::ReadOnly, error))
        return false;
    const auto state = readOpen(registryDb, error);
    if (!state)
        return false;
    if (!state->present)
        return true;
    // The changes of this run before this one are not in the file yet.
    const int registeredUpTo = state->applied.isEmpty() ? -1 : indexOf(state->applied.last());
    const SqitchRegistryWriter writer(registryDb, m_registryName, m_plan, m_scriptHashes);
    return writer.checkDeploy(index, index - registeredUpTo - 1, error);
}

bool SqitchRegistry::recordAfterCommit(DatabaseConnection &db, const QList<RegistryChange> &changes, ErrorInfo *error) const
{
    if (m_postgresql || changes.isEmpty())
        return true;
    const QString path = sqliteRegistryPath(db.spec().path, m_registryName);
    const bool created = !QFileInfo::exists(path);
    auto repair = [&](const ErrorInfo &why) {
        if (created)
            QFile::remove(path);
        QStringList ids;
        for (const RegistryChange &c : changes)
            ids << c.planId;
        return fail(error,
                    tr("The database was changed and committed, but Sqitch's registry %1 could not be written: %2 "
                       "Until it is, sqitch does not know of %3. In the project folder, run `sqitch deploy --log-only` "
                       "(or `sqitch revert --log-only`) with --to the last of them to record it.")
                        .arg(QDir::toNativeSeparators(path), why.message, ids.join(QStringLiteral(", "))),
                    why.details);
    };
    if (created) {
        bool onlyReverts = true;
        for (const RegistryChange &c : changes)
            onlyReverts = onlyReverts && c.action == RunAction::Rollback;
        if (onlyReverts)
            return true; // nothing sqitch knows of was reverted
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) // an empty file is an empty SQLite database
            return repair(ErrorInfo::make(file.errorString()));
    }
    ErrorInfo why;
    {
        DatabaseConnection registryDb(ConnectionSpec::sqlite(path));
        const SqitchRegistryWriter writer(registryDb, m_registryName, m_plan, m_scriptHashes);
        bool ok = registryDb.open(DatabaseConnection::Mode::ReadWrite, &why)
            && registryDb.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &why) // as Sqitch's connection has it
            && registryDb.exec(QStringLiteral("BEGIN IMMEDIATE"), &why);
        const bool began = ok;
        if (ok) {
            const QString name = committerName(changes.first()), email = committerEmail(changes.first());
            ok = writer.ensure(name, email, &why) && writer.registerProject(name, email, &why);
        }
        // Each row strictly later than the one before: sqitch finds the last change deployed by
        // ORDER BY committed_at, and a run writes many within one millisecond.
        QDateTime at = QDateTime::currentDateTimeUtc();
        for (int i = 0; ok && i < changes.size(); ++i) {
            const RegistryChange &c = changes.at(i);
            const int index = indexOf(c.planId);
            if (index < 0) {
                ok = fail(&why, tr("%1 is not a change of the Sqitch project %2.").arg(c.planId, m_plan.project));
                break;
            }
            at = qMax(at.addMSecs(1), QDateTime::currentDateTimeUtc());
            const QString stamp = at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            ok = c.action == RunAction::Rollback
                ? writer.revert(index, committerName(c), committerEmail(c), stamp, &why)
                : writer.deploy(index, committerName(c), committerEmail(c), stamp, &why);
        }
        if (ok)
            ok = registryDb.exec(QStringLiteral("COMMIT"), &why);
        if (!ok && began)
            registryDb.exec(QStringLiteral("ROLLBACK"), nullptr);
        if (ok)
            return true;
    }
    return repair(why);
}
