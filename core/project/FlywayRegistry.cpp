// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/FlywayRegistry.h"

#include "db/DatabaseConnection.h"
#include "project/FlywayVersion.h"

#include <QSqlQuery>

#include <algorithm>

FlywayRegistry::FlywayRegistry(std::shared_ptr<const FlywayMigrations> migrations)
    : m_migrations(std::move(migrations))
{
}

QString FlywayRegistry::whereText(const DatabaseConnection &db) const
{
    return db.isSqlite() ? tr("the table %1 of the database").arg(m_migrations->table)
                         : tr("the table %1 in the schema %2").arg(m_migrations->table, db.spec().schema);
}

QStringList FlywayRegistry::createStatements(const DatabaseConnection &db) const
{
    const QString table = m_migrations->table;
    const QString q = db.qualified(table);
    if (db.isSqlite())
        return {QStringLiteral("CREATE TABLE \"main\".%1 (\n"
                               "    \"installed_rank\" INT NOT NULL PRIMARY KEY,\n"
                               "    \"version\" VARCHAR(50),\n"
                               "    \"description\" VARCHAR(200) NOT NULL,\n"
                               "    \"type\" VARCHAR(20) NOT NULL,\n"
                               "    \"script\" VARCHAR(1000) NOT NULL,\n"
                               "    \"checksum\" INT,\n"
                               "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                               "    \"installed_on\" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),\n"
                               "    \"execution_time\" INT NOT NULL,\n"
                               "    \"success\" BOOLEAN NOT NULL\n)").arg(q),
                QStringLiteral("CREATE INDEX \"main\".%1 ON %2 (\"success\")")
                    .arg(DatabaseConnection::quoteIdentifier(table + QStringLiteral("_s_idx")), q)};
    return {QStringLiteral("CREATE TABLE %1 (\n"
                           "    \"installed_rank\" INT NOT NULL,\n"
                           "    \"version\" VARCHAR(50),\n"
                           "    \"description\" VARCHAR(200) NOT NULL,\n"
                           "    \"type\" VARCHAR(20) NOT NULL,\n"
                           "    \"script\" VARCHAR(1000) NOT NULL,\n"
                           "    \"checksum\" INTEGER,\n"
                           "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                           "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT now(),\n"
                           "    \"execution_time\" INTEGER NOT NULL,\n"
                           "    \"success\" BOOLEAN NOT NULL\n)").arg(q),
            QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 PRIMARY KEY (\"installed_rank\")")
                .arg(q, DatabaseConnection::quoteIdentifier(table + QStringLiteral("_pk"))),
            QStringLiteral("CREATE INDEX %1 ON %2 (\"success\")")
                .arg(DatabaseConnection::quoteIdentifier(table + QStringLiteral("_s_idx")), q)};
}

bool FlywayRegistry::ensureTable(DatabaseConnection &db, ErrorInfo *error) const
{
    ErrorInfo e;
    const bool exists = db.tableExists(m_migrations->table, &e);
    if (e.isError())
        return fail(error, e.message, e.details);
    if (exists)
        return true;
    for (const QString &sql : createStatements(db))
        if (!db.exec(sql, error, tr("create %1").arg(m_migrations->table)))
            return false;
    return true;
}

std::optional<RegistryState> FlywayRegistry::read(DatabaseConnection &db, ErrorInfo *error) const
{
    RegistryState state;
    ErrorInfo e;
    state.present = db.tableExists(m_migrations->table, &e);
    if (e.isError()) {
        fail(error, e.message, e.details);
        return std::nullopt;
    }
    if (!state.present)
        return state;
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\", "
                                   "\"installed_on\" FROM %1 ORDER BY \"installed_rank\"").arg(db.qualified(m_migrations->table)),
                 {}, error, tr("read %1").arg(m_migrations->table)))
        return std::nullopt;
    QList<FlywayVersion> applied;
    QHash<QString, qint32> repeatables;
    auto removeVersion = [&](const FlywayVersion &v) {
        applied.erase(std::remove(applied.begin(), applied.end(), v), applied.end());
    };
    while (q.next()) {
        const QString written = q.value(0).toString();
        const QString type = q.value(2).toString().toUpper();
        const bool success = q.value(5).toBool();
        const std::optional<FlywayVersion> version =
            q.value(0).isNull() ? std::nullopt : FlywayVersion::parse(written);
        if (!success) {
            if (!state.dirty) {
                const QString what = q.value(0).isNull() ? q.value(3).toString() : QStringLiteral("V") + written;
                state.dirtyDetail = tr("%1 (%2) failed at %3 and was not repaired: run flyway repair, or fix the "
                                       "database by hand and delete its row from %4")
                                        .arg(what, q.value(3).toString(), q.value(6).toString(), m_migrations->table);
            }
            state.dirty = true;
            continue;
        }
        if (type.startsWith(QLatin1String("UNDO_")) || type == QLatin1String("DELETE")) {
            if (version)
                removeVersion(*version);
        } else if (version) {
            removeVersion(*version);
            applied << *version; // SQL, JDBC, BASELINE, …
        } else if (q.value(0).isNull() && type != QLatin1String("SCHEMA")) {
            repeatables.insert(q.value(1).toString(), q.value(4).toInt());
        }
    }
    if (applied.isEmpty() && m_migrations->repeatable.isEmpty())
        return state;
    const auto highest = std::max_element(applied.cbegin(), applied.cend());
    for (const FlywayVersion &v : std::as_const(applied)) {
        const auto known = std::find_if(m_migrations->versioned.cbegin(), m_migrations->versioned.cend(),
                                        [&](const FlywayMigration &m) { return FlywayVersion::parse(m.version) == v; });
        if (known == m_migrations->versioned.cend())
            state.unknown << QStringLiteral("V") + v.text();
    }
    for (const FlywayMigration &m : m_migrations->versioned) {
        const FlywayVersion v = *FlywayVersion::parse(m.version);
        if (std::find(applied.cbegin(), applied.cend(), v) != applied.cend())
            state.applied << m.planId;
        if (highest != applied.cend() && v == *highest)
            state.version = m.version; // the project's own spelling of it
    }
    if (highest != applied.cend() && state.version.isEmpty())
        state.version = highest->text();
    // Repeatable migrations count as applied only on top of the last version, each with the
    // checksum of the file as it is now (Flyway reruns a changed one).
    const QString last = m_migrations->versioned.isEmpty() ? QString() : m_migrations->versioned.constLast().version;
    if (!m_migrations->repeatablePlanId.isEmpty() && state.version == last) {
        const bool current = std::all_of(m_migrations->repeatable.cbegin(), m_migrations->repeatable.cend(),
                                         [&](const FlywayMigration &r) {
                                             return repeatables.contains(r.description)
                                                 && repeatables.value(r.description) == r.checksum;
                                         });
        if (current) {
            state.version = m_migrations->repeatableVersion;
            state.applied << m_migrations->repeatablePlanId;
        }
    }
    return state;
}

