// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/RunContext.h"

#include "plan/PlanStep.h"
#include "run/CancelToken.h"
#include "run/TestPause.h"

#include <pwd.h>
#include <unistd.h>

RunContext::RunContext(RunOptions options)
    : m_options(std::move(options))
{
}

const std::atomic<bool> *RunContext::cancelFlag() const
{
    return m_cancel ? m_cancel->flag() : nullptr;
}

bool RunContext::cancelled() const
{
    return m_cancel && m_cancel->isCancelled();
}

void RunContext::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

void RunContext::enter(RunPhase phase, const QString &title)
{
    m_step = QLatin1String(runPhaseName(phase).step);
    m_title = title;
    progress(true);
}

void RunContext::enterStep(const PlanStep &step)
{
    m_step = step.id;
    m_title = step.title;
    //: A plan's step starts; %1 is its title.
    log(tr("Step: %1").arg(step.title));
    progress(true);
}

void RunContext::pause(RunPhase phase) const
{
    pause(QLatin1String(runPhaseName(phase).pause));
}

void RunContext::pause(const QString &moment) const
{
    TestPause::at(moment, cancelFlag());
}

void RunContext::progress(bool force)
{
    ProgressEvent e;
    e.step = m_step;
    e.stepTitle = m_title;
    const qint64 done = m_rowsBefore + m_rowsRun;
    if (m_totalBehaviour == Total::Grows)
        m_rowsTotal = qMax(m_rowsTotal, done);
    e.total = m_rowsTotal;
    e.done = qMin(done, m_rowsTotal);
    e.elapsedMs = m_clock.elapsed();
    e.planId = m_planId;
    e.planIndex = m_planIndex;
    e.planCount = m_planCount;
    // Time left from this plan's own rows; the path's other plans count in done and total.
    const qint64 rowsTimed = m_totalBehaviour == Total::Estimated ? e.done : m_rowsRun;
    e.done += m_pathRowsBefore;
    e.total += m_pathRowsBefore + m_pathRowsAhead;
    // Time left from this run's own rows: a resumed run's earlier rows took other time.
    m_progress.report(e, rowsTimed, force);
}

void RunContext::enterPlan(const QString &planId, int index, int count, qint64 rowsBefore, qint64 rowsAhead)
{
    m_planId = planId;
    m_planIndex = index;
    m_planCount = count;
    m_pathRowsBefore = rowsBefore;
    m_pathRowsAhead = rowsAhead;
    m_rowsBefore = 0;
    m_rowsRun = 0;
    m_rowsTotal = 0;
    m_totalBehaviour = Total::Estimated;
}

QString RunContext::operatorName() const
{
    return m_options.operatorName.isEmpty() ? osUser() : m_options.operatorName;
}

QString RunContext::osUser()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}
