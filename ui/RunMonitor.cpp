// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunMonitor.h"

#include "MessageBox.h"
#include "plan/PlanCatalogue.h"
#include "ProgressText.h"
#include "RunController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

RunMonitor::RunMonitor(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_plan(new QLabel(this))
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rows(new QLabel(this))
    , m_times(new QLabel(this))
    , m_logLabel(new QLabel(tr("&Log:"), this))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("&Stop and roll back…"), this))
    , m_clock(new QTimer(this))
{
    QFont bold = m_step->font();
    bold.setBold(true);
    m_step->setFont(bold);
    m_plan->setFont(bold);
    m_plan->setWordWrap(true);
    m_plan->setAccessibleName(tr("Plan running"));
    m_plan->hide();
    m_step->setWordWrap(true);
    m_step->setAccessibleName(tr("Current step"));
    m_bar->setRange(0, 1000);
    m_bar->setAccessibleName(tr("Progress"));
    m_rows->setWordWrap(true);
    m_rows->setAccessibleName(tr("Rows done"));
    m_times->setWordWrap(true);
    m_times->setAccessibleName(tr("Elapsed and remaining time"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setAccessibleName(tr("Run log"));
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_logLabel->setBuddy(m_log);
    m_cancel->setAccessibleName(tr("Stop the run and roll back"));
    m_cancel->setAutoDefault(false);

    auto *counts = new QHBoxLayout;
    counts->addWidget(m_rows, 1);
    counts->addWidget(m_times, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plan);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addLayout(counts);
    layout->addLayout(buttons);
    layout->addWidget(m_logLabel);
    layout->addWidget(m_log, 1);

    // The engine reports rows; elapsed time moves on between its events, so a clock ticks.
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &RunMonitor::refreshTimes);
    connect(m_cancel, &QPushButton::clicked, this, &RunMonitor::requestCancel);
    connect(controller, &RunController::started, this, &RunMonitor::onStarted);
    connect(controller, &RunController::progressed, this, &RunMonitor::onProgress);
    connect(controller, &RunController::logLine, this, &RunMonitor::onLogLine);
    connect(controller, &RunController::finished, this, &RunMonitor::onFinished);
}

void RunMonitor::setLogVisible(bool visible)
{
    m_log->setVisible(visible);
    m_logLabel->setVisible(visible);
}

QString RunMonitor::stepText() const
{
    return m_step->text();
}

QString RunMonitor::planText() const
{
    return m_plan->isHidden() ? QString() : m_plan->text();
}

void RunMonitor::onStarted(RunAction action)
{
    m_log->clear();
    m_plan->clear();
    m_plan->hide();
    m_bar->setRange(0, 0); // busy until the engine knows how many rows there are
    m_rows->clear();
    m_cancel->setEnabled(true);
    m_cancel->setText(action == RunAction::Apply || action == RunAction::Rollback ? tr("&Stop and roll back…")
                                                                                   : tr("&Stop"));
    switch (action) {
    case RunAction::Apply:
        m_step->setText(tr("Starting the migration…"));
        break;
    case RunAction::Rollback:
        m_step->setText(tr("Starting the rollback…"));
        break;
    case RunAction::Rehearse:
        m_step->setText(tr("Starting the rehearsal…"));
        break;
    default:
        m_step->setText(tr("Reading the database…"));
        break;
    }
    refreshTimes();
    m_clock->start();
}

void RunMonitor::onProgress(const ProgressEvent &event)
{
    if (!m_controller->isCancelling())
        m_step->setText(event.stepTitle.isEmpty() ? event.step : event.stepTitle);
    if (event.planIndex > 0) {
        const auto &catalogue = m_controller->options().catalogue;
        const Plan *plan = catalogue ? catalogue->plan(event.planId) : nullptr;
        m_plan->setText(ProgressText::plan(event.planIndex, event.planCount, plan ? plan->title : event.planId));
        m_plan->show();
    }
    if (event.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(ProgressText::perMille(event.done, event.total));
        m_rows->setText(ProgressText::rows(event.done, event.total));
    }
    refreshTimes();
}

void RunMonitor::onLogLine(const QString &line)
{
    m_log->appendPlainText(line);
}

void RunMonitor::onFinished(const RunResult &)
{
    m_clock->stop();
    m_cancel->setEnabled(false);
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, 1000);
    refreshTimes();
}

void RunMonitor::refreshTimes()
{
    const QString elapsed = ProgressText::duration(m_controller->elapsedMs());
    const qint64 remaining = m_controller->remainingMs();
    if (!m_controller->isRunning())
        m_times->setText(tr("Took %1").arg(elapsed));
    else if (remaining >= 0)
        m_times->setText(tr("Elapsed %1 · about %2 left").arg(elapsed, ProgressText::duration(remaining)));
    else
        m_times->setText(tr("Elapsed %1").arg(elapsed));
}

bool RunMonitor::requestCancel()
{
    if (!m_controller->isRunning())
        return false;
    const RunAction action = m_controller->action();
    if (action == RunAction::Apply || action == RunAction::Rollback) {
        const QString text = action == RunAction::Apply
            ? tr("Stop the migration?\n\nEverything it has done so far is rolled back: the database stays exactly as "
                 "it was before.")
            : tr("Stop the rollback?\n\nWhat it has done so far is undone: the database stays migrated, as it is "
                 "now.");
        if (MessageBox::question(window(), tr("Stop the run"), text, tr("&Stop and roll back"), tr("&Keep running"))
            != QMessageBox::Yes)
            return false;
    }
    if (!m_controller->isRunning())
        return false; // it ended while the question was open
    m_controller->cancel();
    m_cancel->setEnabled(false);
    m_step->setText(tr("Stopping: rolling back what was done…"));
    return true;
}
