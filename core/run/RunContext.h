// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/ProgressEvent.h"
#include "run/ProgressThrottle.h"
#include "run/RunOptions.h"
#include "run/RunPhase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <functional>

class CancelToken;
class PlanStep;

// What every part of one run shares, whichever engine runs it: the options, where log lines
// and progress go, the cancel, the rows counted, the phase or step the run is in now, and who
// runs it. The engines and their pieces (RunTransaction, StepExecutor, BackupPhase, …) take
// it by reference instead of each keeping its own copy of these.
class RunContext
{
    Q_DECLARE_TR_FUNCTIONS(RunContext)

public:
    using LogSink = std::function<void(const QString &)>;

    // How the total of rows behaves when more rows are done than it says. The one transaction
    // counted its total beforehand (an estimate): the bar stops at full. A batched run's
    // application writes rows behind it: the total grows with them.
    enum class Total { Estimated, Grows };

    explicit RunContext(RunOptions options);

    const RunOptions &options() const { return m_options; }

    void setProgressSink(ProgressThrottle::Sink sink) { m_progress.setSink(std::move(sink)); }
    void setLogSink(LogSink sink) { m_log = std::move(sink); }
    void setCancelToken(CancelToken *token) { m_cancel = token; }
    CancelToken *cancelToken() const { return m_cancel; }
    const std::atomic<bool> *cancelFlag() const;
    bool cancelled() const;

    void log(const QString &line) const;

    // Progress: the run is now in `phase` (or the plan's step), announced at once.
    void enter(RunPhase phase, const QString &title);
    void enterStep(const PlanStep &step);
    // MA_TEST_PAUSE_AT (TestPause): waits at a phase or a step id when a test asks it to.
    void pause(RunPhase phase) const;
    void pause(const QString &moment) const;
    // Sends the state now (force) or when the throttle lets it through.
    void progress(bool force = false);

    // Rows: those of earlier runs this one resumes, those this run did, the work in all.
    void setTotalBehaviour(Total total) { m_totalBehaviour = total; }
    void setRowsBefore(qint64 rows) { m_rowsBefore = rows; }
    qint64 rowsBefore() const { return m_rowsBefore; }
    void setRowsDone(qint64 rows) { m_rowsRun = rows; }
    qint64 rowsDone() const { return m_rowsRun; }
    void setRowsTotal(qint64 rows) { m_rowsTotal = rows; }
    // The rows begin (again): time left is measured from here (ProgressThrottle).
    void startRows() { m_progress.startRows(); }
    bool rowsStarted() const { return m_progress.rowsStarted(); }

    // A path's run: plan `index` (from 1) of `count` starts now; `rowsBefore` rows were done by
    // the plans before it, about `rowsAhead` are left for the plans after it. Progress then
    // counts, and times, the rows of the whole path.
    void enterPlan(const QString &planId, int index, int count, qint64 rowsBefore, qint64 rowsAhead);
    // The rows this plan has done, the way progress counts them.
    qint64 planRowsDone() const { return m_rowsBefore + m_rowsRun; }

    // Since the run began.
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    void startClock() { m_clock.start(); }

    // The history's "operator": --operator, else the user the process runs as.
    QString operatorName() const;
    static QString osUser();

private:
    RunOptions m_options;
    ProgressThrottle m_progress;
    LogSink m_log;
    CancelToken *m_cancel = nullptr;
    Total m_totalBehaviour = Total::Estimated;
    qint64 m_rowsBefore = 0;
    qint64 m_rowsRun = 0;
    qint64 m_rowsTotal = 0;
    QElapsedTimer m_clock;
    QString m_step;
    QString m_title;
    QString m_planId;
    int m_planIndex = 0;
    int m_planCount = 0;
    qint64 m_pathRowsBefore = 0;
    qint64 m_pathRowsAhead = 0;
};
