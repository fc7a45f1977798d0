// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfill/CheckpointStore.h"

#include "db/DatabaseConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

bool CheckpointStore::ensureTable(ErrorInfo *error)
{
    ErrorInfo err;
    if (m_db.tableExists(tableName(), &err))
        return true;
    if (err.isError())
        return fail(error, err.message, err.details);
    const QString sql = QStringLiteral(
        "CREATE TABLE %1 (plan_id TEXT NOT NULL, action TEXT NOT NULL, step_id TEXT NOT NULL, "
        "last_key BIGINT NOT NULL DEFAULT 0, rows_done BIGINT NOT NULL DEFAULT 0, pass INTEGER NOT NULL DEFAULT 1, "
        "done INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, PRIMARY KEY (plan_id, action, step_id))")
                            .arg(m_db.qualified(tableName()));
    return m_db.exec(sql, error, QCoreApplication::translate("CheckpointStore", "Creating the checkpoint table"));
}

std::optional<QHash<QString, Checkpoint>> CheckpointStore::load(const QString &planId, const QString &action,
                                                                ErrorInfo *error)
{
    QHash<QString, Checkpoint> out;
    ErrorInfo err;
    if (!m_db.tableExists(tableName(), &err)) {
        if (err.isError()) {
            fail(error, err.message, err.details);
            return std::nullopt;
        }
        return out;
    }
    QSqlQuery q = m_db.query();
    const QString sql = QStringLiteral("SELECT step_id, last_key, rows_done, pass, done FROM %1 "
                                       "WHERE plan_id = ? AND action = ?")
                            .arg(m_db.qualified(tableName()));
    if (!m_db.exec(q, sql, {planId, action}, error, QCoreApplication::translate("CheckpointStore", "Reading the checkpoints")))
        return std::nullopt;
    while (q.next()) {
        Checkpoint c;
        c.stepId = q.value(0).toString();
        c.lastKey = q.value(1).toLongLong();
        c.rowsDone = q.value(2).toLongLong();
        c.pass = q.value(3).toInt();
        c.done = q.value(4).toInt() != 0;
        out.insert(c.stepId, c);
    }
    return out;
}

bool CheckpointStore::save(const QString &planId, const QString &action, const Checkpoint &c, ErrorInfo *error)
{
    // An upsert both engines know (SQLite 3.24+, PostgreSQL 9.5+).
    const QString sql = QStringLiteral(
        "INSERT INTO %1 (plan_id, action, step_id, last_key, rows_done, pass, done, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, action, step_id) DO UPDATE SET "
        "last_key = excluded.last_key, rows_done = excluded.rows_done, pass = excluded.pass, done = excluded.done, "
        "updated_at = excluded.updated_at")
                            .arg(m_db.qualified(tableName()));
    QSqlQuery q = m_db.query();
    return m_db.exec(q, sql,
                     {planId, action, c.stepId, c.lastKey, c.rowsDone, c.pass, c.done ? 1 : 0,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     error, QCoreApplication::translate("CheckpointStore", "Writing the checkpoint"));
}

bool CheckpointStore::clear(const QString &planId, const QString &action, ErrorInfo *error)
{
    ErrorInfo err;
    if (!m_db.tableExists(tableName(), &err))
        return !err.isError() || fail(error, err.message, err.details);
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("DELETE FROM %1 WHERE plan_id = ? AND action = ?").arg(m_db.qualified(tableName())),
                   {planId, action}, error, QCoreApplication::translate("CheckpointStore", "Clearing the checkpoints")))
        return false;
    const QVariant left = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(m_db.qualified(tableName())), error);
    if (!left.isValid())
        return false;
    if (left.toLongLong() > 0)
        return true;
    return m_db.exec(QStringLiteral("DROP TABLE %1").arg(m_db.qualified(tableName())), error,
                     QCoreApplication::translate("CheckpointStore", "Dropping the empty checkpoint table"));
}
