#pragma once

#include "run/ProgressEvent.h"
#include "run/ProgressThrottle.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <functional>
#include <memory>

class CancelToken;
class DatabaseConnection;
class Plan;
class PlanStep;
class PlanValidation;
class TokenCipher;

// Apply, rehearse and rollback of a plan with batched steps (encrypt-tokens). Unlike
// MigrationRunner's one transaction, such a run is a sequence of short transactions, so
// that the application keeps working while it runs:
//   - each SQL step is one transaction, together with its checkpoint;
//   - each batch of a batched step is one transaction, together with its checkpoint;
//   - the validations, the history row and the clearing of the checkpoints are the last one.
// The guarantee: every batch is all or nothing, and the checkpoints make the whole run
// resumable and idempotent — a cancel (between batches, exit 130), a kill -9 or a lost
// connection leaves a valid checkpoint, and the next run of the same action resumes exactly
// there. The run lock is held for the whole run: the lock file (by MigrationRunner) and on
// PostgreSQL the plan's advisory lock at session level (SessionAdvisoryLock).
// A rehearsal runs the same batches as savepoints inside one transaction and rolls it back.
class BatchedRun
{
    Q_DECLARE_TR_FUNCTIONS(BatchedRun)

public:
    using ProgressSink = std::function<void(const ProgressEvent &)>;
    using LogSink = std::function<void(const QString &)>;

    BatchedRun(const RunOptions &options, const CancelToken *cancel, ProgressSink progress, LogSink log);
    ~BatchedRun();

    // The run lock file is the caller's; the connection is open. Fills result.
    void run(DatabaseConnection &db, const Plan &plan, RunResult &result);

private:
    void apply(DatabaseConnection &db, const Plan &plan, RunResult &result);
    void rollback(DatabaseConnection &db, const Plan &plan, RunResult &result);
    // The steps of `action` ("apply" or "rollback") from their checkpoints; false: result filled.
    bool runSteps(DatabaseConnection &db, const Plan &plan, const QList<PlanStep> &steps, const QString &action,
                  bool onlyBatched, RunResult &result);
    bool runSqlStep(DatabaseConnection &db, const Plan &plan, const PlanStep &step, const QString &action,
                    ErrorInfo *error);
    bool validate(DatabaseConnection &db, const QList<PlanValidation> &validations, RunResult &result,
                  ErrorInfo *error);
    // Validations, history row, checkpoints cleared: one last transaction.
    void finish(DatabaseConnection &db, const Plan &plan, RunResult &result);
    void stop(DatabaseConnection &db, RunResult &result, RunOutcome outcome, const ErrorInfo &error);
    bool gate(RunResult &result) const;
    std::optional<qint64> pendingRows(DatabaseConnection &db, const QList<PlanStep> &steps, ErrorInfo *error);
    QList<TableState> counts(DatabaseConnection &db, const QStringList &tables);
    bool begin(DatabaseConnection &db, ErrorInfo *error);
    bool commit(DatabaseConnection &db, ErrorInfo *error, const QString &what = {});
    bool cancelled() const;
    void progress(bool force = false);
    void log(const QString &line);

    RunOptions m_options;
    const CancelToken *m_cancel;
    ProgressThrottle m_progress;
    LogSink m_log;
    std::unique_ptr<TokenCipher> m_cipher;
    QString m_keyId;
    bool m_rehearse = false;
    bool m_open = false; // a transaction of ours is open (stop() rolls it back)
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    QString m_step;
    QString m_stepTitle;
    qint64 m_rowsBefore = 0; // rows done by earlier runs this one resumes
    qint64 m_rowsRun = 0;    // rows done by this run
    qint64 m_rowsTotal = 0;
    qint64 m_rowsStepBase = 0;
    qint64 m_leftBehind = 0; // rows a batched step could not finish (conflicts, written behind it)
    QHash<QString, qint64> m_checkValues;
};
