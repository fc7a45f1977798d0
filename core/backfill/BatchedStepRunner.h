// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfill/BatchRow.h"
#include "backfill/Checkpoint.h"
#include "util/ErrorInfo.h"
#include "plan/PlanStep.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <functional>
#include <optional>

class CancelToken;
class DatabaseConnection;
class TokenRowTransform;

// Runs one batched step (PlanStep::batch): walks the table by ascending key, `batchSize`
// rows that need work at a time, each batch in its own short transaction together with its
// checkpoint — so a batch is all or nothing, and a killed or cancelled run resumes right
// after the last committed batch: no row done twice, none skipped.
//
// Every row is written with a compare-and-swap: UPDATE … WHERE key = ? AND every column IS
// (NOT DISTINCT FROM) the value read. A row someone changed in between (0 rows updated) is
// read again and redone, up to `retries` times; a row that keeps changing is left as it is
// and reported by key (conflicts()), never overwritten.
//
// Rows the application writes behind the walk (below the checkpoint) are caught by further
// passes from the start, up to `maxPasses` in all; the rows that still need work after that
// are the caller's to report (a re-run finds them).
class BatchedStepRunner
{
    Q_DECLARE_TR_FUNCTIONS(BatchedStepRunner)

public:
    enum class Result { Done, Cancelled, Failed };
    struct Settings
    {
        int batchSize = 1000;
        int pauseMs = 0;
        int retries = 3;
        int maxPasses = 3;
        // Inside an outer transaction (a rehearsal): batches are savepoints, nothing commits.
        bool savepoints = false;
    };
    using SaveCheckpoint = std::function<bool(const Checkpoint &, ErrorInfo *)>;
    using RowsDone = std::function<void(qint64 rowsThisRun)>;

    BatchedStepRunner(DatabaseConnection &db, const PlanStep &step, const TokenRowTransform &transform,
                      Settings settings, const CancelToken *cancel);

    void setSaveCheckpoint(SaveCheckpoint save) { m_save = std::move(save); }
    void setRowsDone(RowsDone sink) { m_rowsDone = std::move(sink); }

    // Rows that need work now (the progress bar's total).
    std::optional<qint64> pending(ErrorInfo *error);
    // Keys of rows that still need work (besides the conflicts), at most `limit`.
    std::optional<QList<qint64>> pendingKeys(int limit, ErrorInfo *error);
    Result run(Checkpoint &checkpoint, ErrorInfo *error);
    QList<qint64> conflicts() const;
    qint64 batchesCommitted() const { return m_batches; }
    // Rows changed by someone else between our read and our write, read again and redone.
    qint64 rowsReadAgain() const { return m_readAgain; }

private:
    bool begin(ErrorInfo *error);
    bool commit(ErrorInfo *error);
    void rollback();
    bool readBatch(qint64 after, QList<BatchRow> *rows, ErrorInfo *error);
    std::optional<BatchRow> readRow(qint64 key, ErrorInfo *error);
    BatchRow rowFrom(const QSqlQuery &q) const;
    // 1: written, 0: nothing to do (deleted, or done by someone else), -1: kept changing; nullopt: error.
    // changedSinceRead: a compare-and-swap of this row already found it changed (read it again first).
    std::optional<int> writeRow(BatchRow row, bool changedSinceRead, ErrorInfo *error);
    // PostgreSQL: the whole batch's compare-and-swap in one statement (one round trip instead of
    // one per row); the keys it updated. Rows it did not update changed since the read.
    std::optional<QSet<qint64>> writeBatch(const QList<BatchRow> &rows, ErrorInfo *error);
    bool cancelled() const;
    QString column(const QString &name) const;

    DatabaseConnection &m_db;
    const PlanStep &m_step;
    const TokenRowTransform &m_transform;
    Settings m_settings;
    const CancelToken *m_cancel;
    SaveCheckpoint m_save;
    RowsDone m_rowsDone;
    QString m_table;
    QString m_selectColumns;
    QString m_needsWork;
    QString m_updateSql;
    QSqlQuery m_update;
    QSqlQuery m_bulk;
    QStringList m_allColumns; // plaintext, encrypted, key id: what is compared and written
    QSet<qint64> m_conflicts;
    qint64 m_rowsThisRun = 0;
    qint64 m_batches = 0;
    qint64 m_readAgain = 0;
};
