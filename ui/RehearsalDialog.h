// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class LockedPanel;
class QDialogButtonBox;
class QStackedWidget;
class RunController;
class RunMonitor;
class RunResult;
class RunResultView;
class WizardConfig;

// "Rehearse…": the whole migration and its validation inside a transaction, rolled back at
// the end (RunAction::Rehearse on a worker), then the counts it would produce. Closing it
// while it runs stops the rehearsal first; the database is never changed either way.
class RehearsalDialog : public QDialog
{
    Q_OBJECT

public:
    RehearsalDialog(WizardConfig *config, QWidget *parent = nullptr);

    void start();
    RunController *controller() const { return m_controller; }
    RunResultView *resultView() const { return m_result; }
    void reject() override;

private:
    void onFinished(const RunResult &result);

    WizardConfig *m_config;
    RunController *m_controller;
    QStackedWidget *m_stack;
    RunMonitor *m_monitor;
    RunResultView *m_result;
    LockedPanel *m_locked;
    QDialogButtonBox *m_buttons;
    bool m_closeWhenDone = false;
};
