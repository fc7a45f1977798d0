// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/SharedQueryCache.h"

#include "db/DatabaseConnection.h"
#include "db/ParallelReads.h"
#include "plan/PlanScript.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QString SharedQueryCache::sqlFor(const Plan &plan, const QString &reference, const QString &driver,
                                 const QString &schema)
{
    const DriverSql sql = plan.queries.value(reference.section(QLatin1Char('.'), 0, 0));
    return sql.has(driver) ? PlanScript::substitute(sql.value(driver), schema, QString()) : QString();
}

QVariant SharedQueryCache::value(const QString &reference, ErrorInfo *error)
{
    const QString name = reference.section(QLatin1Char('.'), 0, 0);
    const QString column = reference.section(QLatin1Char('.'), 1);
    if (!m_rows.contains(name)) {
        const QString driver = m_db.spec().driverName();
        const DriverSql sql = m_plan.queries.value(name);
        if (!sql.has(driver)) {
            fail(error, QCoreApplication::translate("SharedQueryCache", "The plan's query %1 has no SQL for %2.")
                            .arg(name, driver));
            return {};
        }
        const QString text = sqlFor(m_plan, name, driver, m_db.spec().schema);
        if (const auto row = m_ready ? m_ready->row(text) : std::nullopt) {
            QVariantHash values;
            for (int i = 0; i < row->columns.size(); ++i)
                values.insert(row->columns.at(i), row->values.at(i));
            m_rows.insert(name, values);
            return value(reference, error);
        }
        QSqlQuery q = m_db.query();
        if (!q.exec(text) || !q.next()) {
            const ErrorInfo e = m_db.describe(q.lastError(), name, text);
            fail(error, e.message, e.details);
            return {};
        }
        QVariantHash row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        m_rows.insert(name, row);
    }
    const QVariantHash &row = m_rows[name];
    if (!row.contains(column)) {
        fail(error, QCoreApplication::translate("SharedQueryCache", "The plan's query %1 has no column %2.")
                        .arg(name, column));
        return {};
    }
    return row.value(column);
}
