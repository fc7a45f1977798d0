// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction/ForeignKeyGuard.h"

#include "db/DatabaseConnection.h"
#include "plan/ScriptTransactionControl.h"
#include "util/LoggingCategories.h"

#include <QSqlError>
#include <QSqlQuery>

bool ForeignKeyGuard::turnOff(ErrorInfo *error)
{
    ErrorInfo err;
    const QVariant on = m_db.scalar(QStringLiteral("PRAGMA foreign_keys"), &err);
    if (err.isError() || !m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"), &err))
        return fail(error, err.message, err.details);
    m_wasOn = on.toInt() == 1;
    m_active = true;
    return true;
}

void ForeignKeyGuard::restore()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_wasOn)
        m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
}

bool ForeignKeyGuard::check(DatabaseConnection &db, ErrorInfo *error)
{
    const QString sql = QStringLiteral("SELECT \"table\", \"parent\", count(*) FROM pragma_foreign_key_check "
                                       "GROUP BY 1, 2 ORDER BY 1, 2");
    QSqlQuery q = db.query();
    if (!q.exec(sql)) {
        const ErrorInfo e = db.describe(q.lastError(), tr("The foreign key check"), sql);
        return fail(error, e.message, e.details);
    }
    QStringList found;
    while (q.next())
        found << tr("%n row(s) of %1 refer to no row of %2", nullptr, q.value(2).toInt())
                     .arg(q.value(0).toString(), q.value(1).toString());
    if (found.isEmpty())
        return true;
    qCInfo(lcRunner, "foreign_key_check: %s", qUtf8Printable(found.join(QStringLiteral("; "))));
    return fail(error, tr("PRAGMA foreign_key_check found rows whose reference the steps broke: %1")
                           .arg(found.join(QStringLiteral("; "))),
                found.join(QLatin1Char('\n')));
}

bool ForeignKeyGuard::checkAfterSteps(DatabaseConnection &db, const Plan &plan, bool rollback, ErrorInfo *error)
{
    if (!db.isSqlite() || !ScriptTransactionControl::togglesForeignKeys(plan, rollback))
        return true;
    return check(db, error);
}
