#pragma once

#include <QCoreApplication>
#include "run/ProgressEvent.h"
#include "run/ProgressThrottle.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"
#include "backup/SqliteBackup.h"
#include "snapshot/SqliteWriteTracker.h"

#include <QElapsedTimer>
#include <QHash>
#include <functional>

class CancelToken;
class DatabaseConnection;
class HistoryEntry;
class Plan;
class PlanStep;
class PlanValidation;

// Runs one action of a plan against one database, start to end, on the calling thread
// (a worker: never the GUI thread). The connection is opened and closed here, in that
// thread. It takes the run lock, then the database's write lock, then does everything in
// ONE transaction: checks, backup, steps, validations, history. Any failure, cancel or
// failed validation rolls the transaction back, so the database is as it was.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    using ProgressSink = std::function<void(const ProgressEvent &)>;
    using LogSink = std::function<void(const QString &)>;

    explicit MigrationRunner(RunOptions options);

    void setProgressSink(ProgressSink sink) { m_progress.setSink(std::move(sink)); }
    void setLogSink(LogSink sink) { m_log = std::move(sink); }
    void setCancelToken(CancelToken *token) { m_cancel = token; }

    RunResult run();

private:
    void runStatus(DatabaseConnection &db, const Plan &plan, RunResult &result);
    void runCheck(DatabaseConnection &db, const Plan &plan, RunResult &result);
    void runApply(DatabaseConnection &db, const Plan &plan, RunResult &result);
    void runRollback(DatabaseConnection &db, const Plan &plan, RunResult &result);

    bool begin(DatabaseConnection &db, const Plan &plan, bool write, RunResult &result);
    // PostgreSQL: LOCK TABLE on the plan's tables in `mode`, with lock_timeout; on failure the
    // transaction is rolled back and the result names the sessions in the way (Locked).
    bool lockTables(DatabaseConnection &db, const Plan &plan, const QString &mode, RunResult &result);
    // Writes the history row and commits: the last part of an apply or a rollback.
    void finish(DatabaseConnection &db, const Plan &plan, RunAction action, const QDateTime &startedAt,
                RunResult &result);
    void abort(DatabaseConnection &db, RunResult &result, const ErrorInfo &error, RunOutcome outcome);
    void settleLostCommit(const ConnectionSpec &spec, const Plan &plan, const HistoryEntry &entry, RunResult &result,
                          const ErrorInfo &commitError);
    bool gate(RunResult &result);
    bool runSteps(DatabaseConnection &db, const QList<PlanStep> &steps, ErrorInfo *error);
    bool runChunked(DatabaseConnection &db, const PlanStep &step, const QString &sql, ErrorInfo *error);
    bool validate(DatabaseConnection &db, const QList<PlanValidation> &validations, RunResult &result,
                  ErrorInfo *error);
    bool makeBackup(DatabaseConnection &db, const QString &label, const QList<TableState> &expected,
                    RunResult &result, ErrorInfo *error);
    bool completeBackup(RunResult &result, ErrorInfo *error);
    QString prepared(const DatabaseConnection &db, const QString &sql) const;
    bool cancelled() const;
    void log(const QString &line);
    void progress(bool force = false);
    void estimateRows(DatabaseConnection &db, const QList<PlanStep> &steps);

    RunOptions m_options;
    ProgressThrottle m_progress;
    LogSink m_log;
    CancelToken *m_cancel = nullptr;
    qint64 m_rowsDone = 0;
    qint64 m_rowsTotal = 0;
    QElapsedTimer m_clock;
    QString m_currentStep;
    QString m_currentTitle;
    QHash<QString, qint64> m_checkValues;
    // SQLite: the backup, verified but maybe still reaching the disk beside the steps; named
    // by finish() before the COMMIT, dropped (child killed, file removed) when the run aborts.
    std::unique_ptr<SqliteBackup::Pending> m_backup;
    // SQLite, during an apply: which tables the steps wrote (for the state after the run).
    SqliteWriteTracker *m_writes = nullptr;
    const Plan *m_plan = nullptr;
};
