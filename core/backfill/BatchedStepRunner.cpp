// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfill/BatchedStepRunner.h"

#include "run/CancelToken.h"
#include "db/DatabaseConnection.h"
#include "util/LoggingCategories.h"
#include "run/TestPause.h"
#include "backfill/TokenRowTransform.h"

#include <QElapsedTimer>
#include <QThread>
#include <sqlite3.h>

BatchedStepRunner::BatchedStepRunner(DatabaseConnection &db, const PlanStep &step, const TokenRowTransform &transform,
                                     Settings settings, const CancelToken *cancel)
    : m_db(db)
    , m_step(step)
    , m_transform(transform)
    , m_settings(settings)
    , m_cancel(cancel)
    , m_update(db.query())
    , m_bulk(db.query())
{
    const BatchSpec &spec = step.batch;
    m_table = db.qualified(spec.table);
    QStringList columns{column(spec.key)};
    QStringList sets;
    QStringList compares{QStringLiteral("%1 = ?").arg(column(spec.key))};
    QStringList sources;
    // IS compares NULL with NULL as equal on SQLite; PostgreSQL spells it IS NOT DISTINCT FROM.
    const QString same = db.isSqlite() ? QStringLiteral("%1 IS ?") : QStringLiteral("%1 IS NOT DISTINCT FROM ?");
    QStringList all = spec.columns;
    for (const QString &c : spec.columns)
        all << spec.encryptedColumn(c);
    if (!spec.keyIdColumn.isEmpty())
        all << spec.keyIdColumn;
    for (const QString &c : std::as_const(all)) {
        columns << column(c);
        sets << QStringLiteral("%1 = ?").arg(column(c));
        compares << same.arg(column(c));
    }
    for (const QString &c : spec.columns)
        sources << QStringLiteral("%1 IS NOT NULL").arg(column(m_transform.encrypts() ? c : spec.encryptedColumn(c)));
    m_allColumns = all;
    m_selectColumns = columns.join(QStringLiteral(", "));
    m_needsWork = QLatin1Char('(') + sources.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    m_updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                      .arg(m_table, sets.join(QStringLiteral(", ")), compares.join(QStringLiteral(" AND ")));
}

QString BatchedStepRunner::column(const QString &name) const
{
    return DatabaseConnection::quoteIdentifier(name);
}

bool BatchedStepRunner::cancelled() const
{
    return m_cancel && m_cancel->isCancelled();
}

QList<qint64> BatchedStepRunner::conflicts() const
{
    QList<qint64> keys(m_conflicts.begin(), m_conflicts.end());
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::optional<qint64> BatchedStepRunner::pending(ErrorInfo *error)
{
    const QVariant n = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_table, m_needsWork), error);
    if (!n.isValid())
        return std::nullopt;
    return n.toLongLong();
}

std::optional<QList<qint64>> BatchedStepRunner::pendingKeys(int limit, ErrorInfo *error)
{
    QSqlQuery q = m_db.query();
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %1 LIMIT ?")
                            .arg(column(m_step.batch.key), m_table, m_needsWork);
    if (!m_db.exec(q, sql, {qint64(limit) + m_conflicts.size()}, error, m_step.title))
        return std::nullopt;
    QList<qint64> keys;
    while (q.next() && keys.size() < limit)
        if (!m_conflicts.contains(q.value(0).toLongLong()))
            keys << q.value(0).toLongLong();
    return keys;
}

bool BatchedStepRunner::begin(ErrorInfo *error)
{
    if (m_settings.savepoints)
        return m_db.exec(QStringLiteral("SAVEPOINT ma_batch"), error);
    if (!m_db.isSqlite())
        return m_db.exec(QStringLiteral("BEGIN"), error, tr("Starting a batch"));
    // IMMEDIATE: SQLite's write lock for the batch only; the application's writers wait for
    // milliseconds, not for the whole run. A busy application can hold on to the lock past
    // the busy timeout: the run is online, so it keeps asking (up to a minute) rather than fail.
    QElapsedTimer waiting;
    waiting.start();
    for (;;) {
        ErrorInfo err;
        if (m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), &err, tr("Starting a batch")))
            return true;
        const int code = m_db.sqliteHandle() ? sqlite3_errcode(m_db.sqliteHandle()) & 0xff : 0;
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || waiting.elapsed() > 60000 || cancelled())
            return fail(error, err.message, err.details);
        QThread::msleep(5);
    }
}

bool BatchedStepRunner::commit(ErrorInfo *error)
{
    return m_db.exec(m_settings.savepoints ? QStringLiteral("RELEASE SAVEPOINT ma_batch") : QStringLiteral("COMMIT"),
                     error, tr("Committing a batch"));
}

