// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class LockedPanel;
class QStackedWidget;
class RunController;
class RunMonitor;
class RunResult;
class WizardConfig;

// Page 5: the migration running (RunAction::Apply on a worker): progress in rows, the step,
// elapsed and remaining time, the live log and a Stop button. When another run holds the
// lock, the page shows who (LockedPanel) with Retry instead. When the run ends the wizard
// moves on to Done by itself.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    RunPage(WizardConfig *config, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void start();
    RunController *controller() const { return m_controller; }
    RunMonitor *monitor() const { return m_monitor; }
    LockedPanel *lockedPanel() const { return m_locked; }
    bool isShowingLock() const;

private:
    void onFinished(const RunResult &result);

    WizardConfig *m_config;
    RunController *m_controller;
    QStackedWidget *m_stack;
    RunMonitor *m_monitor;
    LockedPanel *m_locked;
    bool m_done = false;
};
