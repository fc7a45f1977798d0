// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"

#include "checks/CheckRunner.h"
#include "db/DatabaseConnection.h"
#include "WorkerPool.h"

#include <QtConcurrent>

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ConnectionTester::onFinished);
}

void ConnectionTester::test(const ConnectionSpec &spec, const Plan *plan)
{
    const std::optional<Plan> chosen = plan ? std::optional<Plan>(*plan) : std::nullopt;
    m_pending = spec;
    // A running test cannot be stopped (libpq's connect has its own timeout), but its answer
    // is about another spec: setFuture() disconnects it, and only the newest is reported.
    m_watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), [spec, chosen] { return ConnectionTester::run(spec, chosen); }));
    if (!m_testing) {
        m_testing = true;
        Q_EMIT testingChanged(true);
    }
}

void ConnectionTester::onFinished()
{
    m_last = m_watcher.result();
    m_lastSpec = m_pending;
    m_testing = false;
    Q_EMIT testingChanged(false);
    Q_EMIT finished(m_last.ok, m_last.ok ? m_last.summary : m_last.error.message,
                    m_last.ok ? QString() : extraDetails(m_last.error));
}

QString ConnectionTester::extraDetails(const ErrorInfo &error)
{
    QStringList lines;
    for (const QString &line : error.details.split(QLatin1Char('\n'))) {
        const QString text = line.simplified();
        if (!text.isEmpty() && !error.message.contains(text) && !lines.contains(text))
            lines << text;
    }
    return lines.join(QLatin1Char('\n'));
}

ConnectionTester::Outcome ConnectionTester::run(const ConnectionSpec &spec, const std::optional<Plan> &plan)
{
    Outcome out;
    DatabaseConnection db(spec);
    if (!db.open(DatabaseConnection::Mode::ReadOnly, &out.error))
        return out;
    ErrorInfo error;
    if (db.isSqlite()) {
        out.serverVersion = tr("SQLite %1").arg(db.scalar(QStringLiteral("SELECT sqlite_version()"), &error).toString());
    } else {
        const QString version = db.scalar(QStringLiteral("SHOW server_version"), &error).toString();
        out.serverVersion = tr("PostgreSQL %1").arg(version.section(QLatin1Char(' '), 0, 0));
    }
    if (error.isError()) {
        out.error = error;
        return out;
    }
    out.ok = true;
    // Where the database stands with the chosen plan helps a person know they opened the
    // right file; it is a hint only (the checks decide), so a failure here is not an error.
    QString where;
    if (plan) {
        ErrorInfo detectError;
        if (CheckRunner::detect(db, plan->detectSource, &detectError))
            where = tr("It is at schema %1.").arg(plan->fromVersion);
        else if (CheckRunner::detect(db, plan->detectTarget, &detectError))
            where = tr("It is at schema %1.").arg(plan->toVersion);
        else if (!detectError.isError())
            where = tr("Its schema is neither %1 nor %2.").arg(plan->fromVersion, plan->toVersion);
    }
    out.summary = (tr("Connected: %1.").arg(out.serverVersion) + QLatin1Char(' ') + where).trimmed();
    return out;
}