void BatchedStepRunner::rollback()
{
    if (m_settings.savepoints) {
        m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ma_batch"), nullptr);
        m_db.exec(QStringLiteral("RELEASE SAVEPOINT ma_batch"), nullptr);
    } else {
        m_db.exec(QStringLiteral("ROLLBACK"), nullptr);
    }
}

BatchRow BatchedStepRunner::rowFrom(const QSqlQuery &q) const
{
    const BatchSpec &spec = m_step.batch;
    BatchRow row;
    row.key = q.value(0).toLongLong();
    const int n = int(spec.columns.size());
    for (int i = 0; i < n; ++i) {
        const QVariant p = q.value(1 + i);
        row.plain << (p.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.toString()));
        const QVariant e = q.value(1 + n + i);
        row.enc << (e.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(e.toByteArray()));
    }
    if (!spec.keyIdColumn.isEmpty()) {
        const QVariant k = q.value(1 + 2 * n);
        row.keyId = k.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(k.toString());
    }
    return row;
}

bool BatchedStepRunner::readBatch(qint64 after, QList<BatchRow> *rows, ErrorInfo *error)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    const QString key = column(m_step.batch.key);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 > ? AND %4 ORDER BY %3 LIMIT ?")
                            .arg(m_selectColumns, m_table, key, m_needsWork);
    if (!m_db.exec(q, sql, {after, m_settings.batchSize}, error, m_step.title))
        return false;
    while (q.next())
        rows->append(rowFrom(q));
    return true;
}

std::optional<BatchRow> BatchedStepRunner::readRow(qint64 key, ErrorInfo *error)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                            .arg(m_selectColumns, m_table, column(m_step.batch.key));
    if (!m_db.exec(q, sql, {key}, error, m_step.title))
        return std::nullopt;
    if (!q.next())
        return BatchRow{-1, {}, {}, {}}; // deleted meanwhile
    return rowFrom(q);
}

std::optional<QSet<qint64>> BatchedStepRunner::writeBatch(const QList<BatchRow> &rows, ErrorInfo *error)
{
    const BatchSpec &spec = m_step.batch;
    const int n = int(spec.columns.size());
    const bool keyId = !spec.keyIdColumn.isEmpty();
    // The VALUES list needs its types spelled out: text for plaintext and key id, bytea for ciphertext.
    QStringList types{QStringLiteral("bigint")};
    for (int i = 0; i < n; ++i)
        types << QStringLiteral("text");
    for (int i = 0; i < n; ++i)
        types << QStringLiteral("bytea");
    if (keyId)
        types << QStringLiteral("text");
    QStringList tuple;
    for (const QString &t : std::as_const(types))
        tuple << QStringLiteral("?::%1").arg(t);
    for (qsizetype i = 1; i < types.size(); ++i) // the values read, to compare with
        tuple << QStringLiteral("?::%1").arg(types.at(i));
    const QString oneRow = QLatin1Char('(') + tuple.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList names{QStringLiteral("k")};
    QStringList sets;
    QStringList compares{QStringLiteral("t.%1 = v.k").arg(column(spec.key))};
    for (qsizetype i = 0; i < m_allColumns.size(); ++i) {
        names << QStringLiteral("n%1").arg(i);
        sets << QStringLiteral("%1 = v.n%2").arg(column(m_allColumns.at(i))).arg(i);
    }
    for (qsizetype i = 0; i < m_allColumns.size(); ++i) {
        names << QStringLiteral("o%1").arg(i);
        compares << QStringLiteral("t.%1 IS NOT DISTINCT FROM v.o%2").arg(column(m_allColumns.at(i))).arg(i);
    }
    QStringList tuples;
    tuples.fill(oneRow, rows.size());
    const QString sql = QStringLiteral("UPDATE %1 AS t SET %2 FROM (VALUES %3) AS v(%4) WHERE %5 RETURNING t.%6")
                            .arg(m_table, sets.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")),
                                 names.join(QStringLiteral(", ")), compares.join(QStringLiteral(" AND ")),
                                 column(spec.key));
    QVariantList values;
    values.reserve(rows.size() * types.size() * 2);
    for (const BatchRow &row : rows) {
        const auto next = m_transform.apply(row, error);
        if (!next)
            return std::nullopt;
        values << row.key << next->plain << next->enc;
        if (keyId)
            values << next->keyId;
        values << row.plain << row.enc;
        if (keyId)
            values << row.keyId;
    }
    if (!m_db.exec(m_bulk, sql, values, error, m_step.title))
        return std::nullopt;
    QSet<qint64> updated;
    while (m_bulk.next())
        updated.insert(m_bulk.value(0).toLongLong());
    return updated;
}