QHash<QString, qint32> FlywayRegistry::repeatableChecksums(DatabaseConnection &db, ErrorInfo *error) const
{
    QHash<QString, qint32> out;
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT \"description\", \"checksum\" FROM %1 WHERE \"version\" IS NULL AND \"success\" "
                                   "ORDER BY \"installed_rank\"").arg(db.qualified(m_migrations->table)),
                 {}, error, tr("read %1").arg(m_migrations->table)))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

bool FlywayRegistry::insertRow(DatabaseConnection &db, const QVariant &version, const QString &description,
                               const QString &type, const QString &script, qint32 checksum,
                               const RegistryChange &change, ErrorInfo *error) const
{
    const QString table = db.qualified(m_migrations->table);
    ErrorInfo e;
    const qint64 rank = db.scalar(QStringLiteral("SELECT COALESCE(MAX(\"installed_rank\"), 0) + 1 FROM %1").arg(table), &e).toLongLong();
    if (e.isError())
        return fail(error, e.message, e.details);
    // Flyway writes the database user; SQLite has none (Flyway writes ""), so there the person.
    QString by = m_migrations->installedBy;
    if (by.isEmpty() && !db.isSqlite())
        by = db.scalar(QStringLiteral("SELECT current_user"), &e).toString();
    if (by.isEmpty())
        by = change.operatorName;
    const qint64 ms = change.startedAt.isValid() && change.finishedAt.isValid() ? change.startedAt.msecsTo(change.finishedAt) : 0;
    QSqlQuery q = db.query();
    return db.exec(q,
                   QStringLiteral("INSERT INTO %1 (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                                  "\"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(table),
                   {rank, version, description.left(200), type, script.left(1000), checksum, by.left(100),
                    int(std::clamp<qint64>(ms, 0, INT_MAX)), true},
                   error, tr("record %1 in %2").arg(script, m_migrations->table));
}

bool FlywayRegistry::record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const
{
    if (!ensureTable(db, error))
        return false;
    const bool apply = change.action != RunAction::Rollback;
    if (change.planId == m_migrations->repeatablePlanId && !m_migrations->repeatablePlanId.isEmpty()) {
        ErrorInfo e;
        const QHash<QString, qint32> now = repeatableChecksums(db, &e);
        if (e.isError())
            return fail(error, e.message, e.details);
        for (const FlywayMigration &r : m_migrations->repeatable) {
            const bool recorded = now.contains(r.description) && now.value(r.description) == r.checksum;
            if (apply && !recorded
                && !insertRow(db, QVariant(QMetaType::fromType<QString>()), r.description, QStringLiteral("SQL"), r.script,
                              r.checksum, change, error))
                return false;
            // Undoing repeatables is not Flyway's; forgetting their rows makes the next
            // `flyway migrate` (and the assistant) run them again, which is what they are for.
            QSqlQuery q = db.query();
            if (!apply && !db.exec(q, QStringLiteral("DELETE FROM %1 WHERE \"version\" IS NULL AND \"description\" = ? AND "
                                                     "\"checksum\" = ?").arg(db.qualified(m_migrations->table)),
                                   {r.description, r.checksum}, error, tr("forget %1 in %2").arg(r.script, m_migrations->table)))
                return false;
        }
        return true;
    }
    const auto m = std::find_if(m_migrations->versioned.cbegin(), m_migrations->versioned.cend(),
                                [&](const FlywayMigration &x) { return x.planId == change.planId; });
    if (m == m_migrations->versioned.cend())
        return fail(error, tr("%1 is not a migration of this Flyway project.").arg(change.planId));
    if (apply)
        return insertRow(db, m->version, m->description, QStringLiteral("SQL"), m->script, m->checksum, change, error);
    // Without an undo script nothing was undone: an UNDO_SQL row would tell Flyway a lie.
    if (m->undoScript.isEmpty())
        return fail(error, tr("V%1 has no undo migration (U%1__….sql): it cannot be rolled back.").arg(m->version));
    return insertRow(db, m->version, m->undoDescription, QStringLiteral("UNDO_SQL"), m->undoScript, m->undoChecksum,
                     change, error);
}
