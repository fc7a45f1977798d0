// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"

#include "db/DatabaseConnection.h"
#include "plan/PlanCatalogue.h"
#include "WorkerPool.h"

#include <QtConcurrent>

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ConnectionTester::onFinished);
}

void ConnectionTester::test(const ConnectionSpec &spec, std::shared_ptr<const PlanCatalogue> catalogue)
{
    m_pending = spec;
    // A running test cannot be stopped (libpq's connect has its own timeout), but its answer
    // is about another spec: setFuture() disconnects it, and only the newest is reported.
    m_watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), [spec, catalogue] { return ConnectionTester::run(spec, catalogue.get()); }));
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

ConnectionTester::Outcome ConnectionTester::run(const ConnectionSpec &spec, const PlanCatalogue *catalogue)
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
    // Where the database stands helps a person know they opened the right file, and the plan
    // page says what will run from there; a failure to read it leaves the connection good
    // (the plan page says what went wrong).
    QString where;
    if (catalogue) {
        ErrorInfo versionError;
        out.version = DatabaseVersion::locate(db, *catalogue, &versionError);
        if (out.version)
            where = out.version->describe();
        else
            out.versionError = versionError.message;
    }
    out.summary = (tr("Connected: %1.").arg(out.serverVersion) + QLatin1Char(' ') + where).trimmed();
    return out;
}