std::optional<int> BatchedStepRunner::writeRow(BatchRow row, bool changedSinceRead, ErrorInfo *error)
{
    for (int attempt = changedSinceRead ? 1 : 0; attempt <= m_settings.retries + (changedSinceRead ? 1 : 0); ++attempt) {
        if (attempt > 0) {
            // Someone changed the row after we read it: read what is there now and redo it.
            ++m_readAgain;
            const auto fresh = readRow(row.key, error);
            if (!fresh)
                return std::nullopt;
            if (fresh->key < 0 || !m_transform.needsWork(*fresh))
                return 0;
            row = *fresh;
        }
        const auto next = m_transform.apply(row, error);
        if (!next)
            return std::nullopt;
        QVariantList values = next->plain + next->enc;
        if (!m_step.batch.keyIdColumn.isEmpty())
            values << next->keyId;
        values << row.key;
        values << row.plain << row.enc;
        if (!m_step.batch.keyIdColumn.isEmpty())
            values << row.keyId;
        if (!m_db.exec(m_update, m_updateSql, values, error, m_step.title))
            return std::nullopt;
        if (m_update.numRowsAffected() == 1)
            return 1;
    }
    return -1;
}

BatchedStepRunner::Result BatchedStepRunner::run(Checkpoint &checkpoint, ErrorInfo *error)
{
    for (;;) {
        if (cancelled())
            return Result::Cancelled;
        if (!begin(error))
            return cancelled() ? Result::Cancelled : Result::Failed;
        QList<BatchRow> rows;
        if (!readBatch(checkpoint.lastKey, &rows, error)) {
            rollback();
            return cancelled() ? Result::Cancelled : Result::Failed;
        }
        if (!rows.isEmpty())
            TestPause::at(QStringLiteral("read:%1").arg(m_batches + 1), m_cancel ? m_cancel->flag() : nullptr); // between read and write
        Checkpoint next = checkpoint;
        if (rows.isEmpty()) {
            // The end of a pass. Rows written behind it (by an application still writing
            // plaintext) need another pass; the conflicts of this run are not walked again.
            ErrorInfo err;
            const auto left = pendingKeys(1, &err);
            if (!left) {
                rollback();
                fail(error, err.message, err.details);
                return Result::Failed;
            }
            if (!left->isEmpty() && checkpoint.pass < m_settings.maxPasses) {
                ++next.pass;
                next.lastKey = 0;
            } else {
                next.done = true;
            }
        } else {
            qint64 changed = 0;
            // PostgreSQL: one statement for the batch; rows it did not update go the row-by-row way.
            // (SQLite is in-process, and BEGIN IMMEDIATE keeps every other writer out of the batch.)
            std::optional<QSet<qint64>> bulk;
            if (!m_db.isSqlite()) {
                bulk = writeBatch(rows, error);
                if (!bulk) {
                    rollback();
                    return cancelled() ? Result::Cancelled : Result::Failed;
                }
            }
            for (const BatchRow &row : std::as_const(rows)) {
                if (bulk && bulk->contains(row.key)) {
                    m_conflicts.remove(row.key);
                    ++changed;
                    continue;
                }
                const auto written = writeRow(row, bulk.has_value(), error);
                if (!written) {
                    rollback();
                    return cancelled() ? Result::Cancelled : Result::Failed;
                }
                if (*written < 0) {
                    m_conflicts.insert(row.key);
                } else {
                    m_conflicts.remove(row.key); // a later pass got it after all
                    changed += *written;
                }
            }
            next.lastKey = rows.last().key;
            next.rowsDone += changed;
            m_rowsThisRun += changed;
        }
        if (m_save && !m_save(next, error)) {
            rollback();
            return cancelled() ? Result::Cancelled : Result::Failed;
        }
        if (!rows.isEmpty())
            TestPause::at(QStringLiteral("batch:%1").arg(m_batches + 1), m_cancel ? m_cancel->flag() : nullptr);
        if (cancelled()) {
            // Not committed: the checkpoint still names the batch before, which is the truth.
            rollback();
            return Result::Cancelled;
        }
        if (!commit(error)) {
            rollback();
            return cancelled() ? Result::Cancelled : Result::Failed;
        }
        checkpoint = next;
        if (rows.isEmpty()) {
            if (checkpoint.done)
                return Result::Done;
            qCInfo(lcRunner, "step %s: pass %d for rows written behind the walk", qUtf8Printable(m_step.id),
                   checkpoint.pass);
            continue;
        }
        ++m_batches;
        if (m_rowsDone)
            m_rowsDone(m_rowsThisRun);
        // Room for the application: its writes get the locks between two batches.
        QElapsedTimer paused;
        paused.start();
        while (paused.elapsed() < m_settings.pauseMs && !cancelled())
            QThread::msleep(qMin<qint64>(20, m_settings.pauseMs - paused.elapsed()));
    }
}
