// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ParallelReads.h"

#include "run/CancelToken.h"
#include "db/DatabaseConnection.h"
#include "util/LoggingCategories.h"
#include "snapshot/TableSnapshot.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

ParallelReads::~ParallelReads()
{
    stop();
    waitForHelpers();
}

void ParallelReads::addQuery(const QString &sql)
{
    QMutexLocker lock(&m_mutex);
    for (const auto &job : std::as_const(m_jobs))
        if (job->sql == sql)
            return;
    auto job = std::make_shared<Job>();
    job->sql = sql;
    m_jobs << job;
}

void ParallelReads::addTable(const QString &table)
{
    QMutexLocker lock(&m_mutex);
    auto job = std::make_shared<Job>();
    job->table = table;
    m_jobs << job;
}

int ParallelReads::helpersForThisMachine()
{
    return qBound(1, QThread::idealThreadCount() - 1, 3);
}

void ParallelReads::startHelpers(const ConnectionSpec &spec, int count, CancelToken *cancel, const QStringList &setup)
{
    for (int i = 0; i < count; ++i) {
        QThread *thread = QThread::create([this, spec, setup, cancel] {
            DatabaseConnection db(spec);
            ErrorInfo error;
            if (!db.open(DatabaseConnection::Mode::ReadOnly, &error)) {
                qCInfo(lcDb, "a helper connection could not open: %s", qUtf8Printable(error.message));
                return;
            }
            for (const QString &sql : setup)
                if (!db.exec(sql, &error)) {
                    qCInfo(lcDb, "a helper connection could not start: %s", qUtf8Printable(error.message));
                    return;
                }
            {
                QMutexLocker lock(&m_mutex);
                if (m_stopped)
                    return;
                m_helperConnections << &db;
            }
            if (cancel)
                cancel->attachHelper(&db);
            work(db);
            if (cancel)
                cancel->detachHelper(&db);
            QMutexLocker lock(&m_mutex);
            m_helperConnections.removeOne(&db);
        });
        thread->setObjectName(QStringLiteral("ParallelReads"));
        m_helpers << thread;
        thread->start();
    }
}

bool ParallelReads::startHelpersSharing(DatabaseConnection &db, CancelToken *cancel)
{
    if (db.isSqlite()) {
        if (db.scalar(QStringLiteral("PRAGMA journal_mode"), nullptr)
                .toString()
                .compare(QLatin1String("wal"), Qt::CaseInsensitive))
            startHelpers(db.spec(), helpersForThisMachine(), cancel);
        return true;
    }
    ErrorInfo exportError;
    const QString snapshot = db.scalar(QStringLiteral("SELECT pg_export_snapshot()"), &exportError).toString();
    if (exportError.isError()) {
        qCInfo(lcRunner, "no snapshot to share, the checks read alone: %s", qUtf8Printable(exportError.message));
        return false;
    }
    if (QRegularExpression(QStringLiteral("^[0-9A-Fa-f-]+$")).match(snapshot).hasMatch())
        startHelpers(db.spec(), helpersForThisMachine(), cancel,
                     {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                      QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(snapshot)});
    return true;
}

bool ParallelReads::runJob(DatabaseConnection &db, Job &job, ErrorInfo *error)
{
    if (!job.table.isEmpty()) {
        const auto state = TableSnapshot::take(db, {job.table}, error);
        if (!state)
            return false;
        job.state = state->first();
        return true;
    }
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!q.exec(job.sql) || !q.next())
        return false;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        job.row.columns << record.fieldName(i);
        job.row.values << q.value(i);
    }
    return true;
}

void ParallelReads::work(DatabaseConnection &db, Scope scope)
{
    while (!m_stopped) {
        std::shared_ptr<Job> job;
        {
            QMutexLocker lock(&m_mutex);
            for (const auto &j : std::as_const(m_jobs))
                if (j->status == Job::Pending && !j->sql.isEmpty()) {
                    job = j;
                    break;
                }
            if (!job && scope == Scope::Everything)
                for (const auto &j : std::as_const(m_jobs))
                    if (j->status == Job::Pending) {
                        job = j;
                        break;
                    }
            if (!job)
                return;
            job->status = Job::Running;
        }
        // The job is this thread's alone while it runs; others only look at it under the lock.
        Job result;
        result.sql = job->sql;
        result.table = job->table;
        ErrorInfo jobError;
        QElapsedTimer clock;
        clock.start();
        const bool ok = runJob(db, result, &jobError);
        qCDebug(lcRunner, "read %s in %lld ms (%s)",
                qUtf8Printable(job->table.isEmpty() ? job->sql.left(60) : job->table), clock.elapsed(),
                QThread::currentThread()->objectName() == QLatin1String("ParallelReads") ? "helper" : "run's connection");
        {
            QMutexLocker lock(&m_mutex);
            job->row = result.row;
            job->state = result.state;
            job->status = ok ? Job::Done : Job::Failed;
            m_jobDone.wakeAll();
        }
        if (!ok)
            qCDebug(lcRunner, "read ahead failed, left to the run: %s", qUtf8Printable(jobError.message));
    }
}

void ParallelReads::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopped = true;
    for (DatabaseConnection *db : std::as_const(m_helperConnections))
        db->interrupt();
    // Jobs nobody took will never run: whoever waits for one must not wait for ever.
    for (const auto &job : std::as_const(m_jobs))
        if (job->status == Job::Pending)
            job->status = Job::Failed;
    m_jobDone.wakeAll();
}

void ParallelReads::waitForHelpers()
{
    for (QThread *thread : std::as_const(m_helpers)) {
        thread->wait();
        delete thread;
    }
    m_helpers.clear();
}

bool ParallelReads::retakeMissingTables(DatabaseConnection &db, ErrorInfo *error)
{
    QList<std::shared_ptr<Job>> missing;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &job : std::as_const(m_jobs))
            if (!job->table.isEmpty() && job->status != Job::Done)
                missing << job;
    }
    for (const auto &job : std::as_const(missing)) {
        Job result;
        result.table = job->table;
        if (!runJob(db, result, error))
            return false;
        QMutexLocker lock(&m_mutex);
        job->state = result.state;
        job->status = Job::Done;
    }
    return true;
}

std::optional<ParallelReads::Row> ParallelReads::row(const QString &sql) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &job : m_jobs) {
        if (job->sql != sql)
            continue;
        while (job->status == Job::Running)
            m_jobDone.wait(&m_mutex);
        if (job->status == Job::Done)
            return job->row;
        return std::nullopt;
    }
    return std::nullopt;
}

QList<TableState> ParallelReads::states() const
{
    QMutexLocker lock(&m_mutex);
    QList<TableState> out;
    for (const auto &job : m_jobs)
        if (!job->table.isEmpty())
            out << job->state;
    return out;
}
