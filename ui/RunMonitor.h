// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/ProgressEvent.h"
#include "run/RunAction.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class RunController;
class RunResult;

// Shows a RunController's run as it goes: the step, a bar of rows done of the total, the
// time elapsed and left, the engine's log, and a button to stop it (which asks first, for
// runs that change the database). Holds no state of the run: everything comes from the
// controller's signals and getters.
class RunMonitor : public QWidget
{
    Q_OBJECT

public:
    explicit RunMonitor(RunController *controller, QWidget *parent = nullptr);

    void setLogVisible(bool visible);
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString stepText() const;
    // "Plan 1 of 2: …" while a path runs; empty otherwise.
    QString planText() const;

    // Asks for confirmation where the run changes the database, then cancels; true when
    // the run was asked to stop.
    bool requestCancel();

private:
    void onStarted(RunAction action);
    void onProgress(const ProgressEvent &event);
    void onLogLine(const QString &line);
    void onFinished(const RunResult &result);
    void refreshTimes();

    RunController *m_controller;
    QLabel *m_plan;
    QLabel *m_step;
    QProgressBar *m_bar;
    QLabel *m_rows;
    QLabel *m_times;
    QLabel *m_logLabel;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QTimer *m_clock;
};
