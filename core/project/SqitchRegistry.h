// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ForeignRegistry.h"
#include "project/SqitchPlanFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Sqitch's registry, written as Debian's sqitch 1.3 writes it, so that `sqitch status`,
// `sqitch log` and `sqitch revert` work on a database the assistant migrated (and the
// assistant reads what sqitch deployed).
//
// PostgreSQL: the schema `sqitch` ([engine "pg"] registry) of the same database, created on
// first use and written in record(), inside the run's transaction: the change and its
// registry rows commit or roll back together.
// SQLite: a file of its own beside the database (sqitch.db for flipr.db; [engine "sqlite"]
// registry names another). It cannot share the run's transaction: it is another database file,
// ATTACH is refused inside a transaction (the run's began before the first plan), and two files
// never commit atomically anyway. So record() only checks what Sqitch checks before a deploy,
// and recordAfterCommit() writes every change of the run in one transaction of its own
// connection, after the database's COMMIT; if that fails, the message says how to repair it.
class SqitchRegistry : public ForeignRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SqitchRegistry)

public:
    // planIds[i] is the Plan::id of plan.changes[i]; scriptHashes[i] the SHA-1 of its deploy
    // script's bytes (empty: none). user* come from sqitch.conf's [user], used when the run
    // knows no operator.
    SqitchRegistry(SqitchPlanFile plan, QStringList planIds, QStringList scriptHashes, bool postgresql,
                   QString registryName, QString userName, QString userEmail);

    QString toolName() const override { return QStringLiteral("Sqitch"); }
    QString whereText(const DatabaseConnection &db) const override;
    std::optional<RegistryState> read(DatabaseConnection &db, ErrorInfo *error) const override;
    bool record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const override;
    bool recordAfterCommit(DatabaseConnection &db, const QList<RegistryChange> &changes, ErrorInfo *error) const override;

    // Sqitch's registry_uri rule: `registry` absolute is the path; else it replaces the
    // database file's name, keeping its extension when `registry` has none
    // (flipr.db → sqitch.db, flipr → sqitch).
    static QString sqliteRegistryPath(const QString &databaseFile, const QString &registry);
    QString registryName() const { return m_registryName; }
    const SqitchPlanFile &planFile() const { return m_plan; }

private:
    int indexOf(const QString &planId) const;
    QString committerName(const RegistryChange &change) const;
    QString committerEmail(const RegistryChange &change) const;
    std::optional<RegistryState> readOpen(DatabaseConnection &registryDb, ErrorInfo *error) const;

    SqitchPlanFile m_plan;
    QStringList m_planIds;
    QStringList m_scriptHashes;
    bool m_postgresql = false;
    QString m_registryName;
    QString m_userName;
    QString m_userEmail;
};
