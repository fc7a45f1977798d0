// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/MigrateRegistry.h"

#include "db/DatabaseConnection.h"

#include <QSqlQuery>

MigrateRegistry::MigrateRegistry(QList<MigrateMigration> migrations) : m_migrations(std::move(migrations)) {}

QString MigrateRegistry::whereText(const DatabaseConnection &db) const
{
    return db.isSqlite() ? tr("the table %1 of the database").arg(table())
                         : tr("the table %1 in the schema %2").arg(table(), db.spec().schema);
}

QStringList MigrateRegistry::createStatements(const DatabaseConnection &db) const
{
    const QString q = db.qualified(table());
    if (db.isSqlite())
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version uint64,dirty bool)").arg(q),
                QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON %1 (version)").arg(q)};
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version bigint not null primary key, dirty boolean not null)").arg(q)};
}

std::optional<RegistryState> MigrateRegistry::read(DatabaseConnection &db, ErrorInfo *error) const
{
    RegistryState state;
    ErrorInfo e;
    state.present = db.tableExists(table(), &e);
    if (e.isError()) {
        fail(error, e.message, e.details);
        return std::nullopt;
    }
    if (!state.present)
        return state;
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT version, dirty FROM %1 LIMIT 1").arg(db.qualified(table())), {}, error,
                 tr("read %1").arg(table())))
        return std::nullopt;
    if (!q.next())
        return state; // no row: nothing applied (golang-migrate's nil version)
    const qint64 version = q.value(0).toLongLong();
    state.dirty = q.value(1).toBool();
    if (version < 0) {
        // -1 with dirty: a down of the first migration failed (golang-migrate issue 330).
        if (state.dirty)
            state.dirtyDetail = tr("the rollback of the first migration was left dirty: a previous run failed in it; "
                                   "check the database, then `migrate force -1` (nothing applied) or `migrate force "
                                   "%1` (still applied)").arg(m_migrations.isEmpty() ? 1 : m_migrations.constFirst().version);
        return state;
    }
    state.version = QString::number(version);
    bool known = false;
    for (const MigrateMigration &m : m_migrations) {
        if (m.version <= quint64(version))
            state.applied << m.planId;
        known = known || m.version == quint64(version);
    }
    if (!known)
        state.unknown << state.version;
    if (state.dirty) {
        QString before = QStringLiteral("-1");
        for (const MigrateMigration &m : m_migrations)
            if (m.version == quint64(version) && m.previous)
                before = QString::number(*m.previous);
        state.dirtyDetail = tr("migration %1 was left dirty: a previous run failed in it; check the database, then "
                               "`migrate force %2` if it changed nothing (or you undid it), or `migrate force %1` if "
                               "it completed")
                                .arg(state.version, before);
    }
    return state;
}

bool MigrateRegistry::record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const
{
    const auto m = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                                [&](const MigrateMigration &x) { return x.planId == change.planId; });
    if (m == m_migrations.cend())
        return fail(error, tr("%1 is not a migration of this golang-migrate project.").arg(change.planId));
    if (change.action == RunAction::Rollback && !m->hasDown)
        return fail(error, tr("migration %1 has no down script: it cannot be rolled back.").arg(m->version));
    for (const QString &sql : createStatements(db))
        if (!db.exec(sql, error, tr("create %1").arg(table())))
            return false;
    if (!db.exec(QStringLiteral("DELETE FROM %1").arg(db.qualified(table())), error, tr("empty %1").arg(table())))
        return false;
    const std::optional<quint64> version = change.action == RunAction::Rollback ? m->previous : std::optional(m->version);
    if (!version)
        return true;
    QSqlQuery q = db.query();
    return db.exec(q, QStringLiteral("INSERT INTO %1 (version, dirty) VALUES (?, ?)").arg(db.qualified(table())),
                   {qint64(*version), false}, error, tr("record version %1 in %2").arg(*version).arg(table()));
}
