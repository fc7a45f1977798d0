// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryStore.h"

#include "db/DatabaseConnection.h"
#include "snapshot/TableSnapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString json(const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); }
QJsonArray array(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }
QString timestamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QString json(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QMap<QString, QString> map(const QVariant &value)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}
// Added in the version that records each file's checksum; older tables lack it.
const QString kPlanFiles = QStringLiteral("plan_files");
} // namespace

bool HistoryStore::exists(ErrorInfo *error) const
{
    return m_db.tableExists(tableName(), error);
}

bool HistoryStore::hasColumn(const QString &column, ErrorInfo *error) const
{
    const QString sql = m_db.isSqlite()
        ? QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?")
        : QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                         "AND column_name = ?");
    const QVariantList values = m_db.isSqlite() ? QVariantList{tableName(), column}
                                                : QVariantList{m_db.spec().schema, tableName(), column};
    return m_db.scalar(sql, error, values).toLongLong() > 0;
}

bool HistoryStore::ensureTable(ErrorInfo *error)
{
    ErrorInfo err;
    if (exists(&err)) {
        // A table an earlier version created: add what this version writes. Called inside the
        // run's transaction, so a run that does not commit leaves the table as it was.
        const bool hasFiles = hasColumn(kPlanFiles, &err);
        if (err.isError())
            return fail(error, err.message, err.details);
        if (hasFiles)
            return true;
        return m_db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT")
                             .arg(m_db.qualified(tableName()), DatabaseConnection::quoteIdentifier(kPlanFiles)),
                         error, QCoreApplication::translate("HistoryStore", "Adding the plan's file checksums to the "
                                                                            "history table"));
    }
    if (err.isError())
        return fail(error, err.message, err.details);
    const QString id = m_db.isSqlite() ? QStringLiteral("id INTEGER PRIMARY KEY")
                                       : QStringLiteral("id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    const QString sql = QStringLiteral(
        "CREATE TABLE %1 (%2, plan_id TEXT NOT NULL, plan_checksum TEXT NOT NULL, from_version TEXT, "
        "to_version TEXT, action TEXT NOT NULL, outcome TEXT NOT NULL, started_at TEXT NOT NULL, "
        "finished_at TEXT NOT NULL, host TEXT, os_user TEXT, operator TEXT, app_version TEXT, "
        "accepted_risks TEXT NOT NULL DEFAULT '[]', tables_before TEXT NOT NULL DEFAULT '[]', "
        "tables_after TEXT NOT NULL DEFAULT '[]', backup_path TEXT, plan_files TEXT)")
                            .arg(m_db.qualified(tableName()), id);
    return m_db.exec(sql, error, QCoreApplication::translate("HistoryStore", "Creating the history table"));
}

std::optional<QList<HistoryEntry>> HistoryStore::entries(const QString &planId, ErrorInfo *error) const
{
    QList<HistoryEntry> out;
    ErrorInfo err;
    if (!exists(&err)) {
        if (err.isError()) {
            fail(error, err.message, err.details);
            return std::nullopt;
        }
        return out;
    }
    // Reading never alters the table (--status takes no lock): a table of an earlier version
    // has no plan_files, and its rows then have no per-file checksums.
    const bool hasFiles = hasColumn(kPlanFiles, &err);
    if (err.isError()) {
        fail(error, err.message, err.details);
        return std::nullopt;
    }
    QSqlQuery q = m_db.query();
    const QString sql = QStringLiteral(
        "SELECT id, plan_id, plan_checksum, from_version, to_version, action, outcome, started_at, finished_at, "
        "host, os_user, operator, app_version, accepted_risks, tables_before, tables_after, backup_path, %3 "
        "FROM %1 %2 ORDER BY id")
                            .arg(m_db.qualified(tableName()),
                                 planId.isEmpty() ? QString() : QStringLiteral("WHERE plan_id = ?"),
                                 hasFiles ? DatabaseConnection::quoteIdentifier(kPlanFiles) : QStringLiteral("NULL"));
    q.prepare(sql);
    if (!planId.isEmpty())
        q.bindValue(0, planId);
    if (!q.exec()) {
        const ErrorInfo e = m_db.describe(q.lastError(), QCoreApplication::translate("HistoryStore", "Reading the history"), sql);
        fail(error, e.message, e.details);
        return std::nullopt;
    }
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.planId = q.value(1).toString();
        e.planChecksum = q.value(2).toString();
        e.fromVersion = q.value(3).toString();
        e.toVersion = q.value(4).toString();
        e.action = q.value(5).toString();
        e.outcome = q.value(6).toString();
        e.startedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        e.finishedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        e.host = q.value(9).toString();
        e.osUser = q.value(10).toString();
        e.operatorName = q.value(11).toString();
        e.appVersion = q.value(12).toString();
        e.acceptedRisks = array(q.value(13).toString());
        e.tablesBefore = TableSnapshot::fromJson(array(q.value(14).toString()));
        e.tablesAfter = TableSnapshot::fromJson(array(q.value(15).toString()));
        e.backupPath = q.value(16).toString();
        e.planFiles = map(q.value(17));
        out << e;
    }
    return out;
}

std::optional<HistoryEntry> HistoryStore::last(const QString &planId, ErrorInfo *error) const
{
    ErrorInfo err;
    const auto all = entries(planId, &err);
    if (!all) {
        fail(error, err.message, err.details);
        return std::nullopt;
    }
    for (auto it = all->crbegin(); it != all->crend(); ++it)
        if (it->action == QLatin1String("apply") || it->action == QLatin1String("rollback"))
            return *it;
    return std::nullopt;
}

bool HistoryStore::append(HistoryEntry &entry, ErrorInfo *error)
{
    if (!ensureTable(error))
        return false;
    QSqlQuery q = m_db.query();
    const QString sql = QStringLiteral(
        "INSERT INTO %1 (plan_id, plan_checksum, from_version, to_version, action, outcome, started_at, "
        "finished_at, host, os_user, operator, app_version, accepted_risks, tables_before, tables_after, "
        "backup_path, plan_files) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(m_db.qualified(tableName()));
    const QVariantList values{entry.planId, entry.planChecksum, entry.fromVersion, entry.toVersion, entry.action,
                              entry.outcome, timestamp(entry.startedAt), timestamp(entry.finishedAt), entry.host,
                              entry.osUser, entry.operatorName, entry.appVersion, json(entry.acceptedRisks),
                              json(TableSnapshot::toJson(entry.tablesBefore)),
                              json(TableSnapshot::toJson(entry.tablesAfter)),
                              entry.backupPath.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                         : QVariant(entry.backupPath),
                              json(entry.planFiles)};
    return m_db.exec(q, sql, values, error, QCoreApplication::translate("HistoryStore", "Writing the history"));
}

bool HistoryStore::replaceTablesAfter(qint64 id, const QList<TableState> &tables, ErrorInfo *error)
{
    QSqlQuery q = m_db.query();
    const QString sql = QStringLiteral("UPDATE %1 SET tables_after = ? WHERE id = ?").arg(m_db.qualified(tableName()));
    return m_db.exec(q, sql, {json(TableSnapshot::toJson(tables)), id}, error,
                     QCoreApplication::translate("HistoryStore", "Writing the history"));
}
